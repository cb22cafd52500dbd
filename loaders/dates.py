"""Dates as Indonesian news writes them, found with a few regular expressions.

Formats read (Indonesian and English month names, full or short):

- ``Rabu, 5 September 2024``, ``15 Nov 2024``, ``Nov 19, 2024``
- ``Kamis (21/11/2024)``, ``Jumat (26/04/24)``, ``Senin 25/10/2021``, ``2024-11-21``
- ``12 Maret``, ``pada 12 Maret lalu``: day and month only, as below.
- ``Kamis (9/9)``: day and month only; the year stays None (the caller may
  take it from the article's own date). A day/month without a year counts only
  after a weekday name, so "24/7" or "3/4 warga" are not dates.

Two-digit years are 20xx. Impossible dates (31/2) are skipped.

>>> [(d.iso, d.year) for d in find_dates("pada Rabu, 5 September 2024 dan Kamis (9/9)")]
[('2024-09-05', 2024), (None, None)]
>>> find_dates("Jumat (26/04/24)")[0].iso
'2024-04-26'
>>> find_dates("Nov 19, 2024 - 20:05")[0].iso
'2024-11-19'
>>> with_year(find_dates("Kamis (9/9)")[0], 2021), with_year(find_dates("pada 12 Maret lalu")[0], 2025)
('2021-09-09', '2025-03-12')
"""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

__all__ = ["Date", "find_dates", "with_year", "MONTHS", "WEEKDAYS"]

MONTHS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "agt": 8, "agst": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}
WEEKDAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad")

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"
_PATTERN = re.compile(
    rf"""
    (?<![\w/.-])(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})(?!\d)       # 5 September 2024
  | (?<![\w])(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})(?!\d)         # Nov 19, 2024
  | (?<![\w/.-])(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})(?![\d/-])            # 2024-11-21
  | (?<![\w/.-])(?P<d5>\d{{1,2}})\s+(?P<m5>{_MONTH})(?![\w])                           # 12 Maret (lalu)
  | (?P<wd>{_WEEKDAY}\b[^\w\n]{{0,4}}(?:(?:pagi|siang|sore|malam)\s*)?[(,]?\s*)?
    (?<![\w/.-])(?P<d4>\d{{1,2}})[/.-](?P<m4>\d{{1,2}})(?:[/.-](?P<y4>\d{{4}}|\d{{2}}))?(?![\w/.-]*\d)
    """,
    re.IGNORECASE | re.VERBOSE,
)


_DIGIT = re.compile(r"\d")


class Date(NamedTuple):
    """A date found in a text; ``year`` is None when the text gives none."""

    start: int
    end: int
    year: int | None
    month: int
    day: int

    @property
    def iso(self) -> str | None:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}" if self.year else None


def _valid(y, m, d) -> bool:
    try:
        dt.date(y or 2000, m, d)  # 2000 is a leap year: 29/2 without a year is fine
    except ValueError:
        return False
    return y is None or 1945 <= y <= 2100


def find_dates(text: str) -> list[Date]:
    """Every date in ``text`` in order of appearance."""
    out = []
    if not _DIGIT.search(text):
        return out
    for m in _PATTERN.finditer(text):
        g = m.groupdict()
        if g["d1"]:
            y, mo, d = int(g["y1"]), MONTHS[g["m1"].lower()], int(g["d1"])
        elif g["d2"]:
            y, mo, d = int(g["y2"]), MONTHS[g["m2"].lower()], int(g["d2"])
        elif g["d3"]:
            y, mo, d = int(g["y3"]), int(g["m3"]), int(g["d3"])
        elif g["d5"]:
            y, mo, d = None, MONTHS[g["m5"].lower()], int(g["d5"])
        else:
            if not g["y4"] and not g["wd"]:
                continue
            y = int(g["y4"]) if g["y4"] else None
            if y is not None and y < 100:
                y += 2000
            mo, d = int(g["m4"]), int(g["d4"])
        if _valid(y, mo, d):
            out.append(Date(m.start(), m.end(), y, mo, d))
    return out


def with_year(date: Date, year: int | None) -> str | None:
    """ISO form of ``date``, taking ``year`` when the text gave none (None if neither)."""
    if date.year:
        return date.iso
    if not year or not _valid(year, date.month, date.day):
        return None
    return f"{year:04d}-{date.month:02d}-{date.day:02d}"
