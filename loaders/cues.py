"""Regular expressions of many alternatives, made fast for cue words in short texts.

Python's ``re`` tries every alternative of ``a|b|c`` at every position of the
text; with twenty cue words and IGNORECASE that cost more than all the rest of
the extractor. :class:`Cue` keeps each alternative apart with the literal it
starts with, and tries an alternative only on texts that hold that literal
(a substring test in lower case). It finds what the single pattern finds:
the leftmost match, the alternative listed first on a tie. On a text whose
lower case lines up with what IGNORECASE matches (:func:`aligned`: nearly
every text), an alternative that starts with its literal is matched only at
the places the lower case holds it.

>>> Cue(r"\\bteken|tanda\\s*tangan|(?:di|ter)bahas").search("Lalu diteken, bukan dibahas") is None
False
>>> [m.group() for m in Cue(r"\\bteken|dibahas").finditer("dibahas lalu teken")]
['dibahas', 'teken']
"""
from __future__ import annotations

import re

__all__ = ["Cue", "top_level", "leading_literal", "aligned"]


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
# letter they do not lower-case to ("ı", "ſ"), and the Kelvin sign, kept out for safety: with none of
# them, a match of an alternative starts where ``text.lower()`` holds its key. They are tested one
# by one: a substring test of one character is some ten times faster than re's search for the set
# of them, which read an article of 2,000 characters in 14 us.


def aligned(text: str) -> bool:
    """Whether ``text.lower()`` holds, position by position, what an IGNORECASE pattern matches: a
    letter of the pattern matches a character of ``text`` just where the lower case holds that letter."""
    return text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text)


def _after_boundaries(alternative: str) -> str:
    while alternative.startswith("\\b"):
        alternative = alternative[2:]
    return alternative


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
        self._tries = []  # (key, whether every match starts with the key, pattern)
        for alt in top_level(pattern):
            key = leading_literal(alt)
            key = key if len(key) >= 2 else ""
            pat = re.compile(alt, flags)
            self.alts.append((key, pat))
            starts = bool(key) and _after_boundaries(alt).lower().startswith(key)
            self._tries.append((key, starts, pat))

    def search(self, text: str, pos: int = 0, low: str | None = None):
        """The leftmost match from ``pos``; ``low``: ``text.lower()`` when the caller has it."""
        low = text.lower() if low is None else low
        return _leftmost(self._tries, text, pos, low, aligned(text))

    def match(self, text: str, pos: int = 0):
        """The match starting at ``pos``: the first alternative that matches there."""
        lined_up = aligned(text)
        low = None
        for key, starts, pat in self._tries:
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
    for key, starts, pat in tries:
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
        else:
            m = pat.search(text, pos)
            if m is not None and m.start() < best_start:
                best, best_start = m, m.start()
    return best
