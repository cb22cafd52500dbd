"""Clusters of cooperation: groups of regions that cooperate more among themselves.

Louvain community detection (networkx, seeded so the answer is repeatable)
on the region-region projection weighted by shared agreements; about 1.5 s
for the national projection here.

>>> from kerjasama.queries.example import example_store
>>> [(c["community"], c["size"], c["regions"]) for c in communities(example_store())][:2]
[(1, 3, ['35.09', '35.11', '35.12']), (2, 3, ['74.05', '74.09', '74.71'])]
"""
from __future__ import annotations

import networkx as nx

from kerjasama.graph.store import GraphStore
from kerjasama.queries.projection import projection


def communities(store: GraphStore, *, sector=None, kind=None, since=None, until=None,
                resolution: float = 1.0, seed: int = 0) -> list[dict]:
    """Communities, largest first.

    Each row: ``community`` (1, 2, ...), ``size``, ``regions`` (codes, sorted),
    ``names`` and ``links`` (shared agreements inside, counted per pair).
    Regions with no agreement belong to none.
    """
    g = projection(store, sector=sector, kind=kind, since=since, until=until)
    if g.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(g, weight="weight", resolution=resolution,
                                             seed=seed)
    groups = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))
    result = []
    for i, members in enumerate(groups, start=1):
        inside = g.subgraph(members)
        result.append({"community": i, "size": len(members), "regions": members,
                       "names": [g.nodes[c]["name"] for c in members],
                       "links": int(inside.size(weight="weight"))})
    return result
