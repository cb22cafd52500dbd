"""The shortest chain of cooperation between two regions: who could broker an introduction.

Each step of the chain is a pair of regions that share at least one
agreement; the step lists those agreements. The path search itself is a
method of the store (LadybugDB and Neo4j spell shortest paths differently).

>>> from kerjasama.queries.example import example_store
>>> steps = path(example_store(), "Kab. Konawe Selatan", "Kab. Konawe Utara")
>>> [(s["from"], s["to"], [a["kind"] for a in s["agreements"]]) for s in steps]
[('74.05', '74.71', ['mou']), ('74.71', '74.09', ['mou'])]
>>> path(example_store(), "13.02", "14.71")
[]
"""
from __future__ import annotations

from kerjasama.graph.store import GraphStore
from kerjasama.queries.dates import iso
from kerjasama.queries.regions import region_names, resolve_region

SHARED = ("MATCH (x:Region {code: $x})-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-"
          "(y:Region {code: $y}) RETURN DISTINCT a.id AS id, a.kind AS kind, "
          "a.signed_on AS signed_on, a.sectors AS sectors")


def path(store: GraphStore, a: str, b: str, *, max_hops: int = 6) -> list[dict]:
    """Steps from region ``a`` to region ``b`` (codes or names); [] when there is no chain.

    Each step: ``step`` (1, 2, ...), ``from`` and ``to`` (codes), ``from_name``,
    ``to_name`` and ``agreements`` ({id, kind, signed_on, sectors}, newest first).
    """
    start, end = resolve_region(a), resolve_region(b)
    if start == end:
        return []
    codes = store.shortest_path(start, end, max_hops=max_hops)
    if not codes:
        return []
    names = region_names(store)
    steps = []
    for i, (x, y) in enumerate(zip(codes, codes[1:]), start=1):
        shared = store.run(SHARED, {"x": x, "y": y})
        for row in shared:
            row["signed_on"] = iso(row["signed_on"])
            row["sectors"] = sorted(row["sectors"] or ())
        shared.sort(key=lambda r: r["id"])
        shared.sort(key=lambda r: r["signed_on"] or "", reverse=True)
        steps.append({"step": i, "from": x, "to": y, "from_name": names.get(x, x),
                      "to_name": names.get(y, y), "agreements": shared})
    return steps
