"""The ingest, rebuild and stats commands through click's CliRunner."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from gold import DEV
from kerjasama.cli import main
from kerjasama.loaders.records import RecordStore


@pytest.fixture
def gold_json(tmp_path):
    """The dev gold records as JSON record files: ingested without the article extractor."""
    folder = tmp_path / "records-in"
    folder.mkdir()
    for path in sorted(DEV.glob("*.json")):
        shutil.copy(path, folder / path.name)
    return folder


def run(*args, **kwargs):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, **kwargs)


def stats_json(data_dir):
    result = run("stats", "--format", "json", "--data", data_dir)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_ingest_then_stats(gold_json, data_dir):
    result = run("ingest", "--data", data_dir, gold_json)
    assert result.exit_code == 0, result.output
    assert "Read 19 files: 19 new records, 0 unchanged, 0 failed." in result.output
    numbers = stats_json(data_dir)
    gold = [json.loads(p.read_text("utf-8")) for p in DEV.glob("*.json")]
    parties = {p for r in gold for a in r["agreements"] for p in a["parties"]}
    used = {s for r in gold for a in r["agreements"] for s in a["sectors"]}
    assert numbers["regions"] == {"all": 552, "with_agreements": len(parties)}
    # The gold files hold 14 MoUs; b-001 and b-002 report the same one.
    assert numbers["agreements"] == {"total": 22, "plan": 1, "mou": 13, "pks": 8,
                                     "reported_by_several_sources": 1}
    assert numbers["sources"] == 19
    assert numbers["sectors"]["all"] == 36 and numbers["sectors"]["used"] == len(used)
    table = run("stats", "--data", data_dir)
    assert table.exit_code == 0
    assert "agreements: mou" in table.output and "552" in table.output

    again = run("ingest", "--data", data_dir, gold_json)
    assert "0 new records, 19 unchanged, 0 failed." in again.output
    assert stats_json(data_dir) == numbers


def test_data_folder_from_the_environment(gold_json, data_dir):
    result = run("ingest", gold_json / "b-001.json", env={"KERJASAMA_DATA": str(data_dir)})
    assert result.exit_code == 0, result.output
    assert stats_json(data_dir)["sources"] == 1


def test_a_failed_file_is_named_and_the_exit_code_is_1(gold_json, data_dir, tmp_path):
    (gold_json / "empty.txt").write_bytes(b"")
    (gold_json / "broken.jsonl").write_text('{"id": "x", "agreements": [}\nnot json\n')
    result = run("ingest", "--data", data_dir, gold_json, tmp_path / "missing.txt")
    assert result.exit_code == 1
    assert "19 new records" in result.output
    assert f"failed: {gold_json / 'empty.txt'}: empty file" in result.output
    assert f"failed: {tmp_path / 'missing.txt'}: No such file or directory" in result.output
    assert "broken.jsonl" in result.output
    assert "Traceback" not in result.output
    assert stats_json(data_dir)["sources"] == 19


def test_busy_data_folder(gold_json, data_dir):
    with RecordStore(data_dir).writing():
        result = run("ingest", "--data", data_dir, gold_json)
        assert result.exit_code == 1
        assert "busy" in result.output and "Traceback" not in result.output
        result = run("rebuild", "--data", data_dir)
        assert result.exit_code == 1 and "busy" in result.output


def test_rebuild_restores_a_lost_graph(gold_json, data_dir):
    run("ingest", "--data", data_dir, gold_json)
    numbers = stats_json(data_dir)
    (data_dir / "graph.lbug").unlink()
    result = run("rebuild", "--data", data_dir)
    assert result.exit_code == 0, result.output
    assert "Graph rebuilt from 19 records" in result.output
    assert stats_json(data_dir) == numbers


def test_stats_before_any_ingest_says_what_to_do(data_dir):
    result = run("stats", "--data", data_dir)
    assert result.exit_code == 1
    assert "kerjasama ingest" in result.output


def test_commands_are_listed_in_help():
    result = run("--help")
    for command in ("ingest", "rebuild", "stats"):
        assert command in result.output


def test_ingest_the_sample_articles_as_the_demo_does(samples_dir, data_dir):
    result = run("ingest", "--data", data_dir, samples_dir)
    assert result.exit_code == 0, result.output
    n = len(list(samples_dir.glob("*.txt")))
    assert result.output.startswith(f"Read {n} files: {n} new records, 0 unchanged, 0 failed.")
    assert "\r" not in result.output and "it/s" not in result.output  # no bar off a terminal
    numbers = stats_json(data_dir)
    assert numbers["sources"] == n and numbers["agreements"]["total"] >= 1
