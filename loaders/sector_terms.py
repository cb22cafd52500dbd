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


def sectors_in(text: str) -> list[str]:
    """Sector slugs named in ``text``, in order of first appearance, without repeats."""
    if _first_words().isdisjoint(_WORDS.findall(text.lower())):
        return []  # no word that starts a phrase: skip the big expression
    table, out = terms(), []
    for m in _pattern().finditer(text):
        slug = table.get(" ".join(m.group().lower().split()))
        if slug and slug != "-" and slug not in out:
            out.append(slug)
    return out
