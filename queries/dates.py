"""Dates as the questions return them: ISO strings, the same from every store.

>>> import datetime as dt
>>> iso(dt.date(2024, 9, 5)), iso(None), iso("2024-09-05")
('2024-09-05', None, '2024-09-05')
>>> as_date("2024-09-05"), as_date(dt.date(2024, 9, 5)), as_date(None)
(datetime.date(2024, 9, 5), datetime.date(2024, 9, 5), None)
"""
from __future__ import annotations

import datetime as dt


def iso(value) -> str | None:
    """``value`` (a date from LadybugDB, the Neo4j driver or a string) as ``YYYY-MM-DD``."""
    if value is None:
        return None
    if hasattr(value, "to_native"):  # neo4j.time.Date / DateTime
        value = value.to_native()
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)[:10]


def as_date(value) -> dt.date | None:
    """``value`` as a ``datetime.date``: a store's date is taken as it is, without a round trip
    through its ISO text (a national question reads 100,000 of them)."""
    if type(value) is dt.date:  # (a datetime is a date too, and is cut by iso)
        return value
    text = iso(value)
    return None if text is None else dt.date.fromisoformat(text)
