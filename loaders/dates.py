"""Dates as Indonesian news writes them, found with a few regular expressions.

Formats read (Indonesian and English month names, full or short):

- ``Rabu, 5 September 2024``, ``15 Nov 2024``, ``Nov 19, 2024``
- ``Kamis (21/11/2024)``, ``Jumat (26/04/24)``, ``Senin 25/10/2021``, ``2024-11-21``
- ``12 Maret``, ``pada 12 Maret lalu``: day and month only, as below.
- ``Kamis (9/9)``: day and month only; the year stays None (the caller may
  take it from the article's own date). A day/month without a year counts only
  after a weekday name, so "24/7" or "3/4 warga" are not dates.
- ``kemarin``, ``kemarin lusa``, ``hari ini``, ``Senin lalu``: days told from
  the article's own date (find_relative, then Relative.on that date).
- ``di Medan, Selasa.``: the dateline's bare weekday, the last such day up to
  and including the article's own date.

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

from kerjasama.loaders.cues import aligned

__all__ = ["Date", "Relative", "find_dates", "find_relative", "with_year", "MONTHS", "WEEKDAYS"]

MONTHS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "agt": 8, "ags": 8, "agst": 8, "aug": 8,
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
# The same pattern read case-sensitively in the lower-cased text: re's IGNORECASE tries each month
# and weekday name letter by letter at every position, exact letters are tested at once. That finds
# the same dates whenever the lower case lines up with the text (cues.aligned: no "İ", "ı", "ſ").
_LOWER_PATTERN = re.compile(_PATTERN.pattern, re.VERBOSE)


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


# re's IGNORECASE matches these to i and s where lower() keeps them apart ("Junı" is "Juni" to the pattern)
_CASE_FOLDS = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def _month(word: str) -> int:
    """The month of a name the pattern matched.

    >>> _month("Nopember"), _month("JUNI"), _month("Junı")
    (11, 6, 6)
    """
    low = word.lower()
    return MONTHS.get(low) or MONTHS[low.translate(_CASE_FOLDS)]


def find_dates(text: str, low: str | None = None) -> list[Date]:
    """Every date in ``text`` in order of appearance; ``low``: ``text.lower()`` when the caller has it."""
    if "tanggal" in text and ("tahun" in text or "ribu" in text):
        # (written in words, as an agreement's own text dates it: "Pada hari ini Senin tanggal tiga bulan November
        # tahun dua ribu dua puluh lima")
        spelled = _dates_in_words(text)
        if spelled:
            return sorted(spelled + _find_dates(text, low))
    return _find_dates(text, low)


# (and without the words "bulan" and "tahun": "tanggal lima belas Juli dua ribu dua puluh empat")
# (each part may close with a comma: "tanggal dua puluh tujuh, bulan Agustus, tahun dua ribu dua puluh empat")
_IN_WORDS = re.compile(r"\btanggal\s+(?P<d>[a-z]+(?:\s+[a-z]+){0,2}?),?\s+(?:bulan\s+)?(?P<m>[A-Za-z]+),?\s+(?:tahun\s+)?"
                       r"(?P<y>(?:dua\s+ribu|seribu)(?:\s+[a-z]+){0,4})", re.IGNORECASE)
_UNIT_WORDS = {"satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
               "sembilan": 9}


def _number_in_words(words: list[str]) -> tuple[int, int]:
    """(the number, how many words it takes) the words open with: ["dua", "ribu", "dua", "puluh", "lima"] 2025.

    >>> _number_in_words("dua ribu dua puluh lima".split()), _number_in_words("tiga bulan".split())
    ((2025, 5), (3, 1))
    """
    total, part, used = 0, 0, 0
    for w in words:
        if w in _UNIT_WORDS:
            part += _UNIT_WORDS[w]
        elif w in ("sepuluh", "sebelas", "seratus", "seribu"):
            part += {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}[w]
        elif w == "belas" and part:
            part += 10
        elif w == "puluh" and part:
            part *= 10
        elif w == "ratus" and part:
            part *= 100
        elif w == "ribu" and part:
            total, part = total + part * 1000, 0
        else:
            break
        used += 1
    return total + part, used


def _dates_in_words(text: str) -> list[Date]:
    """The dates written in words: "tanggal tiga bulan November tahun dua ribu dua puluh lima" (2025-11-03)."""
    out = []
    for m in _IN_WORDS.finditer(text):
        day, used_d = _number_in_words(m.group("d").lower().split())
        year, used_y = _number_in_words(m.group("y").lower().split())
        month = MONTHS.get(m.group("m").lower())
        if used_d and used_y and month and _valid(year, month, day):
            out.append(Date(m.start(), m.end(), year, month, day))
    return out


def _find_dates(text: str, low: str | None = None) -> list[Date]:
    out = []
    if not _DIGIT.search(text):
        return out
    if aligned(text):
        matches = _lower_matches(text.lower() if low is None else low)
    else:
        matches = _PATTERN.finditer(text)
    for m in matches:
        d1, m1, y1, m2, d2, y2, y3, m3, d3, d5, m5, wd, d4, m4, y4 = m.groups()
        if d1:
            y, mo, d = int(y1), _month(m1), int(d1)
        elif d2:
            y, mo, d = int(y2), _month(m2), int(d2)
        elif d3:
            y, mo, d = int(y3), int(m3), int(d3)
        elif d5:
            y, mo, d = None, _month(m5), int(d5)
        else:
            if not y4 and not wd:
                continue
            y = int(y4) if y4 else None
            if y is not None and y < 100:
                y += 2000
            mo, d = int(m4), int(d4)
        if _valid(y, mo, d):
            out.append(Date(m.start(), m.end(), y, mo, d))
    return out


# a word of each weekday name ("jum" of jumat and jum'at)
_WEEKDAY_KEYS = ("senin", "selasa", "rabu", "kamis", "jum", "sabtu", "minggu", "ahad")
_DIGITS = re.compile(r"\d+")
# below this many characters from the first word to the end, one search is cheaper
_NEAR_END = 40


def _lower_matches(low: str):
    """The matches of the pattern in ``low``, tried only where a date can start.

    Every date holds a digit, and at most three words stand before its first one
    ("Jum'at pagi (5/6)", "September 5, 2024"). For each run of digits, the pattern
    is matched at the few places in those words where a date can start (the digit,
    a month word right before it, a weekday name): searching it from the first
    word would try all its alternatives at every character (some 0.25 us each),
    and on through the text when the number is no date.
    """
    pos = 0
    weekdays = None
    while True:
        digit = _DIGIT.search(low, pos)
        if digit is None:
            return
        at = digit.start()
        lo = _words_back(low, at, pos)
        if len(low) - lo < _NEAR_END:
            # little text left: the search costs less than placing the starts
            m = _LOWER_PATTERN.search(low, lo)
            if m is None:
                return
            yield m
            pos = m.end()
            continue
        if weekdays is None:
            weekdays = [name for name in _WEEKDAY_KEYS if name in low]  # (most texts hold one or none)
        m = None
        for start in _date_starts(low, lo, at, weekdays):
            m = _LOWER_PATTERN.match(low, start)
            if m is not None:
                break
        if m is None:
            # no date starts up to the number; none starts inside it either (each starts with a
            # letter or a digit that follows no word character)
            pos = _DIGITS.match(low, at).end()
            continue
        yield m
        pos = m.end()


def _date_starts(low: str, lo: int, at: int, weekdays=_WEEKDAY_KEYS) -> list[int]:
    """Where in ``low[lo:at + 1]`` a date whose first digit is at ``at`` can start, in order: the digit,
    a word of letters right before it, a dot and spaces ("nov. 19, 2024") if it is a month, and any
    of the ``weekdays`` names (the pattern takes one even inside a word)."""
    starts = [at]
    end = at
    while end > lo and low[end - 1].isspace():
        end -= 1
    if end < at:
        if end > lo and low[end - 1] == ".":
            end -= 1
        start = end
        while start > lo and low[start - 1].isalpha():
            start -= 1
        if low[start:end] in MONTHS:
            starts.append(start)
    words = low[lo:at]
    for name in weekdays:
        i = words.find(name)
        while i >= 0:
            starts.append(lo + i)
            i = words.find(name, i + 1)
    return sorted(starts) if len(starts) > 1 else starts


def _words_back(low: str, at: int, lo: int) -> int:
    """The start of the third word (run of ``\\w``) before the one holding ``at``, not before ``lo``."""
    return at - _WORDS_BACK.match(low[lo:at][::-1]).end()


# read backwards: the rest of a word, then three gaps and words
_WORDS_BACK = re.compile(r"\w*(?:\W*\w*){3}")


def with_year(date: Date, year: int | None) -> str | None:
    """ISO form of ``date``, taking ``year`` when the text gave none (None if neither)."""
    if date.year:
        return date.iso
    if not year or not _valid(year, date.month, date.day):
        return None
    return f"{year:04d}-{date.month:02d}-{date.day:02d}"


class Relative(NamedTuple):
    """A day told from the article's own date: ``back`` days before it, or for "Senin lalu" the
    last ``weekday`` (0 Monday ... 6 Sunday) before it."""

    start: int
    end: int
    back: int
    weekday: int | None = None
    or_today: bool = False  # a bare weekday may be the article's own day; "Senin lalu" is not
    last_week: bool = False  # "Jumat pekan lalu": that weekday of the week before the article's


    def on(self, today: dt.date) -> Date:
        """The date it names in an article of ``today``.

        >>> Relative(0, 7, 1).on(dt.date(2024, 3, 1)).iso, Relative(0, 10, 0, 0).on(dt.date(2024, 8, 21)).iso
        ('2024-02-29', '2024-08-19')
        >>> Relative(0, 16, 0, 4, last_week=True).on(dt.date(2024, 2, 13)).iso  # (Jumat pekan lalu, on a Tuesday)
        '2024-02-09'
        """
        if self.last_week:
            back = today.weekday() - self.weekday + 7
        else:
            back = self.back if self.weekday is None else (today.weekday() - self.weekday) % 7 or (
                0 if self.or_today else 7)
        day = today - dt.timedelta(days=back)
        return Date(self.start, self.end, day.year, day.month, day.day)


# "Minggu lalu" is left out: "minggu lalu" is as often "last week", as vague as "pekan lalu"
# (and the day said in words between: "pada hari Kamis tanggal sembilan Mei kemarin", a spoken date)
# (and as small outlets write it: "kemaren"; earlier today: "tadi pagi", "siang tadi")
_RELATIVE = re.compile(r"(?<!\w)(?:(?P<wk>senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s+(?:pekan|minggu)\s+lalu\b|"
                       r"(?P<wd>senin|selasa|rabu|kamis|jum'?at|sabtu|ahad)"
                       r"(?:\s*\(?|\s+tanggal(?:\s+[a-z]+){1,4})\s*(?:lalu|kemar[ie]n)\b|"
                       r"(?P<two>kemar[ie]n\s+lusa)\b|kemar[ie]n\b|(?P<today>hari\s+ini|tadi\s+(?:pagi|siang|sore|malam)|"
                       r"(?:pagi|siang|sore|malam)\s+tadi|"
                       # (earlier today, before the signing it tells: "Wali Kota A, yang tadi menandatangani paling awal")
                       r"tadi(?=\s+(?:(?:kita|kami|sudah|telah|baru|bersama)\s+)*(?:menandatangani|ditandatangani|"
                       r"meneken|diteken|teken|tanda\s*tangan)))\b)")
_DAY_NAMED_AFTER = re.compile(r"\s*,?\s*(?:(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*,?\s*)?tanggal\b")
# not a day but a span: "hingga hari ini", "sejak kemarin"
_SPAN_BEFORE = re.compile(r"(?:hingga|sampai|sejak|semenjak|per|s\.d\.?|sd)\s*$")
# "… di Aula Kantor Gubernur, Medan, Selasa." or "… pada Selasa.": the day of the event, in the week
# the article was written (capitalised, so "dalam satu minggu." is no Sunday; a weekday with more after
# it is either a full date, which find_dates reads, or a time to come: "Selasa depan")
_BARE_WEEKDAY = re.compile(r"(?:,|\bpada)\s+(?P<wd>Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)(?=\s*(?:[.;]|$))")
# (or after "pada" in the clause, before its verb: "... Kabupaten Sumba Tengah, pada Rabu menandatangani ...")
_PADA_WEEKDAY = re.compile(r"\bpada\s+(?P<wd>Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)"
                           r"(?=\s+(?!(?:depan|mendatang|nanti|besok|lalu|pekan|minggu|malam|pagi|siang|sore)\b)[a-z])")
_WEEKDAY_NUMBER = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6}


def find_relative(text: str, low: str | None = None) -> list[Relative]:
    """Every day ``text`` tells from the article's date, in order; ``low``: ``text.lower()`` when the
    caller has it (the positions are those of the text when it lines up with its lower case).

    >>> [(r.back, r.weekday) for r in find_relative("diteken kemarin, dan Kamis lalu; hingga hari ini")]
    [(1, None), (0, 3)]
    >>> [(r.back, r.weekday) for r in find_relative("pada hari Kamis tanggal sembilan Mei kemarin, Bupati ...")]
    [(0, 3)]
    >>> [(r.weekday, r.or_today) for r in find_relative("diteken di Kantor Gubernur, Medan, Selasa.")]
    [(1, True)]
    >>> [r.weekday for r in find_relative("Tiga kabupaten pada Rabu menandatangani ... pada Kamis depan")]
    [2]
    """
    low = text.lower() if low is None else low
    bare = list(_BARE_WEEKDAY.finditer(text))
    if "pada " in low:
        bare = sorted(bare + list(_PADA_WEEKDAY.finditer(text)), key=lambda m: m.start("wd"))
    out = [Relative(m.start("wd"), m.end("wd"), 0, _WEEKDAY_NUMBER[m.group("wd").lower()], True) for m in bare]
    if "kemar" not in low and "hari ini" not in low and "lalu" not in low and "tadi" not in low:
        return out  # (most sentences)
    for m in _RELATIVE.finditer(low):
        if _SPAN_BEFORE.search(low, max(0, m.start() - 12), m.start()):
            continue
        if m.group("today") and _DAY_NAMED_AFTER.match(low, m.end()):
            continue  # (an agreement's own formula, its day written after: "Pada hari ini Senin tanggal tiga ...")
        if m.group("wk"):
            out.append(Relative(m.start(), m.end(), 0, _WEEKDAY_NUMBER[m.group("wk")], last_week=True))
        elif m.group("wd"):
            wd = _WEEKDAY_NUMBER[m.group("wd")]
            out.append(Relative(m.start(), m.end(), 0, wd))
        else:
            back = 2 if m.group("two") else 0 if m.group("today") else 1
            out.append(Relative(m.start(), m.end(), back))
    return out
