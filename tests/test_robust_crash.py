"""Crash safety: a real `kerjasama ingest` killed with SIGKILL at several points.

The previous graph and every record written stay whole and usable (stats
works, records parse, each record has its text), leftovers of the killed run
(``graph.lbug.new``, record temp files) confuse nobody, and running the
ingest again completes it: the graph is then the one a clean run makes.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from gold import DEV
from graph_dump import dump, dump_folder
from kerjasama.cli import main
from kerjasama.loaders.ingest import ingest
from kerjasama.loaders.records import RecordStore

pytestmark = pytest.mark.slow

KERJASAMA = Path(sys.executable).with_name("kerjasama")


def _articles(folder: Path, n: int, start: int = 0) -> Path:
    """``n`` distinct articles: the dev articles, each copy with a line of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    dev = sorted(DEV.glob("*.txt"))
    for i in range(start, start + n):
        src = dev[i % len(dev)]
        (folder / f"{i:03d}-{src.stem}.txt").write_text(
            src.read_text("utf-8") + f"\n\n(Arsip redaksi nomor {i})\n", "utf-8")
    return folder


def _start(*args) -> subprocess.Popen:
    return subprocess.Popen([str(KERJASAMA), *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _kill_when(proc: subprocess.Popen, ready, timeout: float = 60) -> bool:
    """SIGKILL ``proc`` as soon as ``ready()``; False when it finished first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.002)
    proc.kill()
    raise AssertionError("the ingest never reached the point to kill it at")


def _record_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "records").glob("*.json"))


def _assert_usable(data_dir: Path, graph_before: dict) -> int:
    """The graph is the previous one, stats works, every record parses and has its text."""
    assert dump_folder(data_dir) == graph_before
    result = CliRunner().invoke(main, ["stats", "--format", "json", "--data", str(data_dir)])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.output)
    assert stats  # the counts of the previous graph
    store = RecordStore(data_dir)
    for path in _record_files(data_dir):
        record = json.loads(path.read_text("utf-8"))  # whole, never half-written
        assert record["source"]["id"] == path.stem
        assert store.text(path.stem) is not None, f"{path.name} has no source text"
    return len(_record_files(data_dir))


def _leftovers(data_dir: Path) -> list[str]:
    names = [p.name for p in data_dir.glob("graph.lbug.*")]
    names += [p.name for d in ("records", "sources") for p in (data_dir / d).glob(".*")]
    names += [p.name for p in data_dir.glob(".*.tmp")]
    return sorted(names)


@pytest.fixture
def before(tmp_path):
    """A data folder holding the graph of a first batch; its dump."""
    data_dir = tmp_path / "data"
    first = _articles(tmp_path / "first", 5)
    assert ingest([first], data_dir).ok
    return data_dir, first, dump_folder(data_dir)


def _fresh(tmp_path: Path, *folders) -> dict:
    """The graph a clean run of the same command makes."""
    fresh = tmp_path / "fresh"
    done = subprocess.run([KERJASAMA, "ingest", "--data", fresh, *folders], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return dump_folder(fresh)


def test_killed_while_writing_records(before, tmp_path):
    data_dir, first, graph_before = before
    more = _articles(tmp_path / "more", 60, start=5)
    proc = _start("ingest", "--data", data_dir, more)
    assert _kill_when(proc, lambda: len(_record_files(data_dir)) >= 5 + 12), \
        "the ingest finished before it could be killed"
    assert proc.returncode == -signal.SIGKILL

    stored = _assert_usable(data_dir, graph_before)
    assert 5 + 12 <= stored < 5 + 60

    rerun = subprocess.run([KERJASAMA, "ingest", "--data", data_dir, more], capture_output=True,
                           text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{5 + 60 - stored} new records, {stored - 5} unchanged, 0 failed" in rerun.stdout
    assert _leftovers(data_dir) == []
    assert dump_folder(data_dir) == _fresh(tmp_path, first, more)


def test_killed_while_loading_the_graph(before, tmp_path):
    data_dir, first, graph_before = before
    more = _articles(tmp_path / "more", 20, start=5)
    new_graph = data_dir / "graph.lbug.new"
    for attempt in range(3):  # the load is short: try again if the run got past it
        proc = _start("ingest", "--data", data_dir, more)
        if _kill_when(proc, new_graph.exists):
            break
    else:
        pytest.fail("never caught the ingest loading the graph")

    # Every record was written before the load; the graph is still the previous one.
    assert _assert_usable(data_dir, graph_before) == 25
    # A reader ignores the half-made graph left beside the real one.
    result = CliRunner().invoke(main, ["cypher", "--data", str(data_dir), "--format", "json",
                                       "MATCH (s:Source) RETURN count(s) AS n"])
    assert json.loads(result.output) == [{"n": 5}]

    rerun = subprocess.run([KERJASAMA, "ingest", "--data", data_dir, first, more],
                           capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert "0 new records, 25 unchanged, 0 failed" in rerun.stdout
    assert _leftovers(data_dir) == []
    assert dump_folder(data_dir) == _fresh(tmp_path, first, more)


def test_killed_rebuild_leaves_the_graph_and_rebuild_completes(before, tmp_path):
    data_dir, first, graph_before = before
    new_graph = data_dir / "graph.lbug.new"
    for attempt in range(5):
        proc = _start("rebuild", "--data", data_dir)
        if _kill_when(proc, new_graph.exists):
            break
    else:
        pytest.fail("never caught the rebuild loading the graph")
    _assert_usable(data_dir, graph_before)
    rerun = subprocess.run([KERJASAMA, "rebuild", "--data", data_dir], capture_output=True,
                           text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert _leftovers(data_dir) == []
    assert dump_folder(data_dir) == graph_before


def test_partial_record_temp_files_are_ignored_then_cleaned(before):
    data_dir, first, graph_before = before
    # What a writer killed between writing a temp file and renaming it leaves.
    sid = _record_files(data_dir)[0].stem
    (data_dir / "records" / f".{sid}.json.abc123.tmp").write_text('{"id": "half', "utf-8")
    (data_dir / "sources" / f".{sid}.txt.abc123.tmp").write_text("Pemkab Kam", "utf-8")
    (data_dir / ".corrections.jsonl.abc123.tmp").write_text('{"rec', "utf-8")
    (data_dir / ".VERSION.abc123.tmp").write_text("", "utf-8")
    assert len(RecordStore(data_dir).all()) == 5  # readers do not see them
    result = CliRunner().invoke(main, ["rebuild", "--data", str(data_dir)])
    assert result.exit_code == 0, result.output
    assert _leftovers(data_dir) == []
    assert dump_folder(data_dir) == graph_before


def test_killed_at_any_moment_the_graph_is_the_old_or_the_new_one_whole(before, tmp_path):
    data_dir, first, graph_before = before
    more = _articles(tmp_path / "more", 30, start=5)
    graph_after = _fresh(tmp_path, first, more)
    # Kills spread over a run (start-up, extraction, record writes, the load, the rename);
    # each run starts from what the previous killed one left.
    outcomes = []
    for delay in (0.2, 0.6, 1.0, 1.5, 2.2, 3.0, 4.0):
        proc = _start("ingest", "--data", data_dir, more)
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        graph = dump_folder(data_dir)
        assert graph in (graph_before, graph_after)
        outcomes.append("new" if graph == graph_after else "old")
        store = RecordStore(data_dir)
        for path in _record_files(data_dir):
            assert json.loads(path.read_text("utf-8"))["source"]["id"] == path.stem
            assert store.text(path.stem) is not None
        if graph == graph_after:
            break
    rerun = subprocess.run([KERJASAMA, "ingest", "--data", data_dir, first, more],
                           capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert _leftovers(data_dir) == []
    assert dump_folder(data_dir) == graph_after
    assert "old" in outcomes


KILLED_WRITER = """
import os, sys, ladybug
db = ladybug.Database(sys.argv[1])
conn = ladybug.Connection(db)
conn.execute("CREATE NODE TABLE T(id STRING, PRIMARY KEY (id))")
conn.execute("CREATE (:T {id: 'a'})")
os._exit(0)  # killed before closing: its write-ahead log stays beside the file
"""


def test_database_logs_left_by_killed_writers_do_not_block_the_next_load(before, tmp_path):
    data_dir, first, graph_before = before
    other = tmp_path / "other.lbug"
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(other)], check=True)
    wal = other.with_name("other.lbug.wal")
    assert wal.exists()
    # What a load killed mid-checkpoint and a killed `cypher --write` leave behind:
    # logs the database refuses to open a file beside ("Database ID ... does not match").
    shutil.copy(other, data_dir / "graph.lbug.new")
    for name in ("graph.lbug.new.wal", "graph.lbug.new.wal.checkpoint", "graph.lbug.wal"):
        shutil.copy(wal, data_dir / name)
    result = CliRunner().invoke(main, ["stats", "--data", str(data_dir)])
    assert result.exit_code == 1 and "kerjasama rebuild --data" in result.output

    result = CliRunner().invoke(main, ["rebuild", "--data", str(data_dir)])
    assert result.exit_code == 0, result.output
    assert _leftovers(data_dir) == []
    assert dump_folder(data_dir) == graph_before


@pytest.mark.bolt
def test_a_killed_push_is_completed_by_the_next_one(before, bolt_server, request):
    # A Neo4j server is written by difference in batches, not replaced in one go: a
    # killed push leaves it part-way, and pushing again brings it to the records' graph.
    from conftest import neo4j_store_for

    data_dir, first, graph_before = before
    server = neo4j_store_for("bolt", request)  # emptied
    env = dict(os.environ, NEO4J_URI=bolt_server.uri, NEO4J_USERNAME=bolt_server.user,
               NEO4J_PASSWORD=bolt_server.password, NEO4J_DATABASE=bolt_server.database)
    killed = False
    for _ in range(10):
        proc = subprocess.Popen([KERJASAMA, "push", "--data", data_dir], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # Kill it as soon as the server holds part of the graph: a fixed delay races a
        # push that may take well under a second.
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            if server.run("MATCH (n) RETURN count(n) AS n")[0]["n"]:
                os.kill(proc.pid, signal.SIGKILL)
                killed = True
                break
            time.sleep(0.005)
        proc.wait(timeout=120)
        if killed:
            break
        server.run("MATCH (n) DETACH DELETE n", write=True)
    assert killed, "every push finished before it could be killed"
    done = subprocess.run([KERJASAMA, "push", "--data", data_dir], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert bolt_server.password not in done.stdout + done.stderr
    assert dump(server) == graph_before
    server.close()


def test_an_empty_graph_a_killed_reader_was_making_is_cleaned_by_the_next_load(before):
    data_dir, first, graph_before = before
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    for name in (f"graph.lbug.empty-{dead}", f"graph.lbug.empty-{dead}.wal"):
        (data_dir / name).write_bytes(b"half")
    mine = data_dir / f"graph.lbug.empty-{os.getpid()}"  # a live reader's: left alone
    mine.write_bytes(b"busy")
    assert dump_folder(data_dir) == graph_before  # readers ignore them
    result = CliRunner().invoke(main, ["rebuild", "--data", str(data_dir)])
    assert result.exit_code == 0, result.output
    assert _leftovers(data_dir) == [mine.name]
