"""Cleaning a news text and cutting it into sentences.

Cleaning (:func:`clean`):

- "BACA JUGA: <headline>" / "Baca Juga:" link lines are removed up to the end
  of the line, or up to the quotation that follows the headline on the same line;
  "Artikel Terkait", "Berita Terkait" and similar lines are removed.
- A line broken inside a date ("Jumat, 15\\n\\nNovember 2024") or before a
  lower-case continuation is joined again.
- Non-breaking and odd spaces become plain spaces (NFKC), and a run of spaces
  or tabs inside a line one space ("kerja  sama" is "kerja sama").
- A table laid out in spaces under a rule of dashes (a PDF's text) is written
  one row a line, its cells between bars (:mod:`kerjasama.loaders.tables`).

Splitting (:func:`split`): every line is a block; inside a block a sentence
ends at ``.``, ``!`` or ``?`` followed by space and a capital, a digit or a
quote, except after abbreviations (Dr., Drs., Kab., Pj., H., Capt., single initials, given names
written short: Moh., Muh., Abd., the adat title Dt.: "Wali Kota Hendri Dt. Rajo Basa").
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
from kerjasama.loaders.names import ADAT_TITLES, GIVEN_ABBREVIATIONS
from kerjasama.loaders.columns import with_columns
from kerjasama.loaders.tables import is_row, with_delimited_rows, with_rows

__all__ = ["Sentence", "clean", "split"]

_BACA = re.compile(r"\b(?:baca\s+juga|lihat\s+juga|simak\s+juga|berita\s+terkait|artikel\s+terkait)\b\s*:?",
                   re.IGNORECASE)
_BULLET_LINE = re.compile(r"\n[ \t]?[-•*·][ \t]")  # the next line an item of a list
# (a heading of related links, whose list of them goes too)
_LINKS_LISTS = ("artikel terkait", "berita terkait", "dokumen terkait", "berita lainnya", "baca juga")
_NOISE_WORDS = {"artikel terkait", "berita terkait", "dokumen terkait", "berita lainnya", "berita terkini",
                "berita terpopuler", "berita pilihan",
                "tag", "tags", "share", "bagikan", "advertisement", "iklan", "social header", "rate this item",
                "go to top", "(0 votes)", "(1 vote)"}
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_BROKEN_DATE = re.compile(rf"(\d{{1,2}})[ \t]*\n\s*((?:{_MONTH_WORDS})\b)", re.IGNORECASE)
_GAP = re.compile(r"[ \t]*\t[ \t]*| {2,}")  # a run of spaces or tabs inside a line
_BROKEN_LINE = re.compile(r"([^\s.!?:;\"”])[ \t]*\n[ \t]*(?=[a-z])")
_ABBREV = {"dr", "drs", "dra", "drg", "drh", "prof", "ir", "kab", "kec", "kel", "no", "nomor", "pj", "pjs", "plt",
           "plh", "jl", "jln", "st", "sdr", "bpk", "hj", "kh", "h", "ny", "tn", "dll", "dsb", "dkk", "prov",
           "ust", "gg", "rt", "rw", "a.n", "u.p", "sd", "smp", "sma", "tgl", "hlm", "vol", "ttd", "m", "capt", "kapt",
           "ns", "apt", "bd", "tgk", "hi", "tgh", "ustadz",
           "jend", "mayjen", "brigjen", "letjen", "letkol", "kol", "laksda", "marsda", "pol", "purn", "irjen"} \
    | GIVEN_ABBREVIATIONS | ADAT_TITLES  # (a rank in a hospital's name too: "RSUD Jend. Ahmad Yani")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")
# a space that is no line break: the mark and what follows it stand on one line
_END = re.compile(r"[.!?]+[\"”’']?(?=[^\S\n]+[\"“‘'(]?[A-Z0-9])")
_DATE_ONLY = re.compile(
    r"^[(\s]*(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)?[\s,(]*\d{1,2}[/.\s-]\S*\)?[.\s]*$",
    re.IGNORECASE)


_LAST_WORD = re.compile(r"([^\s(]+)$")


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


# words set in bold inside a line (a line in bold, a heading, is left as it is)
_CHAT_BOLD = re.compile(r"(?<=[ \t(])\*(\w[^*\n]{0,120}?)\*(?=[\s.,;:)!?]|$)", re.MULTILINE)
# a comma, or a period, with a letter right after it
_TIGHT_COMMA = re.compile(r",(?=[A-Za-z])")
_TIGHT_PERIOD = re.compile(r"\.(?=[A-Z][a-z])")
_TIGHT_HONORIFICS = frozenset({"H", "Hj", "Dr", "Drs", "Dra", "Ir", "Prof", "KH", "Tgk"})


def _spaced_comma(m: re.Match) -> str:
    """", " after a word in small letters ("Nanga,S.Sos"); the comma as it is elsewhere ("1,5", "A,B")."""
    i = m.start()
    return ", " if i and m.string[i - 1].islower() else ","


def _spaced_honorific(m: re.Match) -> str:
    """". " after an honorific before a name ("H.Alfian"); the period as it is elsewhere ("S.Sos", "M.Si")."""
    text, i = m.string, m.start()
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return ". " if text[j:i] in _TIGHT_HONORIFICS and (j == 0 or not text[j - 1].isalnum() and text[j - 1] != ".") \
        else "."


def clean(text: str) -> str:
    """The text without link noise and with broken lines joined (see module doc)."""
    text = unicodedata.normalize("NFKC", text)
    if "\r" in text:  # one fast look instead of two scans by replace
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = text.replace("\u200b", "").replace("\ufeff", "")
    if "  " in text and "--" in text:
        text = with_rows(text)  # a table laid out in spaces, as a PDF's text keeps it: one row a line (tables.py)
    if "      " in text:
        text = with_columns(text)  # two blocks side by side, as a signature block keeps them: one after the other
    if ";;" in text or text.count(";") > 20:
        text = with_delimited_rows(text)  # (and a data file of values split by semicolons)
    if "  " in text or "\t" in text:
        # "kerja  sama", "Kab.\tKampar": the words' tests read one space between words.
        text = _GAP.sub(" ", text)
    # small outlets leave out the space after a comma or an honorific ("Agustinus Nanga,S.Sos", "H.Alfian"): the
    # words are read with it (each pattern opens with its mark, which re finds fast; the word before is tested here)
    text = _TIGHT_COMMA.sub(_spaced_comma, text)
    if "*" in text:
        # a chat app's bold marks ("oleh *Riduan Simatupang, S.T., M.Si.* dan ..."): the words without them
        text = _CHAT_BOLD.sub(r"\1", text)
    text = _TIGHT_PERIOD.sub(_spaced_honorific, text)
    out, pos = [], 0
    low = text.lower()
    for m in _links(text, low):
        if m.start() < pos:
            continue
        # (the marker's spaces may run past its line's end: "BERITA TERKAIT\n- ...", a heading of its own)
        line_end = text.find("\n", m.start(), m.end())
        if line_end < 0:
            line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        rest = text[m.end():line_end]
        q = re.search(r"[“\"]", rest)
        cut = m.end() + q.start() if q and q.start() > 8 else line_end
        if not rest.strip():
            # a heading of related links on a line of its own: the list of them under it goes too ("Berita Terkait:\n-
            # Pemkab Sikka dan Pemkab Ende Jajaki Kerja Sama ...")
            while _BULLET_LINE.match(text, cut):
                nxt = text.find("\n", cut + 1)
                cut = len(text) if nxt < 0 else nxt
        out.append(text[pos:m.start()])
        pos = cut
    out.append(text[pos:])
    text = "".join(out)
    if "ANTARA" in text and "\n" in text:
        text = _join_title_block(text)
    lines = text.split("\n")  # (once, for the two steps that read lines)
    if _blank_noise(lines):
        text = "\n".join(lines)
    if len(lines) > 1:
        text = _join_broken_dates(text, lines)
        text = _join_broken_lines(text)
    return text


# an agreement's own title block, in lines of capitals: "KESEPAKATAN BERSAMA / ANTARA / PEMERINTAH KABUPATEN GOWA /
# DAN / PEMERINTAH KOTA MAKASSAR / TENTANG / ..." (up to the line with small letters or the blank one)
_TITLE_BLOCK = re.compile(r"^[ \t]*(?:KESEPAKATAN\s+BERSAMA|NOTA\s+KESEPAKATAN|NOTA\s+KESEPAHAMAN|PERJANJIAN\s+KERJA\s*SAMA|"
                          r"ADENDUM|ADDENDUM)[^\na-z]*\n[ \t]*ANTARA[^\na-z]*(?:\n[^\na-z\s][^\na-z]*){1,12}",
                          re.MULTILINE)


def _join_title_block(text: str) -> str:
    """``text`` with the lines of an agreement's title block joined into one (the offsets kept: each line
    break becomes a space), so that its parties are read together.

    >>> _join_title_block("KESEPAKATAN BERSAMA\\nANTARA\\nPEMERINTAH KABUPATEN GOWA\\nDAN\\nPEMERINTAH KOTA MAKASSAR\\n\\nPada ...")
    'KESEPAKATAN BERSAMA ANTARA PEMERINTAH KABUPATEN GOWA DAN PEMERINTAH KOTA MAKASSAR\\n\\nPada ...'
    """
    m = _TITLE_BLOCK.search(text, 0, 2000)
    if m is None:
        return text
    return text[:m.start()] + m.group().replace("\n", " ") + text[m.end():]


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


# no noise word is longer, and lower() never makes a text shorter
_NOISE_MAX = max(map(len, _NOISE_WORDS))


def _blank_noise(lines: list[str]) -> bool:
    """Empties the ``lines`` that are only a noise word ("Tags:", "Berita Terkait"); whether there
    was one.

    >>> lines = "Isi\\n  Tags :\\nBagikan ini".split("\\n")
    >>> _blank_noise(lines), lines
    (True, ['Isi', '', 'Bagikan ini'])
    """
    blanked = False
    for k, line in enumerate(lines):
        s = line.strip()
        # lowered and stripped of ": " only when it may come down to a noise word: most lines are longer
        if s and (len(s) <= _NOISE_MAX or s[-1] == ":") and s.lower().rstrip(": ") in _NOISE_WORDS:
            lines[k] = ""
            blanked = True
            if s.lower().startswith(_LINKS_LISTS):
                # (and the list of links under it: "Dokumen Terkait:\n- Kesepakatan Bersama ... (2023)")
                j = k + 1
                while j < len(lines) and lines[j].lstrip()[:1] in ("-", "•", "*", "·"):
                    lines[j] = ""
                    j += 1
    return blanked


def _join_broken_dates(text: str, lines: list[str] | None = None) -> str:
    """A date broken after its day ("Jumat, 15\\n\\nNovember 2024") is one line again, when some
    line of the text ends in an ASCII digit. ``lines``: ``text.split("\\n")`` when the caller has it.

    >>> _join_broken_dates("Jumat, 15 \\n\\nNovember 2024\\n12\\nwarga")
    'Jumat, 15 November 2024\\n12\\nwarga'
    """
    # _BROKEN_DATE is tried only where a line ends in a digit: re would try it at every position
    starts, ascii_digit = [], False
    pos = 0  # where the line starts
    for line in (text.split("\n") if lines is None else lines)[:-1]:  # (the lines a line break ends)
        end = line.rstrip(" \t")
        if end and end[-1].isdecimal():  # what \d matches
            ascii_digit = ascii_digit or "0" <= end[-1] <= "9"
            # the leftmost start re would find: the day has one or two digits
            j = pos + len(end)
            starts.append(j - 2 if len(end) > 1 and end[-2].isdecimal() else j - 1)
        pos += len(line) + 1
    if not ascii_digit:
        return text
    out, pos = [], 0
    for start in starts:
        m = _BROKEN_DATE.match(text, start) if start >= pos else None
        if m:
            out += (text[pos:start], m.group(1), " ", m.group(2))
            pos = m.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


_NL_LOWER = re.compile(r"\n[ \t]*(?=[a-z]|[A-Z][a-z])")
_ITEM_START = re.compile(r"(?:\d{1,2}[.)]|[•▪●◦·*–-])\s")
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
        if " | " in text[m.end():m.end() + 40]:
            next_end = text.find("\n", m.end())
            if is_row(text[m.end():next_end if next_end >= 0 else len(text)]):
                continue  # (a table's row, its header in lower case: "no | jenis | pihak | ...")
        if text[m.end()].isupper():
            # (before a capital only a long line broken inside its sentence, as a message app wraps it: "...
            # menandatangani Kesepakatan Bersama tentang Kerja Sama\nPembangunan Daerah, Senin (3/11/2025) di ...")
            line_start = text.rfind("\n", 0, q) + 1
            next_end = text.find("\n", m.end())
            rest = text[m.end():next_end if next_end >= 0 else len(text)]
            if q - line_start < 100 or not text[q - 1].isalpha() or not rest.rstrip().endswith((".", '"', "”")) \
                    or _ITEM_START.match(rest):
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
    if "." in word and _INITIALS.fullmatch(word) and block[max(0, i - 2):i] != ", ":
        return True  # initials run together: "RSUD Mayjen H.A. Thalib" (not a degree: "Frans, S.E. Kabupaten ...")
    if "." in word and (block.startswith(" (", dot + 1) or block[dot + 1:dot + 6].lower() in (" dan ", " sert")):
        # a degree before the office in brackets, or before the next in a list written in capitals: "Artha Wibawa,
        # S.E. (Wali Kota Denpasar)", "DRS. MARTHEN L. BESSIE, M.SI. DAN BUPATI KUPANG"
        return True
    if (len(word) <= 2 and word.isdigit() or len(word) == 1 and word in "abcdefgh") \
            and (i == 0 or block[block.rfind("\n", 0, i) + 1:i].strip() == ""):
        # (and of a lettered item, at the start of its line, after its indent: "   a. PKS tentang ...")
        return True  # the number of a list item opening its line: "1. Surabaya – Pemkab Sumenep: ..."
    return word.lower() in _ABBREV


def split(text: str) -> list[Sentence]:
    """The sentences of a cleaned text, with their offsets in it."""
    ends = _sentence_ends(text)
    ends.append(len(text) + 1)  # a sentinel past every line
    out: list[Sentence] = []
    e, pos = 0, 0  # e: index of the next end in ends
    for line in text.split("\n"):
        line_end = pos + len(line)
        start = pos
        if is_row(line):
            # a row of a table ("2 | Perjanjian Kerja Sama ... | Pemerintah Kota Yogyakarta c.q. Dinas Kesehatan |
            # 15/10/2025 | ..."): one sentence, whatever abbreviations its cells hold
            while ends[e] < line_end:
                e += 1
            _add(out, text, start, line_end)
            pos = line_end + 1
            continue
        while line:
            end = ends[e] if ends[e] < line_end else line_end
            _add(out, text, start, end)
            if end == line_end:
                break
            start = end
            e += 1
        pos = line_end + 1
    return out


# the first character of a piece that _DATE_ONLY may match (IGNORECASE: ſ is s, K the Kelvin sign is k)
_DATE_FIRST = frozenset("(,SsRrKkJjMmAa\u017f\u212a")
_sentence = Sentence._make  # tuple.__new__ without the keyword handling of Sentence(...)


def _add(out: list[Sentence], text: str, s: int, e: int) -> None:
    """Adds the piece text[s:e] without its spaces, or joins it to the sentence before when it is only
    a date on the same line."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s >= e:
        return
    piece = text[s:e]
    c = piece[0]
    # (the line test first: most pieces that start a line are no date, and it is cheaper than the pattern)
    if (out and (c in _DATE_FIRST or c.isdecimal()) and "\n" not in text[out[-1].end:s]
            and _DATE_ONLY.match(piece)):
        prev = out.pop()
        out.append(Sentence(prev.start, e, text[prev.start:e]))
    else:
        out.append(_sentence((s, e, piece)))


def _sentence_ends(text: str) -> list[int]:
    """The offsets just after each mark that ends a sentence inside a line, in order."""
    # _END is tried only at a mark (str.find is much faster than re's scan of every position); matched
    # in turn from each mark not inside the previous match, this is what _END.finditer reads
    marks = _offsets(text, ".")
    if "!" in text or "?" in text:
        marks = sorted(marks + _offsets(text, "!") + _offsets(text, "?"))
    ends, last = [], 0
    match = _END.match
    for p in marks:
        if p < last:
            continue
        m = match(text, p)
        if m:
            last = m.end()
            if last - p == 1 and text[p] == "." and _is_abbrev(text, p):
                continue
            ends.append(last)
    return ends


def _offsets(text: str, char: str) -> list[int]:
    out = []
    i = text.find(char)
    while i >= 0:
        out.append(i)
        i = text.find(char, i + 1)
    return out
