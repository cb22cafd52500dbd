"""Region names as news writes them, resolved to Kemendagri codes.

Built on :mod:`kerjasama.loaders.regions` (the 552 official regions) plus
``data/aliases.tsv`` (short forms such as Sidrap, Konsel, Jabar, Kukar; old
names; other spellings). Rules:

- A name is compared as lower-case words, so ``Muko-Muko``, ``Muko Muko``
  and ``Mukomuko`` are one name (the joined form is indexed too:
  ``Gunung Kidul`` = ``Gunungkidul``, ``Bau-Bau`` = ``Baubau``).
- ``Kab.``/``Kabupaten``/``Pemkab``/``Bupati`` before a name ask for a
  kabupaten, ``Kota``/``Pemkot``/``Pemko``/``Wali Kota`` for a kota,
  ``Provinsi``/``Pemprov``/``Gubernur`` for a province (office titles are
  evidence of the kind of region). ``Pemda``/``Pemerintah Daerah`` ask for none.
- A name several regions share (``Solok``, ``Bandung``, ``Jambi``) with nothing
  that decides raises :class:`~kerjasama.errors.AmbiguousRegion` listing the
  candidates; it is never guessed.
- A short form an article gives in brackets right after a name ("Tanah Laut
  (Tala)") names that region where the article uses it again
  (:func:`with_short_forms`).
- A name not in the index is matched with rapidfuzz against every known name
  (a misspelling such as ``Kab. Kampr``); a near tie between different regions
  is ambiguous.

>>> resolve("Kab. Solok"), resolve("Kota Solok"), resolve("Solok Selatan")
('13.02', '13.72', '13.11')
>>> resolve("Pemkab Muko-Muko"), resolve("Sidrap"), resolve("Jabar"), resolve("13.02")
('17.06', '73.14', '32', '13.02')
>>> resolve("Solok")
Traceback (most recent call last):
...
kerjasama.errors.AmbiguousRegion: 'Solok' is ambiguous: 13.02, 13.72
>>> resolve("Walikota Bandung"), resolve("Bandung", kind="kabupaten")
('32.73', '32.04')
>>> [(m.surface, m.codes) for m in find_mentions("Pemkab Kampar dan Pemko Pekanbaru")]
[('Kampar', ('14.01',)), ('Pekanbaru', ('14.71',))]
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from itertools import compress, count
from typing import NamedTuple

from kerjasama.errors import AmbiguousRegion, UnknownRegion
from kerjasama.loaders.regions import region, regions

__all__ = ["Mention", "resolve", "candidates", "find_mentions", "with_short_forms", "name_of", "key_of", "KINDS"]

KINDS = ("provinsi", "kabupaten", "kota")
_KIND_WORDS = {
    "provinsi": "provinsi", "province": "provinsi", "prov": "provinsi",
    "kabupaten": "kabupaten", "kab": "kabupaten", "regency": "kabupaten",
    "kota": "kota", "city": "kota",
}

# Words news puts before a region name, longest first; each says which kind of
# region it asks for and how strong a sign of a government it is.
_PREFIXES = [
    (r"pemerintah\s+provinsi", "provinsi", "gov"), (r"pemerintah\s+propinsi", "provinsi", "gov"),
    (r"pemerintah\s+kabupaten", "kabupaten", "gov"), (r"pemerintah\s+kota", "kota", "gov"),
    (r"pemerintah\s+daerah", None, "gov"), (r"pemerintah", None, "gov"),
    (r"pemprov", "provinsi", "gov"), (r"pemprop", "provinsi", "gov"),
    (r"pemkab", "kabupaten", "gov"), (r"pemkot", "kota", "gov"), (r"pemko", "kota", "gov"),
    (r"pemda", None, "gov"),
    (r"gubernur", "provinsi", "title"), (r"wagub", "provinsi", "title"),
    (r"bupati", "kabupaten", "title"), (r"wabup", "kabupaten", "title"),
    (r"wali\s*kota", "kota", "title"), (r"walkot", "kota", "title"), (r"wawali", "kota", "title"),
    (r"provinsi", "provinsi", "admin"), (r"propinsi", "provinsi", "admin"),
    (r"prov\.?", "provinsi", "admin"),
    (r"kabupaten", "kabupaten", "admin"), (r"kab\.?", "kabupaten", "admin"),
    (r"kota", "kota", "admin"),
    # the secretariat of a government and its head: "Sekda Merauke", "Asisten I Setda Boven Digoel"
    (r"sekretaris\s+daerah", None, "office"), (r"sekda", None, "office"), (r"setda", None, "office"),
    (r"setdakab", "kabupaten", "office"), (r"setdakot", "kota", "office"), (r"setdako", "kota", "office"),
    (r"setdaprov", "provinsi", "office"),
]
_PREFIX_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<p{i}>{p})" for i, (p, _, _) in enumerate(_PREFIXES))
    + r")\s*(?:\([^()\n]{1,24}\)\s*)?$",
    re.IGNORECASE,
)
_PREFIX_ALTS = [(re.match(r"[a-z]+", p).group(), re.compile(rf"(?<![\w-])(?:{p})\s*(?:\([^()\n]{{1,24}}\)\s*)?$",
                                                            re.IGNORECASE), kind, via)
                for p, kind, via in _PREFIXES]
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*dan|,?\s*serta|&|[-–—/])\s*$", re.IGNORECASE)
_JOINABLE_GAP = re.compile(r"^[ \t\-.]{1,3}$|^ ?\n ?$")
_TOKEN = re.compile(r"[^\W_]+")
# names start with a capital or a digit; only such words are looked up
_CAP_TOKEN = re.compile(r"(?<![^\W_])[A-Z0-9][^\W_]*")
_CODE = re.compile(r"^\d{2}(?:\.\d{2})?$")

# Region names that are also everyday words: found in text only after a
# prefix or an office title ("Kota Batu", "Kab. Puncak"), never alone.
_WEAK = {"batu", "puncak", "metro", "landak", "batang", "mitra", "tuba", "benteng", "aru",
         "palas", "balut", "sabu", "basel", "sula", "rote", "kota", "banjar", "sabang",
         "ksb", "oki", "pali", "tator", "mura"}
_MAX_WORDS = 6


class Mention(NamedTuple):
    """A region name found in a text.

    ``start``/``end``: the name; ``pstart``: where its prefix starts (= start
    without one); ``kind``: the kind the prefix asks for; ``via``: what the
    prefix is (``gov`` Pemkab/Pemerintah..., ``title`` an office, ``admin``
    Kabupaten/Kota/Provinsi, ``list`` inherited from the previous name in a
    list, or None); ``codes``: the candidate regions, narrowed by ``kind``.
    """

    start: int
    end: int
    pstart: int
    surface: str
    key: str
    kind: str | None
    via: str | None
    codes: tuple


# (tuple.__new__ builds the NamedTuple without the Python frame of Mention.__new__)
_new_mention = tuple.__new__


def key_of(name: str) -> str:
    """The comparison form of a name: lower-case words.

    >>> key_of("Muko-Muko"), key_of("D.I. Yogyakarta")
    ('muko muko', 'd i yogyakarta')
    """
    return " ".join(_TOKEN.findall(name.lower()))


def _bare(name: str) -> tuple[str, list[str]]:
    """Official name without Kab./Kota, and the names in its brackets."""
    extra = re.findall(r"\(([^)]*)\)", name)
    name = re.sub(r"\s*\([^)]*\)", "", name)
    name = re.sub(r"^(?:Kab\.|Kota)\s+", "", name)
    return name, extra


@lru_cache(maxsize=1)
def _index() -> tuple[dict, dict, dict]:
    """(spaced key -> codes, joined key -> codes, code -> region)."""
    table = {r["code"]: r for r in regions()}
    by_name = {r["name"]: r["code"] for r in table.values()}
    spaced: dict[str, set] = {}

    def add(name, code):
        key = key_of(name)
        if key:
            spaced.setdefault(key, set()).add(code)

    for code, r in table.items():
        bare, extra = _bare(r["name"])
        for n in [bare, *extra]:
            add(n, code)
            if "Sumatera" in n:
                add(n.replace("Sumatera", "Sumatra"), code)
    # a province's short name where the official one has a prefix of its own
    add("Yogyakarta", "34")
    add("Bangka Belitung", "19")
    text = resources.files("kerjasama.loaders").joinpath("data/aliases.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("alias\t"):
            continue
        alias, targets = line.split("\t")
        for target in targets.split("|"):
            add(alias, by_name[target])
    joined: dict[str, set] = {}
    for key, codes in spaced.items():
        joined.setdefault(key.replace(" ", ""), set()).update(codes)
    freeze = lambda d: {k: tuple(sorted(v)) for k, v in d.items()}  # noqa: E731
    return freeze(spaced), freeze(joined), table


@lru_cache(maxsize=1)
def _first_words() -> frozenset:
    """Words a name can start with, including the first part of a compound written
    apart ("Labuhan" of Labuhanbatu, "Gunung" of Gunungkidul)."""
    spaced, joined, _ = _index()
    heads = {k.split(" ")[0] for k in spaced}
    parts = {h[:n] for h in heads if len(h) >= 6 for n in range(3, len(h))}
    return frozenset(heads | parts | set(joined))


@lru_cache(maxsize=1)
def _name_beginnings() -> frozenset:
    """Every beginning of a joined name ("g", "gu", ..., "gunungkid", "gunungkidu", "gunungkidul")."""
    return frozenset(k[:n] for k in _index()[1] for n in range(1, len(k) + 1))


@lru_cache(maxsize=1)
def _official() -> dict:
    """Official name (case-folded) -> code: "Jambi" is the province, "Kota Jambi" the kota."""
    return {r["name"].casefold(): r["code"] for r in regions()}


def name_of(code: str) -> str | None:
    """The official name of a region code, or None.

    >>> name_of("17.06")
    'Kab. Muko Muko'
    """
    r = region(code)
    return r["name"] if r else None


def _narrow(codes, kind):
    if not kind:
        return tuple(codes)
    return _narrowed(tuple(codes), kind)


@lru_cache(maxsize=8192)
def _narrowed(codes: tuple, kind: str) -> tuple:
    table = _index()[2]
    return tuple(c for c in codes if table[c]["kind"] == kind)


def _last_words(pattern: str) -> dict[str, int]:
    """The forms the last word of a prefix takes, each with the length of the word written before it
    and its spaces (0 if none): "kota" of "pemerintah\\s+kota" (10), "kota" (4) and "walikota" (0)
    of "wali\\s*kota", "kab" of "kab\\.?" (0)."""
    parts = re.split(r"\\s[+*]", pattern.replace(r"\.?", ""))
    if len(parts) == 1:
        return {parts[0]: 0}
    head, word = parts
    return {word: len(head), head + word: 0} if r"\s*" in pattern else {word: len(head)}


# the prefixes that can end with a word, those starting furthest before it first: the first one that
# matches is the leftmost, and the first listed on a tie (a stable sort keeps the order of _PREFIXES)
def _by_last_word() -> dict[str, tuple]:
    by_last: dict[str, list] = {}
    for alt, (pattern, _, _) in zip(_PREFIX_ALTS, _PREFIXES):
        for word, back in _last_words(pattern).items():
            by_last.setdefault(word, []).append((*alt, back))
    return {w: tuple(sorted(alts, key=lambda a: -a[4])) for w, alts in by_last.items()}


_PREFIXES_BY_LAST = _by_last_word()


def _prefix(text: str, start: int):
    """(prefix start, kind, via) of the prefix just before ``start``, if any."""
    window = text[max(0, start - 48):start]
    tail = window.rstrip()
    if tail[-1:] == ")":
        cut = tail.rfind("(")
        tail = tail[:cut].rstrip() if cut >= 0 else tail
    # (a prefix opening a bracket: "Camat Palibelo (Kabupaten Bima)")
    # (and one opening a quote: '"Kota Tangerang dan ...')
    word = tail[-12:].rsplit(None, 1)[-1].lstrip("(\"“‘'") if tail else ""
    alts = _PREFIXES_BY_LAST.get(word.lower().rstrip("."))
    if alts is None:
        return None
    # A prefix ends with the word before the name (or its bracket): only the prefixes ending with that
    # word can match, and only where they would start: at that word, or as many characters before it and
    # its spaces as the prefix's own first word has (tried when that first word is in the window).
    # The leftmost one, the first listed on a tie: what _PREFIX_RE finds, without its slow scan.
    at = len(tail) - len(word)
    low = None
    for key, pattern, kind, via, back in alts:
        if back:
            if low is None:
                low = window.lower()
            if key not in low:
                continue
            pos = len(tail[:at].rstrip()) - back
            if pos < 0:
                continue
        else:
            pos = at  # (the word itself holds the prefix's first word)
        if pattern.match(window, pos) is not None:
            return start - len(window) + pos, kind, via
    return None


# a region's name followed by the word that makes it a country's: (name, next word)
_FOREIGN = frozenset({("papua", "nugini"), ("papua", "new")})


def find_mentions(text: str, *, weak: bool = False, fuzzy: bool = False) -> list[Mention]:
    """Every region name in ``text``, longest match first, left to right.

    A name must start with a capital (or be all capitals). Names that are
    also common words (Batu, Puncak, Metro...) count only after a prefix.
    A name right after another in a list ("Kabupaten Situbondo, Bondowoso,
    dan Jember") inherits its kind and its government sign. With ``weak=True``
    the common-word names without a prefix are kept too, with ``via="weak"``
    (for callers that only count them where the region is already known).
    With ``fuzzy=True`` an unknown capitalised name right after a strong prefix
    ("Pemkab Kampr", "Bupati Sidenreng Rapang") is matched with rapidfuzz.

    >>> [(m.surface, m.kind, m.via, m.codes) for m in find_mentions(
    ...     "Pemerintah Kabupaten Manggarai dan Manggarai Timur serta Kota Batu")]
    [('Manggarai', 'kabupaten', 'gov', ('53.10',)), ('Manggarai Timur', 'kabupaten', 'list', ('53.19',)), ('Batu', 'kota', 'admin', ('35.79',))]
    """
    spaced, joined, table = _index()
    first = _first_words()
    begins = _name_beginnings()
    one = _one_word_names()
    toks = _cap_tokens(text)
    lw = list(map(str.lower, map(re.Match.group, toks)))
    n = len(toks)

    def run(i: int, most: int) -> int:
        """How many words from i on (at most ``most``) can be one name: capitalised, joined by a space or hyphen."""
        k = 1
        while k < most and i + k < n and text[toks[i + k - 1].end():toks[i + k].start()] in _GAPS:
            k += 1
        return k

    def longest(i: int):
        """(number of words, key, codes) of the longest known name of up to _MAX_WORDS words at word i."""
        # every name is among the joined forms: the words go on only while they, written together,
        # begin a name (most names are one word and the word after is none's continuation)
        acc = [lw[i]]
        j = i + 1
        while j < n and j - i < _MAX_WORDS:
            more = acc[-1] + lw[j]
            if more not in begins or text[toks[j - 1].end():toks[j].start()] not in _GAPS:
                break
            acc.append(more)
            j += 1
        for k in range(len(acc), 0, -1):
            if acc[k - 1] in joined:
                key = " ".join(lw[i:i + k]) if k > 1 else acc[0]
                return k, key, spaced.get(key) or joined[acc[k - 1]]
        return None

    # only words that can start a name, or follow a prefix (a misspelling), are looked at
    looked = list(map(first.__contains__, lw))
    if fuzzy:
        for i in compress(count(1), map(_FUZZY_AFTER.__contains__, lw[:-1])):
            looked[i] = True
    out: list[Mention] = []
    prev = None  # the mention before
    done = 0  # words before this one belong to a name found already
    for i in compress(count(), looked):
        if i < done:
            continue
        w = lw[i]
        if w not in first:
            found = None
        elif i + 1 < n and w + lw[i + 1] in begins:
            found = longest(i)
        else:
            found = one.get(w)  # one word (most names)
        if found is None:
            if not (fuzzy and i > 0 and lw[i - 1] in _FUZZY_AFTER and run(i - 1, 2) > 1):
                continue
            found = _fuzzy_at(text, toks, lw, i, run(i, 3))
            if found is None:
                continue
        k, key, codes = found
        done = i + k
        if done < n and (key, lw[done]) in _FOREIGN:
            continue  # "Papua Nugini": a country, not the province
        s = toks[i].start()
        end = toks[done - 1].end()
        pre = _prefix(text, s)
        if pre is not None:
            pstart, kind, via = pre
        else:
            pstart, kind, via = s, None, None
            if prev is not None and prev.via and _LIST_GAP.match(text[prev.end:s]):
                kind, via = (prev.kind if _narrow(codes, prev.kind) else None), "list"
        if via is None or via == "list":
            if key in _WEAK:
                if not weak:
                    continue
                via = "weak"
        narrowed = (_narrow(codes, kind) or codes) if len(codes) > 1 else codes  # (one code: itself either way)
        prev = _new_mention(Mention, (s, end, pstart, text[s:end], key, kind, via, narrowed))
        out.append(prev)
    return out


def with_short_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (of ``find_mentions(text)``) with the uses of the short forms the text gives in brackets
    right after a region's name: news spells a name out once and writes the short form after it ("Kota
    Tidore Kepulauan (Tikep)", "Tanah Laut (Tala)": "Wali Kota Tikep", "Bupati Tala Suryadi Wibowo"), and
    before it, as a headline does.
    Only a word in mixed case that names no region itself ("Kota Kupang (NTT)", "Jambi (ANTARA)" say
    where or who), nor a prefix, a day or a company's form ("(Pemko)", "(Senin)", "(Persero)"); in order
    of start.

    >>> t = "Kabupaten Tanah Laut (Tala) dan Pemkab Banjar. Bupati Tala Suryadi Wibowo hadir."
    >>> [(m.surface, m.kind, m.via, m.codes) for m in with_short_forms(t, find_mentions(t))]
    [('Tanah Laut', 'kabupaten', 'admin', ('63.01',)), ('Banjar', 'kabupaten', 'gov', ('63.03',)), ('Tala', 'kabupaten', 'title', ('63.01',))]
    """
    if "(" not in text:
        return mentions  # (most articles define no short form)
    forms = {}
    for k, m in enumerate(mentions):
        b = _SHORT_FORM.match(text, m.end)
        if b and b.group(1).lower() not in _NOT_SHORT and not candidates(b.group(1)) \
                and not (k and _LIST_JOIN.fullmatch(text, mentions[k - 1].end, m.pstart)):
            # (not a list's own name: "Kota Palu, Kabupaten Sigi dan Kabupaten Donggala (Pasigala)")
            forms.setdefault(b.group(1), (m, b.end()))
    if not forms:
        return mentions
    taken = [(m.pstart, m.end) for m in mentions]
    added = []
    for word, (defined, defined_end) in forms.items():
        for use in re.finditer(rf"(?<![\w(-]){re.escape(word)}(?![\w-])", text):
            s, end = use.span()
            if defined.end <= s < defined_end or any(a <= s < b for a, b in taken):
                continue  # the definition itself, or inside a name found already (a headline before it
                # uses the short form too: "Tikep Siapkan Draf ..." above "Kota Tidore Kepulauan (Tikep)")
            pre = _prefix(text, s)
            pstart, kind, via = pre if pre is not None else (s, None, None)
            added.append(_new_mention(Mention, (s, end, pstart, word, word.lower(), kind, via, defined.codes)))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+|&\s*)")
# "Tanah Laut (Tala)": one word in mixed case in brackets right after the name
_SHORT_FORM = re.compile(r"[ \t]*\(([A-Z][a-z]{2,11})\)")
_NOT_SHORT = {p.split("\\")[0].rstrip("?.") for p, _, _ in _PREFIXES} | {
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad",
    "persero", "perseroda", "perumda", "tbk"}  # "PT Semen Padang (Persero)": the company's legal form


@lru_cache(maxsize=1)
def _one_word_names() -> dict:
    """Joined key -> (1, key, codes) of each name: what a word no other word continues is."""
    spaced, joined, _ = _index()
    return {k: (1, k, spaced.get(k) or joined[k]) for k in joined}


def _cap_tokens(text: str) -> list[re.Match]:
    """The words starting with a capital or a digit (what _CAP_TOKEN finds). The character class comes
    first so re can skip ahead; the test that no letter or digit stands before comes after it."""
    return list(_CAP_RUN.finditer(text))


_CAP_RUN = re.compile(r"[A-Z0-9](?<![^\W_][A-Z0-9])[^\W_]*")

# what may stand between two words of one name: spaces, a hyphen, a dot, one line break
_GAPS = frozenset(
    {"".join(p) for n in (1, 2, 3) for p in __import__("itertools").product(" \t-.", repeat=n)}
    | {"\n", " \n", "\n ", " \n "})
# prefixes after which an unknown name is tried as a misspelling
_FUZZY_AFTER = frozenset({"pemkab", "pemkot", "pemko", "pemprov", "kabupaten", "kab", "kota", "provinsi",
                          "bupati", "walikota", "gubernur"})


def _fuzzy_at(text, toks, lw, i, run):
    """(words, key, codes) of a misspelled name of 1-3 words at token i, or None."""
    pre = _prefix(text, toks[i].start())
    if not pre:
        return None
    kind = pre[1]
    for k in range(min(3, run), 0, -1):
        if not all(len(w) >= 3 and w.isalpha() for w in lw[i:i + k]):
            continue
        key = " ".join(lw[i:i + k])
        code = _fuzzy_code(key, kind)
        if code:
            return k, key, (code,)
    return None


@lru_cache(maxsize=4096)
def _fuzzy_code(key: str, kind: str | None):
    """The one region a misspelled name after a prefix means (strict cut-off), else None."""
    if len(key) < 5:
        return None
    from rapidfuzz import fuzz, process

    spaced = _index()[0]
    hits = process.extract(key, _fuzzy_choices(kind), scorer=fuzz.ratio, limit=3, score_cutoff=86)
    if not hits:
        return None
    best = hits[0][1]
    close = {c for k, score, _ in hits if score >= best - 3 for c in _narrow(spaced[k], kind)}
    return close.pop() if len(close) == 1 else None


@lru_cache(maxsize=None)
def _fuzzy_choices(kind: str | None) -> tuple:
    """The names of five characters or more of the regions of ``kind`` (any kind: None)."""
    return tuple(k for k, codes in _index()[0].items() if len(k) >= 5 and _narrow(codes, kind))


def _strip_prefix(name: str):
    kind = None
    text = name.strip()
    while True:
        m = re.match(r"^(?:pj\.?|pjs\.?|plt\.?|penjabat|wakil)\s+", text, re.IGNORECASE)
        if m:
            text = text[m.end():]
            continue
        m = re.match(r"^(" + "|".join(p for p, _, _ in _PREFIXES) + r")(?![\w])\s*(?:\([^()]{1,24}\)\s*)?",
                     text, re.IGNORECASE)
        if not m or m.end() == len(text):
            return text, kind
        for p, k, _ in _PREFIXES:
            if re.fullmatch(p, m.group(1), re.IGNORECASE):
                kind = kind or k
                break
        text = text[m.end():]


def candidates(name: str, *, kind: str | None = None) -> tuple:
    """Codes of every region ``name`` may be (exact names and aliases only).

    >>> candidates("Solok"), candidates("Kota Solok")
    (('13.02', '13.72'), ('13.72',))
    """
    spaced, joined, _ = _index()
    text, hinted = _strip_prefix(name)
    kind = _kind_word(kind) or hinted
    key = key_of(text)
    codes = spaced.get(key) or joined.get(key.replace(" ", "")) or ()
    return _narrow(codes, kind)


def _kind_word(kind):
    if kind is None:
        return None
    k = _KIND_WORDS.get(kind.lower().rstrip("."))
    if k is None:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    return k


def resolve(name: str, *, kind: str | None = None) -> str:
    """The code of the one region ``name`` means.

    Accepts codes ("13.02"), official names, prefixed names ("Pemkab Kampar",
    "Walikota Pekanbaru"), aliases and misspellings. ``kind`` (provinsi,
    kabupaten, kota) narrows the choice like a prefix does.
    Raises AmbiguousRegion (with ``candidates``) or UnknownRegion.

    >>> resolve("Kab. Kampr"), resolve("Muaro Jambi"), resolve("Kota Bau-Bau")
    ('14.01', '15.05', '74.72')
    """
    if not isinstance(name, str) or not name.strip():
        raise UnknownRegion(f"no region name given: {name!r}")
    raw = name.strip()
    if _CODE.match(raw):
        if region(raw):
            return raw
        raise UnknownRegion(f"no region has the code {raw!r}")
    spaced, joined, table = _index()
    official = _official().get(raw.casefold())
    if official and (kind is None or table[official]["kind"] == _kind_word(kind)):
        return official
    text, hinted = _strip_prefix(raw)
    kind = _kind_word(kind) or hinted
    key = key_of(text)
    codes = spaced.get(key) or joined.get(key.replace(" ", ""))
    if codes:
        narrowed = _narrow(codes, kind)
        if not narrowed:
            raise UnknownRegion(f"no {kind} is called {text!r} (there is {', '.join(name_of(c) for c in codes)})")
        if len(narrowed) > 1:
            raise AmbiguousRegion(raw, narrowed)
        return narrowed[0]
    return _fuzzy(raw, key, kind)


def _fuzzy(raw, key, kind):
    from rapidfuzz import fuzz, process

    spaced, _, _ = _index()
    choices = [k for k, codes in spaced.items() if _narrow(codes, kind)]
    if not key or len(key) < 3:
        raise UnknownRegion(f"no region is called {raw!r}")
    hits = process.extract(key, choices, scorer=fuzz.ratio, limit=5, score_cutoff=80)
    if not hits:
        raise UnknownRegion(f"no region is called {raw!r}")
    best = hits[0][1]
    close = {c for k, score, _ in hits if score >= best - 3 for c in _narrow(spaced[k], kind)}
    if len(close) > 1:
        raise AmbiguousRegion(raw, sorted(close))
    return close.pop()
