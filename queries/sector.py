"""Which regions cooperate on a sector.

>>> from kerjasama.queries.example import example_store
>>> for row in sector(example_store(), "pertanian"):
...     print(row["regions"], row["agreements"], row["kinds"])
['13.02', '17.06'] 1 ['pks']
['74.05', '74.71'] 1 ['mou']
['74.09', '74.71'] 1 ['mou']
>>> resolve_sector("Pertanian"), resolve_sector("pertanian")
('pertanian', 'pertanian')
"""
from __future__ import annotations

from collections import defaultdict

from kerjasama.errors import InputError
from kerjasama.graph.store import GraphStore
from kerjasama.loaders.sectors import sectors
from kerjasama.queries.filters import agreement_match, pairs
from kerjasama.queries.regions import region_names


def resolve_sector(text: str) -> str:
    """The slug of a sector given as its slug or its name (any case)."""
    wanted = " ".join((text or "").lower().replace("_", "-").split())
    for s in sectors():
        if wanted in (s["slug"], s["name"].lower()):
            return s["slug"]
    raise InputError(f"unknown sector {text!r}; the sectors are: "
                     + ", ".join(s["slug"] for s in sectors()))


def sector(store: GraphStore, slug: str, *, kind=None, since=None, until=None) -> list[dict]:
    """Pairs of regions with agreements on the sector, most agreements first.

    Each row: ``regions`` (the two codes, sorted), ``names``, ``agreements``
    (count) and ``kinds``. An agreement with more than two parties counts
    for every pair of them.
    """
    slug = resolve_sector(slug)
    counts, kinds = defaultdict(int), defaultdict(set)
    clause, params = agreement_match(sector=slug, kind=kind, since=since, until=until)
    for row in store.run(clause + "\nRETURN a.kind AS kind, a.parties AS parties", params):
        for pair in pairs(row["parties"] or ()):
            counts[pair] += 1
            kinds[pair].add(row["kind"])
    names = region_names(store)
    result = [{"regions": list(pair), "names": [names.get(c, c) for c in pair],
               "agreements": n, "kinds": sorted(kinds[pair])} for pair, n in counts.items()]
    result.sort(key=lambda r: (-r["agreements"], r["regions"]))
    return result
