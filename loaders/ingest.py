"""Ingest: source files in, records stored, the graph rebuilt from all records.

``ingest(paths, data_dir)`` reads every file under ``paths`` through the
readers of ``kerjasama.loaders.sources``, extracts a record from each article,
stores it under the sha256 of its text (so the same text again, under another
name or in another order, changes nothing), and at the end rebuilds the graph
from every stored record in one load. A file that fails is reported with a
one-line reason while the others go in.

The whole run holds the data folder's writer lock: a second writer gets
``StoreBusy`` at once. Records are written atomically one by one and the
graph is replaced atomically at the end, so a run killed at any point leaves
the previous graph and every record written so far intact; running it again
completes it.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "empty.txt").write_text("")
>>> report = ingest([folder], folder / "data")
>>> report.files, report.new, report.failed
(1, 0, [('...empty.txt', 'empty file')])
>>> report.graph["Region"]
552
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kerjasama.errors import InputError, KerjasamaError
from kerjasama.graph.build import build
from kerjasama.graph.store import GraphStore
from kerjasama.loaders.extract import forget_words
from kerjasama.loaders.records import RecordStore, content_id, record_id
from kerjasama.loaders.sources import read_source, source_files

Progress = Callable[[int, int, Path], None]
"""``progress(done, total, path)``, called after each file."""

Extractor = Callable[..., dict]
"""``extractor(text, *, id, source) -> record``; default ``kerjasama.loaders.extract.extract_text``."""


@dataclass
class Report:
    """What an ingest (or re-extraction) did."""

    files: int = 0
    """Files looked at (or stored texts, for a re-extraction)."""
    new: int = 0
    """Records stored that were not there before, or that changed."""
    unchanged: int = 0
    """Sources already stored with the same record."""
    failed: list[tuple[str, str]] = field(default_factory=list)
    """``(path, reason)`` for each file, or part of a file, that could not be read."""
    records: int = 0
    """Records in the store after the run."""
    graph: dict[str, int] = field(default_factory=dict)
    """Rows per node label and relationship type of the rebuilt graph."""
    warnings: list[str] = field(default_factory=list)
    """Facts the graph build left out (an unknown region code, say), one line each."""

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_dict(self) -> dict:
        data = asdict(self)
        data["failed"] = [{"path": p, "reason": r} for p, r in self.failed]
        return data


def default_extractor(text: str, *, id: str, source: dict | None = None) -> dict:
    """The article extractor, imported on first use."""
    from kerjasama.loaders.extract import extract_text

    return extract_text(text, id=id, source=source)


def _reason(err: Exception, path: Path) -> str:
    message = str(err)
    prefix = f"{path}: "
    return message[len(prefix):] if message.startswith(prefix) else message


def _open_store(data_dir: Path, store: GraphStore | None) -> tuple[GraphStore, bool]:
    if store is not None:
        return store, False
    from kerjasama.graph.stores import open_store

    return open_store(data_dir), True


def extract_document(doc: dict, extractor: Extractor) -> tuple[dict, str]:
    """``(record, text)`` for one article document of ``read_source``.

    The record's ``source`` is the document's, with the content id of the
    text, whatever the extractor put there; a page's own publication date
    (``source.published``) wins over one read from the text.
    """
    text = doc["text"]
    source = dict(doc["source"], id=content_id(text))
    record = extractor(text, id=doc["id"], source=dict(source))
    # What the reader knows wins; what it does not (a title) the extractor may fill in.
    record["source"] = {**(record.get("source") or {}),
                        **{k: v for k, v in source.items() if v is not None}}
    if source.get("published"):
        record["published"] = source["published"]
    return record, text


def _without_names(record: dict) -> dict:
    """A record without what only names the file it came from (id, path, title, evidence)."""
    out = {k: v for k, v in record.items() if k != "id"}
    out["source"] = {k: v for k, v in (record.get("source") or {}).items()
                     if k not in ("path", "title")}
    out["agreements"] = [{k: v for k, v in a.items() if k != "evidence"} if isinstance(a, dict)
                         else a for a in record.get("agreements") or []]
    return out


def _known_under_another_name(record: dict, records: RecordStore) -> bool:
    """Whether ``record`` is already stored, read before from a file of another name.

    The first name stays (as it does for articles), so a copy of a register or of
    a records file changes nothing.
    """
    try:
        old = records.get(record_id(record))
    except InputError:
        return False  # damaged: store the new one
    return old is not None and _without_names(old) == _without_names(record)


def _store_document(doc: dict, records: RecordStore, extractor: Extractor) -> bool:
    """Store one document's record; True when it is new or changed."""
    if "record" in doc:
        if _known_under_another_name(doc["record"], records):
            return False
        return records.put(doc["record"], doc.get("text"))
    if records.readable(content_id(doc["text"])):
        return False  # already extracted: the text is the same, so is the record
    record, text = extract_document(doc, extractor)
    return records.put(record, text)


def _counted(records: Iterable[dict], report: Report) -> Iterator[dict]:
    """``records`` as they pass, counted in ``report.records``."""
    report.records = 0
    for record in records:
        report.records += 1
        yield record


def rebuild_graph(records: RecordStore, store: GraphStore, report: Report) -> None:
    """Replace the graph in ``store`` with the one built from every stored record."""
    errors: list[str] = []
    forget_words()  # what extraction cached is of no use to the build, and would raise its peak
    # A planner's corrections are applied on every build, so they outlive re-extraction.
    from kerjasama.loaders.corrections import apply_corrections, load as load_corrections

    fixes = load_corrections(records.root)
    if fixes:
        # A correction may name its record by id, so all of them are looked at together.
        stream, notes = apply_corrections(records.all(errors=errors), fixes)
        report.records = len(stream)
    else:
        # Each record is read as the build reaches it and let go after: holding every
        # record at once was the largest part of a national rebuild's memory.
        stream, notes = _counted(records.stream(errors=errors), report), []
    report.warnings += notes
    try:
        report.graph = build(stream, store, problems=report.warnings)
    except (OSError, RuntimeError) as err:
        # The previous graph is still in place (a load replaces it whole or not at all).
        raise KerjasamaError(f"the graph could not be rebuilt ({err}); the records are kept "
                             "and `kerjasama rebuild` tries again") from None
    finally:
        # A damaged record file is named as a failure, not counted among the facts left out.
        for problem in errors:
            path, _, reason = problem.partition(": ")
            report.failed.append((path, f"{reason}; `kerjasama rebuild --reextract` makes it "
                                        "again from its source text"))


def _rebuild_in(data_dir: Path, store: GraphStore | None, records: RecordStore,
                report: Report) -> None:
    """Rebuild the graph in ``store`` (default: the embedded one, opened and closed here)."""
    graph, opened = _open_store(data_dir, store)
    try:
        rebuild_graph(records, graph, report)
    finally:
        if opened:
            graph.close()


def ingest(paths: Iterable[str | os.PathLike], data_dir: str | os.PathLike, *,
           store: GraphStore | None = None, progress: Progress | None = None,
           extractor: Extractor | None = None) -> Report:
    """Read, extract and store every file under ``paths``, then rebuild the graph once.

    ``store`` is the graph to rebuild (default: the embedded graph in
    ``data_dir``); ``extractor`` the function that turns an article's text
    into a record (default: ``kerjasama.loaders.extract.extract_text``).
    """
    data_dir = Path(data_dir)
    records = RecordStore(data_dir)
    report = Report()
    with records.writing():
        # The data folder's own files (records, graph) are never sources, even when
        # the folder being ingested holds it (`kerjasama ingest .` next to kerjasama-data).
        own = data_dir.resolve()
        files = [f for f in source_files(paths) if own not in f.resolve().parents]
        extractor = extractor or default_extractor
        for done, path in enumerate(files, start=1):
            report.files += 1
            try:
                docs, problems = read_source(path)
                report.failed += [(str(path), p) for p in problems]
                for doc in docs:
                    report.warnings += doc.get("warnings") or []
                    if _store_document(doc, records, extractor):
                        report.new += 1
                    else:
                        report.unchanged += 1
            except InputError as err:
                report.failed.append((str(path), _reason(err, path)))
            except OSError as err:
                # Sources are read through read_source (InputError): this is the data
                # folder refusing a write (disk full, read-only); every file would fail.
                raise KerjasamaError(f"cannot write to {data_dir}: {err.strerror or err} "
                                     f"(records stored before {path} are kept)") from None
            except Exception as err:  # noqa: BLE001  (one bad file must not stop the others)
                report.failed.append((str(path), f"could not extract: {type(err).__name__}: {err}"))
            if progress:
                progress(done, len(files), path)
        _rebuild_in(data_dir, store, records, report)
    return report


def rebuild(data_dir: str | os.PathLike, *, store: GraphStore | None = None) -> Report:
    """Rebuild the graph from the stored records alone (after an upgrade, or into Neo4j)."""
    data_dir = Path(data_dir)
    records = RecordStore(data_dir)
    report = Report()
    with records.writing():
        _rebuild_in(data_dir, store, records, report)
    return report


def _again(old: dict, sid: str, text: str, extractor: Extractor) -> dict:
    """The record of a stored source text made again by the reader of its kind."""
    source = dict(old.get("source") or {"path": None, "url": None, "title": None,
                                        "kind": "article"})
    if source.get("kind") == "register":
        from kerjasama.loaders.register import register_from_text

        record, _ = register_from_text(text, id=old.get("id") or sid, path=source.get("path"))
        record["source"] = {**record["source"], **{k: v for k, v in source.items() if k != "id"}}
        return record
    record, _ = extract_document({"id": old.get("id") or sid, "text": text, "source": source},
                                 extractor)
    return record


def _old_record(records: RecordStore, sid: str, text: str) -> dict:
    """The stored record of ``sid``; for a damaged one, what its kept text says it was."""
    try:
        return records.get(sid) or {}
    except InputError:
        from kerjasama.loaders.sniff import sniff_bytes

        kind = "register" if sniff_bytes(text[:65536].encode("utf-8")) == "csv" else "article"
        return {"source": {"path": None, "url": None, "title": None, "kind": kind}}


def reextract(data_dir: str | os.PathLike, *, store: GraphStore | None = None,
              progress: Progress | None = None, extractor: Extractor | None = None) -> Report:
    """Extract every stored source text again with the current extractor, then rebuild.

    Articles go through ``extractor``, registers through the register reader;
    records that came as records (no text kept) stay as they are. A text the
    extractor now fails on keeps its old record and is reported.
    """
    data_dir = Path(data_dir)
    records = RecordStore(data_dir)
    report = Report()
    with records.writing():
        extractor = extractor or default_extractor
        ids = records.ids()
        for done, sid in enumerate(ids, start=1):
            text = records.text(sid)
            path = records.text_path(sid)
            if text is not None:
                report.files += 1
                try:
                    record = _again(_old_record(records, sid, text), sid, text, extractor)
                    record_id(record)
                    if records.put(record, text):
                        report.new += 1
                    else:
                        report.unchanged += 1
                except Exception as err:  # noqa: BLE001
                    report.failed.append((str(path), _reason(err, path)))
            if progress:
                progress(done, len(ids), path)
        _rebuild_in(data_dir, store, records, report)
    return report
