"""The durable record store: one extraction record per source, in the data folder.

Records are the source of truth; the graph is derived from them. The data
folder holds::

    records/<source id>.json   the record
    sources/<source id>.txt    the source text, so the record can be re-extracted
    .lock                      the writer lock

The source id is the sha256 of the source text, so the same text stored twice,
under any name, is one record. Every file is written to a temporary file and
renamed over the old one, so readers and a killed writer never see half a
file; the text is written before the record, so a crash leaves at worst a
text with no record, which the next ingest completes. Files reach the disk
(``os.sync``) when a write batch ends, not one fsync per file.

>>> import tempfile
>>> store = RecordStore(tempfile.mkdtemp())
>>> text = "Pemkab Kampar dan Pemkot Pekanbaru menandatangani MoU."
>>> record = {"id": "a", "published": None, "agreements": [], "officials": [],
...           "source": {"id": content_id(text), "path": "a.txt", "url": None,
...                      "title": None, "kind": "article"}}
>>> store.put(record, text)
True
>>> store.put(record, text)          # the same again changes nothing
False
>>> len(store), store.get(content_id(text))["id"], store.text(content_id(text)) == text
(1, 'a', True)
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from kerjasama.errors import InputError, StoreBusy

RECORDS = "records"
SOURCES = "sources"
LOCK = ".lock"

_ID = re.compile(r"^[0-9a-f]{64}$")


def content_id(text: str) -> str:
    """The id of a source: sha256 hex of its text (UTF-8).

    >>> content_id("abc")[:12]
    'ba7816bf8f01'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_id(record: dict) -> str:
    """The store key of a record: its ``source.id``.

    >>> record_id({"source": {"id": "f" * 64}}) == "f" * 64
    True
    """
    source = record.get("source")
    sid = source.get("id") if isinstance(source, dict) else None
    if not isinstance(sid, str) or not _ID.match(sid):
        raise InputError(f"record {record.get('id')!r} has no source id (sha256 hex of its text)")
    return sid


def fsync_path(path: Path) -> None:
    """Flush a file's bytes, or a folder's entries (a rename), to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: str, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    With ``durable`` the content and the rename are on disk when this returns
    (two fsyncs, about 4 ms each here). ``durable=False`` leaves that to the
    caller, who may make many files durable with one ``os.sync()``; a killed
    process still leaves whole files, only a power cut could lose them.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix="." + path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
            f.flush()
            if durable:
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    if durable:
        fsync_path(path.parent)


def dumps(record: dict) -> str:
    """A record as stored: stable key order, so an unchanged record is byte-identical."""
    return json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


class RecordStore:
    """The records and source texts in ``data_dir``.

    Writes (``put``, ``remove``) take the writer lock for themselves unless it
    is already held through ``with store.writing():``, which long jobs (an
    ingest) hold from start to end. A second writer gets ``StoreBusy`` at once.
    Reads need no lock: every file is replaced atomically.
    """

    def __init__(self, data_dir: str | os.PathLike):
        self.root = Path(data_dir)
        self.records_dir = self.root / RECORDS
        self.sources_dir = self.root / SOURCES
        self._lock_fd: int | None = None
        self._depth = 0
        self._dirty: set[Path] = set()

    # -- the writer lock ---------------------------------------------------
    @contextlib.contextmanager
    def writing(self) -> Iterator[RecordStore]:
        """Hold the writer lock for the block (re-entrant within this object).

        The lock is an ``flock`` on ``.lock``: the kernel drops it when the
        process dies, so a killed ingest never leaves the folder locked.
        """
        if self._depth == 0:
            self.root.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.root / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise StoreBusy(
                    f"{self.root} is busy: another kerjasama process is writing to it "
                    f"(lock {self.root / LOCK}); try again when it has finished"
                ) from None
            try:
                # A folder written by a newer kerjasama is not rewritten by this one.
                from kerjasama.loaders.data_format import check_writable, stamp

                check_writable(self.root)
                stamp(self.root)
            except BaseException:
                os.close(fd)
                raise
            self._lock_fd = fd
            self._clean_temp_files()
        self._depth += 1
        try:
            yield self
        finally:
            self._depth -= 1
            if self._depth == 0 and self._lock_fd is not None:
                self.sync()
                fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
                os.close(self._lock_fd)
                self._lock_fd = None

    def sync(self) -> None:
        """Put every file written so far on disk: one ``os.sync()`` for the whole batch.

        Called when the writer lock is released, so a ``put`` is durable when
        it returns and an ingest when it ends. (An fsync per file cost 4 ms
        here, more than extracting an article.)
        """
        if self._dirty:
            os.sync()
        self._dirty.clear()

    def _write(self, path: Path, data: str) -> None:
        write_atomic(path, data, durable=False)
        self._dirty.add(path.parent)

    def _clean_temp_files(self) -> None:
        # Left behind by a writer that was killed between write and rename.
        for folder in (self.records_dir, self.sources_dir, self.root):  # root: VERSION, corrections
            if folder.is_dir():
                for tmp in folder.glob(".*.tmp"):
                    with contextlib.suppress(FileNotFoundError):
                        tmp.unlink()

    # -- paths -------------------------------------------------------------
    def record_path(self, sid: str) -> Path:
        return self.records_dir / f"{sid}.json"

    def text_path(self, sid: str) -> Path:
        return self.sources_dir / f"{sid}.txt"

    # -- reading -----------------------------------------------------------
    def ids(self) -> list[str]:
        """Source ids of every stored record, sorted."""
        if not self.records_dir.is_dir():
            return []
        return sorted(p.stem for p in self.records_dir.glob("*.json") if _ID.match(p.stem))

    def __contains__(self, sid: str) -> bool:
        return self.record_path(sid).is_file()

    def readable(self, sid: str) -> bool:
        """True when a whole, parseable record is stored under ``sid``.

        (A power cut during a batch can leave an empty file: that is not a record.)
        """
        try:
            return self.get(sid) is not None
        except InputError:
            return False

    def __len__(self) -> int:
        return len(self.ids())

    def get(self, sid: str) -> dict | None:
        """The record stored under ``sid``, or None."""
        try:
            text = self.record_path(sid).read_text("utf-8")
        except FileNotFoundError:
            return None
        try:
            return json.loads(text)
        except json.JSONDecodeError as err:
            raise InputError(f"{self.record_path(sid)}: not a readable record ({err})") from None

    def text(self, sid: str) -> str | None:
        """The source text stored under ``sid``, or None."""
        try:
            return self.text_path(sid).read_text("utf-8")
        except FileNotFoundError:
            return None

    def all(self, *, errors: list[str] | None = None) -> list[dict]:
        """Every stored record, in source-id order (so builds are deterministic).

        An unreadable record file raises InputError, or, when ``errors`` is a
        list, is skipped with its reason appended there.
        """
        return list(self.stream(errors=errors))

    def stream(self, *, errors: list[str] | None = None) -> Iterator[dict]:
        """``all()`` one record at a time, each read when it is asked for.

        A graph build needs each record once: holding them all at once was
        the largest part of the memory of a national rebuild.
        """
        for sid in self.ids():
            try:
                record = self.get(sid)
            except InputError as err:
                if errors is None:
                    raise
                errors.append(str(err))
                continue
            if record is not None:
                yield record

    def __iter__(self) -> Iterator[dict]:
        return iter(self.all())

    # -- writing -----------------------------------------------------------
    def put(self, record: dict, text: str | None = None) -> bool:
        """Store ``record`` (and its source ``text``); True when anything changed.

        When ``text`` is given its content id must be the record's source id.
        """
        sid = record_id(record)
        if text is not None and content_id(text) != sid:
            raise InputError(f"record {record.get('id')!r}: source id does not match its text")
        data = dumps(record)
        with self.writing():
            changed = False
            if text is not None and self.text(sid) != text:
                self._write(self.text_path(sid), text)
                changed = True
            try:
                old = self.record_path(sid).read_text("utf-8")
            except FileNotFoundError:
                old = None
            if old != data:
                self._write(self.record_path(sid), data)
                changed = True
            return changed

    def remove(self, sid: str) -> bool:
        """Delete the record and text stored under ``sid``; True when there was one."""
        with self.writing():
            found = False
            for path in (self.record_path(sid), self.text_path(sid)):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    self._dirty.add(path.parent)
                    found = True
            return found
