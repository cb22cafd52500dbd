"""Upgrades and damaged files: the data folder says its format; a graph this version cannot
read says how to rebuild it from the records, and `kerjasama rebuild` always works."""
from __future__ import annotations

import json
import shutil

import ladybug
import pytest
from click.testing import CliRunner

from graph_dump import dump_folder
from kerjasama.cli import main
from kerjasama.loaders.data_format import FORMAT
from kerjasama.loaders.records import RecordStore
from kerjasama.queries.example import example_records

READERS = [
    ["stats"],
    ["cypher", "MATCH (a:Agreement) RETURN count(a) AS n"],
    ["partners", "Kota Pekanbaru"],
    ["agreements"],
    ["schema"],
]


def _run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A data folder with the example records and their graph, and the graph's dump."""
    folder = tmp_path_factory.mktemp("made")
    source = folder / "records.json"
    source.write_text(json.dumps(example_records()), encoding="utf-8")
    assert _run("ingest", "--data", folder / "data", source).exit_code == 0
    return folder / "data", dump_folder(folder / "data")


@pytest.fixture
def data(made, tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(made[0], data_dir)
    return data_dir


def _rebuild_restores(data_dir, graph) -> None:
    result = _run("rebuild", "--data", data_dir)
    assert result.exit_code == 0, result.output
    assert dump_folder(data_dir) == graph
    for args in READERS:
        assert _run(args[0], "--data", data_dir, *args[1:]).exit_code == 0


def test_the_folder_records_its_format(data):
    assert (data / "VERSION").read_text() == f"{FORMAT}\n"


def test_a_folder_from_before_the_format_stamp_opens_and_is_stamped_on_the_next_write(
        data, made):
    (data / "VERSION").unlink()
    for args in READERS:
        result = _run(args[0], "--data", data, *args[1:])
        assert result.exit_code == 0, (args, result.output)
    assert not (data / "VERSION").exists()  # readers write nothing
    _rebuild_restores(data, made[1])
    assert (data / "VERSION").read_text() == f"{FORMAT}\n"


def test_a_folder_from_a_newer_version_is_not_rewritten(data, made, tmp_path):
    (data / "VERSION").write_text(f"{FORMAT + 1}\n")
    records = {p.name: p.read_bytes() for p in (data / "records").iterdir()}
    source = tmp_path / "more.json"
    source.write_text(json.dumps(example_records()[:1]), encoding="utf-8")
    for args in (["ingest", source], ["rebuild"], ["rebuild", "--reextract"],
                 ["cypher", "--write", "MATCH (r:Region {code: '14.71'}) SET r.name = 'x'"]):
        result = _run(args[0], "--data", data, *args[1:])
        assert result.exit_code == 1
        assert result.output == (f"Error: {data} was written by a newer kerjasama (data format "
                                 f"{FORMAT + 1}; this one writes format {FORMAT}): use that "
                                 "version or a newer one to change it\n")
    assert {p.name: p.read_bytes() for p in (data / "records").iterdir()} == records
    assert dump_folder(data) == made[1]
    assert _run("stats", "--data", data).exit_code == 0  # reading is still fine


def _assert_says_rebuild(data_dir, why: str) -> None:
    for args in READERS:
        result = _run(args[0], "--data", data_dir, *args[1:])
        assert result.exit_code == 1, (args, result.output)
        assert why in result.output, (args, result.output)
        assert f"rebuild the graph from them with `kerjasama rebuild --data {data_dir}`" in \
            result.output


def test_a_damaged_graph_file_says_how_to_rebuild(data, made):
    with open(data / "graph.lbug", "r+b") as fh:
        fh.write(b"\x00garbage\x00" * 64)
    _assert_says_rebuild(data, "cannot be opened")
    _rebuild_restores(data, made[1])


def test_a_truncated_graph_file_says_how_to_rebuild(data, made):
    with open(data / "graph.lbug", "r+b") as fh:
        fh.truncate(4096 * 3)
    _assert_says_rebuild(data, "graph.lbug")
    _rebuild_restores(data, made[1])


def test_a_graph_from_another_ladybug_storage_version_says_how_to_rebuild(data, made):
    # The file header's storage version (after the magic bytes "LBUG").
    with open(data / "graph.lbug", "r+b") as fh:
        assert fh.read(4) == b"LBUG"
        fh.write(bytes([ord("1") + 7]))
    _assert_says_rebuild(data, "different version")
    _rebuild_restores(data, made[1])


def test_an_empty_graph_file_says_how_to_rebuild(data, made):
    (data / "graph.lbug").write_bytes(b"")
    _assert_says_rebuild(data, "made by another version of kerjasama")
    _rebuild_restores(data, made[1])


def test_a_graph_with_an_older_schema_answers_what_it_can_and_says_how_to_rebuild(data, made):
    # An older version's graph: fewer tables, fewer properties.
    (data / "graph.lbug").unlink()
    db = ladybug.Database(str(data / "graph.lbug"))
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE Region(code STRING, name STRING, PRIMARY KEY (code))")
    conn.execute("CREATE (:Region {code: '14.71', name: 'Kota Pekanbaru'})")
    conn.close()
    db.close()
    result = _run("cypher", "--format", "json", "--data", data,
                  "MATCH (r:Region) RETURN r.name AS name")
    assert json.loads(result.output) == [{"name": "Kota Pekanbaru"}]
    result = _run("agreements", "--data", data)
    assert result.exit_code == 1
    assert "was made by another version of kerjasama (Region has no kind" in result.output
    assert f"`kerjasama rebuild --data {data}`" in result.output
    _rebuild_restores(data, made[1])


def test_a_lost_graph_is_rebuilt_from_the_records(data, made):
    (data / "graph.lbug").unlink()
    result = _run("stats", "--data", data)
    assert result.exit_code == 1 and "kerjasama ingest" in result.output
    _rebuild_restores(data, made[1])


def test_records_of_an_older_shape_still_rebuild(data, made):
    # Fields added over time (extractor, evidence, source kind and title) may be missing.
    store = RecordStore(data)
    for i, sid in enumerate(store.ids()):
        record = store.get(sid)
        record.pop("extractor", None)
        record["source"].pop("kind", None)
        record["source"].pop("title", None)
        for agreement in record["agreements"]:
            agreement.pop("evidence", None)
        for official in record.get("officials", []):
            official.pop("evidence", None)
        store.put(record)
    result = _run("rebuild", "--data", data)
    assert result.exit_code == 0, result.output
    after = dump_folder(data)
    for label in ("Region", "Agreement", "Official", "Sector", "PARTY_TO", "COVERS", "SIGNED"):
        assert after[label] == made[1][label], label


def test_a_damaged_record_is_named_and_reextract_makes_it_again(tmp_path, data_dir):
    from gold import DEV

    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("a-003.txt", "seed-000.txt", "seed-004.txt"):
        shutil.copy(DEV / name, articles / name)
    assert _run("ingest", "--data", data_dir, articles).exit_code == 0
    graph = dump_folder(data_dir)
    victim = sorted((data_dir / "records").glob("*.json"))[0]
    victim.write_text('{"id": "a-0', "utf-8")  # a half-written file (a disk fault)

    result = _run("rebuild", "--data", data_dir)
    assert result.exit_code == 1
    assert f"failed: {victim}: not a readable record" in result.output
    assert "kerjasama rebuild --reextract" in result.output

    result = _run("rebuild", "--reextract", "--data", data_dir)
    assert result.exit_code == 0, result.output
    assert json.loads(victim.read_text("utf-8"))["agreements"] is not None
    after = dump_folder(data_dir)
    for label in ("Region", "Agreement", "Official", "PARTY_TO", "COVERS", "SIGNED"):
        assert after[label] == graph[label], label
