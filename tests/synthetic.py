"""Synthetic graphs as store tables, for view tests and the README screenshots.

``national_tables`` puts every one of the 552 regions into at least one
agreement: most partners lie in the same province, as in real cooperation,
some cross provinces. Seeded, so the same call gives the same graph.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import random

from kerjasama.graph.store import empty_tables
from kerjasama.loaders.regions import regions
from kerjasama.loaders.sectors import sectors

KINDS = ("plan", "mou", "pks")
LABELS = {"plan": "rencana kerja sama", "mou": "kesepakatan bersama", "pks": "perjanjian kerja sama"}


def _id(*parts) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()


def tables_for(agreements: list[dict]) -> dict:
    """Store tables for ``agreements`` given as plain dicts.

    Each: ``parties`` (codes), ``kind``, ``signed_on`` (date or None),
    ``sectors`` (slugs), optional ``title``, ``signatories`` ([(name, title,
    region)]) and ``sources`` ([{"title", "url", "published"}]). Every region
    and sector of the gazetteer is a node, as after a real ingest.
    """
    tables = empty_tables()
    tables["nodes"]["Region"] = regions()
    tables["nodes"]["Sector"] = sectors()
    for r in regions():
        if r["province"]:
            tables["rels"]["IN_PROVINCE"].append({"from": r["code"], "to": r["province"]})
    officials, sources = {}, {}
    for i, a in enumerate(agreements):
        aid = a.get("id") or _id("agreement", i, *a["parties"])
        tables["nodes"]["Agreement"].append({
            "id": aid, "kind": a["kind"], "signed_on": a.get("signed_on"),
            "parties": list(a["parties"]), "sectors": list(a["sectors"]),
            "title": a.get("title"), "sources": len(a.get("sources", [])),
        })
        for code in a["parties"]:
            tables["rels"]["PARTY_TO"].append({"from": code, "to": aid})
        for slug in a["sectors"]:
            tables["rels"]["COVERS"].append({"from": aid, "to": slug})
        for name, title, region in a.get("signatories", []):
            oid = f"{region}|{name.lower()}"
            officials[oid] = {"id": oid, "name": name, "title": title, "region": region}
            tables["rels"]["SIGNED"].append({"from": oid, "to": aid})
        for s in a.get("sources", []):
            sid = _id("source", s["title"], s.get("url"))
            sources[sid] = {"id": sid, "path": None, "url": s.get("url"), "title": s["title"],
                            "published": s.get("published"), "extractor": "kerjasama/test"}
            tables["rels"]["REPORTED_IN"].append({"from": aid, "to": sid, "sentence": s["title"]})
    tables["nodes"]["Official"] = list(officials.values())
    tables["nodes"]["Source"] = list(sources.values())
    for o in officials.values():
        tables["rels"]["SERVES"].append({"from": o["id"], "to": o["region"]})
    return tables


def national_agreements(seed: int = 5, per_region: float = 2.5) -> list[dict]:
    """Agreements touching all 552 regions: mostly within a province, some across."""
    rng = random.Random(seed)
    all_regions = regions()
    by_province: dict[str, list[str]] = {}
    for r in all_regions:
        by_province.setdefault(r["province"] or r["code"], []).append(r["code"])
    slugs = [s["slug"] for s in sectors()]
    codes = [r["code"] for r in all_regions]
    names_by_code = {r["code"]: r["name"] for r in all_regions}
    agreements = []
    order = codes * 1 + rng.sample(codes, len(codes))
    target = int(per_region * len(codes) / 2)
    while len(agreements) < target:
        first = order[len(agreements) % len(order)]
        home = by_province[(first.split(".")[0])]
        if rng.random() < 0.75 and len(home) > 1:
            second = rng.choice([c for c in home if c != first])
        else:
            second = rng.choice([c for c in codes if c.split(".")[0] != first.split(".")[0]])
        parties = sorted({first, second})
        signed = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
        kind = rng.choices(KINDS, weights=(1, 4, 3))[0]
        picked = rng.sample(slugs, rng.choice((1, 1, 2, 3)))
        names = [names_by_code[c] for c in parties]
        agreements.append({
            "parties": parties, "kind": kind, "signed_on": signed if rng.random() < 0.9 else None,
            "sectors": picked,
            "signatories": [(f"Pejabat {n}", "Bupati" if n.startswith("Kab.") else
                             "Wali Kota" if n.startswith("Kota") else "Gubernur", c)
                            for n, c in zip(names, parties)] if kind == "mou" else [],
            "sources": [{"title": f"{names[0]} dan {names[1]} teken {LABELS[kind]}",
                         "url": f"https://berita.example.id/{len(agreements)}",
                         "published": signed + dt.timedelta(days=2)}],
        })
    return agreements
