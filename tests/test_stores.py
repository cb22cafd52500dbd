"""One suite for every graph store: the embedded LadybugDB file, Neo4jStore on the Bolt
test server (ArcadeDB), and a real Neo4j when NEO4J_URI is set (``store`` fixture)."""
from __future__ import annotations

import copy
import datetime as dt

import pytest

from kerjasama.errors import QueryError, ReadOnlyQuery
from kerjasama.graph.schema import NODES, RELS
from kerjasama.graph.store import empty_tables
from kerjasama.queries.example import example_tables


def dump(store) -> dict:
    """Every node and relationship of the schema, in a store-independent order."""
    out = {}
    for label, node in NODES.items():
        cols = ", ".join(f"n.{p} AS {p}" for p in node.properties)
        out[label] = sorted(store.run(f"MATCH (n:{label}) RETURN {cols}"),
                            key=lambda r: r[node.key])
    for rtype, rel in RELS.items():
        k1, k2 = NODES[rel.start].key, NODES[rel.end].key
        cols = "".join(f", r.{p} AS {p}" for p in rel.properties)
        rows = store.run(f"MATCH (a:{rel.start})-[r:{rtype}]->(b:{rel.end}) "
                         f"RETURN a.{k1} AS `from`, b.{k2} AS `to`{cols}")
        out[rtype] = sorted(rows, key=lambda r: (r["from"], r["to"], repr(r)))
    return out


def expected(tables) -> dict:
    """What ``dump`` should return after loading ``tables``."""
    out = {}
    for label, node in NODES.items():
        rows = [{p: row.get(p) for p in node.properties} for row in tables["nodes"][label]]
        out[label] = sorted(rows, key=lambda r: r[node.key])
    for rtype, rel in RELS.items():
        rows = [{"from": r["from"], "to": r["to"], **{p: r.get(p) for p in rel.properties}}
                for r in tables["rels"][rtype]]
        out[rtype] = sorted(rows, key=lambda r: (r["from"], r["to"], repr(r)))
    return out


@pytest.fixture(scope="module")
def tables():
    return example_tables()


def test_load_keeps_every_node_relationship_and_value(store, tables):
    store.load(tables)
    got = dump(store)
    assert got == expected(tables)
    agreement = next(a for a in got["Agreement"] if a["id"].startswith("mou-2021-10-21-74.05"))
    assert agreement["signed_on"] == dt.date(2021, 10, 21)
    assert agreement["parties"] == ["74.05", "74.71"]
    assert isinstance(agreement["sources"], int)


def test_loading_the_same_tables_again_leaves_the_graph_unchanged(store, tables):
    store.load(tables)
    first = dump(store)
    store.load(tables)
    assert dump(store) == first


def test_load_replaces_the_graph(store, tables):
    store.load(tables)
    changed = copy.deepcopy(tables)
    gone = changed["nodes"]["Agreement"].pop(0)["id"]
    for rtype in ("PARTY_TO", "REPORTED_IN", "SIGNED"):
        changed["rels"][rtype] = [r for r in changed["rels"][rtype] if gone not in (r["from"], r["to"])]
    changed["rels"]["COVERS"] = [r for r in changed["rels"]["COVERS"] if r["from"] != gone]
    changed["nodes"]["Agreement"][0]["title"] = "Kesepakatan Bersama"
    changed["nodes"]["Agreement"][0]["sectors"] = []
    changed["nodes"]["Agreement"][1]["signed_on"] = None
    changed["rels"]["REPORTED_IN"][0]["sentence"] = "Kalimat lain."
    store.load(changed)
    assert dump(store) == expected(changed)
    store.load(empty_tables())
    assert store.run("MATCH (a:Agreement) RETURN count(a) AS n") == [{"n": 0}]


def test_parameters_carry_dates_and_lists(store, tables):
    store.load(tables)
    rows = store.run(
        "MATCH (r:Region)-[:PARTY_TO]->(a:Agreement) "
        "WHERE r.code IN $codes AND a.signed_on >= $since "
        "RETURN DISTINCT a.id AS id, a.signed_on AS signed_on ORDER BY id",
        {"codes": ["14.01", "74.05"], "since": dt.date(2024, 1, 1)})
    assert [r["signed_on"] for r in rows] == [dt.date(2024, 9, 5)] * 3
    assert all(r["id"].startswith(("mou-2024", "pks-2024")) for r in rows)


@pytest.mark.parametrize("cypher", [
    "MATCH (r:Region {code: '13'}) SET r.name = 'Ranah Minang'",
    "MATCH (a:Agreement) DETACH DELETE a",
    "CREATE (s:Sector {slug: 'baru', name: 'Baru', category: 'x'})",
    "MERGE (s:Sector {slug: 'lain', name: 'Lain', category: 'x'})",
])
def test_a_read_refuses_to_write_and_changes_nothing(store, tables, cypher):
    store.load(tables)
    before = dump(store)
    with pytest.raises(ReadOnlyQuery):
        store.run(cypher)
    assert dump(store) == before


def test_a_write_with_write_access(store, tables):
    store.load(tables)
    store.run("MATCH (r:Region {code: $code}) SET r.name = $name",
              {"code": "13", "name": "Ranah Minang"}, write=True)
    assert store.run("MATCH (r:Region {code: '13'}) RETURN r.name AS name") == [
        {"name": "Ranah Minang"}]


def test_a_bad_query_is_a_query_error_with_the_databases_message(store):
    with pytest.raises(QueryError) as err:
        store.run("MATCH (r:Region RETURN r")
    assert not isinstance(err.value, ReadOnlyQuery)
    assert str(err.value).strip()


def test_queries_work_on_a_store_never_loaded(store):
    assert store.run("MATCH (r:Region) RETURN count(r) AS n") == [{"n": 0}]


@pytest.mark.bolt
def test_both_stores_hold_the_same_graph(tmp_path, bolt_server, tables, request):
    from conftest import neo4j_store_for
    from kerjasama.graph.ladybug_store import LadybugStore

    with LadybugStore(tmp_path / "graph.lbug") as embedded, neo4j_store_for("bolt", request) as bolt:
        embedded.load(tables)
        bolt.load(tables)
        assert dump(bolt) == dump(embedded)


def test_a_read_needing_more_than_the_read_pool_reopens_with_the_default(tmp_path, monkeypatch):
    import ladybug

    from kerjasama.graph import ladybug_store
    from kerjasama.graph.ladybug_store import LadybugStore

    path = tmp_path / "graph.lbug"
    query = "UNWIND range(1, 2000000) AS i RETURN i ORDER BY i DESC LIMIT 1"
    with LadybugStore(path) as store:
        store.load(example_tables())
    # A pool of 8 MB opens the graph but cannot sort two million rows...
    db = ladybug.Database(str(path), read_only=True, buffer_pool_size=8 << 20)
    with pytest.raises(RuntimeError, match=ladybug_store.POOL_FULL):
        ladybug.Connection(db).execute(query)
    db.close()
    # ... so the store, opened with it, answers with the default pool instead.
    monkeypatch.setattr(ladybug_store, "read_pool_size", lambda path: 8 << 20)
    with LadybugStore(path) as store:
        assert store.run(query) == [{"i": 2000000}]
        assert store.run("MATCH (r:Region {code: '13.02'}) RETURN r.name AS name") == [
            {"name": "Kab. Solok"}]
    # A pool too small even to open the graph (1 MB) opens it with the default too.
    monkeypatch.setattr(ladybug_store, "read_pool_size", lambda path: 1 << 20)
    with LadybugStore(path) as store:
        assert store.run("MATCH (r:Region {code: '13.02'}) RETURN r.name AS name") == [
            {"name": "Kab. Solok"}]


def test_a_load_not_fitting_its_pool_is_copied_again_with_the_default(tmp_path):
    from kerjasama.graph.ladybug_store import LadybugStore, table_order
    from kerjasama.loaders.synthetic import synthetic_tables

    tables = synthetic_tables(20_000, seed=1)
    # 16 MB holds the schema but not 20,000 agreements: the COPY fails, and runs again.
    with LadybugStore(tmp_path / "graph.lbug") as store:
        store.load_stream(table_order(tables), pool=16 << 20)
        assert store.run("MATCH (a:Agreement) RETURN count(a) AS n") == [{"n": 20_000}]
        assert store.run("MATCH ()-[r:PARTY_TO]->() RETURN count(r) AS n") == [
            {"n": len(tables["rels"]["PARTY_TO"])}]
