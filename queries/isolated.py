"""Regions with no agreement at all in the graph.

>>> from kerjasama.queries.example import example_store
>>> [(r["region"], r["name"]) for r in isolated(example_store(), province="Riau")][:3]
[('14', 'Riau'), ('14.02', 'Kab. Indragiri Hulu'), ('14.03', 'Kab. Bengkalis')]
>>> len(isolated(example_store()))
540
"""
from __future__ import annotations

from kerjasama.graph.store import GraphStore
from kerjasama.queries.regions import resolve_region

ISOLATED = ("MATCH (r:Region) OPTIONAL MATCH (r)-[:PARTY_TO]->(a:Agreement) "
            "WITH r, count(a) AS n WHERE n = 0 "
            "RETURN r.code AS region, r.name AS name, r.kind AS kind, r.province AS province")


def isolated(store: GraphStore, *, province: str | None = None) -> list[dict]:
    """Regions party to no agreement, by code; ``province`` (code or name) narrows to one.

    Each row: ``region`` (code), ``name``, ``kind``, ``province`` (code; None
    for a province).
    """
    rows = store.run(ISOLATED)
    if province:
        code = resolve_region(province, kind="provinsi")
        rows = [r for r in rows if code in (r["region"], r["province"])]
    return sorted(rows, key=lambda r: r["region"])
