"""The data folder's format version, kept in ``DATA/VERSION``.

The folder's layout (``records/``, ``sources/``, ``graph.lbug``) and the
record shape are format 1. Every writer stamps the folder with the format it
writes, and refuses a folder stamped by a newer kerjasama (rebuilding the
graph from records it does not fully understand could lose what they hold).
A folder with no stamp was made before the stamp existed: its layout is
format 1, so it opens as it is.

The graph is derived, so a graph file this version cannot read is never a
format problem: ``kerjasama rebuild`` makes it again from the records.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> folder_format(folder) is None
True
>>> stamp(folder); folder_format(folder), (folder / "VERSION").read_text()
(1, '1\\n')
>>> _ = (folder / "VERSION").write_text("7\\n")
>>> check_writable(folder)
Traceback (most recent call last):
...
kerjasama.errors.DataFormatError: ... was written by a newer kerjasama (data format 7; this one writes format 1): use that version or a newer one to change it
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from kerjasama.errors import DataFormatError

FORMAT = 1
"""The data format this version writes."""

VERSION_FILE = "VERSION"


def folder_format(data_dir: str | os.PathLike) -> int | None:
    """The format ``data_dir`` is stamped with, or None when it has no stamp."""
    try:
        text = (Path(data_dir) / VERSION_FILE).read_text("utf-8", errors="replace")
    except (FileNotFoundError, NotADirectoryError):
        return None
    found = re.search(r"\d+", text)
    if not found:
        raise DataFormatError(f"{Path(data_dir) / VERSION_FILE}: no format number in it "
                              f"(this kerjasama writes format {FORMAT}; write {FORMAT} there "
                              "if the folder was made by this version)")
    return int(found.group())


def check_writable(data_dir: str | os.PathLike) -> None:
    """Raise DataFormatError when ``data_dir`` was written by a newer kerjasama."""
    found = folder_format(data_dir)
    if found is not None and found > FORMAT:
        raise DataFormatError(
            f"{data_dir} was written by a newer kerjasama (data format {found}; this one "
            f"writes format {FORMAT}): use that version or a newer one to change it")


def stamp(data_dir: str | os.PathLike) -> None:
    """Record this version's format in ``data_dir`` (written once; atomic)."""
    if folder_format(data_dir) == FORMAT:
        return
    from kerjasama.loaders.records import write_atomic

    write_atomic(Path(data_dir) / VERSION_FILE, f"{FORMAT}\n")
