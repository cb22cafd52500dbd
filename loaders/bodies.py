"""Bodies a regional government owns, named in an article with their owner: a regional hospital stands for it.

News names a hospital by its own name and the place it stands in ("RSUD dr. Soedono Madiun") and says elsewhere
whose it is ("Rumah sakit rujukan di Kota Madiun itu merupakan milik Pemerintah Provinsi Jawa Timur", "RSUD dr.
H. Jusuf SK, rumah sakit rujukan milik Pemerintah Provinsi Kalimantan Utara"). The place in the hospital's name
is then the owner: its director serves the province, and a PKS the hospital signs is the province's.

>>> from kerjasama.loaders.gazetteer import find_mentions
>>> t = ("PKS diteken Direktur RSUD dr. Soedono Madiun, dr. Bambang. Rumah sakit rujukan di Kota Madiun itu "
...      "merupakan milik Pemerintah Provinsi Jawa Timur.")
>>> [(m.surface, m.codes) for m in with_owners(t, find_mentions(t))]
[('Madiun', ('35',)), ('Rumah sakit', ('35',)), ('Madiun', ('35.77',)), ('Jawa Timur', ('35',))]
"""
from __future__ import annotations

import re

from kerjasama.loaders.gazetteer import Mention

__all__ = ["with_owners"]

# the owner after a hospital named, or after "rumah sakit ... itu" that names the one before: "..., rumah sakit
# rujukan milik Pemerintah Provinsi X", "Rumah sakit ... itu merupakan milik Pemprov X"
_OWNED = re.compile(r"(?P<body>\bRSUD\b|\bRumah\s+Sakit\s+Umum\s+Daerah\b|\b[Rr]umah\s+sakit\b)[^.;:]{0,80}?"
                    r"\b(?:milik|dimiliki(?:\s+oleh)?|kepunyaan)\s+(?=(?:Pemerintah\s+(?:Provinsi|Kabupaten|Kota)|"
                    r"Pemprov|Pemkab|Pemkot|Pemko)\b)")
# "rumah sakit ... itu" opening a sentence, the hospital just named
_ANAPHOR = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(Rumah\s+sakit)(?=[^.;:,]{0,40}?\s(?:itu|tersebut)\b)")
# a hospital's own name: RSUD, its honorifics and capitalised words
_HOSPITAL = r"\b(?:Rumah\s+Sakit\s+Umum\s+Daerah(?:\s*\(RSUD\))?|RSUD)"
_HOSPITAL_NAME = re.compile(_HOSPITAL + r"\s+(?P<name>(?:dr\.|Dr\.|drg\.|H\.|Hj\.|Prof\.|[A-Z][\w'’.-]*)"
                            r"(?:\s+(?:dr\.|Dr\.|drg\.|H\.|Hj\.|Prof\.|[A-Z][\w'’.-]*))*)")


def with_owners(text: str, mentions: list) -> list:
    """``mentions`` (gazetteer.find_mentions of ``text``) with the region ending a hospital's name read as the
    hospital's owner where the text tells whose the hospital is (module doc), and the hospital named alone, or
    as "Rumah sakit ... itu" opening a sentence, a mention of its owner; unchanged otherwise."""
    if "milik" not in text and "kepunyaan" not in text:
        return mentions  # (most articles)
    by_pstart = {m.pstart: i for i, m in enumerate(mentions)}
    owned = {}  # the hospital's own name (after "RSUD") -> the owner's codes and kind
    for m in _OWNED.finditer(text):
        owner = by_pstart.get(m.end())
        if owner is None:
            continue
        own = m.group("body").startswith(("RSUD", "Rumah Sakit Umum"))
        name = _own_name(text, m.start("body"), mentions) if own else _last_named(text, m.start(), mentions)
        if name:
            owned[name] = mentions[owner].codes, mentions[owner].kind
    if not owned:
        return mentions
    out, added = list(mentions), []
    for name, (codes, kind) in owned.items():
        for use in re.finditer(_HOSPITAL + r"\s+" + re.escape(name) + r"(?![\w.'’-])\s*", text):
            i = by_pstart.get(use.end())
            if i is not None:
                if out[i].codes != codes:
                    out[i] = out[i]._replace(codes=codes, kind=None)
            else:
                # (named alone, the hospital is its owner: "Direktur RSUD dr. H. Jusuf SK, dr. Budi")
                added.append(Mention(use.start(), use.start() + len(use.group().rstrip()), use.start(), f"RSUD {name}",
                                     f"rsud {name.lower()}", kind, "gov", codes))
    # "Rumah sakit di Kota Tarakan itu menandatangani PKS ...": the one named last before, opening its sentence
    for use in _ANAPHOR.finditer(text):
        at, name = max((text.rfind(name, 0, use.start()), name) for name in owned)
        if at >= 0:
            codes, kind = owned[name]
            added.append(Mention(use.start(1), use.end(1), use.start(1), use.group(1), use.group(1).lower(), kind,
                                 "gov", codes))
    return sorted(out + added, key=lambda m: m.start) if added else out


def _own_name(text: str, start: int, mentions) -> str:
    """The hospital's own name written after "RSUD" at ``start``, up to the region it ends with (or its end):
    "dr. Soedono" in "RSUD dr. Soedono Madiun"."""
    m = _HOSPITAL_NAME.match(text, start)
    if m is None:
        return ""
    end = m.end()
    for x in mentions:
        if m.start("name") < x.pstart < end:
            end = x.pstart
            break
    return text[m.start("name"):end].rstrip(" ,")


def _last_named(text: str, before: int, mentions) -> str:
    """The name of the last hospital named before ``before`` (the one "rumah sakit ... itu" speaks of)."""
    last = None
    for m in _HOSPITAL_NAME.finditer(text, 0, before):
        last = m
    return _own_name(text, last.start(), mentions) if last else ""
