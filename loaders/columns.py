"""Two columns set side by side in a PDF's text, as an agreement's signature block keeps them, read one after the other.

A signed PKS converted from PDF keeps the blocks of its two parties on the same lines, a wide gap of spaces
between them ("PIHAK KEDUA,          PIHAK PERTAMA,"). Read line by line, each line holds the end of one party's
office and the start of the other's, and the names beside each other read as one. Each run of such lines is
written back as its left column, then its right one, and the rest of the text is left as it is.

>>> t = ("Ditandatangani oleh PARA PIHAK.\\n\\n"
...      "PIHAK KEDUA,                     PIHAK PERTAMA,\\n"
...      "KEPALA DINAS PUPR                KEPALA DINAS PUPR\\n"
...      "KOTA SURAKARTA,                  KABUPATEN SUKOHARJO,\\n\\n"
...      "ttd.                             ttd.\\n\\n"
...      "Ir. RETNO WULANDARI, M.Eng.      Ir. BAMBANG HADI, M.T.\\n\\nSalinan sesuai aslinya")
>>> print(with_columns(t))
Ditandatangani oleh PARA PIHAK.
<BLANKLINE>
PIHAK KEDUA,
KEPALA DINAS PUPR
KOTA SURAKARTA,
<BLANKLINE>
ttd.
<BLANKLINE>
Ir. RETNO WULANDARI, M.Eng.
<BLANKLINE>
PIHAK PERTAMA,
KEPALA DINAS PUPR
KABUPATEN SUKOHARJO,
<BLANKLINE>
ttd.
<BLANKLINE>
Ir. BAMBANG HADI, M.T.
<BLANKLINE>
Salinan sesuai aslinya
"""
from __future__ import annotations

import re

__all__ = ["with_columns"]

GAP = 6  # spaces at least between the two columns of a line
_SPLIT = re.compile(r"^(\s*\S.*?\S?)( {%d,})(\S.*?)\s*$" % GAP)
_SLACK = 4  # how far the right column's start may wander from line to line
_MIN_LINES = 3  # lines of two columns a run needs (one such line is a gap in a sentence)


def _split(line: str) -> tuple[str, int, str] | None:
    """(left part, where the right part starts, right part) of a line of two columns, else None; a line of three
    parts or more is a table's, no pair of columns."""
    m = _SPLIT.match(line)
    if m is None or " " * GAP in m.group(3) or m.group(3).startswith(":") or m.group(1).endswith(":"):
        return None  # (nor a field and its value set apart: "Nama Kegiatan        : Penandatanganan ...")
    return m.group(1).rstrip(), m.end(2), m.group(3)


def with_columns(text: str) -> str:
    """``text`` with each run of lines in two columns written as its left column, a blank line, then its right
    column (module doc). Blank lines within a run are kept in both columns."""
    if " " * GAP not in text:
        return text  # (most texts)
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        run = _run(lines, i)
        if run is None:
            out.append(lines[i])
            i += 1
            continue
        end, parts = run
        out += [left for left, _ in parts] + [""] + [right for _, right in parts]
        i = end
    return "\n".join(out)


def _run(lines: list[str], i: int) -> tuple[int, list[tuple[str, str]]] | None:
    """(where it ends, its (left, right) line pairs) of the run of two-column lines starting at ``i``, else None."""
    parts, at, end, doubled = [], None, i, 0
    for j in range(i, len(lines)):
        line = lines[j]
        if not line.strip():
            if not parts:
                return None
            parts.append(("", ""))
            continue
        split = _split(line)
        if split is None or at is not None and abs(split[1] - at) > _SLACK:
            break
        left, start, right = split
        at = start if at is None else at
        parts.append((left, right))
        doubled += 1
        end = j + 1
    if doubled < _MIN_LINES:
        return None
    parts = parts[:end - i]  # (not the blank lines after its last)
    return end, parts
