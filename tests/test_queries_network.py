"""central, communities, stalled, provinces, isolated and the projection on the gold graph."""
from __future__ import annotations

import networkx as nx
import pytest
from question_graphs import gold  # noqa: F401  (fixture)

from kerjasama.errors import InputError
from kerjasama.graph.build import build_tables
from kerjasama.queries.centrality import betweenness, central
from kerjasama.queries.communities import communities
from kerjasama.queries.isolated import isolated
from kerjasama.queries.projection import projection
from kerjasama.queries.provinces import provinces
from kerjasama.queries.stalled import stalled

COMPONENTS = [
    ["33.06", "33.08", "34.01"], ["35.09", "35.11", "35.12"], ["51", "81", "82"],
    ["74.05", "74.09", "74.71"], ["12.07", "12.71"], ["13.02", "17.06"], ["14.01", "14.71"],
    ["16.03", "17.04"], ["32.04", "32.73"], ["36.03", "73.14"], ["53.10", "53.19"],
    ["73", "96"], ["73.05", "73.13"],
]


def _edges(g):
    return sorted(tuple(sorted(e)) for e in g.edges)


def test_projection(gold):
    g = projection(gold)
    assert (g.number_of_nodes(), g.number_of_edges()) == (30, 18)
    assert g["51"]["82"]["weight"] == 4
    assert g.nodes["82"]["name"] == "Maluku Utara"
    assert sorted(sorted(c) for c in nx.connected_components(g)) == sorted(COMPONENTS)
    assert _edges(projection(gold, kind="pks")) == [
        ("12.07", "12.71"), ("13.02", "17.06"), ("14.01", "14.71"), ("51", "82"), ("73", "96")]
    assert _edges(projection(gold, sector="pertanian", since="2020")) == [
        ("13.02", "17.06"), ("74.05", "74.71"), ("74.09", "74.71")]


def test_central_by_degree(gold):
    assert central(gold, top=3) == [
        {"rank": 1, "region": "82", "name": "Maluku Utara", "partners": 2, "agreements": 5},
        {"rank": 2, "region": "34.01", "name": "Kab. Kulon Progo", "partners": 2,
         "agreements": 2},
        {"rank": 3, "region": "35.09", "name": "Kab. Jember", "partners": 2, "agreements": 2},
    ]
    assert [r["region"] for r in central(gold, top=2, kind="pks")] == ["51", "82"]


def test_central_by_betweenness(gold):
    rows = central(gold, top=4, by="betweenness")
    # Each broker sits on one of the C(29, 2) = 406 chains between other regions.
    assert [(r["region"], r["betweenness"], r["exact"]) for r in rows] == [
        ("82", round(1 / 406, 4), True), ("34.01", round(1 / 406, 4), True),
        ("74.71", round(1 / 406, 4), True), ("35.09", 0.0, True)]
    with pytest.raises(InputError):
        central(gold, by="pagerank")


def test_betweenness_is_sampled_on_a_large_graph():
    g = nx.gnm_random_graph(600, 10_000, seed=1)
    scores, exact = betweenness(g)
    assert not exact and len(scores) == 600
    assert betweenness(g) == (scores, False)  # seeded: repeatable
    hub = max(scores, key=scores.get)
    assert hub in sorted(g, key=g.degree, reverse=True)[:60]
    assert betweenness(nx.gnm_random_graph(50, 200, seed=1))[1]  # small: exact


def test_communities_are_the_clusters(gold):
    rows = communities(gold)
    assert [c["regions"] for c in rows] == COMPONENTS
    assert rows[2] == {"community": 3, "size": 3, "regions": ["51", "81", "82"],
                       "names": ["Bali", "Maluku", "Maluku Utara"], "links": 5}
    assert [c["regions"] for c in communities(gold, kind="pks")] == [
        ["12.07", "12.71"], ["13.02", "17.06"], ["14.01", "14.71"], ["51", "82"], ["73", "96"]]


def test_communities_of_an_empty_graph(store):
    store.load(build_tables([]))
    assert communities(store) == []
    assert central(store) == []


def test_stalled(gold):
    rows = stalled(gold, as_of="2026-11-24")
    assert [(r["id"], r["months"], r["reason"]) for r in rows] == [
        ("mou-2016-06-28-32.04+32.73", 124, "no PKS within 12 months"),
        ("mou-2017-04-06-81+82", 115, "no PKS within 12 months"),
        ("mou-2021-10-21-74.05+74.71", 61, "no PKS within 12 months"),
        ("mou-2021-10-21-74.09+74.71", 61, "no PKS within 12 months"),
        ("mou-2021-10-25-33.06+34.01", 60, "no PKS within 12 months"),
        ("mou-2021-10-25-33.08+34.01", 60, "no PKS within 12 months"),
        ("mou-2023-03-28-53.10+53.19", 43, "no PKS within 12 months"),
        ("mou-2024-04-26-36.03+73.14", 30, "no PKS within 12 months"),
        ("mou-2024-07-17-73.05+73.13", 28, "no PKS within 12 months"),
        ("mou-2025-10-16-35.09+35.11+35.12", 13, "no PKS within 12 months"),
        ("plan-undated-16.03+17.04", None, "never signed"),
    ]
    assert rows[1]["names"] == ["Maluku", "Maluku Utara"]
    assert rows[1]["signed_on"] == "2017-04-06"


def test_stalled_waits_out_the_window(gold):
    ids = [r["id"] for r in stalled(gold, months=12, as_of="2025-06-01")]
    assert "mou-2024-04-26-36.03+73.14" in ids          # 13 months without a PKS
    assert "mou-2024-07-17-73.05+73.13" not in ids      # 10 months: still in its window
    assert "mou-2025-10-16-35.09+35.11+35.12" not in ids
    assert "mou-2024-07-09-73+96" not in ids            # its PKS came the same day
    longer = [r["id"] for r in stalled(gold, months=60, as_of="2026-11-24")]
    assert longer == ["mou-2016-06-28-32.04+32.73", "mou-2017-04-06-81+82",
                      "mou-2021-10-21-74.05+74.71", "mou-2021-10-21-74.09+74.71",
                      "mou-2021-10-25-33.06+34.01", "mou-2021-10-25-33.08+34.01",
                      "plan-undated-16.03+17.04"]


def test_provinces(gold):
    rows = provinces(gold)
    assert [(r["provinces"], r["agreements"], r["within"]) for r in rows] == [
        (["51", "82"], 4, False), (["14", "14"], 3, True), (["33", "34"], 2, False),
        (["73", "96"], 2, False), (["74", "74"], 2, True), (["12", "12"], 1, True),
        (["13", "17"], 1, False), (["16", "17"], 1, False), (["32", "32"], 1, True),
        (["35", "35"], 1, True), (["36", "73"], 1, False), (["53", "53"], 1, True),
        (["73", "73"], 1, True), (["81", "82"], 1, False),
    ]
    assert rows[0]["names"] == ["Bali", "Maluku Utara"]
    assert sum(r["agreements"] for r in rows) == 22  # none spans three provinces
    assert [r["provinces"] for r in provinces(gold, kind="pks", sector="perdagangan")] == [
        ["13", "17"], ["73", "96"]]


def test_isolated(gold):
    assert len(isolated(gold)) == 552 - 30
    assert isolated(gold, province="Maluku Utara")[:2] == [
        {"region": "82.01", "name": "Kab. Halmahera Barat", "kind": "kabupaten",
         "province": "82"},
        {"region": "82.02", "name": "Kab. Halmahera Tengah", "kind": "kabupaten",
         "province": "82"},
    ]
    riau = [r["region"] for r in isolated(gold, province="14")]
    assert riau[0] == "14" and "14.01" not in riau and "14.71" not in riau and len(riau) == 11
