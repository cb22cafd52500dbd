"""Concurrent use: one writer at a time, told at once; readers go on during an ingest.

The embedded graph is replaced by an atomic rename, so a reader sees the old
graph or the new one, whole, and never waits for the writer.
"""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph_dump import dump_folder
from kerjasama.cli import main
from kerjasama.graph.ladybug_store import LadybugStore
from kerjasama.loaders.ingest import ingest
from test_robust_crash import KERJASAMA, _articles, _fresh

HOLD_LOCK = textwrap.dedent("""
    import sys, time
    from kerjasama.loaders.records import RecordStore
    with RecordStore(sys.argv[1]).writing():
        print("locked", flush=True)
        time.sleep(120)
""")


@pytest.fixture
def holder(tmp_path):
    """A second process holding the data folder's writer lock (as a running ingest does)."""
    data_dir = tmp_path / "data"
    assert ingest([_articles(tmp_path / "first", 3)], data_dir).ok
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(data_dir)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        yield data_dir
    finally:
        proc.kill()
        proc.wait(timeout=30)


WRITERS = [
    ["ingest", "{articles}"],
    ["rebuild"],
    ["rebuild", "--reextract"],
    ["cypher", "--write", "MATCH (r:Region {code: '14.01'}) SET r.name = 'x' RETURN r.name"],
    ["correct", "000-a-003", "1", "--kind", "pks"],
]


@pytest.mark.parametrize("args", WRITERS, ids=lambda a: " ".join(a[:2]))
def test_a_second_writer_is_told_busy_at_once(holder, tmp_path, args):
    before = dump_folder(holder)
    articles = _articles(tmp_path / "more", 2, start=10)
    args = [str(articles) if a == "{articles}" else a for a in args]
    started = time.monotonic()
    result = CliRunner().invoke(main, [args[0], "--data", str(holder), *args[1:]])
    elapsed = time.monotonic() - started
    assert result.exit_code == 1, result.output
    assert "is busy: another kerjasama process is writing to it" in result.output
    assert "Traceback" not in result.output
    assert elapsed < 2, elapsed
    assert dump_folder(holder) == before


def test_a_second_ingest_process_is_busy_in_one_line(holder, tmp_path):
    articles = _articles(tmp_path / "more", 2, start=10)
    result = subprocess.run([KERJASAMA, "ingest", "--data", holder, articles],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "busy" in result.stderr, result.stderr


READS = {
    "stats": ["stats", "--format", "json"],
    "cypher": ["cypher", "--format", "json", "MATCH (s:Source) RETURN count(s) AS n"],
    "agreements": ["agreements", "--format", "json"],
}


def _read_all(data_dir: Path) -> dict:
    out = {}
    for name, args in READS.items():
        result = CliRunner().invoke(main, [args[0], "--data", str(data_dir), *args[1:]])
        assert result.exit_code == 0, (name, result.output)
        out[name] = json.loads(result.output)
    return out


@pytest.mark.slow
def test_readers_keep_working_during_an_ingest_and_see_a_whole_graph(tmp_path):
    data_dir = tmp_path / "data"
    first = _articles(tmp_path / "first", 4)
    assert ingest([first], data_dir).ok
    old = _read_all(data_dir)
    more = _articles(tmp_path / "more", 40, start=4)
    new_graph = data_dir / "graph.lbug.new"

    writer = subprocess.Popen([KERJASAMA, "ingest", "--data", data_dir, more],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen, during_load = [], 0
    while writer.poll() is None:
        loading = new_graph.exists()
        seen.append(_read_all(data_dir))
        during_load += loading and writer.poll() is None
    assert writer.returncode == 0, writer.stderr
    new = _read_all(data_dir)
    assert new != old
    # Every read saw the old graph or the new one, whole; several ran while the writer did.
    for name in READS:
        assert all(r[name] in (old[name], new[name]) for r in seen), name
    assert sum(r == old for r in seen) >= 2
    assert during_load >= 1 or len(seen) >= 5


def test_an_open_reader_keeps_the_old_graph_until_it_reopens(tmp_path):
    data_dir = tmp_path / "data"
    assert ingest([_articles(tmp_path / "first", 2)], data_dir).ok
    query = "MATCH (s:Source) RETURN count(s) AS n"
    with LadybugStore(data_dir / "graph.lbug") as reader:
        assert reader.run(query) == [{"n": 2}]
        assert ingest([_articles(tmp_path / "more", 3, start=2)], data_dir).ok
        assert reader.run(query) == [{"n": 2}]  # its file is the old one, still whole
    with LadybugStore(data_dir / "graph.lbug") as reader:
        assert reader.run(query) == [{"n": 5}]


@pytest.mark.slow
def test_a_reader_during_the_first_ingest_does_not_disturb_it(tmp_path):
    # With no graph yet, a reader of the library makes an empty one (the CLI refuses and
    # says to ingest): while the first ingest is loading its graph, that must touch
    # neither the ingest's new file nor its result.
    more = _articles(tmp_path / "more", 25)
    for attempt in range(3):
        data_dir = tmp_path / f"data-{attempt}"
        new_graph = data_dir / "graph.lbug.new"
        writer = subprocess.Popen([KERJASAMA, "ingest", "--data", data_dir, more],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        while writer.poll() is None and not new_graph.exists():
            time.sleep(0.002)
        counts = []
        while writer.poll() is None:
            with LadybugStore(data_dir / "graph.lbug") as store:
                counts.append(store.run("MATCH (s:Source) RETURN count(s) AS n")[0]["n"])
        assert writer.returncode == 0, writer.stderr
        if counts and counts[0] == 0:
            break  # a read made the empty graph while the ingest was loading
    else:
        pytest.fail("never read during the first ingest's load")
    assert set(counts) <= {0, 25}
    assert dump_folder(data_dir) == _fresh(tmp_path, more)
    assert sorted(p.name for p in data_dir.glob("graph.lbug*")) == ["graph.lbug"]
