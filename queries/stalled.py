"""MoUs that never got their PKS, and plans never signed: "just a signature".

An MoU is stalled when no PKS between the same parties (a PKS may add
parties) was signed from the MoU's date up to ``months`` months after it, and
those months have passed by ``as_of``. A PKS with no known date counts as a
follow-up, since it may well be one. A plan is stalled when no MoU or PKS
between the same parties came on or after it and it is at least ``months``
old. An agreement with no date of its own is dated by its earliest source;
with neither, it is stalled only if no follow-up exists at all.

>>> from kerjasama.queries.example import example_store
>>> for row in stalled(example_store(), as_of="2026-06-30"):
...     print(row["kind"], row["parties"], row["signed_on"], row["months"])
mou ['74.05', '74.71'] 2021-10-21 56
mou ['74.09', '74.71'] 2021-10-21 56
plan ['16.03', '17.04'] None None
>>> [r["parties"] for r in stalled(example_store(), as_of="2026-11-01")][-2]
['35.09', '35.11', '35.12']
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from functools import lru_cache

from kerjasama.errors import InputError
from kerjasama.graph.gc_pause import paused_gc
from kerjasama.graph.store import GraphStore
from kerjasama.queries.dates import as_date, iso
from kerjasama.queries.filters import parse_date
from kerjasama.queries.filters import agreement_rows, pairs
from kerjasama.queries.regions import region_names

FIRST_SOURCE = ("UNWIND $ids AS i MATCH (a:Agreement {id: i})-[:REPORTED_IN]->(s:Source) "
                "WHERE s.published IS NOT NULL RETURN a.id AS id, min(s.published) AS published")


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole months from ``start`` to ``end`` (a month is complete on the same day of the month).

    >>> months_between(dt.date(2024, 1, 15), dt.date(2024, 2, 14))
    0
    >>> months_between(dt.date(2024, 1, 15), dt.date(2025, 1, 15))
    12
    """
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - 1 if end.day < start.day else months


@lru_cache(maxsize=8192)
def add_months(date: dt.date, months: int) -> dt.date:
    """``date`` plus ``months``, on the last day of the month where the day does not exist.

    >>> add_months(dt.date(2024, 1, 31), 1), add_months(dt.date(2024, 11, 15), 12)
    (datetime.date(2024, 2, 29), datetime.date(2025, 11, 15))
    """
    year, month = divmod(date.month - 1 + months, 12)
    year, month = date.year + year, month + 1
    return dt.date(year, month, min(date.day, calendar.monthrange(year, month)[1]))


def _followed(agreement, candidates, window_end) -> bool:
    """Whether a candidate follow-up falls in the window (candidates hold all the parties)."""
    start = agreement["date"]
    for other in candidates:
        if other["date"] is None or start is None:
            return True
        if start <= other["date"] and (window_end is None or other["date"] <= window_end):
            return True
    return False


# Every agreement of the graph is a row held here while it is compared: a national graph's
# 100,000 rows made the collector's passes a quarter of the question's time (see gc_pause).
@paused_gc()
def stalled(store: GraphStore, *, months: int = 12, as_of=None) -> list[dict]:
    """Stalled MoUs and plans, longest waiting first (undated last).

    Each row: ``id``, ``kind`` (mou or plan), ``signed_on`` (the agreement's
    date, or its earliest source's), ``parties``, ``names``, ``sectors``,
    ``months`` (waited by ``as_of``, default today) and ``reason``.
    """
    if months < 0:
        raise InputError("months must not be negative")
    as_of = parse_date(as_of, "as-of") or dt.date.today()
    rows = agreement_rows(store)
    for row in rows:
        row["parties"] = frozenset(row["parties"] or ())
        row["date"] = as_date(row["signed_on"])
    undated = [r["id"] for r in rows if r["date"] is None and r["kind"] in ("mou", "plan")]
    if undated:
        first = {r["id"]: r["published"] for r in store.run(FIRST_SOURCE, {"ids": undated})}
        for row in rows:
            if row["id"] in first:
                row["date"] = as_date(first[row["id"]])

    # Follow-ups indexed by pair of parties: a follow-up must include every party,
    # so the candidates are those holding the agreement's first pair (few).
    by_pair = {"pks": defaultdict(list), "signed": defaultdict(list)}
    for row in rows:
        if row["kind"] in ("mou", "pks"):
            for pair in pairs(row["parties"]):
                by_pair["signed"][pair].append(row)
                if row["kind"] == "pks":
                    by_pair["pks"][pair].append(row)

    names = region_names(store)
    result = []
    for row in rows:
        if row["kind"] not in ("mou", "plan") or len(row["parties"]) < 2:
            continue
        date = row["date"]
        deadline = add_months(date, months) if date else None
        if deadline and deadline > as_of:
            continue  # still within its window
        parties = sorted(row["parties"])
        index = by_pair["pks" if row["kind"] == "mou" else "signed"]
        candidates = (c for c in index.get((parties[0], parties[1]), ())
                      if len(parties) == 2 or row["parties"] <= c["parties"])
        if _followed(row, candidates, deadline if row["kind"] == "mou" else None):
            continue
        result.append({
            "id": row["id"], "kind": row["kind"], "signed_on": iso(date),
            "parties": parties, "names": [names.get(c, c) for c in parties],
            "sectors": sorted(row["sectors"] or ()),
            "months": months_between(date, as_of) if date else None,
            "reason": (f"no PKS within {months} months" if row["kind"] == "mou"
                       else "never signed"),
        })
    result.sort(key=lambda r: (r["months"] is None, -(r["months"] or 0), r["parties"], r["id"]))
    return result
