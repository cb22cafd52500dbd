"""The most connected regions of the cooperation network.

``by="degree"`` ranks by the number of partners (then shared agreements);
``by="betweenness"`` by how often a region lies on the shortest chains
between others: the brokers. Exact betweenness is quadratic (23 s for the
national projection on two cores), so on a large projection it is estimated
from a seeded sample of source regions, sized to stay within a few seconds.

>>> from kerjasama.queries.example import example_store
>>> [(r["region"], r["partners"], r["agreements"]) for r in central(example_store(), top=2)]
[('35.09', 2, 2), ('35.11', 2, 2)]
>>> top = central(example_store(), top=1, by="betweenness")[0]
>>> top["region"], top["betweenness"], top["exact"]
('74.71', 0.0182, True)
"""
from __future__ import annotations

import networkx as nx

from kerjasama.errors import InputError
from kerjasama.graph.store import GraphStore
from kerjasama.queries.projection import projection

MEASURES = ("degree", "betweenness")
# Sources-times-edges that networkx's betweenness gets through in about 1.5 s on this
# 2-core machine: the national projection (552 regions, ~56k pairs) gets 36 sampled
# sources where exact betweenness would take 23 s.
BETWEENNESS_BUDGET = 2_000_000


def betweenness(g: nx.Graph, *, seed: int = 0) -> tuple[dict[str, float], bool]:
    """Normalised betweenness of every node, and whether it is exact (else sampled).

    >>> scores, exact = betweenness(nx.path_graph(3))
    >>> scores, exact
    ({0: 0.0, 1: 1.0, 2: 0.0}, True)
    """
    n, m = g.number_of_nodes(), g.number_of_edges()
    if n * max(m, 1) <= BETWEENNESS_BUDGET:
        return nx.betweenness_centrality(g), True
    k = max(8, min(n, BETWEENNESS_BUDGET // max(m, 1)))
    return nx.betweenness_centrality(g, k=k, seed=seed), False


def central(store: GraphStore, *, top: int = 10, by: str = "degree", sector=None, kind=None,
            since=None, until=None) -> list[dict]:
    """The ``top`` regions by ``by`` (degree or betweenness).

    Each row: ``rank``, ``region``, ``name``, ``partners`` (distinct regions
    shared an agreement with), ``agreements`` (shared agreements, counted per
    partner) and, by betweenness, ``betweenness`` and ``exact``.
    """
    if by not in MEASURES:
        raise InputError(f"centrality by {by!r}: choose one of {', '.join(MEASURES)}")
    g = projection(store, sector=sector, kind=kind, since=since, until=until)
    rows = {code: {"region": code, "name": data["name"], "partners": g.degree(code),
                   "agreements": g.degree(code, weight="weight")}
            for code, data in g.nodes(data=True)}
    if by == "betweenness":
        scores, exact = betweenness(g)
        for code, row in rows.items():
            row["betweenness"] = round(scores[code], 4)
            row["exact"] = exact
        key = lambda r: (-r["betweenness"], -r["partners"], -r["agreements"], r["region"])  # noqa: E731
    else:
        key = lambda r: (-r["partners"], -r["agreements"], r["region"])  # noqa: E731
    ranked = sorted(rows.values(), key=key)[:top]
    return [{"rank": i, **row} for i, row in enumerate(ranked, start=1)]
