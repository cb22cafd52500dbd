"""Person names without honorifics and academic degrees.

Rules: honorifics before the name are dropped (Dr., Drs., Dra., dr, drg, drh, Ir.,
H., Hj., Hi., KH, K.H., Prof., RH, TGH, Ust., Habib is kept as a name); everything
from the first comma on is dropped (", S.Sos, M.Si"); degree tokens after the
name without a comma are dropped (SE MM, SSos, S.STP, M.Si, ST, MT); initials
such as "M." and noble names such as "Andi" and "Raden" are part of the name, and so are
given names abbreviated with a period (Moh., Muh., Moch., Mochd., Mohd., Mhd., Abd., Ach., Sy.),
which end no sentence and no name. A Minang adat title after the name (Dt. / Datuk / Datuak and the
title's own words: "Zulhendri Dt. Rajo Basa") is no part of it; "Capt." (a master mariner) is an
honorific like "Ir.".

>>> clean_name("Dr. Drs. Akbar Ali, AP, M.Si.")
'Akbar Ali'
>>> clean_name("RH Agus Bastian SE MM"), clean_name("Drs H Sutedjo"), clean_name("M. Rizon, S.Hut.")
('Agus Bastian', 'Sutedjo', 'M. Rizon')
>>> clean_name("KH. Abdul Ghani Kasuba"), clean_name("dr Sudarmi"), clean_name("Sudaryono SSos")
('Abdul Ghani Kasuba', 'Sudarmi', 'Sudaryono')
>>> clean_name("Drs. H. Moh. Yamin, M.Si"), clean_name("Muh. Yusuf SE")
('Moh. Yamin', 'Muh. Yusuf')
>>> clean_name("Ir. Hendri Dt. Rajo Basa, MT"), clean_name("Capt. H. Ismail Yunus, M.M.")
('Hendri', 'Ismail Yunus')
>>> clean_name("Hi. Moh. Arief Paputungan, S.IP.")
'Moh. Arief Paputungan'

>>> name_key("H. Abdul Hamid Wahid") == name_key("Abdul Hamid Wahid, M.Si")
True
"""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["clean_name", "name_key", "is_honorific", "is_degree", "is_given_abbreviation", "is_adat_title",
           "same_person", "GIVEN_ABBREVIATIONS", "ADAT_TITLES"]

HONORIFICS = {"dr", "drs", "dra", "drg", "drh", "ir", "h", "hj", "kh", "k.h", "prof", "rh", "tgh",
              "ust", "ustadz", "hc", "ny", "nyonya", "tn", "bapak", "pak", "ibu", "bu", "sdr", "capt", "kapt",
              "ns", "apt", "bd", "tgk", "hi", "buya", "gus", "kiai", "kyai",
              # (and the ranks of the police and the armed forces, an officer serving as Penjabat: "Irjen Pol. (Purn.)
              # Dr. Haryono Wibisono", "Mayjen TNI (Purn) ...")
              "irjen", "brigjen", "mayjen", "letjen", "jenderal", "kombes", "akbp", "kolonel", "laksda", "marsda",
              "laksma", "marsma", "pol", "tni", "purn"}  # (and the health professions: Ns. a
# nurse, apt. a pharmacist, Bd. a midwife; Tgk. is Teungku, an Acehnese honorific; Hi. is Haji as North Maluku and
# Sulawesi write it; Gus and Kiai those of the pesantren)
# given names written short with a period: "Moh. Ramdhan Pomanto", "Abd. Rahman", "Sy. Ahmad"
GIVEN_ABBREVIATIONS = frozenset({"moh", "muh", "moch", "mochd", "mohd", "muhd", "mhd", "mukh", "abd", "ach", "sy"})
# a Minang adat title, written after the name and followed by the title's own words ("Dt. Rajo Basa"):
# it ends the name (before a name, "Datuk Seri ..." is another use, left as it is)
ADAT_TITLES = frozenset({"dt", "datuk", "datuak"})
_DEGREE = re.compile(
    r"^(?:"
    r"[A-Z]{1,4}"                                  # SE MM ST MT SH MBA SSTP AP
    r"|S\.?[A-Z][A-Za-z]{0,4}"                     # S.Sos SSos S.Hut S.STP S.Pd S.IP
    r"|M\.?[A-Z][A-Za-z]{0,4}"                     # M.Si MSi M.UD M.Ip M.Kes
    r"|[A-Z][a-z]?\.[A-Z][A-Za-z]{0,3}"            # Sp.PD Ak.
    r"|Dr|Drs|PhD|Ph\.D|Lc|MA|Hum|Ak|CA|CPA"
    r")\.?$"
)


_INITIAL = re.compile(r"^[A-Z]\.$")


def is_honorific(token: str) -> bool:
    """An honorific written before a name: Dr., Drs., H., Hj., KH, Prof., RH ..."""
    return token.strip("()").rstrip(".").lower() in HONORIFICS  # (and "(Purn.)", a retired officer's)


def is_given_abbreviation(token: str) -> bool:
    """A given name written short with a period ("Moh.", "Abd."): part of the name that follows.

    >>> is_given_abbreviation("Moh."), is_given_abbreviation("Moh"), is_given_abbreviation("Drs.")
    (True, False, False)
    """
    return token.endswith(".") and token[:-1].lower() in GIVEN_ABBREVIATIONS


def is_adat_title(token: str) -> bool:
    """An adat title written after a name: "Dt.", "Datuk", "Datuak".

    >>> is_adat_title("Dt."), is_adat_title("Datuak"), is_adat_title("Datu")
    (True, True, False)
    """
    return token.rstrip(".,").lower() in ADAT_TITLES


def is_degree(token: str) -> bool:
    """An academic degree written after a name: SE, MM, S.Sos, SSos, M.Si ..."""
    return bool(_DEGREE.match(token.rstrip(",")))


def clean_name(raw: str) -> str:
    """The person's name without honorifics and degrees (may be '')."""
    return _clean_name(raw)


# names recur within an article and across articles (the officials are compared pairwise): read each once
@lru_cache(maxsize=8192)
def _clean_name(raw: str) -> str:
    text = raw.split(",")[0]
    tokens = text.split()
    while tokens and is_honorific(tokens[0]) and len(tokens) > 1:
        tokens.pop(0)
    if tokens and is_honorific(tokens[0]) and tokens[0][0].islower():
        tokens.pop(0)
    for k in range(1, len(tokens)):
        if is_adat_title(tokens[k]):
            del tokens[k:]  # "Hendri Dt. Rajo Basa": the title and its words
            break
    while len(tokens) > 1 and is_degree(tokens[-1]) and not _INITIAL.match(tokens[-1]):
        tokens.pop()
    return " ".join(tokens).strip(" .;:")


def name_key(name: str) -> str:
    """A comparison key: lower-case words of the cleaned name."""
    return " ".join(_key_words(name))


@lru_cache(maxsize=8192)
def _key_words(name: str) -> tuple[str, ...]:
    return tuple(_KEY_WORD.findall(_clean_name(name).lower()))


_KEY_WORD = re.compile(r"[^\W_]+")


def same_person(a: str, b: str) -> bool:
    """Whether two written names are one person (one is the other, or all of one's words are in the other).

    >>> same_person("Asri Ludin", "Asri Ludin Tambunan"), same_person("Abdul Hamid", "Abdul Hamid Wahid")
    (True, True)
    >>> same_person("Andi Ony", "Andi Bataralifu")
    False
    """
    return _same_person(a, b)


@lru_cache(maxsize=8192)
def _same_person(a: str, b: str) -> bool:
    ka, kb = set(_key_words(a)), set(_key_words(b))
    if not ka or not kb:
        return False
    small = ka if len(ka) <= len(kb) else kb
    return small <= (ka & kb) and max(map(len, small)) >= 4
