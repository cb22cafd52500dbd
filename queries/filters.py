"""Which agreements a question looks at: region, pair of regions, sector, kind, time.

Every question filters agreements the same way, so the Cypher for it is
written once here, with the two helpers most questions share: the agreements'
rows (``agreement_rows``) and the pairs of an agreement's parties (``pairs``). ``agreement_match`` returns a ``MATCH ... WHERE ...``
clause that binds ``a`` (the Agreement) and its parameters; the caller adds
its own ``RETURN``. Only parameters are used, never values spliced into the
query, and only Cypher that LadybugDB and Neo4j both read.

>>> clause, params = agreement_match(region="13.02", kind="mou", since="2024-01-01")
>>> print(clause)
MATCH (r0:Region {code: $region})-[:PARTY_TO]->(a:Agreement)
WHERE a.kind IN $kinds AND a.signed_on >= $since
>>> params["kinds"], params["since"]
(['mou'], datetime.date(2024, 1, 1))
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from itertools import combinations

from kerjasama.errors import InputError
from kerjasama.graph.schema import KINDS
from kerjasama.graph.store import GraphStore


def parse_date(value, what: str = "date") -> dt.date | None:
    """An ISO date (``2024-09-05``), a year (``2024``) or a date object; None stays None.

    >>> parse_date("2024-09-05"), parse_date("2024")
    (datetime.date(2024, 9, 5), datetime.date(2024, 1, 1))
    """
    if value is None or isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        if len(text) == 4 and text.isdigit():
            return dt.date(int(text), 1, 1)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"{what} {value!r} is not a date like 2024-09-05") from None


def parse_kinds(kind) -> list[str] | None:
    """One kind or several as a list; each must be plan, mou or pks.

    >>> parse_kinds("MoU"), parse_kinds(["pks", "plan"]), parse_kinds(None)
    (['mou'], ['pks', 'plan'], None)
    """
    if kind is None:
        return None
    kinds = [kind] if isinstance(kind, str) else list(kind)
    if not kinds:
        return None
    kinds = [k.strip().lower() for k in kinds]
    for k in kinds:
        if k not in KINDS:
            raise InputError(f"kind {k!r} is not one of {', '.join(KINDS)}")
    return kinds


def agreement_match(*, region: str | None = None, between: Iterable[str] | None = None,
                    sector: str | None = None, kind=None, since=None,
                    until=None) -> tuple[str, dict]:
    """A ``MATCH ... [WHERE ...]`` clause binding ``a`` to the agreements that pass.

    ``region``, ``between`` (two codes) and ``sector`` (a slug) must already be
    resolved; ``since`` and ``until`` are inclusive and drop undated agreements.
    """
    patterns, where, params = [], [], {}
    if region is not None:
        patterns.append("(r0:Region {code: $region})-[:PARTY_TO]->(a:Agreement)")
        params["region"] = region
    if between is not None:
        pair = list(between)
        if len(pair) != 2:
            raise InputError("between takes exactly two regions")
        for i, code in enumerate(pair):
            patterns.append(f"(b{i}:Region {{code: $between{i}}})-[:PARTY_TO]->(a:Agreement)")
            params[f"between{i}"] = code
    if sector is not None:
        patterns.append("(a:Agreement)-[:COVERS]->(s0:Sector {slug: $sector})")
        params["sector"] = sector
    if not patterns:
        patterns.append("(a:Agreement)")
    kinds = parse_kinds(kind)
    if kinds:
        where.append("a.kind IN $kinds")
        params["kinds"] = kinds
    since, until = parse_date(since, "since"), parse_date(until, "until")
    if since:
        where.append("a.signed_on >= $since")
        params["since"] = since
    if until:
        where.append("a.signed_on <= $until")
        params["until"] = until
    clause = "MATCH " + ", ".join(patterns)
    if where:
        clause += "\nWHERE " + " AND ".join(where)
    return clause, params


def pairs(parties) -> list[tuple[str, str]]:
    """Every pair of distinct parties, each sorted.

    >>> pairs(["13.02", "13", "17.06"])
    [('13', '13.02'), ('13', '17.06'), ('13.02', '17.06')]
    """
    return list(combinations(sorted(set(parties)), 2))


def agreement_rows(store: GraphStore, **filters) -> list[dict]:
    """id, kind, signed_on, parties, sectors of every agreement passing ``filters``."""
    clause, params = agreement_match(**filters)
    return store.run(clause + "\nRETURN DISTINCT a.id AS id, a.kind AS kind, "
                     "a.signed_on AS signed_on, a.parties AS parties, a.sectors AS sectors",
                     params)
