"""Tables laid out in spaces, as a PDF's text keeps them, read as rows of cells.

A report converted from PDF keeps its table as columns of spaces, under a header and a rule of dashes, each
row's cells wrapped over several lines ("Pemerintah Provinsi" / "Kalimantan Tengah"), words broken at a hyphen
("penye-" / "lenggaraan"), and a note under a row ("Penandatangan: Gubernur A – Gubernur B"). Read line by line,
the row is lost: its partner's name is split in two, its date stands beside another row's words. Each row is
written back as one line of cells between bars ("1 | Pemerintah Provinsi Kalimantan Tengah | Kesepakatan
Bersama | ... "), the form the extractor reads a table's row in, and the rest of the text is left as it is.

>>> t = ("No  Mitra Kerja Sama        Bentuk        Tanggal\\n"
...      "--- ----------------------- ------------- ----------\\n"
...      "1   Pemerintah Provinsi     Kesepakatan   20-11-2024\\n"
...      "    Kalimantan Tengah       Bersama\\n"
...      "    Penandatangan: Gubernur Kalimantan Selatan\\n"
...      "2   Pemerintah Kabupaten    Perjanjian    17-04-2025\\n"
...      "    Banjar                  Kerja Sama\\n\\nBAB III\\n")
>>> print(with_rows(t))
No | Mitra Kerja Sama | Bentuk | Tanggal
1 | Pemerintah Provinsi Kalimantan Tengah | Kesepakatan Bersama | 20-11-2024 | Penandatangan: Gubernur Kalimantan Selatan
2 | Pemerintah Kabupaten Banjar | Perjanjian Kerja Sama | 17-04-2025
<BLANKLINE>
BAB III
<BLANKLINE>
"""
from __future__ import annotations

import csv
import re

__all__ = ["is_header", "is_row", "is_rule", "with_delimited_rows", "with_rows"]

# a header with no rule, its first column the number's: " No  Jenis  Nomor / Tanggal   Mitra Kerja Sama ..." (four
# columns at least, set apart by two spaces or more); its first row opens with a number
_NUMBER_HEADER = re.compile(r"^[ \t]*No\.?(?: {2,}[A-Z][^\n]*?){3,}$", re.MULTILINE)
_COLUMN_GAP = re.compile(r" {2,}")
_FIRST_ROW = re.compile(r"[ \t]*1\.?[ \t]{2,}\S")
# a rule of dashes under a header: two columns at least ("--- ----------- -------")
_RULE = re.compile(r"^[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*$", re.MULTILINE)
_DASHES = re.compile(r"-{2,}")
# the first cell of a row: its number
_ROW_NUMBER = re.compile(r"\d{1,3}\.?$")
# a note under a row, spanning its columns: "Penandatangan: ...", "Keterangan: ..."
_NOTE = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+)?\s*:\s")
# a line that ends the table: a page's rule of underscores or dashes, or a heading at the margin
_TABLE_END = re.compile(r"^(?:_{5,}|-{5,}|[A-Z])")


def is_row(line: str) -> bool:
    """Whether ``line`` is a table's row as written here, its cells between bars (two bars at least).

    >>> is_row("1 | Kesepakatan Bersama | Pemerintah Kabupaten Magelang | 02-10-2025"), is_row("A | B")
    (True, False)
    """
    return " | " in line and line.count(" | ") >= 2


def is_rule(line: str) -> bool:
    """Whether ``line`` is the rule under a Markdown table's header, bars and dashes only.

    >>> is_rule("|----|-------|:---:|"), is_rule("| 1 | - | - |")
    (True, False)
    """
    return line.count("|") >= 2 and "---" in line and _MARKDOWN_RULE.fullmatch(line.strip()) is not None


_MARKDOWN_RULE = re.compile(r"[|:\- ]+")


def is_header(line: str) -> bool:
    """Whether the table's row ``line`` is its header: its first cell the number's column ("No", "No.") or, with no
    number anywhere, each cell a label of a few words ("Jenis | Mitra | Tanggal Penandatanganan").

    >>> is_header("No | Jenis | Mitra | Tanggal Penandatanganan"), is_header("1 | Kesepakatan Bersama | Bali | -")
    (True, False)
    """
    cells = [c.strip(" |") for c in line.split(" | ")]  # (a Markdown row's outer bars: "| No | Mitra | ... |")
    if cells[0].rstrip(".").lower() in ("no", "nomor"):
        return True
    return not any(ch.isdigit() for ch in line) and all(c[:1].isupper() and len(c.split()) <= 4 for c in cells)


def with_rows(text: str) -> str:
    """``text`` with each table laid out in spaces written as rows of cells (module doc): under a rule of dashes, or
    under a header whose first column is the number's ("No  Jenis  Nomor / Tanggal  Mitra Kerja Sama ...").

    >>> print(with_rows(" No  Jenis  Mitra Kerja Sama     Tanggal\\n"
    ...                 " 1   KB     Pemerintah Kota      15 Maret 2021\\n"
    ...                 "            Salatiga\\n\\nCatatan: -"))
    No | Jenis | Mitra Kerja Sama | Tanggal
    1 | Kesepakatan Bersama | Pemerintah Kota Salatiga | 15 Maret 2021
    <BLANKLINE>
    Catatan: -
    """
    ruled = "--" in text and _RULE.search(text) is not None
    if not ruled and not _NUMBER_HEADER.search(text):
        return text
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        if ruled and i and _RULE.fullmatch(lines[i]) and lines[i - 1].strip():
            starts = [m.start() for m in _DASHES.finditer(lines[i])]
            out[-1] = " | ".join(_cells(lines[i - 1], starts))
            rows, i = _rows(lines, i + 1, starts)
            out.extend(_spelled_kinds(out[-1], rows))
            continue
        if _NUMBER_HEADER.match(lines[i]) and (body := _body_start(lines, i + 1)) is not None:
            starts = [0] + [m.end() for m in _COLUMN_GAP.finditer(lines[i].rstrip())]
            header = " | ".join(_cells(lines[i], starts))
            rows, after = _rows(lines, body, starts)
            if rows:
                out.append(header)
                out.extend(_spelled_kinds(header, rows))
                i = after
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def _body_start(lines: list[str], i: int) -> int | None:
    """The index of the first row under a header without a rule (its own line perhaps wrapped once: "Jangka" /
    "Waktu"), else None."""
    for j in (i, i + 1):
        if j < len(lines) and _FIRST_ROW.match(lines[j]):
            return j
    return None


def _spelled_kinds(header: str, rows: list[str]) -> list[str]:
    """``rows`` with the codes of the column of kinds that ``header`` names spelled out ("KB": "Kesepakatan
    Bersama")."""
    kinds = [k for k, name in enumerate(header.split(" | ")) if name.strip().lower() in _KIND_COLUMNS]
    if not kinds:
        return rows
    out = []
    for row in rows:
        cells = row.split(" | ")
        for k in kinds:
            if k < len(cells):
                cells[k] = _KIND_CODES.get(cells[k], cells[k])
        out.append(" | ".join(cells))
    return out


def with_delimited_rows(text: str) -> str:
    """``text`` with each table of values split by semicolons (a data file exported from a spreadsheet, its fields
    perhaps quoted) written as rows of cells, an empty cell as "-" and the codes of a column of kinds spelled out.

    >>> print(with_delimited_rows('# Data\\nno;jenis;pihak;objek;tgl_ttd\\n'
    ...                           '1;KB;"Pemerintah Aceh; Pemerintah Provinsi Riau";SDM;08/01/2019\\n2;PKS;x;y;'))
    # Data
    no | jenis | pihak | objek | tgl_ttd
    1 | Kesepakatan Bersama | Pemerintah Aceh, Pemerintah Provinsi Riau | SDM | 08/01/2019
    2 | Perjanjian Kerja Sama | x | y | -
    """
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        header = _fields_of(lines[i]) if lines[i].count(";") >= 4 else None
        if header is None or i + 1 >= len(lines) or len(_fields_of(lines[i + 1]) or ()) != len(header):
            out.append(lines[i])
            i += 1
            continue
        head = " | ".join(c.strip() or "-" for c in header)
        rows = []
        i += 1
        while i < len(lines) and len(row := _fields_of(lines[i]) or ()) == len(header):
            rows.append(" | ".join(c.strip().replace(";", ",") or "-" for c in row))
            i += 1
        out.append(head)
        out.extend(_spelled_kinds(head, rows))
    return "\n".join(out)


def _fields_of(line: str) -> list[str] | None:
    """The fields of a line of values split by semicolons, quotes read as a spreadsheet writes them."""
    fields = next(csv.reader([line], delimiter=";"), None)
    return fields if fields and len(fields) >= 5 else None


_KIND_COLUMNS = {"jenis", "bentuk", "jenis_naskah", "jenis dokumen", "jenis_dokumen", "bentuk_kerja_sama"}
_KIND_CODES = {"KB": "Kesepakatan Bersama", "NK": "Nota Kesepahaman", "PKS": "Perjanjian Kerja Sama"}


def _cells(line: str, starts: list[int]) -> list[str]:
    """The line cut at the columns' starts, each cell without its spaces."""
    bounds = starts[1:] + [max(len(line), starts[-1]) + 1]
    return [line[a:b].strip() for a, b in zip([0] + starts[1:], bounds)]


def _rows(lines: list[str], i: int, starts: list[int]) -> tuple[list[str], int]:
    """The rows of the table whose body starts at line ``i``, each as one line of cells, and the index of the
    first line after the table."""
    rows, cells, notes, blank = [], None, [], None  # blank: the first of the blank lines just read
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            if blank is not None:
                i = blank  # (two blank lines: the table has ended, and they stay)
                break
            blank = i
            i += 1
            continue
        if _TABLE_END.match(line):
            i = i if blank is None else blank
            break
        blank = None
        parts = _cells(line, starts)
        if _ROW_NUMBER.fullmatch(parts[0]):
            if cells is not None:
                rows.append(_row(cells, notes))
            cells, notes = [[p] if p else [] for p in parts], []
        elif cells is not None and _NOTE.match(line.strip()):
            notes.append(line.strip())
        elif cells is not None and notes:
            notes[-1] += " " + line.strip()  # (a note wrapped: "Penandatangan: Sekda A – Sekda" / "B")
        elif cells is not None:
            for cell, part in zip(cells, parts):
                if part:
                    cell.append(part)
        else:
            break  # (no row has started: not a table's body)
        i += 1
    if cells is not None:
        rows.append(_row(cells, notes))
    return rows, i


def _row(cells: list[list[str]], notes: list[str]) -> str:
    return " | ".join([_joined(c) for c in cells] + notes)


def _joined(parts: list[str]) -> str:
    """A cell's lines as one text, a word broken at a hyphen whole again ("penye-" "lenggaraan": "penyelenggaraan";
    "Banjar-" "baru": "Banjarbaru"; "2025" after "000.3/019/PKS/IV/": "000.3/019/PKS/IV/2025")."""
    text = ""
    for part in parts:
        if text.endswith("-") and part[:1].isalpha() and text[-2:-1].isalpha():
            text = text[:-1] + part
        elif text.endswith("/"):
            text += part
        else:
            text = f"{text} {part}" if text else part
    return text
