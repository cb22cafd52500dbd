"""A seeded synthetic national graph: the real 552 regions and 36 sectors, made-up agreements.

For benchmarks and load tests only; nothing here is real cooperation. The
generator is shaped like the news: mostly bilateral agreements, some with
three to five parties, partners mostly in the same province, provinces and
big cities more active than the rest, MoUs more common than PKS and plans.

Two outputs from the same draw: extraction records (the shape of
``loaders/extract.py``, for benchmarking ingest) and graph tables (the shape
``GraphStore.load`` takes, for benchmarking questions without the build).

>>> tables = synthetic_tables(200, seed=1)
>>> len(tables["nodes"]["Region"]), len(tables["nodes"]["Agreement"])
(552, 200)
>>> synthetic_tables(200, seed=1) == tables
True
>>> records = synthetic_records(30, seed=1)
>>> sum(len(r["agreements"]) for r in records)
30
>>> from kerjasama.graph.build import build_tables
>>> len(build_tables(records)["nodes"]["Agreement"])
30
"""
from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections import defaultdict

from kerjasama.loaders.regions import regions
from kerjasama.loaders.sectors import sectors

EXTRACTOR = "kerjasama/synthetic"
FIRST_DAY = dt.date(2015, 1, 1)
DAYS = (dt.date(2026, 6, 30) - FIRST_DAY).days
HEAD = {"provinsi": "Gubernur", "kabupaten": "Bupati", "kota": "Wali Kota"}
KINDS = ("mou", "pks", "plan")
KIND_WEIGHTS = (0.5, 0.35, 0.15)
SIZE_WEIGHTS = {2: 0.82, 3: 0.12, 4: 0.04, 5: 0.02}


def _draw(n_agreements: int, seed: int) -> list[dict]:
    """The agreements: parties, kind, date, sectors, signatories (plain data)."""
    rng = random.Random(seed)
    regs = regions()
    by_province = defaultdict(list)
    for r in regs:
        by_province[r["province"] or r["code"]].append(r["code"])
    codes = [r["code"] for r in regs]
    province_of = {r["code"]: r["province"] or r["code"] for r in regs}
    # Provinces and kota are busier; a heavy tail of activity makes hubs.
    activity = [(3.0 if r["kind"] == "provinsi" else 1.6 if r["kind"] == "kota" else 1.0)
                * rng.paretovariate(2.5) for r in regs]
    slugs = [s["slug"] for s in sectors()]
    sector_weights = [1 / (i + 1) ** 0.8 for i in range(len(slugs))]
    sizes, size_weights = zip(*SIZE_WEIGHTS.items())

    drawn, seen = [], set()
    while len(drawn) < n_agreements:
        size = rng.choices(sizes, size_weights)[0]
        first = rng.choices(codes, activity)[0]
        parties = {first}
        while len(parties) < size:
            if rng.random() < 0.6:
                parties.add(rng.choice(by_province[province_of[first]]))
            else:
                parties.add(rng.choices(codes, activity)[0])
        kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
        signed_on = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        if kind == "plan" or rng.random() < 0.05:
            signed_on = None
        # The build merges reports with the same parties, kind and date into one
        # agreement: draw again, so records and tables hold the same agreements.
        key = (tuple(sorted(parties)), kind, signed_on)
        if key in seen:
            continue
        seen.add(key)
        n_sectors = rng.choice((0, 1, 1, 2, 2, 3, 4))
        chosen = sorted(set(rng.choices(slugs, sector_weights, k=n_sectors)))
        signers = sorted(parties) if kind == "mou" else []
        drawn.append({"parties": sorted(parties), "kind": kind, "signed_on": signed_on,
                      "sectors": chosen, "signatories": signers})
    return drawn


def _official(code: str, kind: str) -> dict:
    return {"name": f"{HEAD[kind]} {code}", "title": HEAD[kind], "region": code}


def synthetic_records(n_agreements: int = 100_000, seed: int = 0,
                      per_record: int = 2) -> list[dict]:
    """Extraction records holding ``n_agreements`` synthetic agreements, ``per_record`` each."""
    kinds = {r["code"]: r["kind"] for r in regions()}
    drawn = _draw(n_agreements, seed)
    records = []
    for start in range(0, len(drawn), per_record):
        chunk = drawn[start:start + per_record]
        rid = f"syn-{start // per_record:06d}"
        text_hash = hashlib.sha256(rid.encode()).hexdigest()
        dates = [a["signed_on"] for a in chunk if a["signed_on"]]
        published = max(dates) + dt.timedelta(days=1) if dates else None
        agreements, officials = [], {}
        for a in chunk:
            signatories = []
            for code in a["signatories"]:
                o = _official(code, kinds[code])
                officials[o["name"]] = o
                signatories.append({"name": o["name"], "region": code})
            agreements.append({
                "parties": a["parties"], "kind": a["kind"],
                "signed_on": a["signed_on"].isoformat() if a["signed_on"] else None,
                "sectors": a["sectors"], "signatories": signatories,
                "evidence": f"Synthetic agreement between {', '.join(a['parties'])}.",
            })
        records.append({
            "id": rid, "published": published.isoformat() if published else None,
            "agreements": agreements,
            "officials": [dict(o, evidence=f"{o['title']} of {o['region']}.")
                          for o in officials.values()],
            "source": {"id": text_hash, "path": None, "url": f"https://example.invalid/{rid}",
                       "title": f"Synthetic article {rid}", "kind": "article"},
            "extractor": EXTRACTOR,
        })
    return records


def synthetic_tables(n_agreements: int = 100_000, seed: int = 0) -> dict:
    """Graph tables (``GraphStore.load`` shape) with ``n_agreements`` synthetic agreements."""
    regs = regions()
    kinds = {r["code"]: r["kind"] for r in regs}
    nodes = {"Region": regs, "Sector": sectors(), "Official": [], "Agreement": [], "Source": []}
    rels = {"PARTY_TO": [], "COVERS": [], "SIGNED": [], "SERVES": [], "REPORTED_IN": [],
            "MENTIONS": [],
            "IN_PROVINCE": [{"from": r["code"], "to": r["province"]} for r in regs
                            if r["province"]]}
    officials = {}
    for i, a in enumerate(_draw(n_agreements, seed)):
        aid = f"syn-{i:06d}"
        source = {"id": hashlib.sha256(aid.encode()).hexdigest(), "path": None,
                  "url": f"https://example.invalid/{aid}", "title": f"Synthetic article {aid}",
                  "published": a["signed_on"], "extractor": EXTRACTOR}
        nodes["Source"].append(source)
        nodes["Agreement"].append({"id": aid, "kind": a["kind"], "signed_on": a["signed_on"],
                                   "parties": a["parties"], "sectors": a["sectors"],
                                   "title": None, "sources": 1})
        rels["PARTY_TO"] += [{"from": code, "to": aid} for code in a["parties"]]
        rels["COVERS"] += [{"from": aid, "to": slug} for slug in a["sectors"]]
        rels["REPORTED_IN"].append({"from": aid, "to": source["id"],
                                    "sentence": f"Synthetic agreement {aid}."})
        for code in a["signatories"]:
            o = _official(code, kinds[code])
            oid = f"{code}|{o['name'].lower()}"
            if oid not in officials:
                officials[oid] = dict(o, id=oid)
                rels["SERVES"].append({"from": oid, "to": code})
            rels["SIGNED"].append({"from": oid, "to": aid})
            rels["MENTIONS"].append({"from": source["id"], "to": oid,
                                     "sentence": f"{o['title']} of {code}."})
    nodes["Official"] = list(officials.values())
    return {"nodes": nodes, "rels": rels}
