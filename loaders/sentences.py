"""Cleaning a news text and cutting it into sentences.

Cleaning (:func:`clean`):

- "BACA JUGA: <headline>" / "Baca Juga:" link lines are removed up to the end
  of the line, or up to the quotation that follows the headline on the same line;
  "Artikel Terkait", "Berita Terkait" and similar lines are removed.
- A line broken inside a date ("Jumat, 15\\n\\nNovember 2024") or before a
  lower-case continuation is joined again.
- Non-breaking and odd spaces become plain spaces (NFKC).

Splitting (:func:`split`): every line is a block; inside a block a sentence
ends at ``.``, ``!`` or ``?`` followed by space and a capital, a digit or a
quote, except after abbreviations (Dr., Drs., Kab., Pj., H., single initials, given names
written short: Moh., Muh., Abd.).
A fragment that is only a date ("Kamis (21/10/2021).") belongs to the sentence
before it.

>>> [s.text for s in split(clean("Pjs. Bupati Solok, Dr. Drs. Akbar Ali, AP, M.Si. hadir. Kamis (21/10/2021)."))]
['Pjs. Bupati Solok, Dr. Drs. Akbar Ali, AP, M.Si. hadir. Kamis (21/10/2021).']
>>> [s.text for s in split("Wali Kota Makassar Moh. Ramdhan Pomanto hadir.")]
['Wali Kota Makassar Moh. Ramdhan Pomanto hadir.']
>>> [s.text for s in split("Acara selesai. Bupati pulang.\\nBaris baru")]
['Acara selesai.', 'Bupati pulang.', 'Baris baru']
>>> clean("Judul\\nBACA JUGA: Kabar Lain Sekali\\nIsi")
'Judul\\n\\nIsi'
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from kerjasama.loaders.dates import MONTHS
from kerjasama.loaders.names import GIVEN_ABBREVIATIONS

__all__ = ["Sentence", "clean", "split"]

_BACA = re.compile(r"\b(?:baca\s+juga|lihat\s+juga|simak\s+juga|berita\s+terkait|artikel\s+terkait)\b\s*:?",
                   re.IGNORECASE)
_NOISE_WORDS = {"artikel terkait", "berita terkait", "berita terkini", "berita terpopuler", "berita pilihan",
                "tag", "tags", "share", "bagikan", "advertisement", "iklan", "social header", "rate this item",
                "go to top", "(0 votes)", "(1 vote)"}
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_BROKEN_DATE = re.compile(rf"(\d{{1,2}})[ \t]*\n\s*((?:{_MONTH_WORDS})\b)", re.IGNORECASE)
_BROKEN_LINE = re.compile(r"([^\s.!?:;\"”])[ \t]*\n[ \t]*(?=[a-z])")
_ABBREV = {"dr", "drs", "dra", "drg", "prof", "ir", "kab", "kec", "kel", "no", "nomor", "pj", "pjs", "plt",
           "plh", "jl", "jln", "st", "sdr", "bpk", "hj", "kh", "h", "ny", "tn", "dll", "dsb", "dkk", "prov",
           "ust", "gg", "rt", "rw", "a.n", "u.p", "sd", "smp", "sma", "tgl", "hlm", "vol", "ttd", "m"} | GIVEN_ABBREVIATIONS
_END = re.compile(r"[.!?]+[\"”’']?(?=\s+[\"“‘'(]?[A-Z0-9])")
_DATE_ONLY = re.compile(
    r"^[(\s]*(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)?[\s,(]*\d{1,2}[/.\s-]\S*\)?[.\s]*$",
    re.IGNORECASE)


_LAST_WORD = re.compile(r"([^\s(]+)$")


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


def clean(text: str) -> str:
    """The text without link noise and with broken lines joined (see module doc)."""
    text = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u200b", "").replace("\ufeff", "")
    out, pos = [], 0
    low = text.lower()
    for m in _links(text, low):
        if m.start() < pos:
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        rest = text[m.end():line_end]
        q = re.search(r"[“\"]", rest)
        cut = m.end() + q.start() if q and q.start() > 8 else line_end
        out.append(text[pos:m.start()])
        pos = cut
    out.append(text[pos:])
    text = "".join(out)
    lines = [("" if line.strip().lower().rstrip(": ") in _NOISE_WORDS else line) for line in text.split("\n")]
    text = "\n".join(lines)
    if "\n" in text:
        if _DIGIT_EOL.search(text):
            text = _BROKEN_DATE.sub(r"\1 \2", text)
        text = _join_broken_lines(text)
    return text


def _links(text: str, low: str):
    """The "BACA JUGA" / "Berita Terkait" markers, in order: the pattern is tried only where its last
    word stands (re scans an alternation slowly at every position)."""
    starts = set()
    for word in ("juga", "terkait"):
        i = low.find(word)
        while i >= 0:
            m = _BACA.search(text, max(0, i - 12), i + len(word))
            if m:
                starts.add(m.start())
            i = low.find(word, i + 1)
    found = (_BACA.match(text, start) for start in sorted(starts))
    return [m for m in found if m]


_DIGIT_EOL = re.compile(r"[0-9][ \t]*\n")
_NL_LOWER = re.compile(r"\n[ \t]*(?=[a-z])")
_NOT_JOINED = frozenset('.!?:;"”')


def _join_broken_lines(text: str) -> str:
    """A line break (with spaces around it) before a lower-case word, after a character that ends no
    sentence, becomes one space: "... kerja\\n sama" -> "... kerja sama".

    >>> _join_broken_lines("kerja \\n sama. Lalu\\n\\nbaru\\nlagi")
    'kerja sama. Lalu\\n\\nbaru lagi'
    """
    out, pos = [], 0
    for m in _NL_LOWER.finditer(text):
        q = m.start()
        while q > pos and text[q - 1] in " \t":
            q -= 1
        if q <= pos or text[q - 1].isspace() or text[q - 1] in _NOT_JOINED:
            continue
        out.append(text[pos:q])
        out.append(" ")
        pos = m.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _is_abbrev(block: str, dot: int) -> bool:
    """Whether the period at ``dot`` closes an abbreviation or an initial."""
    # the word before the period: back to a space or "(" (at most 40 characters), as _LAST_WORD reads it
    lo, i = max(0, dot - 40), dot
    while i > lo and not block[i - 1].isspace() and block[i - 1] != "(":
        i -= 1
    if i == dot:
        return False
    word = block[i:dot]
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "M. Rizon"
    return word.lower() in _ABBREV


def split(text: str) -> list[Sentence]:
    """The sentences of a cleaned text, with their offsets in it."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        block, base, start = line.group(), line.start(), 0
        for m in _END.finditer(block):
            if m.group().startswith(".") and len(m.group()) == 1 and _is_abbrev(block, m.start()):
                continue
            spans.append((base + start, base + m.end()))
            start = m.end()
        spans.append((base + start, base + len(block)))
    out: list[Sentence] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s >= e:
            continue
        piece = text[s:e]
        if out and _DATE_ONLY.match(piece) and text[out[-1].end:s].count("\n") == 0:
            prev = out.pop()
            out.append(Sentence(prev.start, e, text[prev.start:e]))
            continue
        out.append(Sentence(s, e, piece))
    return out
