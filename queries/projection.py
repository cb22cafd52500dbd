"""The region-region projection of the cooperation graph, as a networkx graph.

Two regions are linked when they are parties to the same agreement; the
link's ``weight`` is the number of agreements they share (an agreement with
more than two parties links every pair of them). Nodes are region codes with
their ``name``.

It takes one Cypher read, counted per pair by the database, then networkx.

>>> from kerjasama.queries.example import example_store
>>> g = projection(example_store())
>>> g.number_of_nodes(), g.number_of_edges()
(12, 8)
>>> g["74.71"]["74.05"]["weight"], g.nodes["74.71"]["name"]
(1, 'Kota Kendari')
>>> projection(example_store(), kind="pks").number_of_edges()
2
"""
from __future__ import annotations

import networkx as nx

from kerjasama.graph.store import GraphStore
# pairs and agreement_rows live in filters, so the lookups need not import networkx.
from kerjasama.queries.filters import agreement_match, agreement_rows, pairs  # noqa: F401
from kerjasama.queries.regions import region_names

PAIRS = ("\nMATCH (x:Region)-[:PARTY_TO]->(a)<-[:PARTY_TO]-(y:Region) WHERE x.code < y.code "
         "RETURN x.code AS x, y.code AS y, count(*) AS n")


def projection(store: GraphStore, *, sector: str | None = None, kind=None, since=None,
               until=None, region: str | None = None) -> nx.Graph:
    """Regions linked by shared agreements, filtered by sector, kind and time.

    The database counts the agreements of each pair (one row per pair, not per
    agreement), which keeps the national projection under a second.
    """
    clause, params = agreement_match(sector=sector, kind=kind, since=since, until=until,
                                     region=region)
    rows = store.run(clause + PAIRS, params)
    names = region_names(store)
    g = nx.Graph()
    g.add_weighted_edges_from((row["x"], row["y"], row["n"]) for row in rows)
    nx.set_node_attributes(g, {code: names.get(code, code) for code in g}, "name")
    return g
