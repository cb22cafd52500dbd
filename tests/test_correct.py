"""Corrections outlive re-extraction and re-ingest; register and news disagreeing show as conflicts."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kerjasama.cli import main
from kerjasama.loaders import corrections
from kerjasama.loaders.ingest import rebuild

HERE = Path(__file__).resolve().parent
ARTICLE = HERE / "data" / "dev" / "seed-004.txt"
RIAU = HERE / "data" / "sources" / "register-riau.csv"


def run(*args, code=0):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == code, result.output
    return result.output


def kampar_pekanbaru(data_dir, kind=None):
    args = ["agreements", "--data", data_dir, "--between", "14.01", "14.71", "--format", "json"]
    if kind:
        args += ["--kind", kind]
    return json.loads(run(*args))


@pytest.fixture
def article(tmp_path):
    folder = tmp_path / "berita"
    folder.mkdir()
    shutil.copy(ARTICLE, folder / ARTICLE.name)
    return folder / ARTICLE.name


def test_a_corrected_date_survives_reextraction_and_reingest(article, data_dir):
    run("ingest", "--data", data_dir, article)
    [mou] = kampar_pekanbaru(data_dir, "mou")
    assert mou["signed_on"] == "2024-09-05"
    listing = run("correct", "--data", data_dir, "seed-004")
    number = next(line.split()[0] for line in listing.splitlines()
                  if line.strip().split()[:2][1:] == ["mou"])
    out = run("correct", "--data", data_dir, "seed-004", number, "--date", "2024-09-06",
              "--note", "tanggal dari naskah")
    assert "Correction 1 kept in" in out and "set signed_on=2024-09-06" in out
    assert [a["signed_on"] for a in kampar_pekanbaru(data_dir, "mou")] == ["2024-09-06"]

    run("rebuild", "--data", data_dir, "--reextract")
    assert [a["signed_on"] for a in kampar_pekanbaru(data_dir, "mou")] == ["2024-09-06"]
    run("ingest", "--data", data_dir, article)
    assert [a["signed_on"] for a in kampar_pekanbaru(data_dir, "mou")] == ["2024-09-06"]
    # The record itself is as the extractor made it; the fix lives beside it.
    [record_file] = (data_dir / "records").glob("*.json")
    stored = json.loads(record_file.read_text())
    assert {a["signed_on"] for a in stored["agreements"] if a["kind"] == "mou"} == {"2024-09-05"}
    assert "tanggal dari naskah" in (data_dir / "corrections.jsonl").read_text()

    out = run("correct", "--data", data_dir, "--undo", "1")
    assert "taken back" in out
    assert [a["signed_on"] for a in kampar_pekanbaru(data_dir, "mou")] == ["2024-09-05"]


def test_kind_and_parties_corrected_an_agreement_dropped_and_one_added(article, data_dir):
    run("ingest", "--data", data_dir, article)
    before = kampar_pekanbaru(data_dir)
    assert sorted(a["kind"] for a in before) == ["mou", "pks", "pks"]
    # Agreement numbers follow the record's order.
    record = json.loads(next((data_dir / "records").glob("*.json")).read_text())
    order = [(a["kind"], tuple(a["sectors"])) for a in record["agreements"]]
    mou = order.index(("mou", ())) + 1
    waste = order.index(("pks", ("lingkungan-hidup",))) + 1

    run("correct", "--data", data_dir, "seed-004", mou, "--kind", "pks")
    run("correct", "--data", data_dir, "seed-004", waste, "--parties", "Kab. Kampar, Kab. Siak")
    assert sorted(a["kind"] for a in kampar_pekanbaru(data_dir)) == ["pks", "pks"]
    siak = json.loads(run("agreements", "--data", data_dir, "--between", "Kab. Kampar", "Kab. Siak",
                          "--format", "json"))
    assert [(a["kind"], a["sectors"]) for a in siak] == [("pks", ["lingkungan-hidup"])]

    run("correct", "--data", data_dir, "seed-004", waste, "--drop")
    assert json.loads(run("agreements", "--data", data_dir, "--between", "14.01", "14.08",
                          "--format", "json")) == []
    run("correct", "--data", data_dir, "seed-004", "--add", "--kind", "plan",
        "--parties", "Kampar; Pelalawan", "--sectors", "pariwisata")
    [plan] = json.loads(run("agreements", "--data", data_dir, "--kind", "plan", "--format", "json"))
    assert (plan["parties"], plan["sectors"]) == (["14.01", "14.05"], ["pariwisata"])

    listing = run("correct", "--data", data_dir, "--list")
    assert "seed-004: mou 14.01+14.71: set kind=pks" in listing
    assert "seed-004: add plan 14.01+14.05" in listing
    # Still all there after the records are made again.
    run("rebuild", "--data", data_dir, "--reextract")
    assert sorted(a["kind"] for a in kampar_pekanbaru(data_dir)) == ["pks", "pks"]
    assert len(json.loads(run("agreements", "--data", data_dir, "--kind", "plan", "--format", "json"))) == 1


def test_a_correction_whose_agreement_is_gone_is_reported(article, data_dir):
    run("ingest", "--data", data_dir, article)
    record = json.loads(next((data_dir / "records").glob("*.json")).read_text())
    fix = corrections.correction(record, 1, set={"kind": "plan"})
    fix["match"]["parties"] = ["11.01", "11.02"]  # as if the extractor no longer finds it
    corrections.append(data_dir, fix)
    report = rebuild(data_dir)
    assert any("its agreement is no longer in record 'seed-004'" in w for w in report.warnings)


def test_bad_corrections_are_refused_with_a_message(article, data_dir):
    run("ingest", "--data", data_dir, article)
    assert "not one of plan, mou, pks" in run("correct", "--data", data_dir, "seed-004", "1",
                                              "--kind", "moa", code=1)
    assert "is ambiguous" in run("correct", "--data", data_dir, "seed-004", "1",
                                 "--parties", "Solok, Kab. Kampar", code=1)
    assert "no record 'seed-999'" in run("correct", "--data", data_dir, "seed-999", "1",
                                         "--kind", "pks", code=1)
    assert "not a date" in run("correct", "--data", data_dir, "seed-004", "1", "--date", "5/9/2024",
                               code=1)
    assert not (data_dir / "corrections.jsonl").exists()


def test_register_and_news_disagreeing_on_a_date_show_a_conflict(article, data_dir):
    run("ingest", "--data", data_dir, article, RIAU, code=1)  # the register has bad rows
    [mou] = kampar_pekanbaru(data_dir, "mou")
    # One agreement with both sources, dated as the register has it, both dates kept.
    assert len(mou["sources"]) == 2
    assert mou["signed_on"] == "2024-09-06"
    assert mou["conflicts"] == ["signed_on: 2024-09-05 (seed-004) / 2024-09-06 (register-riau row 5)"]
    table = run("agreements", "--data", data_dir, "--between", "14.01", "14.71", "--kind", "mou")
    assert "conflicts" in table and "register-riau" in table
    # The planner checks the document and corrects the article's reading: no conflict left.
    listing = run("correct", "--data", data_dir, "seed-004")
    number = next(line.split()[0] for line in listing.splitlines()
                  if line.strip().split()[:2][1:] == ["mou"])
    run("correct", "--data", data_dir, "seed-004", number, "--date", "2024-09-06")
    [mou] = kampar_pekanbaru(data_dir, "mou")
    assert mou["conflicts"] == [] and len(mou["sources"]) == 2
