"""The region-region projection of the cooperation graph, as a networkx graph.

Two regions are linked when they are parties to the same agreement; the
link's ``weight`` is the number of agreements they share (an agreement with
more than two parties links every pair of them). Nodes are region codes with
their ``name``; edges also carry ``kinds`` and ``sectors`` (sets).

It takes one Cypher read of the agreements that pass the filters, then
Python: at national scale (100,000 agreements) reading is most of the cost.

>>> from kerjasama.queries.example import example_store
>>> g = projection(example_store())
>>> g.number_of_nodes(), g.number_of_edges()
(12, 8)
>>> g["74.71"]["74.05"]["weight"], sorted(g["74.71"]["74.05"]["sectors"])[:2]
(1, ['kelautan-perikanan', 'komunikasi-informatika'])
>>> projection(example_store(), kind="pks").number_of_edges()
2
"""
from __future__ import annotations

from itertools import combinations

import networkx as nx

from kerjasama.graph.store import GraphStore
from kerjasama.queries.filters import agreement_match
from kerjasama.queries.regions import region_names


def pairs(parties) -> list[tuple[str, str]]:
    """Every pair of distinct parties, each sorted.

    >>> pairs(["13.02", "13", "17.06"])
    [('13', '13.02'), ('13', '17.06'), ('13.02', '17.06')]
    """
    return list(combinations(sorted(set(parties)), 2))


def agreement_rows(store: GraphStore, **filters) -> list[dict]:
    """id, kind, signed_on, parties, sectors of every agreement passing ``filters``."""
    clause, params = agreement_match(**filters)
    return store.run(clause + "\nRETURN DISTINCT a.id AS id, a.kind AS kind, "
                     "a.signed_on AS signed_on, a.parties AS parties, a.sectors AS sectors",
                     params)


def projection(store: GraphStore, *, sector: str | None = None, kind=None, since=None,
               until=None, region: str | None = None) -> nx.Graph:
    """Regions linked by shared agreements, filtered by sector, kind and time."""
    rows = agreement_rows(store, sector=sector, kind=kind, since=since, until=until,
                          region=region)
    names = region_names(store)
    g = nx.Graph()
    for row in rows:
        for code in row["parties"] or ():
            if code not in g:
                g.add_node(code, name=names.get(code, code))
        for x, y in pairs(row["parties"] or ()):
            if g.has_edge(x, y):
                data = g[x][y]
                data["weight"] += 1
            else:
                g.add_edge(x, y, weight=1, kinds=set(), sectors=set())
                data = g[x][y]
            data["kinds"].add(row["kind"])
            data["sectors"].update(row["sectors"] or ())
    return g
