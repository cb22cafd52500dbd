"""Ingest: files in, records stored, graph rebuilt; idempotent, robust to bad files and crashes."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from gold import DEV
from kerjasama.errors import StoreBusy
from kerjasama.graph.ladybug_store import LadybugStore
from kerjasama.graph.schema import NODES, RELS
from kerjasama.loaders.ingest import ingest, rebuild, reextract
from kerjasama.loaders.records import RecordStore


def gold_extract(text, *, id, source=None):
    """The gold record of the dev article named ``id``: extraction without extraction errors."""
    record = json.loads((DEV / f"{id.split('~')[0]}.json").read_text("utf-8"))
    record.pop("source", None)
    record["source"] = dict(source or {})
    record["extractor"] = "gold"
    return record


def dump(data_dir: Path) -> dict:
    """Every node and edge of the graph in ``data_dir``, sorted: two equal dumps, one graph."""
    out = {}
    with LadybugStore(data_dir / "graph.lbug") as store:
        for label, node in NODES.items():
            rows = store.run(f"MATCH (n:{label}) RETURN n.{node.key} AS k, n AS n")
            out[label] = sorted((r["k"], repr(sorted(r["n"].items(), key=str))) for r in rows)
        for rtype, rel in RELS.items():
            start, end = NODES[rel.start].key, NODES[rel.end].key
            rows = store.run(f"MATCH (a)-[e:{rtype}]->(b) RETURN a.{start} AS a, b.{end} AS b, "
                             f"e AS e")
            out[rtype] = sorted(
                (r["a"], r["b"], repr({k: v for k, v in r["e"].items()
                                       if not k.startswith("_")}))
                for r in rows)
    return out


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for txt in sorted(DEV.glob("*.txt")):
        shutil.copy(txt, folder / txt.name)
    return folder


def test_ingest_builds_the_graph_and_merges_duplicate_reports(articles, data_dir):
    report = ingest([articles], data_dir, extractor=gold_extract)
    assert (report.files, report.new, report.unchanged, report.failed) == (19, 19, 0, [])
    assert report.records == 19 and report.graph["Agreement"] == 22
    assert len(list((data_dir / "records").glob("*.json"))) == 19
    assert len(list((data_dir / "sources").glob("*.txt"))) == 19
    with LadybugStore(data_dir / "graph.lbug") as store:
        rows = store.run("MATCH (a:Agreement)-[:REPORTED_IN]->(s:Source) WHERE a.sources = 2 "
                         "RETURN a.parties AS parties, s.path AS path ORDER BY path")
    assert [Path(r["path"]).name for r in rows] == ["b-001.txt", "b-002.txt"]
    assert rows[0]["parties"] == ["35.09", "35.11", "35.12"]


def test_ingesting_again_renamed_or_reordered_changes_nothing(articles, data_dir, tmp_path):
    ingest([articles], data_dir, extractor=gold_extract)
    before = dump(data_dir)
    records_before = {p.name: p.read_bytes() for p in (data_dir / "records").iterdir()}

    again = ingest([articles], data_dir, extractor=gold_extract)
    assert (again.new, again.unchanged, again.failed) == (0, 19, [])
    assert dump(data_dir) == before

    # The same texts under other names, in another order, in another folder, with
    # Windows line ends.
    other = tmp_path / "copies"
    other.mkdir()
    for i, txt in enumerate(sorted(articles.glob("*.txt"), reverse=True)):
        text = txt.read_text("utf-8").replace("\n", "\r\n")
        (other / f"{i:02d}-{txt.stem}~copy.md").write_bytes(text.encode("utf-8"))
    files = sorted(other.iterdir(), reverse=True)
    renamed = ingest(files, data_dir, extractor=gold_extract)
    assert (renamed.new, renamed.unchanged, renamed.failed) == (0, 19, [])
    assert dump(data_dir) == before
    assert {p.name: p.read_bytes() for p in (data_dir / "records").iterdir()} == records_before


def test_bad_files_are_reported_and_the_others_go_in(articles, data_dir, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "blank.txt").write_bytes(b"  \n\n \n")
    (bad / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (bad / "scan.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00\x01" * 100)
    with open(bad / "huge.txt", "wb") as fh:
        fh.truncate(9 * 1024 * 1024)
    (bad / ".hidden.txt").write_bytes(b"\x00\x00")  # hidden: skipped, not an error
    # Windows-1252 text is read, not refused.
    seed = (DEV / "seed-000.txt").read_text("utf-8")
    (bad / "seed-000~cp1252.txt").write_bytes(seed.encode("cp1252", errors="replace"))
    missing = tmp_path / "nowhere.txt"

    report = ingest([articles, bad, missing], data_dir, extractor=gold_extract)
    reasons = {Path(p).name: r for p, r in report.failed}
    assert set(reasons) == {"empty.txt", "blank.txt", "image.png", "scan.pdf", "huge.txt",
                            "nowhere.txt"}
    assert reasons["empty.txt"] == "empty file"
    assert "too large" in reasons["huge.txt"]
    assert "No such file" in reasons["nowhere.txt"]
    assert all("\n" not in r for r in reasons.values())
    assert report.files == 19 + 6 + 1
    # The Windows-1252 copy decodes to the same text as seed-000: one source.
    assert (report.new, report.unchanged) == (19, 1)
    assert report.graph["Agreement"] == 22


def test_an_extractor_crash_fails_one_file_only(articles, data_dir):
    def fragile(text, *, id, source=None):
        if id == "a-003":
            raise ValueError("cannot parse the date")
        return gold_extract(text, id=id, source=source)

    report = ingest([articles], data_dir, extractor=fragile)
    assert [(Path(p).name, r) for p, r in report.failed] == [
        ("a-003.txt", "could not extract: ValueError: cannot parse the date")]
    assert report.new == 18
    # The next run with a working extractor completes the job.
    report = ingest([articles], data_dir, extractor=gold_extract)
    assert (report.new, report.unchanged, report.failed) == (1, 18, [])


def test_a_second_writer_is_busy_at_once(articles, data_dir):
    with RecordStore(data_dir).writing():
        started = time.monotonic()
        with pytest.raises(StoreBusy, match="busy"):
            ingest([articles], data_dir, extractor=gold_extract)
        assert time.monotonic() - started < 1
    assert not (data_dir / "graph.lbug").exists()


def test_rebuild_and_reextract(articles, data_dir):
    ingest([articles], data_dir, extractor=gold_extract)
    before = dump(data_dir)
    (data_dir / "graph.lbug").unlink()
    report = rebuild(data_dir)
    assert report.records == 19 and report.failed == []
    assert dump(data_dir) == before

    def no_pks(text, *, id, source=None):
        record = gold_extract(text, id=id, source=source)
        record["agreements"] = [a for a in record["agreements"] if a["kind"] != "pks"]
        record["extractor"] = "gold-without-pks"
        return record

    report = reextract(data_dir, extractor=no_pks)
    assert report.files == 19 and report.failed == []
    assert report.new == 19  # every record names its extractor, so every record changed
    with LadybugStore(data_dir / "graph.lbug") as store:
        assert store.run("MATCH (a:Agreement) WHERE a.kind = 'pks' RETURN count(a) AS n") == [
            {"n": 0}]
        assert store.run("MATCH (s:Source) WHERE s.path ENDS WITH 'seed-004.txt' "
                         "RETURN s.extractor AS e") == [{"e": "gold-without-pks"}]


CRASHING_INGEST = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from kerjasama.loaders.ingest import ingest

    DEV = Path(sys.argv[3])

    def slow_gold(text, *, id, source=None):
        time.sleep(0.05)
        record = json.loads((DEV / f"{id}.json").read_text("utf-8"))
        record["source"] = dict(source or {})
        record["extractor"] = "gold"
        return record

    def progress(done, total, path):
        print(done, flush=True)

    ingest([sys.argv[1]], sys.argv[2], extractor=slow_gold, progress=progress)
    print("done", flush=True)
""")


@pytest.mark.slow
def test_kill_9_mid_ingest_leaves_the_previous_graph_and_completes_on_rerun(
        articles, data_dir, tmp_path):
    first = tmp_path / "first"
    first.mkdir()
    for name in ("seed-000.txt", "seed-004.txt"):
        shutil.move(articles / name, first / name)
    ingest([first], data_dir, extractor=gold_extract)
    before = dump(data_dir)

    script = tmp_path / "crash.py"
    script.write_text(CRASHING_INGEST)
    proc = subprocess.Popen([sys.executable, str(script), str(articles), str(data_dir), str(DEV)],
                            stdout=subprocess.PIPE, text=True)
    try:
        for _ in range(5):  # let it store a few records, then kill it mid-run
            proc.stdout.readline()
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    assert dump(data_dir) == before  # the graph is the previous one, whole
    stored = RecordStore(data_dir).all()  # every record on disk is whole
    assert 2 + 4 <= len(stored) < 19

    report = ingest([first, articles], data_dir, extractor=gold_extract)
    assert report.failed == [] and report.records == 19
    fresh = tmp_path / "fresh"
    ingest([first, articles], fresh, extractor=gold_extract)
    assert dump(data_dir) == dump(fresh)


def test_the_article_extractor_end_to_end(samples_dir, data_dir, tmp_path):
    """The real extractor: sample articles in, the same graph again on a second run."""
    report = ingest([samples_dir], data_dir)
    assert report.failed == [] and report.new == len(list(samples_dir.glob("*.txt")))
    assert report.graph["Agreement"] >= 1
    before = dump(data_dir)
    again = ingest([samples_dir], data_dir)
    assert (again.new, again.failed) == (0, [])
    assert dump(data_dir) == before
    record = RecordStore(data_dir).all()[0]
    assert record["extractor"].startswith("kerjasama")
    assert record["source"]["kind"] == "article"
    assert Path(record["source"]["path"]).parent == samples_dir


def test_two_outlets_reporting_one_signing_make_one_agreement(data_dir):
    # b-001 (suaragong) and b-002 (metropolitan.id): the Tapal Kuda MoU of 16 October 2025.
    report = ingest([DEV / "b-001.txt", DEV / "b-002.txt"], data_dir)
    assert report.failed == [] and report.new == 2
    with LadybugStore(data_dir / "graph.lbug") as store:
        rows = store.run("MATCH (a:Agreement)-[:REPORTED_IN]->(s:Source) "
                         "RETURN a.id AS id, a.kind AS kind, a.parties AS parties, "
                         "count(s) AS sources")
    assert rows == [{"id": "mou-2025-10-16-35.09+35.11+35.12", "kind": "mou",
                     "parties": ["35.09", "35.11", "35.12"], "sources": 2}]


@pytest.mark.slow
def test_kill_9_during_the_graph_load_leaves_a_whole_graph(articles, data_dir, tmp_path):
    first = tmp_path / "first"
    first.mkdir()
    shutil.move(articles / "seed-004.txt", first / "seed-004.txt")
    ingest([first], data_dir, extractor=gold_extract)
    before = dump(data_dir)
    fresh = tmp_path / "fresh"
    ingest([first, articles], fresh, extractor=gold_extract)
    after = dump(fresh)

    script = tmp_path / "crash.py"
    script.write_text(CRASHING_INGEST)
    for delay in (0.0, 0.05, 0.15, 0.3):
        proc = subprocess.Popen([sys.executable, str(script), str(articles), str(data_dir),
                                 str(DEV)], stdout=subprocess.PIPE, text=True)
        try:
            for line in proc.stdout:  # the last file is read: the graph load starts
                if line.strip() in (str(len(list(articles.iterdir()))), "done"):
                    break
            time.sleep(delay)
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.wait(timeout=30)
        graph = dump(data_dir)  # opens, and is one graph or the other, whole
        assert graph in (before, after)
    report = ingest([first, articles], data_dir, extractor=gold_extract)
    assert report.failed == []
    assert dump(data_dir) == after


def test_a_data_folder_that_refuses_writes_is_one_clear_error(articles, data_dir):
    from kerjasama.errors import KerjasamaError

    data_dir.mkdir(parents=True)
    (data_dir / "records").write_text("not a folder")  # every record write fails
    with pytest.raises(KerjasamaError, match="cannot write to"):
        ingest([articles], data_dir, extractor=gold_extract)

    (data_dir / "records").unlink()
    (data_dir / "graph.lbug").mkdir()  # the graph cannot be replaced
    (data_dir / "graph.lbug" / "keep").write_text("")
    with pytest.raises(KerjasamaError, match="records are kept"):
        ingest([articles], data_dir, extractor=gold_extract)
    assert len(RecordStore(data_dir)) == 19


def test_reextract_leaves_records_that_came_as_records(data_dir, tmp_path):
    shutil.copy(DEV / "b-001.json", tmp_path / "b-001.json")
    shutil.copy(DEV / "seed-004.txt", tmp_path / "seed-004.txt")
    report = ingest([tmp_path / "b-001.json", tmp_path / "seed-004.txt"], data_dir,
                    extractor=gold_extract)
    assert (report.new, report.failed) == (2, [])
    before = {r["source"]["kind"]: r for r in RecordStore(data_dir).all()}
    assert set(before) == {"record", "article"}
    report = reextract(data_dir, extractor=gold_extract)
    assert (report.files, report.new, report.unchanged, report.failed) == (1, 0, 1, [])
    after = {r["source"]["kind"]: r for r in RecordStore(data_dir).all()}
    assert after == before
