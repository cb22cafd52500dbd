"""The agreements themselves: parties, kind, date, sectors, signatories and sources.

>>> from kerjasama.queries.example import example_store
>>> rows = agreements(example_store(), region="Kab. Kampar", kind="mou")
>>> [(a["kind"], a["signed_on"], a["names"]) for a in rows]
[('mou', '2024-09-05', ['Kab. Kampar', 'Kota Pekanbaru'])]
>>> rows[0]["signatories"]
[{'name': 'Hambali', 'title': 'Pj Bupati', 'region': '14.01'}, {'name': 'Risnandar Mahiwa', 'title': 'Pj Wali Kota', 'region': '14.71'}]
>>> [s["title"] for s in rows[0]["sources"]]
['Article seed-004']
>>> len(agreements(example_store(), between=["74.71", "74.09"]))
1
"""
from __future__ import annotations

from collections import defaultdict

from kerjasama.graph.store import GraphStore
from kerjasama.queries.dates import iso
from kerjasama.queries.filters import agreement_match
from kerjasama.queries.regions import region_names, resolve_region
from kerjasama.queries.sector import resolve_sector

SIGNATORIES = ("UNWIND $ids AS i MATCH (o:Official)-[:SIGNED]->(a:Agreement {id: i}) "
               "RETURN a.id AS agreement, o.name AS name, o.title AS title, o.region AS region")
SOURCES = ("UNWIND $ids AS i MATCH (a:Agreement {id: i})-[r:REPORTED_IN]->(s:Source) "
           "RETURN a.id AS agreement, s.id AS id, s.title AS title, s.url AS url, "
           "s.path AS path, s.published AS published, r.sentence AS sentence")


def agreements(store: GraphStore, *, region: str | None = None, between=None,
               sector: str | None = None, kind=None, since=None, until=None,
               limit: int | None = None) -> list[dict]:
    """Agreements passing the filters, newest first (undated last).

    ``region`` and ``between`` (two regions) take codes or names; ``since``
    and ``until`` are inclusive ISO dates and leave out undated agreements.
    Each row: ``id``, ``kind``, ``signed_on``, ``title``, ``parties`` (codes),
    ``names``, ``sectors``, ``signatories`` ({name, title, region}) and
    ``sources`` ({id, title, url, path, published, sentence}), ``ends_on``
    (from a register) and ``conflicts`` (what the sources disagree on, each
    value with its sources).
    """
    code = resolve_region(region) if region else None
    pair = [resolve_region(r) for r in between] if between else None
    slug = resolve_sector(sector) if sector else None
    clause, params = agreement_match(region=code, between=pair, sector=slug, kind=kind,
                                     since=since, until=until)
    rows = store.run(clause + "\nRETURN DISTINCT a.id AS id, a.kind AS kind, "
                     "a.signed_on AS signed_on, a.title AS title, a.parties AS parties, "
                     "a.sectors AS sectors, a.ends_on AS ends_on, a.conflicts AS conflicts",
                     params)
    for row in rows:
        row["signed_on"] = iso(row["signed_on"])
    # Newest first, undated last; by id among equals so the order is stable.
    rows.sort(key=lambda r: r["id"])
    rows.sort(key=lambda r: r["signed_on"] or "", reverse=True)
    rows.sort(key=lambda r: r["signed_on"] is None)
    if limit is not None:
        rows = rows[:limit]
    ids = [row["id"] for row in rows]
    signatories, sources = defaultdict(list), defaultdict(list)
    if ids:
        for s in store.run(SIGNATORIES, {"ids": ids}):
            signatories[s.pop("agreement")].append(s)
        for s in store.run(SOURCES, {"ids": ids}):
            s["published"] = iso(s["published"])
            sources[s.pop("agreement")].append(s)
    names = region_names(store)
    result = []
    for row in rows:
        parties = sorted(row["parties"] or ())
        result.append({
            "id": row["id"], "kind": row["kind"], "signed_on": row["signed_on"],
            "title": row["title"], "parties": parties,
            "names": [names.get(c, c) for c in parties],
            "sectors": sorted(row["sectors"] or ()),
            "signatories": sorted(signatories[row["id"]], key=lambda s: (s["region"] or "",
                                                                         s["name"] or "")),
            "sources": sorted(sources[row["id"]], key=lambda s: (s["published"] or "", s["id"])),
            "ends_on": iso(row["ends_on"]),
            "conflicts": list(row["conflicts"] or ()),
        })
    return result
