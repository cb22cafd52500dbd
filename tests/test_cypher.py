"""Analysts' Cypher: read-only unless --write, the database's own errors, the schema."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from question_graphs import gold, gold_cli  # noqa: F401  (fixtures)

from kerjasama.cli import main
from kerjasama.errors import InputError, QueryError, ReadOnlyQuery
from kerjasama.graph.build import build_tables
from kerjasama.graph.schema import NODES, RELS
from kerjasama.queries.cypher import cypher, parse_params, schema

# LadybugDB may bind p to r itself (Neo4j never reuses a relationship in a pattern): say p <> r.
PARTNERS_OF = ("MATCH (r:Region {code: $code})-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(p:Region) "
               "WHERE p.code <> r.code "
               "RETURN p.name AS partner, count(a) AS agreements ORDER BY agreements DESC")
RENAME = "MATCH (r:Region {code: '82'}) SET r.name = 'Renamed' RETURN r.name AS name"
NAME_OF_82 = "MATCH (r:Region {code: '82'}) RETURN r.name AS name"


def invoke(options, *command):
    return CliRunner().invoke(main, [*command, *options])


def test_read_query_with_parameters(gold):
    assert cypher(gold, PARTNERS_OF, {"code": "82"}) == [
        {"partner": "Bali", "agreements": 4}, {"partner": "Maluku", "agreements": 1}]
    rows = cypher(gold, "MATCH (a:Agreement) WHERE a.kind IN $kinds AND size(a.parties) > $n "
                        "RETURN a.id AS id", parse_params(['kinds:=["mou"]', "n:=2"]))
    assert rows == [{"id": "mou-2025-10-16-35.09+35.11+35.12"}]


def test_a_write_is_refused_and_changes_nothing(gold):
    with pytest.raises(ReadOnlyQuery):
        cypher(gold, RENAME)
    with pytest.raises(ReadOnlyQuery):
        cypher(gold, "CREATE (:Sector {slug: 'x', name: 'x', category: 'x'})")
    assert cypher(gold, NAME_OF_82) == [{"name": "Maluku Utara"}]
    assert cypher(gold, "MATCH (s:Sector) RETURN count(s) AS n") == [{"n": 36}]
    assert cypher(gold, RENAME, write=True) == [{"name": "Renamed"}]
    assert cypher(gold, NAME_OF_82) == [{"name": "Renamed"}]


def test_errors_are_the_databases(gold):
    with pytest.raises(QueryError) as err:
        cypher(gold, "MATCH (r:Region RETURN r")
    assert str(err.value)  # the database's message, passed on as is
    with pytest.raises(InputError):
        cypher(gold, "   ")


def test_parse_params():
    assert parse_params(["code=13.02", "name=Kota Solok", "n:=3", "flag:=true", "x="]) == {
        "code": "13.02", "name": "Kota Solok", "n": 3, "flag": True, "x": ""}
    for bad in (["code"], ["=5"], ["n:=[1,"]):
        with pytest.raises(InputError):
            parse_params(bad)


def test_schema_counts_what_is_in_the_graph(gold):
    tables = build_tables(__import__("gold").gold_records())
    rows = {r["name"]: r for r in schema(gold)}
    assert list(rows) == [*NODES, *RELS]
    for label in NODES:
        assert rows[label]["count"] == len(tables["nodes"][label]), label
    for rtype in RELS:
        assert rows[rtype]["count"] == len(tables["rels"][rtype]), rtype
    assert rows["Agreement"]["properties"]["signed_on"] == "DATE"
    assert rows["REPORTED_IN"]["pattern"] == "(:Agreement)-[:REPORTED_IN]->(:Source)"
    assert schema()[0]["count"] is None


def test_cli_cypher(gold_cli):
    result = invoke(gold_cli, "cypher", PARTNERS_OF, "--param", "code=82", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"partner": "Bali", "agreements": 4},
                                         {"partner": "Maluku", "agreements": 1}]
    result = invoke(gold_cli, "cypher", PARTNERS_OF, "-p", "code=82", "--format", "csv")
    assert result.output.splitlines() == ["partner,agreements", "Bali,4", "Maluku,1"]
    result = CliRunner().invoke(main, ["cypher", "-", "--format", "json", *gold_cli],
                                input=NAME_OF_82)
    assert json.loads(result.output) == [{"name": "Maluku Utara"}]


def test_cli_cypher_read_only_unless_write(gold_cli):
    result = invoke(gold_cli, "cypher", RENAME)
    assert result.exit_code == 1
    assert result.output.startswith("Error: this query would change the graph")
    assert "Traceback" not in result.output
    result = invoke(gold_cli, "cypher", NAME_OF_82, "--format", "json")
    assert json.loads(result.output) == [{"name": "Maluku Utara"}]
    result = invoke(gold_cli, "cypher", RENAME, "--write", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(invoke(gold_cli, "cypher", NAME_OF_82, "--format", "json").output) == [
        {"name": "Renamed"}]


def test_cli_cypher_errors_without_traceback(gold_cli):
    result = invoke(gold_cli, "cypher", "MATCH (r:Region RETURN r")
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and len(result.output.splitlines()) >= 1
    assert "Traceback" not in result.output and result.exception.__class__ is SystemExit
    result = invoke(gold_cli, "cypher", "RETURN $x", "--param", "x")
    assert result.exit_code == 1 and "NAME=VALUE" in result.output


def test_cli_schema(gold_cli):
    result = invoke(gold_cli, "schema", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in json.loads(result.output)}
    assert rows["Region"]["count"] == 552 and rows["PARTY_TO"]["count"] == 45
    table = invoke(gold_cli, "schema").output
    assert "(:Official)-[:SIGNED]->(:Agreement)" in table
    assert "signed_on DATE" in table


def test_cypher_and_schema_without_a_graph_say_to_ingest(tmp_path):
    missing = str(tmp_path / "mistyped")
    for command in (["cypher", "MATCH (r:Region) RETURN count(r) AS n"],
                    ["cypher", RENAME, "--write"], ["schema"]):
        result = invoke(["--data", missing], *command)
        assert result.exit_code == 1, result.output
        assert "no graph in" in result.output and "kerjasama ingest" in result.output
    assert not (tmp_path / "mistyped").exists()
    # Without counts, the schema needs no graph.
    assert "(:Region)-[:PARTY_TO]->(:Agreement)" in invoke(
        ["--data", missing], "schema", "--no-counts").output


# The README's Cypher examples: each must run on every store and give these answers.
README_QUERIES = [
    ("""MATCH (r:Region {code: $code})-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(p:Region)
WHERE p.code <> r.code
RETURN p.code AS code, p.name AS partner, count(a) AS agreements
ORDER BY agreements DESC, code""", {"code": "82"},
     [{"code": "51", "partner": "Bali", "agreements": 4},
      {"code": "81", "partner": "Maluku", "agreements": 1}]),
    ("""MATCH (a:Agreement)-[:COVERS]->(s:Sector)
RETURN s.slug AS sector, count(a) AS agreements,
       sum(CASE WHEN a.kind = 'pks' THEN 1 ELSE 0 END) AS pks
ORDER BY agreements DESC, sector LIMIT 3""", {},
     [{"sector": "perdagangan", "agreements": 6, "pks": 2},
      {"sector": "pariwisata", "agreements": 4, "pks": 1},
      {"sector": "pekerjaan-umum", "agreements": 4, "pks": 1}]),
    ("""MATCH (o:Official)-[:SIGNED]->(a:Agreement)<-[:PARTY_TO]-(r:Region {code: $code})
RETURN o.name AS official, o.title AS title, count(a) AS signed
ORDER BY signed DESC, official""", {"code": "74.71"},
     [{"official": "Sulkarnain Kadir", "title": "Wali Kota", "signed": 2},
      {"official": "Abu Haera", "title": "Wakil Bupati", "signed": 1},
      {"official": "Rasyid", "title": "Wakil Bupati", "signed": 1}]),
    ("""MATCH (x:Region)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(y:Region)
WHERE x.code < y.code AND coalesce(x.province, x.code) <> coalesce(y.province, y.code)
RETURN x.name AS region, y.name AS partner, count(a) AS agreements
ORDER BY agreements DESC, region, partner LIMIT 3""", {},
     [{"region": "Bali", "partner": "Maluku Utara", "agreements": 4},
      {"region": "Sulawesi Selatan", "partner": "Papua Barat Daya", "agreements": 2},
      {"region": "Kab. Magelang", "partner": "Kab. Kulon Progo", "agreements": 1}]),
    ("""MATCH (r:Region)-[:IN_PROVINCE]->(p:Region {code: $province})
OPTIONAL MATCH (r)-[:PARTY_TO]->(a:Agreement)
RETURN r.name AS region, count(a) AS agreements
ORDER BY agreements DESC, region LIMIT 4""", {"province": "74"},
     [{"region": "Kota Kendari", "agreements": 2},
      {"region": "Kab. Konawe Selatan", "agreements": 1},
      {"region": "Kab. Konawe Utara", "agreements": 1},
      {"region": "Kab. Bombana", "agreements": 0}]),
    ("""MATCH (a:Agreement {kind: 'mou'})-[:REPORTED_IN]->(s:Source)
WHERE a.signed_on >= date($since)
RETURN a.id AS agreement, s.url AS url ORDER BY agreement, url""", {"since": "2025-01-01"},
     [{"agreement": "mou-2025-10-16-35.09+35.11+35.12",
       "url": "https://suaragong.com/tiga-kabupaten-tapal-kuda-teken-mou-aglomerasi-ini-tujuannya"},
      {"agreement": "mou-2025-10-16-35.09+35.11+35.12",
       "url": "https://www.metropolitan.id/metropolitan-network/95316160612/situbondo-bondowoso-"
              "dan-jember-sepakat-bangun-kawasan-aglomerasi-tapal-kuda-jawa-timur"}]),
]


@pytest.mark.parametrize("number", range(len(README_QUERIES)))
def test_readme_queries_run_on_every_store(gold, number):
    query, params, expected = README_QUERIES[number]
    assert cypher(gold, query, params) == expected
