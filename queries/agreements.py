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

from kerjasama.graph.store import GraphStore
from kerjasama.queries.dates import iso
from kerjasama.queries.filters import agreement_match
from kerjasama.queries.regions import region_names, resolve_region
from kerjasama.queries.sector import resolve_sector

# Signatories and sources in the same read: one query, not one per agreement. A
# missing official or source collects as a map of nulls, dropped in Python.
DETAILS = """
WITH DISTINCT a
OPTIONAL MATCH (o:Official)-[:SIGNED]->(a)
WITH a, collect({name: o.name, title: o.title, region: o.region}) AS signatories
OPTIONAL MATCH (a)-[r:REPORTED_IN]->(s:Source)
RETURN a.id AS id, a.kind AS kind, a.signed_on AS signed_on, a.title AS title,
       a.parties AS parties, a.sectors AS sectors, a.ends_on AS ends_on,
       a.conflicts AS conflicts, signatories,
       collect({id: s.id, title: s.title, url: s.url, path: s.path, published: s.published,
               sentence: r.sentence}) AS sources"""
BY_ID = "MATCH (a:Agreement) WHERE a.id IN $ids"


def _newest_first(rows: list[dict]) -> list[dict]:
    """Newest first, undated last; by id among equals so the order is stable."""
    for row in rows:
        row["signed_on"] = iso(row["signed_on"])
    rows.sort(key=lambda r: r["id"])
    rows.sort(key=lambda r: r["signed_on"] or "", reverse=True)
    rows.sort(key=lambda r: r["signed_on"] is None)
    return rows

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
    if limit is not None:
        # Choose the newest few first, then read the details of those only.
        dates = store.run(clause + "\nRETURN DISTINCT a.id AS id, a.signed_on AS signed_on",
                          params)
        clause, params = BY_ID, {"ids": [r["id"] for r in _newest_first(dates)[:limit]]}
    rows = _newest_first(store.run(clause + DETAILS, params))
    names = region_names(store)
    result = []
    for row in rows:
        parties = sorted(row["parties"] or ())
        signatories = [{k: s[k] for k in ("name", "title", "region")}
                       for s in row["signatories"] if s["name"] is not None]
        sources = [{"id": s["id"], "title": s["title"], "url": s["url"], "path": s["path"],
                    "published": iso(s["published"]), "sentence": s["sentence"]}
                   for s in row["sources"] if s["id"] is not None]
        result.append({
            "id": row["id"], "kind": row["kind"], "signed_on": row["signed_on"],
            "title": row["title"], "parties": parties,
            "names": [names.get(c, c) for c in parties],
            "sectors": sorted(row["sectors"] or ()),
            "signatories": sorted(signatories, key=lambda s: (s["region"] or "", s["name"])),
            "sources": sorted(sources, key=lambda s: (s["published"] or "", s["id"])),
            "ends_on": iso(row["ends_on"]),
            "conflicts": list(row["conflicts"] or ()),
        })
    return result
