"""Offices of regional government in a sentence: title, region and holder.

Titles read: Gubernur, Bupati, Wali Kota/Walikota/Walkot and their Wakil
(Wagub, Wabup, Wawali), acting heads (Pj, Pjs, Plt, Plh, Penjabat), Sekretaris
Daerah/Sekda (also Sekretaris Kota/Kabupaten, Sekko, Sekkab), Asisten, and heads of units (Kepala Dinas X, Kepala Bagian X,
Kepala Badan X, Kabag X, Kadis X). "Kepala" counts only before a unit
word (Dinas, Bagian, Badan, Biro, Bappeda, Dinkes ...) or the acronym of a
regional office (BPBD, BPKAD, BKPSDM, DPMPTSP; in mixed case any Dis.../Din...,
Bappe..., Barenlitbangda, Balitbang..., Bakesbangpol: "Kepala Bappedalitbang
Cilacap Budi Santosa"), so "Kepala BPJS Kesehatan" is not an office of a
regional government; nor is a central-government Kantor or Badan named after
the region ("Kepala Kantor Pertanahan Kapuas Hulu", "Kepala Badan Pusat Statistik").

Shapes read, in order after the title:

- TITLE [(short form)] REGION [(alias)] [qualifier province] [,] NAME
  ("Pj Bupati Kampar Hambali, SE", "Wali Kota (Walkot) Medan Bobby Nasution",
  "Pj Kabupaten Sidenreng Rappang Propinsi Sulawesi Selatan, Basra")
- TITLE REGION, yang CLAUSE, NAME ("Kepala Satpol PP Aceh Besar, yang membawahi
  bidang damkar, Zulfikar Abdullah"), the clause bringing in no other person.
- TITLE NAME ("Bupati Asri Ludin", "Kabag Hukum Sri Setyowati SH MM"): the
  region is left for the caller to find from the context.
- NAME, TITLE REGION / NAME selaku TITLE REGION ("ujar Hambali, Pj Bupati
  Kampar").
- TITLE REGION with no name: kept as a reference to whoever holds that office.
- Camat KECAMATAN [(REGION) | , REGION], NAME: the head of a kecamatan, an official of its kabupaten
  or kota ("Camat Keruak, Lombok Timur, Hasanuddin"); the kecamatan's name must be closed by a comma
  or a bracket, and without a region after it the caller finds one in the article.

The name is a run of capitalised words after the honorifics, up to a comma,
a degree, a lower-case word or a word that cannot be a name (weekday, month,
Kabupaten, Nomor ...). The title is kept as written, without the region.

>>> from kerjasama.loaders.gazetteer import find_mentions
>>> s = "Pj Bupati Kampar Hambali, SE, MBA, bersama Pj Walikota Pekanbaru Risnandar Mahiwa, S.STP"
>>> [(o.title, o.name, o.codes) for o in find_offices(s, find_mentions(s))]
[('Pj Bupati', 'Hambali', ('14.01',)), ('Pj Walikota', 'Risnandar Mahiwa', ('14.71',))]
>>> s = "Kepala Bappedalitbang Cilacap Budi Santosa dan Kepala BPJS Kesehatan Cilacap Ali Ahmad"
>>> [(o.title, o.name, o.codes) for o in find_offices(s, find_mentions(s))]
[('Kepala Bappedalitbang', 'Budi Santosa', ('33.01',))]
>>> s = "Kepala Dinas Tanaman Pangan Hortikultura dan Perkebunan Kabupaten Cilacap Budi Santosa"
>>> [(o.title, o.name, o.codes) for o in find_offices(s, find_mentions(s))]
[('Kepala Dinas Tanaman Pangan Hortikultura dan Perkebunan', 'Budi Santosa', ('33.01',))]
>>> s = "Kepala Bagian Tata Pemerintahan Pemkab Deli Serdang, Adi Winarto, menambahkan"
>>> [(o.title, o.name, o.codes) for o in find_offices(s, find_mentions(s))]
[('Kepala Bagian Tata Pemerintahan', 'Adi Winarto', ('12.07',))]
"""
from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from kerjasama.loaders.dates import MONTHS, WEEKDAYS
from kerjasama.loaders.names import clean_name, is_adat_title, is_degree, is_given_abbreviation, is_honorific
from kerjasama.loaders.regions import region

__all__ = ["Office", "find_offices", "title_starts"]

_ACTING = r"(?:(?:Pj|Pjs|Plt|Plh)\.?|Penjabat(?:\s+Sementara)?|Pelaksana\s+(?:Tugas|Harian)|Pejabat)"
_HEAD = (r"(?:Wakil\s+)?(?:Gubernur|Bupati|Wali\s*[Kk]ota|Walkot)|Wagub|Wabup|Wawali")
# the Sekda of a kota or kabupaten is also written "Sekretaris Kota/Kabupaten", "Sekko", "Sekkot", "Sekkab"
_SEKDA = (r"Sekretaris\s+Daerah|Sekda(?:prov|kab|kot|ko)?|Sekretaris\s+(?:Kota|Kabupaten|Provinsi)(?=\s+(?:\([A-Z][\w.]*\)\s+)?[A-Z])"
          r"|Sek(?:kot|ko|kab|prov)")  # ("Sekretaris Provinsi Kaltara", the Sekda of some provinces)
# (a Kadis with its dinas written on in small letters: Kadisdukcapil, Kadisdikbud, Kadisperkim ...)
_UNIT_HEAD = (r"Kepala|Kadis[a-z]{0,14}|Kaban|Kabag|Kabid|Karo|"
              r"Kasubb?ag|Asisten(?:\s+(?:I{1,3}|IV|[1-4]))?|Asda(?:\s+(?:I{1,3}|IV|[1-4]))?|Sekretaris|Direktur(?:\s+Utama)?|"
              r"Staf\s+Ahli(?:\s+(?:Bupati|Wali\s*[Kk]ota|Walikota|Gubernur))?|"
              r"(?:Juru\s+Bicara|Jubir)(?:\s+(?:Bupati|Wali\s*[Kk]ota|Walikota|Gubernur))?")
_TITLE = re.compile(
    # (the acting word with its short form in brackets: "Penjabat (Pj) Bupati Kepahiang")
    rf"(?<![\w.])(?:(?P<acting>{_ACTING})(?:\s+\((?:Pj|Pjs|Plt|Plh)\.?\))?\s+)?"
    rf"(?:(?P<head>{_HEAD})(?![\w])|(?P<sekda>{_SEKDA})(?![\w])|"
    rf"(?P<unit>{_UNIT_HEAD})(?![\w])|(?=(?:Kabupaten|Kab\.|Kota)\s))"
)
# words that continue a unit title: "Kepala Dinas Kesehatan", "Kabag Humas dan Protokol"
_UNIT_WORDS = {w.lower() for w in """
Dinas Badan Bagian Biro Bidang Kantor Sekretariat Setda Daerah Umum Umun Administrasi Tata
Pemerintahan Pembangunan Perekonomian Kesejahteraan Rakyat Kesra Hukum Humas Protokol Protokoler Otonomi
Organisasi Kerja Sama Kerjasama Kesehatan Dinkes Pendidikan Disdik Kebudayaan Perhubungan Dishub
Lingkungan Hidup DLH LHK Kehutanan Komunikasi Informatika Kominfo Diskominfo Statistik Persandian
Bappeda Bappelitbangda Bapelitbangda Perencanaan Penelitian Pengembangan Litbang Sosial Dinsos
Pariwisata Dispar Pertanian Ketahanan Pangan Perdagangan Perindustrian Disperindag Koperasi UKM UMKM
Usaha Mikro Kecil Menengah Penanaman Modal Pelayanan Terpadu Satu Pintu DPMPTSP PTSP Pekerjaan
PUPR Penataan Ruang Perumahan Permukiman Kawasan Kependudukan Pencatatan Sipil Dukcapil Disdukcapil
Satuan Polisi Pamong Praja Satpol PP Pemadam Kebakaran Penanggulangan Bencana BPBD Keuangan BPKAD
Aset Pendapatan Bapenda Kepegawaian BKD BKPSDM Sumber Daya Manusia Aparatur Perpustakaan Kearsipan
Arsip Pemuda Olahraga Dispora Tenaga Disnaker Transmigrasi Perikanan Kelautan Energi Mineral ESDM
Perempuan Perlindungan Anak Pemberdayaan Masyarakat Desa PMD DPMD Keluarga Berencana Penduduk
Pengendalian Ekonomi Inspektorat Inspektur RSUD Rumah Sakit Kesbangpol Kesatuan Bangsa Politik
Pemerintah Pemprov Pemkab Pemkot Pemko dan & I II III IV Infrastruktur Pengelolaan Barang Pelaksana Harian
Subbagian Subbag Sub Antar Antardaerah Tanaman Hortikultura Peternakan Perkebunan Pertanahan Pertamanan Kebersihan
Bappedalitbang Bapperida Barenlitbangda Balitbangda Bappelitbang BPKD BPPKAD BPKPD DPKAD DPPKAD BKPP
BKPPD BKSDM DKP DPUPR DPUTR DPRKP DPKP DPPKB DP3A DP2KBP3A DP3AKB DPMD DPMK DPM DPMPD DPKPP BPMD Satpol-PP
""".split()}
# regional office acronyms written in mixed case: Diskominfo, Disdukcapil, Dishub, Disperindag, Dinsos,
# Bappeda, Bapenda, Bappedalitbang, Barenlitbangda, Bakesbangpol, Bakeuda (all capitals are listed above:
# most capital acronyms after "Kepala" are national bodies, BPJS, BPS, BNN)
# (and a dinas's acronym in capitals: DKLH, DLHP, DPUPR; not the DPRD, a council, nor DKI or DIY, regions)
_UNIT_ACRONYM = re.compile(r"(?:Dis|Din)[a-z]{2,}[A-Za-z0-9]*|Bap+e[a-z]{2,}|Bare[a-z]*litbang[a-z]*|"
                           r"Balitbang[a-z]*|Bake[a-z]{3,}|Bakesbang[a-z]*|D(?!PRD\b|PD\b|KI\b|IY\b)[A-Z]{2,6}")
_UNIT_REQUIRED = {"kepala", "sekretaris", "kaban", "karo", "direktur", "kasubag", "kasubbag"}  # need a unit word after them
# the units a unit sits in: "Kepala Subbagian Kerja Sama pada Bagian Pemerintahan Setda"
_UNIT_WITHIN = {"bagian", "biro", "dinas", "badan", "sekretariat", "setda", "kantor"}
# the field of a Staf Ahli, after the region: "Staf Ahli Bupati Sumba Barat Bidang Pemerintahan, Hukum dan
# Politik, Yohanis ..." (a list of fields ends with "dan": a name follows the comma after it)
_STAFF_FIELD = re.compile(r"\s*(Bidang(?:\s+[A-Z]\w*)+(?:\s*,\s*[A-Z]\w*(?:\s+[A-Z]\w*)*)*\s+dan(?:\s+[A-Z]\w*)+|"
                          r"Bidang(?:\s+[A-Z]\w*)+(?=\s*,))")
# a Direktur is a regional official as the head of a regional hospital only (a company's is not)
_HOSPITAL = re.compile(r"RSUD|Rumah\s+Sakit\s+Umum\s+Daerah")
# words between the title and its unit that are no unit themselves: "Kepala Pelaksana (Harian) BPBD", the
# executive head of a BPBD (its Kepala is the Sekda); "Kepala Pelaksana Program" is no office
_UNIT_LINKS = {"pelaksana", "harian"}
_NOT_NAME = {w.lower() for w in """
Provinsi Propinsi Kabupaten Kota Pemkab Pemkot Pemko Pemprov Pemda Pemerintah Nomor No Tahun Dalam Di
Dan Yang Selaku Beserta Bersama Saat Pada Melalui Kantor Rumah Pendopo Gedung Aula Jalan Jl Sekretariat
Dinas Badan Bagian Periode Terpilih Sekaligus Turut Hadir Bupati Gubernur Wali Walikota Wakil Sekda
Kepala Asisten Penjabat Pj Pjs Plt Plh Camat Ketua Anggota DPRD Republik Indonesia RI Bapak Ibu Kab
Dia Ia Beliau Mereka Kami Kita Menurut Sementara Usai Setelah Sebelum Selain Namun Tetapi Kemudian Hal
Acara Kegiatan Dalam Atas Untuk Dengan Oleh Ini Itu Tersebut Juga Pun Terkait Para Seluruh Kedua
Ketiga Semua Serta Setempat Jajaran Rombongan OPD Humas Kesra Sekretaris Daerah Provinsi Bidang
Tandatangani Tandatangan Teken Jalin Menjalin Gelar Hadiri Resmikan Sepakat Sepakati Dukung Terima Buka
Apresiasi Minta Ajak Dorong Harap Berharap Tinjau Kunjungi Sambut Serahkan Lantik Pimpin Ikuti MoU PKS
Kerja Kerjasama Sama Kesepakatan Perjanjian Nota
Targetkan Siapkan Bahas Jajaki Gandeng Perkuat Tegaskan Pastikan Luncurkan Perpanjang Perbarui Usulkan Lanjutkan
Tawarkan Bangun Tingkatkan Percepat Imbau Akui Sebut Nilai Janjikan Wakili Mewakili Gantikan Dampingi Saksikan
Tanda Tangani Ditandatangani Umumkan Paparkan Sampaikan Rencana
Insert Suara Sot Narasi Penyiar Reporter Redaktur Atmosfer CG VO
Kembali Menandatangani Meneken Menyaksikan Mengatakan Menyebut Menjelaskan Langsung Resmi Maju
Bicara Ungkap Jelaskan Paparkan Soroti Otonomi
Staf Pimpinan Kabag Kabid Kadis Lurah Hasil Definitif Petahana
Tekankan Pelajari Pantau Dampingi Temui Sambangi Soroti Canangkan Kukuhkan Sidak Berikan Raih Sabet Rilis
Tentang Keputusan Peraturan Menetapkan
""".split()} | {m for m in MONTHS if len(m) > 3 or m in ("mei", "may")} | set(WEEKDAYS)
# (the months written out: the short forms are names too, "Bupati Simalungun Dr. Jan Wiston Purba")
_NAME_TOKEN = re.compile(r"^[A-Z][A-Za-z'’`\-]*\.?$|^[A-Z]\.$")
_WORD = re.compile(r"\S+")
_PAREN = re.compile(r"\s*\([^()\n]{0,30}\)")
# (and the body a unit is part of: "UPTD TPA Regional Blang Bintang pada Dinas Lingkungan Hidup dan Kehutanan Aceh")
_UNIT_REST = re.compile(r"(?:\s*(?:[A-Z][\w&'’-]*|dan|serta|pada|&|,|\([^()\n]{1,40}\)))+\s*")
_COMMA = re.compile(r"\s*,?")
_COMMA_SPACE = re.compile(r"\s*,?\s*")
_ITEM_OPENING = re.compile(r"[^\w\n]{0,6}")  # what opens an item's line before its first word: "• ", "1️⃣ ", "- "
_SPACES = re.compile(r"\s*")
_REGION_GAP = re.compile(r"\s*(?:\([^()\n]{0,30}\)\s*)?")
_INITIAL = re.compile(r"^[A-Z]\.$")
# a title in capitals, as press releases write the officials in a sentence of ordinary case ("ditandatangani
# oleh PJ WALI KOTA TANJUNGPINANG DRS. SYAHRUL AZHAR, M.SI. dan ..."): read in the case of a title (_cased)
_CAPS_TITLE_WORDS = r"P(?:J|L[TH])\b|WA(?:KIL|LI)|GUBERNUR|BUPATI|SEK(?:RETARIS|DA)\b|KEPALA\b|ASISTEN\b"
# the word every title that names an office starts with (Pj also opens Pjs, Wali also Walikota; "Wakil"
# is the head's deputy). A title starts no word inside another: they are capitalised, and their other
# letters are small, so no two of these words overlap and finditer finds every one.
_TITLE_WORD = re.compile(r"Pj|Pl[th]|Pe(?:n?jabat|laksana)|Wa(?:kil|li|lkot|gub|bup|wali)|Gubernur|Bupati|"
                         r"Sek(?:retaris|da|ko|kab)|K(?:epala|a(?:dis|ban|bag|bid|ro|subb?ag))|As(?:isten|da)|Direktur|Staf|Camat|Lurah|Mantri|"
                         r"Ju(?:ru|bir)|"
                         + _CAPS_TITLE_WORDS)


def title_starts(text: str) -> list[int]:
    """Where a title may start in ``text``: the offsets of the words titles start with.

    >>> title_starts("Pemkab dan Wakil Bupati Kampar")
    [11, 17]
    """
    return [m.start() for m in _TITLE_WORD.finditer(text)]


def _titles(text: str, starts=None):
    """The matches of ``_TITLE`` in ``text`` that name an office, as ``_TITLE.finditer`` reads them, tried
    only where a title's first word stands (``starts``, else found here): re scans the pattern (a
    look-behind, then an alternation) slowly at every position."""
    pos = 0
    for i in title_starts(text) if starts is None else starts:
        if i < pos:
            continue
        m = _TITLE.match(text, i)
        if m:
            yield m
            pos = m.end() if m.end() > i else i + 1


class Office(NamedTuple):
    """An office named in a sentence.

    ``codes``: candidate regions of the office (None when the text names none
    right after the title); ``kind``: the kind of region the title implies
    (provinsi/kabupaten/kota, None for Sekda, Kepala ... which any region has);
    ``role``: head, deputy, sekda or unit; ``name``: the holder, '' if not named; ``building``: the
    office names a building ("di Kantor Bupati Bangka Barat"), not a holder at all.
    """

    start: int
    end: int
    title: str
    kind: str | None
    role: str
    codes: tuple | None
    name: str
    name_start: int
    building: bool = False


@lru_cache(maxsize=256)
def _head_role(head: str) -> tuple[str, str]:
    """(role, kind of region) of a head's title as written: ("deputy", "kabupaten") for "Wakil Bupati"."""
    h = head.lower()
    return ("deputy" if h.startswith("wakil") or h in ("wagub", "wabup", "wawali") else "head"), _title_kind(head)


def _title_kind(head: str | None) -> str | None:
    if not head:
        return None
    h = head.lower()
    if "gubernur" in h or h == "wagub":
        return "provinsi"
    if "bupati" in h or h == "wabup":
        return "kabupaten"
    return "kota"


def _sekda_kind(sekda: str | None) -> str | None:
    """The kind of region a Sekda's title names, if any.

    >>> _sekda_kind("Sekretaris Kota"), _sekda_kind("Sekkab"), _sekda_kind("Sekdaprov"), _sekda_kind("Sekda")
    ('kota', 'kabupaten', 'provinsi', None)
    """
    if not sekda:
        return None
    s = sekda.lower()
    if s.endswith(("kota", "kot", "ko")):
        return "kota"
    if s.endswith(("kabupaten", "kab")):
        return "kabupaten"
    return "provinsi" if s.endswith(("prov", "provinsi")) else None


def _kind_of(code: str) -> str | None:
    return (region(code) or {}).get("kind")


def _skip(text: str, pos: int, pattern: re.Pattern) -> int:
    m = pattern.match(text, pos)
    return m.end() if m else pos


def _read_name(text: str, pos: int) -> tuple[str, int]:
    """(name, start) of the person named at ``pos`` ('' if none)."""
    words = []
    start = None
    named = False  # a word that is no honorific read: a degree after it ends the name
    leading = 0  # the honorifics before the name ("Dr. Ir. H.")
    for m in _WORD.finditer(text, pos):
        raw = m.group()
        token, ends_clause, honorific, degree, lower, name_like = _word_facts(raw)
        if not named and honorific:  # (honorifics in a row: "Dr. dr. Haryo Sasongko")
            if start is None:
                start = m.start()
            words.append(token)
            leading += 1
            if ends_clause and raw.endswith(","):
                break
            continue
        if degree and named:
            break
        if lower and words and not _VERB.fullmatch(token) \
                and is_degree(text[m.end():].split(maxsplit=1)[0] if text[m.end():].split() else ""):
            words.append(token)  # "Ridwan kamil, ST": a name written in lower case
            break
        if not name_like:
            break
        if start is None:
            start = m.start()
        words.append(token)
        named = named or not honorific
        if ends_clause or len(words) - leading >= 7:  # (seven words of the name, not of the honorifics before it)
            break
    if not named:
        return "", pos  # (honorifics only: "Bapak Bupati Dompu" names an office, not its holder)
    name = _name_of(" ".join(words))
    if not name:
        return "", pos
    return name, start


@lru_cache(maxsize=8192)
def _word_facts(raw: str) -> tuple[str, bool, bool, bool, bool, bool]:
    """What ``_read_name`` asks of a word, read once per word (the vocabulary of names repeats):
    (token without trailing punctuation, ends the clause, honorific, degree (not an initial) or an adat
    title ("Hendri Dt. Rajo Basa": both end a name), a lower-case word before a comma, can be a word of a name)."""
    token = raw.rstrip(",;:)\"”")
    honorific = is_honorific(token)
    ends_clause = raw != token or (token.endswith(".") and len(token) > 2 and not honorific
                                   and not is_given_abbreviation(token))
    degree = is_degree(token) and not _INITIAL.match(token) or is_adat_title(token)
    lower = raw.endswith(",") and token.isalpha() and token.islower()
    name_like = bool(_NAME_TOKEN.match(token)) and token.rstrip(".").lower() not in _NOT_NAME
    return token, ends_clause, honorific, degree, lower, name_like


@lru_cache(maxsize=8192)
def _name_of(words: str) -> str:
    """The cleaned name of the words read, '' without a word of three letters or more."""
    name = clean_name(words)
    return name if any(len(w.rstrip(".")) >= 3 for w in name.split()) else ""


# a verb, not a name in lower case: "Yusfa Hendri menjelaskan, MPP Batam ..." (MPP reads as a degree):
# me-, ber-, di-, ter- and a stem, or a word with -nya ("ujarnya")
_VERB = re.compile(r"(?:me|ber|di|ter)[a-z]{3,}|[a-z]{3,}nya")
_PLACE_BEFORE = re.compile(r"\b(?:dari|di|ke|untuk|bagi|pihak|wilayah|daerah)\s+$", re.IGNORECASE)
_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)\s*(?:,|\bselaku|\byang\s+juga)\s*$")


def _without_degrees(window: str) -> str:
    """``window`` (ending with a comma) without the degrees written after the name at its end.

    >>> _without_degrees("Hj. Siti Mahmudah, S.Sos., M.Si., ")
    'Hj. Siti Mahmudah,'
    """
    w = window.rstrip()
    while w.endswith(","):
        head, _, last = w[:-1].rpartition(",")
        if not head or not is_degree(last.strip()):
            break
        w = head + ","
    return w


_NUMBERED = re.compile(r"\s*\d{1,2}[.)]\s")  # an item of a numbered list, opening its line


def _name_before(text: str, start: int) -> tuple[str, int]:
    """The holder named just before the title: "Hambali, Pj Bupati Kampar", "Andi Ony selaku Pj Bupati"."""
    window = text[max(0, start - 80):start]
    marked = window.endswith("(") or window.endswith("| ") and window.count("|") == 1 \
        and _CAPTION.match(text[:start].rpartition("\n")[2]) is not None \
        or window.endswith((" – ", " - ", " — ")) and _ITEM_OPENING.match(text[:start].rpartition("\n")[2]).end() > 0
    if marked and not window.endswith(("(", "| ")):
        # (an item of a list, the holder and the office either side of a dash: "- Robby Sapulette, S.Sos. – Sekretaris
        # Kota (Sekkot) Ambon"), read as the holder before brackets are
        window = window.rstrip()[:-1].rstrip() + " ("
    if not marked and window.endswith(", ") and window.upper() == window:
        return "", -1  # (in a sentence all in capitals any word reads as a name: "BERSELANG SEPULUH MENIT, WALI KOTA ...")
    if marked or window.rstrip().endswith(":") and _NUMBERED.match(text[:start].rpartition("\n")[2]):
        # ("I Nyoman Sudarsana (Bupati Badung)": the office in brackets; "1. Dr. H. Andi Syamsul Bahri, M.Si. : Bupati
        # Gowa, dalam hal ini bertindak ...", an agreement's list of who signs it; a television caption, "CG: BAMBANG
        # WIJANARKO | WALI KOTA SAMARINDA")
        window = window.rstrip()[:-1].rstrip() + ","
    # what the pattern ends with, tested first: searching it tries each position of the window
    if not window.rstrip().endswith((",", "selaku", "juga")):
        return "", -1
    window = _without_degrees(window)  # "Hj. Siti Mahmudah, S.Sos., Kepala Bagian ..."
    m = _BEFORE.search(window)
    if not m or _PLACE_BEFORE.search(window, 0, m.start(1)):
        return "", -1  # (a place, not a name: "Sementara dari Kaltim, Pj Gubernur Kaltim ...")
    words = m.group(1).split()
    while words and is_honorific(words[0]):
        words.pop(0)
    if not words or any(w.rstrip(".,").lower() in _NOT_NAME or not _NAME_TOKEN.match(w) for w in words):
        return "", -1
    name = clean_name(" ".join(words))
    if not [w for w in name.split() if len(w.rstrip(".")) >= 3]:
        return "", -1
    return name, start - len(window) + m.start(1)


def find_offices(text: str, mentions, offset: int = 0, starts=None) -> list[Office]:
    """Offices named in ``text``; ``mentions`` are its region mentions (gazetteer.find_mentions), with
    their offsets in a longer text in which ``text`` starts at ``offset`` (a sentence of an article);
    ``starts``: ``title_starts(text)`` when the caller has read them (over the longer text at once)."""
    out: list[Office] = []
    if starts is None:
        starts = title_starts(text)
    if any(text[i + 1:i + 2].isupper() for i in starts):
        text = _cased(text, starts)
    # (start, end, prefix start, mention) in ``text``, a prefix before it cut at its start (the secretariat's,
    # "Setda", is the title's own: "Kepala Biro Pemerintahan Setda Papua Selatan")
    by_start = sorted(((m.start - offset, m.end - offset,
                        max(0, (m.start if m.via == "office" else m.pstart) - offset), m) for m in mentions),
                      key=itemgetter(0))
    for m in _titles(text, starts):
        acting, head, sekda, unit = m.group("acting", "head", "sekda", "unit")
        if not (head or sekda or unit or acting):
            continue
        begin, pos = m.span()
        if not text[begin].isupper():
            continue
        # "(Sekda)" glosses the title before it; "I Nyoman Sudarsana (Bupati Badung)" gives the office of the name
        bracketed = begin and text[begin - 1] == "("
        title_end = pos
        if head:
            role, kind = _head_role(head)
        else:
            role, kind = "sekda" if sekda else "unit" if unit else "head", _sekda_kind(sekda)
        region = bracket = None
        if unit:
            # the unit words that make the title: "Kepala Bagian Tata Pemerintahan"
            n_unit = 0
            for w in _WORD.finditer(text, pos):
                if text[pos:w.start()].strip():
                    break
                word = w.group().rstrip(",.:)")  # (":" closes an item's office: "Kepala Dinas Kesehatan: draf PKS")
                if word == "pada" and n_unit and w.group() == word:
                    nxt = _WORD.match(text, w.end() + 1)
                    if nxt and nxt.group().rstrip(",.").lower() in _UNIT_WITHIN:
                        pos = w.end()
                        continue  # (the title goes on: "... pada Bagian Pemerintahan Setda")
                    break
                if (word.lower() not in _UNIT_WORDS and not _UNIT_ACRONYM.fullmatch(word)
                        or (word[0].islower() and word not in ("dan",))):
                    break
                if word.lower() in {"pemerintah", "pemprov", "pemkab", "pemkot", "pemko"}:
                    break
                pos = title_end = w.start() + len(word)
                n_unit += word.lower() not in _UNIT_LINKS
                if w.group() != word:
                    if w.group() != word + "," or not _fields_go_on(text, w.end()):
                        break
                    pos = w.end()  # (the list of the unit's fields goes on after its comma)
            if n_unit == 1 and unit.lower().startswith("kepala") and text[pos - 6:pos].lower() == "daerah":
                continue  # ("Empat Kepala Daerah Mebidangro": heads of region in general, no office of a unit)
            if unit.lower().split()[0] in _UNIT_REQUIRED and n_unit == 0:
                later = _sub_unit(text, pos, by_start)
                if later is None:
                    continue
                title_end, region = later
                pos = title_end
            if text[title_end - 3:title_end].lower() == "dan":
                title_end -= 4
            if unit.startswith("Direktur"):
                if not _HOSPITAL.fullmatch(text, m.end() + 1, title_end):
                    continue
                # the hospital's own name, up to its region or the comma before the holder (and the government
                # that owns it: "RSUD Sultan Imanuddin milik Pemkab Kobar, dr. Yuliana Panjaitan")
                pos = title_end = _hospital_name_end(text, pos, by_start)
                pos = _skip(text, pos, _OWNED_BY)
        gloss = pos  # (where a bracket after the title opens)
        pos = _skip(text, pos, _PAREN)
        if region is None:
            region = _region_after(text, pos, by_start)
        if region is None and unit:
            # "Asisten Bidang Administrasi Umun Sekretariat Daerah Kabupaten X", "Kepala Dinas Tanaman
            # Pangan Hortikultura dan Perkebunan Kabupaten X": the rest of the unit's name, up to a region
            later = _unit_region(text, pos, by_start)
            if later is not None:
                title_end, region = later
        codes = None
        if region is not None and unit:
            # the unit's name named a region ("Asisten Pemerintahan dan Keistimewaan Aceh") before its
            # secretariat's: "... Setda Aceh, Azhari Ishak"
            setda = _SETDA_AFTER.match(text, region[1])
            later = _region_after(text, setda.end(), by_start) if setda else None
            if later is not None:
                title_end, region = setda.start(), later
        if region is not None:
            mention, pos = region
            codes = mention.codes
            if kind and len(codes) > 1:
                # "Sekkab Bogor": the kabupaten, not Kota Bogor
                codes = tuple(c for c in codes if _kind_of(c) == kind) or codes
            if acting and not (head or sekda or unit):
                if mention.kind not in ("kabupaten", "kota") or mention.via != "admin":
                    continue
                kind = mention.kind
            # a province named after the region only says where it is
            nxt = _region_after(text, _COMMA.match(text, pos).end(), by_start)
            if nxt is not None and all(len(c) == 2 for c in nxt[0].codes) and any(len(c) > 2 for c in codes):
                pos = nxt[1]
            bracket = _skip(text, pos, _SPACES)
            pos = _skip(text, pos, _PAREN)
        elif acting and not (head or sekda or unit):
            continue
        else:
            bracket = _skip(text, gloss, _SPACES)  # (a holder in brackets, the region told elsewhere)
        title = " ".join(text[begin:title_end].split())
        if unit and unit.startswith("Staf"):
            field = _STAFF_FIELD.match(text, pos)
            if field:
                title += " " + " ".join(field.group(1).split())
                pos = field.end()
        if acting and not (head or sekda or unit):
            title = f"{acting} {'Bupati' if kind == 'kabupaten' else 'Wali Kota'}"
        if "(" in title:
            title = _PAREN.sub("", title)
        title = title.strip(" ,")
        if unit and _central(title):
            continue  # an office of the central government, not of the region it is named after
        if unit and unit.startswith("Ju") and (codes is None or " ".join(unit.split()) != title):
            continue  # a spokesperson of a government named right after ("Juru Bicara Pemkot Ambon"), not of a body
        pos = _COMMA_SPACE.match(text, pos).end()
        if text.startswith(("- ", "– ", "— "), pos) and _ITEM_OPENING.fullmatch(text, text.rfind("\n", 0, begin) + 1, begin):
            pos += 2  # (an item of a list, the office and its holder either side of a dash: "• Bupati Badung - Wayan ...")
        if _BUILDING.search(text, max(0, begin - 24), begin):
            # "di Kantor Gubernur Sulawesi Tengah, Palu": a building named after the office, whose
            # holder it does not name (the word after it is a place, or the next clause)
            out.append(Office(begin, max(pos, title_end), title, kind, role, codes, "", -1, True))
            continue
        name, name_start = _read_name(text, pos)
        if name and text.startswith(":", name_start + len(name)):
            name, name_start = "", -1  # (the office's last word before an item's colon: "... dan Kebersihan: draf PKS")
        if name and " " in name and any(name_start <= a < name_start + len(name) and " " in m.surface
                                        for a, _, _, m in by_start):
            name, name_start = "", -1  # (a headline's verb and region: "Plh Bupati Wakili Kolaka Utara")
        if not name and bracket is not None and text.startswith("(", bracket):
            # the holder in brackets after the office: "Sekda Prov. Kalsel (Ir. H. Rahmat Ansyari, M.T.)" (not a short
            # form: "Penajam Paser Utara (PPU)")
            held, held_start = _read_name(text, bracket + 1)
            if len(held.split()) >= 2:
                name, name_start = held, held_start
        if not name and text.startswith("yang ", pos):
            # "Kepala Satpol PP Aceh Besar, yang membawahi bidang damkar, Zulfikar Abdullah": a clause
            # on the office before its holder
            aside = _ASIDE.match(text, pos)
            if aside:
                name, name_start = _read_name(text, aside.end())
        if not name and text.startswith("selaku ", pos) and 0 < (comma := text.find(",", pos, pos + 80)):
            # "Pj Bupati Ogan Komering Ilir (OKI) selaku Ketua Apkasi Komwil Sumsel, Ir. H. Firdaus Hasbullah": the
            # role the holder also has, before the name
            name, name_start = _read_name(text, _COMMA_SPACE.match(text, comma).end())
        if not name and text[pos:pos + 1] in "skwKSW" and (then := _THEN.match(text, pos)):
            # "diteken Wali Kota Bengkulu saat itu, H. Rozali Hamdan": the holder of the time, named
            name, name_start = _read_name(text, then.end())
        if bracketed and not name:
            # (not where the brackets name the holder after the office: "Moderator (Kabag Prokompim Kota Ambon,
            # Elizabeth Pattiasina)")
            name, name_start = _name_before(text, begin)
            if name and codes is None and clean_name(text[text.rfind("\n", 0, begin) + 1:begin - 1].strip(" -•*,")) != name:
                name = ""  # (with no region in the office, only a line of its own: "Narahubung:\nRina Oktaviani, S.IP.
                # (Kepala Subbagian Kerja Sama)", not "... kata Budi (Kepala Bidang)" of whoever's)
            if not name:
                continue
        if not name and codes is not None:
            name, name_start = _name_before(text, begin)
            if name and " " not in name and any(a <= name_start < b for a, b, _, _ in by_start):
                name, name_start = "", -1  # (a region before the comma: "Teken MoU ... dengan Minut, Wali Kota Bitung")
        out.append(Office(begin, max(pos, title_end), title, kind, role, codes, name,
                          name_start if name else -1))
    for i in starts:
        if text.startswith(("Camat", "Lurah"), i):
            camat = _camat(text, i, by_start)
            if camat is not None:
                out.append(camat)
        elif text.startswith("Mantri", i):
            mantri = _mantri(text, i)
            if mantri is not None:
                out.append(mantri)
    return out


def _mantri(text: str, i: int) -> Office | None:
    """The Mantri Pamong Praja (head of a kemantren, the kecamatan of Kota Yogyakarta) titled at ``i``, with the
    holder named after the kemantren: "Mantri Pamong Praja Wirobrajan Heri Setiawan, S.IP."; None otherwise.

    >>> o = find_offices("Mantri Pamong Praja Wirobrajan Heri Setiawan, S.IP. mengatakan", [])[0]
    >>> o.title, o.role, o.name, o.codes
    ('Mantri Pamong Praja Wirobrajan', 'camat', 'Heri Setiawan', ('34.71',))
    """
    m = _MANTRI.match(text, i)
    if m is None:
        return None
    pos = _COMMA_SPACE.match(text, m.end()).end()
    name, name_start = _read_name(text, pos)
    if not name:
        return None
    return Office(i, pos, " ".join(m.group().split()), None, "camat", ("34.71",), name, name_start)


# the fourteen kemantren of Kota Yogyakarta, whose heads are its officials
_KEMANTREN = ("Danurejan", "Gedongtengen", "Gondokusuman", "Gondomanan", "Jetis", "Kotagede", "Kraton", "Mantrijeron",
              "Mergangsan", "Ngampilan", "Pakualaman", "Tegalrejo", "Umbulharjo", "Wirobrajan")
_MANTRI = re.compile(r"Mantri\s+Pamong\s+Praja(?:\s+(?:Kemantren\s+)?(?:" + "|".join(_KEMANTREN) + r"))?\b")
# the kecamatan's name after "Camat": capitalised words up to the comma or bracket that closes it
# (and after "Lurah", the head of a kelurahan: "Lurah Dara, Arif Rahman Hakim")
_KECAMATAN = re.compile(r"(?:Camat|Lurah)\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)(?=\s*[,(])")
_ACTING_BEFORE = re.compile(rf"{_ACTING}\s+$")
# (or a name of a direction that ends it, the holder's name after it with no comma: "Camat Lembeh Utara Jemmy Kaunang,
# S.IP.")
# (or by a verb in small letters after it: "Camat Manokwari Barat Petrus Kafiar menyatakan ...")
_KECAMATAN_POINTED = re.compile(r"(?:Camat|Lurah)\s+((?:[A-Z][\w'’-]*\s+){0,2}(?:Utara|Selatan|Timur|Barat|Tengah))"
                                r"(?=(?:\s+[A-Z][\w'’.-]*){1,3}\s+[A-Z][\w'’-]*(?:\s*[,(]|\s+[a-z]))")


def _fields_go_on(text: str, pos: int) -> bool:
    """Whether the unit words after a comma at ``pos`` go on with the unit's list of fields, up to "dan" and one
    more ("Kepala Dinas Pangan, Tanaman Pangan dan Hortikultura Ir. Hj. Noorhayati Basri"), not the holder named
    after the comma.

    >>> _fields_go_on("Dinas Perindustrian, Perdagangan, Koperasi dan UKM Heru Susanto", 21)
    True
    >>> _fields_go_on("Dinas Perhubungan, Budi Santoso", 18)
    False
    """
    seen_and = False
    for w in _WORD.finditer(text, pos, min(len(text), pos + 120)):
        raw = w.group()
        word = raw.rstrip(",")
        if word == "dan":
            seen_and = True
            continue
        if word.lower() not in _UNIT_WORDS or not word[0].isupper():
            return False
        if seen_and:
            return True
        if raw != word + "," and raw != word:
            return False
    return False


def _camat(text: str, i: int, mentions) -> Office | None:
    """The Camat (head of a kecamatan, an official of its kabupaten or kota) titled at ``i``, with the
    kecamatan's name closed by a comma or a bracket and the holder named after it: "Camat Keruak, Lombok
    Timur, Hasanuddin", "Camat Rasanae Timur (Kota Bima), Ikhwan Jamaluddin", "Camat Dolo Selatan,
    Hasanuddin Towua". ``codes`` is the kabupaten or kota named right after the kecamatan, else None
    (the caller looks for "Kecamatan Dolo Selatan, Kabupaten Sigi" elsewhere). None without a name:
    "Camat Keruak Tinjau Banjir" cannot tell the kecamatan from the words after it.

    >>> from kerjasama.loaders.gazetteer import find_mentions
    >>> s = "Hadir Camat Rasanae Timur (Kota Bima), Ikhwan Jamaluddin, S.STP., dan warga"
    >>> o = find_offices(s, find_mentions(s))[0]
    >>> o.title, o.role, o.name, o.codes
    ('Camat Rasanae Timur', 'camat', 'Ikhwan Jamaluddin', ('52.72',))
    """
    m = _KECAMATAN_POINTED.match(text, i) or _KECAMATAN.match(text, i)
    if m is None or any(w.lower() in _NOT_NAME for w in m.group(1).split()):
        return None
    pos, codes = m.end(), None
    if text.startswith("(", bracket := _skip(text, pos, _SPACES)):
        region = _region_after(text, bracket + 1, mentions)
        if region is None or not text.startswith(")", region[1]):
            return None
        pos = region[1] + 1
        codes = region[0].codes
    else:
        region = _region_after(text, _COMMA_SPACE.match(text, pos).end(), mentions)
        if region is not None and text.startswith(",", region[1]):
            pos, codes = region[1], region[0].codes  # "Camat Keruak, Lombok Timur, Hasanuddin"
    if codes is not None:
        codes = tuple(c for c in codes if _kind_of(c) in ("kabupaten", "kota")) or None
    pos = _COMMA_SPACE.match(text, pos).end()
    if pos == m.end() and m.re is not _KECAMATAN_POINTED:
        return None
    name, name_start = _read_name(text, pos)
    if not name:
        return None
    acting = _ACTING_BEFORE.search(text, max(0, i - 24), i)
    begin = acting.start() if acting else i
    title = " ".join(text[begin:m.end()].split())
    return Office(begin, pos, title, None, "camat", codes, name, name_start)


def _cased(text: str, starts) -> str:
    """``text`` with each title written in capitals, and the region and name after it up to a comma or a
    word in small letters, in the case of a title: "dan BUPATI BINTAN H. SUHARDI YAKUB, S.E., disaksikan"
    reads "dan Bupati Bintan H. Suhardi Yakub, S.E., disaksikan" (offsets kept). Not in a text all in
    capitals, a headline whose verbs would read as names ("BUPATI KAMPAR SAKSIKAN PENANDATANGANAN").

    >>> _cased("diteken PJ WALI KOTA DUMAI H. BUDI ALI, M.SI. dan", [8])
    'diteken Pj Wali Kota Dumai H. Budi Ali, M.SI. dan'
    """
    if text.upper() == text and not (len(text) > 80 and text.rstrip().endswith(".")) and not _CAPTION.match(text):
        # (a body sentence all in capitals is read: "KESEPAKATAN DITANDATANGANI WALI KOTA KUPANG DRS. ..."; and a
        # television caption of a name and an office: "CG: BAMBANG WIJANARKO | WALI KOTA SAMARINDA")
        return text
    chars = list(text)
    for i in starts:
        if not text[i + 1:i + 2].isupper() or i and _is_word(text[i - 1]) or not _CAPS_TITLE.match(text, i):
            continue
        for w in _WORD.finditer(text, i):
            word = w.group()
            if any(c.islower() for c in word):
                break
            if "." not in word.rstrip(".,"):  # (initials and degrees as written: "M.SI.", "S.E.")
                chars[w.start() + 1:w.end()] = word[1:].lower()
            if word.endswith(","):
                break
    return "".join(chars)


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


_CAPS_TITLE = re.compile(_CAPS_TITLE_WORDS)
_CAPTION = re.compile(r"\W*(?:\d{1,2}[:.]\d{2}\W*)?(?:CG|SUPER|LOWER\s+THIRD|NAMA)\s*:")


def _central(title: str) -> bool:
    """Whether a unit's title is that of a central-government office named after the region it serves:
    a Kantor or Badan with a word of the central government and not "Daerah" ("Kepala Kantor
    Pertanahan", "Kepala Badan Pusat Statistik", "Kepala Kantor Kementerian Agama"; "Kepala Badan
    Pengelolaan Pajak dan Retribusi Daerah" is the region's own).

    >>> _central("Kepala Kantor Pertanahan"), _central("Kepala Badan Pengelolaan Pajak dan Retribusi Daerah")
    (True, False)
    """
    words = title.lower().split()
    return len(words) > 2 and words[1] in ("kantor", "badan") and "daerah" not in words \
        and not _CENTRAL_WORDS.isdisjoint(words)


# words of central-government offices in a region: the land office (BPN), BPS, BNN, Kemenag, tax,
# customs, immigration, treasury, quarantine, weather and search-and-rescue offices, Kanwil
_CENTRAL_WORDS = frozenset("""pertanahan nasional negara pusat kementerian kemenag agama pajak imigrasi bea cukai
karantina perbendaharaan meteorologi pencarian wilayah vertikal bank""".split())  # (and Bank Indonesia's office)
# a clause on the office between it and its holder's name, with no other person in it (not "yang diwakili
# Sekda", "yang didampingi istrinya", "yang bersama ..."): lower-case words up to a comma
# the words of a building named after an office: "Kantor Gubernur", "Rumah Jabatan Bupati", "Pendopo Bupati"
_BUILDING = re.compile(r"\b(?:Kantor|Rumah\s+(?:Dinas|Jabatan|Jab\.?)|Rujab|Rumdis|Pendopo|Pendapa|Gedung|Wisma|"
                       r"Balai|Aula|Ruang(?:\s+(?:Rapat|Kerja|Pertemuan))?)\s+$")
_SETDA_AFTER = re.compile(r"\s+(?:Setda|Setdaprov|Setdakab|Setdako|Setdakot|Sekretariat\s+Daerah)\s+")
_THEN = re.compile(r"(?:saat|kala|ketika|waktu)\s+itu\s*,?\s*", re.IGNORECASE)
_ASIDE = re.compile(r"yang(?:\s+(?!\w*(?:wakil|damping)|oleh\b|bersama\b|dengan\b|dan\b|serta\b|istri|suami|anak\b|"
                    r"putra|putri|ajudan)[a-z]+){1,8}\s*,\s*")


# a unit inside a regional body: "Kepala Unit Pengelola Sampah Terpadu (UPST) Dinas LH DKI Jakarta", "Kepala
# UPTD Puskesmas ... Dinas Kesehatan Kabupaten X" (not "Kepala Unit Reskrim Polres X": a police unit)
_SUB_UNIT = re.compile(r"\s*(?:Unit|UPTD?|Upt)\b")
_OWN_BODIES = {"dinas", "badan", "bagian", "biro", "setda", "sekretariat", "rsud", "dlh", "dinkes", "disdik",
               "dishub", "bappeda", "bpbd", "satpol", "bpkad", "pemprov", "pemkab", "pemkot", "pemko"}


def _sub_unit(text, pos, mentions):
    """(end of the title, (mention, end)) of a unit inside a regional body, read from ``pos`` (right after
    "Kepala") to the region the body's name ends with; None when the words name no body of a region.

    >>> from kerjasama.loaders.gazetteer import find_mentions
    >>> s = "Kepala Unit Pengelola Sampah Terpadu (UPST) Dinas LH DKI Jakarta Wahyu Pratama"
    >>> [(o.title, o.name, o.codes) for o in find_offices(s, find_mentions(s))]
    [('Kepala Unit Pengelola Sampah Terpadu Dinas LH', 'Wahyu Pratama', ('31',))]
    >>> s = "Kepala Unit Reskrim Polres Kampar Budi Santoso"
    >>> [o.title for o in find_offices(s, find_mentions(s))]
    []
    """
    m = _SUB_UNIT.match(text, pos)
    if m is None:
        return None
    later = _unit_region(text, m.end(), mentions)
    if later is None:
        return None
    words = text[m.end():later[0]].split()
    if not any(w.lower() in _OWN_BODIES or _UNIT_ACRONYM.fullmatch(w) for w in words):
        return None
    return later


_NAME_WORD = re.compile(r"\s+(?:dr\.?|H\.|Prof\.|[A-Z][\w.'’-]*)(?=[\s,])")


_OWNED_BY = re.compile(r"\s+milik\s+(?=\S)")


def _hospital_name_end(text: str, pos: int, mentions) -> int:
    """Where the name of a hospital written at ``pos`` ends ("RSUD| dr. Adnaan WD, dr. Elvi ..."): before
    the region it ends with, or at the comma before its director; ``pos`` when neither follows soon.

    >>> _hospital_name_end("RSUD dr. Adnaan WD, dr. Elvi Susanti", 4, [])
    18
    """
    end, named = pos, False
    for _ in range(5):
        if any(pstart <= end + 1 and end < start for start, _, pstart, _ in mentions):
            return end  # (a region: read after the title)
        w = _NAME_WORD.match(text, end)
        if w is None:
            return end if named and _OWNED_BY.match(text, end) else pos
        if named and is_honorific(w.group().strip().rstrip(",")):
            return end  # (at the honorific that opens its director's name: "RSUD Andi Makkasau dr. Muhammad Yasin")
        named = named or not is_honorific(w.group().strip().rstrip(","))  # (not "RSUD dr. H. Jusuf SK")
        end = w.end()
        if text.startswith(",", end):
            return end
    return pos


def _unit_region(text, pos, mentions):
    """(end of the title, (mention, end)) when only the rest of a unit's name stands between ``pos`` and
    the next region named: capitalised words, "dan", commas, a short form in brackets, at most ten words,
    not ending in "dan" or a comma ("Kepala Dinas Kesehatan Budi, Kabupaten X": X is no part of it)."""
    for _, end, pstart, mention in mentions:
        if pstart < pos:
            continue
        gap = text[pos:pstart]
        words = gap.split()
        if not words or len(words) > 12 or not _UNIT_REST.fullmatch(gap):
            return None
        if words[-1].lower() in ("dan", "serta", "&") or words[-1].endswith(","):
            return None
        return pos + len(gap.rstrip()), (mention, end)
    return None


def _region_after(text, pos, mentions):
    """(mention, end) of a region named right at ``pos`` (after spaces or a bracket), else None;
    ``mentions``: (start, end, prefix start, mention) in ``text``, by start."""
    for start, end, pstart, mention in mentions:
        if start < pos:
            if pstart < pos <= start or (pstart < pos and end > pos):
                if start >= pos - 1 or pstart < pos <= start:
                    return mention, end
            continue
        gap = text[pos:pstart]
        if _REGION_GAP.fullmatch(gap):
            return mention, end
        return None
    return None
