"""Agreements that end soon: the ones a planner must renew, evaluate or let lapse.

An agreement's end date comes from a register (its "tanggal berakhir", or the
date signed plus the "jangka waktu"). Agreements whose end no source gives
are not listed: nothing can be said about them.

>>> import datetime as dt, pathlib, tempfile
>>> from kerjasama.graph.build import build
>>> from kerjasama.graph.ladybug_store import LadybugStore
>>> record = {"id": "register", "published": None, "officials": [],
...           "source": {"id": "f" * 64, "kind": "register"},
...           "agreements": [{"parties": ["17.09", "17.71"], "kind": "pks", "signed_on": "2024-05-20",
...                           "sectors": ["perhubungan"], "duration_months": 36,
...                           "ends_on": "2027-05-19", "title": "Transportasi Antarkota"}]}
>>> store = LadybugStore(pathlib.Path(tempfile.mkdtemp()) / "graph.lbug")
>>> _ = build([record], store)
>>> rows = expiring(store, within=6, today=dt.date(2026, 12, 1))
>>> [(r["ends_on"], r["names"], r["months_left"]) for r in rows]
[('2027-05-19', ['Kab. Bengkulu Tengah', 'Kota Bengkulu'], 5)]
>>> expiring(store, within=3, today=dt.date(2026, 12, 1))
[]
>>> store.close()
"""
from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from kerjasama.errors import InputError
from kerjasama.graph.store import GraphStore
from kerjasama.queries.dates import iso
from kerjasama.queries.regions import region_names, resolve_region

QUERY = ("MATCH (a:Agreement) WHERE a.ends_on IS NOT NULL AND a.ends_on >= $start "
         "AND a.ends_on <= $until "
         "RETURN a.id AS id, a.kind AS kind, a.title AS title, a.number AS number, "
         "a.parties AS parties, a.sectors AS sectors, a.signed_on AS signed_on, "
         "a.ends_on AS ends_on, a.status AS status")


def expiring(store: GraphStore, *, within: int = 6, today: dt.date | None = None,
             region: str | None = None, ended_since: int = 0) -> list[dict]:
    """Agreements ending from ``today`` to ``within`` months later, soonest first.

    ``ended_since`` (months) also lists those that ended that long ago, for
    agreements that lapsed without anyone noticing. ``region`` (a name or
    code) keeps the agreements it is a party to. Each row: ``id``, ``kind``,
    ``title``, ``number``, ``parties``, ``names``, ``sectors``,
    ``signed_on``, ``ends_on``, ``months_left`` (negative once ended),
    ``status``.
    """
    if within < 0 or ended_since < 0:
        raise InputError("months must not be negative")
    today = today or dt.date.today()
    start = today - relativedelta(months=ended_since)
    until = today + relativedelta(months=within)
    code = resolve_region(region) if region else None
    rows = store.run(QUERY, {"start": start, "until": until})
    names = region_names(store)
    out = []
    for row in rows:
        parties = sorted(row["parties"] or ())
        if code and code not in parties:
            continue
        ends_on = dt.date.fromisoformat(iso(row["ends_on"]))
        left = relativedelta(ends_on, today)
        out.append({
            "id": row["id"], "kind": row["kind"], "title": row["title"], "number": row["number"],
            "parties": parties, "names": [names.get(c, c) for c in parties],
            "sectors": sorted(row["sectors"] or ()), "signed_on": iso(row["signed_on"]),
            "ends_on": ends_on.isoformat(), "months_left": left.years * 12 + left.months,
            "status": row["status"],
        })
    out.sort(key=lambda r: (r["ends_on"], r["id"]))
    return out
