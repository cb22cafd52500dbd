"""What is in a graph: counts of regions, agreements by kind, officials, sectors, sources.

The queries stay in the Cypher both stores speak, so the counts read the same
from the embedded graph and from Neo4j.

>>> import tempfile, pathlib
>>> from kerjasama.graph.build import build
>>> from kerjasama.graph.ladybug_store import LadybugStore
>>> with LadybugStore(pathlib.Path(tempfile.mkdtemp()) / "graph.lbug") as store:
...     _ = build([], store)
...     numbers = stats(store)
>>> numbers["regions"], numbers["agreements"]["total"], numbers["sectors"]
({'all': 552, 'with_agreements': 0}, 0, {'all': 36, 'used': 0})
"""
from __future__ import annotations

from kerjasama.graph.schema import KINDS
from kerjasama.graph.store import GraphStore


def _count(store: GraphStore, cypher: str) -> int:
    rows = store.run(cypher)
    return int(rows[0]["n"]) if rows else 0


def stats(store: GraphStore) -> dict:
    """Counts as nested plain data (see the module's example)."""
    by_kind = {kind: 0 for kind in KINDS}
    for row in store.run("MATCH (a:Agreement) RETURN a.kind AS kind, count(a) AS n"):
        by_kind[row["kind"]] = int(row["n"])
    return {
        "regions": {
            "all": _count(store, "MATCH (r:Region) RETURN count(r) AS n"),
            "with_agreements": _count(
                store, "MATCH (r:Region)-[:PARTY_TO]->(:Agreement) RETURN count(DISTINCT r) AS n"),
        },
        "agreements": {
            "total": sum(by_kind.values()),
            **by_kind,
            "reported_by_several_sources": _count(
                store, "MATCH (a:Agreement) WHERE a.sources > 1 RETURN count(a) AS n"),
        },
        "officials": _count(store, "MATCH (o:Official) RETURN count(o) AS n"),
        "sectors": {
            "all": _count(store, "MATCH (s:Sector) RETURN count(s) AS n"),
            "used": _count(
                store, "MATCH (:Agreement)-[:COVERS]->(s:Sector) RETURN count(DISTINCT s) AS n"),
        },
        "sources": _count(store, "MATCH (s:Source) RETURN count(s) AS n"),
    }


def stats_rows(numbers: dict) -> list[dict]:
    """The counts of ``stats`` as ``{"what", "count"}`` rows for a table.

    >>> stats_rows({"officials": 3, "regions": {"all": 552}})[1]
    {'what': 'regions', 'count': 552}
    """
    rows = []
    for key, value in numbers.items():
        if isinstance(value, dict):
            for sub, n in value.items():
                label = key if sub in ("all", "total") else f"{key}: {sub.replace('_', ' ')}"
                rows.append({"what": label, "count": n})
        else:
            rows.append({"what": key, "count": value})
    return rows
