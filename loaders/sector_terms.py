"""Indonesian phrases for fields of cooperation, mapped to the sector slugs of ``sectors.tsv``.

The phrase table is ``data/sector_terms.tsv`` (phrase, slug): the urusan names
and what news writes for them ("ketahanan pangan" -> pangan, "UMKM" ->
koperasi-ukm, "persampahan" -> lingkungan-hidup, "Damkar" -> trantibum).
Phrases are matched whole-word, case-insensitively, the longest first, with
one compiled regular expression; a phrase mapped to "-" blocks the shorter
phrases inside it ("sumber daya manusia" is no sector). The produce of a field traded or handled
by the field named just before it is that field's goods ("perdagangan hasil pertanian" is trade).

>>> sectors_in("perdagangan, koperasi dan UMKM; ketahanan pangan; kelautan dan perikanan")
['perdagangan', 'koperasi-ukm', 'pangan', 'kelautan-perikanan']
>>> sectors_in("pengembangan sumber daya manusia dan media sosial")
[]
>>> sectors_in("perdagangan hasil pertanian dan peningkatan hasil perikanan")
['perdagangan', 'kelautan-perikanan']
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = ["sectors_in", "leads_with_field", "terms"]


@lru_cache(maxsize=1)
def terms() -> dict[str, str]:
    """phrase (lower case) -> slug, or "-" for a blocking phrase."""
    text = resources.files("kerjasama.loaders").joinpath("data/sector_terms.tsv").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("phrase\t"):
            continue
        phrase, slug = line.split("\t")
        out[phrase.strip().lower()] = slug.strip()
    return out


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    phrases = sorted(terms(), key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _first_words() -> frozenset:
    return frozenset(p.split()[0] for p in terms())


@lru_cache(maxsize=1)
def _first_words_ascii() -> frozenset:
    return frozenset(w.encode() for w in _first_words())


_WORDS = re.compile(r"[a-z]+")
# every byte but a-z to a space: the words of an ASCII text without a regular expression
_NOT_A_Z = bytes(b if 97 <= b <= 122 else 32 for b in range(256))


def _names_a_first_word(low: str) -> bool:
    """Whether a run of a-z in ``low`` is the first word of a phrase (most texts hold none)."""
    if low.isascii():
        return not _first_words_ascii().isdisjoint(low.encode().translate(_NOT_A_Z).split())
    return not _first_words().isdisjoint(_WORDS.findall(low))


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, list[tuple[list[str], str]]]:
    """first word -> [(the other words of the phrase, slug)], longest phrase first (the order of _pattern)."""
    out: dict[str, list] = {}
    for phrase in sorted(terms(), key=len, reverse=True):
        words = phrase.split()
        out.setdefault(words[0], []).append((words[1:], terms()[phrase]))
    return out


# the runs of letters, digits and hyphens, and apart from them what else than space parts them: two runs
# next to each other in the list are parted by spaces only
_TOKEN = re.compile(r"[\w-]+|[^\w\s-]+")


def sectors_in(text: str) -> list[str]:
    """Sector slugs named in ``text``, in order of first appearance, without repeats.

    What ``_pattern()`` finds, read word by word: a phrase starts and ends where a run of
    letters, digits and hyphens does, its words parted by spaces only; at each word the longest
    phrase wins. (The expression of every phrase is slow to scan; a dictionary lookup is not.)
    """
    low = text.lower()
    if not _names_a_first_word(low):
        return []
    tokens = _TOKEN.findall(low)
    index, out, after, goods = _by_first_word(), [], 0, -1
    for i, word in enumerate(tokens):
        if i < after or word not in index:
            continue  # inside the phrase just read, or no phrase starts here
        for rest, slug in index[word]:
            if not rest or tokens[i + 1:i + 1 + len(rest)] == rest:
                if slug != "-" and slug not in out and i != goods:
                    out.append(slug)
                after = i + 1 + len(rest)
                # "perdagangan hasil pertanian": what follows "hasil" is the goods of this field
                if slug != "-" and tokens[after:after + 1] == ["hasil"]:
                    goods = after + 1
                break
    return out


def leads_with_field(text: str, words: int = 3) -> bool:
    """Whether a phrase of a field starts within the first ``words`` words of ``text`` (it may end later).

    >>> leads_with_field("Sistem Penyediaan Air Minum regional")
    True
    >>> leads_with_field("kedua daerah untuk pengelolaan sampah")
    False
    """
    tokens = _TOKEN.findall(text.lower())
    index, after = _by_first_word(), 0
    for i, word in enumerate(tokens[:words]):
        if i < after or word not in index:
            continue
        for rest, slug in index[word]:
            if not rest or tokens[i + 1:i + 1 + len(rest)] == rest:
                if slug != "-":
                    return True
                after = i + 1 + len(rest)  # ("sumber daya manusia": no field, nor one inside it)
                break
    return False
