"""Indonesian phrases for fields of cooperation, mapped to the sector slugs of ``sectors.tsv``.

The phrase table is ``data/sector_terms.tsv`` (phrase, slug): the urusan names
and what news writes for them ("ketahanan pangan" -> pangan, "UMKM" ->
koperasi-ukm, "persampahan" -> lingkungan-hidup, "Damkar" -> trantibum).
Phrases are matched whole-word, case-insensitively, the longest first, with
one compiled regular expression; a phrase mapped to "-" blocks the shorter
phrases inside it ("sumber daya manusia" is no sector).

>>> sectors_in("perdagangan, koperasi dan UMKM; ketahanan pangan; kelautan dan perikanan")
['perdagangan', 'koperasi-ukm', 'pangan', 'kelautan-perikanan']
>>> sectors_in("pengembangan sumber daya manusia dan media sosial")
[]
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = ["sectors_in", "terms"]


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


_WORDS = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, list[tuple[list[str], str]]]:
    """first word -> [(words of the phrase, slug)], longest phrase first (the order of _pattern)."""
    out: dict[str, list] = {}
    for phrase in sorted(terms(), key=len, reverse=True):
        words = phrase.split()
        out.setdefault(words[0], []).append((words, terms()[phrase]))
    return out


_RUN = re.compile(r"[\w-]+")
_SPACE = re.compile(r"\s+")


def sectors_in(text: str) -> list[str]:
    """Sector slugs named in ``text``, in order of first appearance, without repeats.

    What ``_pattern()`` finds, read word by word: a phrase starts and ends where a run of
    letters, digits and hyphens does, its words parted by spaces only; at each word the longest
    phrase wins. (The expression of every phrase is slow to scan; a dictionary lookup is not.)
    """
    low = text.lower()
    if _first_words().isdisjoint(_WORDS.findall(low)):
        return []  # no word that starts a phrase
    index, out = _by_first_word(), []
    runs = [(m.start(), m.end(), m.group()) for m in _RUN.finditer(low)]
    i = 0
    while i < len(runs):
        cands = index.get(runs[i][2])
        taken = 1
        if cands:
            for words, slug in cands:
                n = len(words)
                if i + n > len(runs) or any(runs[i + k][2] != words[k] for k in range(1, n)):
                    continue
                if any(not _SPACE.fullmatch(low, runs[i + k - 1][1], runs[i + k][0]) for k in range(1, n)):
                    continue
                if slug != "-" and slug not in out:
                    out.append(slug)
                taken = n
                break
        i += taken
    return out
