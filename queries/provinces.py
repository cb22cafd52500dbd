"""Cooperation within and across provinces: a province-by-province count.

Each agreement counts once for every pair of provinces its parties lie in,
or once "within" its province when all parties lie in one (a province
cooperating with its own kabupaten is within).

>>> from kerjasama.queries.example import example_store
>>> for row in provinces(example_store()):
...     print(row["provinces"], row["agreements"], row["within"])
['14', '14'] 3 True
['74', '74'] 2 True
['13', '17'] 1 False
['16', '17'] 1 False
['35', '35'] 1 True
"""
from __future__ import annotations

from collections import Counter

from kerjasama.graph.store import GraphStore
from kerjasama.queries.projection import agreement_rows, pairs
from kerjasama.queries.regions import region_rows


def provinces(store: GraphStore, *, sector=None, kind=None, since=None,
              until=None) -> list[dict]:
    """Province pairs with their agreement counts, most first.

    Each row: ``provinces`` (two codes, sorted; the same twice for within),
    ``names``, ``agreements`` and ``within``.
    """
    regions = region_rows(store)

    def province_of(code):
        r = regions.get(code)
        return (r and (r["province"] or r["code"])) or code.split(".")[0]

    counts = Counter()
    for row in agreement_rows(store, sector=sector, kind=kind, since=since, until=until):
        provs = {province_of(c) for c in row["parties"] or ()}
        if len(provs) == 1:
            p = provs.pop()
            counts[(p, p)] += 1
        else:
            counts.update(pairs(provs))
    result = [{"provinces": list(pair),
               "names": [regions.get(p, {}).get("name", p) for p in pair],
               "agreements": n, "within": pair[0] == pair[1]} for pair, n in counts.items()]
    result.sort(key=lambda r: (-r["agreements"], r["provinces"]))
    return result
