"""Records made elsewhere: JSON and JSON Lines in the record shape, validated line by line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kerjasama.cli import main
from kerjasama.errors import InputError
from kerjasama.graph.ladybug_store import LadybugStore
from kerjasama.loaders.jsonl import parse_records, read_records, validate_record, write_records

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "data" / "sources" / "records-export.jsonl"
DEV = HERE / "data" / "dev"


def test_good_lines_load_and_bad_ones_are_reported_by_line():
    records, problems = read_records(EXPORT)
    assert [r["id"] for r in records] == ["siak-pekanbaru-2023", "inhu-kuansing-2021"]
    siak = records[0]
    assert siak["agreements"][0]["parties"] == ["14.08", "14.71"]  # sorted
    assert siak["source"]["url"] == "https://riau.example-berita.id/2023/08/14/siak-pekanbaru-sampah"
    assert siak["source"]["kind"] == "record" and len(siak["source"]["id"]) == 64
    assert [(p["row"], p["reason"]) for p in problems] == [
        ("line 4", "agreements[0].parties: 'UNRI' is not a region code"),
        ("line 5", "not JSON: Expecting ',' delimiter"),
        ("line 6", "agreements[0].signed_on: '14/02/2020' is not an ISO date (YYYY-MM-DD)"),
        ("line 7", 'not a record: a JSON object with "id" and "agreements" is expected, '
                   "got an object with keys judul, tanggal"),
    ]
    assert {p["file"] for p in problems} == {str(EXPORT)}


def test_gold_records_load_as_records_and_the_same_record_twice_is_one_source():
    records, problems = read_records(DEV / "seed-004.json")
    assert problems == []
    again, _ = parse_records(json.dumps(records[0]), name="copy.json")
    assert again[0]["source"]["id"] == records[0]["source"]["id"]


def test_a_json_array_of_records(tmp_path):
    path = tmp_path / "export.json"
    gold = [json.loads((DEV / f"{n}.json").read_text()) for n in ("seed-000", "seed-004")]
    path.write_text(json.dumps(gold + [{"id": "x", "agreements": "none"}]))
    records, problems = read_records(path)
    assert [r["id"] for r in records] == ["seed-000", "seed-004"]
    assert problems == [{"file": str(path), "row": "item 3", "reason": "agreements: must be a list"}]


def test_json_that_is_not_a_record_gets_a_clear_message():
    with pytest.raises(InputError, match='not a record: a JSON object with "id" and "agreements" '
                                         "is expected, got a list"):
        validate_record([1, 2])
    with pytest.raises(InputError, match="agreements.0..kind: 'nota' is not one of plan, mou, pks"):
        validate_record({"id": "a", "agreements": [{"parties": ["14.01", "14.71"], "kind": "nota"}]})
    with pytest.raises(InputError, match="an agreement needs two or more regions"):
        validate_record({"id": "a", "agreements": [{"parties": ["14.01"], "kind": "mou"}]})


def test_a_file_that_is_not_json_names_the_file(tmp_path):
    path = tmp_path / "records.json"
    path.write_text("id,agreements\nfoo,bar\n")
    with pytest.raises(InputError, match=r"records.json: not JSON or JSON Lines"):
        read_records(path)


def test_written_records_read_back(tmp_path):
    records, _ = read_records(EXPORT)
    out = tmp_path / "again.jsonl"
    write_records(records, out)
    again, problems = read_records(out)
    assert problems == [] and [r["agreements"] for r in again] == [r["agreements"] for r in records]


def test_ingest_of_a_jsonl_file_reports_bad_lines_and_loads_the_rest(data_dir):
    result = CliRunner().invoke(main, ["ingest", "--data", str(data_dir), str(EXPORT)])
    assert result.exit_code == 1
    assert "Read 1 file: 2 new records" in result.output
    assert f"failed: {EXPORT}: line 5: not JSON" in result.output
    with LadybugStore(data_dir / "graph.lbug") as store:
        rows = store.run("MATCH (a:Agreement)-[:REPORTED_IN]->(s:Source) RETURN a.id AS id, s.url AS url "
                         "ORDER BY id")
    assert rows == [
        {"id": "mou-2023-08-12-14.08+14.71",
         "url": "https://riau.example-berita.id/2023/08/14/siak-pekanbaru-sampah"},
        {"id": "pks-2021-06-01-14.02+14.09", "url": None},
    ]
