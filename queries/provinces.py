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
from kerjasama.queries.filters import agreement_match, pairs
from kerjasama.queries.regions import region_rows

PROVINCE_SETS = ("\nMATCH (x:Region)-[:PARTY_TO]->(a) "
                 "WITH a, collect(DISTINCT coalesce(x.province, x.code)) AS provinces "
                 "RETURN provinces, count(*) AS n")


def provinces(store: GraphStore, *, sector=None, kind=None, since=None,
              until=None) -> list[dict]:
    """Province pairs with their agreement counts, most first.

    Each row: ``provinces`` (two codes, sorted; the same twice for within),
    ``names``, ``agreements`` and ``within``.
    """
    clause, params = agreement_match(sector=sector, kind=kind, since=since, until=until)
    # The database groups agreements by their set of provinces: a few thousand
    # rows at national scale instead of one per agreement.
    rows = store.run(clause + PROVINCE_SETS, params)
    counts = Counter()
    for row in rows:
        provs = sorted(set(row["provinces"]))
        if len(provs) == 1:
            counts[(provs[0], provs[0])] += row["n"]
        else:
            for pair in pairs(provs):
                counts[pair] += row["n"]
    regions = region_rows(store)
    result = [{"provinces": list(pair),
               "names": [regions.get(p, {}).get("name", p) for p in pair],
               "agreements": n, "within": pair[0] == pair[1]} for pair, n in counts.items()]
    result.sort(key=lambda r: (-r["agreements"], r["provinces"]))
    return result
