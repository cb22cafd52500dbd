"""The questions on a seeded synthetic graph, against answers worked out from its tables in Python.

Thousands of agreements, a few with three to five parties, on the embedded
store: each answer is computed here from the tables themselves, without the
query code, and must match exactly.
"""
from __future__ import annotations

import random
from collections import Counter, defaultdict
from itertools import combinations

import networkx as nx
import pytest

from kerjasama.graph.ladybug_store import LadybugStore
from kerjasama.loaders.synthetic import synthetic_tables
from kerjasama.queries.agreements import agreements
from kerjasama.queries.centrality import central
from kerjasama.queries.isolated import isolated
from kerjasama.queries.partners import partners
from kerjasama.queries.path import chain, path
from kerjasama.queries.projection import projection
from kerjasama.queries.provinces import provinces
from kerjasama.queries.sector import sector

N = 3_000


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    tables = synthetic_tables(N, seed=11)
    store = LadybugStore(tmp_path_factory.mktemp("synthetic") / "graph.lbug")
    store.load(tables)
    yield store, tables
    store.close()


def _pairs(parties):
    return combinations(sorted(parties), 2)


def test_sector_counts_every_pair(graph):
    store, tables = graph
    for slug in ("pendidikan", "pariwisata", "statistik"):
        counts, kinds = Counter(), defaultdict(set)
        for a in tables["nodes"]["Agreement"]:
            if slug in a["sectors"]:
                for pair in _pairs(a["parties"]):
                    counts[pair] += 1
                    kinds[pair].add(a["kind"])
        expected = sorted(([list(p), n, sorted(kinds[p])] for p, n in counts.items()),
                          key=lambda r: (-r[1], r[0]))
        got = [[r["regions"], r["agreements"], r["kinds"]] for r in sector(store, slug)]
        assert got == expected, slug


def test_partners_and_agreements_of_busy_regions(graph):
    store, tables = graph
    busiest = Counter(c for a in tables["nodes"]["Agreement"] for c in a["parties"])
    for code, n in busiest.most_common(3):
        mine = [a for a in tables["nodes"]["Agreement"] if code in a["parties"]]
        counts = Counter(c for a in mine for c in a["parties"] if c != code)
        assert {p["region"]: p["agreements"] for p in partners(store, code)} == dict(counts)
        rows = agreements(store, region=code)
        assert sorted(r["id"] for r in rows) == sorted(a["id"] for a in mine) and len(rows) == n
        pks = [a["id"] for a in mine if a["kind"] == "pks" and "pendidikan" in a["sectors"]]
        assert sorted(r["id"] for r in agreements(store, region=code, kind="pks",
                                                  sector="pendidikan")) == sorted(pks)


def test_provinces_and_isolated(graph):
    store, tables = graph
    province = {r["code"]: r["province"] or r["code"] for r in tables["nodes"]["Region"]}
    counts = Counter()
    for a in tables["nodes"]["Agreement"]:
        provs = sorted({province[c] for c in a["parties"]})
        counts.update([(provs[0], provs[0])] if len(provs) == 1 else _pairs(provs))
    assert {tuple(r["provinces"]): r["agreements"] for r in provinces(store)} == dict(counts)
    used = {c for a in tables["nodes"]["Agreement"] for c in a["parties"]}
    assert [r["region"] for r in isolated(store)] == sorted(
        r["code"] for r in tables["nodes"]["Region"] if r["code"] not in used)


def test_projection_and_degree(graph):
    store, tables = graph
    expected = nx.Graph()
    for a in tables["nodes"]["Agreement"]:
        for x, y in _pairs(a["parties"]):
            w = expected[x][y]["weight"] + 1 if expected.has_edge(x, y) else 1
            expected.add_edge(x, y, weight=w)
    g = projection(store)
    assert {(x, y) if x < y else (y, x): w for x, y, w in g.edges(data="weight")} == {
        (x, y) if x < y else (y, x): w for x, y, w in expected.edges(data="weight")}
    top = sorted(expected, key=lambda c: (-expected.degree(c),
                                          -expected.degree(c, weight="weight"), c))[:10]
    assert [r["region"] for r in central(store, top=10)] == top


def test_paths_are_shortest_and_real(graph):
    store, tables = graph
    g = projection(store)
    rng = random.Random(5)
    nodes = sorted(g)
    for _ in range(5):
        a, b = rng.sample(nodes, 2)
        steps = path(store, a, b)
        assert len(steps) == nx.shortest_path_length(g, a, b)
        assert steps[0]["from"] == a and steps[-1]["to"] == b
        for step in steps:
            assert step["agreements"] and g.has_edge(step["from"], step["to"])
            assert len(step["agreements"]) == g[step["from"]][step["to"]]["weight"]


def test_chains_are_the_smallest_of_the_shortest(graph):
    store, tables = graph
    expected = nx.Graph()
    for a in tables["nodes"]["Agreement"]:
        expected.add_edges_from(_pairs(a["parties"]))
    rng = random.Random(7)
    nodes = sorted(expected)
    for _ in range(40):
        a, b = rng.sample(nodes, 2)
        assert chain(store, a, b) == min(nx.all_shortest_paths(expected, a, b))
