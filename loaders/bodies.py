"""Bodies a regional government owns, named in an article with their owner: a regional hospital stands for it.

News names a hospital by its own name and the place it stands in ("RSUD dr. Soedono Madiun") and says elsewhere
whose it is ("Rumah sakit rujukan di Kota Madiun itu merupakan milik Pemerintah Provinsi Jawa Timur", "RSUD dr.
H. Jusuf SK, rumah sakit rujukan milik Pemerintah Provinsi Kalimantan Utara"). The place in the hospital's name
is then the owner: its director serves the province, and a PKS the hospital signs is the province's.

>>> from kerjasama.loaders.gazetteer import find_mentions
>>> t = ("PKS diteken Direktur RSUD dr. Soedono Madiun, dr. Bambang. Rumah sakit rujukan di Kota Madiun itu "
...      "merupakan milik Pemerintah Provinsi Jawa Timur.")
>>> [(m.surface, m.codes) for m in with_owners(t, find_mentions(t))]
[('Madiun', ('35',)), ('Madiun', ('35.77',)), ('Jawa Timur', ('35',))]
"""
from __future__ import annotations

import re

__all__ = ["with_owners"]

# the owner after a hospital named, or after "rumah sakit ... itu" that names the one before: "..., rumah sakit
# rujukan milik Pemerintah Provinsi X", "Rumah sakit ... itu merupakan milik Pemprov X"
_OWNED = re.compile(r"(?P<body>\bRSUD\b|\bRumah\s+Sakit\s+Umum\s+Daerah\b|\b[Rr]umah\s+sakit\b)(?P<between>[^.;:]{0,80}?)"
                    r"\b(?:milik|dimiliki(?:\s+oleh)?|kepunyaan)\s+(?=(?:Pemerintah\s+(?:Provinsi|Kabupaten|Kota)|"
                    r"Pemprov|Pemkab|Pemkot|Pemko)\b)")
# a hospital's own name: RSUD, its honorifics and capitalised words
_HOSPITAL_NAME = re.compile(r"\b(?:RSUD|Rumah\s+Sakit\s+Umum\s+Daerah)(?:\s+(?:dr\.|Dr\.|drg\.|H\.|Hj\.|Prof\.|"
                            r"[A-Z][\w'’.-]*))+")


def with_owners(text: str, mentions: list) -> list:
    """``mentions`` (gazetteer.find_mentions of ``text``) with the region ending a hospital's name read as the
    hospital's owner where the text tells whose the hospital is (module doc); unchanged otherwise."""
    if "milik" not in text and "kepunyaan" not in text:
        return mentions  # (most articles)
    by_pstart = {m.pstart: i for i, m in enumerate(mentions)}
    owned = {}  # the hospital's own name -> the owner's codes
    for m in _OWNED.finditer(text):
        owner = by_pstart.get(m.end())
        if owner is None:
            continue
        own = m.group("body").startswith(("RSUD", "Rumah Sakit Umum"))
        name = _own_name(text, m.start("body"), mentions) if own else _last_named(text, m.start(), mentions)
        if name:
            owned[name] = mentions[owner].codes
    if not owned:
        return mentions
    out = list(mentions)
    for name, codes in owned.items():
        for use in re.finditer(re.escape(name) + r"\s+", text):
            i = by_pstart.get(use.end())
            if i is not None and out[i].codes != codes:
                out[i] = out[i]._replace(codes=codes, kind=None)
    return out


def _own_name(text: str, start: int, mentions) -> str:
    """The hospital's name written at ``start`` up to the region it ends with (or its end): "RSUD dr. Soedono"."""
    m = _HOSPITAL_NAME.match(text, start)
    if m is None:
        return ""
    end = m.end()
    for x in mentions:
        if start < x.pstart < end:
            end = x.pstart
            break
    return text[start:end].rstrip(" ,")


def _last_named(text: str, before: int, mentions) -> str:
    """The name of the last hospital named before ``before`` (the one "rumah sakit ... itu" speaks of)."""
    last = None
    for m in _HOSPITAL_NAME.finditer(text, 0, before):
        last = m
    return _own_name(text, last.start(), mentions) if last else ""
