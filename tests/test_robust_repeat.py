"""No double counting: the same sources again, in another order, under other names, with
other line ends or encodings, leave the graph identical (whole graph dumps via Cypher).

Real readers and the real extractor, on every kind of source: text articles,
a saved page, CSV and XLSX registers, a JSON Lines export of records.
"""
from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from gold import DEV
from graph_dump import dump_folder
from kerjasama.cli import main

SOURCES = Path(__file__).resolve().parent / "data" / "sources"
ARTICLES = ["a-003.txt", "b-001.txt", "b-002.txt", "seed-000.txt", "seed-004.txt"]


def _ingest(data_dir, *paths) -> str:
    result = CliRunner().invoke(main, ["ingest", "--data", str(data_dir), *map(str, paths)])
    # Registers and the export hold rows that are reported (exit 1); nothing crashes.
    assert result.exit_code in (0, 1) and "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.output


@pytest.fixture
def sources(tmp_path):
    folder = tmp_path / "sumber"
    folder.mkdir()
    for name in ARTICLES:
        shutil.copy(DEV / name, folder / name)
    for path in SOURCES.iterdir():
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture
def ingested(sources, tmp_path):
    data_dir = tmp_path / "data"
    out = _ingest(data_dir, sources)
    assert f"Read {len(list(sources.iterdir()))} files" in out
    return data_dir, dump_folder(data_dir)


def _copies(sources: Path, folder: Path) -> list[Path]:
    """Every source again under another name; texts with Windows line ends, a byte order
    mark or in Windows-1252."""
    folder.mkdir()
    made = []
    for i, path in enumerate(sorted(sources.iterdir())):
        target = folder / f"salinan-{i}-{path.stem}.dat{path.suffix}"
        data = path.read_bytes()
        if path.suffix in (".txt", ".csv", ".html"):
            text = data.decode("utf-8").replace("\r\n", "\n")
            if i % 3 == 0:
                data = text.replace("\n", "\r\n").encode("utf-8")
            elif i % 3 == 1:
                data = "\ufeff".encode("utf-8") + text.encode("utf-8")
            elif all(ord(c) < 0x2000 or c in "“”‘’–—…" for c in text):
                data = text.encode("cp1252")
        target.write_bytes(data)
        made.append(target)
    return made


def test_the_same_files_again_change_nothing(sources, ingested):
    data_dir, graph = ingested
    out = _ingest(data_dir, sources)
    assert " 0 new records" in out
    assert dump_folder(data_dir) == graph


def test_copies_under_other_names_and_encodings_change_nothing(sources, ingested, tmp_path):
    data_dir, graph = ingested
    copies = _copies(sources, tmp_path / "salinan")
    out = _ingest(data_dir, *reversed(copies))
    assert " 0 new records" in out, out
    assert dump_folder(data_dir) == graph


@pytest.mark.slow
def test_order_and_batches_do_not_matter(sources, ingested, tmp_path):
    _, graph = ingested
    files = sorted(sources.iterdir())
    random.Random(7).shuffle(files)
    one_by_one = tmp_path / "satu-satu"
    for path in files:
        _ingest(one_by_one, path)
    assert dump_folder(one_by_one) == graph
    halves = tmp_path / "separuh"
    _ingest(halves, *files[len(files) // 2:])
    _ingest(halves, *files[:len(files) // 2], *files)
    assert dump_folder(halves) == graph


def test_the_graph_counts_each_source_once(sources, ingested, tmp_path):
    data_dir, _ = ingested
    _ingest(data_dir, *_copies(sources, tmp_path / "salinan"), sources)
    from kerjasama.graph.ladybug_store import LadybugStore

    with LadybugStore(data_dir / "graph.lbug") as store:
        sources_in_graph = store.run("MATCH (s:Source) RETURN count(s) AS n")[0]["n"]
        reports = store.run("MATCH (a:Agreement)-[r:REPORTED_IN]->(s:Source) "
                            "RETURN a.id AS a, s.id AS s")
        counted = store.run("MATCH (a:Agreement) RETURN a.id AS a, a.sources AS n")
    assert sources_in_graph == len(list((data_dir / "records").glob("*.json")))
    assert len(reports) == len(set((r["a"], r["s"]) for r in reports))
    per_agreement = {}
    for r in reports:
        per_agreement[r["a"]] = per_agreement.get(r["a"], 0) + 1
    assert {r["a"]: r["n"] for r in counted} == per_agreement
