"""Agreement registers: the spreadsheets and CSV files a Biro Kerja Sama keeps.

A register lists agreements one per row: number, title, parties, kind, date
signed, duration, sectors, status. Columns are found by their header, in
Indonesian or English, however it is written ("TGL. TTD", "Para Pihak",
"Jangka Waktu (tahun)"); blank rows are skipped; dates come in any of the
usual forms ("05/09/2024", "5 September 2024", "2024-09-05", Excel dates);
regions go through the gazetteer (so "Kab. Kampr" is still Kampar) and
sectors through the article extractor's phrase mapping.

Each row that cannot be understood (no two regions, an ambiguous region, a
date that is not a date, no kind) is reported as a problem with the file, the
row number as a spreadsheet shows it, and the reason, while the good rows
load. A row that loads but lost a value (a sector nobody knows) is reported
too, with ``skipped`` false.

>>> rows = [["No", "Para Pihak", "Jenis", "Tgl. TTD", "Jangka Waktu", "Bidang"],
...         ["1", "Kab. Kampar; Kota Pekanbaru", "Kesepakatan Bersama", "05/09/2024", "5 tahun",
...          "Perhubungan"],
...         ["", "", "", "", "", ""],
...         ["2", "Kab. Kampar", "PKS", "kemarin", "", ""]]
>>> agreements, problems = parse_rows(rows, name="register.csv")
>>> a = agreements[0]
>>> a["parties"], a["kind"], a["signed_on"], a["duration_months"], a["ends_on"], a["sectors"]
(['14.01', '14.71'], 'mou', '2024-09-05', 60, '2029-09-04', ['perhubungan'])
>>> [(p["row"], p["skipped"]) for p in problems]
[(4, True)]
>>> print(problems[0]["reason"])
'kemarin' in Tgl. TTD is not a date; only one region among the parties (Kab. Kampar)
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from functools import lru_cache
from pathlib import Path

from dateutil.relativedelta import relativedelta

from kerjasama.errors import AmbiguousRegion, InputError, UnknownRegion

KINDS = ("plan", "mou", "pks")

# -- headers --------------------------------------------------------------------------

# Field -> patterns over the normalised header (lower case, punctuation as
# spaces). Order matters: "tanggal berakhir" is an end date before it is a
# date, "masa berlaku s d" an end date before it is a duration.
_FIELDS: list[tuple[str, re.Pattern]] = [(f, re.compile(p)) for f, p in [
    ("ends_on", r"\b(berakhir|akhir|sampai|s d|sd|hingga|end|ends|expir\w*|until|valid to)\b"),
    ("duration", r"\b(jangka waktu|masa berlaku|masa kerja ?sama|durasi|duration|lama|periode|"
                 r"term|jangka)\b"),
    ("seq", r"^(no|nomor urut|no urut|urut|#|nr)$"),
    ("number", r"^(nomor|no|number|nr)\b\s*\S|\b(reference|ref|nomor)\b"),
    ("signed_on", r"\b(tanggal|tgl|tangal|date|signed|ditandatangani|penandatanganan|ttd|"
                  r"waktu)\b"),
    ("title", r"\b(judul|perihal|title|tentang|nama kerja ?sama|nama perjanjian|nama dokumen|"
              r"uraian|subject|hal|name)\b"),
    ("parties", r"\b(pihak|parties|party|mitra|daerah|pemda|partners?|para pihak)\b"),
    ("kind", r"\b(jenis|bentuk|kind|type|tipe)\b"),
    ("sectors", r"\b(bidang|ruang lingkup|lingkup|sectors?|sektor|urusan|objek|obyek|scope)\b"),
    ("status", r"\b(status|keadaan)\b"),
]]
# A header row must name the parties and at least two other fields.
_MIN_FIELDS = 3
_HEADER_SCAN = 15


def normalise_header(header) -> str:
    """A header as the column matcher sees it.

    >>> normalise_header("  TGL. TTD ")
    'tgl ttd'
    >>> normalise_header("Masa Berlaku\\n(s/d)")
    'masa berlaku s d'
    """
    text = str(header or "").casefold()
    return " ".join(re.sub(r"[^\w]+|_", " ", text).split())


def match_field(header) -> str | None:
    """The register field a column header names, or None.

    >>> [match_field(h) for h in ["Nomor Perjanjian", "No.", "Perihal", "Para Pihak",
    ...  "Jenis Kerja Sama", "Tanggal Penandatanganan", "Jangka Waktu (Tahun)",
    ...  "Ruang Lingkup", "STATUS", "Tgl Berakhir", "Keterangan"]]
    ['number', 'seq', 'title', 'parties', 'kind', 'signed_on', 'duration', 'sectors', 'status', 'ends_on', None]
    """
    text = normalise_header(header)
    if not text:
        return None
    for field, pattern in _FIELDS:
        if pattern.search(text):
            return field
    return None


def map_columns(header_row: list) -> dict[str, list[int]]:
    """Field -> column indexes (several only for parties: Pihak I, Pihak II)."""
    columns: dict[str, list[int]] = {}
    for i, header in enumerate(header_row):
        field = match_field(header)
        if field is None:
            continue
        if field == "parties" or field not in columns:
            columns.setdefault(field, []).append(i)
    return columns


def find_header(rows: list[list]) -> tuple[int, dict[str, list[int]]] | None:
    """(index of the header row, its column map): registers often have a title above it."""
    for i, row in enumerate(rows[:_HEADER_SCAN]):
        columns = map_columns(row)
        if "parties" in columns and len(columns) >= _MIN_FIELDS:
            return i, columns
    return None


# -- values ---------------------------------------------------------------------------

def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _cell(row: list, i: int):
    return row[i] if i < len(row) else None


_DMY = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
# Month names and the abbreviations registers use, Indonesian (old spellings
# too: Pebruari, Nopember) and English; the common "5 Agustus 2024" form is
# read here, the rest by dateparser.
_MONTH_NAMES = {name: n for n, names in enumerate([
    "jan januari january", "feb peb pebr februari pebruari february", "mar mrt maret march",
    "apr april", "mei may", "jun juni june", "jul juli july",
    "agu agt ags agst agus agustus aug august", "sep sept september",
    "okt oct oktober october", "nov nop nopember november", "des dec desember december",
], start=1) for name in names.split()}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[\s-]+([A-Za-z]+\.?)[\s-]+(\d{4})$")
_WEEKDAY = re.compile(r"^\s*(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|"
                      r"wednesday|thursday|friday|saturday|sunday)\b\s*,?\s*", re.IGNORECASE)


def parse_date(value) -> dt.date | None:
    """A date from a register cell, or None when the cell holds no readable date.

    Day first, as Indonesian registers write it; month names in Indonesian or
    English; Excel's day numbers; the weekday in front is ignored.

    >>> [str(parse_date(v)) for v in ["05/09/2024", "5-9-24", "2024-09-05", "5 September 2024",
    ...  "Kamis, 21 Nov 2024", "12 Agustus 2023", "45540", dt.datetime(2024, 9, 5, 0, 0),
    ...  "Jum'at, 26 April 2024", "5 Ags 2024", "15 Nopember 2023", "September 5, 2024"]]
    ['2024-09-05', '2024-09-05', '2024-09-05', '2024-09-05', '2024-11-21', '2023-08-12', '2024-09-05', '2024-09-05', '2024-04-26', '2024-08-05', '2023-11-15', '2024-09-05']
    >>> parse_date("segera") is None
    True
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _excel_date(value)
    text = str(value or "").strip()
    if not text:
        return None
    if re.fullmatch(r"\d{5}(\.0+)?", text):
        return _excel_date(float(text))
    m = _ISO.match(text)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    m = _DMY.match(text)
    if m:
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        return _safe_date(year, int(m[2]), int(m[1]))
    text = _WEEKDAY.sub("", text).strip()
    m = _DAY_MONTH_YEAR.match(text)
    if m and m[2].casefold().rstrip(".") in _MONTH_NAMES:
        return _safe_date(int(m[3]), _MONTH_NAMES[m[2].casefold().rstrip(".")], int(m[1]))
    return _dateparser(text)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _excel_date(number: float) -> dt.date | None:
    # Excel's serial day numbers; only the plausible range, so a count is not a date.
    if 20000 <= number <= 80000:
        return _EXCEL_EPOCH + dt.timedelta(days=int(number))
    return None


@lru_cache(maxsize=4096)
def _dateparser(text: str) -> dt.date | None:
    import dateparser

    # Only text with a day number and a month name or a year is worth the slow
    # parser; "kemarin" (yesterday) is no date for a register.
    if not re.search(r"\d", text) or not re.search(r"[A-Za-z]{3}|\d{4}", text):
        return None
    parsed = dateparser.parse(
        text, languages=["id", "en"],
        settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"],
                  "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date() if parsed else None


_NUMBER_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
                 "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12,
                 "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}
_YEARS = r"(tahun|thn|th|tah|years?|yrs?|y)"
_MONTHS = r"(bulan|bln|months?|mo)"
_YEAR_RANGE = re.compile(r"\s*((?:19|20)\d\d)\s*(?:s\.?\s*/?\s*d\.?|sampai(?:\s+dengan)?|hingga|to|-|–)"
                         r"\s*((?:19|20)\d\d)\s*", re.IGNORECASE)
_RANGE = re.compile(r"\s+(?:s\.?\s*/?\s*d\.?|sampai(?:\s+dengan)?|hingga|to|until|-|–)\s+",
                    re.IGNORECASE)


def parse_duration(value, header: str = "") -> int | None:
    """A duration in months from a cell ("5 tahun", "5 (lima) tahun", "60 bulan", "2 years").

    A bare number counts in the unit the header names ("Jangka Waktu (bulan)"),
    else in years up to 10 and in months above.

    >>> [parse_duration(v) for v in ["5 tahun", "5 (lima) tahun", "lima tahun", "60 bulan",
    ...  "1,5 tahun", "2 years", 3, "24", "2020 s.d. 2025", "2 tahun 6 bulan", "tidak terbatas"]]
    [60, 60, 60, 60, 18, 24, 36, 24, 60, 30, None]
    >>> parse_duration("3", "Jangka Waktu (Bulan)")
    3
    """
    if _blank(value):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = str(value)
    else:
        text = str(value).casefold().strip()
    text = re.sub(r"\([^)]*\)", " ", text)  # "5 (lima) tahun"
    m = _YEAR_RANGE.fullmatch(text)
    if m:  # "2020 s.d. 2025"
        return (int(m[2]) - int(m[1])) * 12 or None
    for word, n in sorted(_NUMBER_WORDS.items(), key=lambda kv: -len(kv[0])):
        text = re.sub(rf"\b{word}\b", str(n), text)
    years = re.search(r"(\d+(?:[.,]\d+)?)\s*" + _YEARS + r"\b", text)
    months = re.search(r"(\d+(?:[.,]\d+)?)\s*" + _MONTHS + r"\b", text)
    if years or months:  # "2 tahun 6 bulan" is 30 months
        total = float(years[1].replace(",", ".")) * 12 if years else 0
        total += float(months[1].replace(",", ".")) if months else 0
        return round(total)
    m = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*", text)
    if m:
        n = float(m[1].replace(",", "."))
        head = normalise_header(header)
        if re.search(r"\b" + _MONTHS + r"\b", head):
            return round(n)
        if re.search(r"\b" + _YEARS + r"\b", head) or n <= 10:
            return round(n * 12)
        return round(n)
    return None


def parse_period(value) -> tuple[dt.date, dt.date] | None:
    """A "from ... to ..." cell ("5 Sep 2024 s.d. 4 Sep 2029") as two dates, or None.

    >>> [str(d) for d in parse_period("05/09/2024 s.d. 04/09/2029")]
    ['2024-09-05', '2029-09-04']
    """
    if _blank(value) or not isinstance(value, str):
        return None
    parts = _RANGE.split(value.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    start, end = parse_date(parts[0]), parse_date(parts[1])
    return (start, end) if start and end and end > start else None


def end_date(signed_on: dt.date, months: int) -> dt.date:
    """The last day of an agreement that runs ``months`` from its signing.

    >>> str(end_date(dt.date(2024, 9, 5), 60))
    '2029-09-04'
    """
    return signed_on + relativedelta(months=months) - dt.timedelta(days=1)


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole months from start to the day after end (a 5-year agreement gives 60).

    >>> months_between(dt.date(2024, 9, 5), dt.date(2029, 9, 4))
    60
    """
    delta = relativedelta(end + dt.timedelta(days=1), start)
    return delta.years * 12 + delta.months + (1 if delta.days >= 15 else 0)


def parse_kind(value) -> str | None:
    """plan, mou or pks from a kind cell (or a title); the Indonesian term decides.

    >>> [parse_kind(v) for v in ["Kesepakatan Bersama", "PKS", "MoU", "Perjanjian Kerja Sama (MoU)",
    ...  "Nota Kesepahaman", "Rencana", "Penjajakan", "Laporan"]]
    ['mou', 'pks', 'mou', 'pks', 'mou', 'plan', 'plan', None]
    """
    text = " ".join(str(value or "").casefold().split())
    if not text:
        return None
    if re.search(r"\bperjanjian\b", text):
        return "pks"
    if re.search(r"\b(kesepakatan|kesepahaman|nota)\b", text):
        return "mou"
    if re.search(r"\bpks\b|\bagreement\b", text) and not re.search(r"\bmemorandum\b", text):
        return "pks"
    if re.search(r"\b(mou|memorandum|kb|moa)\b", text):
        return "mou"
    if re.search(r"\b(rencana|penjajakan|draft|draf|rancangan|usulan|plan|planned|proses)\b", text):
        return "plan"
    return None


# -- parties and sectors ----------------------------------------------------------------

_PARTY_SPLIT = re.compile(
    r"\s*(?:;|\n|\r|,|/|&|\+|\|)\s*|\s+(?:dan|dengan|with|and|serta)\s+|\s*\b\d{1,2}[.)]\s+",
    re.IGNORECASE,
)
# Words around a region's name in a register that are not part of the name.
_GOVERNMENT = re.compile(r"^(?:pemerintah(?:an)?\s+(?=(?:provinsi|prov|kabupaten|kab|kota)\b))",
                         re.IGNORECASE)


def split_parties(value) -> list[str]:
    """The party names in a cell.

    >>> split_parties("1. Pemprov Riau\\n2. Kab. Siak; Kota Dumai dan Kab. Bengkalis")
    ['Pemprov Riau', 'Kab. Siak', 'Kota Dumai', 'Kab. Bengkalis']
    """
    parts = _PARTY_SPLIT.split(str(value or ""))
    out = []
    for part in parts:
        part = _GOVERNMENT.sub("", (part or "").strip(" .-:\t"))
        if part and re.search(r"[A-Za-z]{3}", part):
            out.append(part)
    return out


def _resolve(name: str) -> str:
    from kerjasama.loaders.gazetteer import resolve

    return resolve(name)


def resolve_parties(names: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(region codes, reasons for the names that are not one region, notes on misspellings)."""
    from kerjasama.loaders.gazetteer import candidates, name_of

    codes, reasons, notes = [], [], []
    for name in names:
        try:
            code = _resolve(name)
        except AmbiguousRegion as err:
            reasons.append(f"{name!r} could be several regions ({', '.join(err.candidates)})")
            continue
        except UnknownRegion:
            reasons.append(f"{name!r} is not a known region")
            continue
        if code not in codes:
            codes.append(code)
        if not candidates(name) and code != name.strip():
            # Not a name the gazetteer knows: read as the nearest one; worth a look.
            notes.append(f"{name!r} read as {name_of(code)} ({code})")
    return sorted(codes), reasons, notes


def _sector_phrases(text: str) -> list[str]:
    # The article extractor owns the phrase -> sector mapping; registers use the same one.
    from kerjasama.loaders.sector_terms import sectors_in

    return sectors_in(text)


@lru_cache(maxsize=1)
def _sector_names() -> dict[str, str]:
    from kerjasama.loaders.sectors import sectors

    names = {}
    for s in sectors():
        names[normalise_header(s["slug"])] = s["slug"]
        names[normalise_header(s["name"])] = s["slug"]
    return names


def parse_sectors(value) -> tuple[list[str], list[str]]:
    """(sector slugs, the parts of the cell that name no sector).

    A cell lists urusan by name or by phrase ("Pariwisata; Kelautan dan
    Perikanan", "angkutan umum, persampahan"): each part goes through the
    urusan names, then through the extractor's phrases.
    """
    if _blank(value):
        return [], []
    text = str(value)
    names = _sector_names()
    found = set(_sector_phrases(text))
    if normalise_header(text) in names:
        found.add(names[normalise_header(text)])
    unknown = []
    for part in re.split(r"\s*(?:;|\n|,|/)\s*", text):
        key = normalise_header(part)
        if not key:
            continue
        slugs = [names[key]] if key in names else _sector_phrases(part)
        if slugs:
            found.update(slugs)
        elif not any(key in normalise_header(_sector_title(s)) for s in found):
            # "Usaha Kecil" is a piece of "Koperasi, Usaha Kecil, dan Menengah", not a miss.
            unknown.append(part.strip(" .-"))
    return sorted(found), unknown


def _sector_title(slug: str) -> str:
    from kerjasama.loaders.sectors import sector

    s = sector(slug)
    return s["name"] if s else slug


# -- rows -----------------------------------------------------------------------------

def _text(value) -> str | None:
    if _blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return parse_date(value).isoformat()
    return " ".join(str(value).split())


def _evidence(name: str, number: int, headers: list, row: list) -> str:
    cells = [f"{_text(h) or '?'}: {_text(v)}" for h, v in zip(headers, row) if not _blank(v)]
    return f"{Path(name).name} row {number}: " + "; ".join(cells)


_PARTNER = re.compile(r"\b(mitra|partners?|pihak (kedua|ii|2)|daerah mitra)\b")


def partner_columns(headers: list, columns: dict[str, list[int]]) -> bool:
    """True when the party columns name only the partner ("Mitra Kerja Sama", "Pihak Kedua").

    >>> partner_columns(["No", "Mitra Kerja Sama"], {"parties": [1]})
    True
    >>> partner_columns(["Pihak I", "Pihak II"], {"parties": [0, 1]})
    False
    """
    idx = columns.get("parties") or []
    return bool(idx) and all(_PARTNER.search(normalise_header(headers[i])) for i in idx)


def owner_from_title(rows: list[list]) -> str | None:
    """The region a register belongs to, when the rows above its header name exactly one.

    >>> owner_from_title([["DAFTAR KERJA SAMA DAERAH PEMERINTAH KABUPATEN KAMPAR"], ["Tahun 2024"]])
    '14.01'
    """
    from kerjasama.loaders.gazetteer import find_mentions

    text = " ".join(str(v) for row in rows for v in row if not _blank(v))
    codes = {m.codes[0] for m in find_mentions(text) if len(m.codes) == 1}
    return codes.pop() if len(codes) == 1 else None


def parse_row(row: list, columns: dict[str, list[int]], headers: list, *,
              owner: str | None = None) -> tuple[dict | None, list[str], list[str]]:
    """One register row: (agreement or None, reasons it was skipped, warnings)."""
    def get(field):
        idx = columns.get(field)
        return _cell(row, idx[0]) if idx else None

    def header(field):
        return _text(headers[columns[field][0]]) if field in columns else field

    errors, warnings = [], []
    names = [n for i in columns.get("parties", []) for n in split_parties(_cell(row, i))]
    codes, reasons, notes = resolve_parties(names)
    errors += reasons
    warnings += notes
    if owner and owner not in codes:
        # A region's own register often lists only the partner.
        codes = sorted({*codes, owner})
    if not errors and len(codes) < 2:
        listed = ", ".join(names) or "none listed"
        errors.append(f"only one region among the parties ({listed})" if codes
                      else f"no region among the parties ({listed})")

    title = _text(get("title"))
    kind = parse_kind(get("kind")) or parse_kind(title)
    if kind is None:
        raw = _text(get("kind"))
        errors.append(f"{raw!r} in {header('kind')} is not plan, MoU or PKS" if raw
                      else "no kind (MoU, PKS or plan) in the row")

    signed_on = None
    if not _blank(get("signed_on")):
        signed_on = parse_date(get("signed_on"))
        if signed_on is None:
            errors.insert(0, f"{_text(get('signed_on'))!r} in {header('signed_on')} is not a date")

    ends_on, months = None, None
    if not _blank(get("ends_on")):
        ends_on = parse_date(get("ends_on"))
        if ends_on is None:
            warnings.append(f"{_text(get('ends_on'))!r} in {header('ends_on')} is not a date")
    if not _blank(get("duration")):
        period = parse_period(get("duration"))
        if period:
            signed_on = signed_on or period[0]
            ends_on = ends_on or period[1]
        else:
            months = parse_duration(get("duration"), header("duration"))
            if months is None:
                warnings.append(f"{_text(get('duration'))!r} in {header('duration')} is not a duration")
    if ends_on is None and signed_on and months:
        ends_on = end_date(signed_on, months)
    if months is None and signed_on and ends_on and ends_on > signed_on:
        months = months_between(signed_on, ends_on)

    sectors, unknown = parse_sectors(get("sectors"))
    for part in unknown:
        warnings.append(f"{part!r} in {header('sectors')} is no known sector")
    if "sectors" not in columns or _blank(get("sectors")):
        sectors = _sector_phrases(title) if title else []

    if errors:
        return None, errors, warnings
    agreement = {
        "parties": codes, "kind": kind, "signed_on": signed_on.isoformat() if signed_on else None,
        "sectors": sorted(set(sectors)), "signatories": [],
        "title": title, "number": _text(get("number")),
        "duration_months": months, "ends_on": ends_on.isoformat() if ends_on else None,
        "status": _text(get("status")),
    }
    return agreement, [], warnings


def parse_rows(rows: list[list], *, name: str, owner: str | None = None,
               first_row: int = 1) -> tuple[list[dict], list[dict]]:
    """(agreements, problems) of a table's rows; ``first_row`` is the first row's number.

    Each problem is ``{"file", "row", "reason", "skipped"}``. A table with no
    recognisable header row is an InputError naming the file.
    """
    found = find_header(rows)
    if found is None:
        raise InputError(
            f"{name}: no header row of an agreement register in the first {_HEADER_SCAN} rows "
            "(expected columns such as Para Pihak, Jenis, Tanggal, Jangka Waktu, Bidang)")
    start, columns = found
    headers = rows[start]
    if owner is None and partner_columns(headers, columns):
        # A region's own register lists only the partner; the title says whose it is.
        owner = owner_from_title(rows[:start])
    agreements, problems = [], []
    for offset, row in enumerate(rows[start + 1:], start=start + 1):
        number = first_row + offset
        if all(_blank(v) for v in row):
            continue
        if map_columns(row) == columns:
            continue  # the header repeated (printed registers repeat it on every page)
        agreement, errors, warnings = parse_row(row, columns, headers, owner=owner)
        if errors:
            problems.append({"file": name, "row": number, "reason": "; ".join(errors), "skipped": True})
            continue
        if warnings:
            problems.append({"file": name, "row": number, "reason": "; ".join(warnings),
                             "skipped": False})
        agreement["evidence"] = _evidence(name, number, headers, row)
        agreement["row"] = number
        agreements.append(agreement)
    return agreements, problems


# -- files ----------------------------------------------------------------------------

def csv_rows(text: str) -> list[list[str]]:
    """The rows of CSV text; the delimiter (comma, semicolon, tab) is sniffed."""
    # (a data file's comment lines, "# Sumber: ...", are no rows)
    if "\n#" in text or text.startswith("#"):
        text = "\n".join("" if line.startswith("#") else line for line in text.split("\n"))
    sample = "\n".join(line for line in text.splitlines()[:40] if line)
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows, reader = [], csv.reader(io.StringIO(text), dialect)
    last_start = next_start = 1
    for row in reader:
        rows.append(list(row))
        last_start, next_start = next_start, reader.line_num + 1
    # A quote that never closes swallows the rest of the file into the last cell: say
    # so, rather than load a register with its rows missing. (Quotes pair up in a
    # well-formed row, doubled ones included; an odd count means one is still open.)
    tail = text.splitlines()[last_start - 1:]
    if len(tail) > 1 and "\n".join(tail).count(dialect.quotechar or '"') % 2:
        raise InputError(f"broken quoting: a quote in the row on line {last_start} is never "
                         f"closed, so the {len(tail)} lines from there would be one cell")
    return rows


def xlsx_rows(path: str | Path) -> list[list]:
    """The rows of the first sheet that holds a register (else the first sheet)."""
    import openpyxl

    try:
        # A file object, so a workbook saved without the .xlsx extension opens too.
        with open(path, "rb") as fh:
            book = openpyxl.load_workbook(io.BytesIO(fh.read()), read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises zipfile, KeyError and its own errors
        raise InputError(f"{path}: not a readable XLSX workbook ({err})") from None
    try:
        sheets = [[list(r) for r in ws.iter_rows(values_only=True)] for ws in book.worksheets]
    finally:
        book.close()
    for rows in sheets:
        if find_header(rows):
            return rows
    return sheets[0] if sheets else []


def rows_text(rows: list[list]) -> str:
    """A table as CSV text (dates ISO): what is kept as the register's source text."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in rows:
        writer.writerow(["" if _blank(v) else _text(v) if not isinstance(v, str) else v for v in row])
    return buf.getvalue()


def _decode(data: bytes, path) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")  # Excel's "Unicode text" export
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{path}: not a text file")


def register_record(agreements: list[dict], *, id: str, text: str, path: str | None) -> dict:
    """The extraction record of a register: one record, one agreement per good row."""
    return {
        "id": id, "published": None, "agreements": agreements, "officials": [],
        "source": {"id": hashlib.sha256(text.encode("utf-8")).hexdigest(), "path": path,
                   "url": None, "title": Path(path).name if path else id, "kind": "register"},
        "extractor": "kerjasama/register",
    }


def read_register(path: str | Path, *, owner: str | None = None,
                  kind: str | None = None) -> tuple[dict, str, list[dict]]:
    """``(record, text, problems)`` of a CSV or XLSX register file.

    ``text`` is the register as CSV (for an XLSX, its sheet rendered as CSV),
    kept so the record can be made again. ``owner``, a region code, is added
    as a party to every row: for a region's own register that lists only the
    partners.
    """
    path = Path(path)
    if kind is None:
        from kerjasama.loaders.sniff import sniff

        kind = sniff(path)
    try:
        if kind == "xlsx":
            rows = xlsx_rows(path)
            text = rows_text(rows)
        else:
            # One newline convention, so the kept text hashes the same when read back.
            text = _decode(path.read_bytes(), path).replace("\r\n", "\n").replace("\r", "\n")
            try:
                rows = csv_rows(text)
            except InputError as err:
                raise InputError(f"{path}: {err}") from None
    except OSError as err:
        raise InputError(f"{path}: {err.strerror}") from None
    agreements, problems = parse_rows(rows, name=str(path), owner=owner)
    return register_record(agreements, id=path.stem, text=text, path=str(path)), text, problems


def register_from_text(text: str, *, id: str, path: str | None = None,
                       owner: str | None = None) -> tuple[dict, list[dict]]:
    """``(record, problems)`` from a register's kept CSV text (for re-extraction)."""
    agreements, problems = parse_rows(csv_rows(text), name=path or id, owner=owner)
    return register_record(agreements, id=id, text=text, path=path), problems
