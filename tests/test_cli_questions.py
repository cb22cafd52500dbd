"""The question commands through click's CliRunner: the library's answers, printed."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from question_graphs import gold, gold_cli  # noqa: F401  (fixtures)

from kerjasama.cli import main
from kerjasama.queries.agreements import agreements
from kerjasama.queries.centrality import central
from kerjasama.queries.communities import communities
from kerjasama.queries.isolated import isolated
from kerjasama.queries.partners import partners
from kerjasama.queries.path import path
from kerjasama.queries.provinces import provinces
from kerjasama.queries.sector import sector
from kerjasama.queries.stalled import stalled

COMMANDS = ["sector", "partners", "agreements", "path", "central", "communities", "stalled",
            "provinces", "isolated"]


def run(options, *command):
    """Invoke ``command`` (name, arguments) with the store ``options``."""
    return CliRunner().invoke(main, [*command, *options])


def ok(options, *command):
    result = run(options, *command)
    assert result.exit_code == 0, result.output
    return result.output


def as_json(options, *command):
    return json.loads(ok(options, *command, "--format", "json"))


def test_json_is_the_library_answer(gold, gold_cli):
    cases = [
        (["sector", "pertanian"], sector(gold, "pertanian")),
        (["partners", "Maluku Utara", "--kind", "pks"], partners(gold, "82", kind="pks")),
        (["agreements", "--between", "14.01", "Kota Pekanbaru"],
         agreements(gold, between=["14.01", "14.71"])),
        (["path", "Maluku", "Bali"], path(gold, "81", "51")),
        (["central", "--top", "4", "--by", "betweenness"], central(gold, top=4, by="betweenness")),
        (["communities"], communities(gold)),
        (["stalled", "--as-of", "2026-11-24"], stalled(gold, as_of="2026-11-24")),
        (["provinces"], provinces(gold)),
        (["isolated", "--province", "Riau"], isolated(gold, province="14")),
    ]
    for args, expected in cases:
        assert as_json(gold_cli, *args) == expected, args


def test_sector_json_shape(gold_cli):
    assert as_json(gold_cli, "sector", "pertanian") == [
        {"regions": ["13.02", "17.06"], "names": ["Kab. Solok", "Kab. Muko Muko"],
         "agreements": 1, "kinds": ["pks"]},
        {"regions": ["32.04", "32.73"], "names": ["Kab. Bandung", "Kota Bandung"],
         "agreements": 1, "kinds": ["mou"]},
        {"regions": ["74.05", "74.71"], "names": ["Kab. Konawe Selatan", "Kota Kendari"],
         "agreements": 1, "kinds": ["mou"]},
        {"regions": ["74.09", "74.71"], "names": ["Kab. Konawe Utara", "Kota Kendari"],
         "agreements": 1, "kinds": ["mou"]},
    ]


def test_partners_table_and_csv(gold_cli):
    table = ok(gold_cli, "partners", "Maluku Utara")
    lines = table.splitlines()
    assert lines[0].split() == ["region", "name", "agreements", "sectors"]
    assert lines[2].split() == ["51", "Bali", "4", "komunikasi-informatika;", "pariwisata"]
    assert lines[3].split() == ["81", "Maluku", "1", "perencanaan"]
    rows = list(csv.DictReader(io.StringIO(ok(gold_cli, "partners", "82", "--format", "csv"))))
    assert rows == [
        {"region": "51", "name": "Bali", "agreements": "4",
         "sectors": "komunikasi-informatika; pariwisata"},
        {"region": "81", "name": "Maluku", "agreements": "1", "sectors": "perencanaan"},
    ]


def test_ambiguous_region_lists_the_candidates(gold_cli):
    result = run(gold_cli, "partners", "Solok")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.output.strip() == (
        "Error: 'Solok' names several regions: 13.02 (Kab. Solok), 13.72 (Kota Solok); "
        "give the code or the full name")
    assert run(gold_cli, "path", "Narnia", "Bali").exit_code == 1


def test_agreements_table_flattens_signatories_and_sources(gold_cli):
    rows = list(csv.DictReader(io.StringIO(
        ok(gold_cli, "agreements", "--since", "2025", "--format", "csv"))))
    assert rows == [{
        "signed_on": "2025-10-16", "kind": "mou",
        "parties": "Kab. Jember; Kab. Bondowoso; Kab. Situbondo", "sectors": "",
        "signatories": "Muhammad Fawaid (35.09); Abdul Hamid Wahid (35.11); "
                       "Yusuf Rio Wahyu Prayogo (35.12)",
        "sources": "https://suaragong.com/tiga-kabupaten-tapal-kuda-teken-mou-aglomerasi-ini-"
                   "tujuannya; https://www.metropolitan.id/metropolitan-network/95316160612/"
                   "situbondo-bondowoso-dan-jember-sepakat-bangun-kawasan-aglomerasi-tapal-kuda-"
                   "jawa-timur",
        "id": "mou-2025-10-16-35.09+35.11+35.12",
    }]
    assert len(as_json(gold_cli, "agreements", "--limit", "3")) == 3
    assert [a["kind"] for a in as_json(gold_cli, "agreements", "--region", "82", "--kind",
                                       "pks")] == ["pks", "pks", "pks"]


def test_path_table(gold_cli):
    lines = ok(gold_cli, "path", "81", "51").splitlines()
    assert lines[2].split() == ["1", "Maluku", "Maluku", "Utara", "mou", "2017-04-06"]
    assert ok(gold_cli, "path", "Kab. Solok", "Kota Kendari").strip() == (
        "No chain of cooperation between Kab. Solok and Kota Kendari (up to 6 steps).")
    assert as_json(gold_cli, "path", "Kab. Solok", "Kota Kendari") == []


def test_bad_options_are_messages(gold_cli):
    result = run(gold_cli, "sector", "farming")
    assert result.exit_code == 1 and result.output.startswith("Error: unknown sector 'farming'")
    result = run(gold_cli, "agreements", "--since", "yesterday")
    assert result.exit_code == 1 and "not a date" in result.output
    assert run(gold_cli, "partners", "82", "--kind", "moa").exit_code == 2


def test_questions_without_a_graph(tmp_path):
    for command in (["sector", "pertanian"], ["isolated"]):
        result = run(["--data", str(tmp_path / "none")], *command)
        assert result.exit_code == 1
        assert "no graph in" in result.output and "kerjasama ingest" in result.output
    assert not (tmp_path / "none").exists()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_formats(command):
    result = run([command, "--help"])
    assert result.exit_code == 0
    assert "--format [table|json|csv]" in result.output
    assert "--neo4j URI" in result.output and "--data" in result.output
