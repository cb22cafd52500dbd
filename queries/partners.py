"""A region's partners: the regions it shares agreements with.

>>> from kerjasama.queries.example import example_store
>>> partners(example_store(), "Kota Kendari")
[{'region': '74.05', 'name': 'Kab. Konawe Selatan', 'agreements': 1, 'sectors': ['kelautan-perikanan', 'komunikasi-informatika', 'pariwisata', 'perdagangan', 'perhubungan', 'pertanian']},
 {'region': '74.09', 'name': 'Kab. Konawe Utara', 'agreements': 1, 'sectors': ['kelautan-perikanan', 'pariwisata', 'perdagangan', 'perhubungan', 'pertanian']}]
>>> [p["region"] for p in partners(example_store(), "14.01", kind="pks", sector="perhubungan")]
['14.71']
"""
from __future__ import annotations

from collections import defaultdict

from kerjasama.graph.store import GraphStore
from kerjasama.queries.filters import agreement_rows
from kerjasama.queries.regions import region_names, resolve_region
from kerjasama.queries.sector import resolve_sector


def partners(store: GraphStore, region: str, *, sector: str | None = None, kind=None,
             since=None, until=None) -> list[dict]:
    """Partners of ``region`` (a code or a name), most shared agreements first.

    Each row: ``region`` (code), ``name``, ``agreements`` (count shared) and
    ``sectors`` (every sector of those agreements, sorted).
    """
    code = resolve_region(region)
    slug = resolve_sector(sector) if sector else None
    counts, sectors = defaultdict(int), defaultdict(set)
    for row in agreement_rows(store, region=code, sector=slug, kind=kind, since=since,
                              until=until):
        for other in set(row["parties"] or ()) - {code}:
            counts[other] += 1
            sectors[other].update(row["sectors"] or ())
    names = region_names(store)
    result = [{"region": c, "name": names.get(c, c), "agreements": n,
               "sectors": sorted(sectors[c])} for c, n in counts.items()]
    result.sort(key=lambda r: (-r["agreements"], r["region"]))
    return result
