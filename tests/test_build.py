"""The graph built from records: counts, exact facts and merged duplicates, on the real store."""
from __future__ import annotations

import copy
import datetime as dt

import pytest

from gold import gold_record, gold_records
from kerjasama.graph.build import build, build_tables, counts
from kerjasama.graph.ladybug_store import LadybugStore


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    store = LadybugStore(tmp_path_factory.mktemp("graph") / "graph.lbug")
    problems: list[str] = []
    built = build(gold_records(), store, problems=problems)
    yield store, built, problems
    store.close()


def one(store, cypher, **params):
    rows = store.run(cypher, params)
    assert len(rows) == 1, rows
    return rows[0]


def test_counts_of_the_dev_graph(graph):
    store, built, problems = graph
    assert problems == []
    assert one(store, "MATCH (r:Region) RETURN count(r) AS n")["n"] == 552
    assert one(store, "MATCH (r:Region) WHERE r.kind = 'provinsi' RETURN count(r) AS n")["n"] == 38
    assert one(store, "MATCH (:Region)-[e:IN_PROVINCE]->(:Region) RETURN count(e) AS n")["n"] == 514
    assert one(store, "MATCH (s:Sector) RETURN count(s) AS n")["n"] == 36
    assert one(store, "MATCH (s:Source) RETURN count(s) AS n")["n"] == 19
    # 23 agreements in the gold files, two of them the same signing (b-001, b-002).
    assert one(store, "MATCH (a:Agreement) RETURN count(a) AS n")["n"] == 22
    assert one(store, "MATCH ()-[e:REPORTED_IN]->() RETURN count(e) AS n")["n"] == 23
    assert built["Agreement"] == 22 and built["Region"] == 552


def test_same_signing_from_two_sources_is_one_agreement(graph):
    store, _, _ = graph
    row = one(store,
              "MATCH (a:Agreement)-[:REPORTED_IN]->(s:Source) "
              "WHERE a.kind = 'mou' AND a.signed_on = date('2025-10-16') "
              "RETURN a.id AS id, a.sources AS n, a.parties AS parties, "
              "collect(s.path) AS paths")
    assert row["n"] == 2
    assert sorted(row["paths"]) == ["b-001.txt", "b-002.txt"]
    assert row["parties"] == ["35.09", "35.11", "35.12"]
    # "Muhammad Fawaid" (b-001) and "Muhammad Fawait" (b-002): one regent of Jember.
    jember = store.run("MATCH (o:Official)-[:SERVES]->(r:Region {code: '35.09'}) "
                       "RETURN o.name AS name, o.title AS title")
    assert jember == [{"name": "Muhammad Fawaid", "title": "Bupati"}]
    signed = one(store, "MATCH (o:Official)-[:SIGNED]->(a:Agreement {id: $id}) "
                        "RETURN count(o) AS n", id=row["id"])
    assert signed["n"] == 3


def test_exact_facts_of_one_article(graph):
    store, _, _ = graph
    # seed-004: Kampar and Pekanbaru, an MoU and two PKS (transport, environment).
    rows = store.run("MATCH (k:Region {code: '14.01'})-[:PARTY_TO]->(a:Agreement)"
                     "<-[:PARTY_TO]-(p:Region) WHERE p.code <> k.code "
                     "RETURN p.name AS partner, a.kind AS kind, a.sectors AS sectors, "
                     "a.signed_on AS signed_on")
    assert sorted((r["partner"], r["kind"], r["sectors"]) for r in rows) == [
        ("Kota Pekanbaru", "mou", []),
        ("Kota Pekanbaru", "pks", ["lingkungan-hidup"]),
        ("Kota Pekanbaru", "pks", ["perhubungan"]),
    ]
    assert {r["signed_on"] for r in rows} == {dt.date(2024, 9, 5)}
    row = one(store, "MATCH (r:Region {code: '14.71'})<-[:SERVES]-(o:Official)"
                     "-[:SIGNED]->(a:Agreement {kind: 'mou'})<-[:PARTY_TO]-(r) "
                     "RETURN o.name AS name, o.title AS title, o.region AS region")
    assert row == {"name": "Risnandar Mahiwa", "title": "Pj Walikota", "region": "14.71"}
    row = one(store, "MATCH (s:Source)-[:MENTIONS]->(o:Official {id: '14.01|ahmad yuzar'}) "
                     "RETURN s.path AS path, s.published AS published")
    assert row == {"path": "seed-004.txt", "published": dt.date(2024, 11, 21)}
    row = one(store, "MATCH (r:Region {code: '14.01'})-[:IN_PROVINCE]->(p:Region) "
                     "RETURN p.name AS name")
    assert row["name"] == "Riau"


def test_build_does_not_depend_on_record_order():
    records = gold_records()
    assert build_tables(records) == build_tables(list(reversed(records)))


def test_reports_align_by_sector_overlap():
    seed = gold_record("seed-004")
    other = copy.deepcopy(seed)
    other["source"]["id"] = "0" * 64
    other["agreements"] = [a for a in other["agreements"] if a["sectors"] == ["perhubungan"]]
    tables = build_tables([seed, other])
    by_sectors = {tuple(a["sectors"]): a for a in tables["nodes"]["Agreement"]}
    assert by_sectors[("perhubungan",)]["sources"] == 2
    assert by_sectors[("lingkungan-hidup",)]["sources"] == 1
    assert by_sectors[()]["sources"] == 1
    assert counts(tables)["Agreement"] == 3


def test_one_source_never_merges_its_own_agreements():
    # b-013: one MoU and three PKS between Bali and Maluku Utara, all undated.
    tables = build_tables([gold_record("b-013")])
    pks = [a for a in tables["nodes"]["Agreement"] if a["kind"] == "pks"]
    assert len(pks) == 3
    assert len({a["id"] for a in pks}) == 3


def test_unknown_regions_and_sectors_are_left_out_and_reported():
    record = gold_record("a-014")
    record["agreements"].append({"parties": ["73.05", "73.13", "99.99"], "kind": "mou",
                                 "signed_on": "2024-07-18", "sectors": ["bogus"],
                                 "signatories": [{"name": "X", "region": "99.99"}]})
    problems: list[str] = []
    tables = build_tables([record], problems=problems)
    assert counts(tables)["Agreement"] == 2
    assert counts(tables)["SIGNED"] == 2  # not the signatory of the unknown region
    assert any("99.99" in p for p in problems)
    assert any("bogus" in p for p in problems)


def test_the_streamed_build_holds_the_same_graph_as_the_tables(tmp_path):
    from graph_dump import dump

    from kerjasama.loaders.synthetic import synthetic_records

    records = synthetic_records(3_000, seed=4)
    records[5]["agreements"][0]["parties"].append("99.99")  # a left-out fact on the way
    problems_streamed, problems_tables = [], []
    with LadybugStore(tmp_path / "streamed.lbug") as streamed:
        rows = build(records, streamed, problems=problems_streamed)
        tables = build_tables(records, problems=problems_tables)
        assert rows == counts(tables)
        with LadybugStore(tmp_path / "tables.lbug") as loaded:
            loaded.load(tables)
            assert dump(streamed) == dump(loaded)
    assert problems_streamed == problems_tables and problems_streamed
