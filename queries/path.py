"""The shortest chain of cooperation between two regions: who could broker an introduction.

Each step of the chain is a pair of regions that share at least one
agreement; the step lists those agreements. The chain is found by a
breadth-first search from both ends over the regions' partners, one small
Cypher read per step of the search (the national graph is dense: most
chains are one or two steps, found in two reads), then one read for the
agreements of every step. Among several equally short chains, the one with
the smallest codes is chosen, so every store gives the same answer.

>>> from kerjasama.queries.example import example_store
>>> steps = path(example_store(), "Kab. Konawe Selatan", "Kab. Konawe Utara")
>>> [(s["from"], s["to"], [a["kind"] for a in s["agreements"]]) for s in steps]
[('74.05', '74.71', ['mou']), ('74.71', '74.09', ['mou'])]
>>> path(example_store(), "13.02", "14.71")
[]
>>> chain(example_store(), "74.09", "74.05")
['74.09', '74.71', '74.05']
"""
from __future__ import annotations

from collections import defaultdict

from kerjasama.graph.store import GraphStore
from kerjasama.queries.dates import iso
from kerjasama.queries.regions import resolve_region

PARTNERS = ("MATCH (r:Region)-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(o:Region) "
            "WHERE r.code IN $frontier RETURN DISTINCT r.code AS r, o.code AS o")

SHARED = ("MATCH (x:Region)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(y:Region) "
          "WHERE x.code IN $xs AND y.code IN $ys "
          "RETURN DISTINCT x.code AS x, y.code AS y, x.name AS x_name, y.name AS y_name, "
          "a.id AS id, a.kind AS kind, a.signed_on AS signed_on, a.sectors AS sectors")


def _expand(store: GraphStore, frontier: set[str], seen: set[str]) -> dict[str, set[str]]:
    """The next layer of the search: each region not yet ``seen`` that shares an agreement
    with the ``frontier``, with all its partners in the frontier."""
    layer: dict[str, set[str]] = defaultdict(set)
    for row in store.run(PARTNERS, {"frontier": sorted(frontier)}):
        if row["o"] not in seen:
            layer[row["o"]].add(row["r"])
    return dict(layer)


def chain(store: GraphStore, a: str, b: str, *, max_hops: int = 6) -> list[str] | None:
    """Region codes of the shortest chain from ``a`` to ``b`` (codes), or None.

    Among equally short chains, the smallest list of codes. None when there is
    no chain of at most ``max_hops`` steps (or ``a == b``).
    """
    if a == b:
        return None
    # Layers of the search from each end: layers[side][k] maps each region k steps
    # from that end to its partners in layer k - 1.
    layers = ([{a: set()}], [{b: set()}])
    seen = ({a}, {b})
    meet: set[str] = set()
    while not meet and len(layers[0]) + len(layers[1]) - 2 < max_hops:
        # Grow the side with the smaller frontier: fewer regions to read.
        side = 0 if len(layers[0][-1]) <= len(layers[1][-1]) else 1
        layer = _expand(store, set(layers[side][-1]), seen[side])
        if not layer:
            return None
        layers[side].append(layer)
        seen[side].update(layer)
        meet = set(layer) & set(layers[1 - side][-1])
    if not meet:
        return None
    forward, backward = layers
    # on[k]: the regions k steps from a that lie on some shortest chain. Towards a, a
    # region is on a chain when it is a partner of one on the chain a step further;
    # towards b, when it is a partner of one on the chain a step nearer to a.
    at = len(forward) - 1
    on = {at: meet}
    for k in range(at, 0, -1):
        on[k - 1] = set().union(*(forward[k][code] for code in on[k]))
    length = at + len(backward) - 1
    for k in range(at + 1, length + 1):
        on[k] = set().union(*(backward[length - k + 1][code] for code in on[k - 1]))
    # The smallest codes: from a, always the smallest next region still on a chain.
    codes = [a]
    for k in range(1, length + 1):
        here = codes[-1]
        if k <= at:
            nxt = [c for c in on[k] if here in forward[k][c]]
        else:
            nxt = [c for c in on[k] if c in backward[length - k + 1][here]]
        codes.append(min(nxt))
    return codes


def path(store: GraphStore, a: str, b: str, *, max_hops: int = 6) -> list[dict]:
    """Steps from region ``a`` to region ``b`` (codes or names); [] when there is no chain.

    Each step: ``step`` (1, 2, ...), ``from`` and ``to`` (codes), ``from_name``,
    ``to_name`` and ``agreements`` ({id, kind, signed_on, sectors}, newest first).
    """
    start, end = resolve_region(a), resolve_region(b)
    codes = chain(store, start, end, max_hops=max_hops)
    if not codes:
        return []
    hops = list(zip(codes, codes[1:]))
    shared, names = defaultdict(list), {}
    # One read for every step; pairs across steps that also share agreements are dropped.
    for row in store.run(SHARED, {"xs": codes[:-1], "ys": codes[1:]}):
        pair = (row.pop("x"), row.pop("y"))
        names[pair[0]], names[pair[1]] = row.pop("x_name"), row.pop("y_name")
        row["signed_on"] = iso(row["signed_on"])
        row["sectors"] = sorted(row["sectors"] or ())
        shared[pair].append(row)
    steps = []
    for i, (x, y) in enumerate(hops, start=1):
        rows = sorted(shared[(x, y)], key=lambda r: r["id"])
        rows.sort(key=lambda r: r["signed_on"] or "", reverse=True)
        steps.append({"step": i, "from": x, "to": y, "from_name": names.get(x, x),
                      "to_name": names.get(y, y), "agreements": rows})
    return steps
