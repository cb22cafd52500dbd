"""Reading source files into documents: the seam where each kind of source plugs in.

``read_source(path)`` sniffs the file by its content (``kerjasama.loaders.sniff``)
and hands it to the reader registered for that kind in ``READERS``. A reader
returns ``(documents, problems)``: a document is a dict with either

- ``text`` (an article to extract) and ``source`` metadata: ``path``, ``url``,
  ``title``, ``kind``, and optionally ``published`` (the page's own date), or
- ``record`` (a record already in the record shape: made elsewhere, or read
  from a register), with ``text`` when the source text is kept for it,

and a problem is a one-line reason for a part of the file that could not be
read (a bad line of a JSON Lines file, a row of a register) while the rest
was. A document may carry ``warnings``: values it lost without failing. A
file that cannot be read at all raises ``InputError`` naming it. A new kind
of source is one function added to ``READERS``.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "berita.md"
>>> _ = path.write_text("# Kampar dan Pekanbaru Teken MoU\\r\\n\\r\\nIsi berita.\\r\\n")
>>> docs, problems = read_source(path)
>>> docs[0]["text"], docs[0]["source"]["kind"], problems
('# Kampar dan Pekanbaru Teken MoU\\n\\nIsi berita.', 'article', [])
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kerjasama.errors import InputError

MAX_BYTES = 8 * 1024 * 1024
"""Larger files are refused: no news article or register is that big."""

Reader = Callable[[Path], "tuple[list[dict], list[str]]"]


def normalise_text(text: str) -> str:
    r"""The text as stored and hashed: one newline convention, no surrounding blank space.

    The same article saved on Windows and on Linux is then one source.

    >>> normalise_text("\ufeffJudul\r\n\r\nIsi.  \r\n")
    'Judul\n\nIsi.'
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def decode(data: bytes) -> str:
    """Bytes as text: UTF-8 when they are, else Windows-1252 (what older Indonesian sites use).

    >>> decode("Pemkab Kampar".encode("cp1252")), decode(b"caf\\xe9")
    ('Pemkab Kampar', 'café')
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")  # Notepad's "Unicode"
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _article(text: str, path: Path, **source) -> dict:
    text = normalise_text(text)
    if not text:
        raise InputError(f"{path}: no text in the file")
    meta = {"path": str(path), "url": None, "title": None, "kind": "article"}
    meta.update({k: v for k, v in source.items() if v is not None})
    return {"id": path.stem, "text": text, "source": meta}


def read_text(path: Path) -> tuple[list[dict], list[str]]:
    """A plain-text or Markdown article."""
    data = path.read_bytes()
    text = decode(data)
    if "\x00" in text:
        raise InputError(f"{path}: a binary file, not a text article")
    return [_article(text, path)], []


def read_html(path: Path) -> tuple[list[dict], list[str]]:
    """A saved web page: its main text, title and publication date."""
    from kerjasama.loaders.html import article_text, read_page_file

    page = read_page_file(path)
    return [_article(article_text(page), path, url=page.get("url"), title=page.get("title"),
                     published=page.get("published"))], []


def read_json_records(path: Path) -> tuple[list[dict], list[str]]:
    """JSON or JSON Lines of records made elsewhere."""
    from kerjasama.loaders.jsonl import read_records

    records, problems = read_records(path)
    if not records and problems:
        raise InputError(f"{path}: no usable record ({problems[0]['row']}: {problems[0]['reason']})")
    return ([{"id": r.get("id") or path.stem, "record": r} for r in records],
            [f"{p['row']}: {p['reason']}" for p in problems])


def read_register_file(path: Path) -> tuple[list[dict], list[str]]:
    """A CSV or XLSX register of agreements: one record, one agreement per good row.

    The register's text (an XLSX sheet as CSV) is kept with the record, so
    re-extraction reads the rows again.
    """
    from kerjasama.loaders.register import read_register

    record, text, problems = read_register(path)
    # A row that loaded with a note (a region read as a close match) is no failure:
    # its note goes with the warnings, and only skipped rows fail the file.
    notes = [f"{path}: row {p['row']}: {p['reason']}" for p in problems if not p["skipped"]]
    return ([{"id": path.stem, "record": record, "text": text, "warnings": notes}],
            [f"row {p['row']}: {p['reason']}" for p in problems if p["skipped"]])


READERS: dict[str, Reader] = {
    "text": read_text,
    "html": read_html,
    "json": read_json_records,
    "jsonl": read_json_records,
    "csv": read_register_file,
    "xlsx": read_register_file,
}
"""Reader per sniffed kind (see ``kerjasama.loaders.sniff.KINDS``)."""


def read_source(path: str | os.PathLike) -> tuple[list[dict], list[str]]:
    """``(documents, problems)`` of one file; InputError naming the file when none can be read."""
    from kerjasama.loaders.sniff import sniff

    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: too large ({size / 2**20:.1f} MB; the limit is "
                             f"{MAX_BYTES // 2**20} MB)")
        if size == 0:
            raise InputError(f"{path}: empty file")
        kind = sniff(path)
        if kind is None:
            raise InputError(f"{path}: not a text article, web page, register or record file")
        reader = READERS.get(kind)
        if reader is None:
            raise InputError(f"{path}: {kind} files are not read yet")
        return reader(path)
    except OSError as err:
        raise InputError(f"{path}: {err.strerror or err}") from None
    except RecursionError:
        # JSON nested thousands deep: no record looks like that.
        raise InputError(f"{path}: nested too deeply to be a record file") from None


def source_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Every file under ``paths`` (files as given, folders recursed), hidden ones skipped.

    Folders are walked in name order so that runs are repeatable; a path that
    does not exist is yielded as is, for the reader to report.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path
