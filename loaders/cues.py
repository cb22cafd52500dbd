"""Regular expressions of many alternatives, made fast for cue words in short texts.

Python's ``re`` tries every alternative of ``a|b|c`` at every position of the
text; with twenty cue words and IGNORECASE that cost more than all the rest of
the extractor. :class:`Cue` keeps each alternative apart with the literal it
starts with, and tries an alternative only on texts that hold that literal
(a substring test in lower case). It finds what the single pattern finds:
the leftmost match, the alternative listed first on a tie.

An alternative that starts with no single literal ("\\b(?:kata|ujar)nya",
"\\b(?:tiga|empat)\\s+daerah") is located, on a text whose lower case lines up
with it (:func:`aligned`, nearly every text), by its start read in lower case
("kata|ujar", "tiga\\s+daerah|empat\\s+daerah"): a pattern without IGNORECASE,
where ``re`` skips at C speed to the letters it can begin with, that only
finds where a match may start; the alternative itself decides there. (Joining
the starts of all alternatives into one such pattern costs more than the
substring tests: in Indonesian, most letters begin some cue word.)

>>> Cue(r"\\bteken|tanda\\s*tangan|(?:di|ter)bahas").search("Lalu diteken, bukan dibahas") is None
False
>>> [m.group() for m in Cue(r"\\bteken|dibahas").finditer("dibahas lalu teken")]
['dibahas', 'teken']
"""
from __future__ import annotations

import re

__all__ = ["Cue", "top_level", "leading_literal", "loose_starts", "aligned"]


def top_level(pattern: str) -> list[str]:
    """The alternatives of a pattern at its top level (outside brackets and character sets)."""
    out, depth, in_set, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_set:
            in_set = ch != "]"
        elif ch == "[":
            in_set = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def leading_literal(alternative: str) -> str:
    """The literal text an alternative must start with (lower case), '' when none: r"\\bteken" -> "teken"."""
    alt = alternative
    while alt.startswith("\\b"):
        alt = alt[2:]
    key = ""
    for i, ch in enumerate(alt):
        if ch.isalpha() or ch in " -":
            if alt[i + 1:i + 2] in ("?", "*", "{"):
                break
            key += ch.lower()
        else:
            break
    return key.strip()


# characters whose lower case is not one character ("İ"), or that IGNORECASE takes for an ASCII
# letter they do not lower-case to ("ı", "ſ"): with none of them, a match of an alternative
# starts where ``text.lower()`` holds its key
_UNALIGNED = re.compile("[\u0130\u0131\u017f]")


def aligned(text: str) -> bool:
    """Whether ``text.lower()`` holds, position by position, what an IGNORECASE pattern matches: a
    letter of the pattern matches a character of ``text`` just where the lower case holds that letter."""
    return text.isascii() or not _UNALIGNED.search(text)


def _after_boundaries(alternative: str) -> str:
    while alternative.startswith("\\b"):
        alternative = alternative[2:]
    return alternative


def _loose_items(pattern: str, i: int):
    """The start of a sequence of ``pattern`` from ``i`` that reads the same in lower case: its items
    (("lit", char), ("raw", r"\\s+"), ("group", [items of each branch])), where the reading stopped,
    and whether it reached the sequence's end (``|``, ``)`` or the pattern's end)."""
    items = []
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        nxt = pattern[i + 1:i + 2]
        if ch in "|)":
            return items, i, True
        if ch == "\\":
            esc = pattern[i + 1:i + 2]
            if esc == "b":  # dropped: a word boundary only narrows the matches
                i += 2
                continue
            if esc != "s":
                return items, i, False
            quant = pattern[i + 2:i + 3]
            if quant == "{":
                return items, i, False
            quant = quant if quant in ("*", "+", "?") else ""
            items.append(("raw", "\\s" + quant))  # whitespace is the same in lower case
            i += 2 + len(quant)
            continue
        if ch == "(":
            if pattern.startswith("(?:", i):
                j = i + 3
            elif nxt == "?":
                return items, i, False  # a look-around or flags
            else:
                j = i + 1
            branches = []
            while True:
                branch, j, complete = _loose_items(pattern, j)
                if not complete or not branch:
                    return items, i, False
                branches.append(branch)
                if j >= len(pattern):
                    return items, i, False  # (no closing bracket: not a pattern re compiles)
                if pattern[j] == ")":
                    break
                j += 1  # past "|"
            if pattern[j + 1:j + 2] in ("?", "*", "+", "{"):
                return items, i, False
            items.append(("group", branches))
            i = j + 1
            continue
        if not (ch.isalnum() or ch in " -'") or nxt in ("?", "*", "+", "{"):
            return items, i, False
        items.append(("lit", ch.lower()))
        i += 1
    return items, i, True


def _expand(items) -> list[list]:
    """``items`` with a leading group spread into one sequence per branch, so that each starts with a character."""
    if items and items[0][0] == "group":
        return [seq for branch in items[0][1] for seq in _expand(branch + items[1:])]
    return [items]


def _render(items) -> str:
    out = []
    for kind, value in items:
        if kind == "lit":
            out.append(re.escape(value))
        elif kind == "raw":
            out.append(value)
        else:
            out.append("(?:" + "|".join(_render(b) for b in value) + ")")
    return "".join(out)


def loose_starts(alternative: str) -> list[str] | None:
    """Case-sensitive patterns for the lower-cased text, each starting with a letter or digit, that match
    wherever ``alternative`` (case-insensitive) starts a match in an aligned text, and maybe elsewhere
    (word boundaries dropped, read only as far as lower case keeps its meaning); None when it starts
    with nothing so read.

    >>> loose_starts(r"\\b(?:di|ter)bahas\\b"), loose_starts(r"kerja\\s*sama\\s+(?=(?-i:[A-Z]))")
    (['dibahas', 'terbahas'], ['kerja\\\\s*sama\\\\s+'])
    """
    items, _, _ = _loose_items(alternative, 0)
    seqs = _expand(items)
    if not all(seq and seq[0][0] == "lit" for seq in seqs):
        return None
    return [_render(seq) for seq in seqs]


class Cue:
    """A regular expression (case-insensitive by default) tried alternative by alternative.

    >>> cue = Cue(r"\\brencana|membahas|(?:di|ter)bahas")
    >>> cue.search("Keduanya membahas rencana itu").group(), cue.search("tidak ada") is None
    ('membahas', True)
    >>> [m.group() for m in cue.finditer("dibahas lalu Rencana")], cue.match("terbahas").group()
    (['dibahas', 'Rencana'], 'terbahas')
    """

    def __init__(self, pattern: str, flags: int = re.IGNORECASE):
        self.pattern = re.compile(pattern, flags)
        # in their order: an alternative's place decides ties, as in the single pattern
        self.alts = []
        self._tries = []  # (key, whether every match starts with the key, pattern, locator)
        for alt in top_level(pattern):
            key = leading_literal(alt)
            key = key if len(key) >= 2 else ""
            pat = re.compile(alt, flags)
            self.alts.append((key, pat))
            starts = bool(key) and _after_boundaries(alt).lower().startswith(key)
            # no literal to look for ("\\b(?:kata|ujar)"): its start in lower case, found without
            # IGNORECASE, where re skips to the letters it can begin with
            loose = None if starts else loose_starts(alt)
            locator = re.compile("|".join(loose)) if loose else None
            self._tries.append((key, starts, pat, locator))

    def search(self, text: str, pos: int = 0, low: str | None = None):
        """The leftmost match from ``pos``; ``low``: ``text.lower()`` when the caller has it."""
        low = text.lower() if low is None else low
        return _leftmost(self._tries, text, pos, low, aligned(text))

    def match(self, text: str, pos: int = 0):
        """The match starting at ``pos``: the first alternative that matches there."""
        lined_up = aligned(text)
        low = None
        for key, starts, pat, _ in self._tries:
            if starts and lined_up:
                if text[pos:pos + len(key)].lower() != key:
                    continue
            else:
                low = text.lower() if low is None else low
                if key not in low:
                    continue
            m = pat.match(text, pos)
            if m is not None:
                return m
        return None

    def finditer(self, text: str, low: str | None = None):
        low = text.lower() if low is None else low
        lined_up = aligned(text)
        # the alternatives whose key the text lacks, left out once rather than at every search
        tries = [t for t in self._tries if t[0] in low]
        pos = 0
        while True:
            m = _leftmost(tries, text, pos, low, lined_up)
            if m is None:
                return
            yield m
            pos = m.end() if m.end() > m.start() else m.start() + 1


def _leftmost(tries, text: str, pos: int, low: str, lined_up: bool):
    """The leftmost match from ``pos`` of the alternatives ``tries`` (in their order), the first on a tie."""
    best, best_start = None, len(text) + 1
    for key, starts, pat, locator in tries:
        if key not in low:
            continue
        if starts and lined_up:
            # re tries an IGNORECASE pattern at every position: here only where its key stands
            at = low.find(key, pos)
            while 0 <= at < best_start:
                m = pat.match(text, at)
                if m is not None:
                    best, best_start = m, at
                    break
                at = low.find(key, at + 1)
        elif locator is not None and lined_up:
            k = locator.search(low, pos)
            while k is not None and k.start() < best_start:
                m = pat.match(text, k.start())
                if m is not None:
                    best, best_start = m, k.start()
                    break
                k = locator.search(low, k.start() + 1)
        else:
            m = pat.search(text, pos)
            if m is not None and m.start() < best_start:
                best, best_start = m, m.start()
    return best
