"""One news article in, one extraction record out (the shape of eval/SCHEMA.md).

>>> rec = extract_text("Pemkab Kampar dan Pemko Pekanbaru menandatangani Kesepakatan Bersama "
...                    "pada Rabu, 5 September 2024.", id="x")
>>> [(a["parties"], a["kind"], a["signed_on"]) for a in rec["agreements"]]
[(['14.01', '14.71'], 'mou', '2024-09-05')]

Rules, in the order they are applied:

1. Text: link noise ("BACA JUGA ...") removed, sentences cut (sentences.py); a
   line of tags ("Tag: Pemprov Kaltim, PPU, Kerja Sama Daerah") tells of no
   cooperation.
2. Regions (gazetteer.py) that are *not* parties: a dateline ("MAKASSAR,
   EDELWEISNEWS.COM –", "Kupang, NTT (ANTARA) -"), a venue ("di Hotel Yello,
   Kota Jambi", "di Aula ... Provinsi Sulawesi Selatan, Makassar": "di" and the
   capitalised words after it; also after a noun of area: "di sekitar
   Kabupaten X", "di wilayah perbatasan Kota Y"), a province that only says
   where a kabupaten or kota lies ("Pemkab Kaur Provinsi Bengkulu"), a name
   inside an organisation,
   a building or a street ("Universitas ... Sumatera Utara", "Poltekkes
   Surabaya", "(Bank Jateng)", "Jalan Medan-Lubuk Pakam"), a road, bridge or route and both
   ends of it ("Jalan Tol Padang-Pekanbaru", "ruas tol Jambi - Pekanbaru",
   "jembatan Batam-Bintan", "Bandara ..."), the places a road runs through
   ("ruas jalan yang menghubungkan Kota A dengan Kota B melalui Kab. C dan D",
   "melintasi", "dilalui ... dari A hingga B"), "se-Sulawesi Tenggara", DPRD,
   and names after "disaksikan" or "di hadapan" (witnesses).
3. A region is a government of the article when a mention of it carries a
   sign of one: Pemkab/Pemkot/Pemprov/Pemerintah..., Kabupaten/Kota/Provinsi,
   or an office title (Bupati X, Gubernur X). Bare names then count for the
   regions so established; a name several regions share counts only when
   exactly one of them is established (Kab. and Kota Bandung both: neither).
4. Parties: in each sentence about cooperation (kerja sama, MoU, kesepakatan,
   perjanjian, penandatanganan, teken ...), the governments named form a
   group (in a title listing topics, each a noun and its place, only those
   of the cooperation word's item: "Banjir Samarinda, MoU Bank Kaltimtara,
   hingga Air Bersih Balikpapan-PPU" has none); only those after "antara" when it names two ("Wagub X menghadiri
   penandatanganan antara Pemkab A dan Pemkot B"); never a guest ("turut
   hadir Wali Kota C", "Wali Kota C turut hadir / menghadiri / mendampingi
   ...", "dihadiri Bupati D") unless its own clause signs or agrees ("Hadir
   pula Bupati E ..., yang pada kesempatan itu juga melakukan kesepakatan
   dengan ...") or all named attend a signing called theirs ("A dan B
   menghadiri penandatanganan kesepakatan kedua daerah"); nor one the
   sentence puts outside it ("Kota C tidak termasuk dalam kesepakatan ini",
   "tanpa melibatkan Kota C", "Kabupaten D belum memiliki kerja sama dengan
   A": D and A, in that clause). A region named again
   starts a new group ("antara Kota Kendari dengan Konsel dan Kota Kendari
   dengan Konut" = two pairs), and a host that signs "dengan A dan B" signs
   with each unless the sentence speaks of one joint document ("ketiga",
   "satu nota", "tiga daerah", "bersama-sama"; "masing-masing" overrides
   those: "dengan tiga kepala daerah, masing-masing Bupati A, Wali Kota B
   dan Wali Kota C" = three pairs; "secara terpisah, masing-masing antara
   A dengan B, C dan D" = pairs with A too); a host named with a number of
   partners it leaves unnamed ("Pemprov A bersama tujuh pemerintah
   kabupaten/kota") forms one group with the next sentence (of three) that
   names that many others ("Ketujuh daerah itu adalah ..."); a partner
   named before the host as one besides the other ("Tak hanya dengan A, HOST juga menjajaki kerja sama
   dengan B", "Selain dengan A, ...") is a pair of its own with the host,
   and so is a partner named alone after "dengan" ("Kesepakatan serupa dengan
   Pemkot C sedang dimatangkan") when one host is in every other group; the
   sentences naming only the host before C is named are not about C's pair.
   Partners of one hub named together
   without it ("dengan A ..., dengan B ...") are no agreement of their own. A larger group that such pairs
   cover around one hub is that hub's pairwise agreements; a group inside a
   larger one is the same agreement, unless the larger one adds only regions
   named once ("... seperti Kota Surabaya") and the smaller one is named more
   often, or the smaller one's sentences name only another document (a PKS,
   signed or drafted, of two of an MoU's five parties): that is its own
   agreement, told by those sentences alone. One government alone, or one with companies, universities, banks or
   BPJS, is no agreement; nor is a sentence about a sister city / kota kembar
   (an agreement with a city abroad). Clauses that each sign ("Bupati A meneken
   PKS ..., sementara Wali Kota B meneken PKS ...") are read apart: two
   signings, neither with the other.
5. Kind, from the sentences about each group: no signing word that tells of
   a past signing (tandatangan, teken, penandatanganan, "resmi menjalin/
   bekerja sama"; "ditargetkan/akan ditandatangani", "Targetnya, kesepakatan
   bisa ditandatangani ...", "Penandatanganan dijadwalkan pekan depan",
   "diteken pada Juni mendatang", "Jika MoU diteken, ..." and "Setelah MoU
   diteken, baru disusun PKS" are not one) and words of planning (rencana,
   rancang, membahas, penjajakan, akan ..., or a signing still to come) = plan;
   neither signed nor a document named = plan.
   Otherwise mou for Kesepakatan Bersama / Nota Kesepakatan / Nota
   Kesepahaman / MoU, pks for Perjanjian Kerja Sama / PKS, both when both are
   signed; "perjanjian kerja sama (MoU)" is pks (the Indonesian term decides),
   "perjanjian kerja sama (PKS)" one document;
   terms after "akan"/"ditindaklanjuti" are future, not signed ("telah
   ditindaklanjuti dengan PKS" is done) (and only a
   wish, no plan, after "berharap"/"diharapkan", or a charge after "harus"/
   "meminta"/"wajib", unless targeted or drafted), and so is a
   document still drafted or targeted ("draf PKS", "PKS turunan ditargetkan
   selesai", "PKS sedang disusun"): beside a signed MoU that is a plan too; a
   signing word between the document and the future word keeps it signed
   ("Kesepakatan Bersama yang diteken ..., sedangkan PKS akan disusun": an MoU
   and a plan), and so does another document named between them ("MoU,
   sedangkan PKS akan disusun"). Where the signings name their documents, a
   document said to be still to come and named again without a signing ("PKS
   ini mengatur ...") is that draft, not signed. "dua PKS" /
   "tiga perjanjian kerja sama" are that many agreements.
6. Sectors: only from scope phrases in a sentence about the cooperation
   ("ruang lingkup", "meliputi", "mencakup", "bidang", "sektor", "tentang", "mengenai",
   "yaitu", "cakupan", "difokuskan pada", "mengatur", "menyangkut", a field
   right after "kerja sama" or the document: "kerja sama pengelolaan sampah",
   "nota kesepakatan pengembangan SPAM"; what follows "Dalam PKS itu, ...";
   what the parties agree to do, in or right after the signing sentence:
   "Keduanya sepakat mengembangkan ..."), from a sentence whose subject is the
   scope itself ("Ruang lingkupnya ...", "Cakupannya ...", "Isinya ..." after
   a sentence about the agreement) and from the sentence that
   continues such a list ("Kemudian ...", "Pertama, ...", "Kedua, ..."), never from
   aims ("bertujuan", "diharapkan"; "... untuk memasok ..." after the fields),
   the named end of a route beside other fields ("bus hingga ke Pasar X"), a
   venue or sentences not about the cooperation, nor one naming only
   governments of no agreement ("Pemprov A dan PLN teken MoU listrik desa");
   an aim ends at the next item named by its work (", penyelenggaraan ...");
   mapped with sector_terms.py. A scope sentence naming the parties goes to
   their agreement; one naming partners of different pairs ("dengan Kukar
   meliputi pertanian, dengan Samarinda tentang banjir") gives each pair the
   fields written after its partner; otherwise to the agreement of the kind
   named last before the scope phrase (default the MoU; a document still to
   come is the plan). Several PKS signed together share out
   their fields: "PKS kedua ..." to the second, else bullet items in order, or
   one field each when the count fits.
7. Signing date: the first date in a sentence about the signing (or the
   sentence after it describing the event; not one whose governments are
   all outside the agreements: a governor's MoU with a bank), skipping dates of statements
   ("kata ... saat dihubungi", "keterangan pers", "dirilis", "tertanggal").
   A day/month without year ("Kamis (9/9)", "12 Maret lalu") takes a later
   full date with the same day and month, else the article's own year (the
   year before when that would put the signing after the article), else null. A day told from
   the article's date ("kemarin", "hari ini", "Senin lalu") counts as that date, and is null
   when the article has none. When an MoU and a PKS are
   both reported, each takes the date of the sentences naming it, if any (none
   when those tell only a month or a year: "diteken pada Februari 2024"). A
   signing still to come has no day. The document a renewal replaces, told
   with a full day of its own ("Kesepakatan Bersama sebelumnya ditandatangani
   pada 10 April 2019"), is an agreement of its own, with that day.
8. Published: a date standing alone on a line near the top of the article.
9. Officials (offices.py): every regional office named with a holder; the
   region right after the title, else the region named just before in the
   sentence, else the one government of that kind in the article, unless the
   holder's first word is a place abroad ("Wali Kota Braunschweig Thorsten
   Kornblum" where the text says "Kota Braunschweig, Jerman" or names it in a
   sister-city sentence) or the office, its region only guessed, already has
   another holder named with the region (the second Wali Kota is of another
   city). Signatories:
   officials in a signing sentence (or one saying they "melakukan
   kesepakatan") outside venues and witness or guest clauses ("di hadapan",
   "turut hadir", "didampingi" too, unless a signing word comes between, or
   the official's own "yang ..." clause signs or agrees): the subject of the signing word, the ones after "dilakukan
   (oleh)", "ditandatangani oleh", and the other party after "menandatangani
   ... dengan" or right after "ditandatangani", and the next in a list of
   signers (after the first one's degrees too, or a semicolon: "A, M.Si.; B, S.E.;
   serta C"), and all named in a sentence that opens by pointing back at the signers
   just told ("Mereka adalah ...", "Yakni ..."); "A diwakili B" / "B yang mewakili A":
   B signs, for A's region.
   Each signs the document of the sentence (or of the one before it); without
   one, heads of region the MoU and heads of offices (Kepala Dinas) the PKS.
   Several documents of one kind between the same parties, each told with its
   own signers in its own sentence, are signed each by those, in order.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_left, bisect_right
from itertools import compress, count
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from kerjasama.errors import InputError
from kerjasama.loaders.bodies import with_owners
from kerjasama.loaders.cues import Cue as _Cue, aligned as _aligned
from kerjasama.loaders.dates import MONTHS, Date, find_dates, find_relative, with_year
from kerjasama.loaders.gazetteer import candidates, find_mentions, with_short_forms
from kerjasama.loaders.names import clean_name, is_degree, is_honorific, same_person
from kerjasama.loaders.offices import find_offices, title_starts
from kerjasama.loaders.regions import region, regions
from kerjasama.loaders.sector_terms import leads_with_field, sectors_in
from kerjasama.loaders.sentences import clean, split
from kerjasama.loaders.tables import is_header as _table_header, is_row as _table_row, is_rule as _table_rule

__all__ = ["extract_text", "extract_file", "forget_words", "EXTRACTOR_VERSION"]

EXTRACTOR_VERSION = "0.8.0"

_I = re.IGNORECASE


# cheap substring tests before the regular expressions (most sentences have none of these)
_AGREE_KEYS = ("kerja sama", "kerjasama", "mou", "memorandum", "nota kesepa", "sepakat", "perjanjian", "pks",
               "ksdd", "tanda tangan", "tandatangan", "menandatangan", "penandatangan", "teken", "meneken",
               "kolaborasi", "sinergi", "menjajaki")
_SIGN_KEYS = ("tanda tangan", "tandatangan", "penandatangan", "menandatangan", "teken", "meneken", "resmi ", "nanda tangan",
              "memperpanjang kesepakatan", "memperpanjang perjanjian", "memperpanjang nota", "memperpanjang mou",
              "memperpanjang pks", "memperpanjang naskah")
_SCOPE_KEYS = ("lingkup", "meliputi", "mencakup", "yaitu", "yakni", "tentang", "mengenai", "terkait", "bidang", "sektor",
               "berupa", "kerja sama ", "kerjasama ", "cakupan", "fokus", "mengatur", "menyangkut", "soal", "terutama",
               "menjadi ",
               "masalah", "isu", "agenda", "topik", "yang diatur", "yang disepakati", "yang dimuat", "yang tertuang",
               "yang tercantum", "yang termuat", "dituangkan", "dimasukkan", "isinya")
_COOP_KEYS = ("kerja", "mou", "memorandum", "nota", "kesepakatan", "perjanjian", "pks", "ksdd", "kad", "naskah",
              "disepakati")
_GUEST_KEYS = ("hadir", "didampingi", "mendampingi", "menyaksikan")
_ABROAD_KEYS = ("sister", "kembar", "bersaudara")  # before _ABROAD is tried


def _automaton(kinds) -> ahocorasick.Automaton:
    """The keys of ``kinds`` ((keys, bit) pairs), each with (its length - 1, the bits of its kinds, itself)."""
    bits = {}
    for keys, bit in kinds:
        for key in keys:
            bits[key] = bits.get(key, 0) | bit
    auto = ahocorasick.Automaton()
    for key in sorted(bits):
        auto.add_word(key, (len(key) - 1, bits[key], key))
    auto.make_automaton()
    return auto


def _sentence_cues(text: str, low_text: str, sents, lows: list[str]) -> tuple[list[int], dict | None]:
    """The kinds of cue key (_CUE_BITS) that each sentence holds in its lower case (``lows``), one bit
    each, from one pass over the lower-cased text (``low_text``): a substring test for each key, in
    each sentence, would read every sentence some twenty times. And sentence index -> the offsets in
    it of the first words of _SCOPE's alternatives (None when not read).

    A hit then lies in the sentence that spans it, when the lower case keeps each character one
    character (no "İ"): a sentence's lower case is its slice of the text's (the keys are ASCII, and
    only a Greek sigma lowers by what stands around it). Otherwise each sentence is tested."""
    if len(low_text) != len(text):
        present = {key: bits for _, (_, bits, key) in _LOW_KEYS.iter(low_text)}
        return [_or(bits for key, bits in present.items() if key in low) for low in lows], None
    # (a sentinel past the last sentence: no hit ends after it, none starts in it)
    ends, starts = [s.end for s in sents], [s.start for s in sents]
    ends.append(len(text) + 1)
    starts.append(len(text) + 1)
    masks = [0] * len(starts)
    places = {}
    si = 0
    for end, (back, bits, key) in _LOW_KEYS.iter(low_text):  # (in order of the hit's last character)
        while ends[si] <= end:
            si += 1
        if starts[si] <= end - back:
            if key in _UNIT_KEYS and low_text.endswith(_UNIT_WORDS, 0, end - back):
                continue  # "Kepala Bagian Kerja Sama Setda ...": the name of a unit, no cooperation
            if key == "mou" and low_text[end + 1:end + 2].isalpha():
                continue  # a word that starts so: "Parigi Moutong"
            masks[si] |= bits
            if bits & _SCOPE_AT_BIT:
                places.setdefault(si, []).append(end - back - starts[si])
    masks.pop()
    return masks, places


_PARTIES_OPENING = re.compile(r"(?:para\s+)?pihak(?:nya|-pihaknya)?\s+(?:(?:yang\s+)?(?:bertanda\s*tangan|"
                              r"menandatangani|meneken|terlibat)\s+)?(?:(?:ada\s+)?(?:dua|tiga|empat|lima|enam|tujuh)\s*)?"
                              r"(?::|adalah\b|"
                              r"yaitu\b|yakni\b|ialah\b)", _I)
_PAIR_OPENING = re.compile(r"pasangan\s+(?:pertama|kedua|ketiga|keempat|kelima|berikutnya|lainnya|terakhir)\b", _I)
# a sentence set beside the one before, on another partner: "Sementara dengan Pemkab Mesuji, ..."
_WITH_OPENING = re.compile(r"(?:sementara(?:\s+itu)?|adapun|sedangkan|lalu)\s*,?\s+dengan\s+[^,.;]{2,60},", _I)
# (and read up to the partner, for the one government such a sentence names, which may open it bare: "Dengan
# Kabupaten Ngawi, ...", "Adapun dengan Kabupaten Sumenep, ...")
_WITH_PARTNER_OPENING = re.compile(r"(?:(?:adapun|sedangkan|sementara(?:\s+itu)?|lalu|kemudian|selanjutnya)\s*,?\s+)?"
                                   r"dengan\s+", _I)


# an office's unit named for its work ("Bagian Kerja Sama", "Biro Kerja Sama", "Kasubag Kerja Sama"):
# its head speaking of anything at all is no word of cooperation
_UNIT_KEYS = frozenset({"kerja sama", "kerjasama", "kerja sama ", "kerjasama "})
_UNIT_WORDS = ("bagian ", "biro ", "kabag ", "subbag ", "subbagian ", "kasubag ", "kasubbag ")


def _or(bits) -> int:
    out = 0
    for b in bits:
        out |= b
    return out


def _lows(text: str, low_text: str, sents) -> list[str]:
    """Each sentence in lower case: its slice of ``low_text`` (``text.lower()``) when the lower case
    keeps each character one character and no capital sigma (the one letter lowered by what stands
    around it) is written: then a slice of the lower case is the lower case of the slice."""
    if len(low_text) == len(text) and "\u03a3" not in text:
        return [low_text[s.start:s.end] for s in sents]
    return [s.text.lower() for s in sents]


def _holds(text: str, keys) -> bool:
    """Whether ``text`` holds one of ``keys`` (a plain loop: any() over a generator costs more)."""
    for key in keys:
        if key in text:
            return True
    return False


# in the lower-cased text
# the kinds of key, one bit each (_CUE_BITS): a sentence holds the bits of the keys it holds
# (as the sentence's subject: "Isinya mencakup ...", "Rancangan itu menyangkut ...")
# (and the documents of a list just named: "Kedua naskah mengatur ..."; after a short opening clause:
# "Berbeda dengan sebelumnya, draf baru itu mencakup ...")
_BACK_SCOPE = re.compile(r"[\"“‘']?(?:[^,.;:\"]{3,40},\s*)?"  # (and in a quote: '"Isinya ada tiga: ...')
                         r"(?:isinya|bidangnya|(?:ruang\s+)?lingkupnya|(?:(?P<draft>rancangan|draft?)|(?P<nota>nota)|naskah|dokumen)(?:\s+baru)?\s+"
                         r"(?:itu|tersebut|ini)|(?P<its_draft>rancangannya|draft?nya)|"
                         r"(?:kedua|ketiga|keempat|kelima)\s+(?:naskah|dokumen)|"
                         # (the renewal just told: "Perpanjangan kali ini meliputi: ...")
                         r"perpanjangan(?:\s+(?:kali\s+ini|itu|tersebut|ini))?"
                         r"(?=\s+(?:meliputi|mencakup|mengatur)))\b", _I)
_AGREE_BIT, _SIGN_BIT, _SCOPE_BIT, _COOP_BIT, _GUEST_BIT, _ABROAD_BIT = 1, 2, 4, 8, 16, 32
# and the first word of each alternative of _SCOPE: where those stand is where _SCOPE may match
_SCOPE_WORDS = ("ruang", "meliputi", "mencakup", "yaitu", "yakni", "tentang", "mengenai", "terkait", "bidang", "sektor",
                "berupa", "kerja", "cakupan", "difokuskan", "berfokus", "fokus", "mengatur", "menyangkut",
                "persoalan", "permasalahan", "masalah", "isu", "agenda", "topik", "hal", "poin", "butir", "pokok",
                "soal", "terutama", "menjadi", "isinya")
_SCOPE_AT_BIT = 64
# and the words of a sentence whose subject is the scope itself ("Ruang lingkupnya meliputi ...",
# "Cakupannya ..."): it tells of the agreement just told without naming it again
_OWN_SCOPE_KEYS = ("ruang lingkup", "cakupannya")
_OWN_SCOPE_BIT = 256
# and "Isinya mencakup ...": the content of what the sentence before tells, when that is the agreement
# and the draft the sentence before named, as the subject: "Rancangan itu menyangkut ..."
_BACK_SCOPE_KEYS = ("perpanjangan", "isinya", "bidangnya", "lingkupnya", "rancangan itu", "rancangan tersebut", "rancangan ini", "draf itu",
                    "draf tersebut", "draf ini", "draft itu", "draft tersebut", "nota itu", "nota tersebut", "nota ini",
                    "naskah itu", "naskah tersebut", "naskah ini", "dokumen itu", "dokumen tersebut", "dokumen ini",
                    "baru itu", "baru tersebut", "baru ini", "a naskah", "rancangannya", "drafnya", "draftnya",
                    "a dokumen", "draf baru", "draft baru", "rancangan baru", "naskah baru")  # ("kedua naskah" ...)
# what the new draft just told will hold: "Selain melanjutkan bidang air minum, ..., draf baru akan memasukkan
# bidang pariwisata"
_NEW_DRAFT_HOLDS = re.compile(r"\b(?:draft?|rancangan|naskah)\s+baru\s+(?:(?:itu|tersebut|ini|akan|juga|nantinya)\s+)*"
                              r"(?:memasukkan|mencakup|meliputi|mengatur|memuat|menambahkan|menambah)\b", _I)
_BACK_SCOPE_BIT = 512
# and a word that every kind term holds (see _term_spans)
_TERM_KEYS = ("kesepa", "memorandum", "mou", "perjanjian", "pks")
_TERM_BIT = 128
_CUE_BITS = ((_AGREE_KEYS, _AGREE_BIT), (_SIGN_KEYS, _SIGN_BIT), (_SCOPE_KEYS, _SCOPE_BIT),
             (_COOP_KEYS, _COOP_BIT), (_GUEST_KEYS, _GUEST_BIT), (_ABROAD_KEYS, _ABROAD_BIT),
             (_SCOPE_WORDS, _SCOPE_AT_BIT), (_TERM_KEYS, _TERM_BIT), (_OWN_SCOPE_KEYS, _OWN_SCOPE_BIT),
             (_BACK_SCOPE_KEYS, _BACK_SCOPE_BIT))
_LOW_KEYS = _automaton(_CUE_BITS)
_SIGN = _Cue(r"tanda\s*tangan|tandatangan|penandatangan|menandatangan|\bteken|\bmeneken|\bditeken|"
                   r"menanda\s+tangan|penanda\s+tangan|"  # (written apart: "resmi menanda tangani perjanjian")
                   r"\bresmi\s+(?:menjalin|bekerja\s*sama|melakukan\s+kerja\s*sama|menyepakati)|"
                   # (a renewal signed: "memperpanjang kesepakatan bersama kedua kota, Jumat (15/8)")
                   r"\bmemperpanjang\s+(?:kesepakatan|perjanjian|nota|mou|pks|naskah)")
_PLAN = _Cue(r"\brencana|berencana|merencanakan|direncanakan|\brancang|dirancang|\bakan\b|penjajakan|menjajaki|dijajaki|"
                   r"membahas|dibahas|pembahasan|mengusulkan|usulan|\bdraf|rancangan|finalisasi")
# (a follow-up done is none to come: "telah ditindaklanjuti dengan PKS", "sudah menindaklanjutinya dengan PKS",
# "akhirnya ditindaklanjuti dengan dua perjanjian kerja sama (PKS), Kamis (12/9/2024)")
# ("Kesepakatan Bersama ini dilaksanakan lebih lanjut dengan Perjanjian Kerja Sama ...": an agreement's own clause)
_FUTURE = _Cue(r"\bakan\b|\bnanti(?:nya)?\b|ditindaklanjuti(?<!telah ditindaklanjuti)(?<!sudah ditindaklanjuti)"
               r"(?<!akhirnya ditindaklanjuti)(?<!resmi ditindaklanjuti)|"
               r"\blebih\s+lanjut\s+dengan\b|"
               r"menindaklanjuti(?<!telah menindaklanjuti)(?<!sudah menindaklanjuti)|segera|rencana|direncanakan|ke depan|"
               # ("kesepakatan yang baru diteken itu masih harus diturunkan menjadi PKS")
               r"diturunkan(?<!telah diturunkan)(?<!sudah diturunkan)(?=\s+(?:menjadi|ke|dalam)\b)|"
               # ("Tinggal kita turunkan ke perjanjian kerja sama teknis")
               r"\bturunkan(?=\s+(?:menjadi|ke)\b)")
# (and the agreement a PKS derives from, by the common word: "PKS ini merupakan turunan dari kesepakatan kedua bupati")
_MOU = _Cue(r"kesepakatan\s+bersama|nota\s+kesepakatan|nota\s+kesepahaman|memorandum\s+of\s+understanding|"
                  r"\bmou\b|kesepakatan\s+kerja\s*sama|naskah\s+kesepakatan|"
                  # (each alternative opens with a word of its own: _Cue tries it only where that word is)
                  r"turunan\s+dari\s+kesepakatan\b|tindak\s+lanjut\s+dari\s+kesepakatan\b")
_PKS = _Cue(r"perjanjian\s+kerja\s*sama|\bpks\b")
# both in one pass: a match of one never overlaps one of the other (none holds the other's first word)
_TERM = _Cue(_MOU.pattern.pattern + "|" + _PKS.pattern.pattern)
_KIND_OF = {pat: "mou" if i < len(_MOU.alts) else "pks" for i, (_, pat) in enumerate(_TERM.alts)}
_PKS_GLOSS = re.compile(r"(perjanjian\s+kerja\s*sama)\s*(?:\(|atau|/)\s*(?:mou|memorandum\s+of\s+understanding)\)?|"
                        r"(?:mou|memorandum\s+of\s+understanding)\s*(?:\(|atau|/)\s*(perjanjian\s+kerja\s*sama)\)?", _I)
# (the number also in words, in brackets: "2 (dua) Perjanjian Kerja Sama")
_COUNTED_PKS = r"\s+(?:\([a-z]+\)\s*)?(?:buah\s+|dokumen\s+|naskah\s+)?(?:pks|perjanjian\s+kerja\s*sama)"
_COUNT = re.compile(r"\b(dua|tiga|empat|lima|enam|tujuh|(?<![.,])[2-9])" + _COUNTED_PKS, _I)  # (not "3.2 PKS ...")
_NUMBERS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7}
_ONE_EACH_PKS = re.compile(r"\bmasing-masing\s+(?:satu|sebuah)" + _COUNTED_PKS, _I)
_SCOPE = _Cue(r"ruang\s+lingkup|\bmeliputi\b|\bmencakup\b|\byaitu\b|\byakni\b|\btentang\b|\bmengenai\b|\bterkait\b|"
                    r"\bbidang\b|\bsektor\b|\bberupa\b|kerja\s*sama\s+(?=(?-i:[A-Z]))|\bcakupan|"
                    r"\bdifokuskan\s+(?:pada|untuk)\b|\bberfokus\s+pada\b|\bfokus\s+pada\b|\bmengatur\b|\bmenyangkut\b|"
                    # ("MoU dengan Pemkab Kubar soal peningkatan ruas jalan", not "soal itu"; in small letters:
                    # a headline's "Baru Sentuh Soal Sampah" tells of which of its documents does)
                    r"\b(?-i:soal)\b(?!\s+(?:itu|ini|tersebut)\b)|"
                    # ("menjajaki kerja sama serupa dengan Pemkab C, terutama untuk pasokan sayur dan buah")
                    r"\bterutama\s+(?:untuk|dalam|di\s+bidang)\b|"
                    # ("Kesepakatan ini akan menjadi dasar perpanjangan koridor bus ...")
                    r"\bmenjadi\s+(?:dasar|payung(?:\s+hukum)?)\s+(?=pe|pen|pem|peng)|"
                    # the matters a colon then lists: "untuk dua persoalan yang saling berkaitan: ..."
                    r"\b(?:persoalan|permasalahan|masalah|isu|agenda|topik)\b(?=[^.;:!?\"]{0,60}:)|"
                    # the matters the sentences after list: "Terdapat tiga hal yang diatur dalam kesepakatan
                    # ini. Pertama, ..."
                    # (and still to come: "ada tiga hal yang akan dituangkan dalam rancangan kesepakatan bersama: ...")
                    r"\b(?:hal|poin|butir|pokok)\s+yang\s+(?:akan\s+)?(?:diatur|disepakati|dimuat|tertuang|tercantum|"
                    r"termuat|dituangkan|dimasukkan)\b|"
                    r"\bfokus\s+(?:utama\s+)?yang\s+(?:diatur|disepakati|dimuat|tertuang|tercantum|termuat)\b|"
                    # (and a document's content a colon then lists: '"Isinya ada tiga: penyediaan air bersih, ...')
                    r"\bisinya\b(?=[^.;!?:]{0,30}:)")
# _SCOPE loosened, for the lower-case text: without its word boundaries and look-ahead it matches
# wherever _SCOPE does (and a little more), and re skips fast to the letters its alternatives start with
_SCOPE_LOOSE = re.compile(_SCOPE.pattern.pattern.replace(r"\b", "").replace("(?=(?-i:[A-Z]))", ""))
# and the items of a list the scope sentence announces ("Ada tiga bidang ... Pertama, air bersih. Kedua, ...")
_CONTINUE = re.compile(r"(?:selain\s+(?!dengan\b)\w+(?:\s+\w+)?\s*,|"  # ("Selain transportasi, kedua daerah juga ...")
                       # ("Di bidang pendidikan, Pemkot Ambon akan ...", "Adapun di bidang perdagangan, ...")
                       r"(?:adapun\s+)?(?:di|untuk|pada)\s+bidang\b|"
                       r"(?:kemudian|selanjutnya|lalu|selain\s+itu|di\s+samping\s+itu|serta|juga|ditambah|"
                       r"(?:tak|tidak|bukan)\s+hanya\s+itu|lebih\s+lanjut)\b|"
                       r"(?:(?:bidang|poin|butir|hal|lingkup)\s+)?(?:yang\s+)?"
                       r"(?:pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|terakhir)"
                       # ("Pertama perbaikan jalan ...", not "Kedua daerah ...")
                       r"(?:\s*(?:[,:]|adalah\b|yaitu\b|yakni\b|ialah\b)|\s+(?=(?-i:[a-z]))"
                       r"(?!daerah|pihak|kabupaten|kota|pemerintah|pemda|kepala|belah|provinsi|bupati))|"
                       # an item of a list set out line by line: "• pendidikan;", "1. kesehatan", "a) sampah"
                       # (and a number in a box: "1️⃣ pengembangan pertanian dan peternakan")
                       r"[•▪●◦·*–-]\s*|(?:\d{1,2}|[a-h])[.)]\s+|\d\ufe0f?\u20e3\s*)", _I)
_INDENTED_UNDER = re.compile(r"\n[ \t]+")
# who tells what follows: "Sekda Suyanto menjelaskan, ..."
_SPEAKER_OPENING = re.compile(r"[^,.;:\"]{0,60}?\b(?:menjelaskan|mengatakan|menyebut(?:kan)?|memaparkan|merinci|"
                              r"menerangkan|menuturkan|mengungkapkan)\s*(?:,|bahwa\b)\s*", _I)
# a follow-up that someone has set in motion, not only wished for
# (or agreed on as documents of their own: "ketiga daerah menyepakati dua perjanjian kerja sama (PKS) yang akan disusun")
_TARGETED = _Cue(r"ditargetkan|targetnya|dijadwalkan|direncanakan|sedang disusun|tengah disusun|\bdraf|\bdraft|rancangan|"
                 r"difinalisasi|finalisasi|(?:memfasilitasi|fasilitasi)\s+penyusunan|"  # (a work plan's "Memfasilitasi penyusunan PKS")
                 r"menyepakati\s+(?:(?:dua|tiga|empat|lima|[2-9])\s+)?(?:perjanjian\s+kerja\s*sama|pks)\b")
# what someone says must be done (read only where a wish is: not an aim that keeps a scope out)
# (and "Tinggal kita turunkan ke PKS": all that is left)
_MUST_EXIST = re.compile(r"\b(?:harus|wajib|perlu|mesti|semestinya|seharusnya)\s+(?:ada|dibuat|disusun)\s+$", _I)
_MUST = _Cue(r"\bharus\b|\bwajib\b|\bperlu\b|\bdiminta\b|\bmeminta\b|\bmendorong\b|\btinggal\b")
_COURSE = "course"  # (truthy: still to come)
# an MoU's PKS told as its course: "ditindaklanjuti dengan PKS", "turunannya berupa PKS", "dijabarkan dalam
# PKS", "payung bagi perangkat daerah untuk menyusun PKS"
_FOLLOW_UP = _Cue(r"tindak\s*lanjut|ditindaklanjuti|menindaklanjuti|turunan|\b(?:di|men)?turunkan\b|dijabarkan|penjabaran|\bpayung\b|"
                 r"\blebih\s+lanjut\b|"
                 # "mana yang berlanjut ke PKS dan mana yang hanya tanda tangan"
                 r"\bberlanjut\b|"
                 # "memastikan kesepakatan yang sudah diteken ... segera diikuti PKS"
                 r"\bdiikuti\s+(?:dengan\s+)?(?:penyusunan\s+|penandatanganan\s+)?(?:pks|perjanjian)\b|"
                 # "Bidang-bidangnya nanti dirinci dalam perjanjian kerja sama oleh OPD teknis"
                 r"\bdirinci\b|"
                 # "akan mendata kebutuhan untuk dijadikan dasar perjanjian kerja sama teknis"
                 r"\bdasar\s+(?:bagi\s+|untuk\s+)?(?:penyusunan\s+)?(?:perjanjian|pks)\b|"
                 # the MoU's own PKS: "Nanti dinas kesehatan kedua daerah menyusun PKS-nya"
                 r"\b(?:pks|perjanjian\s+kerja\s*sama)-?nya\b|"
                 # one for each field: "tim teknis akan segera menyusun perjanjian kerja sama untuk tiap bidang"
                 r"\b(?:tiap|setiap|masing-masing)\s+bidang\b|\bper\s+bidang\b")
# (not the wish for the cooperation itself, "kami juga ingin ada kerja sama peningkatan mutu guru", read as the text
# before the scope only: "... ingin ada " ends where "kerja sama" starts)
_AIM = _Cue(r"bertujuan|diharapkan|berharap|harapan|\btujuan|\bagar\b|supaya|\bguna\b|"
            r"\bingin\b(?!\s+(?:ada\s+)?(?:$|kerja\s*sama\b|menjalin\b|bekerja\s*sama\b))")
# an aim opening a sentence, up to the comma that ends its clause
_AIM_OPENERS = ("agar ", "supaya ", "guna ", "demi ")
_OPENING_AIM = re.compile(r"(?:agar|supaya|guna|demi)\s[^,;.:]{0,120},", _I)
_EVENT = _Cue(r"\bacara\b|kegiatan|berlangsung|dilaksanakan|digelar|bertempat|dilakukan|diadakan")
# (a speech verb is an alternative of its own, found from its letters: one alternative of all of them
# was searched for at every position; no two alternatives match at one place, so the order is free)
_REPORT = _Cue("|".join(rf"\b{verb}(?:nya)?\b" for verb in (
    "kata", "ujar", "ungkap", "jelas", "tutur", "ucap", "tambah", "imbuh", "terang", "sebut", "tegas", "pungkas",
    "papar")) + "|"
                     # (not an entry's field of notes: "Keterangan: memperbarui Kesepakatan Bersama ... tanggal 5 Februari 2018")
                     r"dihubungi|dikonfirmasi|\brilis|dirilis|keterangan(?!\s*:)|siaran\s+pers|diterima|tertanggal|"
                     r"\bsurat\b")
_TAG_LINE = re.compile(r"(?:tags?|topik|kata\s+kunci|keywords?)\s*:", _I)
_HASHTAGS = re.compile(r"(?:#\w+[\s,]*)+")  # "#Balikpapan #PPU #KerjaSamaDaerah"
_ABROAD = re.compile(r"sister\s+(?:city|province|cities)|kota\s+(?:kembar|bersaudara)|provinsi\s+(?:kembar|bersaudara)")
_OUR_PAIR_GAP = re.compile(r"\s+dan\s+")
_PARTNER_NAME = re.compile(r"\b(?:antara|dengan)\s+(?:[\w ]*?\s+dan\s+)?([A-Z])")
_COUNTRIES = ("Jerman|Jepang|Korea|Tiongkok|China|Cina|Belanda|Australia|Malaysia|Singapura|Amerika|Prancis|Perancis|"
              "Inggris|Thailand|Filipina|Vietnam|Turki|Rusia|India|Kanada|Selandia\\s+Baru|Timor\\s+Leste|Brunei|Arab|"
              "Mesir|Italia|Spanyol|Swiss|Austria|Polandia|Ceko|Hongaria|Portugal|Taiwan|Uzbekistan|Maroko|Tunisia|"
              "Belgia|Denmark|Swedia|Norwegia|Finlandia|Yunani|Iran|Irak|Pakistan|Bangladesh|Kamboja|Laos|Myanmar|"
              "Papua\\s+Nugini|Papua\\s+New\\s+Guinea")
# (a country by its full style: "Guangxi Zhuang, Republik Rakyat Tiongkok", "Johor, Kerajaan Malaysia")
_COUNTRY = r"(?:(?:Republik(?:\s+Rakyat|\s+Federal|\s+Sosialis)?|Kerajaan|Negara|Negeri)\s+)?(?:" + _COUNTRIES + ")"
_WITNESSED = _Cue(r"disaksikan|menyaksikan|di\s+hadapan")
_WITNESS = _Cue(r"disaksikan|menyaksikan|dihadiri|\bhadir\b(?<!berhalangan hadir)(?<!tidak hadir)(?<!tak hadir)(?<!belum hadir)(?!\s+mewakili)|didampingi|mendampingi|\bturut\b|di\s+hadapan")
_ORG_WORDS = {w.lower() for w in """
Universitas University Institut Politeknik Poltekkes Sekolah STIKES STIE STAI Akademi Bank BPJS PT CV Perum
Perumda PDAM BUMD BUMN Kejati Kejari Kejaksaan Polda Polres Polresta Polsek Kodim Korem Kodam Pengadilan
Kanwil BPS Balai BPK BPKP Ombudsman KPU KPUD Bawaslu DPRD Hotel Bandara Pelabuhan Stadion Jalan Jl Kecamatan
Kelurahan Desa Sungai Danau Gunung Pulau Selat Bus Trans Rumah Gedung Aula Pendopo Kantor Kampus Masjid
Lapangan Taman Kapal KM Bakorwil Tribun Radar Pos Harian Koran RRI TVRI Persatuan Klub Cabang Rektor
Tol Ruas Jembatan Terminal Stasiun Jalur Trayek Koridor Bendungan Waduk Kereta KA KRL LRT MRT Bypass Bus
Komwil Komisariat Korwil Apkasi Apeksi Adkasi Adeksi APPSI Asosiasi PO Otobus Perusahaan Koperasi Yayasan
Kesultanan Kerajaan Kesunanan Kedatuan Keraton Kraton Museum Festival
""".split()}
# lower-case words of a road, bridge or route name: "ruas tol Padang-Pekanbaru", "jembatan Batam-Bintan"
_INFRA_WORDS = {"jalan", "tol", "ruas", "jembatan", "bandara", "pelabuhan", "terminal", "stasiun", "jalur",
                "trayek", "koridor", "kereta", "rel", "bendungan", "waduk"}
# a verb of a road or route running between places, and what stands between the places it names
_ROUTE_VERB = re.compile(r"\b(?:menghubungkan|penghubung|terhubung|melintasi|melewati|dilintasi|dilalui)\b", _I)
_ROUTE_KEYS = ("hubung", "melintas", "melewati", "dilintasi", "dilalui")
_ROUTE_START = re.compile(r"\s+(?:(?:[a-z]+\s+)?(?:dari|antara|dengan)\s+|(?:wilayah|pusat|kawasan)\s+)?")
_ROUTE_GAP = re.compile(r"(?:\s*[,\-–—/]\s*|\s+)(?:(?:dan|serta|dengan|ke|hingga|sampai|menuju|melalui|lewat|via)\s+)*",
                        _I)
_ROUTE_JOIN = re.compile(r"\s*[-–—/]\s*$")
_JOINS = ("-", "–", "—", "/")
_QUALIFIER_GAP = re.compile(r"\)?\s*(?:\([^()]{1,12}\)\s*)?[,(]?\s*")  # (after a short form: "Morowali Utara (Morut), Sulteng")
_DATELINE = re.compile(r"^(?P<head>[^\n]{1,70}?)\s[-–—]{1,2}\s+(?:(?P<city>[A-Z][A-Z .]{2,30}),)?")
_HEADER_DATE_LINE = re.compile(r"^[\w ,.:|()/+-]{0,60}$")
# a line that says when and by whom the page was posted: the date is what stands between
# (and a broadcast's: "Tanggal siar: Rabu, 15 Mei 2024, pukul 08.05–08.55 WITA")
# (and a data file's: "# Diekspor: 12/02/2025 10:15 WIB")
_POSTED = re.compile(r"(?:diposting|dipublikasikan|diterbitkan|diunggah|posted|published|terbit|dirilis|"
                     r"(?:diekspor|diunduh|dicetak|diperbarui)\s*:|tanggal\s+(?:siar|tayang|terbit|rilis)\s*:)"
                     r"(?:\s+(?:pada|on|tanggal|tgl\.?))?\s+(?P<rest>.*?)(?:,?\s+(?:pukul|jam)\s+[^|]*)?"
                     r"(?:\s+(?:oleh|by)\s+.*)?$", _I)


def _source(text: str, source: dict | None) -> dict:
    # the first line with text starts at the first character that is no space (every line break is
    # one): the rest of the text need not be cut into lines
    body = text.lstrip()
    first = body[:body.find("\n")] if "\n" in body else body
    first = first.splitlines()[0].strip() if first else ""
    title = first if first and len(first) <= 200 and not first.endswith(".") else None
    out = {"id": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), "path": None,
           "url": None, "title": title, "kind": "article"}
    if source:
        out.update({k: v for k, v in source.items() if v is not None or k in ("path", "url")})
    return out


def _published(text: str):
    """The article's own date: a date standing alone in a line of the first lines, or in one part of
    a header line that "|" or "•" cuts ("Kamis, 7 Mar 2024 09:12 WIB | Penulis: Rini",
    "Posted on February 21, 2024 by Redaksi | News"); else the dated dateline that opens the story
    ("Yogyakarta, 14 Januari 2025 — Pemerintah Kota ...", "PALU, Selasa (10/6/2025) - ...").

    >>> _published("Judul\\n11 Maret 2025 - 20:14 WIB | Penulis: Hendra Saputra | Editor: Rina\\nIsi.")
    '2025-03-11'
    >>> _published("Judul\\n\\nBandar Lampung, Rabu (17/7/2024) – Gubernur Lampung meneken MoU.")
    '2024-07-17'
    >>> _published("Judul\\n\\nDiposting pada 17 Juli 2025 oleh Admin MC Kalsel\\n\\nIsi.")
    '2025-07-17'
    >>> _published("jayapuraterkini.com – Kamis (21/11/2024)\\n\\nJudul\\n\\nIsi.")
    '2024-11-21'
    >>> _published("TRANSKRIP SIARAN\\nTanggal siar: Rabu, 15 Mei 2024, pukul 08.05–08.55 WITA\\nIsi.")
    '2024-05-15'
    >>> _published("[03/11/25 15.47] Humas Setda Lotim: *SIARAN PERS*\\nJudul\\nIsi.")
    '2025-11-03'
    """
    seen = 0
    dateline = None
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        seen += 1
        if seen > 12:
            break
        if line[:1] == "[" and (chat := _CHAT_STAMP.match(line)):
            # a message forwarded from a chat app, stamped when sent: "[03/11/25 15.47] Humas Setda Lotim: ..."
            day, month, year = (int(g) for g in chat.groups())
            try:
                return dt.date(year + 2000 if year < 100 else year, month, day).isoformat()
            except ValueError:
                pass
        if dateline is None and _DATELINE_DATE_KEYS.search(line, 0, 90):
            head = _DATELINE.match(line)
            dates = [d for d in find_dates(head.group("head")) if d.year] if head else []
            dateline = dates[0].iso if dates else None
        if len(line) > _HEADER_LINE_MAX or line[:1].isdigit() and _TABLE_ROW.match(line):
            continue  # a paragraph of the body, not a header; or a table's numbered row ("2 | PKS ... | 20-10-2025 |")
        for part in _HEADER_CUTS.split(line):
            if part[:1] == "#":
                part = part.lstrip("# ")  # (a data file's comment line)
            posted = _POSTED.match(part) if part[:1] in "DdPpTt" else None
            if posted:
                part = posted.group("rest")  # "Diposting pada 17 Juli 2025 oleh Admin MC Kalsel"
            if len(part) > 60 or not _HEADER_DATE_LINE.match(part):
                continue
            dates = [d for d in find_dates(part) if d.year]
            if dates:
                rest = part[:dates[0].start] + part[dates[0].end:]
                # (a weekday is part of the date: "Pendopo Gubernur NTB, Mataram, Selasa, 26 Agustus 2025")
                if sum(1 for w in re.findall(r"[A-Za-z]{4,}", rest) if w not in _WEEKDAYS) <= 3:
                    return dates[0].iso
    return dateline


def _document_date(text: str) -> str | None:
    """A document's own date where its head gives none: an agreement's opening formula ("Pada hari ini ..."), a
    decree's "Ditetapkan di ... pada tanggal ...", or the place-and-date line above the signature that closes a
    letter or a report ("Sleman, 3-11-2025 / Mengetahui, / Asisten ..., / ttd").

    >>> _document_date("LAPORAN BULANAN\\n\\nIsi laporan.\\n\\nSleman, 3-11-2025\\n\\nMengetahui,\\nKepala Bagian,\\nttd\\nRetno")
    '2025-11-03'
    """
    if text[:40].lstrip().startswith(_OWN_TEXT_TITLES) and (own := _OWN_TEXT_DAY.search(text, 0, 3000)):
        # an agreement's own text, dated by its opening formula: "Pada hari ini Rabu tanggal sebelas bulan September
        # tahun dua ribu dua puluh empat (11-09-2024), bertempat di ..."
        dates = [d for d in find_dates(own.group()) if d.year]
        if dates:
            return dates[0].iso
    tail = text[-_SIGNATURE_TAIL:]
    if "etapkan" in tail and (decreed := _DECREED_ON.search(tail)):
        dates = [d for d in find_dates(decreed.group(1)) if d.year]  # a decree's: "Ditetapkan di Kalianda / pada tanggal ..."
        if dates:
            return dates[0].iso
    if "ttd" not in tail and "TTD" not in tail:
        return None
    for m in _PLACE_DATE_LINE.finditer(tail):
        dates = [d for d in find_dates(m.group(1)) if d.year]
        if dates and "ttd" in tail[m.end():m.end() + 300].lower():
            return dates[0].iso
    return None


_OWN_TEXT_TITLES = ("KESEPAKATAN BERSAMA", "PERJANJIAN KERJA SAMA", "PERJANJIAN KERJASAMA", "NOTA KESEPAKATAN",
                    "NOTA KESEPAHAMAN", "ADENDUM", "ADDENDUM")
_OWN_TEXT_DAY = re.compile(r"\bPada\s+hari\s+ini\b[^\n]{0,200}", _I)
_DECREED_ON = re.compile(r"\bDitetapkan\s+di\s+[A-Z][\w .'-]{1,40}\s*\n?[ \t]*pada\s+tanggal\s+([^\n]{6,40})", _I)
# "Sleman, 3-11-2025", "Bitung, 20 Agustus 2025": a line of a place and a date
_PLACE_DATE_LINE = re.compile(r"^[ \t]*[A-Z][A-Za-z .'-]{2,40},[ \t]*(\d{1,2}[ /.-](?:\d{1,2}|[A-Za-z]{3,9})[ /.-](?:19|20)\d\d)[ \t]*$",
                              re.MULTILINE)
_TABLE_ROW = re.compile(r"\d{1,3}\s*\|")
_WEEKDAYS = frozenset({"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Ahad"})
_CHAT_STAMP = re.compile(r"\[(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})[ ,]+\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\]")
# a dateline with a date has a digit and a dash in its first characters
_DATELINE_DATE_KEYS = re.compile(r"\d[^\n]*\s[-–—]")
# a header line holds the date, the author, the editor and the section, cut by bars or bullets (a
# spaced dash also follows a dateline: what comes after it is the story); a longer line is the body's
# (and a dash between spaces: "jayapuraterkini.com – Kamis (21/11/2024)")
_HEADER_CUTS = re.compile(r"\s*[|•·]\s*|\s+[–—]\s+")
_HEADER_LINE_MAX = 160


def _dateline_spans(text: str) -> list[tuple[int, int]]:
    # only a line with a dash in its first 80 characters can open with a dateline (the pattern
    # backtracks over 70 characters): those lines are found from the dashes, which are few
    starts = set()
    for dash in ("-", "–", "—"):
        i = text.find(dash)
        while i >= 0:
            start = text.rfind("\n", 0, i) + 1
            if i - start < 80:
                starts.add(start)
            i = text.find(dash, i + 1)
    spans = []
    for start in sorted(starts):
        end = text.find("\n", start)
        m = _DATELINE.match(text[start:end] if end >= 0 else text[start:])
        if not m:
            continue
        head = m.group("head")
        if len(head.split()) > 6 or _OFFICE_HEAD.search(head):
            continue
        spans.append((start, start + m.end()))
    return spans


_OFFICE_HEAD = re.compile(r"\b(?:pem(?:kab|kot|ko|prov|da|erintah)|bupati|gubernur|wali)", _I)


def _venue_spans(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each venue of a sentence: "di" (or "bertempat di"), a noun of area or two
    ("di sekitar", "di wilayah perbatasan"), and the capitalised words after it, with "dan", "of",
    commas and dashes between them, up to a day name, "pada" or "oleh"."""
    spans = []
    if "di" not in sentence:
        return spans  # most sentences hold no "di" at all
    done = 0
    # what ``\b(?:di|bertempat\s+di)\s+(?=[A-Z])`` finds: re looks for the literal "di" (fast) and the
    # word boundary before it is tested here: a leading \b would make re try every position
    for m in _VENUE_DI.finditer(sentence):
        p = m.start()
        if p and _is_word_char(sentence[p - 1]):
            continue
        q = sentence.rfind("bertempat", done, p)
        start = q if q >= 0 and _BERTEMPAT.fullmatch(sentence, q, p) else p
        done = m.end()
        run = _VENUE_RUN.match(sentence, done)
        spans.append((start, run.end(1) if run.start(1) >= 0 else done))
    for m in _PLACES_LISTED.finditer(sentence) if "akni" in sentence or "aitu" in sentence or "liputi" in sentence \
            or "antara lain" in sentence else ():
        run = _VENUE_RUN.match(sentence, m.end())
        if run.start(1) >= 0:
            spans.append((m.start(), run.end(1)))
    return spans


# (a place written with a noun of area before its name is a place too: "di sekitar Kabupaten X",
# "di wilayah perbatasan Kota Y")
# (and a room or building written in small letters: "di ruang rapat Biro Pemerintahan, Kantor Gubernur Jambi")
_VENUE_DI = re.compile(r"di\s+(?:(?:sekitar|wilayah|kawasan|daerah|perairan|perbatasan|pesisir|sepanjang|"
                       r"ruang(?:\s+(?:rapat|kerja|pertemuan|sidang|pola|utama))?|aula|gedung|kantor|halaman|"
                       r"rumah\s+(?:dinas|jabatan)|pendopo)\s+){0,2}(?=[A-Z])")
# the words of a venue, one pattern for the walk over them: each a capitalised word (not a day name,
# "Pada" or "Oleh", with the dots after it), or a joiner; a run of spaces between two of them. The
# group ends with the last capitalised word: joiners after it are no part of the venue.
_VENUE_RUN = re.compile(
    r"(?:\s*(?:(?!(?ai:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|pada|oleh)\.*(?![\w.'’&/-]))"
    r"([A-Z0-9][\w.'’&/-]*)|(?:dan|,)(?!\s*(?:Pemerintah|Pem(?:kab|kot|ko|prov|da)|Bupati|Gubernur|Wali|Wakil|Penjabat|Pj|Pjs|Plt|"
    r"Plh|Sekda|Sekretaris|Kepala)\b)|and|of|&|-|–|\([A-Z][\w.&/-]{0,15}\)))*")
# (and a short form in brackets: "Kawasan Pusat Pemerintahan Provinsi Banten (KP3B), Kota Serang")
# (a government or an office after "dan" or a comma is the next party, not more of the venue: "Pemkab A di
# Sumbar dan Pemkab B", "di ruang rapat Balai Kota Ambon, Penjabat Wali Kota Ambon Dominggus Latuheru")
_BERTEMPAT = re.compile(r"\bbertempat\s+")
# the places a document's work is done in, listed after their count: "percepatan sertifikasi tanah di lima kabupaten
# perbatasan, yakni Sambas, Bengkayang, ... dan Kapuas Hulu" (no parties)
_PLACES_LISTED = re.compile(r"\bdi\s+(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|sejumlah)\s+"
                            r"(?:kabupaten|kota|kabupaten/kota|daerah|wilayah|kecamatan)\b[^,.;:()]{0,40}?,?\s+"
                            r"(?:yakni|yaitu|meliputi|antara\s+lain)\s+", _I)


def _within(pos: int, spans) -> bool:
    """Whether ``pos`` lies in one of the (start, end) ``spans`` (a loop: any() over a generator costs more)."""
    for a, b in spans:
        if a <= pos < b:
            return True
    return False


_IN_PART_OF = re.compile(r"\bdi\s+(?:pesisir|wilayah|kawasan|pulau|ujung|sisi|bagian|pedalaman|jantung|pantai|"
                         r"lereng|kaki)(?:\s+(?:barat|timur|utara|selatan|tengah|tenggara|barat\s+daya|timur\s+laut))?\s+$")


# where the people or goods a bare name follows are from: "tenaga kerja lokal NTB", "petani asal Sidrap" (not
# "warga Boltim ... terbantu oleh nota kesepakatan dengan Pemkab Bolsel": the people of a party)
_PAST_EVENT_DAY = re.compile(r"\b(?:peringatan|memperingati|mengenang|bencana|gempa|tsunami|likuefaksi|banjir\s+bandang|"
                             r"erupsi)\b[^.;()]{0,60}$", _I)
_EVENT_NAMED_AFTER = re.compile(r"(?:\s+(?-i:[A-Z])[\w-]*){0,3}?\s+(?-i:Forum|Expo|Festival|Fair|Summit|Awards?|Cup|Marathon|Run|"
                                r"Week|Carnival|Karnaval|Jamboree|Open|Fest)\b")
_SPLIT_FROM = re.compile(r"\b(?:pemekaran|dimekarkan|mekar)\s+(?:dari\s+)?(?:wilayah\s+)?$", _I)
_PEOPLE_OF = re.compile(r"\b(?:lokal|asal)\s+$")
_CAPITAL_OF = re.compile(r"\bibu\s*kota\s+(?:dari\s+)?$", _I)
_PART_OF_REGION = (" Barat", " Utara", " Selatan", " Timur", " Tengah")
_SHORT_NAME_AFTER = re.compile(r" \((?-i:[A-Z])[\w-]{2,}\)")


def _outside(text: str, sstart: int, m) -> bool:
    """Whether mention ``m`` (in the sentence starting at ``sstart``) names no government: after
    "se-" or DPRD, or the last of the capitalised words of an organisation, a building or a route."""
    if text.startswith(_PART_OF_REGION, m.end):
        return True  # a part of the region, no government: "Paket Wisata Bali Barat" (the region's name took none)
    before = text[max(sstart, m.pstart - 60):m.pstart]
    end = before[-1:]
    if end == " " and "kota" in before and _CAPITAL_OF.search(before):
        return True  # the region a city is the capital of: "sejak Banjarbaru menjadi ibu kota Provinsi Kalimantan Selatan"
    if end in ("-", " ") and before[-3:].lower() in ("se-", "se ") and (len(before) < 4 or not before[-4].isalpha()):
        return True
    if end == " " and "mekar" in before and _SPLIT_FROM.search(before):
        return True  # the region one was split from, told as its history: "sebagai provinsi baru hasil pemekaran dari
        # Provinsi Papua pada 2022, Papua Pegunungan harus membangun pola kerja sama ..."
    if end.isspace() and "DPRD" in before:
        words = before.split()
        if words and words[-1] == "DPRD":
            return True
    if m.via and m.via not in ("list", "weak"):
        return False
    if text[m.end:m.end + 1] == " " and _EVENT_NAMED_AFTER.match(text, m.end):
        return True  # the first word of an event's name: "di sela Kaltim Investment Forum 2025 di Hotel Mercure"
    if end == " " and " di " in before and _IN_PART_OF.search(before):
        return True  # a place: "Tiga daerah bertetangga di pesisir barat Sumatera Barat, Kota Padang, ..."
    if end == " " and _PEOPLE_OF.search(before):
        return True  # the place people are from: "rekrutmen tenaga kerja lokal NTB"
    # (the pattern is tried at every position: only when the text before ends with the join)
    route = _ROUTE_JOIN.search(before) if end in "-–—/ " and before.rstrip().endswith(_JOINS) else None
    if not (end.isspace() or route):
        return False
    # the words before the name, through the other end of a route ("Jalan Tol Padang-Pekanbaru")
    org = False
    # (a name of two regions closed by its short name in brackets goes on through its "dan": "PT Bank Pembangunan Daerah
    # Kalimantan Timur dan Kalimantan Utara (Bankaltimtara)")
    closed = _SHORT_NAME_AFTER.match(text, m.end) is not None
    for w in reversed((before[:route.start()] if route else before).replace("-", " ").split()[-8 if closed else -6:]):
        # "PT Bank ... (Bank Jateng)": the short name in brackets starts at the bracket
        opened = w.startswith("(")
        w = w.lstrip("(")
        low = w.lower().rstrip(".,")
        if closed and low == "dan":
            continue
        if not (w[:1].isupper() or low in _INFRA_WORDS):
            break
        org = org or low in _ORG_WORDS or low in _INFRA_WORDS
        if opened:
            break
    return org


# a list of governments by their kind: "Empat pemerintah kabupaten di Pulau Lombok, yakni Lombok Barat, ..."
# (or by their heads: "empat bupati di Pulau Sumba, yakni Sumba Timur, Sumba Tengah, ...")
_GOVERNMENTS_LISTED = re.compile(r"\b(?:pemerintah\s+(?:kabupaten|kota|kabupaten/kota|daerah)|pemkab|pemkot|pemda|"
                                 r"kabupaten|kabupaten/kota|bupati|wali\s*kota|kepala\s+daerah)\b[^.;:\n]{0,40}?\b"
                                 r"(?:yakni|yaitu|masing-masing)\s*,?\s*", _I)
_GOVERNMENTS_LISTED_KEYS = ("yakni", "yaitu", "masing-masing")


def _listed_as_governments(text: str, low: str, mentions, starts: list[int]) -> set[int]:
    """The mentions of a list that names its items as governments by their kind, each a government though
    named bare: "Empat pemerintah kabupaten di Pulau Lombok, yakni Lombok Barat, Lombok Tengah, Lombok Timur,
    dan Lombok Utara"."""
    out = set()
    if not _holds(low, _GOVERNMENTS_LISTED_KEYS):
        return out  # (most articles)
    # (read only near a list word: a scan of the whole text from every "kabupaten" costs more)
    windows = []
    for word in _GOVERNMENTS_LISTED_KEYS:
        k = low.find(word)
        while k >= 0:
            before = low[max(0, k - 60):k]
            if "kab" in before or "pem" in before or "bupati" in before or "wali" in before or "kepala daerah" in before:
                windows.append((max(0, k - 60), k + len(word) + 3))
            k = low.find(word, k + 1)
    for m in (m for a, b in sorted(windows) if (m := _GOVERNMENTS_LISTED.search(text, a, b))):
        at = m.end()
        i = bisect_left(starts, at)
        # (the list starts right where its opener ends, and goes on through its joins)
        while i < len(mentions) and mentions[i].pstart == at:
            out.add(i)
            nxt = i + 1
            if nxt >= len(mentions):
                break
            join = _AND_OR_COMMA.fullmatch(text, mentions[i].end, mentions[nxt].pstart)
            if join is None:
                break
            i, at = nxt, mentions[nxt].pstart
    return out


# a partner right after the cooperation it is named in: "Kami sedang menjajaki kerja sama dengan Pasangkayu"
_BARE_PARTNER_BEFORE = re.compile(r"\b(?:kerja\s*sama|kesepakatan|perjanjian|mou|pks|nota\s+kesepa\w+|menjajaki|penjajakan|"
                                  r"menjalin|bermitra|berkolaborasi)\w*(?:\s+[\w-]+){0,3}?\s+dengan\s+$", _I)


def _bare_partners(text: str, mentions) -> set[int]:
    """The mentions of a region named bare as the partner of a cooperation: a government, as no place can be
    a partner ("menjajaki kerja sama dengan Pasangkayu, yang dulu bernama Mamuju Utara")."""
    return {i for i, m in enumerate(mentions) if (m.via is None or m.via == "weak") and len(m.codes) == 1
            and (text[max(0, m.pstart - 7):m.pstart].lower().endswith("dengan ")
                 and _BARE_PARTNER_BEFORE.search(text, max(0, m.pstart - 70), m.pstart)
                 # (and one opening a sentence as the subject of a cooperation: "Pasangkayu, dulu Mamuju Utara, sedang
                 # menjajaki kerja sama dengan Kabupaten Donggala")
                 or _opens_sentence(text, m.pstart) and _BARE_SUBJECT_OF.match(text, m.end) is not None)}


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a line or a sentence (after a full stop and a space)."""
    before = text[max(0, pos - 2):pos]
    return pos == 0 or before[-1:] == "\n" or before == ". "


_BARE_SUBJECT_OF = re.compile(r"(?:,\s*(?:dulu|dahulu|sebelumnya|yang\s+dulu\s+bernama)\s+[^,.;]{1,40},)?\s+"
                              r"(?:(?:sedang|tengah|juga|telah|sudah|akan|pun)\s+){0,2}"
                              r"(?:menjajaki|menjalin|meneken|menandatangani|bekerja\s*sama|bersepakat|sepakat)\b", _I)


# a page of the events to come: "AGENDA KEGIATAN PIMPINAN DAERAH", "Agenda Kegiatan Bupati"
_AGENDA_PAGE = re.compile(r"^[ \t]*(?:AGENDA\s+(?:KEGIATAN|HARIAN|PIMPINAN)|Agenda\s+(?:Kegiatan|Harian|Pimpinan))",
                          re.MULTILINE)
_CORRECTION = re.compile(r"^[ \t]*(?:Ralat|RALAT|Koreksi|KOREKSI|Catatan\s+[Rr]edaksi|Klarifikasi|Erratum)\s*:", re.MULTILINE)


class _Doc:
    """Working state of one article."""

    def __init__(self, text: str):
        self.text = clean(text)
        self.sents = split(self.text)
        # (with the short forms the article defines: "Kota Tidore Kepulauan (Tikep)" ... "Wali Kota Tikep")
        # (and a hospital's place read as its owner where the article tells whose it is: bodies.with_owners)
        self.mentions = with_owners(self.text, with_short_forms(self.text, find_mentions(self.text, weak=True,
                                                                                          fuzzy=True)))
        self.datelines = _dateline_spans(self.text)
        self.sent_of = []  # sentence index of each mention
        self.excluded = set()
        self.codes = {}  # mention index -> resolved code
        self.low_text = low_text = self.text.lower()
        # a text aligned with its lower case (cues.aligned) is so in every part of it
        self.lined_up = _aligned(self.text)
        self.lows = _lows(self.text, low_text, self.sents)
        cues, self.scope_places = _sentence_cues(self.text, low_text, self.sents, self.lows)
        self.cues = cues
        # a sister-city agreement is with a foreign city: never one between regions of ours
        self.abroad = [(c & _ABROAD_BIT) != 0 and _ABROAD.search(low) is not None
                       for c, low in zip(cues, self.lows)]
        if any(self.abroad):
            # (not one of two of our own cities: "Kota Bogor dan Kota Padang Resmi Jadi Kota Bersaudara",
            # "Kota Bersaudara antara Pemerintah Kota Bogor dan Pemerintah Kota Padang")
            for si in compress(count(), self.abroad):
                s = self.sents[si]
                ms = [m for m in self.mentions if s.start <= m.start < s.end]
                starts = {m.pstart for m in ms}
                # (a partner named after "antara"/"dengan" that is none of ours: "antara Surabaya dan Kochi")
                foreign = any(w.start(1) not in starts for w in _PARTNER_NAME.finditer(s.text)
                              if not any(m.pstart <= s.start + w.start(1) < m.end for m in ms))
                for a, b in zip(ms, ms[1:]):
                    if a.codes != b.codes and _OUR_PAIR_GAP.fullmatch(self.text, a.end, b.pstart) and (
                            self.text[s.start:a.pstart].rstrip().lower().endswith("antara")
                            or a.pstart == s.start and not foreign):
                        self.abroad[si] = False
                        break
        self.agree = [not abroad and (c & _AGREE_BIT) != 0 for c, abroad in zip(cues, self.abroad)]
        # a line of tags ("Tag: Pemprov Kaltim, PPU, Kerja Sama Daerah") lists the article's topics: it
        # tells of no cooperation, whatever words it holds
        for si, s in enumerate(self.sents):
            if self.agree[si] and (s.text[:1] in "TtKk" and _TAG_LINE.match(s.text) or s.text[:1] == "#"
                                   and _HASHTAGS.fullmatch(s.text)):
                self.agree[si] = False
        # a correction notice tells what was written wrong before ("Ralat: ... Sebelumnya tertulis penandatanganan
        # dilakukan oleh Pemerintah Kabupaten Kupang, yang benar adalah Pemerintah Kota Kupang"): the body tells
        # the facts as corrected, the notice none of its own
        self.agenda = "agenda" in low_text[:600] and _AGENDA_PAGE.search(self.text, 0, 600) is not None
        self.corrections = set()
        if "alat" in low_text or "oreksi" in low_text or "edaksi" in low_text:
            for m in _CORRECTION.finditer(self.text):
                end = self.text.find("\n", m.end())
                end = len(self.text) if end < 0 else end
                self.corrections.update(si for si, s in enumerate(self.sents) if m.start() <= s.start < end)
            for si in self.corrections:
                self.agree[si] = False
        parties, they = "pihak" in low_text, "mereka" in low_text or "yakni" in low_text or "yaitu" in low_text
        if parties or they:
            # the parties of the document just told signed, or its signers and their governments: "Kesepakatan
            # Bersama itu diteken pada 14 Maret 2019 ... Pihaknya empat: Pemerintah Provinsi Sulteng, Pemkot Palu,
            # ...", "empat bupati ... menandatangani satu naskah Kesepakatan Bersama ... Mereka adalah Bupati Toba ..."
            for si, s in enumerate(self.sents):
                if si and not self.agree[si] and self.agree[si - 1] and cues[si - 1] & _SIGN_BIT and (
                        parties and s.text[:1] in "Pp" and _PARTIES_OPENING.match(s.text)
                        or they and _THEY_ARE.match(s.text)):
                    self.agree[si] = True
        if "pasangan" in low_text:
            # "dua pasang pemerintah kabupaten menandatangani PKS. Pasangan pertama adalah Pemkab A dan Pemkab
            # B.": the pairs of the agreement just told
            for si, s in enumerate(self.sents):
                if si and not self.agree[si] and self.agree[si - 1] and _PAIR_OPENING.match(s.text):
                    self.agree[si] = True
        self.sign = [a and (c & _SIGN_BIT) != 0 for c, a in zip(cues, self.agree)]
        if "tidak a" in low_text or "menolak" in low_text or "enggan" in low_text or "tak a" in low_text:
            # a signing refused is none, done or to come: "Kami tidak akan menandatangani apa pun yang merugikan ..."
            for si in compress(count(), self.sign):
                if _REFUSED.search(self.sents[si].text):
                    self.sign[si] = False
        self.guest_words = [a and (c & _GUEST_BIT) != 0 for c, a in zip(cues, self.agree)]
        # a sentence that may name the scope of the cooperation (see _sectors)
        # (or one naming the document, whose field may follow its name: "MoU pengelolaan sampah")
        self.scoped = [a and ((c & _COOP_BIT) != 0 and (c & _SCOPE_BIT) != 0 or (c & _TERM_BIT) != 0)
                       or (c & _OWN_SCOPE_BIT) != 0 and not abroad
                       for c, a, abroad in zip(cues, self.agree, self.abroad)]
        if _holds(low_text, ("isinya", "bidangnya", "lingkupnya", "rancangan", "draf", "nota", "naskah", "dokumen", "perpanjangan")):
            for si in range(1, len(cues)):
                if cues[si] & _BACK_SCOPE_BIT and self.agree[si - 1] and not self.abroad[si] \
                        and (_BACK_SCOPE.match(self.sents[si].text) or _NEW_DRAFT_HOLDS.search(self.sents[si].text)):
                    self.scoped[si] = True
        self._terms = {}
        self._term_ends = {}  # sentence index -> where each kind term ends, None when a gloss was masked
        self.mou_is_pks = _mou_is_pks(self.text, low_text)
        self._facts = {}
        self._signed = {}
        self._dates = {}
        self._places = {}
        self._outside = {}
        self.parts = {}  # sentence index -> [(start, end, codes)] of the clauses that each sign on their own
        self.joint_counts = None  # how many governments the signings of one document of all count (_one_of_all)
        self.earlier = set()  # sentences telling of the document before the one reported (_earlier_documents)
        self.told_back = {}  # sentence -> the group it tells back ("kelima daerah", "Kedua kota": _all_of_them)
        self._others_told = None
        self._officials = None
        self._short = None
        self._with_others = {}
        self._others_own = {}  # sentence -> the governments of its agreement with others (_read_with_others)
        self._starts = None  # where each sentence starts, read once asked for (sentence_at)
        self.full_dates = {}  # sentence -> its first full date, read once asked for (_first_full_date)
        self._assign()
        self.dated_rows = set()
        if " | " in self.text:
            # a table's row of a document with its day in a column of dates signs it: "1 | Kesepakatan Bersama |
            # Pemprov Bengkulu – Pemprov Jambi | ... | 05-07-2023 | Belum ada PKS"
            self.dated_rows = {si for si in compress(count(), self.agree) if _dated_row(self, si)}
            for si in self.dated_rows:
                self.sign[si] = True
                self._signed.pop(si, None)  # (read before, by _assign)
        # a follow-up told done with its day signs its document: "keduanya menindaklanjutinya dengan Perjanjian Kerja Sama
        # pada 14 Januari 2020"
        self.followed_up = {si for si in compress(count(), self.agree) if "ndaklanjut" in self.lows[si]
                            and _FOLLOWED_UP_ON_DAY.search(self.sents[si].text)} if "ndaklanjut" in low_text else set()
        for si in self.followed_up:
            self.sign[si] = True
            self._signed.pop(si, None)
        self.dated_fields = {}
        if " : " in self.text or "\t: " in self.text or "Tanggal:" in self.text or "Tgl.:" in self.text:
            # an entry's field of the day its document was set ("Tgl. Penetapan : 05-06-2024" under "Judul : Perjanjian
            # Kerja Sama antara ..."): the signing of the document the entry names, on that day
            self.dated_fields = _dated_fields(self)
            for si in self.dated_fields:
                self.agree[si] = self.sign[si] = True
                self._signed.pop(si, None)
        for si in range(1, len(cues)):
            # "Dengan Tuba, kedua daerah membahas rencana kerja sama ... Sementara dengan Mesuji, pembahasan
            # difokuskan pada bidang pertanian": the fields of the partner the opening names
            if cues[si] & _SCOPE_BIT and self.agree[si - 1] and not self.scoped[si] and not self.abroad[si] \
                    and self.lows[si][:1] in "sadl" and (m := _WITH_OPENING.match(self.sents[si].text)):
                lo = bisect_left(self.sent_of, si)
                if lo < len(self.sent_of) and self.sent_of[lo] == si \
                        and self.mentions[lo].pstart < self.sents[si].start + m.end():
                    self.scoped[si] = True

    def officials(self):
        """[(official dict, sentence index, office)] of the article, read once (_officials)."""
        return self.offices_read()[0]

    def offices_read(self):
        """(officials, offices named with a holder, offices named without one) of the article, read once."""
        if self._officials is None:
            self._officials = _officials(self)
        return self._officials

    def short_names(self) -> dict:
        """The parts of the officials' names by which they may be named again (_short_names), read once."""
        if self._short is None:
            self._short = _short_names(self.officials())
        return self._short

    def _assign(self):
        """Sentence of each mention, the mentions excluded, the governments established, the code of each
        mention of one and the mentions of each sentence."""
        ms, sents = self.mentions, self.sents
        self._venues = {}  # sentence index -> its venues, once asked for
        self._by_sentence = {}
        starts = [m.start for m in ms]
        if not sents:
            self.sent_of = [0] * len(ms)
            self.excluded.update(range(len(ms)))
        else:
            # the sentence of each mention: the first that ends after its start (the last one at most)
            ends, last = [s.end for s in sents], len(sents) - 1
            self.sent_of = [min(bisect_right(ends, x), last) for x in starts]
            self._exclude(starts)
            if self.corrections:
                self.excluded.update(i for i, si in enumerate(self.sent_of) if si in self.corrections)
        # governments established by a sign of one
        excluded, established = self.excluded, {}
        self.established = established
        listed = _listed_as_governments(self.text, self.low_text, ms, starts) | _bare_partners(self.text, ms)
        for i, m in enumerate(ms):
            if (m.via is None or m.via == "weak") and i not in listed or len(m.codes) != 1 or i in excluded:
                continue
            established[m.codes[0]] = established.get(m.codes[0], 0) + 1
        # the code of each mention of a government, and the mentions of each sentence
        codes, by_sentence, sent_of = self.codes, self._by_sentence, self.sent_of
        for i, m in enumerate(ms):
            if i in excluded:
                continue
            if len(m.codes) == 1:  # (most names: one region)
                code = m.codes[0]
                if code not in established:
                    continue
            else:
                known = [c for c in m.codes if c in established]
                if len(known) != 1:
                    continue
                code = known[0]
            codes[i] = code
            if sent_of[i] in by_sentence:
                by_sentence[sent_of[i]].append(i)
            else:
                by_sentence[sent_of[i]] = [i]

    def _exclude(self, starts: list[int]):
        """Mark the mentions that name no party: in a dateline or a venue, after "se-" or DPRD, inside
        an organisation, a building or a route, witnesses, a province that qualifies the name before."""
        text, ms, sents, excluded = self.text, self.mentions, self.sents, self.excluded
        # mentions sorted by start: those in a dateline are found by bisection, not each tested
        for a, b in self.datelines:
            excluded.update(range(bisect_left(starts, a), bisect_left(starts, b)))
        if "(" in text:
            # the short name an organisation is given, wherever it stands: "Politeknik Manufaktur Negeri Bangka
            # Belitung (Polman Babel)" ... "kerja sama dengan Polman Babel" (not Polewali Mandar)
            for short in {m.group("short") for m in _BRACKETED_NAME.finditer(text)
                          if _ORG_BEFORE.search(text, max(0, m.start() - 90), m.start())}:
                at = text.find(short)
                while at >= 0:
                    excluded.update(range(bisect_left(starts, at), bisect_left(starts, at + len(short))))
                    at = text.find(short, at + len(short))
        cur = -1  # the sentence of the mention before: a sentence's mentions follow each other
        for i, si in enumerate(self.sent_of):
            if i in excluded:
                continue
            m = ms[i]
            if si != cur:
                cur, s = si, sents[si]
                spans = self.venues(si)
                witnessed = "saksi" in self.lows[si] or "hadapan" in self.lows[si]
                # the places a road or route runs through: "ruas jalan yang menghubungkan Kota A dengan
                # Kota B melalui Kab. C, D dan E" (the chain of names after the verb, through its joins)
                routes = [s.start + r.end() for r in _ROUTE_VERB.finditer(s.text)] \
                    if _holds(self.lows[si], _ROUTE_KEYS) else ()
                chain = None
            if routes and m.via not in ("gov", "title"):
                if chain is not None and chain <= m.pstart and _ROUTE_GAP.fullmatch(text, chain, m.pstart):
                    chain = m.end
                else:
                    verb = next((r for r in reversed(routes) if r <= m.pstart), None)
                    chain = m.end if verb is not None and _ROUTE_START.fullmatch(text, verb, m.pstart) else None
                if chain is not None:
                    excluded.add(i)
                    continue
            if spans and _within(m.pstart - s.start, spans) or _outside(text, s.start, m) \
                    or witnessed and _WITNESSED.search(text[s.start:m.pstart]):
                excluded.add(i)
                continue
            # (codes of provinces have two characters; a mention has one code at least)
            if i > 0 and m.via not in ("gov", "title") and (len(m.codes[0]) == 2 or m.via == "list") \
                    and _QUALIFIER_GAP.fullmatch(text, ms[i - 1].end, m.pstart):
                provinces = {c for c in (candidates(m.surface) if m.via == "list" else m.codes) if len(c) == 2}
                if provinces and any(len(c) > 2 and c[:2] in provinces for c in ms[i - 1].codes) and (
                        all(len(c) == 2 for c in m.codes)
                        # a name of a province and of its kabupaten or kota, after one of its others and ending
                        # the list: "Kabupaten Bone Bolango, Gorontalo" (not "Bone Bolango, Gorontalo dan Boalemo")
                        or m.via != "admin" and not (i + 1 < len(ms) and self.sent_of[i + 1] == si
                                                      and _AND_OR_COMMA.fullmatch(text, m.end, ms[i + 1].pstart))):
                    excluded.add(i)

    def venues(self, si: int) -> list[tuple[int, int]]:
        """(start, end) in sentence ``si`` of each venue it names ("di Hotel X, Kota Y"), computed once."""
        spans = self._venues.get(si)
        if spans is None:
            spans = self._venues[si] = _venue_spans(self.sents[si].text)
        return spans

    def kind_terms(self, si: int) -> list[tuple[int, str]]:
        if si not in self._terms:
            if not self.agree[si]:
                terms, ends = [], None
            elif self.cues[si] & _TERM_BIT:
                terms, ends = _term_spans(self.sents[si].text, self.lows[si])
            else:
                terms, ends = [], []  # (what _term_spans gives a sentence without a word of a term)
            if self.mou_is_pks and terms:
                text = self.sents[si].text
                terms = [(pos, "pks" if kind == "mou" and _BARE_MOU.match(text, pos) else kind) for pos, kind in terms]
            self._terms[si] = terms
            self._term_ends[si] = ends
        return self._terms[si]

    def term_ends(self, si: int) -> list[int] | None:
        """Where each of ``kind_terms(si)`` ends, None when a gloss was masked."""
        self.kind_terms(si)
        return self._term_ends[si]

    def event_dates(self, si: int):
        if si not in self._dates:
            self._dates[si] = _event_dates(self.sents[si].text, self.lows[si])
        return self._dates[si]

    def signed(self, si: int) -> bool:
        """Whether sentence ``si`` tells of a signing that took place (_signed), read once; none on a page of the
        agenda to come ("AGENDA KEGIATAN PIMPINAN DAERAH ... Penandatanganan Kesepakatan Bersama ..."), nor in a
        table's header ("No | Jenis | Mitra | Tanggal Penandatanganan")."""
        done = self._signed.get(si)
        if done is None:
            t = self.sents[si].text
            done = self._signed[si] = self.sign[si] and not self.agenda and (
                si in self.dated_rows or si in self.dated_fields or si in self.followed_up or _signed(t, self.lows[si])) \
                and not (("draf" in self.lows[si] or "rancangan" in self.lows[si]) and _DRAFT_BY_MONTH.search(t)) \
                and not (_table_row(t) and (_table_header(t) or si not in self.dated_rows and _planned_cells(self, si)))
        return done

    def sentence_at(self, pos: int) -> int:
        """The index of the sentence that holds (or last starts before) offset ``pos`` of the text."""
        if self._starts is None:
            self._starts = [x.start for x in self.sents]
        return max(min(bisect_right(self._starts, pos) - 1, len(self.sents) - 1), 0)

    def kind_facts(self, si: int):
        if si not in self._facts:
            self._facts[si] = _kind_facts(self, si)
        return self._facts[si]

    def outside(self, si: int) -> set[int]:
        """The mentions of sentence ``si`` that it says stand outside the agreement (_not_parties), read once."""
        out = self._outside.get(si)
        if out is None:
            low = self.lows[si]
            out = self._outside[si] = (_not_parties(self, si) if self.agree[si] and (
                _holds(low, _NOT_KEYS) or " dengan " in low and low.count(",") == 1
                and not low.rstrip().endswith(_SENTENCE_ENDS)) else _NOBODY)
        return out

    def with_others(self, si: int) -> bool:
        """Whether sentence ``si`` names one government at most and its cooperation is with a company or an
        office of the state ("Pemkot C juga menandatangani PKS dengan BPJS Ketenagakerjaan"): of no group."""
        hit = self._with_others.get(si)
        if hit is None:
            hit = self._with_others[si] = self._read_with_others(si)
        return hit

    def _read_with_others(self, si: int) -> bool:
        t, low = self.sents[si].text, self.lows[si]
        hosted = None
        cell = None
        if _table_row(t) and (m := _CELL_OTHER.search(t)) is not None:
            other = True  # a table's row of another partner: "3 | Perjanjian Kerja Sama ... | Universitas Gadjah Mada |"
            end = t.find(" | ", m.end())
            cell = (m.start(), end if end >= 0 else len(t))  # (its regions are of its name)
        elif " dengan " in t or " dan " in t or " bersama " in t:
            # (a "bersama" other than a Kesepakatan Bersama's: "diteken Pemkab Lamsel bersama Institut ...")
            m = _WITH_OTHER.search(t) if " dengan " in t or " bersama " in t and low.count(" bersama ") > low.count(
                "kesepakatan bersama ") else None
            if m is None and (self.sign[si] or "sepakat" in low or "jalin" in low) \
                    and (" dan " in t or " bersama " in t):
                m = _AND_OTHER.search(t)
            if m is None and " dan " in t and ("pemprov" in low or "pemkab" in low or "pemkot" in low or "pemko" in low
                                                or "pemerintah" in low) and (
                    "kesepakatan bersama" in low or "nota kesep" in low or "perjanjian kerja" in low or "mou " in low
                    or "pks " in low):
                # (or a document named by its two parties: "5. Nota Kesepahaman Pemprov Papua Selatan dan
                # Universitas Musamus tentang ...")
                m = _DOCUMENT_AND_OTHER.search(t)
            if m is None and self.sign[si]:
                # (or the other party signs, as the subject: "Dalam kesempatan itu, Perum Bulog Kanwil
                # Kaltimtara juga menandatangani nota kesepahaman dengan sejumlah distributor swasta")
                m = _OTHER_SIGNS.match(t)
            if m is None and self.sign[si] and ("ditandatangani" in low or "diteken" in low):
                # (or its official signs the government's document: "Nota Kesepahaman ... ditandatangani Direktur
                # Jenderal Prasarana dan Sarana Pertanian Kementan, Dr. Hendra, bersama Gubernur Sulawesi Tengah")
                m = _SIGNED_BY_OTHER.search(t)
            if " dengan " in t and (hosted := _OTHER_SUBJECT.search(t)) is not None and _OWN_AGENCY.search(hosted.group()):
                hosted = None  # (a government's own agency: "Badan Pendapatan Daerah (Bapenda) Provinsi Sulawesi Selatan")
            if hosted is not None:
                # the other party is the subject and every government its partner ("Kementerian Pertanian
                # memperkuat ... melalui penandatanganan Nota Kesepahaman dengan Pemprov A serta PKS dengan Pemkab B")
                m = m or hosted
            # (not the title of a law: "Permendagri Nomor 22 Tahun 2020 tentang Tata Cara Kerja Sama Daerah
            # dengan Daerah Lain dan Kerja Sama Daerah dengan Pihak Ketiga")
            other = m is not None and not ("tentang" in low and _LAW_TITLE.search(t, 0, m.start()))
        elif si + 1 < len(self.sents) and self.lows[si + 1][:1] in "mp" and self.sign[si]:
            m = None
            other = _PARTNERS_ARE.match(self.sents[si + 1].text) is not None
        elif t[:3].lstrip()[:1].isdigit() and ("–" in t or "—" in t or "-" in t) \
                and (m := _ITEM_WITH_OTHER.match(t)) is not None:
            # a roundup's item of a government and another party: "4. Pemprov Kaltim–Universitas Mulawarman (3
            # September 2024)", and its story after it
            other = True
        else:
            return False  # (most sentences)
        if not other:
            return False
        outside = set(self.outside(si))
        if cell is not None:
            s0 = self.sents[si].start
            outside.update(i for i in self.sentence_mentions(si) if cell[0] <= self.mentions[i].pstart - s0 < cell[1])
        if m is not None:
            # (a region that ends the other party's name is no government: "dengan Badan Pengusahaan (BP) Batam")
            s0 = self.sents[si].start
            for i in self.sentence_mentions(si):
                at = self.mentions[i].pstart - s0
                run = _ORG_NAME_RUN.fullmatch(t, m.end(), at) if at > m.end() else None
                if run:
                    outside.add(i)
                    # (and named again by the short form the name gave: "... sebab BP Batam adalah lembaga")
                    for short in re.findall(r"\((\w+)\)", run.group()):
                        outside.update(j for j in self.sentence_mentions(si)
                                       if t.endswith(short + " ", 0, self.mentions[j].pstart - s0))
        if "milik" in low or "dimiliki" in low:
            # (nor the government that owns the other party: "dengan Perumda Air Minum Tirta Kanjuruhan, badan usaha
            # milik Pemkab Malang")
            s0 = self.sents[si].start
            outside.update(i for i in self.sentence_mentions(si)
                           if _OWNED_BY.search(t, max(0, self.mentions[i].pstart - s0 - 30), self.mentions[i].pstart - s0))
        if "wilayah" in low or "kanwil" in low or "balai" in low:
            # (nor the region of a regional office of the state: "melalui Kantor Wilayah BPN Provinsi Kalimantan
            # Tengah")
            s0 = self.sents[si].start
            outside.update(i for i in self.sentence_mentions(si)
                           if _STATE_OFFICE_BEFORE.search(t, max(0, self.mentions[i].pstart - s0 - 60),
                                                          self.mentions[i].pstart - s0))
        # (not counting one the opening names as the signing before: "Usai penandatanganan dengan Melawi, Pemkab
        # Lamandau juga meneken Nota Kesepahaman dengan Perum Bulog ...")
        opening = _AFTER_SIGNING_OPENING.match(t) if low[:1] in "usp" else None
        after = self.sents[si].start + (opening.end() if opening else 0)
        own = {self.codes[i] for i in self.sentence_mentions(si)
               if i not in outside and self.mentions[i].pstart >= after}
        # (whose agreement it is: not a region in the other party's name, "Kantor Wilayah BPN Provinsi Kalimantan
        # Tengah")
        self._others_own[si] = own
        if len(own) > 1 and hosted is not None and self._all_partners_of_subject(si, outside, hosted.end()):
            return True
        return len(own) <= 1

    def _all_partners_of_subject(self, si: int, outside, subject: int) -> bool:
        """Whether every government sentence ``si`` names after its subject (ending at ``subject``; not ``outside``) is
        a partner of it: named after "dengan", or in a list that one opens ("dengan Pemkab Sigi dan Pemkab
        Donggala"); those before are the speaker's ("Kepala Dinas ... Provinsi Sulteng menambahkan bahwa ...")."""
        s0 = self.sents[si].start
        t = self.sents[si].text
        first = True
        for i in self.sentence_mentions(si):
            if i in outside or self.mentions[i].pstart - s0 < subject:
                continue
            before = t[max(0, self.mentions[i].pstart - s0 - 90):self.mentions[i].pstart - s0]
            if not (_AFTER_WITH if first else _AFTER_WITH_OR_LIST).search(before):
                return False
            first = False
        return True

    def with_others_told(self) -> frozenset:
        """The sentences that tell of one government's agreement with a company or an office of the state
        (with_others), and those after them naming no other government, up to one naming two or another
        one: "Pemkab A menandatangani PKS dengan BPJS Kesehatan. ... PKS diteken Bupati A dan Kepala BPJS
        Kesehatan" (not "Agenda yang masih tertunda adalah kesepakatan dengan Pemprov B")."""
        if self._others_told is None:
            told, other, whose = [], False, set()
            for si in range(len(self.sents)):
                here = {self.codes[i] for i in self.sentence_mentions(si)}
                if self.agree[si] and self.with_others(si):
                    # (one naming no government goes on with the one before: "Nota itu ditandatangani Rusmadi dan
                    # Direktur Utama Bank Kalbar")
                    other, whose = True, self._others_own.get(si, here) or (whose if other else set())
                elif len(here) > 1 or here and (whose and not here <= whose or _table_row(self.sents[si].text)
                                                or not whose and not _THIS_DOCUMENT.match(self.sents[si].text)):
                    # (a government named after others' agreement named none is another one, unless the sentence tells
                    # that agreement back: "KSDPK dilakukan dengan badan usaha ... / KSDD dilakukan antara Pemerintah
                    # Kabupaten Badung dengan ..." but "... PKS itu diteken Sekda Kota Palangka Raya"; a table's row is
                    # of its own partner)
                    other = False
                if other and len(here) <= 1:
                    told.append(si)
                if other and not here and si == (told or [None])[-1] and self.with_others(si) \
                        and _MANY_OTHERS.search(self.sents[si].text):
                    # (the signings of many others, none named: "puluhan pemerintah kabupaten ... juga meneken
                    # kesepakatan dengan mitra masing-masing, baik sesama pemerintah daerah maupun dengan pihak
                    # swasta"; what follows is of the article's own again)
                    other = False
            self._others_told = frozenset(told)
        return self._others_told

    def sentence_mentions(self, si: int) -> list[int]:
        return self.mentions_by_sentence().get(si, [])

    def mentions_by_sentence(self) -> dict[int, list[int]]:
        """Sentence index -> the mentions of governments in it, for the sentences that have any, in order."""
        return self._by_sentence


# the rest of an organisation's name up to a region named in it: "Badan| Pengusahaan (BP) |Batam"
_ORG_NAME_RUN = re.compile(r"(?:\s*(?:\((?-i:[A-Z])[\w.]*\)|(?-i:[A-Z])[\w.&-]*))*\s*")
# an opening that tells of the signing before: "Usai penandatanganan dengan Melawi, ..."
_AFTER_SIGNING_OPENING = re.compile(r"(?:usai|seusai|setelah|sesudah|selepas)\s+(?:penandatanganan|meneken|menandatangani)"
                                    r"[^,.;]{0,80},", _I)
_HOST_WITH = re.compile(r"^[^.;]{0,80}?\b(?:menandatangani|meneken|teken|menjalin|melakukan|membangun|bekerja\s+sama|"
                        r"kerja\s*sama|mou|kesepakatan|perjanjian|nota)\b[^.;]{0,60}?\bdengan\s+"
                        r"(?:(?:\w+\s+){0,3}|[^.;]{0,60}?\b(?:masing-masing|yakni|yaitu|antara\s+lain)\s*[:,]?\s+"
                        r"(?:\w+\s+){0,3}|(?:\w+\s+){1,3}?\w+\s*[,:]\s*(?:\w+\s+){0,3})$", _I)
# "... dengan tiga kepala daerah, masing-masing A, B dan C": each signs their own
# signed in turn, one document after another: "meneken satu per satu naskah kesepakatan dengan ...",
# "Penandatanganan dilakukan secara bergantian"
_ONE_BY_ONE = r"\bsatu\s+(?:per\s*)?satu\b|\bsatu\s+persatu\b|\b(?:secara\s+)?(?:bergantian|bergiliran)\b"
_IN_TURN = re.compile(_ONE_BY_ONE, _I)
# "Gubernur A Dr. H. Nama, M.Si. meneken satu per satu naskah kesepakatan dengan ...": the host's name and
# degrees may stand before the verb (a period inside a sentence is an abbreviation's)
_HOST_SIGNS_WITH = re.compile(r"^[^;]{0,120}?\b(?:menandatangani|meneken|teken)\b[^;]{0,80}?\b(?:dengan|bersama)\s+"
                              r"(?:\w+\s+){0,3}$", _I)
_EACH = re.compile(r"masing-masing|\bsendiri-sendiri|\bsecara\s+terpisah|" + _ONE_BY_ONE, _I)
# "PKS ditandatangani secara terpisah, masing-masing antara HOST dengan A, B dan C": the word of each,
# told before the host, pairs it with every partner after its bare "dengan" (no verb between them)
_BARE_WITH = re.compile(r"\s*dengan\s+$", _I)
_ONE_DOCUMENT = re.compile(r"\bsatu\s+naskah\b|\bnaskah\s+(?:bersama|tunggal)\b", _I)


def _told_as_one_document(doc: _Doc, si: int) -> bool:
    """Whether sentence ``si``, or the one before it, tells one document of them all ("satu naskah")."""
    return any(_ONE_DOCUMENT.search(doc.sents[sj].text) for sj in (si - 1, si) if sj >= 0)
_JOINT = _Cue(r"bersama-sama|\bketiga\b|\bkeempat\b|\bkelima\b|\bsatu\s+(?:nota|kesepakatan|naskah|dokumen)|"
                    r"trilateral|multilateral|\b(?:tiga|empat|lima|3|4|5)\s+(?:pemerintah|daerah|kabupaten|kota|provinsi)")
_ANTARA = re.compile(r"\b(?:di\s+)?antara\b(?!\s+lain)", _I)
_DOCUMENT_OF = re.compile(r"\b(?:kesepakatan\s+bersama|nota\s+kesepakatan|nota\s+kesepahaman|perjanjian\s+kerja\s*sama|"
                          r"mou|pks)(?=\s+(?-i:Pemerintah|Pemprov|Pemkab|Pemkot|Pemko|Kabupaten|Kota|Provinsi)\b)", _I)
# (after a short form in brackets: "Kabupaten Penajam Paser Utara (PPU) dan Kabupaten Paser")
_LIST_ONLY = re.compile(r"^\s*(?:\([^()]{1,15}\)\s*)?(?:,|,?\s*dan|,?\s*serta|&)\s*(?:\w+\s+){0,3}$", _I)
# a list of heads with their names: "Bupati Kukar Edi Damansyah, Wali Kota Samarinda Andi Harun dan ..."
_LIST_NAMED = re.compile(r"^\s*(?:[A-Z][\w'’.-]*,?\s+){1,5}(?:dan\s+|serta\s+|&\s+)?(?:\w+\s+){0,3}$")


def _groups(doc: _Doc) -> list[tuple[frozenset, int]]:
    """(parties, sentence index) of every group of governments named together in a cooperation sentence.

    A region named again starts a new group ("X dengan Y dan X dengan Z"); a host
    that signs "dengan A dan B" (no sign of one joint document) signs with each; a
    partner named alone ("kesepakatan serupa dengan Pemkot C sedang dimatangkan")
    pairs with the hub that every other group shares.
    """
    out = []
    alone = []  # (code, sentence index, whether one of a list) of a partner named alone
    for si, idx in doc.mentions_by_sentence().items():
        if not doc.agree[si]:
            continue
        if out and _tells_content(doc, si):
            continue  # "PKS itu mengatur ... bus pengumpan dari pelabuhan ke pusat kota Palembang": places of it
        if len(idx) < 2:
            if doc.with_others(si):
                continue  # one government's document with others: "1. | PT Bank Pembangunan Daerah Maluku dan Maluku Utara |"
            parts = [[(doc.codes[idx[0]], idx[0])]]  # (most sentences: no group of one)
        elif doc.with_others(si):
            continue  # one government's document with others, the rest named in their name or as places
        elif not doc.sign[si] and _holds(doc.lows[si], _ADVISED_KEYS) and _ADVISED.search(doc.sents[si].text):
            continue  # a cooperation only advised: "Ambon semestinya mulai menjajaki kerja sama dengan Kota Tual"
        elif _award_winners(doc, si):
            continue  # an award's winners, each for its own: "Penghargaan Kerja Sama Daerah 2024, Jateng, Kulon Progo dan
            # Kota Yogyakarta Terbaik"
        else:
            idx = _party_mentions(doc, si, idx)
            if doc.lows[si].startswith(("dari ", "sementara dari ")) and _PARTNERS_SIDE.match(doc.sents[si].text):
                # the partners' side of the host's documents, each its own: "Dari pihak mitra, perjanjian pertama
                # diteken Bupati Minut ..., dan perjanjian kedua diteken Wali Kota Bitung ..."
                alone.extend((c, si, True) for c in dict.fromkeys(doc.codes[i] for i in idx))
                continue
            listed = _partners_listed(doc, si, idx) if "dengan" in doc.lows[si] or "bersama" in doc.lows[si] else None
            if listed and (joint := _joint_with_speaker(doc, si, listed)):
                out.append((joint, si))
                continue
            if listed:
                alone.extend((c, si, True) for c in listed)
                continue
            own = _partners_each_with(doc, si, idx) if doc.lows[si].count("dengan") >= 2 else None
            if own:
                out.extend((g, si) for g in own)
                continue
            each = _each_with(doc, si, idx) if "masing" in doc.lows[si] or "serupa" in doc.lows[si] else None
            if each is not None:
                out.extend((g, si) for g in each)
                continue
            parts = [_collapsed(doc, part) for part in _own_signings(doc, si, idx)]
        for seq in parts:
            if len(seq) == 1 and len({doc.codes[i] for i in doc.sentence_mentions(si)}) == 1:
                # one government (perhaps named twice: "dengan Pemerintah Kota C (Pemkot C)")
                own = _with_the_speaker(doc, si, seq[0][1]) if _holds(doc.lows[si], _SELF_KEYS) else None
                if own is None and doc.sign[si] and "dengan" in doc.lows[si]:
                    own = _with_the_signer(doc, si, seq[0][1])
                if own is None and doc.sign[si] and " bersama " in doc.lows[si]:
                    own = _signing_beside(doc, si, seq[0][1])
                if own is None and ("Provinsi d" in doc.sents[si].text or "Pemprov d" in doc.sents[si].text):
                    own = _with_own_province(doc, si, seq[0][1])
                if own:
                    out.append((own, si))
                    continue
                partner, counted = _one_government(doc, si, seq[0][1])
                if partner is None and counted is None and _table_row(doc.sents[si].text):
                    partner = seq[0][0]  # a table's row of one partner: "5 | Rancangan Kesepakatan ... | Pemkab Klaten | -"
                    host = _table_host(doc, si)
                    if host and host != partner:
                        out.append((frozenset((host, partner)), si))
                        continue
                if partner:
                    alone.append((partner, si, False))
                elif counted:
                    out.append((counted, si))
                continue
            besides = _besides(doc, doc.sents[si], seq)
            if besides:
                pairs, seq = besides
                out.extend((g, si) for g in pairs)
            groups = (not _one_of_all(doc, len({c for c, _ in seq})) and _hosted(doc, si, seq)) \
                or _chains(seq)
            out.extend((g, si) for g in groups)
    if alone and out:
        # the host of the article is the one region all its groups share ("Pemprov A teken kesepakatan
        # dengan B, C dan D"); a partner named alone, in none of them, is its partner too
        # (not counting a group inside another: "Pemerintah Kota Yogyakarta dan Pemerintah Kabupaten Bantul" in the
        # partners' cell of the host's three)
        hub = _hub(doc, out, alone)
        if not hub and (before := [(g, si) for g, si in out if si < min(si for _, si, _ in alone)]):
            # (the groups before the partners told alone, where a later pair of others shares nothing with them: "...
            # meneken kesepakatan dengan Pj Wali Kota Kendari ... Kesepakatan kedua diteken bersama Wali Kota Palu ...
            # Wali Kota Samarinda ... dan Wali Kota Bontang ... menandatangani Kesepakatan Bersama")
            hub = _hub(doc, before, alone)
        if len(hub) != 1 and "?" in doc.text and (asked := _interviewee(doc)):
            # (an interview's groups of others, told as examples: the partners named alone in the answers are those of
            # the one who answers, "Kesepakatan bersama dengan Pemprov Sulawesi Selatan yang kita teken ...")
            hub = frozenset((asked[1],))
            alone = [(c, si, listed) for c, si, listed in alone if si > asked[0] and c not in hub]
        if len(hub) == 1:
            # (partners listed are each named as one: their pairs stand even where a group holds them)
            grouped = frozenset.union(*(g for g, _ in out))
            out.extend((hub | {c}, si) for c, si, listed in alone if listed or c not in grouped)
    elif alone and not out and not any(doc.signed(si) for si in doc.with_others_told()):
        # no group at all: the partners named alone are those of the government the article speaks for, named
        # most ("Sekda Kota Jayapura ... kerja sama dengan Pemkab Jayapura di Sentani sudah memiliki dasar hukum");
        # (not where the signing it tells is of one with a company or a university: "Pemkot juga sebelumnya
        # telah bekerja sama dengan Pemkab Sidoarjo" beside its MoU with ITS tells of none)
        host = _most_named(doc, {c for c, _, _ in alone})
        if host:
            out.extend((frozenset((host, c)), si) for c, si, _ in alone)
    out.extend(_all_of_them(doc, out))
    if "pertama," in doc.low_text:
        out.extend(_pairs_of_items(doc))
    if " kami " in doc.low_text or " kita " in doc.low_text:
        out.extend(_partner_told_before(doc))
    if not out:
        out.extend(_listed_after(doc) or (_parties_heading(doc) if "PIHAK" in doc.text or "Pihak" in doc.text else []))
    elif "satu naskah" in doc.low_text:
        out.extend(_one_document_listed(doc))
    if " diwakili " in doc.low_text:
        out = [(g | _stood_in_after(doc, si, g, out), si) for g, si in out]
    if "Provinsi dan" in doc.text or "Pemprov dan" in doc.text:
        out = [(g | _province_unnamed(doc, si, g), si) for g, si in out]
    if "se-" in doc.text or "se " in doc.low_text:
        out = _with_all_of_province(doc, out)
    host = _host_of_each(doc) if out else None
    if host is None and out and ("terpisah" in doc.low_text or "digabung" in doc.low_text or "bergantian" in doc.low_text):
        host = _host_apart(doc, out)
    if host:
        # "Setiap daerah meneken naskah kesepakatan bersamanya sendiri dengan Pemprov Jateng": the host
        # and each of the others in a group of them all is a pair of its own
        if any(len(g) >= 3 and host in g for g, _ in out):
            # (but not one document they all sign on another day: "Kali ini mereka menandatangani satu naskah
            # Kesepakatan Bersama ... Naskah ditandatangani Pj Wali Kota Jayapura, Pj Bupati Jayapura, ...")
            joint = {si for g, si in out if len(g) >= 3 and _told_as_one_document(doc, si)}
            out = _paired_with(host, [(g, si) for g, si in out if si not in joint]) + [
                (g, si) for g, si in out if si in joint]
    return out


def _hub(doc: _Doc, out: list, alone: list) -> frozenset:
    """The one region all groups ``out`` share (not counting a group inside another: "Pemerintah Kota Yogyakarta dan
    Pemerintah Kabupaten Bantul" in the partners' cell of the host's three), as a set of one where it can be told;
    the regions they share otherwise (empty where they share none)."""
    hub = frozenset.intersection(*(g for g, _ in out if not any(g < h for h, _ in out)))
    if len(hub) > 1:
        # (the groups are one pair and a headline of all: of the two, the province of the partners ``alone``)
        # (else the government whose letterhead the document bears, or the one named far most)
        hub = frozenset(c for c in hub if "." not in c and all(p.startswith(c + ".") for p, _, _ in alone)) \
            or hub & {_letterhead(doc)} or _named_far_most(doc, hub) or _host_of_with(doc, out, hub)
    return hub


def _pairs_of_items(doc: _Doc) -> list[tuple[frozenset, int]]:
    """(pair, sentence) of a column's examples one by one ("Pertama, ...", "Keempat, ..."): an item naming just two
    governments, and no cooperation, whose next sentence tells a document and names none ("Keempat, Kota Bekasi dan
    Kabupaten Bekasi. Kesepakatan Bersama tentang integrasi layanan angkutan umum ditandatangani pada 10 Mei 2023.")."""
    out = []
    by_sentence = doc.mentions_by_sentence()
    for si in range(1, len(doc.sents)):
        before = si - 1
        if not doc.agree[si] or si in by_sentence or before not in by_sentence or doc.agree[before] \
                or not doc.kind_terms(si) or not _ITEM_OPENING_WORD.match(doc.sents[before].text):
            continue
        pair = frozenset(doc.codes[i] for i in by_sentence[before])
        if len(pair) == 2:
            out.append((pair, si))
            doc.told_back[si] = pair
    return out


_ITEM_OPENING_WORD = re.compile(r"(?:pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|terakhir),\s", _I)


def _paired_with(host: str, out: list) -> list:
    """``out`` with each group of the host, or of the host's partners only, as pairs of the host and each; a group of
    others stays as it is ("Pj Wali Kota Palopo ... dan Wali Kota Baubau ... menandatangani Kesepakatan Bersama" beside a
    host's three).

    >>> _paired_with("A", [(frozenset("ABC"), 0), (frozenset("BC"), 1), (frozenset("DE"), 2)]) == [
    ...     (frozenset("AB"), 0), (frozenset("AC"), 0), (frozenset("AB"), 1), (frozenset("AC"), 1), (frozenset("DE"), 2)]
    True
    """
    partners = frozenset().union(*(g for g, _ in out if host in g))
    pairs = []
    for g, si in out:
        if host in g or g <= partners:
            pairs.extend((frozenset((host, c)), si) for c in sorted(g - {host}))
        else:
            pairs.append((g, si))
    return pairs


def _table_host(doc: _Doc, si: int) -> str | None:
    """The one government a table's caption names, over the rows of sentence ``si``'s table, else the one whose
    letterhead the document bears: the partners of its rows are its partners ("Tabel 4.1 Kerja Sama Pemerintah
    Provinsi Jawa Timur dengan Daerah Lain Tahun 2023").

    >>> doc = _Doc("Tabel 4.1 Kerja Sama Pemerintah Provinsi Jawa Timur dengan Daerah Lain\\n\\n"
    ...            "No | Jenis | Mitra | Tanggal\\n1 | Kesepakatan Bersama | Pemerintah Provinsi Bali | 15 Februari 2023")
    >>> _table_host(doc, 2)
    '35'
    """
    codes = _caption_codes(doc, si)
    if codes:
        return codes.pop() if len(codes) == 1 else None
    # (a caption naming none, or none at all, under a government's letterhead: "PEMERINTAH KOTA MAGELANG / ... /
    # DAFTAR KERJA SAMA DAERAH YANG MASIH BERLAKU")
    return _letterhead(doc) or None


def _caption_codes(doc: _Doc, si: int) -> set | None:
    """The governments the caption of sentence ``si``'s table names ("Tabel 4.1 ..."), None where it has none."""
    top = si
    while top > 0 and _table_row(doc.sents[top - 1].text):
        top -= 1
    if top == 0 or not doc.sents[top - 1].text.lstrip().startswith(("Tabel", "TABEL", "Daftar", "DAFTAR")):
        return None
    return {doc.codes[i] for i in doc.sentence_mentions(top - 1) if i in doc.codes}


def _partner_told_before(doc: _Doc) -> list[tuple[frozenset, int]]:
    """(group, sentence) of a cooperation sentence naming no government after one that names the speaker's partner
    and no cooperation ("Dengan Pemkot Kotamobagu kami sudah bersurat. Rencananya ada Kesepakatan Bersama soal
    pendidikan ..."): the speaker's government and that partner."""
    out, by_sentence = [], doc.mentions_by_sentence()
    for si, idx in by_sentence.items():
        if doc.agree[si] or si + 1 >= len(doc.sents) or not doc.agree[si + 1] \
                or len({doc.codes[i] for i in idx}) != 1 or not _PARTNER_OPENING.match(doc.sents[si].text):
            continue
        pair = _with_the_speaker(doc, si, idx[0])
        # (the next naming none but the speaker's own: "... untuk anak-anak Bolsel yang bersekolah di Kotamobagu")
        if pair and {doc.codes[i] for i in by_sentence.get(si + 1, ())} <= pair:
            out.append((pair, si + 1))
    return out


# a sentence opening on the speaker's partner: "Dengan Pemkot Kotamobagu kami sudah bersurat."
_PARTNER_OPENING = re.compile(r"\W*(?:sementara\s+(?:itu\s+)?)?dengan\s+[^,.;]{3,60}?\s+(?:kami|kita|pihaknya)\b", _I)


def _with_all_of_province(doc: _Doc, out: list) -> list:
    """``out`` (the groups of _groups) with the group of a province and all its kabupaten and kota where a
    signing sentence names them so ("Pemerintah Provinsi Kalimantan Timur bersama seluruh pemerintah
    kabupaten/kota se-Kaltim menandatangani Kesepakatan Bersama"), in place of the groups of some of them
    (the signers named after: "di antaranya Wali Kota Samarinda ... dan Bupati Kutai Kartanegara")."""
    alls = []
    for si, s in enumerate(doc.sents):
        if not doc.sign[si] or ("se-" not in doc.lows[si] and " se " not in doc.lows[si]) or not doc.signed(si):
            continue
        for m in _ALL_OF_PROVINCE.finditer(s.text):
            at = s.start + m.end()
            province = next((x.codes[0] for x in doc.mentions if x.pstart == at and len(x.codes) == 1
                             and "." not in x.codes[0]), None)
            if province and province in {doc.codes[i] for i in doc.sentence_mentions(si)}:
                members = frozenset(r["code"] for r in regions() if r["province"] == province)
                alls.append((members | {province}, si))
    if not alls:
        return out
    return alls + [(g, si) for g, si in out if not any(g < a for a, _ in alls) and (g, si) not in alls]


# all the kabupaten and kota of a province: "seluruh pemerintah kabupaten/kota se-Kaltim", "bupati/wali kota se-NTB"
_ALL_OF_PROVINCE = re.compile(r"\b(?:(?:seluruh|semua|para)\s+)?(?:pemerintah\s+)?(?:kabupaten\s*/\s*kota|kabupaten\s+dan\s+kota|"
                              r"pemkab\s*/\s*pemkot|pemkab\s+dan\s+pemkot|bupati\s*(?:/|dan)\s*wali\s*kota)\s+se-?\s*", _I)


def _province_unnamed(doc: _Doc, si: int, group: frozenset) -> frozenset:
    """The province of all of ``group`` (kabupaten and kota) where sentence ``si`` names it as a party by its
    government alone: "satu naskah yang ditandatangani bersama oleh Pemerintah Provinsi dan seluruh
    kabupaten/kota: Kota Mataram, Kabupaten Lombok Barat, ..." (the speaker's province); else empty."""
    provinces = {c.split(".")[0] for c in group}
    if len(group) < 2 or len(provinces) != 1 or any("." not in c for c in group) \
            or not _UNNAMED_PROVINCE.search(doc.sents[si].text):
        return frozenset()
    return frozenset(provinces)


def _with_own_province(doc: _Doc, si: int, i: int) -> frozenset | None:
    """The pair of kabupaten or kota ``i`` and its province, where sentence ``si`` names the province as the other party
    by its government alone ("Naskah Kesepakatan Bersama antara Pemerintah Provinsi dan Pemerintah Kota Tarakan ...");
    else None."""
    code, m = doc.codes[i], doc.mentions[i]
    if "." not in code or not _PROVINCE_AND.search(doc.text, max(doc.sents[si].start, m.pstart - 40), m.pstart):
        return None
    return frozenset((code.split(".")[0], code))


_PROVINCE_AND = re.compile(r"\b(?:Pemerintah\s+Provinsi|Pemprov)\s+(?:dan|dengan)\s+$")
# a province's government named without its name, beside the kabupaten and kota: "Pemerintah Provinsi dan
# seluruh kabupaten/kota"
_UNNAMED_PROVINCE = re.compile(r"\b(?:Pemerintah\s+Provinsi|Pemprov)\s+(?:dan|bersama|serta|dengan)\s+"
                               r"(?:(?:seluruh|semua|para|ke-?\w+)\s+)?(?:pemerintah\s+)?(?:kabupaten|kota|pemkab|pemkot)", _I)


# all N governments, by their number: "kelima daerah", "keempat kabupaten", "kelimanya"
# (and "tiga daerah ini"; not "kedua daerah", most often the pair already named, or one a province facilitates)
_ALL_N = re.compile(r"\b(?:(?P<n>ketiga|keempat|kelima|keenam|ketujuh)(?:nya\b|\s+(?:daerah|pemerintah|pemda|"
                    r"kabupaten|kota|kabupaten/kota|kepala\s+daerah|pihak)\b)|"
                    r"(?P<m>tiga|empat|lima|enam|tujuh)\s+(?:daerah|pemerintah|pemda|kabupaten|kota)\s+(?:ini|tersebut)\b)", _I)
_ALL_N_KEYS = ("kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "tiga ", "empat ", "lima ", "enam ", "tujuh ")
_ORDINALS = {"ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7,
             "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7}
_LIST_BACK = 6  # sentences before a count in which its list is looked for


# a number of governments left unnamed, then listed: "Empat pemerintah daerah di kawasan Sarbagita menandatangani
# satu naskah ... Berikut para pihak dan penandatangan naskah kesepakatan: 1. Pemerintah Kota Denpasar — ..."
_N_GOVERNMENTS = re.compile(r"\b(?P<n>dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+(?:pemerintah\s+"
                            r"(?:daerah|kabupaten(?:/kota)?|kota(?:/kabupaten)?)|pemda|daerah|kabupaten/kota|"
                            r"kepala\s+daerah)\b", _I)
_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[•▪●◦·*–-])\s+")
_LIST_AHEAD_ITEMS = 12  # sentences after the count in which its list is looked for


def _listed_after(doc: _Doc) -> list[tuple[frozenset, int]]:
    """(group, sentence) of a signing of N governments left unnamed (_N_GOVERNMENTS) that the lines after it list,
    one item each, when they name N: the first government of each item."""
    if "pemerintah" not in doc.low_text and "daerah" not in doc.low_text:
        return []
    by_sentence = None
    for si, s in enumerate(doc.sents):
        if not doc.sign[si] or not (m := _N_GOVERNMENTS.search(s.text)):
            continue
        n = _UNITS[m.group("n").lower()]
        by_sentence = by_sentence or doc.mentions_by_sentence()
        if by_sentence.get(si):
            continue  # (named there: the groups of the sentence itself)
        listed = _items_after(doc, si)
        if len(listed) == n:
            return [(frozenset(listed), si)]
    return []


def _stood_in_after(doc: _Doc, si: int, group: frozenset, out: list) -> frozenset:
    """The governments the sentence right after signing sentence ``si`` opens with as represented ("Kabupaten Tabanan
    diwakili Ni Putu Ayu Lestari, Wakil Bupati Tabanan, karena bupati sedang mengikuti kegiatan di Jakarta"): parties
    to the one document ``group`` of ``si`` too, their signers standing in; none where ``si`` holds other groups.

    >>> doc = _Doc("Naskah ditandatangani Gubernur Bali dan Bupati Badung, Jumat (12/1/2024). "
    ...            "Kabupaten Tabanan diwakili Wakil Bupati Tabanan.")
    >>> sorted(_stood_in_after(doc, 0, frozenset(("51", "51.03")), [(frozenset(("51", "51.03")), 0)]))
    ['51.02']
    """
    sj = si + 1
    if sj >= len(doc.sents) or not doc.signed(si) or doc.sign[sj] or len(group) < 2 \
            or any(h != group for h, sk in out if sk == si) or not (m := _STANDS_IN_OPENING.match(doc.sents[sj].text)):
        return frozenset()
    start = doc.sents[sj].start
    return frozenset(doc.codes[i] for i in doc.sentence_mentions(sj) if doc.mentions[i].pstart - start < m.end()) - group


def _one_document_listed(doc: _Doc) -> list[tuple[frozenset, int]]:
    """(group, sentence) of N governments left unnamed that a sentence signs one document of ("Lima pemerintah daerah
    ... resmi menandatangani satu naskah Kesepakatan Bersama"), where a sentence soon after names N ("Kelima daerah itu
    yakni Kota Banjarmasin, Kota Banjarbaru, Kabupaten Banjar, ..."): the N, whatever other groups their signers make.
    """
    for si, s in enumerate(doc.sents):
        if not doc.sign[si] or "satu naskah" not in doc.lows[si] or doc.sentence_mentions(si) \
                or not (m := _N_GOVERNMENTS.search(s.text)):
            continue
        n = _UNITS[m.group("n").lower()]
        for sj in range(si + 1, min(len(doc.sents), si + 3)):
            named = {doc.codes[i] for i in doc.sentence_mentions(sj)}
            if len(named) == n:
                return [(frozenset(named), si)]
    return []


def _parties_heading(doc: _Doc) -> list[tuple[frozenset, int]]:
    """(group, sentence) of the governments listed one per line under a heading of the parties ("PARA PIHAK (1
    naskah, 5 pihak)" over "🏛 Pemerintah Provinsi Bali", "🏙 Pemerintah Kota Denpasar", ...), as an infographic or
    a summary sets out one document's parties; the sentence is the nearest before it naming a document.

    >>> doc = _Doc("Kesepakatan Bersama Kawasan Sarbagita\\n\\nPARA PIHAK\\n🏛 Pemerintah Provinsi Bali\\n"
    ...            "🏙 Pemerintah Kota Denpasar\\n🏝 Pemerintah Kabupaten Badung\\n\\n📅 DITANDATANGANI\\nJumat, 22 Maret 2024")
    >>> [(sorted(g), si) for g, si in _parties_heading(doc)]
    [(['51', '51.03', '51.71'], 0)]
    """
    by_sentence = doc.mentions_by_sentence()
    for si, s in enumerate(doc.sents):
        if not _PARTIES_HEADING.match(s.text) or si in by_sentence:
            continue
        listed = []
        for sj in range(si + 1, min(len(doc.sents), si + 1 + _LIST_AHEAD_ITEMS)):
            codes = [doc.codes[i] for i in by_sentence.get(sj, ()) if i in doc.codes]
            if not codes or "\n" not in doc.text[doc.sents[sj - 1].end:doc.sents[sj].start] \
                    or doc.sents[sj].text.rstrip().endswith(_SENTENCE_ENDS):
                break  # (one government a line, no sentence)
            listed.append(codes[0])
        told = next((sj for sj in range(si - 1, -1, -1) if doc.kind_terms(sj)), None)
        if len(set(listed)) >= 2 and told is not None:
            return [(frozenset(listed), told)]
    return []


# a heading of the parties: "PARA PIHAK (1 naskah, 5 pihak)", "Pihak yang bersepakat:"
_PARTIES_HEADING = re.compile(r"\W*(?:PARA\s+PIHAK|Para\s+Pihak|PIHAK(?:-PIHAK)?|Pihak-pihak|Pihak\s+yang\s+\w+)\b[^.\n]{0,40}$")


def _all_of_them(doc: _Doc, found=()) -> list[tuple[frozenset, int]]:
    """(group, sentence) of the cooperation sentences that tell of "kelima daerah" (all N) without naming
    them all, the N being those the nearest sentence before names, when it names N: "... terbagi dalam lima
    daerah otonom: Kota Baubau, Kabupaten Buton, ... dan Kabupaten Buton Selatan. ... Di Baruga Keraton
    Buton, kelima daerah menandatangani satu naskah Kesepakatan Bersama"."""
    out = []
    if not _holds(doc.low_text, _ALL_N_KEYS):
        return out  # (most articles)
    by_sentence = None
    for si, low in enumerate(doc.lows):
        if not doc.agree[si] or not _holds(low, _ALL_N_KEYS):
            continue  # (most sentences)
        if "kedua" in low[:60] and (pair := _both_of_before(doc, si)):
            out.append((pair, si))
            doc.told_back[si] = pair
            continue
        m = _ALL_N.search(doc.sents[si].text)
        if not m:
            continue
        n = _ORDINALS[(m.group("n") or m.group("m")).lower()]
        by_sentence = by_sentence or doc.mentions_by_sentence()
        here = {doc.codes[i] for i in by_sentence.get(si, ())}
        if len(here) >= n:
            continue
        for sj in range(si - 1, max(-1, si - 1 - _LIST_BACK), -1):
            named = {doc.codes[i] for i in by_sentence.get(sj, ())}
            if len(named) == n and here <= named:
                out.append((frozenset(named), si))
                doc.told_back[si] = frozenset(named)
                break
            if len(named) > n:
                break
        else:
            # the article's one group and those the sentence before adds: "Sekda Kota Batu ... menyatakan Pemkot
            # Batu ingin bergabung. Ketiga daerah di Malang Raya akan membahas rancangan kerja sama SPAM Regional"
            groups = {g for g, _ in found}
            named = {doc.codes[i] for i in by_sentence.get(si - 1, ())}
            if len(groups) == 1 and named and len(whole := next(iter(groups)) | named) == n and here <= whole:
                out.append((frozenset(whole), si))
                doc.told_back[si] = frozenset(whole)
    return out


# "Kedua kota menandatangani ...", "September tahun lalu keduanya meneken ...": the subject, near the opening
# (after an opening of its own: "Dalam pertemuan itu, kedua pemerintah daerah sepakat ...")
_BOTH = re.compile(r"(?:[^,.;:\"]{0,40}?(?:\s|,\s))?(?:kedua\s+(?:daerah|pemerintah|pemda|kabupaten|kota|kepala\s+daerah|pihak|"
                   r"(?P<province>provinsi|pemprov))|keduanya|"
                   # ("Dua daerah yang namanya sama tetapi pemerintahannya berbeda ini meneken ...")
                   r"dua\s+(?:daerah|pemerintah\s+daerah|kabupaten|kota)\b[^,.;]{0,60}?\s(?:ini|itu|tersebut))\b", _I)


# the two agreeing to draft a document: "kedua pemerintah daerah sepakat ... menyusun naskah Kesepakatan Bersama"
_DRAFTS_ONE = re.compile(r"\bsepakat\b[^.;]{0,60}?\b(?:menyusun|merancang|menyiapkan|membuat)\s+(?:naskah|draf|draft|"
                         r"rancangan|dokumen)?\s*(?:kesepakatan|perjanjian|nota|mou|pks)\b", _I)


# (or the two have one: "Bandingkan dengan Kota Ambon dan Kabupaten Maluku Tengah. Keduanya memiliki perjanjian
# kerja sama pengelolaan angkutan laut ...")
_HAVE_ONE = re.compile(r"\s+(?:(?:sudah|telah|juga|pun)\s+)?(?:memiliki|mempunyai|punya)\s+(?:(?:sebuah|satu)\s+)?"
                       r"(?:perjanjian|kesepakatan|nota\s+kesepa\w+|mou|pks)\b", _I)


_BOTH_BACK = 2  # sentences before "kedua daerah" in which the two are looked for


def _both_of_before(doc: _Doc, si: int) -> frozenset | None:
    """The two regions "Kedua kota" (or "keduanya") near the opening of signing sentence ``si`` tells back,
    when the sentence before names just those two and tells of no cooperation ("Ambil contoh Kota Manado dan
    Kota Bitung. Kedua kota menandatangani nota kesepakatan pada 2021"), and the sentence names no other;
    None otherwise. (Where the sentence before is a cooperation's, its own group already holds the pair.)
    "Kedua provinsi" is the two provinces the sentence before names among kabupaten, and may be told planning:
    "Merauke menjadi bagian Provinsi Papua Selatan, sementara Jayawijaya masuk Provinsi Papua Pegunungan. Kedua
    provinsi baru tersebut ... juga tengah menjajaki kerja sama serupa"."""
    if si == 0 or doc.agree[si - 1]:
        return None
    both = _BOTH.match(doc.sents[si].text)
    if both is None:
        return None
    provinces = both.group("province") is not None
    if not (doc.sign[si] or provinces and _plans(doc, si) or _DRAFTS_ONE.search(doc.sents[si].text)
            or _HAVE_ONE.match(doc.sents[si].text, both.end())):
        # (and the two told back sign, or set about a document: not "Kalau keduanya rukun dan bekerja sama, ...")
        return None
    by_sentence = doc.mentions_by_sentence()
    named = frozenset()
    for sj in range(si - 1, max(-1, si - 1 - _BOTH_BACK), -1):
        # (the nearest sentences of no cooperation naming governments: a quote of two sentences, the pair in its
        # first: '"Pangandaran dan Banyuwangi punya banyak kesamaan ... Kami ingin belajar," kata Hendra.')
        if doc.agree[sj]:
            break
        named |= {c for c in (doc.codes[i] for i in by_sentence.get(sj, ())) if not provinces or "." not in c}
        if len(named) >= 2:
            break
    here = {c for c in (doc.codes[i] for i in by_sentence.get(si, ())) if not provinces or "." not in c}
    if len(named) != 2 or not here <= named:
        return None
    return named


# (or only given as an example of what could be: "Ia mencontohkan, Kabupaten A dan Kabupaten B sebenarnya bisa saja
# bekerja sama ...")
# (or only imagined by the writer: "Saya juga membayangkan potensi kerja sama baru ..., misalnya Kota A dengan B")
def _award_winners(doc: _Doc, si: int) -> bool:
    """Whether sentence ``si`` names an award's winners, no party to one agreement: "Kemendagri Serahkan Penghargaan
    Kerja Sama Daerah 2024, Jateng, Kulon Progo dan Kota Yogyakarta Terbaik"."""
    return not doc.sign[si] and _holds(doc.lows[si], _WINNER_KEYS) and _AWARD_WINNERS.search(doc.sents[si].text) is not None


_WINNER_KEYS = ("terbaik", "juara", "peraih", "pemenang")
_AWARD_WINNERS = re.compile(r"\b(?:penghargaan|award|anugerah|lomba|kompetisi)\b[^.;]*\b(?:terbaik|juara|peraih|pemenang)\b",
                            _I)
_ADVISED_KEYS = ("mestinya", "seharusnya", "sebaiknya", "idealnya", "bisa saja", "dapat saja", "bayang", "ilustrasi",
                 "contoh", "misal", "umpama", "gambaran", "pelajari", "tiru", "replikasi", "adopsi")
_ADVISED = re.compile(r"\b(?:semestinya|seharusnya|sebaiknya|idealnya|mestinya|bisa\s+saja|dapat\s+saja)\s+(?:\w+\s+){0,2}?"
                      r"(?:menjajaki|menjalin|bekerja\s*sama|berkolaborasi|menggandeng|merintis)\b|"
                      r"\b(?:membayangkan|terbayang|dibayangkan)\s+(?:[\w-]+\s+){0,3}?kerja\s*sama\b|"
                      # (or given as an example of what may be: "Sebagai ilustrasi, Kota Semarang dan Kabupaten Demak
                      # dapat bekerja sama dalam penanganan rob")
                      r"\b(?:sebagai\s+(?:ilustrasi|contoh|gambaran)|misalnya|contohnya|umpamanya)\b[^.;]{0,100}?"
                      r"\b(?:dapat|bisa|boleh)\s+(?:saja\s+)?(?:bekerja\s*sama|menjalin|menandatangani|berkolaborasi)\b|"
                      # (or another's cooperation, to learn from: "Kabupaten Sorong Selatan dan Kabupaten Raja Ampat yang
                      # turut diundang ... tertarik mempelajari model kerja sama ini")
                      r"\b(?:mempelajari|meniru|mereplikasi|mengadopsi)\s+(?:model|pola|skema|contoh)\s+kerja\s*sama\s+"
                      r"(?:ini|itu|tersebut)\b", _I)
# a sentence on the content of the document just told: what it names are the places of that content
_ITS_CONTENT = re.compile(r"(?:pks|perjanjian(?:\s+kerja\s*sama)?|kesepakatan(?:\s+bersama)?|mou|nota\s+kesepa\w+|"
                          r"naskah|dokumen|hal)\s+(?:itu|tersebut|ini)\s+(?:juga\s+)?(?:mengatur|meliputi|mencakup|"
                          r"berisi|memuat|menyangkut)\b", _I)


def _tells_content(doc: _Doc, si: int) -> bool:
    """Whether sentence ``si`` opens on the content of the document just told (_ITS_CONTENT); a cheap test of
    its lower case first."""
    low = doc.lows[si]
    return low[:1] in "pkmndh" and (" itu " in low[:40] or " tersebut " in low[:45] or " ini " in low[:40]) \
        and _ITS_CONTENT.match(doc.sents[si].text) is not None


# each government signs a document of its own with the host: "Setiap daerah meneken naskah kesepakatan
# bersamanya sendiri dengan Pemprov A", "Masing-masing kabupaten menandatangani PKS tersendiri dengan ..."
_EACH_OWN = re.compile(r"\b(?:setiap|tiap|tiap-tiap|masing-masing)\s+(?:daerah|kabupaten(?:/kota)?|kota|pemda|pemkab|"
                       r"pemkot|pemerintah\s+(?:daerah|kabupaten|kota))\b[^.;]{0,80}?\b(?:sendiri|tersendiri)\b"
                       r"[^.;]{0,60}?\bdengan\s+", _I)


def _host_of_each(doc: _Doc) -> str | None:
    """The host each government signs a document of its own with, told in a sentence naming it alone
    (_EACH_OWN); None when no sentence tells so."""
    for si, idx in doc.mentions_by_sentence().items():
        low = doc.lows[si]
        if not doc.agree[si] or "sendiri" not in low or len({doc.codes[i] for i in idx}) != 1:
            continue
        m = _EACH_OWN.search(doc.sents[si].text)
        if m and doc.mentions[idx[0]].pstart >= doc.sents[si].start + m.end() - 1:
            return doc.codes[idx[0]]
    return None


def _host_apart(doc: _Doc, out: list) -> str | None:
    """The host of a group of three or more whose documents a sentence tells signed apart ("Tiga dokumen PKS itu
    ditandatangani secara terpisah", "tidak digabung dalam satu naskah"): the government its sentence names before
    "dengan"; None when none tells so."""
    apart = [si for si in range(len(doc.sents)) if ("terpisah" in doc.lows[si] or "digabung" in doc.lows[si]
                                                    or "bergantian" in doc.lows[si])
             and _SIGNED_APART.search(doc.sents[si].text)]
    if not apart:
        return None
    for si in apart:
        # (the one government the sentence names: "Pemkab Simalungun menandatangani tiga nota kesepakatan ... dengan tiga
        # pemerintah daerah tetangga secara bergantian")
        here = {doc.codes[i] for i in doc.sentence_mentions(si)}
        if len(here) == 1 and any(len(g) >= 3 and here <= g for g, _ in out):
            return here.pop()
    for g, si in out:
        idx = doc.sentence_mentions(si)
        at = doc.lows[si].find(" dengan ")
        if len(g) >= 3 and idx and 0 <= at and doc.mentions[idx[0]].end - doc.sents[si].start <= at \
                and all(doc.mentions[i].pstart - doc.sents[si].start > at for i in idx[1:] if doc.codes[i] != doc.codes[idx[0]]):
            return doc.codes[idx[0]]
    return None


_SIGNED_APART = re.compile(r"\b(?:ditandatangani|diteken|dibuat|disusun|dilakukan)\s+(?:secara\s+)?terpisah\b|"
                           r"\bsecara\s+(?:terpisah|bergantian)\b|\btidak\s+digabung(?:kan)?\b", _I)
_CONTENT_VERB_KEYS = ("mengatur", "meliputi", "mencakup", "memuat", "berisi")
_CONTENT_VERB = re.compile(r"\b(?:mengatur|meliputi|mencakup|memuat|berisi)\b", _I)


def _party_mentions(doc: _Doc, si: int, idx: list[int]) -> list[int]:
    """The mentions ``idx`` of sentence ``si`` that may be parties: in a title, those of the topic
    that holds the cooperation word; after "antara", those named after it; not guests, nor the
    governments the sentence puts outside the agreement. [] when fewer than two are left of a title."""
    s = doc.sents[si]
    if s.text.count(",") >= 2 and not s.text.rstrip().endswith(_SENTENCE_ENDS) and not _table_row(s.text):
        idx = _topic_of_title(doc, si, idx)  # (a table's row is no title)
        if len(idx) < 2:
            return []
    if len(idx) > 2 and _holds(doc.lows[si], _CONTENT_VERB_KEYS) and (verb := _CONTENT_VERB.search(s.text)):
        # what the cooperation holds names places, not parties: "kerja sama dengan Tabanan sebelumnya mengatur
        # pasokan beras ... dari Lumbung Padi Bali itu ke pasar-pasar di Badung"
        before = [i for i in idx if doc.mentions[i].end <= s.start + verb.start()]
        if len({doc.codes[i] for i in before}) >= 2:
            idx = before
    codes = {doc.codes[i] for i in idx}
    if any(len(c) == 2 for c in codes) and any(len(c) > 2 for c in codes):
        # a province that names a unit in another region's office, no party: "Asisten Pemerintahan dan
        # Keistimewaan Aceh Sekretariat Daerah Kabupaten Aceh Besar" (the office is Aceh Besar's)
        spans = [(o.start, o.end, off["region"]) for off, osi, o in doc.officials() if osi == si]
        idx = [i for i in idx if not any(a <= doc.mentions[i].pstart - s.start < b and len(doc.codes[i]) == 2
                                         and code.startswith(doc.codes[i] + ".") for a, b, code in spans)]
    between = _ANTARA.search(s.text) if "antara" in doc.lows[si] else None
    if between is None and len(idx) > 2:
        # (and the document named by its parties: "Lilik, Kepala Biro Pemerintahan Jatim, menyoroti Kesepakatan
        # Bersama Kabupaten Probolinggo dan Kabupaten Lumajang ...")
        between = _DOCUMENT_OF.search(s.text)
    if between:
        # "... antara X dan Y": the parties are the ones named after "antara"
        after = [i for i in idx if doc.mentions[i].pstart >= s.start + between.end()]
        if len({doc.codes[i] for i in after}) >= 2:
            idx = after
    if doc.guest_words[si]:
        # when every government named attends a signing the sentence calls theirs, they are its
        # parties ("Bupati A dan Wali Kota B menghadiri penandatanganan kesepakatan kedua daerah")
        hosts = [i for i in idx if not _guest(doc, si, i, idx)]
        idx = hosts if hosts or not _THEIR_OWN.search(s.text, 0, doc.lows[si]) else idx
    outside = doc.outside(si)
    return [i for i in idx if i not in outside] if outside else idx


def _collapsed(doc: _Doc, part: list[int]) -> list[tuple[str, int]]:
    """(code, mention index) of the mentions ``part``, a name repeated next to itself kept once."""
    seq = []
    for i in part:
        c = doc.codes[i]
        if not seq or seq[-1][0] != c:
            seq.append((c, i))
    return seq


def _host_of_with(doc: _Doc, out: list, pair: frozenset) -> frozenset:
    """The one of ``pair`` (every group's) that the first sentence of a group names before its "dengan" and the
    other after it: the host of "Pemkot Palu menandatangani PKS pengelolaan sampah dengan Pemkab Sigi", as a set
    of one; empty where no sentence tells so."""
    for g, si in out:
        t, s0 = doc.sents[si].text, doc.sents[si].start
        w = t.find(" dengan ")
        if len(pair) != 2 or w < 0:
            continue
        before = {doc.codes[i] for i in doc.sentence_mentions(si) if doc.mentions[i].pstart - s0 < w} & pair
        after = {doc.codes[i] for i in doc.sentence_mentions(si) if doc.mentions[i].pstart - s0 > w} & pair
        if len(before) == 1 and after == pair - before:
            return frozenset(before)
        if not before and after == pair:
            # (the partner right after "dengan", the host named later as who signs: "Pertama, Kesepakatan Bersama dengan
            # Pemerintah Provinsi Sumatera Barat ..., yang ditandatangani Gubernur Bengkulu ..." in a host's roundup)
            first = min((i for i in doc.sentence_mentions(si) if doc.mentions[i].pstart - s0 > w),
                        key=lambda i: doc.mentions[i].pstart)
            if doc.mentions[first].pstart - s0 == w + len(" dengan "):
                return pair - {doc.codes[first]}
        break
    return frozenset()


def _named_far_most(doc: _Doc, among: frozenset) -> frozenset:
    """The one of ``among`` the article names at least twice as often as each other one of them (the host of
    a pair whose partners sign one by one: "Gubernur A menandatangani kesepakatan pertama dengan B ...
    Kesepakatan kedua diteken bersama Gubernur C"), as a set of one; empty where none is.

    >>> d = _Doc("Pemprov Jatim dan Pemprov Kalbar teken MoU. Jatim juga menggelar misi dagang di Jatim.")
    >>> sorted(_named_far_most(d, frozenset({"35", "61"})))
    ['35']
    """
    counts = {c: 0 for c in among}
    for c in doc.codes.values():
        if c in counts:
            counts[c] += 1
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) < 2 or ranked[0] < 2 * ranked[1]:
        return frozenset()
    return frozenset(c for c, n in counts.items() if n == ranked[0])


def _most_named(doc: _Doc, besides: set) -> str | None:
    """The government named most often in the article, not one of ``besides``, where it is named at least
    twice and more often than any other; None otherwise."""
    counts = {}
    for c in doc.codes.values():
        if c not in besides:
            counts[c] = counts.get(c, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


# the speaker's own government named beside a partner: "pihaknya dan Pemkab Langkat sudah bersepakat",
# "Pemkot Langsa bersama kami", "antara kami dengan Pemkab B"
# (and a head of region speaking of his own signing: "Saya dan Bupati Minahasa Utara sudah meneken MoU")
_SELF_BEFORE = re.compile(r"\b(?:pihaknya|kami|kita|saya)\s+(?:dan|bersama(?:\s+dengan)?|dengan|serta)\s+(?:pihak\s+)?$", _I)
_SELF_AFTER = re.compile(r"\s+(?:dan|bersama(?:\s+dengan)?|dengan|serta)\s+(?:pihaknya|kami|kita|saya)\b", _I)
# ("Kami sedang menjajaki kerja sama dengan Pasangkayu": the speaker's side as the subject)
_SELF_SUBJECT = re.compile(r"\b(?:kami|kita|pihaknya)\s+(?:[\w-]+\s+){0,5}?(?:kerja\s*sama|menjalin|bekerja|menjajaki|"
                           r"meneken|menandatangani|bermitra|berkolaborasi|bersepakat|sepakat)\w*(?:\s+[\w-]+){0,3}?"
                           r"\s+dengan\s+(?:pihak\s+)?$", _I)
# ("Dengan Pemkot Palembang kami sudah teken nota kesepakatan")
_WITH_SELF = re.compile(r"\bdengan\s+$", _I)
# (after where the partner lies: "Dengan Kota Magelang di Jawa Tengah kami sedang penjajakan kerja sama pariwisata")
_SELF_NEXT = re.compile(r"(?:\s+di\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2})?,?\s+(?:pihaknya|kami|kita)\b", _I)
# (or the one the speaker met to discuss it: "Pekan lalu, ia bertemu Pj Bupati Bangka Ferry Irawan Saragih di Sungailiat
# untuk membahas rencana kerja sama serupa")
_MET_TO_DISCUSS = re.compile(r"\b(?:ia|dia|beliau|kami|pihaknya|saya)\s+(?:telah\s+|sudah\s+)?(?:bertemu|menemui)\s+"
                             r"(?:dengan\s+)?(?:(?:Pj|Plt|Penjabat|Wakil)\s+)?(?:Bupati|Wali\s*Kota|Gubernur|Sekda|Pemkab|"
                             r"Pemkot|Pemko|Pemprov)?\s*$", _I)
_TO_DISCUSS = re.compile(r"\buntuk\s+(?:membahas|membicarakan|menjajaki)\s+(?:\w+\s+){0,2}?kerja\s*sama\b", _I)
_SELF_KEYS = ("pihaknya", "kami", "kita", "saya ", "bertemu", "menemui")
_SPEAKER_BACK = 2  # sentences before a pronoun in which the speaker is looked for


def _with_the_speaker(doc: _Doc, si: int, i: int) -> frozenset | None:
    """The pair of mention ``i``, the one government of sentence ``si``, and the government of the official
    speaking there, where the sentence names the speaker's side as "pihaknya", "kami" or "kita" right beside
    it: "Asrul menambahkan, ... Karena itu, pihaknya dan Pemkab Langkat sudah bersepakat menyusun rencana
    kerja sama" is Aceh Tamiang and Langkat. None otherwise."""
    m, s = doc.mentions[i], doc.sents[si]
    if not (_SELF_BEFORE.search(doc.text, max(s.start, m.pstart - 30), m.pstart)
            or _SELF_AFTER.match(doc.text, m.end, s.end)
            or _SELF_NEXT.match(doc.text, m.end, s.end)
            and _WITH_SELF.search(doc.text, max(s.start, m.pstart - 10), m.pstart)
            or _SELF_SUBJECT.search(doc.text, max(s.start, m.pstart - 120), m.pstart)) \
            or i in doc.outside(si):
        return _with_the_one_met(doc, si, i) if "temu" in doc.lows[si] and si else None
    code = _speaker(doc, si)
    return frozenset((code, doc.codes[i])) if code and code != doc.codes[i] else None


def _with_the_one_met(doc: _Doc, si: int, i: int) -> frozenset | None:
    """The pair of mention ``i`` and the government of the one speaking before, who met its head to discuss a
    cooperation: "Menurut Rudi, hal itu memang sedang dijajaki. Pekan lalu, ia bertemu Pj Bupati Bangka ... untuk
    membahas rencana kerja sama serupa"; None otherwise."""
    m, s = doc.mentions[i], doc.sents[si]
    if not (_MET_TO_DISCUSS.search(doc.text, max(s.start, m.pstart - 60), m.pstart)
            and _TO_DISCUSS.search(doc.text, m.end, s.end)) or i in doc.outside(si):
        return None
    code = _speaker(doc, si - 1)
    return frozenset((code, doc.codes[i])) if code and code != doc.codes[i] else None


# the lead of an interview, naming the one who answers: "Tribunsumsel.com mewawancarai Kepala Bappeda Muba, ..."
_INTERVIEW = re.compile(r"wawancara|berbincang|bincang-bincang|petikan|narasumber|dialog|di\s+studio", _I)


def _interviewee(doc: _Doc) -> tuple[int, str] | None:
    """(the first question, the region of the official who answers) of an interview: an article of two
    questions at least, each a paragraph of its own, whose lead names an official in a sentence telling of
    the interview. None for other articles."""
    questions = _questions(doc)
    if len(questions) < 2:
        return None
    first = questions[0]
    for off, osi, _ in doc.officials():
        if osi < first and _INTERVIEW.search(doc.sents[osi].text):
            return first, off["region"]
    return None


def _questions(doc: _Doc) -> list[int]:
    """The sentences that are questions of their own paragraph (an interview's), in order."""
    sents, text = doc.sents, doc.text
    return [si for si, s in enumerate(sents) if si and s.text.endswith("?")
            and "\n" in text[sents[si - 1].end:s.start]
            and (si + 1 == len(sents) or "\n" in text[s.end:sents[si + 1].start])]


# a question asking on about what the answer before told ("Sudah ada tindak lanjutnya?", "Bagaimana perkembangan
# kesepakatan itu?"): its answer goes on with the same agreement
_ASKS_ON = re.compile(r"\b(?:tindak\s*lanjut|kelanjutan|perkembangan|realisasi|isi|progres|hasil|kendala|dampak|manfaat|"
                      r"implementasi|pelaksanaan|penerapan|turunan)nya\b|\b(?:kesepakatan|perjanjian|mou|pks|kerja\s*sama|"
                      r"naskah)\s+(?:itu|tersebut|ini)\b", _I)


_ACTING_BEFORE = re.compile(r"\b(?:Pj|Plt|Pjs|Penjabat|Wakil)\.?\s+$")


def _with_the_signer(doc: _Doc, si: int, i: int) -> frozenset | None:
    """The pair of mention ``i``, the one government of signing sentence ``si``, named as the partner, and the
    government of the official named by name alone before it, who signs with it: "Berikutnya, Firdaus Hasbullah
    juga meneken kesepakatan dengan Pj Bupati Banyuasin" (Firdaus, named before as Pj Bupati OKI). None otherwise."""
    m, s = doc.mentions[i], doc.sents[si]
    acting = _ACTING_BEFORE.search(doc.text, max(s.start, m.pstart - 12), m.pstart)
    end = acting.start() if acting else m.pstart  # ("dengan Pj Bupati Banyuasin": the title after its acting word)
    if not _PARTNER_WITH.search(doc.text, max(s.start, end - 60), end) or i in doc.outside(si):
        return None
    at = end - s.start
    before = {c for p, c in _officials_named(doc, si) if p < at}
    code = doc.codes[i]
    if len(before) != 1 or code in before:
        return None
    return frozenset((before.pop(), code))


def _signing_beside(doc: _Doc, si: int, i: int) -> frozenset | None:
    """The pair of mention ``i``, the one government of signing sentence ``si``, and the government of the one
    official of another region the sentence names by name alone beside its own, signing together: "Plt Bupati
    Mempawah, Ria Kartika Dewi, bersama Rizal meneken Kesepakatan Bersama" (Rizal, named before as Wali Kota
    Pontianak). None otherwise."""
    if i in doc.outside(si) or not doc.signed(si):
        return None
    code = doc.codes[i]
    t = doc.sents[si].text
    others = {off["region"] for p, off, _ in _named_short(doc, t) if off["region"] != code and t.endswith("bersama ", 0, p)}
    return frozenset((code, others.pop())) if len(others) == 1 else None


def _named_short(doc: _Doc, text: str):
    """(where, official, office) of each official ``text`` names by a part of the name as a whole word (the first
    place it does): "Rizal" for Rizal Mahmudin."""
    for word, (off, o) in doc.short_names().items():
        p = text.find(word)
        if p >= 0 and _boundary(text, p) and _boundary(text, p + len(word)):
            yield p, off, o


def _speaker(doc: _Doc, si: int) -> str | None:
    """The region of the official who speaks in sentence ``si``: the one who answers an interview's questions,
    else the one named there (by office, or by a name alone: "kata Asrul"), else the one named last in the
    sentences just before; None when none is."""
    if "?" in doc.text:
        asked = _interviewee(doc)
        if asked and si > asked[0]:
            return asked[1]
    for back in range(si, max(-1, si - _SPEAKER_BACK - 1), -1):
        at = _officials_named(doc, back)
        regions = {c for _, c in at}
        if len(regions) == 1 or back < si and at:
            return max(at)[1] if back < si else regions.pop()
        if at:
            return None  # (two officials of two governments speak in the sentence: which is "kami"?)
    return None


# many governments, none named: "puluhan pemerintah kabupaten", "sejumlah daerah lain", "ratusan pemda"
_MANY_OTHERS = re.compile(r"\b(?:puluhan|ratusan|belasan|sejumlah|berbagai|banyak)\s+(?:pemerintah\s+|kepala\s+)?"
                          r"(?:kabupaten|kota|daerah|pemda|pemkab|pemkot|provinsi)\b", _I)


def _officials_named(doc: _Doc, si: int) -> list[tuple[int, str]]:
    """(where, region) of each official named in sentence ``si``: by office, by the full name, or by a part of
    it standing alone ("Asrul menambahkan")."""
    officials = doc.officials()
    if not officials:
        return []
    t = doc.sents[si].text
    at = [(o.start, off["region"]) for off, osi, o in officials if osi == si]
    at.extend((p, off["region"]) for off, _, _ in officials if (p := t.find(off["name"])) >= 0)
    for word, (off, _) in doc.short_names().items():
        p = t.find(word)
        # (a whole word, no part of a longer name: the word before may open the sentence, "Menurut Asrul")
        end = p + len(word)
        if p >= 0 and _boundary(t, p) and _boundary(t, end) and not t[end + 1:end + 2].isupper():
            at.append((p, off["region"]))
    return at


def _one_government(doc: _Doc, si: int, i: int) -> tuple[str | None, frozenset | None]:
    """(its code, None) when ``i``, the one government of sentence ``si``, is named as a partner
    (_partner_alone); else (None, its group with partners counted and listed soon after, or None)."""
    if _partner_alone(doc, si, i):
        return doc.codes[i], None
    return None, _counted(doc, si, i)


def _chains(seq: list[tuple[str, int]]) -> list[frozenset]:
    """The groups of a sentence's governments in order, a region named again starting a new one:
    "X dengan Y dan X dengan Z" is {X, Y} and {X, Z}.

    >>> _chains([("A", 0), ("B", 1), ("A", 2), ("C", 3)]) == [frozenset("AB"), frozenset("AC")]
    True
    """
    out, cur = [], []
    for c, _ in seq:
        if c in cur and len(cur) >= 2:
            out.append(frozenset(cur))
            cur = [c]
        elif c not in cur:
            cur.append(c)
    if len(set(cur)) >= 2:
        out.append(frozenset(cur))
    return out


# (and an item of a list, ending with a semicolon: no headline)
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "'", ";")
_LIST_WORD = re.compile(r"\s*(?:(?:hingga|sampai|dan|serta|juga)\s+)?", _I)


def _topic_of_title(doc: _Doc, si: int, idx: list[int]) -> list[int]:
    """The mentions ``idx`` of a title (no full stop) that are parties of its cooperation word: when
    the title lists topics, each a noun and its place ("Banjir Samarinda, MoU Bank Kaltimtara, hingga
    Air Bersih Balikpapan-PPU"), and the cooperation word stands in an item before the last, only the
    governments of that item; otherwise all of them ("Pemprov Riau, Kampar dan Siak Teken MoU")."""
    s, low = doc.sents[si], doc.lows[si]
    cuts = [0] + [k + 1 for k, ch in enumerate(s.text) if ch == ","] + [len(s.text) + 1]
    items = list(zip(cuts, cuts[1:]))  # (start, end past its comma) in the sentence
    cues = [k for key in _AGREE_KEYS for k in _occurrences(low, key)]
    held = {n for n, (a, b) in enumerate(items) if any(a <= k < b for k in cues)}
    if not held or len(items) - 1 in held:
        return idx  # the cooperation word in the last item governs the list before it
    at = {}  # item -> its first mention
    for i in idx:
        n = next(n for n, (a, b) in enumerate(items) if doc.mentions[i].pstart - s.start < b)
        at.setdefault(n, i)
    for n, i in at.items():
        a = _LIST_WORD.match(s.text, items[n][0]).end()
        if n not in held and not s.text[a:doc.mentions[i].pstart - s.start].strip():
            return idx  # an item that opens with a government: a list of parties, not of topics
    return [i for i in idx if any(items[n][0] <= doc.mentions[i].pstart - s.start < items[n][1] for n in held)]


# "A, B dan C masing-masing menandatangani PKS dengan ...": each of them signs on its own
# and "A dan B dijadwalkan menandatangani kesepakatan serupa dengan X": one like those told before, each its own
_EACH_WITH = re.compile(r"\bmasing-masing\s+(?:\w+\s+){0,2}?(?:menandatangani|meneken|menjalin|melakukan|"
                        r"membuat)\b[^.;]{0,80}?\bdengan\s+|"
                        r"\b(?:menandatangani|meneken|menjalin|membuat)\b[^.;]{0,60}?\bserupa\s+dengan\s+", _I)


def _each_with(doc: _Doc, si: int, idx: list[int]) -> list[frozenset] | None:
    """The groups of "A, B dan C masing-masing menandatangani PKS dengan X" (or "... kesepakatan serupa
    dengan X"): A, B and C each with X
    when X is a government named right after "dengan", none when X is someone else ("dengan PT PLN
    (Persero) UIW Kalbar"); None when the sentence says no such thing."""
    s, ms = doc.sents[si], doc.mentions
    m = _EACH_WITH.search(s.text)
    if m is None:
        return None
    subjects = {doc.codes[i]: i for i in idx if ms[i].end <= s.start + m.start()}
    if len(subjects) < 2:
        return None  # ("ditandatangani masing-masing oleh A dengan B, C dan D": the host signs with each)
    at = s.start + m.end()
    partner = next((i for i in idx if ms[i].pstart >= at), None)
    if partner is None or ms[partner].pstart != at:
        return []
    return [frozenset({doc.codes[partner], c}) for c in subjects if c != doc.codes[partner]]


def _partners_each_with(doc: _Doc, si: int, idx: list[int]) -> list[frozenset] | None:
    """The pairs of "HOST menandatangani PKS tentang X dengan A dan PKS tentang Y dengan B": each partner
    after a "dengan" of its own, the host the one government before the first; the clause of each
    (up to the "dan" before the next) is recorded in ``doc.parts``, so that each pair has its own
    document. None when the sentence says otherwise."""
    seq = _collapsed(doc, idx)
    if len(seq) < 3:
        return None
    s, ms = doc.sents[si], doc.mentions
    withs = [k for k, (_, i) in enumerate(seq) if _BARE_WITH.search(doc.text, max(s.start, ms[i].pstart - 12), ms[i].pstart)]
    if len(withs) < 2 or withs[0] != 1 or len(withs) != len(seq) - 1:
        return None
    host = seq[0][0]
    partners = [c for c, _ in seq[1:]]
    if host in partners or len(set(partners)) != len(partners) or _JOINT.search(s.text):
        return None
    spans, start = [], 0
    for (_, a), (_, b) in zip(seq[1:], seq[2:]):
        gap = s.text[ms[a].end - s.start:ms[b].pstart - s.start]
        cut = max(gap.rfind(" dan "), gap.rfind(" serta "), gap.rfind(","))
        if cut < 0 or not _BARE_WITH.search(gap) or "dengan" not in gap[cut:]:
            return None  # (not a clause of its own: "dengan A dan B")
        end = ms[a].end - s.start + cut
        spans.append((start, end))
        start = end
    spans.append((start, len(s.text)))
    doc.parts[si] = [(a, b, frozenset((c,))) for (a, b), c in zip(spans, partners)]
    return [frozenset((host, c)) for c in partners]


def _partners_listed(doc: _Doc, si: int, idx: list[int]) -> list[str] | None:
    """The governments of "kesepakatan dengan Pemkab A dan Pemkab B batal diteken": a list after
    "dengan" with no government before it, each the partner of a host the sentence leaves to the
    article (_groups); None when the sentence says otherwise, or tells of one document of them all
    ("satu naskah", "ketiga daerah"). What a speaker's title names after the list is no partner
    ('... dengan A dan B," kata Kepala Biro Setda C')."""
    seq = _collapsed(doc, idx)
    if len(seq) < 2 or not _partner_alone(doc, si, seq[0][1]):
        return None
    s = doc.sents[si]
    opening = doc.lows[si][:doc.mentions[seq[0][1]].pstart - s.start]
    if "dengan" not in opening and "bersama" not in opening and " ke" not in opening:
        return None  # (the first the next who signs, with its partner after it: "Sementara itu, Kabupaten Solok Selatan
        # menandatangani Kesepakatan Bersama dengan Kabupaten Kerinci", a pair of its own)
    if _JOINT.search(s.text) and not _EACH.search(s.text):
        return None
    ms, codes = doc.mentions, [seq[0][0]]
    for (_, a), (c, b) in zip(seq, seq[1:]):
        gap = doc.text[ms[a].end:ms[b].pstart]
        if not (_LIST_ONLY.match(gap) or _LIST_NAMED.match(gap)
                # (or each after a "dengan" of its own: "pengalaman mengelola kerja sama dengan DKI itu menjadi bekal
                # dalam menyusun perjanjian dengan Kabupaten Bekasi")
                or len(gap) < 100 and _BARE_WITH.search(gap) and " dan " not in gap):
            if _SPEECH.search(gap):
                break
            return None
        codes.append(c)
    return codes if len(set(codes)) == len(codes) > 1 else None


def _joint_with_speaker(doc: _Doc, si: int, listed: list[str]) -> frozenset | None:
    """The partners ``listed`` in sentence ``si`` with the speaker's government, where the next sentence, naming no
    government, tells of one document of them all: "Kesepakatan Bersama pengelolaan sampah dengan Kabupaten
    Sleman dan Kabupaten Bantul. Itu satu naskah untuk tiga daerah" (the interviewee's city the third)."""
    nxt = si + 1
    if nxt >= len(doc.sents) or doc.sentence_mentions(nxt) or not _JOINT.search(doc.sents[nxt].text, 0, doc.lows[nxt]):
        return None
    host = _speaker(doc, si)
    return frozenset((host, *listed)) if host and host not in listed else None


def _partner_alone(doc: _Doc, si: int, i: int) -> bool:
    """Whether mention ``i``, the one government of sentence ``si``, is named as a partner: right after
    "dengan" ("kesepakatan serupa dengan Pemkot C"), and not put outside the agreement; not one no document
    is with ("belum ada naskah yang ditandatangani dengan Katingan")."""
    if "belum" in doc.lows[si] or "tidak" in doc.lows[si]:
        s0 = doc.sents[si].start
        if _NO_DOCUMENT_WITH.search(doc.sents[si].text, 0, doc.mentions[i].pstart - s0):
            return False
    if doc.sign[si] and doc.lows[si][:1] in "asd" and (opening := _NEXT_SIGNER_OPENING.match(doc.sents[si].text)) \
            and doc.mentions[i].pstart - doc.sents[si].start == opening.end() and doc.signed(si) \
            and i not in doc.outside(si) and not (doc.guest_words[si] and _WITNESSING.search(
                doc.text, doc.mentions[i].end, doc.sents[si].end)):
        # the next who signs, told on its own: "Adapun Pemkab Takalar diwakili Sekda ..., yang menandatangani" (not
        # one who only sees it: "Sementara itu, Pemerintah Provinsi Gorontalo ... hadir menyaksikan penandatanganan")
        return True
    if doc.lows[si][:1] in "dasl" and (opening := _WITH_PARTNER_OPENING.match(doc.sents[si].text)) \
            and doc.mentions[i].pstart - doc.sents[si].start == opening.end() and i not in doc.outside(si) \
            and len({doc.codes[j] for j in doc.sentence_mentions(si)}) == 1:
        return True  # the partner a sentence opens with: "Adapun dengan Kabupaten Sumenep, kesepakatan meliputi ..."
    if "serupa" in doc.lows[si] and _SIGNS_ALIKE.match(doc.text, doc.mentions[i].end, doc.sents[si].end) \
            and i not in doc.outside(si):
        return True  # the host's partner, signing one like it: "Pemkab C dijadwalkan meneken kesepakatan serupa"
    if doc.sign[si] and " juga " in doc.lows[si] and _SIGNS_TOO.match(doc.text, doc.mentions[i].end, doc.sents[si].end) \
            and i not in doc.outside(si):
        return True  # joining the host's document: "mudah-mudahan sebelum akhir tahun Donggala juga bisa tanda tangan"
    low = doc.lows[si]
    if "dengan" not in low and "bersama" not in low and not (
            (" ke " in low or " kepada " in low) and _holds(low, _DRAFT_SENT_KEYS)):
        return False  # (most sentences)
    m = doc.mentions[i]
    return bool(_PARTNER_WITH.search(doc.text, max(doc.sents[si].start, m.pstart - 60), m.pstart)) \
        and i not in doc.outside(si)


# a government signing one like the host's, with no partner named: "Pemkab Morowali Utara (Morut) dijadwalkan
# meneken kesepakatan serupa di bidang kesehatan" (not "... serupa dengan Pemkab D": D is named)
_SIGNS_ALIKE = re.compile(r"(?:\s*\([^()]{1,20}\))?[^.;,]{0,40}?\b(?:menandatangani|meneken|menjalin|menyepakati|"
                          r"membuat)\s+(?:[\w-]+\s+){1,3}?(?:yang\s+)?serupa\b(?![^.;]{0,40}?\bdengan\b)", _I)
_DRAFT_SENT_KEYS = ("draf", "rancangan", "naskah", "usulan", "konsep")
_WITNESSING = re.compile(r"\b(?:hadir|menyaksikan|saksi)\b", _I)
_NO_DOCUMENT_WITH = re.compile(r"\b(?:belum|tidak)\s+(?:ada|pernah)\b[^.;]{0,60}\bdengan\s+(?:pihak\s+)?$", _I)
# (or to sign too, still to come: "Donggala juga bisa tanda tangan", "Pemkab C juga akan meneken")
_SIGNS_TOO = re.compile(r"\s+juga\s+(?:(?:akan|bisa|dapat|segera|ingin|siap|dijadwalkan|ditargetkan)\s+){1,2}(?:ikut\s+)?"
                        r"(?:menandatangani|meneken|teken|tanda\s*tangan|bergabung)\b", _I)
# (the government right after the opening: "Adapun Pemkab Takalar ...", "Dari Buton Selatan, ...")
_NEXT_SIGNER_OPENING = re.compile(r"(?:adapun|sedangkan|sementara(?:\s+itu)?,?|dari(?:\s+pihak)?)\s+", _I)


_PARTNERS_SIDE = re.compile(r"\W*(?:sementara\s+)?dari\s+(?:pihak\s+)?(?:para\s+)?(?:mitra|daerah\s+mitra|pemerintah\s+"
                            r"daerah\s+mitra)\b", _I)
# a host with a number of governments it does not name: "Pemprov X bersama tujuh pemerintah kabupaten/kota",
# "dengan delapan pemerintah kota dan kabupaten", "Pemprov X dan Enam Kabupaten/Kota"
_COUNTED = re.compile(r"\b(?:bersama|dengan|dan|serta)\s+(?P<n>\d{1,2}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|"
                      r"sepuluh|sebelas|(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s+belas)\s+"
                      r"(?:pemerintah\s+|pemda\s+)?(?:kabupaten|kota|daerah|pemkab|pemkot|pemko|kepala\s+daerah|bupati|wali\s*kota)",
                      _I)
_COUNTED_KEYS = ("bersama ", "dengan ", "dan ", "serta ")
_UNITS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
          "sepuluh": 10, "sebelas": 11}
_LIST_AHEAD = 3  # sentences after the count in which its list is looked for


def _count_of(word: str) -> int:
    """The number a numeral writes: "tujuh" 7, "tiga belas" 13, "19" 19."""
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    if word.endswith(" belas"):
        return 10 + _UNITS[word.split()[0]]
    return _UNITS[word]


def _counted(doc: _Doc, si: int, i: int) -> frozenset | None:
    """The group of a government named alone with a number of partners left unnamed ("Pemprov X
    bersama tujuh pemerintah kabupaten/kota ...") and listed in a sentence soon after ("Kedelapan
    daerah itu adalah A, B, ..."): it with the first of the next sentences that names just that many
    other governments, else None."""
    m = doc.mentions[i]
    tail = doc.text[m.end:doc.sents[si].end]
    if not _may_hold(tail, _COUNTED_KEYS):
        return None  # (most sentences)
    n = _COUNTED.search(tail)
    if n is None:
        return None
    want, host = _count_of(n.group("n")), doc.codes[i]
    if want < 2:
        return None
    for sj in range(si + 1, min(si + 1 + _LIST_AHEAD, len(doc.sents))):
        others = {doc.codes[j] for j in doc.sentence_mentions(sj)} - {host}
        if len(others) == want:
            return frozenset(others | {host})
    listed = _items_after(doc, si)
    if len(set(listed) - {host}) == want:
        return frozenset(set(listed) | {host})  # (one an item: "... yaitu dengan:\n1. Pemerintah Kabupaten Bulungan, ...")
    return None


def _items_after(doc: _Doc, si: int) -> list[str]:
    """The first government of each item of the list that soon follows sentence ``si`` (one item a line, "1. ..."
    or "- ..."), in order; [] where no list follows."""
    listed, items = [], False
    by_sentence = doc.mentions_by_sentence()
    for sj in range(si + 1, min(len(doc.sents), si + 1 + _LIST_AHEAD_ITEMS)):
        if not _ITEM.match(doc.sents[sj].text):
            if items and "\n" not in doc.text[doc.sents[sj - 1].end:doc.sents[sj].start]:
                continue  # (the rest of an item's line: "... Artha Wibawa, S.E. (Wali Kota Denpasar)")
            if items:
                break
            continue
        items = True
        first = next((doc.codes[i] for i in by_sentence.get(sj, ())), None)
        if first is not None and first not in listed:
            listed.append(first)
    return listed


# a cooperation word, then "dengan" and the partner: "kesepakatan serupa dengan", "bekerja sama dengan"
# (not "sejalan dengan", "berkoordinasi dengan")
_PARTNER_WITH = re.compile(r"(?:(?:kerja\s*sama|kesepakatan|perjanjian|\bmou|\bpks|\bnota|kolaborasi|\bmitra|menjalin|"
                           r"menandatangani|penandatanganan|\bteken|\bmeneken|\bditeken|ditandatangani)\w*"
                           # (a word of the kind between: "kesepakatan yang sudah diteken, terutama dengan Sumbar, ...")
                           r"(?:\s+[\w-]+){0,3}?(?:,\s+(?:terutama|khususnya|termasuk|antara\s+lain))?\s+dengan\s+|"
                           # (or the one a draft is sent to: "Kami sudah mengirim draf kesepakatan bersama ke Pemprov
                           # Kalimantan Timur")
                           r"\b(?:mengirim(?:kan)?|dikirim(?:kan)?|menyampaikan|disampaikan|mengajukan|diajukan|"
                           r"menyerahkan|diserahkan)\s+(?:[\w-]+\s+){0,3}?(?:draf|draft|rancangan|naskah|usulan|konsep)\b"
                           r"[^.;]{0,40}?\s(?:ke|kepada)\s+|"
                           # ("Tiga PKS itu masing-masing diteken bersama Pemkab A, B dan C")
                           r"\b(?:diteken|ditandatangani|menandatangani|meneken)\s+bersama\s+)"
                           # (and the acting word of a head named by office: "ditandatangani bersama Pj Wali Kota Banjarbaru")
                           r"(?:(?:Pj|Plt|Pjs|Penjabat|Wakil)\.?\s+)?$", _I)


# "A meneken PKS ..., sementara B meneken PKS ...": two clauses set side by side
# (after a comma: "kesepakatan sementara" is a provisional agreement)
_WHILE = re.compile(r"[,;]\s*(?:sementara(?:\s+itu)?|sedangkan)\b", _I)


def _own_signings(doc: _Doc, si: int, idx: list[int]) -> list[list[int]]:
    """The mentions ``idx`` of sentence ``si`` in the clauses that sign each on their own: "Bupati A
    meneken PKS penerangan jalan, sementara Wali Kota B meneken PKS air bersih" tells of two
    signings (each with someone else), not one of A with B. One part when the sentence has no
    such clauses ("A menandatangani MoU dengan B, sedangkan PKS akan disusun": one signing)."""
    low = doc.lows[si]
    if not doc.sign[si]:
        return [idx]  # (most sentences)
    s, ms = doc.sents[si], doc.mentions
    if "sementara" in low or "sedangkan" in low:
        parts = _signing_parts(doc, si, idx, [m.start() for m in _WHILE.finditer(s.text)])
        if parts:
            return parts
    # "Sumbar-Riau teken kesepakatan, Limapuluh Kota-Kampar teken PKS": clauses that each sign between
    # governments of their own
    if len(idx) >= 4 and ("," in s.text or ";" in s.text):
        parts = _signing_parts(doc, si, idx, [k for k, ch in enumerate(s.text) if ch in ",;"])
        if parts and all(len({doc.codes[i] for i in part}) >= 2 for part in parts) \
                and not set.intersection(*({doc.codes[i] for i in part} for part in parts)):
            return parts
        doc.parts.pop(si, None)
    return [idx]


def _signing_parts(doc: _Doc, si: int, idx: list[int], cuts: list[int]) -> list[list[int]] | None:
    """The mentions ``idx`` of sentence ``si`` in the parts its ``cuts`` make, the parts without a
    government joined to the one before; None unless two parts or more are left, each signing."""
    s, ms = doc.sents[si], doc.mentions
    bounds = [0] + cuts + [len(s.text)]
    parts, spans = [], []
    for a, b in zip(bounds, bounds[1:]):
        part = [i for i in idx if a <= ms[i].pstart - s.start < b]
        if part or not spans:
            parts.append(part)
            spans.append([a, b])
        else:
            spans[-1][1] = b
    signs = [_SIGN.search(s.text[a:b]) is not None for a, b in spans]
    if len(parts) < 2 or not all(signs) or not all(parts):
        return None
    doc.parts[si] = [(a, b, frozenset(doc.codes[i] for i in part)) for (a, b), part in zip(spans, parts)]
    return parts


# a guest at the signing: "turut hadir Wali Kota C", "Wali Kota C juga menghadiri ...", "dihadiri Bupati D"
_GUEST_BEFORE = re.compile(r"\b(?:turut|juga|ikut|tampak|pula)\s+(?:hadir|menyaksikan)\b|\bhadir\s+(?:pula|juga)\b|"
                           r"^\W*hadir\b|\bdihadiri\b|\bdidampingi\b", _I)
# (not "..., turut hadir Sekda B": a capitalised name after the guest word is the guest, written after it)
# (read within the sentence, so a period is an abbreviation's: "Bupati A Frans Mote, S.E. dan ... turut hadir")
_GUEST_AFTER = re.compile(r"[^;]{0,120}?(?:\b(?:(?:turut|juga|ikut|tampak|pula)\s+(?:hadir|menyaksikan)|hadir\s+(?:pula|juga)|"
                          r"menyaksikan)\b(?![\s,:]*(?-i:[A-Z]))|\bmenghadiri\b|\bmendampingi\b)", _I)
# what a party does: a guest who does it is no guest ("Hadir pula Bupati Magelang ..., yang pada kesempatan
# itu juga melakukan kesepakatan dengan Pemkab Kulon Progo")
_ACTS = _Cue(r"menandatangani|\bmeneken|\bteken\b|menyepakati|bersepakat|\bsepakat\b|"
             r"melakukan\s+(?:kesepakatan|penandatanganan|perjanjian|kerja\s*sama)|\bdengan\b|\bantara\b")
_THEIR_OWN = _Cue(r"\b(?:kedua|ketiga|keempat)\s+(?:daerah|pemerintah|pemda|pihak|belah\s+pihak|kepala\s+daerah|"
                  r"wilayah|kabupaten|kota|provinsi)|masing-masing")


def _guest(doc: _Doc, si: int, i: int, idx: list[int]) -> bool:
    """Whether the government named by mention ``i`` only attends (turut hadir, hadir pula, menghadiri,
    mendampingi, dihadiri oleh ...): no party unless it signs or agrees itself, and none after the
    guest word does either ("didampingi Sekda, menandatangani MoU dengan Wali Kota B": B is a party)."""
    s, m = doc.sents[si], doc.mentions[i]
    later = [doc.mentions[j].pstart for j in idx if doc.mentions[j].pstart > m.end and doc.codes[j] != doc.codes[i]]
    own = doc.text[m.end:later[0] if later else s.end]
    if _ACTS.search(own):
        return False  # it signs or agrees itself (up to the next government named)
    before = doc.text[s.start:m.pstart]
    for g in _GUEST_BEFORE.finditer(before):
        if not _ACTS.search(before[g.end():]):
            return True
    after = _GUEST_AFTER.match(doc.text, m.end, s.end)
    return bool(after) and not _ACTS.search(after.group())


# a government said to stand outside an agreement: "Kota C tidak termasuk dalam kesepakatan ini",
# "Kabupaten D belum dilibatkan", "Kabupaten E tidak memiliki kerja sama dengan Pemprov A", "tanpa
# melibatkan Kota C"; (?P<obj>) marks the verbs whose object, the partner, stands outside too
_NOT_PARTY = re.compile(
    r"\b(?:tidak|tak|belum|bukan|tanpa)\s+(?:(?:pernah|lagi|akan|masih|pula)\s+)?(?:"
    r"termasuk|terlibat|dilibatkan|diikutsertakan|diikutkan|diajak|(?:ikut|turut)\s+(?:serta|dalam|bergabung|menandatangani)|"
    r"menjadi\s+(?:pihak|bagian|anggota)\b|bagian\s+dari|(?:(?:sebuah|suatu|bentuk)\s+)?kerja\s*sama\b|"
    r"(?P<obj>melibatkan|mengikutsertakan|mengajak|bekerja\s*sama|ada\s+(?=kerja\s*sama|kesepakatan|perjanjian)|"
    # ("kerja sama dengan NTB tidak mengganggu program Pemerintah Provinsi Jawa Timur")
    r"(?:mengganggu|menghambat|mengurangi|menggantikan)(?:\s+(?:program|kebijakan|rencana|kewenangan|urusan))?|"
    # ("Kerja sama ini ... tidak terkait dengan Kota Serang")
    r"(?:terkait|berkaitan|berhubungan)\s+dengan|"
    r"(?:memiliki|mempunyai|punya|menjalin|menandatangani|melakukan)\s+(?:\w+\s+)?"
    r"(?:kerja\s*sama|kesepakatan|perjanjian|mou|pks|nota)))|"
    # one still to join: "Teken Kesepakatan dengan PPU dan Paser, Kukar Menyusul" (not "menyusul banjir ...",
    # following an event)
    r"\b(?:(?:akan|segera|baru)\s+)?menyusul(?=\s*(?:[,.;:]|$|kemudian\b|belakangan\b))|\b(?:akan|segera|baru)\s+menyusul\b", _I)
# the partner of a negated cooperation told back: "... belum ada perjanjian khusus dengan daerah tersebut"
_THAT_REGION = re.compile(r"[^.;]{0,40}?\bdengan\s+(?:pemerintah\s+)?(?:daerah|kabupaten|kota|provinsi|pemkab|pemkot|"
                          r"pemko|pemprov)\s+(?:tersebut|itu)\b", _I)
# ... or told by their kind: "tanpa ada kerja sama apa pun antara daerah asal dan kota tujuan"
_BETWEEN_THEM = re.compile(r"[^.;]{0,40}?\bantara\s+(?:kedua(?:nya)?|daerah|kabupaten|kota|provinsi|pemerintah|pemkab|"
                           r"pemkot|pemko|pemprov)\b", _I)
# a headline part that tells of one still to come: "..., Donggala Masih Tahap Draf"
_STILL = re.compile(r"\b(?:masih|belum|menyusul|draf|draft|dijajaki|rencana|segera)\b")
_NOBODY = frozenset()
# (or none could be: "tidak ada berita acara kesepakatan yang bisa ditandatangani hari ini")
_REFUSED = re.compile(r"\b(?:(?:tidak|tak)\s+akan|menolak|enggan)\s+(?:pernah\s+)?(?:menandatangani|meneken|teken|"
                      r"tanda\s*tangan)\b|\b(?:tidak|tak)\s+ada\b[^.;]{0,60}?\byang\s+(?:bisa|dapat)\s+"
                      r"(?:ditandatangani|diteken)\b", _I)
_OWNED_BY = re.compile(r"\b(?:milik|dimiliki(?:\s+oleh)?|kepunyaan)\s+(?:(?:pemerintah|pemda)\s+)?$", _I)
# an organisation's name and the short name it is given in brackets: "Politeknik ... (Polman Babel)"
# (the bracket found first: re finds its mark fast, and the organisation's words are tested only before one)
_BRACKETED_NAME = re.compile(r"\((?P<short>[A-Z][a-z]\w+(?:\s+[A-Z]\w*)?)\)")
_ORG_BEFORE = re.compile(r"\b(?:Politeknik|Universitas|Institut|Sekolah\s+Tinggi|Akademi|PT|Perum|Perumda|Bank|Yayasan|"
                         r"Koperasi|Rumah\s+Sakit|Lembaga|Balai)\s+(?:[A-Z][\w.&'-]*\s+){0,7}?$")
# (the government a report or a document is sent to)
_REPORTED_TO = re.compile(r"\b(?:melaporkan|dilaporkan|menyampaikan|disampaikan|mengirimkan|dikirim|diserahkan|"
                          r"menyerahkan|mengusulkan|diusulkan|ditembuskan)(?:nya)?\b[^.;]{0,100}?\b(?:kepada|ke)\s+"
                          r"(?:(?:(?-i:[A-Z])[\w.]*|serta|dan)\s+){0,6}$", _I)
_BUFFER_OF = re.compile(r"\b(?:daerah|kawasan|wilayah)\s+penyangga\s+(?:bagi\s+|untuk\s+)?$", _I)
_THROUGH = re.compile(r"\bmelalui\s+(?:(?:(?-i:[A-Z])[\w.]*|dan|serta)\s+){0,8}$")
_REPORT_KEYS = ("lapor", "sampaikan", "kirim", "serahkan", "usul", "tembuskan")
_AS_GUEST_KEYS = ("sebagai undangan", "sebagai saksi", "sebagai peninjau", "sebagai pengamat", "sebagai tamu",
                  "untuk melihat", "untuk belajar", "untuk mempelajari")
_AS_GUESTS = re.compile(r"\b(?:hadir|bersifat|hanya|datang|bertindak)\s+(?:\w+\s+)?sebagai\s+(?:tamu\s+)?(?:undangan|saksi|"
                        r"peninjau|pengamat)\b|"
                        # (or come to learn from it: "Wakil Bupati Sorong Selatan ... mengatakan pihaknya hadir untuk melihat
                        # langsung pola kerja sama Kab. Sorong dan Kota Sorong")
                        r"\b(?:hadir|datang)\s+(?:\w+\s+)?untuk\s+(?:melihat|belajar|mempelajari)\b", _I)
_COPIED_KEYS = ("ditiru", "dicontoh", "diikuti", "direplikasi", "contoh bagi", "model bagi", "inspirasi bagi")
_NOT_KEYS = _REPORT_KEYS + _AS_GUEST_KEYS + (
             "bantah", "tepis", "hoaks", "apresiasi", "menyambut baik", "memuji", "tidak", "tak ", "belum", "bukan",
             "tanpa", "menyusul", "fasilita", "telaah", "konsultasi", "masih", "draf", "dijajaki", "rencana", "segera",
             "digelar",
             "diselenggarakan", "dihelat", "diadakan", "penyangga", "bedakan", "samakan", "nyamakan", "tertukar") + _COPIED_KEYS
# a government that facilitates or reviews the agreement of others: "difasilitasi Pemprov Jateng", "melalui
# telaah Biro Pemerintahan Setda Provinsi Kalimantan Barat" (the office's name may come first), and the
# subject of "memfasilitasi" / "menjadi fasilitator"
# (or consulted on it: "draf kesepakatan juga sudah dikonsultasikan ke Biro Pemerintahan Setda Provinsi X")
_FACILITATES = re.compile(r"\b(?:difasilitasi|fasilitasi|ditelaah|telaah|dikonsultasikan\s+(?:ke|kepada|dengan))\s+"
                          r"(?:(?:oleh|dari)\s+)?"
                          r"(?:(?:(?-i:[A-Z])[\w-]*|dan)\s+){0,7}$", _I)
_COPIED_BY = re.compile(r"\b(?:ditiru|dicontoh|diikuti|direplikasi|(?:menjadi\s+)?(?:contoh|model|inspirasi)\s+bagi)\s+(?:oleh\s+)?"
                        r"(?:daerah|kabupaten|kota|pemda|pemerintah\s+daerah|provinsi)(?:/kota)?\s+lain(?:nya)?\b", _I)
_HELD_KEYS = ("digelar", "diselenggarakan", "dihelat", "diadakan")
# (or the government itself: "di sela Rapat Koordinasi ... yang digelar Pemerintah Provinsi Kaltim")
_HELD_BY = re.compile(r"\b(?:digelar|diselenggarakan|dihelat|diadakan)\s+(?:oleh\s+)?(?:(?-i:Biro|Bagian|Sekretariat|Setda|"
                      r"Bappeda|Badan|Dinas)\b(?:\s+(?:(?-i:[A-Z])[\w-]*|dan))*\s+)?$", _I)
_FACILITATOR = re.compile(r"[\s,]*(?:yang\s+)?(?:juga\s+)?(?:memfasilitasi|(?:menjadi|bertindak\s+sebagai|selaku)\s+"
                          r"fasilitator)\b", _I)
# between the subject and its negation: "Kota C, yang juga tidak termasuk ..."
_ASIDE_BEFORE = re.compile(r",\s*yang\s+[^,.;]{1,80},\s*$")
_SUBJECT_GAP = re.compile(r"[\s,:]*(?:(?:yang|juga|pun|masih|sendiri|sama\s+sekali|hingga\s+kini|sejauh\s+ini)[\s,]+)*",
                          _I)
# the turn to the negation of the subject's own clause: "..., tetapi tidak termasuk ..."
_BUT_NOT = re.compile(r",\s*(?:tetapi|tapi|namun|meski(?:pun)?)\s+(?:(?:ia|juga|masih|sama\s+sekali)\s+)?$", _I)
_AND = re.compile(r"\s*(?:,?\s*dan|,?\s*serta|&)\s*", _I)
_AND_OR_DASH = re.compile(r"\s*(?:,?\s*dan|,?\s*serta|&|[-–])\s*", _I)  # (and "Tapin-HSS: Bukan Kerja Sama")
# praise of another's cooperation ("mengapresiasi langkah Pemkot B ..."; not "menyambut baik kerja sama dengan B",
# the praiser's own)
_PRAISE_KEYS = ("apresiasi", "menyambut baik", "memuji")
_PRAISE = re.compile(r"\b(?:mengapresiasi|menyambut\s+baik|memuji)\s+(?!(?:[\w-]+\s+){0,2}?dengan\b)(?:[\w-]+\s+){0,3}?"
                     r"(?=(?:pemerintah|pemkab|pemkot|pemko|pemprov|kabupaten|kota|provinsi|para|kedua|ketiga)\b)", _I)
# governments told apart ("keliru membedakan Kabupaten Serang dengan Kota Serang"); not one compared with, who may
# have an agreement of its own ("Ia membandingkannya dengan Makassar dan Gowa, yang ... sudah punya perjanjian")
# (or likened: "orang luar sering menyamakan Kota Solok dengan Kabupaten Solok"; each key is one of _NOT_KEYS)
_COMPARED_KEYS = ("bedakan", "samakan", "nyamakan", "tertukar")
_COMPARED = re.compile(r"\b(?:membedakan|dibedakan|menyamakan|disamakan|tertukar)\b", _I)
# a cooperation reported and denied: "Kabar ... soal MoU antara Pemkab A dan Pemkab B dibantah Sekda A", "Bupati A
# membantah adanya kesepakatan dengan Pemkab B"
_DENY_KEYS = ("bantah", "tepis", "tidak benar", "hoaks")
_DENIED = re.compile(r"\b(?:kabar|isu|informasi|berita|rumor|klaim)\b[^.;]{0,200}?(?=\b(?:dibantah|ditepis|tidak\s+benar|"
                     r"hoaks)\b)|\b(?:membantah|menepis)\s+(?:(?:adanya|ada|telah|sudah|pernah)\s+)?(?:\w+\s+)?"
                     r"(?:kerja\s*sama|kesepakatan|perjanjian|mou|pks|nota)\b[^.;]{0,120}", _I)
_AND_OR_COMMA = re.compile(r"\s*(?:,|,?\s*dan|,?\s*serta|&)\s*", _I)
_CLAUSE_END = re.compile(r";|,\s*(?:sedangkan|sementara|namun|tetapi|tapi|adapun|melainkan|padahal)\b", _I)


def _not_parties(doc: _Doc, si: int) -> set[int]:
    """The mentions of governments that sentence ``si`` says stand outside the agreement: the subject
    of a negated membership or cooperation ("Kota C dan Kabupaten D tidak termasuk ..."), and the
    partner of a negated cooperation, up to the end of its clause ("E tidak memiliki kerja sama
    dengan A")."""
    s, ms, text = doc.sents[si], doc.mentions, doc.text
    idx = doc.sentence_mentions(si)
    out = set()
    if s.text.count(",") == 1 and not s.text.rstrip().endswith(_SENTENCE_ENDS) and not _table_row(s.text):
        # a headline of two parts: "Pemkot Palu Teken Kesepakatan dengan Sigi, Donggala Masih Tahap Draf"
        # (the part after the comma tells of one still to come)
        cut = s.text.find(",")
        head, tail = doc.lows[si][:cut], doc.lows[si][cut:]
        if _holds(head, _AGREE_KEYS) and not _holds(tail, _AGREE_KEYS) and (
                _STILL.search(tail) or " dengan " in head and _WITH_OTHER.search(s.text, 0, cut)):
            # (or the first part is one government's signing with others: "Lutim Teken MoU dengan PT Vale dan
            # Unhas, Jajaki Jalan Tembus ke Morut")
            out.update(i for i in idx if ms[i].pstart - s.start > cut)
    for neg in _NOT_PARTY.finditer(s.text):
        at = s.start + neg.start()
        before = [i for i in idx if ms[i].end <= at]
        if before and (aside := _ASIDE_BEFORE.search(text, s.start, at)) is not None:
            # the subject before an aside on it, the aside's places none either: "Kabupaten Parigi Moutong, yang
            # berbatasan dengan Sigi, tidak diikutkan dalam evaluasi ini"
            subject = [i for i in before if ms[i].end <= aside.start()]
            if subject and not text[ms[subject[-1]].end:aside.start()].strip():
                out.update(i for i in before if ms[i].pstart >= ms[subject[-1]].pstart)
                continue
        if before and ms[before[0]].pstart == s.start and (turn := _BUT_NOT.search(s.text, 0, neg.start())) \
                and not _CLAUSE_END.search(s.text, 0, turn.start()):
            # the sentence's subject, after what else is told of it: "Kabupaten Wakatobi, yang dulu juga
            # bagian dari Kabupaten Buton, beberapa kali hadir sebagai peninjau ..., tetapi tidak termasuk
            # dalam kesepakatan"
            out.add(before[0])
        if before and _SUBJECT_GAP.fullmatch(text, ms[before[-1]].end, at):
            k = len(before) - 1
            out.add(before[k])
            # the subject is a list: "Kota C, Kota D dan Kabupaten E", "Pemerintah Kota C (Pemkot C)";
            # a comma alone before the last is no list ("Berbeda dengan Kota B, Kabupaten C tidak ...")
            joins = _AND_OR_DASH
            while k > 0 and (doc.codes[before[k - 1]] == doc.codes[before[k]]
                             or joins.fullmatch(text, ms[before[k - 1]].end, ms[before[k]].pstart)):
                if doc.codes[before[k - 1]] != doc.codes[before[k]]:
                    joins = _AND_OR_COMMA
                k -= 1
                out.add(before[k])
        if neg.group("obj"):
            end = _CLAUSE_END.search(s.text, neg.end())
            stop = s.start + (end.start() if end else len(s.text))
            after = [i for i in idx if s.start + neg.end() <= ms[i].pstart < stop]
            out.update(after)
            if not after and before and _THAT_REGION.match(s.text, neg.end()):
                out.add(before[-1])  # "pasien dari Kabupaten C, meski belum ada perjanjian dengan daerah tersebut"
            elif not after and before and _BETWEEN_THEM.match(s.text, neg.end()):
                # "warga asal Kabupaten A dan B berobat di Kota C tanpa ada kerja sama apa pun antara daerah
                # asal dan kota tujuan": all the governments it told of
                out.update(before)
    if _holds(doc.lows[si], _AS_GUEST_KEYS) and (guests := _AS_GUESTS.search(s.text)):
        # those who came as guests or witnesses: "Kehadiran Wali Kota Tarakan serta perwakilan Bupati Nunukan dan Bupati
        # Bulungan bersifat sebagai undangan dan saksi"
        # (not a region an aside names: "Kabupaten Wakatobi, yang dulu juga bagian dari Kabupaten Buton, ... hadir sebagai
        # peninjau")
        out.update(i for i in idx if ms[i].pstart - s.start < guests.start()
                   and "yang " not in text[max(s.start, ms[i].pstart - 40):ms[i].pstart])
    if "penyangga" in doc.lows[si]:
        # the one a region buffers, no partner: "sebagai daerah penyangga Kota Pontianak, Kubu Raya harus cermat ..."
        out.update(i for i in idx if _BUFFER_OF.search(text, max(s.start, ms[i].pstart - 30), ms[i].pstart))
    if _holds(doc.lows[si], _REPORT_KEYS) and (" kepada " in doc.lows[si] or " ke " in doc.lows[si]):
        # the one reported to: "Bagian Kerja Sama Sleman melaporkan pelaksanaan kerja sama kepada DPRD setiap semester
        # dan kepada Gubernur DIY setiap tahun"
        for i in idx:
            if _REPORTED_TO.search(text, max(s.start, ms[i].pstart - 140), ms[i].pstart) \
                    or out and any(doc.codes[j] == doc.codes[i] for j in out) \
                    and _THROUGH.search(text, max(s.start, ms[i].pstart - 100), ms[i].pstart):
                # (and the office it goes through: "ke Gubernur Sumut melalui Biro Pemerintahan ... Setdaprov Sumut")
                out.add(i)
    if _holds(doc.lows[si], _PRAISE_KEYS) and (m := _PRAISE.search(s.text)):
        # (the one who praises the step of others, named after it: "Pj Gubernur A mengapresiasi langkah Pemkot
        # B yang aktif menjalin kerja sama")
        at = s.start + m.start()
        if any(ms[i].pstart >= at for i in idx):
            out.update(i for i in idx if ms[i].end <= at)
    if _holds(doc.lows[si], _COMPARED_KEYS):
        # the governments told apart: "warga masih sering keliru membedakan Kabupaten Serang dengan Kota Serang"
        # (up to the end of the clause)
        for m in _COMPARED.finditer(s.text):
            end = _CLAUSE_END.search(s.text, m.end())
            stop = end.start() if end else len(s.text)
            out.update(i for i in idx if m.end() <= ms[i].pstart - s.start < stop)
    if _holds(doc.lows[si], _DENY_KEYS):
        for m in _DENIED.finditer(s.text):
            out.update(i for i in idx if m.start() <= ms[i].pstart - s.start < m.end())
    if "fasilita" in doc.lows[si] or "telaah" in doc.lows[si] or "konsultasi" in doc.lows[si]:
        for i in idx:
            if _FACILITATES.search(text, max(s.start, ms[i].pstart - 80), ms[i].pstart) \
                    or _FACILITATOR.match(text, ms[i].end):
                out.add(i)
    if _holds(doc.lows[si], _COPIED_KEYS) and (copied := _COPIED_BY.search(s.text)):
        # the others a cooperation is held up to, named after them: "Ia berharap kerja sama serupa dapat ditiru
        # daerah lain, termasuk Kota Palembang dan Kabupaten Banyuasin"
        out.update(i for i in idx if ms[i].pstart - s.start >= copied.start())
    if _holds(doc.lows[si], _HELD_KEYS):
        # the office that held the meeting: "dalam Rapat Koordinasi ... yang digelar Biro Pemerintahan dan
        # Otonomi Daerah Setda Provinsi Sulsel"
        out.update(i for i in idx if _HELD_BY.search(text, max(s.start, ms[i].pstart - 90), ms[i].pstart))
    return out


# a partner named before the host, as one besides the partner after it: "Tak hanya dengan Pemkab A,
# Pemkab B juga menjajaki kerja sama dengan Pemkab C", "Selain dengan A, ...", "Setelah dengan A, ..."
_BESIDES = re.compile(r"\W*(?:(?:tak|tidak|bukan)\s+(?:hanya|cuma|sekadar)|selain|setelah|sesudah|usai)\s+"
                      r"(?:(?:bekerja\s*sama|berkolaborasi|bermitra)\s+)?dengan\s+", _I)
_BESIDES_WORDS = ("tak ", "tidak ", "bukan ", "selain ", "setelah ", "sesudah ", "usai ")
_WITH_BEFORE = re.compile(r"\bdengan\s+$", _I)


def _besides(doc: _Doc, s, seq):
    """(the host's pairs with the partners named before it, the rest of ``seq``) for "Tak hanya
    dengan A, HOST juga ... dengan B", else None."""
    if len(seq) < 2 or not s.text.lstrip("\"“'‘( ")[:8].lower().startswith(_BESIDES_WORDS):
        return None  # (most sentences open otherwise)
    ms = [doc.mentions[i] for _, i in seq]
    if not _BESIDES.fullmatch(doc.text, s.start, ms[0].pstart):
        return None
    # the partners named first: "dengan A", "dengan A dan B", "dengan A, B dan C" (a list ends with
    # "dan": the comma after A in "dengan A, HOST ..." closes the clause)
    n, k = 1, 1
    while k < len(ms) and _AND_OR_COMMA.fullmatch(doc.text, ms[k - 1].end, ms[k].pstart):
        k += 1
        if _AND.fullmatch(doc.text, ms[k - 2].end, ms[k - 1].pstart):
            n = k
    host = next((c for (c, _), m in zip(seq[n:], ms[n:])
                 if not _WITH_BEFORE.search(doc.text, max(s.start, m.pstart - 12), m.pstart)), None)
    if host is None:
        return None
    return [frozenset((host, c)) for c, _ in seq[:n] if c != host], seq[n:]


_ALL_OF_N = re.compile(r"\b(?P<n>ketiga|keempat|kelima)\s+(?:provinsi|daerah|pemerintah|pemda|kabupaten|kota|pihak|"
                       r"kepala\s+daerah|gubernur|bupati|wali\s*kota)\b", _I)
_ORDINAL_N = {"ketiga": 3, "keempat": 4, "kelima": 5}


def _one_of_all(doc: _Doc, n: int) -> bool:
    """Whether a signing sentence of the article tells of one document of all ``n`` governments a sentence
    names: "A resmi menjalin kerja sama dengan B dan C. Kesepakatan Bersama ketiga provinsi
    diteken di Samarinda" (one joint document, not a pair with each); not one signed by each apart."""
    if n < 3:
        return False
    if doc.joint_counts is None:
        doc.joint_counts = {_ORDINAL_N[m.group("n").lower()]
                            for sj, sent in enumerate(doc.sents) if doc.sign[sj] and doc.kind_terms(sj)
                            and not _EACH.search(sent.text) for m in _ALL_OF_N.finditer(sent.text)}
    return n in doc.joint_counts


# documents counted: "menandatangani tiga Kesepakatan Bersama sekaligus dengan tiga kabupaten"
_N_DOCUMENTS = re.compile(r"\b(dua|tiga|empat|lima|enam|tujuh|[2-9])\s+(?:buah\s+)?(?:naskah\s+)?(?:kesepakatan|nota|naskah|"
                          r"dokumen|mou|pks|perjanjian)\b", _I)


def _one_document_a_partner(sentence: str, partners: int) -> bool:
    """Whether the sentence counts as many documents as the host has partners: one each, not one of all
    ("Pemkab A menandatangani tiga Kesepakatan Bersama sekaligus dengan tiga kabupaten ..., yakni B, C dan D")."""
    m = _N_DOCUMENTS.search(sentence)
    if m is None:
        return False
    word = m.group(1).lower()
    return (int(word) if word.isdigit() else _UNITS.get(word)) == partners


def _hosted(doc: _Doc, si: int, seq) -> list[frozenset]:
    """Pairs of "HOST ... dengan A dan B" (each of A, B with the host), else []; and of "masing-masing
    antara HOST dengan A, B dan C"."""
    if len(seq) < 3:
        return []  # (most sentences: fewer than three governments)
    codes = [c for c, _ in seq]
    s = doc.sents[si]
    if len(set(codes)) < 3 or len(set(codes)) != len(codes) or (_JOINT.search(s.text) and not _EACH.search(s.text)
                                                               and not _one_document_a_partner(s.text, len(codes) - 1)):
        return []
    ms = [doc.mentions[i] for _, i in seq]
    host_end = ms[0].end
    gap = doc.text[host_end:ms[1].pstart]
    # (in turn, as this sentence or the one before naming no one tells: "Kesepakatan ditandatangani secara
    # bergantian. Wali Kota A lebih dulu meneken dokumen bersama Bupati B, disusul Pj Bupati C")
    in_turn = _IN_TURN.search(s.text) or si > 0 and not doc.sentence_mentions(si - 1) \
        and _IN_TURN.search(doc.sents[si - 1].text)
    if in_turn and _HOST_SIGNS_WITH.match(gap):
        # the host signs with each in turn: every government after it is a partner, whatever is told of
        # the signers between them ("Wakil Bupati C ... yang mewakili bupati, serta Wali Kota D")
        return [frozenset((codes[0], c)) for c in codes[1:]]
    if not _HOST_WITH.match(gap) and not (_BARE_WITH.fullmatch(gap) and _EACH.search(doc.text, s.start, ms[0].pstart)):
        return []
    for a, b in zip(ms[1:], ms[2:]):
        gap = doc.text[a.end:b.pstart]
        if not (_LIST_ONLY.match(gap) or _LIST_NAMED.match(gap)):
            return []
    return [frozenset((codes[0], c)) for c in codes[1:]]


_N_PARTIES = re.compile(r"\b(?P<n>tiga|empat|lima|enam|tujuh|delapan)\s+(?:pihak|pemerintah\s+daerah|pemda)\b", _I)


def _consolidate(groups: list[frozenset], explicit: set | None = None,
                 named: dict | None = None, signing: set | None = None,
                 documents: dict | None = None, told: set = frozenset(),
                 counted: set = frozenset(), joint: set = frozenset()) -> list[frozenset]:
    """The party sets of the agreements. ``explicit``: groups a sentence pairs off itself
    ("X dengan Y dan X dengan Z"); only those turn a larger group into pairs around a hub.
    ``named``: how often each region is named as a government; a region named once,
    in a group that a smaller, more often named group lies inside, is a passing mention.
    ``signing``: groups named in a signing sentence; a pair of one hub's partners is an
    agreement of its own only there ("Kampar dan Pekanbaru telah menandatangani ...").
    ``documents``: the kinds of document each group's own sentences name; a group inside a larger
    one that names only other documents is an agreement of its own ("Kesepakatan Bersama antara
    A, B dan C ... PKS antara A dan B"); so is one of ``told``, the groups told back as all of them
    ("Kedua kota menandatangani ..."). ``counted``: groups their sentence counts ("tiga pihak") or tells as one
    document ("satu naskah"), no passing mention of the one named least nor pairs around a hub; ``joint``: those of
    them beside pairs told signed apart, each pair inside one a document of its own."""
    uniq = list(dict.fromkeys(groups))
    explicit = set(uniq) if explicit is None else explicit
    named = named or {}
    dropped = set()
    partners = {}  # region -> the regions of the explicit pairs it is in
    for h in explicit:
        if len(h) == 2:
            for c in h:
                partners.setdefault(c, set()).update(h)
    for g in uniq:
        # "dengan Kukar ..., dengan Samarinda ...": the partners of one hub listed together,
        # each already paired with the hub, are no agreement among themselves
        hubs = set.intersection(*(partners.get(c, set()) for c in g)) if partners else set()
        if hubs - g and (len(g) >= 3 or signing is None or g not in signing):
            dropped.add(g)
            continue
        if len(g) < 3 or g in counted:
            continue  # (and one document of them all, beside their pairs' own)
        for h in uniq:
            if len(h) >= 2 and h < g and groups.count(h) > groups.count(g) \
                    and all(named.get(c, 0) <= 1 for c in g - h):
                dropped.add(g)
                break
        if g in dropped:
            continue
        # "Kaltim-Sulsel Teken Kesepakatan Pangan, Samarinda Amankan Pasokan Beras dari Sidrap": the
        # headline of two agreements of their own, each told more often than all four together
        if len(g) >= 3 and _told_apart(g, [h for h in uniq if h < g and len(h) >= 2], groups, signing):
            dropped.add(g)
            continue
        if len(g) >= 3 and signing is not None and g not in signing and groups.count(g) == 1 and all(
                any(c in h and h != g and not g <= h and groups.count(h) >= 2 for h in uniq) for c in g):
            # a headline naming the parties of several agreements, each told more often on its own, and
            # no signing of them all: "Speedboat Ternate–Tidore hingga Rujukan Kesehatan Morotai"
            dropped.add(g)
            continue
        # the hub is the region in most of the smaller groups
        for hub in sorted(g, key=lambda c: -sum(1 for h in groups if h < g and c in h)):
            parts = [h for h in uniq if h < g and hub in h and h in explicit]
            # (with the hub's pairs told on their own: "A dan B menandatangani ... Sementara itu, kesepakatan
            # dengan C dan D batal diteken" beside a headline of all four)
            pairs = [h for h in uniq if h < g and hub in h and len(h) == 2]
            if len(parts) >= 2 and (frozenset().union(*parts) == g or frozenset().union(*pairs) == g):
                # pairwise around a hub: the other subsets are not agreements either
                dropped.add(g)
                dropped.update(h for h in uniq if h < g and hub not in h)
                break
    keep = [g for g in uniq if g not in dropped]
    if len(keep) < 2:
        return keep  # (most articles: one agreement)
    documents = documents or {}
    # (a pair inside one document of them all, where the pairs' own are told signed apart, is of a document of its own:
    # "menandatangani tiga kesepakatan bersama secara terpisah ... Kali ini mereka menandatangani satu naskah")
    return [g for g in keep if g in told or not any(g < h and h not in joint
                                                    and not _own_document(documents.get(g), documents.get(h))
                                                    for h in keep)]


def _told_apart(g: frozenset, inside: list[frozenset], groups: list[frozenset], signing: set | None = None) -> bool:
    """Whether ``g`` is the union of two or more disjoint groups ``inside`` it, each told as often as
    ``g`` at least and one more often: "Sulbar-Sulsel Bertukar Naskah Kesepakatan Bersama, Polman-Pinrang
    dan Mamasa-Tator Ikut Teken PKS" beside the sentences of each pair.

    >>> a, b, c = frozenset("ab"), frozenset("cd"), frozenset("ef")
    >>> _told_apart(a | b | c, [a, b, c], [a | b | c, a, a, b, c, c]), _told_apart(a | b, [a, b], [a | b, a, b])
    (True, False)
    """
    n = groups.count(g)
    parts = sorted((h for h in inside if groups.count(h) >= n), key=lambda h: (-groups.count(h), sorted(h)))
    chosen = []
    for h in parts:
        if all(h.isdisjoint(x) for x in chosen):
            chosen.append(h)
    if len(chosen) >= 2 and frozenset().union(*chosen) == g and any(groups.count(h) > n for h in chosen):
        return True
    # or pairs around one host: "Kulon Progo dan Purworejo Sepakat ..., Penandatanganan dengan Magelang
    # Ditunda" beside the sentences of each pair; or each told signing where all together are told of
    # no signing ("Mempawah Merajut Kerja Sama dengan Tetangga, dari Singkawang sampai Landak")
    apart_signed = signing is not None and g not in signing
    for hub in g:
        pairs = [h for h in parts if len(h) == 2 and hub in h]
        if len(pairs) >= 2 and frozenset().union(*pairs) == g and (
                any(groups.count(h) > n for h in pairs) or apart_signed and all(h in signing for h in pairs)):
            return True
    return False


def _own_document(inner: set | None, outer: set | None) -> bool:
    """Whether a group inside another, whose sentences name the documents ``inner`` (the larger
    one's: ``outer``), is told of a document of its own: both name one, and none is the same; or the
    larger one's sentences name none and the smaller one's a PKS ("kerja sama antara A, B dan C ... PKS
    antara Dinas LH B dan Dinas LH C": the PKS of two of the MoU's three).

    >>> _own_document({"pks"}, {"mou"}), _own_document({"mou"}, {"mou", "pks"}), _own_document(set(), {"mou"})
    (True, False, False)
    >>> _own_document({"pks"}, set()), _own_document({"mou"}, set())
    (True, False)

    A signed document of the smaller one beside only a plan of the larger one is its own too ("Ketiga daerah ...
    akan membahas rancangan kerja sama SPAM Regional" beside the pair's MoU and PKS).

    >>> _own_document({"mou", "pks"}, {"plan"})
    True
    """
    if outer == {"plan"} and inner and inner - {"plan"}:
        return True
    return bool(inner) and (inner.isdisjoint(outer) if outer else inner == {"pks"})


def _term_spans(sentence: str, low: str) -> tuple[list[tuple[int, str]], list[int] | None]:
    """(position, 'mou'|'pks') of the kind terms in a sentence, glosses resolved, and where each ends in the sentence (None
    when a gloss was masked: "perjanjian kerja sama (MoU)" is read as "PKS" and spaces)."""
    if not _holds(low, _TERM_KEYS):
        return [], []  # every kind term holds one of these
    masked = sentence
    if "perjanjian" in low and ("mou" in low or "memorandum" in low):
        masked = _PKS_GLOSS.sub(lambda m: "PKS" + " " * (len(m.group()) - 3), sentence)
        low = masked.lower()
    found, ends = [], []
    for m in _TERM.finditer(masked, low):  # (in order of position)
        kind = _KIND_OF[m.re]
        if found and found[-1][1] == kind and _GLOSS_GAP.fullmatch(masked, ends[-1], m.start()):
            continue  # "perjanjian kerja sama (PKS)", "Kesepakatan Bersama atau MoU": one document
        found.append((m.start(), kind))
        ends.append(m.end())
    return found, ends if masked is sentence else None


_GLOSS_GAP = re.compile(r"\s*(?:\(|/|\batau\b)\s*", _I)
_BARE_MOU = re.compile(r"mou\b|memorandum\s+of\s+understanding", _I)
_PKS_CALLED_MOU = re.compile(r"perjanjian\s+kerja\s*sama\s*(?:\(|atau|/)\s*(?:mou|memorandum\s+of\s+understanding)\b", _I)
_MOU_OWN_NAME = re.compile(r"kesepakatan\s+bersama|nota\s+kesepa|kesepakatan\s+kerja\s*sama", _I)


def _mou_is_pks(text: str, low: str) -> bool:
    """Whether the article calls its Perjanjian Kerja Sama "MoU" and names no MoU by an Indonesian term:
    then every bare "MoU" of it is that PKS ("Pemkot A dan Pemkab B Teken MoU" over "menandatangani
    Perjanjian Kerja Sama (MoU) ..."); the Indonesian term decides the kind.

    >>> t = "Teken MoU. Keduanya meneken Perjanjian Kerja Sama (MoU)."
    >>> _mou_is_pks(t, t.lower()), _mou_is_pks(t + " Kesepakatan Bersama juga diteken.", "perjanjian")
    (True, False)
    """
    return "perjanjian" in low and _PKS_CALLED_MOU.search(text) is not None \
        and not any(_MOU_OWN_NAME.search(line) and not _WITH_OTHER.search(line) for line in text.splitlines())


# (the -nya forms open a clause of their own: "Targetnya, kesepakatan bisa ditandatangani ...")
# (a clause so opened may name the document at more length: "Targetnya, naskah itu bisa ditandatangani",
# but not one already signed: "Rencananya, kesepakatan yang sudah diteken ...")
_NOT_YET = re.compile(r"(?:(?:\bakan|ditargetkan|direncanakan|rencana(?:nya)?|jadwalkan(?:\s+ulang)?|segera|\bnanti(?:nya)?|"
                      r"diperkirakan|memperkirakan|"
                      r"belum|target(?:nya|kan)?|sebelum|persiapan|\bbatal(?:nya)?|\bgagal(?:nya)?|\burung(?:nya)?|"
                      # ("sudah menyatakan kesiapan untuk menandatangani": ready, not signed)
                      r"\bkesiapan|\bsiap|\bbersedia|"
                      r"\btidak\s+jadi|\btinggal|\bagar|"
                      r"\bsupaya|\b(?:tidak|tak)\s+(?:dapat|bisa|sempat|bersedia|mau|ingin)|\b(?:menunda|ditunda)|"
                      # (or no authority to: "Sekda ... mengaku tidak mendapat mandat untuk menandatangani")
                      r"\b(?:tidak|tak)\s+(?:[\w-]+\s+){0,2}?(?:mandat|wewenang|kewenangan|kuasa)|"

                      r"\bpaling\s+lambat|selambat-lambatnya|\b(?:bulan|pekan|minggu|tahun)\s+(?:depan|mendatang)|"
                      # (or no signing at all: "Tantangan kita bukan lagi menandatangani, tetapi ...")
                      r"\bbukan(?:\s+lagi|\s+sekadar|\s+hanya)?|"
                      # (or one feared: "Jangan sampai MoU ditandatangani, tapi beras tetap tidak sampai")
                      r"\bjangan(?:\s+sampai|\s+hanya)?)"
                      # ("sudah bisa" is still a target: "Kami targetkan Juli sudah bisa ditandatangani")
                      r"\s+(?:(?!(?:yang|telah|akhirnya|kini|resmi|lalu)\b|sudah\b(?!\s+(?:bisa|dapat)\b))[\w-]+\s+){0,5}|"
                      r"(?:rencana|target|nanti|sedia)nya\s*[,:]\s*"
                      r"(?:(?!(?:yang|telah|sudah|tadi)\b)\w+\s+){0,4})$", _I)
_QUESTION = re.compile(r"(?:^|[\s:(\"“])(?:kapan|apakah|bagaimana|berapa|siapa|mengapa|kenapa|bisakah|sudahkah)\b", _I)
# a word each alternative holds (ditargetkan, direncanakan and sebelum hold target, rencana and belum)
# ("menunda" holds no "tunda": the t of the stem drops after me-)
_NOT_YET_KEYS = ("akan", "target", "rencana", "jadwalkan", "segera", "nanti", "belum", "persiapan", "batal", "gagal",
                 "urung", "jadi", "sedianya", "tinggal", "agar", "supaya", "tidak", "tak ", "tunda", "nunda", "lambat", "siap",
                 "bersedia",
                 "depan", "mendatang", "bukan", "perkira", "jangan")


def _may_hold(text: str, keys: tuple[str, ...]) -> bool:
    """False when ``text`` holds none of ``keys`` in any case: a test far cheaper than an IGNORECASE
    regex that needs one of them (which tries each of its words at every position)."""
    low = text.lower()
    for key in keys:
        if key in low:
            return True
    return not _aligned(text)  # "ſegera": IGNORECASE reads an s there, lower() does not


def _signed(sentence: str, low: str | None = None) -> bool:
    """Whether a signing word in the sentence tells of a signing that took place (not "akan ditandatangani",
    "penandatanganan dijadwalkan pekan depan", "jika MoU diteken")."""
    return next(_done_signings(sentence, low), None) is not None


def _word_start(text: str, i: int) -> int:
    """Where the word holding ``i`` starts: a signing word's match may begin inside it ("di|tandatangani")."""
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return i


def _done_signings(sentence: str, low: str | None = None):
    """The matches of the signing words of ``sentence`` that tell of a signing that took place (_not_yet)."""
    for m in _SIGN.finditer(sentence, low):
        start = _word_start(sentence, m.start())
        if not _not_yet(sentence, start, m.end()) and not (
                ("acara" in sentence or "keputusan" in sentence or "komitmen" in sentence or "pakta" in sentence)
                and _MINUTES.match(sentence, m.end())) \
                and not ("surat" in sentence and _LETTER_SIGNED.search(sentence, max(0, start - 80), start)):
            yield m


# the minutes of a meeting signed, no document of cooperation: "Musrenbang ditutup dengan penandatanganan berita
# acara kesepakatan prioritas pembangunan"
# (and a council's decision: "Persetujuan ditandai penandatanganan keputusan DPRD oleh pimpinan dewan")
# (and a pledge of the participants of a meeting: "Rakor ditutup dengan penandatanganan lembar komitmen")
# (nor a letter: "Pencabutan itu dituangkan dalam surat Bupati Bengkalis yang ditandatangani Senin (13/10)")
_LETTER_SIGNED = re.compile(r"\bsurat\b(?![^.;,]{0,60}?\b(?:kesepakatan|perjanjian|pernyataan\s+kehendak)\b)[^.;,]{0,60}?"
                            r"\byang\s+(?:telah\s+|sudah\s+)?$", _I)
_MINUTES = re.compile(r"\w*\s+(?:\w+\s+)?(?:berita\s+acara|(?:surat\s+)?keputusan\s+(?:dprd|dewan|bersama\s+dprd)|"
                      r"lembar\s+komitmen|pakta\s+integritas)\b", _I)


def _not_yet(sentence: str, start: int, end: int) -> bool:
    """Whether the signing word at ``start``..``end`` is of a signing still to come or only supposed:
    "akan ditandatangani", "Penandatanganan dijadwalkan ...", "diteken pekan depan", "Jika MoU
    diteken, ...", "Setelah kesepakatan diteken, baru disusun PKS" (a step of what is to come), "Semoga
    MoU diteken bulan Juni", "Belum ada satu pun PKS yang diteken", "tidak dapat menandatangani karena ...",
    "Kami jadwalkan ulang penandatanganan"."""
    before = sentence[max(0, start - 40):start]
    if _may_hold(before, _NOT_YET_KEYS) and _NOT_YET.search(before):
        return True
    if ("sejak" in before or "terhitung" in before) and _SINCE_SIGNED.search(before):
        return True  # the signing as the day a term counts from: "Perjanjian berlaku ... terhitung sejak tanggal ditandatangani"
    if sentence.endswith("?") and _QUESTION.search(sentence, 0, start):
        return True  # a question, not a report: "Kapan PKS itu diteken, Pak Sekda?"
    clause = sentence[max(0, start - 80):start]
    if _may_hold(clause, _HOPE_KEYS) and _HOPE.search(clause):
        return True  # ("Mudah-mudahan semester pertama tahun ini bisa diteken")
    if ("menunggu" in before or "menanti" in before) and _WAITED_FOR.search(before):
        return True  # one waited for: "sambil menunggu kesepakatan resmi ditandatangani" (not "menunggu apakah ...")
    if "yang" in clause and _may_hold(clause, _MEANS_KEYS) and _MEANS_TO_MAKE.search(clause) \
            and not _DAY_TOLD.match(sentence, end):
        return True  # the document agreed on, to be made: "sepakat menuangkan kerja sama itu dalam satu naskah yang ditandatangani ..."
    if "undang" in clause and _INVITED.search(clause):
        return True  # an invitation: "kami mengundang Bapak Bupati Agam untuk berkenan hadir dan menandatangani ..."
    if "dasar" in clause and _BASIS_FOR.search(clause):
        return True  # what an approval allows: "menjadi dasar bagi Bupati Sumbawa Barat untuk menandatangani PKS ..."
    if sentence[:1] == "K" and _DIKTUM.match(sentence):
        return True  # a decree's order ("KEEMPAT : Bupati ... menyampaikan salinan PKS yang telah ditandatangani ..."): to be done
    if start < 40 and sentence.startswith(("Dokumen ini", "Surat ini", "Naskah ini")) \
            and _E_SIGNED.match(sentence, _word_start(sentence, start)):
        return True  # the letter's own mark: "Dokumen ini telah ditandatangani secara elektronik menggunakan ..."
    if start < 120 and _PLAN_SUBJECT.match(sentence, 0, start):
        return True
    if start < 120 and sentence.lstrip("\"“ ")[:1] in "PpMmBbTtLl" and _COMING_OPENING.match(sentence):
        return True  # a time to come opening the sentence: "Pekan Depan, Kota Sorong dan Raja Ampat Teken Kesepakatan"
    if start < 120 and sentence.lstrip("\"“ ")[:1] in "TtKk" and _TARGET_OPENING.match(sentence) \
            and not _WHICH_WAS.search(sentence, max(0, start - 24), start):
        # a target opening the sentence: "Targetnya kuartal pertama tahun ini PKS perhubungan sudah bisa diteken" (not
        # what was signed, "Targetnya, setiap PKS yang sudah diteken berjalan tahun ini")
        return True
    if start < 200 and sentence.lstrip("\"“ ")[:1] in "SsMmKk" and _SUPPOSED_OPENING.match(sentence):
        # "Sedianya, pada kesempatan yang sama Pemkab A juga menandatangani ..." (and did not); and hearsay,
        # '"Katanya sudah teken MoU dengan Kabupaten Keerom"'
        return True
    if start < 160 and _may_hold(sentence[:24], _IF_KEYS) and (opening := _IF_OPENING.match(sentence)) \
            and opening.end() <= start:
        return True  # a signing on a condition: "Kalau lancar, penandatanganan bisa dilakukan April"
    if _may_hold(clause, _NONE_KEYS) and (_NONE_SIGNED.search(clause) or _TARGET_CLAUSE.search(clause)):
        return True
    noun = sentence[start:start + 16].lower().startswith(("penandatanganan", "tanda tangan", "tandatangan"))
    if sentence[start:start + 16].lower().startswith("penandatangan") and _PROPOSED.match(sentence, end):
        return True  # who is to sign, proposed: "Penandatangan PKS kami usulkan Kepala Dinas PUPR masing-masing"
    if noun and (_SCHEDULED.match(sentence, end) or _FURNITURE.search(sentence, max(0, start - 24), start)
                 or _SCHEDULED_THEN_OFF.match(sentence, end) or _PUT_OFF_AFTER.match(sentence, end)):
        return True
    if noun and _TOPIC.search(sentence, max(0, start - 30), start):
        return True  # the signature as a topic: "Rahman tidak terlalu peduli soal naskah dan tanda tangan"
    if noun and start < 3 and _ONLY_A_START.match(sentence, end):
        return True  # any signing, told of in general: "Tanda tangan hanyalah awal."
    if _may_hold(sentence[end:end + 50], _COMING_KEYS) and _COMING.match(sentence, end):
        return True
    if _may_hold(clause, _SUPPOSED_KEYS):
        if _IF.search(clause):
            return True
        if not noun and _LATER_THEN_AFTER.search(sentence, max(0, start - 160), start) \
                and not _DAY_TOLD.match(sentence, end):
            return True  # "jadwal kapal akan disusun bersama setelah kesepakatan ditandatangani": a step to come
        # ("Usai penandatanganan, keduanya akan ...": after the signing of the day)
        return not noun and _AFTER_THAT.search(clause) is not None and _THEN_LATER.match(sentence, end) is not None
    return False


_SINCE_SIGNED = re.compile(r"\b(?:sejak|semenjak|terhitung(?:\s+(?:sejak|mulai))?)\s+(?:tanggal\s+|saat\s+)?$", _I)
# a sentence opened by its condition: "Kalau lancar, ...", "Jika draf disetujui DPRD, ..." (up to its comma)
_IF_KEYS = ("jika", "kalau", "bila", "andai")  # (each word _IF_OPENING opens with holds one)
_IF_OPENING = re.compile(r"\W*(?:jika|jikalau|kalau|apabila|bila|seandainya|andaikan)\b(?:(?!\byang\b)[^,.;:])*,", _I)
_COMING_OPENING = re.compile(r"\W*(?:(?:pekan|minggu|bulan|tahun)\s+(?:depan|mendatang)|besok|lusa)\b", _I)
_TARGET_OPENING = re.compile(r"\W*(?:targetnya|target\s+(?:kami|kita)|(?:kami|kita)\s+targetkan)\b", _I)
_WHICH_WAS = re.compile(r"\byang\s+(?:(?:telah|sudah|pernah)\s+)?$", _I)
# a sentence of what was to be: "Sedianya, ...", "Seharusnya ..."
_SUPPOSED_OPENING = re.compile(r"\W*(?:sedianya|semestinya|seharusnya|mestinya|katanya)\b", _I)
# a plan as the subject: "SOFIFI - Rencana Pemerintah Provinsi Maluku Utara (Pemprov Malut) menandatangani
# kesepakatan ... tidak berjalan mulus" (after a dateline, up to the signing word in one clause)
_PLAN_SUBJECT = re.compile(r"(?:[^-–—\n]{2,40}\s[-–—]\s*)?(?:rencana|wacana|usulan|usul)\s+(?!yang\b)[^,;:.]*$", _I)
# the clause of a signing word opened by "if": "Jika naskah itu ditandatangani, ..." (not a "yang"
# clause inside it, which tells of the document: "Jika melihat MoU yang diteken tahun lalu, ...")
_IF = re.compile(r"\b(?:jika|jikalau|apabila|bila|kalau|seandainya|andaikan|manakala|begitu)\b(?:(?!\byang\b)[^,;.:])*$", _I)
# or by "after", with what then follows still to come: "Setelah MoU diteken, baru (akan) disusun PKS";
# not "Usai MoU diteken, keduanya langsung menandatangani PKS"
_AFTER_THAT = re.compile(r"\b(?:setelah|sesudah|usai|seusai|selepas|pasca)\b(?:(?!\byang\b)[^,;.:])*$", _I)
# (or after what is still to come: "PKS akan disusun setelah kesepakatan ditandatangani")
_LATER_THEN_AFTER = re.compile(r"\b(?:akan|bakal|nanti(?:nya)?|baru)\b[^,;.:]{0,80}?\b(?:setelah|sesudah|seusai|selepas)\b"
                               r"(?:(?!\byang\b)[^,;.:])*$", _I)
# (not of a signing whose day is told: "... akan menyusun PKS setelah MoU diteken hari ini")
_DAY_TOLD = re.compile(r"\w*\s+(?:\w+\s+){0,4}?(?:hari\s+ini|tadi|kemarin|pada|lalu|\(|\d)", _I)
# (no day of the signing before the comma: "Setelah MoU diteken hari ini, keduanya akan ...")
# or the speaker's wish for then: "Setelah kesepakatan diteken, kami dorong ada PKS"
_THEN_LATER = re.compile(r"(?:(?!\b(?:pada|tadi|kemarin|hari\s+ini|lalu)\b)[^,;.\d])*,\s*(?:(?:\w+\s+){0,3}?"
                         r"(?:baru|barulah|akan|nanti|nantinya|bakal)|(?:kami|kita)\s+(?:\w+\s+)?"
                         r"(?:dorong|harap\w*|ingin|minta|upayakan|targetkan|usulkan))\b", _I)
_PROPOSED = re.compile(r"[^.;]{0,40}?\b(?:kami\s+|akan\s+)?(?:usulkan|diusulkan|usul|diajukan|ajukan)\b", _I)
_BASIS_FOR = re.compile(r"\b(?:dasar|landasan)\s+(?:hukum\s+)?(?:bagi|untuk)\b[^.;]{0,60}$", _I)
_DIKTUM = re.compile(r"KE(?:SATU|DUA|TIGA|EMPAT|LIMA|ENAM|TUJUH|DELAPAN)\s*:")
# a document the parties mean to make, told with the signing it is to have ("sepakat menuangkan kerja sama itu
# dalam satu naskah yang ditandatangani bersama"); not one made since ("... yang telah ditandatangani")
_WAITED_FOR = re.compile(r"\b(?:menunggu|menanti(?:kan)?)\s+(?!apakah\b|hasil\b)(?:[\w-]+\s+){0,3}$", _I)
_MEANS_KEYS = ("sepakat", "berencana", "ingin", "hendak")
_MEANS_TO_MAKE = re.compile(r"\b(?:sepakat|berencana|bersepakat|ingin|hendak)\s+(?:untuk\s+)?(?:menuangkan|membuat|menyusun|"
                            r"merumuskan|menyiapkan|mengikat\w*)\b[^.;:]{0,100}?\byang\s+(?:akan\s+)?$", _I)
_INVITED = re.compile(r"\b(?:mengundang|diundang|undangan)\b[^.;]{0,80}$", _I)
_E_SIGNED = re.compile(r"\w+\s+secara\s+elektronik\b", _I)
# a signing only hoped for: "Mudah-mudahan sebelum Juni sudah bisa ditandatangani" (not one done that a
# hope is told of: "Semoga kerja sama yang telah diteken ini ...")
_HOPE = re.compile(r"\b(?:mudah-mudahan|semoga|moga-moga|harapannya|diharapkan|berharap|(?:kami|kita|saya)\s+harap)\b"
                   r"(?:(?!\b(?:yang|telah|tadi)\b)[^,;.:])*$", _I)
_HOPE_KEYS = ("mudah", "semoga", "moga", "harap")
# none signed: "Hingga kini belum ada satu pun PKS yang diteken"
_NONE_SIGNED = re.compile(r"\b(?:belum|tidak|tak|tanpa)\s+(?:pernah\s+)?(?:ada|satu\s+pun|memiliki|mempunyai|punya)\b"
                          r"[^,.;:]{0,60}?\byang\s+"
                          r"(?:(?:sudah|telah|pernah|bisa|dapat)\s+)?$", _I)
# a clause set to be done: "Draf ditargetkan rampung pada September dan diteken ..." (not one done since:
# "yang ditargetkan rampung Juni akhirnya diteken")
_TARGET_CLAUSE = re.compile(r"\b(?:ditargetkan|dijadwalkan|direncanakan|diupayakan)\b"
                            r"(?:(?!\b(?:telah|sudah|yang|akhirnya|kini|resmi|lalu)\b)[^,.;:])*$", _I)
_NONE_KEYS = ("belum", "tidak", "tak ", "tanpa", "ditargetkan", "dijadwalkan", "direncanakan", "diupayakan")
_SUPPOSED_KEYS = ("jika", "bila", "kalau", "andai", "manakala", "begitu", "setelah", "sesudah", "usai", "selepas",
                  "pasca")


# "ditandatangani pada Juni mendatang", "diteken pekan depan": signed on a day still to come
# (not how long it runs: "diteken berlaku hingga tahun depan")
_COMING = re.compile(r"\w*\s+(?:pada\s+)?(?:(?:awal|akhir|pertengahan)\s+)?"
                     r"(?:(?!berlaku|hingga|sampai|selama|untuk)\w+\s+){0,2}?"
                     r"(?:mendatang\b|(?:minggu|pekan|bulan|tahun)\s+depan\b|dalam\s+waktu\s+dekat\b|"
                     r"sebelum\s+(?:(?:awal|akhir|pertengahan)\s+)?(?:minggu|pekan|bulan|tahun)\s+(?:ini|depan)\b|"
                     r"sebelum\s+(?:awal|akhir|pertengahan)\s+(?:minggu|pekan|bulan|tahun)\b(?!\s+(?:lalu|\d))|"
                     r"paling\s+lambat\b)", _I)
_COMING_KEYS = ("mendatang", "depan", "dekat", "sebelum", "lambat")
# what the signing noun names a thing for: "meja penandatanganan", "jadwal penandatanganan"
# (or the stage of the work it is: "mendampingi penyusunan naskah hingga tahap penandatanganan")
# (or what a work should go beyond: "tidak berhenti pada penandatanganan nota kesepakatan", "bukan sebatas tanda tangan")
_TOPIC = re.compile(r"\b(?:soal|perihal|urusan|sekadar|peduli|berhenti\s+(?:pada|di)|sebatas|hanya\s+sampai(?:\s+pada)?)"
                    r"\s+(?:[\w-]+\s+){0,2}$", _I)
# (or the subject of what it only is: "Tanda tangan hanyalah awal", "Penandatanganan bukanlah tujuan akhir")
# (not "Penandatanganan baru dilakukan akhir Juni": a signing done)
_ONLY_A_START = re.compile(r"\w*\s+(?:hanyalah|hanya|bukan(?:lah)?|sekadar)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:awal|langkah|permulaan|formalitas|seremoni\w*|simbol\w*|tujuan)\b", _I)
# (or what is set up for it: "Balai Kota yang telah ditata untuk acara penandatanganan")
# (and an item of an invitation or an agenda: "acara : Penandatanganan Kesepakatan Bersama")
_FURNITURE = re.compile(r"\b(?:acara|kegiatan|hal|perihal)\s*:\s*$|\b(?:meja|kursi|panggung|jadwal|agenda|undangan|gladi|tahap|kolom|lembar|"
                        r"(?:untuk|bagi|menjelang|jelang)(?:\s+(?:acara|prosesi|seremoni))?)\s+$", _I)


# "Penandatanganan (MoU) dijadwalkan pekan depan": the signing noun, then its schedule
# (or put off: "Namun penandatanganan ditunda karena ...", "penandatanganan batal digelar")
_SCHEDULED = re.compile(r"\w*(?:\s+(?!telah|sudah|yang)[\w–-]+){0,8}?\s+(?:akan|bakal|dijadwalkan|direncanakan|"
                        r"ditargetkan|rencananya|rencana|ditunda|tertunda|diundur|batal|dibatalkan|urung|targetkan|"
                        r"jadwalkan|rencanakan|diharapkan|diperkirakan|kemungkinan|paling\s+cepat)\b", _I)


# (or called off after the document's whole title, no clause between: "Penandatanganan Perjanjian Kerja Sama (PKS)
# antara Pemerintah Kota Ternate dan ... tentang layanan transportasi laut speedboat dan ... batal dilaksanakan")
_PUT_OFF_AFTER = re.compile(r"[^.;,]{0,200}?\s(?:batal|dibatalkan|ditunda|diundur|tertunda)\s+(?:dilaksanakan|digelar|"
                            r"dilakukan|diadakan)\b", _I)
# (its schedule told in a clause, then put off: "Penandatanganan PKS ... antara A dan B yang dijadwalkan Jumat
# (18/10/2024) ditunda")
_SCHEDULED_THEN_OFF = re.compile(r"[^.;]{0,240}?\byang\s+(?:dijadwalkan|direncanakan|semula)\b[^.;]{0,100}?"
                                 r"\b(?:ditunda|diundur|batal|dibatalkan|tertunda)\b", _I)


_LAW_CITED = re.compile(r"\b(?:Peraturan\s+(?:Pemerintah|Menteri(?:\s+Dalam\s+Negeri)?|Presiden)|Permendagri|"
                        r"PP\s+(?:Nomor\s+|No\.?\s*)?\d+|UU\s+(?:Nomor\s+|No\.?\s*)?\d+|Undang-Undang\s+Nomor)\b")
# (or many of them: "Banyak kesepakatan bersama yang tidak pernah punya PKS")
_EVERY_BEFORE = re.compile(r"\b(?:setiap|semua|seluruh|banyak|kebanyakan|sebagian\s+besar)\s+$", _I)
_AS_MEANT = re.compile(r"\s+sebagaimana\s+dimaksud\b", _I)


def _cites_law(sentence: str) -> bool:
    """Whether the sentence cites a law or regulation ("PP Nomor 28 Tahun 2018", "Permendagri 22/2020")."""
    return ("Per" in sentence or "PP " in sentence or "UU " in sentence or "Undang" in sentence) \
        and _LAW_CITED.search(sentence) is not None


# the stages of cooperation told in general: "Secara umum, tahapannya adalah: penjajakan, penyusunan dan
# penandatanganan Kesepakatan Bersama oleh kepala daerah, ..."
_STAGES = re.compile(r"\btahap(?:an)?(?:nya)?(?:\s+kerja\s*sama(?:\s+daerah)?)?\s*(?:adalah|meliputi|yaitu|yakni|terdiri|:)", _I)


def _after_law(doc: _Doc, si: int) -> bool:
    """Whether sentence ``si`` goes on, in the paragraph of a sentence citing a law, with no government named
    between: what the law sets out ("PP Nomor 28 Tahun 2018 sudah memberi jalan yang jelas. Kesepakatan bersama
    hanyalah pintu masuk. Pelaksanaannya ada di PKS, ...")."""
    sents = doc.sents
    while si > 0 and "\n" not in doc.text[sents[si - 1].end:sents[si].start] and not doc.sentence_mentions(si - 1):
        si -= 1
        if _cites_law(sents[si].text):
            return True
    return False


_NTH_OPENING = re.compile(r"\s*(?:(?:Pertama|Kedua|Ketiga|Keempat|Kelima)\s*[,:]|\(?[a-h][.)]\s)")  # (not "Kedua daerah")


_AFTER_SIGNED_THEN = re.compile(r"\bsetelah\s+(?:pks|perjanjian(?:\s+kerja\s*sama)?|kesepakatan(?:\s+bersama)?|mou|naskah)"
                                r"(?:\s+[\w-]+){0,3}?\s+(?:ditandatangani|diteken)\b"
                                # (not one told with its day: "Setelah kesepakatan bersama diteken hari ini, ... akan")
                                r"(?!\s*,?\s*(?:hari\s+ini|kemarin|tadi|pada|di|pekan|bulan|tahun|senin|selasa|rabu|kamis|"
                                r"jumat|sabtu|minggu)\b)(?=[^.]*\b(?:akan|nantinya)\b)", _I)


_CARRIED_OUT_BEFORE = re.compile(r"\b(?:pelaksanaan|implementasi|penerapan|evaluasi)\s+$", _I)


def _told_to_come_before(doc: _Doc, si: int, kind: str) -> bool:
    """Whether the last sentence before ``si`` (of the six) naming a document of ``kind`` names it as still to come."""
    for sj in range(si - 1, max(-1, si - 7), -1):
        facts = [later for k, later in doc.kind_facts(sj)[1] if k == kind]
        if facts:
            return facts[-1] is True
    return False


def _pks_to_come_before(doc: _Doc, si: int) -> bool:
    """Whether the sentence before ``si`` (or the one before the items between) names only PKS still to come."""
    for sj in range(si - 1, max(-1, si - 4), -1):
        facts = doc.kind_facts(sj)[1]
        if facts and sj != si - 1 and _NTH_OPENING.match(doc.sents[sj].text):
            continue  # (an item before: "Pertama, ..." before "Kedua, ...")
        return bool(facts) and all(kind == "pks" and later is True for kind, later in facts)
    return False


_FOLLOWED_UP_ON_DAY = re.compile(r"\b(?:menindaklanjuti(?:nya)?|ditindaklanjuti)\s+(?:dengan\s+)?(?:penandatanganan\s+)?"
                                 r"(?:Perjanjian\s+Kerja\s*Sama|PKS)(?:\s+\([A-Za-z]{2,5}\))?\s+pada\s+"
                                 r"(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu),?\s+)?\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d\b", _I)
_NEXT_UNNAMED = re.compile(r"(?:-?nya)?\s+(?:berikutnya|selanjutnya)\s*(?:[.,;]|$)", _I)
_AMONG_REGIONS = re.compile(r"\s+antar[\s-]?(?:daerah|pemda|pemerintah\s+daerah|wilayah|kabupaten|kota)\b", _I)


def _kind_facts(doc: _Doc, si: int) -> tuple[int, list[tuple[str, bool | str]]]:
    """What one sentence says of the kind: (PKS count, [(kind term, still to come)]), one per kind
    term of the sentence; still to come is True, False, or _COURSE for a document only wished,
    charged or told as the MoU's course (no plan). Whether it signs is read apart (_Doc.signed),
    and so are its words of planning (_plans): they count only where nothing is signed."""
    t = doc.sents[si].text
    low = doc.lows[si]
    terms = []
    aligned = len(low) == len(t)  # no letter grew in lower case ("İ"): low[:pos] is t[:pos].lower()
    ends = doc.term_ends(si)
    found = doc.kind_terms(si)
    # (documents told of in general, in a sentence naming no government: "PP Nomor 28 Tahun 2018 ... membedakan
    # antara kesepakatan bersama ... dan perjanjian kerja sama", "Setiap kesepakatan bersama seharusnya ...")
    unnamed = bool(found) and not doc.sentence_mentions(si)
    general = unnamed and (_cites_law(t) or _after_law(doc, si) or "tahap" in low and _STAGES.search(t) is not None
                           # (and a sentence on every document, all its documents told in general: "Pertama, setiap
                           # kesepakatan sebaiknya lahir bersama rencana PKS dan tenggat waktunya")
                           or ("setiap" in low or "semua" in low or "seluruh" in low) and _EVERY_DOCUMENT.search(t))
    for k, (pos, kind) in enumerate(found):
        if k and terms and ends and ends[k - 1] is not None and t[ends[k - 1]:pos] in (", ", " (", " - ", " – "):
            terms.append(terms[-1])  # the one before spelled out: "Harus ada PKS, perjanjian kerja sama, yang ..."
            continue
        before = t[:pos]
        if general or unnamed and _EVERY_BEFORE.search(before, max(0, pos - 12)) or "sebagaimana" in low and ends \
                and _AS_MEANT.match(t, ends[k]) or unnamed and "antar" in low and ends and ends[k] is not None \
                and _AMONG_REGIONS.match(t, ends[k]) and not doc.signed(si):
            # (and documents of a class: "MoU Antardaerah yang Berhenti di Meja Seremoni", "MoU antardaerah sering
            # berhenti di tanda tangan")
            # (and one an agreement's clause refers back to: "(2) Perjanjian Kerja Sama sebagaimana dimaksud pada
            # ayat (1) ...", the course its (1) told)
            terms.append((kind, _COURSE))
            continue
        if ("harus" in low or "perlu" in low or "wajib" in low or "mesti" in low) \
                and _MUST_EXIST.search(before, max(0, pos - 24)):
            terms.append((kind, _COURSE))  # "Harus ada PKS, perjanjian kerja sama, yang diteken kepala dinas": one demanded
            continue
        if _NONE_OF.search(before, max(0, pos - 30)) or ends and ends[k] is not None and _NONE_YET.match(t, ends[k]) \
                or _may_hold(before[-50:], _NOT_PUT_IN_KEYS) and _NOT_PUT_IN.search(before, max(0, pos - 50)) \
                or _may_hold(before[-90:], _NEVER_KEYS) and (
                never := _NEVER_REACHED.search(before, max(0, pos - 90))) and not _SIGN.search(before, never.end()):
            # "lalu tidak ada PKS", "belum satu pun PKS ...": no such document, signed or planned; nor one
            # never come to ("tidak pernah melangkah ke tahap berikutnya, yaitu Perjanjian Kerja Sama")
            terms.append((kind, _COURSE))
            continue
        if ends and ends[k] is not None and ("berikut" in low or "selanjut" in low) and _NEXT_UNNAMED.match(t, ends[k]):
            terms.append((kind, _COURSE))  # the next ones, unnamed: "disertai satu PKS dan jadwal penyusunan PKS berikutnya"
            continue
        if ends and ("lahir" in low or "terwujud" in low or "terbit" in low) and _NEVER_BORN.match(t, ends[k]):
            terms.append((kind, _COURSE))  # "perjanjian kerja sama yang seharusnya mengatur ... belum juga lahir"
            continue
        if "sempat" in low or "pernah" in low or "kunjung" in low:
            end = ends[k] if ends else None
            if _past_draft(t, pos, end) or _NEVER_BEGUN.match(t, end if end is not None else pos + 3):
                # (nor one whose work never began: "pembahasan PKS tak pernah dimulai")
                terms.append((kind, _COURSE))
                continue
        low_before = low[:pos] if aligned else before.lower()
        later = bool(_future_after_signing(before, low_before)
                     or _future_term(t, pos, ends[k] if ends else None,
                                     found[k + 1][0] if k + 1 < len(found) else None)
                     or doc.sign[si] and not doc.signed(si) and _signed_later(t, pos))
        if later and kind == "pks" and si in doc.followed_up:
            # a follow-up told with its day, done (_Doc.followed_up): "keduanya menindaklanjutinya dengan Perjanjian Kerja
            # Sama pada 14 Januari 2020"
            later = False
        if later and (_AIM.search(before, 0, low[:pos]) or _MUST.search(before, 0, low[:pos])
                      or _FOLLOW_UP.search(t, 0, low)) and not _TARGETED.search(t, 0, low):
            # "berharap kesepakatan segera ditindaklanjuti dengan PKS": a wish, not a plan; and so is
            # a charge ("kesepakatan harus segera ditindaklanjuti dengan PKS"), and the course every
            # MoU takes ("akan dijabarkan dalam PKS oleh perangkat daerah", "Nanti turunannya berupa
            # PKS"): no one has set a document going, as a draft, a target or a date would say
            later = _COURSE
        if later is True and _CARRIED_OUT_BEFORE.search(before, max(0, pos - 24)):
            later = False  # (the carrying out of one in force: "akan membentuk tim teknis untuk memantau pelaksanaan PKS")
        if not later and " | " in t and (columns := _row_columns(doc, si)) and (
                _PLAN_COLUMN.search(_column(columns, pos)) or _IN_PROCESS.fullmatch(_date_cell(t, columns))):
            # (a table's column of plans: "... | Rencana 2025 | ..." over "Penyusunan dan penandatanganan PKS"; and a
            # row whose day is still to come: "| 6 | Pemkot Bima | Kesepakatan Bersama | Dalam proses | ...")
            later = True
        terms.append((kind, later))
    if "setelah" in low and terms and (after := _AFTER_SIGNED_THEN.search(t)) is not None:
        # what is to be done once a document is signed: "setelah PKS ditandatangani, masing-masing pihak akan membentuk
        # tim teknis" (the signing still to come)
        terms = [(kind, True if not later and after.start() <= pos < after.end() else later)
                 for (pos, _), (kind, later) in zip(found, terms)] if len(found) == len(terms) else terms
    if terms and si and not terms[0][1] and _THIS_DOCUMENT.match(t) and _told_to_come_before(doc, si, terms[0][0]):
        # the document told back is the one still to come named before: "... menuntaskan pembahasan draf PKS ... PKS
        # tersebut merupakan tindak lanjut Kesepakatan Bersama yang telah ditandatangani ..."
        terms[0] = (terms[0][0], True)
    if terms and si and _NTH_OPENING.match(t) and any(kind == "pks" and not later for kind, later in terms) \
            and _pks_to_come_before(doc, si):
        # the PKS told one by one after those still to come: "... menyepakati dua perjanjian kerja sama (PKS) yang akan
        # disusun ... Pertama, PKS penyediaan air baku ... Kedua, PKS penanggulangan bencana ..."
        terms = [(kind, True if kind == "pks" and not later else later) for kind, later in terms]
    n_pks = 1
    if terms and any(kind == "pks" for kind, _ in terms):  # "dua PKS" names PKS
        for m in _COUNT.finditer(t):
            w = m.group(1).lower()
            n_pks = max(n_pks, _NUMBERS.get(w) or int(w))
        if "masing-masing" in low and (each := _ONE_EACH_PKS.search(t)) \
                and len(fields := sectors_in(t[:each.start()])) > 1:
            # one for each field before: "Untuk bidang pendidikan dan bidang perhubungan, ... masih menyiapkan
            # masing-masing satu perjanjian kerja sama tersendiri"
            n_pks = max(n_pks, len(fields))
        if ("kedua" in low or "ketiga" in low) and all(later is True for kind, later in terms if kind == "pks"):
            # the second PKS still to come is another: "Terkait usulan PKS kedua, yaitu angkutan umum ..." (not "PKS
            # kedua daerah", of both, nor "draf ketiga PKS", the draft's; "PKS kedua diteken" is told as it is)
            nth = _nth(doc, si, len(t))
            n_pks = max(n_pks, nth + 1 if nth else 1)
    return n_pks, terms


def _signed_later(sentence: str, pos: int) -> bool:
    """Whether the document named at ``pos`` is the object of a signing word just before it, in a sentence whose
    signing words all tell of a signing still to come (the caller knows): "... ditargetkan ditandatangani dalam
    bentuk PKS pada Juni mendatang"."""
    off = max(0, pos - 40)
    window = sentence[off:pos]
    sign = None
    for sign in _SIGN.finditer(window):
        pass  # (the last one before the document)
    if sign is None or "," in window[sign.end():] or ";" in window[sign.end():]:
        return False
    start = _word_start(sentence, off + sign.start())
    # (the signing as a noun, "Rencana penandatanganan PKS ...": the signing's schedule tells)
    return not sentence.startswith(("penandatangan", "Penandatangan", "tanda", "Tanda"), start)


def _future_after_signing(before: str, low: str) -> bool:
    """Whether a word of time to come stands before a document named after ``before`` with no signing word
    after it: "... setiap kesepakatan yang diteken hari ini segera diturunkan menjadi PKS" (the PKS is to
    come; not "akan menandatangani PKS", whose signing tells)."""
    m = _FUTURE.search(before, 0, low)
    while m is not None:
        if m.group().lower() == "menindaklanjuti" and not before[m.end():].strip():
            # (the document followed up is the one before: "PKS tersebut menindaklanjuti Kesepakatan Bersama ...")
            m = _FUTURE.search(before, m.end(), low)
            continue
        sign = _SIGN.search(before, m.end(), low)
        if sign is None:
            return True
        m = _FUTURE.search(before, sign.end(), low)
    return False


def _plans(doc: _Doc, si: int) -> bool:
    """Whether the sentence has words of planning (rencana, membahas, akan ...) or tells of a signing
    still to come ("ditargetkan dapat ditandatangani pada Juni mendatang")."""
    t, low = doc.sents[si].text, doc.lows[si]
    if _PLAN.search(t, 0, low) is not None:
        return True
    return doc.sign[si] and not doc.signed(si) and _SIGN.search(t, 0, low) is not None \
        and not _signing_as_topic(doc, si)


# (or the one each office is charged to draft: "a. Kepala Dinas Kesehatan: draf PKS pelayanan rujukan ...")
_PKS_ITEM = re.compile(r"\s*\(?(?:[a-h]|\d{1,2})[.)]\s+(?:(?:PKS|Perjanjian\s+Kerja\s*Sama)\s+(?:tentang|bidang)\b|"
                       r"(?:[^:\n]{3,80}:\s+)?(?:draf|draft|rancangan)\s+(?:PKS|Perjanjian\s+Kerja\s*Sama)\b)")


_HOLDS_DOCUMENT = re.compile(r"\b(?:telah|sudah)\s+(?:memiliki|mempunyai|punya)\s+(?:kesepakatan|perjanjian|nota|mou|"
                             r"pks|naskah)\b", _I)


def _kinds(doc: _Doc, sents: list[int], whole: list[int] | None = None,
           group: frozenset | None = None, among: list[frozenset] = ()) -> tuple[list[str], dict]:
    """(kinds signed or planned, how many of the PKS and of the plans) from the sentences about the agreements
    of ``group``.

    When the group's own sentences neither sign nor plan ("pada kesempatan itu juga
    melakukan kesepakatan dengan ..."), the sentences of the whole article (``whole``) decide.
    """
    facts = [_own_facts(doc, si, group) for si in sents]
    if group and len(among) > 1:
        facts = _without_roundup_terms(doc, sents, facts)
    signed = _told_signed(doc, sents, group, among)
    if not signed and group:
        # a document the parties hold, so signed before: "Pemkot A dan Pemkab B telah memiliki kesepakatan
        # bersama tentang ... sejak 2024" (in a sentence naming them)
        signed = any(("punya" in doc.lows[si] or "milik" in doc.lows[si]) and doc.sentence_mentions(si)
                     and _HOLDS_DOCUMENT.search(doc.sents[si].text) for si in sents)
    if not signed:
        # planning words matter only here: looked for in no sentence of a signed agreement; and so
        # does a signing word told as still to come ("dijadwalkan ditandatangani bulan depan")
        if any(_plans(doc, si) or doc.sign[si] and not _signing_as_topic(doc, si) for si in sents):
            return ([] if _called_off(doc, sents) else ["plan"]), {}
        if whole is not None and set(whole) != set(sents) and not any(doc.kind_terms(si) for si in sents):
            # (not where they name their document: "4. Kesepakatan Bersama Kota A dan Kabupaten A tentang ...
            # (2021), yang telah berakhir" in a list of those in force)
            return _kinds(doc, whole)
    kinds, n_pks, future, planned, named = [], 1, set(), set(), []
    n_plans = 1  # (the plans counted beside a signed document)
    another = False  # a PKS of a field of its own still to come beside one signed (_another_pks)
    signed_fields = None  # the fields the sentences signing a PKS name, once asked for
    for si, (count, terms) in zip(sents, facts):
        mixed = len({kind for kind, _ in terms}) > 1
        for kind, later in terms:
            if later:
                future.add(kind)
                if later is True:
                    planned.add(kind)
                    if not another and signed:
                        # (in this sentence, or the one before that this one's "Draf PKS itu" names)
                        texts = [doc.sents[si].text] + ([doc.sents[si - 1].text] if si - 1 in sents else [])
                        if signed_fields is None:
                            signed_fields = {slug for sj in sents if doc.signed(sj)
                                             and any(k == "pks" for _, k in doc.kind_terms(sj))
                                             for slug in sectors_in(doc.sents[sj].text)}
                        another = any(kind == "pks" and _another_pks(t, signed_fields)
                                      or _NEW_DOCUMENT.search(t) is not None for t in texts)
            elif not signed or doc.signed(si) and (not mixed or kind in _signed_kinds(doc, si)):
                if kind not in kinds:
                    kinds.append(kind)
            elif not mixed and _signing_word(doc, si):
                # named where its own signing is told as not done: "Sedianya, PKS diteken di Aula ...",
                # "Rencana penandatanganan PKS ... batal digelar" beside the MoU signed before
                future.add(kind)
                planned.add(kind)
            else:
                named.append(kind)  # named where nothing is signed
        if count > 1 and signed and terms and all(later for kind, later in terms if kind == "pks"):
            # the PKS counted are still to come beside one signed: "Dua PKS lain, masing-masing soal air minum dan
            # persampahan, ... masih dibahas tim teknis" is two plans
            n_plans = max(n_plans, count)
            continue
        n_pks = max(n_pks, _count_for(doc, si, group, among) if count > 1 and group and among else count)
    # the signings name their documents and say another is still to come: where it is named again
    # without a signing ("PKS ini mengatur ..." after "draf PKS sedang dibahas") it is that draft
    kinds += [k for k in dict.fromkeys(named) if k not in kinds and not (kinds and k in future)]
    if not kinds:
        # signed with no document named: heads of region sign a Kesepakatan Bersama;
        # neither signed nor a document named: only an intention so far
        kinds = ["mou"] if signed else ["plan"]
    elif not signed and planned - set(kinds) and "plan" not in kinds:
        kinds.append("plan")  # (a document named as in force, and its PKS in the making: "sudah masuk tahap penyusunan PKS")
    elif signed and (planned - set(kinds) and not _called_off(doc, sents) or another or any(
            _RENEWAL.search(doc.sents[si].text) for si in sents
            if "perpanjang" in doc.lows[si] or "adendum" in doc.lows[si])):
        # "PKS turunan ditargetkan selesai akhir tahun": the follow-up is planned, not signed; and so is
        # the renewal of one signed ("draf perjanjian perpanjangan sedang disusun")
        kinds.append("plan")
    kinds = sorted(set(kinds))
    if "plan" in kinds and len(sents) > 2:
        # the PKS still to come set out one per item: "ditindaklanjuti dengan penyusunan rancangan PKS, masing-masing:
        # a. PKS tentang ...; b. PKS tentang ..." (as many plans as items)
        items = sum(1 for si in sents if _PKS_ITEM.match(doc.sents[si].text))
        if items > 1:
            n_plans = max(n_plans, items)
            n_pks = n_pks if "pks" in kinds else max(n_pks, items)
    # (the PKS counted may be those still to come: "Saat ini dua PKS tengah disusun" is two plans)
    return kinds, {"pks": n_pks, "plan": n_plans if "pks" in kinds else max(n_pks, n_plans)}


# the cooperation itself called off, not only its signing put off ("penandatanganan batal digelar" is a plan
# still): "kerja sama itu tidak akan dilanjutkan", "rencana kerja sama penampungan sampah ... kami batalkan"
# (or a party withdrawn from it: "Pemkab Mempawah menyatakan menarik diri dari kerja sama tersebut")
_CALLED_OFF_KEYS = ("batal", "dilanjutkan", "dihentikan", "menarik diri")
_CALLED_OFF = re.compile(r"\bkerja\s*sama\s+(?:[\w-]+\s+){0,6}?(?:(?:kami|pemkab|pemkot|pemprov)\s+batalkan|dibatalkan|"
                         r"(?:tidak|tak)\s+(?:akan\s+)?(?:dilanjutkan|diteruskan)|dihentikan)\b|"
                         r"\b(?:membatalkan|menarik\s+diri\s+dari)\s+(?:rencana\s+)?kerja\s*sama\b|"
                         # ("..., namun penjajakan itu dihentikan dan tidak akan dilanjutkan")
                         r"\b(?:penjajakan|rencana|pembahasan)(?:\s+(?:itu|tersebut|ini))?\s+(?:\w+\s+)?(?:dihentikan|"
                         r"dibatalkan|(?:tidak|tak)\s+(?:akan\s+)?(?:dilanjutkan|diteruskan))\b", _I)


def _called_off(doc: _Doc, sents: list[int]) -> bool:
    """Whether a sentence of a plan's ``sents`` tells the cooperation called off, or the one right after it telling
    that plan back with no government named ("... sempat menjajaki pemanfaatan TPA milik Pemkab Malang. Namun rencana
    itu tidak dilanjutkan"): then there is none."""
    by_sentence = doc.mentions_by_sentence()
    return any(_holds(doc.lows[si], _CALLED_OFF_KEYS) and _CALLED_OFF.search(doc.sents[si].text) for si in sents) \
        or any(sj < len(doc.sents) and sj not in by_sentence and _holds(doc.lows[sj], _CALLED_OFF_KEYS)
               and (m := _CALLED_OFF.search(doc.sents[sj].text)) and _TOLD_BACK.search(m.group())
               for sj in {si + 1 for si in sents} - set(sents))


_TOLD_BACK = re.compile(r"\b(?:itu|tersebut|ini)\b", _I)


# a count of several documents: "Empat kesepakatan kerja sama daerah diteken di Rakor KSDD"
_SEVERAL_DOCS = re.compile(r"\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d+|sejumlah|beberapa|belasan|"
                           r"puluhan)\s+(?:(?:dokumen|naskah)\s+)?(?:kesepakatan|perjanjian|nota|dokumen|naskah|mou|pks)\b",
                           _I)


def _without_roundup_terms(doc: _Doc, sents: list[int], facts: list) -> list:
    """The kind facts of one of several groups' sentences ``sents`` without the documents of a sentence
    naming no one that counts several ("Empat kesepakatan kerja sama daerah diteken di Rakor"), where the
    sentences naming the group's governments name its own, of another kind ("Singkawang juga meneken perjanjian
    kerja sama dengan Kabupaten Sambas"): the count is of all the roundup's documents, of whatever kind each."""
    own = {kind for si, f in zip(sents, facts) if doc.sentence_mentions(si) for kind, _ in f[1]}
    if not own:
        return facts
    return [(f[0], []) if f[1] and not {kind for kind, _ in f[1]} & own and not doc.sentence_mentions(si)
            and _SEVERAL_DOCS.search(doc.sents[si].text) else f for si, f in zip(sents, facts)]


def _every_signing_after(sentence: str, low: str, pattern: re.Pattern, reach: int) -> bool:
    """Whether ``sentence`` holds a signing word and ``pattern`` ends right before each (read from the word's start,
    in the ``reach`` characters before it)."""
    found = False
    for m in _SIGN.finditer(sentence, low):
        start = _word_start(sentence, m.start())
        if not pattern.search(sentence, max(0, start - reach), start):
            return False
        found = True
    return found


def _signing_as_topic(doc: _Doc, si: int) -> bool:
    """Whether every signing word of sentence ``si`` names the signing as a topic, no signing done or to come
    (_TOPIC): "Hadi meminta kabupaten/kota tidak berhenti pada penandatanganan nota kesepakatan"."""
    return _every_signing_after(doc.sents[si].text, doc.lows[si], _TOPIC, 30)


def _signing_word(doc: _Doc, si: int) -> bool:
    """Whether sentence ``si`` holds a signing word, not only a key of one (``doc.sign``): "Pemkab A resmi
    mengakhiri perjanjian kerja sama" has none."""
    return doc.sign[si] and _SIGN.search(doc.sents[si].text, 0, doc.lows[si]) is not None


_SOME_DOCUMENTS = re.compile(r"\b(?:sejumlah|beberapa)\s+(?:dokumen\s+|naskah\s+)?(?:kesepakatan|perjanjian|nota|mou|pks)\b", _I)


def _told_signed(doc: _Doc, sents: list[int], group: frozenset | None = None, among=()) -> bool:
    """Whether the sentences of a group tell of its signing as done. A sentence naming no government
    goes on with the one before it, except after a signing told as still to come: in "Pemkab A dan
    Pemkab B dijadwalkan menandatangani kesepakatan serupa pada Maret mendatang. Penandatanganan turut
    dihadiri ...", the signing attended is the one the article reports, not theirs.

    Where the host's other partners are each told signing by name, a sentence naming only the host
    signs none of its own: "DKP Maluku menandatangani PKS dengan tiga pemerintah kabupaten ... Tiga PKS
    itu diteken bersama A, B dan C ... Pemkab D dijadwalkan menandatangani PKS serupa" (D's is a plan)."""
    own = _own_members(group, among) if group and len(among) > 1 else None
    if own and not any(_named_signing(doc, _own_members(h, among)) for h in among if h != group):
        own = None
    # one of several groups whose own sentences tell its signing only as not done ("A dan B, yang berencana
    # menjalin kerja sama ..., belum jadi menandatangani") signs in none naming no one ("tiga pasang
    # pemerintah kabupaten/kota menandatangani ...", "setiap kesepakatan yang diteken hari ini": the others')
    not_done = bool(group) and len(among) > 1 and _only_not_done(doc, sents, _own_members(group, among) or group)
    to_come = False
    for si in sents:  # (up to the first sentence that signs)
        named = doc.sentence_mentions(si)
        if not_done and not named:
            continue
        if named:
            to_come = not doc.signed(si) and _signing_word(doc, si)
            if own and not own & {doc.codes[i] for i in named}:
                continue
        elif to_come or len(among) > 1 and ("sejumlah" in doc.lows[si] or "beberapa" in doc.lows[si]) \
                and _SOME_DOCUMENTS.search(doc.sents[si].text):
            # (nor, of several groups, one telling of some documents unnamed: "sejumlah kesepakatan bersama yang telah
            # ditandatangani Bupati belum memiliki perjanjian kerja sama")
            continue
        if _headline_signs(doc, si, group, among) if group else doc.signed(si):
            return True
    return False


# documents told of in general: "Ia meminta setiap kesepakatan yang diteken hari ini segera dijalankan"
_EVERY_DOCUMENT = re.compile(r"\b(?:setiap|semua|seluruh)\s+(?:kesepakatan|naskah|dokumen|perjanjian|mou|pks)\b", _I)


def _only_not_done(doc: _Doc, sents: list[int], group: frozenset) -> bool:
    """Whether the sentences of ``sents`` naming members of ``group``, and those naming no one after the first
    of them, tell a signing, and only as not done ('"Kami harap bisa diteken pada triwulan pertama 2024"')."""
    told = seen = False
    for si in sents:
        named = {doc.codes[i] for i in doc.sentence_mentions(si)} or doc.told_back.get(si, set())
        seen = seen or bool(named & group)
        if doc.sign[si] and (named & group or seen and not named and not _EVERY_DOCUMENT.search(doc.sents[si].text)):
            if doc.signed(si):
                return False
            told = True
    return told


def _own_members(group: frozenset, among) -> frozenset:
    """The members of ``group`` in none of the other groups ``among`` (a host's partner)."""
    return frozenset(c for c in group if not any(c in h for h in among if h != group))


def _named_signing(doc: _Doc, codes: frozenset) -> bool:
    """Whether a sentence naming one of ``codes`` tells of a signing as done."""
    return bool(codes) and any(doc.sign[si] and doc.signed(si) and codes & {doc.codes[i] for i in idx}
                               for si, idx in doc.mentions_by_sentence().items())


def _headline_split(doc: _Doc, si: int) -> tuple[int, set, set] | None:
    """(where the comma stands, the governments before it, those after it) of a headline of two parts
    ("A-B Teken MoU, C Siapkan Draf"), None for any other sentence."""
    s = doc.sents[si]
    if s.text.count(",") != 1 or s.text.rstrip().endswith(_SENTENCE_ENDS) or _table_row(s.text):
        return None  # (nor a table's row: "9 | Kesepakatan Bersama | ... | Pemerintah Aceh, Pemerintah Provinsi Riau |")
    cut = s.text.find(",")
    head, tail = set(), set()
    for i in doc.sentence_mentions(si):
        (head if doc.mentions[i].pstart - s.start < cut else tail).add(doc.codes[i])
    return cut, head, tail


def _headline_signs(doc: _Doc, si: int, group: frozenset, among=()) -> bool:
    """Whether sentence ``si`` tells of the signing of ``group`` as done; in a headline of two parts,
    the part that alone names the group's governments tells it: "Hanya Ternate yang Teken, Kesepakatan
    Pemprov Malut dengan Halteng dan Haltim Ditunda" signs for Ternate, not for Halteng; and where both
    name some, the part naming the group's own member, in none of the other groups ``among`` (the
    host's partner): "DKP Maluku Teken Tiga PKS ..., SBT Menyusul Bulan Depan" signs none for SBT."""
    split = _headline_split(doc, si) if doc.sign[si] else None
    if split is None:
        return doc.signed(si) and _signs_with_them(doc, si, group)  # (most sentences)
    s = doc.sents[si]
    cut, head, tail = split
    if not head and len(s.text[:cut].split()) <= 3 and not _SIGN.search(s.text[:cut]):
        # (a short opening of its own before the comma, no part of two: "Pekan Depan, Kota Sorong dan Raja Ampat Teken")
        return doc.signed(si) and _signs_with_them(doc, si, group)
    head &= group
    tail &= group
    if head and not tail - head:
        return _signed(s.text[:cut])
    if tail and not head:
        return _signed(s.text[cut:])
    if head and tail and _WITH_OTHER.search(s.text, 0, cut):
        # "Lutim Teken MoU dengan PT Vale dan Unhas, Jajaki Jalan Tembus ke Morut": what the first part
        # signs is with others
        return _signed(s.text[cut:])
    own = _own_members(group, among)
    if own and own <= tail and not own & head:
        return _signed(s.text[cut:])
    if own and own <= head and not own & tail:
        return _signed(s.text[:cut])
    return doc.signed(si)


def _signs_with_them(doc: _Doc, si: int, group: frozenset) -> bool:
    """Whether a signing done that sentence ``si`` tells is not only with others, in a clause naming none of
    ``group``: "Pemkab A telah menjalin kerja sama dengan dua daerah, menandatangani satu nota kesepahaman
    dengan perbankan, dan kini tengah menyiapkan kesepakatan baru dengan Pemprov B" signs nothing with B."""
    s, low = doc.sents[si], doc.lows[si]
    t = s.text
    if " dengan " not in low or not _WITH_OTHER.search(t):
        return True  # (most sentences)
    starts = [doc.mentions[i].pstart - s.start for i in doc.sentence_mentions(si) if doc.codes[i] in group]
    for m in _done_signings(t, low):
        end = _CLAUSE_STOP.search(t, m.end())
        stop = end.start() if end else len(t)
        clause_start = max(t.rfind(",", 0, m.start()), t.rfind(";", 0, m.start())) + 1
        if not _WITH_OTHER.search(t, m.end(), stop) or any(clause_start <= p < stop for p in starts):
            return True
    return False


_CLAUSE_STOP = re.compile(r"[,;]|\s(?:dan|serta|sedangkan|sementara)\s", _I)


# a count of PKS, one included, for splitting a total among pairs ("Dua PKS ... A-B, dan satu PKS ... A-C")
_SPLIT_COUNT = re.compile(r"\b(satu|sebuah|dua|tiga|empat|lima|enam|tujuh|[1-9])" + _COUNTED_PKS, _I)


def _count_for(doc: _Doc, si: int, group: frozenset, among: list[frozenset]) -> int:
    """How many of the PKS that sentence ``si`` counts are ``group``'s, of the article's groups ``among``.
    A sentence naming governments no other group holds all of counts the group's own; one naming fewer
    (the host alone, or no one) or more tells a total of several pairs ("tiga PKS dengan Pemkab B serta
    Pemkab C"), each pair's share told only where a count is followed by that pair alone ("Dua PKS ...
    kesepakatan A-B, dan satu PKS ... A-C"), else one. "masing-masing dua PKS" is each pair's.

    >>> doc = _Doc("Pemkot Makassar meneken dua PKS dengan Pemkab Pangkep dan satu PKS dengan Pemkab Maros.")
    >>> [_count_for(doc, 0, frozenset(g), [frozenset(("73.71", "73.10")), frozenset(("73.71", "73.09"))])
    ...  for g in (("73.71", "73.10"), ("73.71", "73.09"))]
    [2, 1]
    """
    named = {doc.codes[i] for i in doc.sentence_mentions(si)}
    count = doc.kind_facts(si)[0]
    if named <= group and not any(named <= h for h in among if h != group):
        return count
    s = doc.sents[si]
    counts = list(_SPLIT_COUNT.finditer(s.text))
    if any(_EACH_COUNT.search(s.text, max(0, m.start() - 40), m.start()) or _EACH_AFTER.match(s.text, m.end())
           for m in counts):
        return count
    share, mentions = 1, [(doc.mentions[i].pstart - s.start, doc.codes[i]) for i in doc.sentence_mentions(si)]
    # (the subject before the counts is every pair's: "A meneken dua PKS dengan B dan satu PKS dengan C")
    subject = {c for pos, c in mentions if counts and pos < counts[0].start()}
    for k, m in enumerate(counts):
        end = counts[k + 1].start() if k + 1 < len(counts) else len(s.text)
        after = {c for pos, c in mentions if m.end() <= pos < end}
        if after and after <= group and (len(after) > 1 or not after <= subject):
            w = m.group(1).lower()
            share = max(share, _NUMBERS.get(w) or (1 if w in ("satu", "sebuah") else int(w)))
    return share


# "masing-masing (meneken) dua PKS", "dua PKS dengan masing-masing kabupaten": a count for each
_EACH_COUNT = re.compile(r"masing-masing\s+(?:\w+\s+){0,2}$", _I)
_EACH_AFTER = re.compile(r"\s*(?:dengan|bersama|untuk)\s+masing-masing\b", _I)


def _own_facts(doc: _Doc, si: int, group: frozenset | None):
    """The kind facts of sentence ``si`` (_kind_facts) for ``group``: where the sentence has clauses that
    each sign on their own (_own_signings), those of the group's clause only ("Sumbar-Riau teken
    kesepakatan, Limapuluh Kota-Kampar teken PKS": the PKS is not the provinces')."""
    facts = doc.kind_facts(si)
    parts = doc.parts.get(si) if group and doc.parts else None
    if not parts:
        if group and facts[1] and " antara " in doc.lows[si]:
            facts = _terms_of_pair(doc, si, group, facts)
        if group and facts[1] and "selain " in doc.lows[si]:
            facts = _without_the_one_besides(doc, si, facts)
        if group and "," in doc.sents[si].text and len(facts[1]) > 1:
            return _headline_facts(doc, si, group, facts)
        return facts
    span = next(((a, b) for a, b, codes in parts if codes <= group), None)
    if span is None:
        return facts
    terms = doc.kind_terms(si)
    own = [f for (pos, _), f in zip(terms, facts[1]) if span[0] <= pos < span[1]]
    if not own:
        # a clause naming no document goes on with the one before ("PKS dengan A tentang X dan dengan B
        # tentang Y"): the last named before it
        own = [f for (pos, _), f in zip(terms, facts[1]) if pos < span[0]][-1:]
    return facts[0], own


def _without_the_one_besides(doc: _Doc, si: int, facts):
    """The kind facts of sentence ``si`` without a document told before that it names as one besides: "selain PKS
    bilateral tersebut, ada pula Kesepakatan Bersama tiga pihak antara ..." (the PKS is the pair's told before)."""
    terms, ends = doc.kind_terms(si), doc.term_ends(si)
    if not ends or len(ends) != len(terms) or len(facts[1]) != len(terms):
        return facts
    t = doc.sents[si].text
    own = [f for (pos, _), end, f in zip(terms, ends, facts[1])
           if not (end is not None and _BESIDES_ONE.search(t, max(0, pos - 8), pos) and _BESIDES_THAT.match(t, end))]
    return (facts[0], own) if len(own) < len(facts[1]) else facts


_BESIDES_ONE = re.compile(r"\bselain\s+$", _I)
_BESIDES_THAT = re.compile(r"(?:\s+[\w-]+)?\s+(?:tersebut|itu|tadi)\b", _I)
_OF_PAIR = re.compile(r"\s+(?:[\w-]+\s+){0,4}?antara\s+", _I)  # "kesepakatan bersama antara A dan B"
_PAIR_ENDS = re.compile(r"\s(?:yang|tentang|untuk|terkait|soal|pada)\s|[,;.]")


def _terms_of_pair(doc: _Doc, si: int, group: frozenset, facts):
    """The kind facts of sentence ``si`` for ``group`` without the documents it says are of other
    governments, named after "antara": "Kerja sama dengan Bone Bolango ini menyusul kesepakatan bersama antara
    Pemkot Gorontalo dan Pemerintah Kabupaten Gorontalo" (the MoU is not Bone Bolango's)."""
    terms, ends = doc.kind_terms(si), doc.term_ends(si)
    if not ends or len(ends) != len(terms) or len(facts[1]) != len(terms):
        return facts
    s, ms = doc.sents[si], doc.mentions
    idx = doc.sentence_mentions(si)
    own = []
    for end, fact in zip(ends, facts[1]):
        m = _OF_PAIR.match(s.text, end)
        if m:
            stop = _PAIR_ENDS.search(s.text, m.end())
            stop = s.start + (stop.start() if stop else len(s.text))
            theirs = {doc.codes[i] for i in idx if s.start + m.end() <= ms[i].pstart < stop}
            if len(theirs) >= 2 and not theirs <= group:
                continue
        own.append(fact)
    return facts[0], own


def _headline_facts(doc: _Doc, si: int, group: frozenset, facts):
    """The kind facts of a two-part headline for ``group``, without those of a part that tells of other
    governments, by name or by their kind: "Sumsel-Jambi Teken Kesepakatan Bersama, Dua Pasang Kabupaten
    Perbatasan Langsung Teken PKS" (the PKS is not the provinces'), "Sulbar-Sulsel Bertukar Naskah
    Kesepakatan Bersama, Polman-Pinrang dan Mamasa-Tator Ikut Teken PKS" (nor the kabupaten's MoU)."""
    split = _headline_split(doc, si)
    if split is None:
        return facts
    s = doc.sents[si]
    cut, head, tail = split

    def others(codes: set, text: str) -> bool:
        if codes:
            return codes.isdisjoint(group)
        level = _generic_level(text.lower())
        return level is not None and not any(("." in c) == level for c in group)

    drop_head, drop_tail = others(head, s.text[:cut]), others(tail, s.text[cut:])
    if not (drop_head or drop_tail) or drop_head and drop_tail:
        return facts
    return facts[0], [f for (pos, _), f in zip(doc.kind_terms(si), facts[1]) if (pos < cut) != drop_head]


# a PKS named by its field: "PKS bidang pendidikan saat ini masih dalam tahap penyusunan draf"
# (or right after it: "draf PKS pemanfaatan air baku dari Intake Lambaro")
_PKS_NAMED_BY_FIELD = re.compile(r"\b(?:draf|draft|rancangan)\s+(?:pks|perjanjian\s+kerja\s*sama)\s+"
                                 r"((?:[\w-]+\s+){0,3}[\w-]+)", _I)
# (a field's cooperation whose PKS is to come: "kerja sama bidang pendidikan ... ditargetkan ditandatangani dalam
# bentuk PKS pada Juni mendatang")
_COOPERATION_OF_FIELD = re.compile(r"\bkerja\s*sama\s+(?:di\s+)?bidang\s+((?:[\w-]+\s+){0,3}[\w-]+)", _I)
# (or a PKS named by its work: "PKS pengelolaan sampah lintas provinsi masih dalam pembahasan")
_PKS_OF_WORK = re.compile(r"\b(?:pks|perjanjian\s+kerja\s*sama)\s+((?:pengelolaan|penyediaan|penanganan|pelayanan|"
                          r"pembangunan|pemeliharaan|pengembangan|penataan|pemanfaatan)\s+(?:[\w-]+\s+){0,2}[\w-]+)", _I)
_PKS_OF_FIELD = re.compile(r"\b(?:pks|perjanjian\s+kerja\s*sama)\s+(?:(?:lain(?:nya)?|baru|kedua|berikutnya)\s+)?"
                           r"(?:bidang|sektor|tentang)\s+((?:\w+\s+){0,3}\w+)", _I)


def _another_pks(sentence: str, signed_fields: set = frozenset()) -> bool:
    """Whether a sentence whose PKS is still to come names that PKS by a field of its own: another PKS than
    the one signed ("PKS bidang pendidikan ... ditargetkan dapat ditandatangani"), a plan of its own; or
    calls it one apart ("sepakat menyusun PKS tersendiri antara Dinas PUPR masing-masing"); or names it by a
    field none of the signed PKS has (``signed_fields``): "membahas draf PKS pemanfaatan air baku" beside
    the PKS of the landfill signed in 2019."""
    m = _PKS_OF_FIELD.search(sentence)
    if m is not None and sectors_in(m.group(1)) or _PKS_APART.search(sentence) is not None:
        return True
    # (where the signed PKS name none, the draft may be the very one signed: "menyusun draf PKS pemadam
    # kebakaran. Kedua daerah menandatangani PKS dan Kesepakatan Bersama")
    for pattern in (_PKS_NAMED_BY_FIELD, _COOPERATION_OF_FIELD, _PKS_OF_WORK) if signed_fields else ():
        m = pattern.search(sentence)
        if m is not None and not set(found := sectors_in(m.group(1))) <= signed_fields and found:
            return True
    return False


# a new document of the parties still to come beside one signed before ("menyusun draf kesepakatan
# bersama yang baru" after the one that lapsed)
_NEW_DOCUMENT = re.compile(r"\b(?:draf|draft|rancangan|kesepakatan|kerja\s*sama|mou|pks|perjanjian)(?:\s+(?!yang\b)\w+){0,3}?"
                           r"\s+(?:yang\s+)?baru\b(?!-)", _I)
_PKS_APART = re.compile(r"\b(?:pks|perjanjian\s+kerja\s*sama)\s+(?:tersendiri|terpisah|lain(?:nya)?|berikutnya)\b", _I)


# no document of the kind at all: "tidak ada PKS", "belum satu pun PKS", "tanpa perjanjian kerja sama"
# (or with a verb, then "satu pun": "saya belum menemukan satu pun perjanjian kerja sama (PKS) turunan")
# (or not held: "belum memiliki perjanjian kerja sama sebagai dasar pelaksanaan")
_NONE_OF = re.compile(r"\b(?:tidak|tak|belum|tanpa)\s+(?:pernah\s+)?(?:(?:ada\s+)?(?:satu\s+pun\s+)?|\w+\s+satu\s+pun\s+|"
                      r"(?:memiliki|mempunyai|punya)\s+)$", _I)
# (and after it: "Sampai sekarang PKS-nya belum ada")
_NONE_YET = re.compile(r"(?:-?nya)?\s+(?:(?:juga|pun|sama\s+sekali)\s+)?(?:belum|tidak|tak)\s+(?:juga\s+)?(?:ada|dibuat|"
                       r"disusun|terbentuk|lahir|terwujud)\b", _I)
_NEVER_REACHED = re.compile(r"\b(?:tidak|tak|belum|tanpa)\s+(?:pernah|kunjung)\s+(?:melangkah|berlanjut|sampai|naik|"
                            r"masuk|ditindaklanjuti|diturunkan|dijabarkan|melahirkan|menghasilkan|dilengkapi|"
                            r"dilanjutkan|punya|memiliki|mempunyai)\b"
                            r"(?:(?!\b(?:yang|akhirnya|kini|hingga|sampai)\b)[^.;])*$", _I)
_NEVER_KEYS = ("pernah", "kunjung")
# a document that never came into being, told after it: "PKS yang seharusnya mengatur ... belum juga lahir"
_NEVER_BORN = re.compile(r"(?:\s+yang\s+[^.;]{0,120}?)?\s+(?:belum|tak|tidak)\s+(?:juga\s+|kunjung\s+|pernah\s+)?"
                         r"(?:lahir|terwujud|terbit)\b", _I)
# a document not yet made of what was agreed, or only a goal: "meski belum dituangkan dalam perjanjian kerja
# sama", "memastikan ada perjanjian kerja sama yang menurunkannya"
_NOT_PUT_IN_KEYS = ("belum", "tidak", "tak ", "memastikan", "menjamin", "mengupayakan")
_NOT_PUT_IN = re.compile(r"\b(?:(?:belum|tidak|tak)\s+(?:juga\s+)?(?:dituangkan|diturunkan|ditindaklanjuti|dilengkapi|"
                         r"dijabarkan|diikat)\s+(?:dalam|dengan|ke(?:\s+dalam)?|menjadi)(?:\s+satu\s+pun)?|"
                         r"(?:memastikan|menjamin|mengupayakan)\s+(?:ada|adanya|lahirnya|terbitnya))\s+$", _I)
_NEVER_BEGUN = re.compile(r"\w*\s+(?:(?:itu|tersebut|ini)\s+)?(?:tidak|tak|belum)\s+(?:pernah|kunjung|juga)\s+"
                          r"(?:di)?(?:mulai|susun|bahas|buat|rampung|selesai|terwujud|lahir|terbit)", _I)


# a renewal being drafted: "draf perjanjian perpanjangan sedang disusun", "adendum PKS akan disusun"
# (not one signed: "Dalam naskah perpanjangan ini, ...")
_RENEWAL = re.compile(r"\b(?:draf|draft|rancangan)\s+(?:(?:perjanjian|kesepakatan|pks|mou)\s+)?(?:perpanjangan|adendum)\b|"
                      r"\b(?:perpanjangan|adendum)\b[^.;]{0,40}?\b(?:akan|sedang|tengah|ditargetkan)\s+(?:di)?"
                      r"(?:susun|bahas|siapkan|rumuskan|tandatangani|teken)", _I)


def _signed_kinds(doc: _Doc, si: int) -> set[str]:
    """The kinds of the documents the signing words of sentence ``si`` that tell of a signing done are
    about (_signed_kind): "PKS itu turunan dari Kesepakatan Bersama yang ditandatangani pada 2023" signs
    the Kesepakatan only."""
    # (not a document the sentence says is none: "Kesepakatan Bersama | ... | Berjalan; belum ada PKS | Penandatangan:
    # Gubernur A – Gubernur B", a table's row)
    terms = [t for t, (_, later) in zip(doc.kind_terms(si), doc.kind_facts(si)[1]) if later != _COURSE] \
        or doc.kind_terms(si)
    return {_signed_kind(terms, [m], m.end()) for m in _done_signings(doc.sents[si].text, doc.lows[si])}


# the document itself still to be made: "draf PKS", "PKS ... ditargetkan selesai", "PKS sedang disusun"
# (and one targeted or wished for: "Kedua bupati menargetkan kesepakatan bersama dapat ditandatangani ...", "kami ingin
# ada kesepakatan bersama yang jelas")
_DRAFT_BEFORE = re.compile(r"(?:\bdraf|\bdraft|rancangan|penyusunan|konsep|menyusun|disusun(?:nya)?|\busulan|\bdiusulkan|"
                           # (and a headline's verb: "Dua Pemkab Rancang Kesepakatan Bersama", "... menggodok PKS")
                           r"\b(?:me)?rancang|\bdirancang|\b(?:meng|di)godok|"
                           r"\bmenargetkan|\bingin\s+ada|"
                           r"\b(?:mem|me|di)?(?:per)?siapkan|\bmenyiapkan)\s+"
                           # (one word between, or a count: "menyiapkan masing-masing satu perjanjian kerja sama")
                           r"(?:\w+\s+|(?:masing-masing\s+)?(?:satu|dua|tiga|empat|sebuah)\s+)?$", _I)
_DRAFT_AFTER = re.compile(
    # ("tengah" in small letters: not "Maluku Tengah yang diteken"; nor a clause of its own between)
    r"^[^.;]{0,120}?(?P<cue>\b(?:akan|ditargetkan|direncanakan|dijadwalkan|segera|sedang|masih|(?-i:tengah)|bakal|"
    r"dalam\s+(?:tahap|proses))\s+(?:(?!yang\b)\w+\s+){0,2}?(?:(?:di)?(?:tandatangani|teken|susun|selesai|rampung|siapkan|"
    r"persiapkan|finalisasi|bahas|rumuskan|buat|matangkan)|penyusunan|pembahasan|perumusan|penyempurnaan|draf)\w*|"
    r"\bmenyusul\b|\bbelum\s+(?:di)?(?:tandatangani|teken))",
    _I)
# a word each alternative of the patterns above holds
_DRAFT_BEFORE_KEYS = ("draf", "rancang", "penyusunan", "konsep", "menyusun", "disusun", "siapkan", "nyiapkan", "usul",
                      "menargetkan", "ingin", "godok")
_DRAFT_AFTER_KEYS = ("akan", "ditargetkan", "dijadwalkan", "segera", "sedang", "masih", "tengah", "bakal", "dalam",
                     "menyusul", "belum")


_ONCE = re.compile(r"\s+(?:(?:itu|tersebut|ini)\s+)?(?:sempat|pernah)\s+(?:di|me)", _I)


def _past_draft(sentence: str, pos: int, end: int | None) -> bool:
    """Whether the document named at ``pos`` is a draft once made and left: "Draf PKS sempat disusun pada
    2021, tetapi tidak pernah diajukan" (no document, signed or planned)."""
    if end is None:
        term = _PKS.match(sentence, pos) or _MOU.match(sentence, pos)
        end = term.end() if term else pos
    return _ONCE.match(sentence, end) is not None and _DRAFT_BEFORE.search(sentence, max(0, pos - 30), pos) is not None


def _future_term(sentence: str, pos: int, end: int | None = None, stop: int | None = None) -> bool:
    """Whether the document named at ``pos`` (ending at ``end`` when the caller knows) is still being
    drafted or is only targeted. What follows the next document named (at ``stop``) is said of that
    one: "MoU, sedangkan PKS akan disusun" drafts the PKS only."""
    before = sentence[max(0, pos - 30):pos]
    if _may_hold(before, _DRAFT_BEFORE_KEYS) and _DRAFT_BEFORE.search(before):
        return True
    if end is None:
        term = _PKS.match(sentence, pos) or _MOU.match(sentence, pos)
        end = term.end() if term else pos
    after = sentence[end:end + 150 if stop is None else min(end + 150, stop)]
    m = _DRAFT_AFTER.search(after) if _may_hold(after, _DRAFT_AFTER_KEYS) else None
    if not m or _SIGN.search(after[:m.start("cue")]) or re.search(r"\btelah\b|\bsudah\b", after[:m.end()], _I):
        return False
    # a target met since: "PKS yang ditargetkan rampung Juni akhirnya diteken ..."
    lo, hi = end + m.end(), end + len(after)
    return not any(lo <= sm.start() < hi for sm in _done_signings(sentence))


def _group_sentences(doc: _Doc, groups: list[frozenset]) -> dict:
    """The cooperation sentences that speak of each group: those naming only its members (not
    counting those it says stand outside: _not_parties), and those naming no government, which
    continue the group named last."""
    out = {g: [] for g in groups}
    if not groups:
        return out
    by_sentence, codes = doc.mentions_by_sentence(), doc.codes
    last = list(groups)
    # (with several groups, the body's sentences before any government is named are of none: a column's general
    # opening, "Setiap kali ada penandatanganan kesepakatan bersama antardaerah, ..."; the headline is of all)
    opening = len(groups) > 1
    # a member of one group only: where it is first named is where that group is (A in "Pemprov X
    # dengan A", C in "kesepakatan serupa dengan C" later on)
    own = {}
    for g in groups:
        for c in g:
            own[c] = g if c not in own else None
    named = set()
    others_told = doc.with_others_told()
    agree = doc.agree
    tables = " | " in doc.text
    # (with several groups, a sentence of no cooperation that names one group's governments only
    # sets who the next ones speak of: 'Bupati A menyebut ... "Dengan PKS ini, ..."')
    sentences = sorted(set(compress(count(), agree)) | set(by_sentence)) if len(groups) > 1 \
        else compress(count(), agree)
    # (an interview's question and answer start afresh: what they tell before naming a government is of none of the
    # groups, not of the one the answer before named)
    asked = [si for si in _questions(doc) if si in by_sentence or not _ASKS_ON.search(doc.sents[si].text)] \
        if len(groups) > 1 and "?" in doc.text and _interviewee(doc) else []
    answer = -1
    for si in sentences:
        if asked:
            now = bisect_right(asked, si) - 1
            if now != answer:
                answer, last = now, ([] if now >= 0 else last)
        if opening and (si in by_sentence or doc.sents[si].text.rstrip().endswith(_SENTENCE_ENDS)):
            opening = False
            if si not in by_sentence:
                last = []
        told = doc.told_back.get(si)
        if told is not None and told in out:
            # the group a sentence tells back ("Kedua provinsi baru tersebut ... juga tengah menjajaki kerja sama
            # serupa", beside the Sekda of a kabupaten it names): of that group only
            out[told].append(si)
            continue
        idx = by_sentence.get(si)
        if idx and agree[si] and _tells_content(doc, si):
            idx = None  # the content of the document just told: its places go on with that group (_groups)
        if not agree[si]:
            here = {codes[i] for i in idx}
            mine = [g for g in groups if here <= g]
            if len(mine) == 1:
                last = mine
            continue
        if idx and _award_winners(doc, si):
            last = []  # (and the sentences after it speak of none of them: the award's)
            continue
        if idx:
            outside = doc.outside(si)
            here = {codes[i] for i in idx if i not in outside}
            if doc.with_others(si):
                # one government's agreement with a company or an office of the state ("Pemkot C juga
                # menandatangani PKS dengan BPJS Ketenagakerjaan"): of none of the groups
                last = []
                continue
            named.update(own[c] for c in here if own.get(c) is not None)
            # (a sentence naming only governments outside the agreements speaks of none of them)
            # (the group the sentence names exactly first: "Pemkab Toba dan Pemkab Samosir menandatangani PKS"
            # beside the MoU of seven, and the sentences after it go on with the pair)
            mine = here and ([g for g in groups if g == here] or [g for g in groups if here <= g]
                             or [g for g in groups if here & g])
            if len(mine) > 1:
                # of several groups (a hub's), those named so far: "Gubernur X menandatangani ..."
                # tells nothing of the pair with C that the article names later
                mine = [g for g in mine if g in named or not any(own.get(c) == g for c in g)] or mine
            if len(mine) > 1 and len(here) == 1:
                # (of the hub's, the one whose partner the sentence names as a place: "draf PKS pelayanan rujukan
                # pasien warga Kota Jayapura di RSUD Yowari, Kabupaten Jayapura")
                places = _places_named(doc, si) - here
                mine = [g for g in mine if g & places] if sum(1 for g in mine if g & places) == 1 else mine
                if len(mine) > 1 and len(last) == 1 and last[0] in mine and _LETTERED.match(doc.sents[si].text):
                    mine = last  # (an item naming only the hub goes on with the item before's pair)
            if si in others_told and mine and all(here < g for g in mine):
                continue  # the one government of that agreement again: "MoU ditandatangani Bupati C dan Direktur PT X"
            if mine:
                last = mine
        elif doc.with_others(si):
            last = []  # (and so: "MoU dengan PT Vale Indonesia mengatur ...")
            continue
        else:
            if tables and last and _table_row(doc.sents[si].text) and not (
                    (caption := _caption_codes(doc, si)) and any(caption & g for g in last)):
                continue  # (a row of a table of no one's, its caption naming none of them: "Tabel 4.13 Indikator ...")
            if tables and last and _after_table(doc, si, by_sentence):
                # (the text after a table speaks of its rows, not of the last: "Dari empat kerja sama tersebut, tiga
                # telah ditandatangani")
                last = []
                continue
            mine = last
            if (nxt := by_sentence.get(si + 1)) and _LETTERED.match(doc.sents[si].text) and doc.kind_terms(si) \
                    and _THIS_DOCUMENT.match(doc.sents[si + 1].text):
                # (an item's document the next sentence tells back and names the parties of: "a. Kesepakatan Bersama
                # Kawasan Sarbagita tentang ... Kesepakatan ini ... ditandatangani ... oleh Pemerintah Provinsi Bali, ...")
                ahead = {codes[i] for i in nxt}
                mine = [g for g in groups if g == ahead] or mine
            level = _generic_level(doc.lows[si]) if "kabupaten" in doc.lows[si] or "kota" in doc.lows[si] \
                or "provinsi" in doc.lows[si] else None
            if level is not None:
                # "Di sela acara yang sama, dua pasang kabupaten ... menandatangani PKS" after the provinces'
                # MoU: of the groups of kabupaten and kota
                mine = [g for g in mine if any(("." in c) == level for c in g)] \
                    or [g for g in groups if any(("." in c) == level for c in g)]
        for g in mine:
            out[g].append(si)
    return out


_LETTERED = re.compile(r"\s*\(?[a-h][.)]\s")  # an item of a list by its letter: "a. ", "(b) "


def _places_named(doc: _Doc, si: int) -> set:
    """The regions sentence ``si`` names of one reading each, parties or places."""
    s = doc.sents[si]
    return {m.codes[0] for m in doc.mentions if s.start <= m.pstart < s.end and len(m.codes) == 1}


def _after_table(doc: _Doc, si: int, by_sentence: dict) -> bool:
    """Whether sentence ``si``, of no table, follows a table's rows with no government named between."""
    if _table_row(doc.sents[si].text):
        return False
    sj = si - 1
    while sj >= 0 and sj not in by_sentence:
        sj -= 1
    return sj >= 0 and _table_row(doc.sents[sj].text)


# governments told of by their kind, not named: "kedua kabupaten", "dua pasang kabupaten", "ketiga provinsi"
_GENERIC = re.compile(r"\b(?:kedua|ketiga|keempat|dua|tiga|empat|lima|sejumlah|beberapa|para|pasangan)\s+"
                      r"(?:pasang\s+)?(?:pemerintah\s+)?(?:(?P<province>provinsi|pemprov)|kabupaten(?:/kota)?|kota|pemkab|pemkot)\b", _I)


def _generic_level(low: str) -> bool | None:
    """Whether a sentence that names no government tells of kabupaten and kota (True) or of provinces
    (False) by their kind, or None: "dua pasang kabupaten ... menandatangani PKS masing-masing".

    A title cited inside the sentence tells of no one: 'berita "Dua Kabupaten Teken MoU" memenuhi grup WhatsApp'.

    >>> _generic_level("kedua provinsi sepakat"), _generic_level("dua pasang kabupaten meneken pks")
    (False, True)
    >>> _generic_level('esok harinya, berita "dua kabupaten teken mou" memenuhi grup whatsapp.') is None
    True
    """
    levels = {m.group("province") is None for m in _GENERIC.finditer(low)
              if not (m.start() > 1 and low[m.start() - 1] in '"“')}
    return levels.pop() if len(levels) == 1 else None


def _bullets(text: str, start: int, n: int) -> list[str]:
    """The titles of the first ``n`` bullet items after ``start`` ("- Title: ...")."""
    items = re.findall(r"(?:^|\n|\s)[-•*]\s+([^:\n]{3,120}?):", text[start:start + 3000])
    return items[:n]


def _event_dates(sentence: str, low: str | None = None) -> list:
    """The dates of a sentence (Date, or Relative to the article's date), without those of statements
    ("kata ... saat dihubungi, Rabu (5/6)")."""
    out = []
    lined_up = low is not None and _aligned(sentence)  # then slices of low are those of the sentence in lower case
    dates = find_dates(sentence, low)
    # a day told from the article's date, unless it only repeats the date before ("Kamis (9/9) kemarin")
    dates += [r for r in find_relative(sentence, low if lined_up else None)
              if not any(0 <= r.start - d.end <= 4 for d in dates)]
    if len(dates) > 1:
        dates.sort(key=lambda d: d.start)
    for d in dates:
        start = max(0, d.start - 90)
        before = sentence[start:d.start]
        low_before = low[start:d.start] if lined_up else None
        rep = None
        for rep in _REPORT.finditer(before, low_before):
            pass
        if rep is not None and not _SIGN.search(before[rep.end():], 0, low_before[rep.end():] if lined_up else None):
            continue
        out.append(d)
    return out


# a signing told by its month or its year only: "diteken pada Februari 2024", "ditandatangani pada 2023"
_MONTH_OR_YEAR = re.compile(r"\b(?:pada|sejak|bulan|tahun)\s+(?:(?:bulan|tahun)\s+)?(?:(?:" + "|".join(
    m for m in MONTHS if len(m) > 3) + r")\s+)?(?:19|20)\d\d\b", _I)
# a month, a week or a year told back from the article's: "Juni lalu, NTB meneken ...", "diteken tahun lalu",
# "diteken pekan lalu"
# (and a part of the month told: "kebuntuan itu akhirnya pecah awal bulan ini. ... menandatangani")
_PAST_MONTH = re.compile(r"\b(?:(?:(?:bulan|tahun|pekan|minggu)|" + "|".join(m for m in MONTHS if len(m) > 3)
                         + r")\s+lalu|(?:awal|akhir|pertengahan)\s+(?:bulan|tahun|pekan|minggu)\s+ini)\b", _I)
# a month alone: "Pada Agustus, Pj Gubernur A dan Pj Gubernur B menandatangani nota kesepakatan"
_MONTH_ONLY = re.compile(r"\b(?:pada|bulan)\s+(?:bulan\s+)?(?:" + "|".join(m for m in MONTHS if len(m) > 3)
                         + r")\b(?!\s*(?:\d|lalu|mendatang|depan))", _I)
_ITEM_HEADING_DATED = re.compile(r"\s*\d{1,2}[.)]\s+[^\n]{3,160}\(\s*\d{1,2}\s+[A-Za-z]{3,9}\s+(?:19|20)\d\d\s*\)\s*$")
_PART_OF_DAY = re.compile(r"\b(?:pada\s+)?(?:pagi|siang|sore|malam)\s+hari(?:nya)?\b|\b(?:pagi|siang|sore|malam)nya\b", _I)
_SAME_DAY = re.compile(r"\b(?:di|pada)\s+hari\s+yang\s+sama\b", _I)
_HELD_SINCE_KEYS = ("diperpanjang", "diperbarui", "memiliki", "mempunyai", "punya", "menjalin")
_SINCE_YEAR = re.compile(r"\bsejak\s+(?:tahun\s+)?(?:19|20)\d\d\b", _I)
VAGUE = ""  # (_signing_date: a signing of the kind with no day told, so no day to borrow from another)


# the document before the one reported: "Kesepakatan Bersama sebelumnya ditandatangani ... pada 10 April 2019"
_EARLIER = re.compile(r"\s+(?:(?:yang|yg)\s+)?(?:sebelumnya|terdahulu|lama|sebelum\s+ini|periode\s+sebelumnya|"
                      r"pernah\s+(?:di)?(?:tandatangani|teken|sepakati)\b)", _I)


def _earlier_documents(doc: _Doc, sents: list[int], kinds: list[str]) -> list[tuple[str, int]]:
    """(kind, sentence) of each document of ``kinds`` that the group's sentences ``sents`` tell as the one
    before, signed on a date of its own (a full one, or its month or year: "PKS lama yang diteken kedua
    daerah tahun 2019"), beside a signing of the same kind told elsewhere."""
    out = []
    # (an addendum's story: the document it amends, told with a date of its own, is the one before)
    amended = "dendum" in doc.low_text and any("dendum" in doc.lows[sj] and doc.signed(sj) for sj in sents)
    years = None  # kind -> the years the group's sentences sign that kind alone in (_signing_years), once asked
    for si in sents:
        low = doc.lows[si]
        # "Adendum ini mengubah sejumlah pasal dalam PKS ...", "menandatangani adendum atas Perjanjian Kerja Sama ..."
        amends = amended and "dendum" in low and ("ubah" in low or " atas " in low or " terhadap " in low)
        # (signed by the heads of the time, on a day of its own: "Pada 14 Oktober 2008, Wali Kota Bukittinggi saat itu,
        # ..., dan Bupati Agam kala itu, ..., menandatangani Kesepakatan Bersama ...")
        of_then = ("saat itu" in low or "kala itu" in low or "ketika itu" in low) \
            and len({k for _, k in doc.kind_terms(si)}) == 1 and _HEAD_OF_THEN.search(doc.sents[si].text)
        # (or told by a day years before the group's signing of that kind: "Empat tahun setelah kesepakatan pertama,
        # tepatnya Rabu, 9 Maret 2016, kedua pemerintah daerah menandatangani Perjanjian Kerja Sama ...")
        if not of_then and len({k for _, k in doc.kind_terms(si)}) == 1 and doc.signed(si) \
                and (day := _first_full_date(doc, si)) is not None:
            if years is None:
                years = _signing_years(doc, sents)
            of_then = any(y > day[:4] for y in years.get(doc.kind_terms(si)[0][1], ()))
        # (and the one a renewal replaces, cited by its number and day: "Keterangan: memperbarui Kesepakatan Bersama
        # Nomor: 119/21/KSDD/2018 tanggal 5 Februari 2018 yang telah berakhir masa berlakunya")
        replaced = ("perbarui" in low or "menggantikan" in low) and _REPLACES_CITED.search(doc.sents[si].text)
        if replaced and kinds and (day := _first_full_date(doc, si)) \
                and (kind := doc.kind_terms(si)[0][1] if doc.kind_terms(si) else None) in kinds \
                and any(sj != si and (doc.signed(sj) or sj in doc.dated_fields) for sj in sents):
            out.append((kind, si))
            continue
        if "sebelum" not in low and "lama" not in low and "terdahulu" not in low and "pernah" not in low \
                and "pertama" not in low and not (amended and "dendum" not in low) and not amends and not of_then \
                or not doc.signed(si):
            continue  # (most sentences)
        t = doc.sents[si].text
        ends = doc.term_ends(si) or []
        terms = list(zip(doc.kind_terms(si), ends))
        if not terms and "mou" in kinds:
            # "Kesepakatan ini memperbarui kesepakatan lama kedua daerah yang diteken pada 14 Juni 2021"
            terms = [((m.start(), "mou"), m.end()) for m in _OLD_AGREEMENT.finditer(t)]
        for (pos, kind), end in terms:
            # (beside a signing of the same kind, or of no kind named, told in another sentence)
            once = "pernah" in low and _ONCE_SIGNED.search(t, max(0, pos - 40), pos) is not None
            # (the pair's first, told by its year only: "Kesepakatan serupa pertama kali ditandatangani pada 2018";
            # with its day it is most often the one reported, "pertama" telling only that none came before)
            # (but in an article of a renewal it is the one renewed: "Kesepakatan Bersama pertama antara kedua daerah
            # ditandatangani pada 14 Maret 2019" beside its renewal signed today)
            first = "pertama" in low and _FIRST.match(t, end) is not None and (
                not _first_full_date(doc, si) or _holds(doc.low_text, _RENEWAL_KEYS))
            # (the document an addendum amends, told with its own day: "Adendum ini mengubah sejumlah pasal dalam PKS
            # tentang ... yang ditandatangani kedua dinas pada 18 Oktober 2022")
            amended_here = amends and _AMENDS_BEFORE.search(t, max(0, pos - 60), pos) is not None
            if kind in kinds and (_EARLIER.match(t, end) or once or first or amended and "dendum" not in low
                                  or amended_here or of_then and _signed_again(doc, sents, si, kind)) \
                    and (_first_full_date(doc, si) or _MONTH_OR_YEAR.search(t)) \
                    and any(sj != si and doc.signed(sj) and (not doc.kind_terms(sj)
                                                             or any(k == kind for _, k in doc.kind_terms(sj)))
                            for sj in sents):
                out.append((kind, si))
                break
    return out


def _signing_day(doc: _Doc, si: int) -> str | None:
    """The full day of signing sentence ``si``: its own, or the one the sentences before it tell ("Pada Kamis, 10
    Oktober 2024, ... Dalam kesempatan yang sama, ... meneken perjanjian kerja sama"); None without one."""
    return _first_full_date(doc, si) or si and next(
        (d.iso for d in _day_told_before(doc, si) if isinstance(d, Date) and d.year), None) or None


def _signing_years(doc: _Doc, sents: list[int]) -> dict[str, set[str]]:
    """Kind -> the years of the full days of the group's sentences ``sents`` that sign that kind alone (naming it)."""
    out = {}
    for sj in sents:
        kinds = {k for _, k in doc.kind_terms(sj)}
        if len(kinds) != 1 or not doc.signed(sj):
            continue
        day = _signing_day(doc, sj)
        if day:
            out.setdefault(kinds.pop(), set()).add(day[:4])
    return out


def _signed_again(doc: _Doc, sents: list[int], si: int, kind: str) -> bool:
    """Whether another of the group's sentences ``sents`` signs a document of ``kind``, named there, on a full day of
    its own, other than the day of sentence ``si``'s (the one the heads of the time signed is the one before it)."""
    day = _first_full_date(doc, si)
    if day is None:
        return False
    for sj in sents:
        if sj == si or not doc.signed(sj) or all(k != kind for _, k in doc.kind_terms(sj)):
            continue
        other = _signing_day(doc, sj)
        if other and other != day:
            return True
    return False


_REPLACES_CITED = re.compile(r"\b(?:memperbarui|menggantikan)\s+(?:Kesepakatan\s+Bersama|Perjanjian\s+Kerja\s*Sama|"
                             r"Nota\s+Kesepa(?:haman|katan)|PKS|MoU)\s+Nomor\b[^.;]{0,60}?\btanggal\s+\d")
_HEAD_OF_THEN = re.compile(r"\b(?:Bupati|Wali\s*Kota|Gubernur)\s+(?:-?[A-Z][\w-]*\s+){1,3}(?:saat|kala|ketika)\s+itu\b")
_RENEWAL_KEYS = ("perpanjang", "diperbarui", "memperbarui", "pembaruan")
# "Kedua provinsi sebenarnya pernah meneken kesepakatan kerja sama pada 2013": one signed once, before
_ONCE_SIGNING = r"\bpernah\s+(?:\w+\s+)?(?:meneken|menandatangani|diteken|ditandatangani)"
_ONCE_SIGNED = re.compile(_ONCE_SIGNING + r"\s+(?:\w+\s+){0,2}$", _I)  # (right before the document)
_ONCE_SIGNED_ANY = re.compile(_ONCE_SIGNING + r"\b", _I)
_FIRST_TIME = r"\s+(?:(?:serupa|yang\s+sama)\s+)?pertama\s+kali\b"  # "Kesepakatan serupa pertama kali ..."
# (or "yang pertama" before its signing: "Kesepakatan Bersama yang pertama diteken oleh wali kota dan bupati periode sebelumnya")
_FIRST = re.compile(_FIRST_TIME + r"|\s+(?:bersama\s+)?pertama\s+(?:antara\s+)?kedua\s+(?:daerah|pihak|kota|kabupaten|provinsi|"
                    r"pemerintah|pemda)\b|\s+yang\s+pertama\s+(?:di|ber)\w+|"
                    # ("Kesepakatan Bersama pertama Rokan Hulu-Pasaman diteken pada 2019": the pair's names between)
                    r"\s+pertama\s+(?:(?-i:[A-Z])[\w]*[\s-]+){1,4}?(?:di|ber)\w+", _I)
_AMENDS_BEFORE = re.compile(r"\b(?:mengubah|merevisi|menyempurnakan)\b(?:\s+[\w-]+){0,4}?\s+(?:dalam|pada|atas|dari)\s+$|"
                            r"\badendum\s+(?:atas|terhadap)\s+$", _I)
_OLD_AGREEMENT = re.compile(r"\bkesepakatan(?=\s+(?:(?:yang|yg)\s+)?(?:sebelumnya|terdahulu|lama)\b|" + _FIRST_TIME + ")",
                            _I)


def _renewal_fields(doc: _Doc, agreements: list[dict], sentences_of: dict) -> None:
    """Give a renewal still to come ("draf perjanjian perpanjangan sedang disusun"), where no field of its
    own is told, the fields of the document of its parties that it renews; and one "serupa" ("Pemkot C
    dijadwalkan menandatangani PKS serupa") those of the signed ones of its host it is like, where they
    are all of the same fields."""
    for a in agreements:
        if a["kind"] != "plan" or a["sectors"]:
            continue
        sents = sentences_of.get(frozenset(a["parties"]), ())
        if any(_RENEWAL.search(doc.sents[si].text) for si in sents
               if "perpanjang" in doc.lows[si] or "adendum" in doc.lows[si]):
            like = [b for b in agreements if b["parties"] == a["parties"] and b["kind"] != "plan"]
        elif any(("serupa" in doc.lows[si] or "yang sama" in doc.lows[si]) and _ALIKE.search(doc.sents[si].text)
                 for si in sents):
            like = [b for b in agreements if b["kind"] != "plan" and set(b["parties"]) & set(a["parties"])]
            if len({frozenset(b["sectors"]) for b in like}) != 1:  # (not yet sorted: the same fields in any order)
                continue  # (like documents of different fields: which it is like is not told)
        else:
            continue
        a["sectors"] = sorted({slug for b in like for slug in b["sectors"]})


_ALIKE = re.compile(r"\b(?:pks|kesepakatan|perjanjian|mou|nota|naskah|dokumen)(?:\s+\w+){0,2}?\s+(?:yang\s+)?serupa\b|"
                    # (and one of the same scope: "Naskah Kesepakatan Bersama antara Pemerintah Provinsi dan Pemerintah Kota
                    # Tarakan, dengan ruang lingkup yang sama, telah disiapkan")
                    r"\b(?:ruang\s+)?lingkup\s+yang\s+sama\b", _I)


def _earlier_fields(doc: _Doc, si: int) -> list[str]:
    """The fields of the document before, told in sentence ``si``, that the sentence after it names as of
    that time: "Kesepakatan Bersama sebelumnya ditandatangani pada 10 April 2019. Pada periode itu, kerja
    sama difokuskan pada bidang perdagangan dan perhubungan."."""
    found = []
    t = doc.sents[si].text
    m = _SCOPE.search(t)
    ends = [e for e in doc.term_ends(si) or () if e is not None]
    if m and (_ONCE_SIGNED_ANY.search(t, 0, m.start()) or "pertama" in t and _FIRST.search(t, 0, m.start())
              or _HEAD_OF_THEN.search(t, 0, m.start())
              # (and a document told by its subject right after it: "... tepatnya Rabu, 9 Maret 2016, kedua pemerintah
              # daerah menandatangani Perjanjian Kerja Sama tentang pelayanan air minum")
              or len(ends) == 1 and _ABOUT.match(t, ends[0]) and m.start() <= ends[0] + 2):
        # (and one the heads of the time signed: "Wali Kota Bukittinggi saat itu, ..., menandatangani Kesepakatan
        # Bersama tentang pemanfaatan sumber air Sungai Tanang untuk kebutuhan air bersih warga")
        # its own, in the sentence that tells it: "pernah meneken kesepakatan pada 2013, namun naskah yang hanya
        # mengatur angkutan penyeberangan itu berakhir pada 2018", "Kesepakatan serupa pertama kali ditandatangani
        # pada 2018 dan kala itu hanya mencakup pembuangan sampah"
        found = _fields(t[m.start():])
    for sj in range(si + 1, min(si + 3, len(doc.sents))):
        t = doc.sents[sj].text
        through = _THROUGH_THAT_ONE.match(t) if sj == si + 1 else None
        if not (through or _THAT_TIME.match(t) or _THAT_ONE_BEFORE.match(t)
                or sj > si + 1 and doc.lows[sj].startswith("isinya")
                # (and "Kesepakatan tersebut mengatur pelayanan pendidikan dan kesehatan ..." right after it)
                or sj == si + 1 and _ITS_CONTENT.match(t)):
            break  # (and "Kesepakatan pertama itu ditandatangani ... Isinya hanya mencakup ...")
        m = _SCOPE.search(t)
        # ("Lewat PKS itu, air dari Tabanan disalurkan ke Badung": what the document does is its field)
        scope = t[m.start():] if m else t[through.end():] if through else ""
        found += [slug for slug in _fields(scope) if slug not in found]
    return found


_ABOUT = re.compile(r"\s+(?:tentang|mengenai|soal)\s", _I)
_THAT_ONE_BEFORE = re.compile(r"(?:kesepakatan|perjanjian|mou|naskah|dokumen)(?:\s+bersama)?\s+"
                              r"(?:pertama|lama|sebelumnya|terdahulu)\s+(?:itu|tersebut)\b", _I)
# right after the document before: "Lewat PKS itu, ..." (that one, the last named)
_THROUGH_THAT_ONE = re.compile(r"(?:lewat|melalui|dengan|berdasarkan)\s+(?:kesepakatan|perjanjian|pks|mou|naskah|"
                               r"dokumen)(?:\s+(?:bersama|kerja\s*sama))?\s+(?:itu|tersebut)\b", _I)


# (a sentence opened by the time of the document before: "Pada periode itu, ...", "Saat itu, ...")
_THAT_TIME = re.compile(r"(?:(?:pada|dalam|di)\s+(?:periode|masa|kesepakatan|kerja\s*sama|naskah)\s+"
                        r"(?:itu|tersebut|sebelumnya|lama|terdahulu)|(?:saat|ketika|kala|waktu)\s+itu)\b", _I)


def _signed_before_without_day(doc: _Doc, sents: list[int]) -> bool:
    """Whether the signing sentences among ``sents`` tell their document as signed before, with no day."""
    signing = [si for si in sents if doc.signed(si)]
    return bool(signing) and all(_BEFORE_NOW.search(doc.sents[si].text) and not doc.event_dates(si) for si in signing)


_BEFORE_NOW = re.compile(r"\b(?:lebih\s+dulu|terlebih\s+dahulu|lebih\s+dahulu|lebih\s+awal)\b", _I)


def _first_full_date(doc: _Doc, si: int) -> str | None:
    """The first date of sentence ``si`` written with its year, as ISO; not the day a document's term ends
    ("PKS sebelumnya, yang diteken pada 2019, berakhir 31 Desember 2024")."""
    if si not in doc.full_dates:
        t = doc.sents[si].text
        doc.full_dates[si] = next((d.iso for d in doc.event_dates(si) if isinstance(d, Date) and d.year
                                   and not _TERM_ENDS.search(t, max(0, d.start - 30), d.start)), None)
    return doc.full_dates[si]


# the end of a document's term, right before a date: "berakhir 31 Desember 2024", "berlaku hingga 2029"
# (and "habis masa berlakunya pada 31 Juli 2025")
_TERM_ENDS = re.compile(r"\b(?:berakhir|hingga|sampai(?:\s+dengan)?|s\.d\.?|habis|kedaluwarsa)"
                        r"(?:\s+masa\s+berlaku(?:nya)?)?\s+(?:pada\s+)?(?:tanggal\s+)?$", _I)


# a document's own day, told in a clause of it: "Perjanjian Kerja Sama dengan Pemkab Purworejo ..., yang diteken pada
# 18 Juli 2023"
_OWN_DAY_CLAUSE = re.compile(r"\byang\s+(?:telah\s+|sudah\s+)?(?:diteken|ditandatangani)\s+(?:pada\s+)?(?:tanggal\s+)?\d", _I)


def _kind_date(own: str | None, signed_on: str | None) -> str | None:
    """The signing date of one kind of document: its own, none when its signing is told by month or year
    only (VAGUE), else the article's signing date."""
    if own == VAGUE:
        return None
    return own or signed_on


def _told_next(doc: _Doc, si: int, kind: str, parties: frozenset) -> bool:
    """Whether signing sentence ``si`` names no document and the next one, a signing too, names ``kind`` and
    governments of ``parties`` only: "Kesepakatan pertama tahun ini diteken di Denpasar, Kamis, 16 Maret
    2023. Gubernur A dan Gubernur B menandatangani Kesepakatan Bersama tentang ..." (one signing told in two)."""
    return not doc.kind_terms(si) and si + 1 < len(doc.sents) and doc.sign[si + 1] \
        and any(k == kind for _, k in doc.kind_terms(si + 1)) \
        and (not parties or {doc.codes[i] for i in doc.sentence_mentions(si + 1)} <= parties)


def _row_columns(doc: _Doc, si: int) -> tuple[list[str], list[int]] | None:
    """(the header's cells, where the bars of row ``si`` stand) of the table whose row sentence ``si`` is, else None."""
    t = doc.sents[si].text
    if not _table_row(t) or _table_header(t):
        return None
    sj = si - 1
    while sj >= 0 and (_table_row(doc.sents[sj].text) and not _table_header(doc.sents[sj].text)
                       or _table_rule(doc.sents[sj].text)):
        sj -= 1  # (the rows above, up to the header; and a Markdown table's rule under it)
    if sj < 0 or not _table_row(doc.sents[sj].text):
        return None
    return doc.sents[sj].text.split(" | "), [m.start() for m in re.finditer(r" \| ", t)]


def _date_cell(row: str, columns: tuple[list[str], list[int]]) -> str:
    """The cell of ``row`` under the header of its table's date column (_DATE_HEADER), "" where there is none."""
    header, _ = columns
    cells = row.split(" | ")
    at = next((k for k, head in enumerate(header) if _DATE_HEADER.search(head)), None)
    return cells[at].strip(" |") if at is not None and at < len(cells) and len(cells) == len(header) else ""


_IN_PROCESS = re.compile(r"(?:dalam\s+)?(?:proses|pembahasan|penyusunan|penjajakan)(?:\s+\w+)?|draf|draft|belum\s+\w+", _I)


def _column(columns: tuple[list[str], list[int]], pos: int) -> str:
    """The header of the column at ``pos`` in a row (_row_columns), "" past the last."""
    header, bars = columns
    col = bisect_right(bars, pos)
    return header[col] if col < len(header) else ""


def _planned_cells(doc: _Doc, si: int) -> bool:
    """Whether every signing a table's row ``si`` tells stands in a column its header names as the plan ("No. |
    Mitra | ... | Rencana 2025 | ..." over "1. | Pemerintah Provinsi Gorontalo | ... | Penandatanganan Kesepakatan
    Bersama | ..."): a signing to come."""
    columns = _row_columns(doc, si)
    if columns is None:
        return False
    signings = list(_done_signings(doc.sents[si].text, doc.lows[si]))
    return bool(signings) and all(_PLAN_HEADER.search(_column(columns, m.start())) for m in signings)


def _dated_row(doc: _Doc, si: int) -> bool:
    """Whether sentence ``si`` is a table's row naming a document with a full date in the column its header names
    as the date ("No | Jenis | Para Pihak | Tentang | Tanggal | ..." over "3 | Kesepakatan Bersama | ... |
    05-07-2023 | ..."), or cited by its number and day in a column not of the plan ("Kesepakatan Bersama Nomor
    100.3.7/184/Ro.Pem ... tanggal 17 Oktober 2022")."""
    columns = _row_columns(doc, si) if doc.kind_terms(si) else None
    if columns is None:
        return False
    t = doc.sents[si].text
    for d in doc.event_dates(si):
        if isinstance(d, Date) and d.year and d.day and not _PLAN_HEADER.search(head := _column(columns, d.start)) \
                and (_DATE_HEADER.search(head) or _CITED_BEFORE.search(t, max(0, d.start - 120), d.start)):
            return True
    return False


# a document cited by its number, then its day: "Kesepakatan Bersama Nomor 100.3.7/184/Ro.Pem dan Nomor 100/27/KB/X/2022
# tanggal "
_CITED_BEFORE = re.compile(r"\b(?:Kesepakatan\s+Bersama|Perjanjian\s+Kerja\s*Sama|Nota\s+Kesepa(?:haman|katan)|PKS|MoU)\s+"
                           r"Nomor\s[^|]{1,100}?\btanggal\s+$")


_ONLY_INVOLVING = re.compile(r"\bhanya\s+(?:melibatkan|antara|di\s+antara|untuk)\s+", _I)
# a document's title naming its parties: "Kesepakatan Bersama antara Pemerintah Kabupaten A dengan Pemerintah Kabupaten B"
_TITLED = re.compile(r"\b(?:Kesepakatan\s+Bersama|Perjanjian\s+Kerja\s*Sama|Nota\s+Kesepa(?:haman|katan))"
                     r"(?:\s+\([A-Za-z]{2,5}\))?\s+antara\s+"  # (and its short form: "Perjanjian Kerja Sama (PKS) antara")
                     r"(?:Pemerintah|Dinas|Badan|Bagian|Sekretariat|Pemkab|Pemkot|Pemko|Pemprov)\b")


def _named_last(doc: _Doc, si: int) -> frozenset:
    """The governments of the nearest sentence before ``si`` that names any (within five sentences)."""
    for sj in range(si - 1, max(-1, si - 6), -1):
        if (ms := doc.sentence_mentions(sj)):
            return frozenset(doc.codes[i] for i in ms if i in doc.codes)
    return frozenset()


def _dated_fields(doc: _Doc) -> dict[int, str]:
    """Sentence -> kind of each entry's field of a full date ("Tgl. Penetapan : 05-06-2024", "Tanggal
    Penandatanganan : ...") a few lines under the entry's document named signed or in force (its title, "Judul :
    Perjanjian Kerja Sama antara ..."), none under a draft's ("Tgl. Penetapan : -")."""
    out = {}
    for si, s in enumerate(doc.sents):
        if not _DATE_FIELD.match(s.text):
            continue
        dates = [d for d in doc.event_dates(si) if isinstance(d, Date) and d.year and d.day]
        if not dates:
            continue
        for sj in range(si - 1, max(-1, si - 5), -1):
            facts = doc.kind_facts(sj)[1]
            if facts:
                if not facts[0][1]:
                    out[si] = facts[0][0]
                break
    return out


# an entry's field of the day its document was set or signed: "Tgl. Penetapan : 05-06-2024"
# (and an infographic's, after its mark: "📅 Tanggal: Rabu, 17 Juli 2024")
_DATE_FIELD = re.compile(r"\s*(?:[^\w\s]{1,3}\s*)?(?:Tgl\.?|Tanggal)(?:\s+(?:Penetapan|Penandatanganan|Ditetapkan|Ditandatangani|"
                         r"Pengesahan|Naskah))?\s*:\s*\S")
# a draft's signing told by a month only, as a headline's schedule: "Matangkan Draf Kesepakatan Bersama ..., Diteken
# Desember"
_DRAFT_BY_MONTH = re.compile(r"\b(?:draf|draft|rancangan)\b[^.;]{0,120}\b(?:diteken|ditandatangani|teken)\s+(?:pada\s+)?"
                             r"(?:bulan\s+)?(?:" + "|".join(m.capitalize() for m in MONTHS if len(m) > 3) + r")\b(?!\s+\d)",
                             _I)
_DATE_HEADER = re.compile(r"\b(?:tanggal|tgl)(?:\b|_)", _I)  # ("Tanggal Penandatanganan", "tgl_ttd")
_PLAN_COLUMN = re.compile(r"\b(?:rencana|target|usulan)\b", _I)  # (not "Status Tindak Lanjut": what became of it)
_PLAN_HEADER = re.compile(r"\b(?:rencana|target|tindak\s+lanjut|usulan)\b", _I)


def _signed_before_opening(doc: _Doc, si: int, kind: str) -> bool:
    """Whether sentence ``si`` names ``kind`` only in an opening clause of what came before, its day not the
    sentence's: "Empat bulan setelah kepala daerahnya meneken Kesepakatan Bersama, Pemkot A dan Pemkab B
    menandatangani PKS ..., Senin (3/2/2025)" (the Kesepakatan's day is told elsewhere)."""
    low = doc.lows[si]
    if "setelah" not in low and "sesudah" not in low and "sejak" not in low and "usai" not in low:
        return False
    m = _BEFORE_OPENING.match(doc.sents[si].text)
    if m is None:
        return False
    terms = doc.kind_terms(si)
    return any(k == kind for _, k in terms) and all(p < m.end() for p, k in terms if k == kind) \
        and any(p >= m.end() for p, k in terms if k != kind)


_BEFORE_OPENING = re.compile(r"[^,.;]{0,60}?\b(?:setelah|sesudah|usai|seusai|sejak|pasca)\b[^,.;]{0,120},", _I)


def _told_before(doc: _Doc, si: int, kind: str) -> bool:
    """Whether signing sentence ``si`` names no document and opens by pointing back to the one the sentence
    before names, of ``kind``: "Perjanjian kerja samanya antara A dengan lima daerah ... Itu satu naskah,
    ditandatangani bersama dan diperpanjang pada Desember 2024"."""
    return si > 0 and not doc.kind_terms(si) and doc.lows[si].startswith(_POINTS_BACK) \
        and _POINTING_BACK.match(doc.lows[si]) is not None and any(k == kind for _, k in doc.kind_terms(si - 1))


# a sentence opening on the document just named: "Itu satu naskah, ...", "Naskah itu ...", "Dokumen tersebut ..."
_POINTS_BACK = ("itu ", "ini ", "naskah ", "dokumen ", "keduanya ", "semuanya ")
# (and "Naskah tunggal itu ...", "Dokumen kesepakatan tersebut ...": the document with a word of its own)
_POINTING_BACK = re.compile(r"(?:itu|ini|keduanya|semuanya)\s|(?:naskah|dokumen)\s+(?:[\w-]+\s+)?(?:itu|tersebut|ini)\b")


def _follows_up(doc: _Doc, si: int, kind: str) -> bool:
    """Whether sentence ``si`` names ``kind`` only before signing another: "menindaklanjuti Kesepakatan
    Bersama kedua daerah dengan penandatanganan dua PKS, Kamis (18/1/2024)" is no day of the Kesepakatan."""
    signed = _signed_kinds(doc, si) if doc.kind_terms(si) else set()
    if kind in signed or not signed:
        return False
    first = next(_done_signings(doc.sents[si].text, doc.lows[si])).start()
    return all(pos < first for pos, k in doc.kind_terms(si) if k == kind)


# a signing at the event the sentence before tells: "Di sela raker, ...", "Dalam kesempatan itu, ..."
_THAT_MEETING = re.compile(r"\b(?:memanfaatkan|dalam|pada|di\s+sela(?:-sela)?)\s+(?:(?:pertemuan|forum|ajang|acara|kegiatan|"
                           r"kesempatan|rapat|momentum)\s+(?:itu|tersebut)|momentum\s+(?:rakernas|rakor|munas|rapat)\w*)\b", _I)
_AT_THAT_EVENT = re.compile(r"\W*(?:di\s+sela(?:-sela)?|dalam\s+(?:acara|kegiatan|kesempatan|rangkaian)|"
                            r"pada\s+(?:acara|kesempatan|kegiatan))\b", _I)
_EVENT_BACK = 12  # sentences before one signing "di sela" an event in which the event's day is looked for
# a short sentence that only sets the day of what the next tells: "Titik balik terjadi pada Selasa, 12 Maret 2019."
# (and "Kisah itu memasuki babak baru pada Senin, 19 Agustus 2024.")
_WHEN_IT_CAME = re.compile(r"[^.;,]{0,40}\b(?:terjadi|tiba|datang|memasuki\s+(?:babak|era|tahap|lembaran)\s+baru)\s+pada\s+"
                           r"[^.;]{0,30}\d[^.;]{0,12}[.!]?$", _I)


def _day_told_before(doc: _Doc, si: int) -> list:
    """The dates of signing sentence ``si``, which tells none, that the sentences before it give: the day a short
    sentence sets ("Titik balik terjadi pada Selasa, 12 Maret 2019. Di Baruga ..., kelima daerah
    menandatangani"), the day of the event told just before ("Rapat Kerja ... digelar ..., Rabu (21/8) ... Di
    sela raker, ... meneken"), the day told last before "di hari yang sama"; [] otherwise."""
    low, before = doc.lows[si], doc.lows[si - 1]
    if " pada " in before and _WHEN_IT_CAME.match(doc.sents[si - 1].text):
        return doc.event_dates(si - 1)
    if low[:1] in "dp" and _AT_THAT_EVENT.match(doc.sents[si].text):
        # (the nearest day told before, the event's: "... pembukaan Festival Seni Sukawati 2024, Jumat (5/7/2024) malam.
        # ... Di sela pembukaan, Bupati Gianyar dan Bupati Klungkung ... menandatangani")
        at = _AT_THAT_EVENT.match(doc.sents[si].text)
        event = (low[at.end():].split() or [""])[0].strip(",")  # ("pembukaan", "rapat": the event's word)
        told = [(sj, ds) for sj in range(si - 1, max(-1, si - _EVENT_BACK), -1)
                if sj not in doc.earlier and (ds := doc.event_dates(sj))]
        return next((ds for sj, ds in told if len(event) > 3 and event in doc.lows[sj]), told[0][1] if told else [])
    if (" itu " in low or " tersebut " in low or "momentum" in low) and _THAT_MEETING.search(doc.sents[si].text):
        # (the meeting told before, named back: "Rapat Kerja Nasional ... yang digelar di Balikpapan ..., Selasa
        # (4/6/2024), ... Sejumlah pemerintah kota memanfaatkan pertemuan itu untuk menandatangani kesepakatan")
        return next((ds for sj in range(si - 1, max(-1, si - _EVENT_BACK), -1)
                     if sj not in doc.earlier and (ds := doc.event_dates(sj))), [])
    if low.startswith(("kali ini", "saat itu", "ketika itu")) and si:
        # (the meeting the sentence before dates, told back: "Tiga hari kemudian, Kamis (15/8/2024), keempat pemerintah
        # daerah kembali duduk bersama. Kali ini mereka menandatangani satu naskah ...")
        return doc.event_dates(si - 1)
    if "giliran" in before and len(before) < 120:
        # (the day a turn is told by: "Tiga hari kemudian, Kamis (8/8), giliran Pemkab Humbahas. Kesepakatan Bersama
        # kedua diteken ...")
        return doc.event_dates(si - 1)
    if doc.text[doc.sents[si - 1].start:doc.sents[si - 1].start + 4].lstrip()[:1].isdigit() \
            and _ITEM_HEADING_DATED.match(doc.sents[si - 1].text):
        # (the heading of a roundup's item, dated: "2. Pemprov Kaltim–Kukar: PKS Jalan Tenggarong–Kota Bangun (14 Mei
        # 2024)", its story after it)
        return doc.event_dates(si - 1)
    if ("pagi" in low or "siang" in low or "sore" in low or "malam" in low) and _PART_OF_DAY.search(doc.sents[si].text):
        # (a time of the day told before: "... menjalani agenda padat, Rabu (2/10/2024). Setelah meresmikan Pasar
        # Oeba pada pagi hari, ia menyaksikan penandatanganan ...")
        return doc.event_dates(si - 1)
    if "baru saja" in low or low.startswith(("usai penandatanganan", "seusai penandatanganan")):
        # (a signing just done, in the scene the lead dates: "Suasana ruang rapat Wali Kota Bitung siang itu, Jumat
        # (16/5/2025), ... Usai penandatanganan, ... \"Saya dan Pak Bupati baru saja menandatangani ...\"")
        return next((ds for sj in range(si - 1, max(-1, si - 3), -1)
                     if sj not in doc.earlier and (ds := doc.event_dates(sj))), [])
    if "sama" in low and _SAME_DAY.search(doc.sents[si].text):
        # (not the day of the document before the one reported: "Kesepakatan sebelumnya ditandatangani pada 25
        # Februari 2019 ... Di hari yang sama, ... meneken Perjanjian Kerja Sama")
        return next((ds for sj in range(si - 1, max(-1, si - 4), -1)
                     if sj not in doc.earlier and (ds := doc.event_dates(sj))), [])
    return []


# the time stamps of a live report, each on a line of its own: "Pukul 09.45 WIB"
_TIME_STAMP = re.compile(r"^[ \t]*(?:Pukul|Pkl\.?|Jam)\s+\d{1,2}[.:]\d{2}(?:\s+(?:WIB|WITA|WIT))?\b[^\n]{0,20}$",
                         re.MULTILINE | re.IGNORECASE)


def _live_report(doc: _Doc) -> bool:
    """Whether the article is a live report: two time stamps at least, each on a line of its own."""
    if "ukul" not in doc.text and "Pkl" not in doc.text and "Jam " not in doc.text:
        return False
    return len(_TIME_STAMP.findall(doc.text)) >= 2


# a signing told as before the sentence's event: "Sepekan setelah penandatanganan ...", "Usai penandatanganan, ..."
_AFTER_SIGNING = re.compile(r"\b(?:setelah|sesudah|usai|seusai|pasca)\s+$", _I)


def _after_the_signing(sentence: str, low: str) -> bool:
    """Whether every signing word of ``sentence`` follows "setelah", "usai" ...: the day the sentence tells is of
    what came after the signing."""
    if "usai" not in low and "setelah" not in low and "sesudah" not in low and "pasca" not in low:
        return False
    return _every_signing_after(sentence, low, _AFTER_SIGNING, 12)


_QUOTE_CLOSED = re.compile(r"[,.!?][\"”]\s+(?:ujar|kata|ucap|tutur|jelas|tegas|ungkap|imbuh|tambah|pungkas|sebut)", _I)
_FACILITATED_SIGNING = re.compile(r"\b(?:memfasilitasi|difasilitasi|fasilitasi)\s+(?:\w+\s+){0,2}?penandatanganan\b", _I)
_DATE_UNDER_HEADING = re.compile(r"(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu),?\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*")


def _signing_date(doc: _Doc, published: str | None, kind: str | None = None, parties: frozenset = frozenset(),
                  within: set | None = None):
    """The signing date (see rule 7); with ``kind``, only from sentences naming that kind of document;
    not from a signing whose governments are all outside the agreements (``parties``): "Pj Gubernur
    dan Direktur Bank X meneken nota kesepahaman, Selasa (7/5)" beside a pair of kota and kabupaten;
    with ``within``, only from those sentences (one group's)."""
    cands = []
    prev_sign = signed_any = False
    vague = False  # a signing of the kind told by its month or year only ("diteken pada Februari 2024")
    dated = []  # the dates of datelines in signing sentences
    others_told = doc.with_others_told()
    today = dt.date.fromisoformat(published) if published else None  # what "kemarin" is told from
    for si, s in enumerate(doc.sents):
        if within is not None and si not in within:
            prev_sign = False
            continue
        # (a signing still to come has no signing day: "Rencana penandatanganan ... batal dilaksanakan, Senin (3/3)")
        sign = doc.sign[si] and (kind is None or any(k == kind for _, k in doc.kind_terms(si))
                                 or _told_next(doc, si, kind, parties) or _told_before(doc, si, kind)) and doc.signed(si) \
            and (kind is None or not _follows_up(doc, si, kind) and not _signed_before_opening(doc, si, kind))
        if si in doc.dated_rows:
            sign = kind is None or doc.kind_terms(si)[0][1] == kind  # (a table's row: the day of its own document)
        elif si in doc.dated_fields:
            sign = kind is None or doc.dated_fields[si] == kind  # (an entry's field: the day of the entry's document)
        if sign and parties:
            # (not a government the sentence sets outside: "... dalam Rapat Koordinasi ... yang digelar Pemprov Banten ...,
            # Selasa (12/12/2023)" is the day of the pairs it tells signing)
            outside = doc.outside(si)
            here = {doc.codes[i] for i in doc.sentence_mentions(si) if i not in outside}
            # (a host facilitating the parties' signing names their day: "Pemerintah Provinsi Jawa Tengah memfasilitasi
            # penandatanganan tiga Kesepakatan Bersama antardaerah ..., Rabu (21/5/2025)")
            # (and the province of them all where it only tells where they are: "Lima pemerintah kabupaten di wilayah
            # adat Meepago, Provinsi Papua Tengah, menandatangani satu naskah ..., Jumat, 12 Juli 2024")
            sign = not here or not here.isdisjoint(parties) or "fasilitasi" in doc.lows[si] \
                and _FACILITATED_SIGNING.search(s.text) is not None \
                or all("." not in doc.codes[i] and all(p.startswith(doc.codes[i] + ".") for p in parties)
                       and _as_apposition(doc.text, doc.mentions[i]) for i in doc.sentence_mentions(si) if i not in outside)
        if si in others_told:
            # (the day of one government's agreement with a company or an office of the state: "Pemkab A
            # menandatangani PKS dengan BPJS Kesehatan ... Penandatanganan berlangsung di ..., Rabu (22/1)")
            sign = False
        if si in doc.earlier:
            sign = False  # (the day of the document before the one reported: its own agreement's)
        if sign or (prev_sign and (_EVENT.search(s.text, 0, doc.lows[si]) or _DATE_UNDER_HEADING.fullmatch(s.text)
                                   and len(doc.sents[si - 1].text.split()) <= 3)
                    # (not the event of another kind's signing: "... yang diteken enam bulan lalu dengan menandatangani
                    # dua PKS. Penandatanganan PKS dilakukan ..., Kamis (5/9)" is not the Kesepakatan's day)
                    and not (kind and (terms := doc.kind_terms(si)) and all(k != kind for _, k in terms))):
            # (and a date on the line under a heading of the signing: "📅 DITANDATANGANI / Jumat, 22 Maret 2024")
            # (not the date of a dateline the sentence opens with: "Bitung, 4 Juni 2024 - Pemkot Bitung
            # menandatangani ..., Senin (3/6/2024)" is published on the 4th; nor that of an event after the
            # signing: "Sepekan setelah penandatanganan Kesepakatan Bersama, ... menggelar rapat, Jumat (7/6)")
            # (the day after the signing may be the next document's: "Sehari setelah penandatanganan di Palembang,
            # Rabu (26/6/2024), ... Kepala Dinas Perhubungan ... menandatangani PKS")
            after = sign and _after_the_signing(s.text, doc.lows[si]) and (
                kind is None or any(k == kind for _, k in doc.kind_terms(si)))
            dates = doc.event_dates(si) if not after else []
            if sign and not dates and si:
                dates = _day_told_before(doc, si)
            if kind and len(dates) > 1 and len({k for _, k in doc.kind_terms(si)}) > 1:
                # (the days of two kinds' signings in one sentence, each after its own: "Kesepakatan bersama ... yang
                # diteken pada 23 Maret 2021 akhirnya ditindaklanjuti dengan dua perjanjian kerja sama (PKS), Kamis
                # (12/9/2024)")
                at = next((pos for pos, k in doc.kind_terms(si) if k == kind), None)
                dates = [d for d in dates if at is None or d.start > at] or dates
            for d in dates:
                if d is not dates[-1] and isinstance(d, Date) and _PAST_EVENT_DAY.search(s.text, max(0, d.start - 70), d.start):
                    continue  # (the day of what is remembered, another day the signing's: "Bertepatan dengan peringatan
                    # lima tahun bencana gempa, tsunami dan likuefaksi 28 September 2018, ... menandatangani ..., Kamis
                    # (28/9/2023)")
                if isinstance(d, Date) and _TERM_ENDS.search(s.text, max(0, d.start - 40), d.start):
                    continue  # (the day a document's term ends: "... setelah perjanjian sebelumnya habis masa
                    # berlakunya pada 31 Juli 2025")
                if not isinstance(d, Date) and (s.text[:1] in '"“' or _QUOTE_CLOSED.search(s.text)):
                    continue  # (a day told from a speaker's, in a quote: "... diteken hari ini juga," ujar Rahmat)
                if today or isinstance(d, Date):
                    d = d if isinstance(d, Date) else d.on(today)
                    # (a dateline's own date counts only where no other tells the day)
                    (dated if doc.datelines and _within(s.start + d.start, doc.datelines) else cands).append(d)
            if cands and cands[0].year:
                return cands[0].iso  # a full first date: the later ones are not needed
            # (and one group's document: "Sebelumnya, pada 2023 Pemprov NTT telah meneken kesepakatan bersama
            # dengan Pemprov DKI Jakarta" beside the one reported, of the same kind)
            if (kind or within is not None) and not cands and sign \
                    and (_MONTH_OR_YEAR.search(s.text) or _PAST_MONTH.search(s.text) or _MONTH_ONLY.search(s.text)):
                vague = True
        elif within is not None and kind and not cands and any(k == kind for _, k in doc.kind_terms(si)) and (
                "sejak" in doc.lows[si] and _SINCE_YEAR.search(s.text)
                or _holds(doc.lows[si], _HELD_SINCE_KEYS) and _MONTH_OR_YEAR.search(s.text)):
            # one group's document told by the year it dates from: "nota kesepakatan sudah ada sejak 2022"; or
            # renewed or held since: "Perjanjian kerja sama antara Pemprov DKI Jakarta dan Pemkot Bekasi ... diperpanjang
            # pada 2021", "telah memiliki perjanjian kerja sama dengan Pemkab Solok Selatan pada 2024"
            vague = True
        prev_sign = sign
        signed_any = signed_any or sign
    cands = cands or dated
    if not cands and signed_any and today and not vague and _live_report(doc):
        return today.isoformat()  # (a live report's signings are of its day: "Pukul 09.45 WIB / Penandatanganan pertama. ...")
    if not cands:
        return VAGUE if vague else None
    first = cands[0]
    if first.year:
        return first.iso
    for d in cands[1:]:
        if d.year and (d.month, d.day) == (first.month, first.day):
            return d.iso
    iso = with_year(first, int(published[:4]) if published else None)
    if iso and published and iso > published:
        # "pada 12 Desember lalu" in a January article: a signing reported is in the past
        iso = with_year(first, int(published[:4]) - 1)
    return iso


def _as_apposition(text: str, m) -> bool:
    """Whether mention ``m`` stands between commas after a name it places ("di wilayah adat Meepago, Provinsi Papua
    Tengah, menandatangani ...")."""
    return text[max(0, m.pstart - 2):m.pstart] == ", " and text[m.end:m.end + 1] == ","


def _renamed_by_correction(doc: _Doc) -> list[tuple[str, str]]:
    """(name written wrong, name written right) of each holder a correction notice renames ("Ralat: Pada paragraf
    keenam berita ini tertulis Kepala Dinas PUPR Nagekeo Yohanes Bosco Dopo, S.T. Yang benar, Kepala Dinas PUPR
    Nagekeo adalah Silvester Lena Ngoe, S.T., M.T."), where the body still holds the wrong name; [] otherwise."""
    out = []
    t = " ".join(doc.sents[si].text for si in sorted(doc.corrections))  # (the notice, whatever its sentences)
    for wrong_at in _WRITTEN_WRONG.finditer(t):
        right_at = _WRITTEN_RIGHT.search(t, wrong_at.end())
        if right_at is not None:
            told_wrong, told_right = t[wrong_at.end():right_at.start()], t[right_at.end():]
            wrong = [o.name for o in find_offices(told_wrong, find_mentions(told_wrong)) if o.name]
            right = [o.name for o in find_offices(told_right, find_mentions(told_right)) if o.name] \
                or [n for n in [_read_holder(told_right, 0)] if n]
            if wrong and right and any(wrong[0] in doc.sents[sj].text for sj in range(len(doc.sents))
                                       if sj not in doc.corrections):
                out.append((wrong[0], right[0]))
    return out


def _read_holder(text: str, pos: int) -> str:
    """The holder named after "adalah" at ``pos`` ("... adalah Silvester Lena Ngoe, S.T."), '' if none."""
    m = _HOLDER_IS.search(text, pos)
    return clean_name(m.group(1)) if m else ""


_WRITTEN_WRONG = re.compile(r"\btertulis\s+", _I)
_WRITTEN_RIGHT = re.compile(r"\b(?:yang\s+benar|seharusnya)\s*[,:]?\s*", _I)
_HOLDER_IS = re.compile(r"\badalah\s+((?:[A-Z][\w.'’-]*\s+){0,6}[A-Z][\w'’-]*)")


def _officials(doc: _Doc):
    """[(official dict, sentence index, office)] and the offices without names per sentence."""
    found, refs = [], []
    kinds_established = None  # the established regions by kind, read when an office names no region
    for si, starts in _title_sentences(doc):
        if si in doc.corrections:
            continue  # (the names a correction notice tells as written wrong before)
        s = doc.sents[si]
        # the mentions of a sentence are a run of them: sent_of never decreases
        lo, hi = bisect_left(doc.sent_of, si), bisect_right(doc.sent_of, si)
        idx = range(lo, hi)
        mentions = doc.mentions[lo:hi]
        for o in find_offices(s.text, mentions, s.start, starts):
            code = None
            if o.codes is not None:
                # the mention right after the title
                for j, m in zip(idx, mentions):
                    if m.codes == o.codes and m.start - s.start >= o.start:
                        code = doc.codes.get(j) or (o.codes[0] if len(o.codes) == 1 else None)
                        break
                if code is None and o.codes:
                    known = [c for c in o.codes if c in doc.established]
                    code = known[0] if len(known) == 1 else (o.codes[0] if len(o.codes) == 1 else None)
            if code is None and o.name:
                for off, _, _ in found:
                    if same_person(off["name"], o.name):
                        code = off["region"]
                        break
            if code is None and o.role == "camat":
                code = _kecamatan_region(doc, o.title)
                if code is None:
                    if kinds_established is None:
                        kinds_established = _established_by_kind(doc)
                    local = kinds_established.get("kabupaten", []) + kinds_established.get("kota", [])
                    # (a kecamatan named after its kabupaten: "Camat Manokwari Barat" is of Kabupaten Manokwari)
                    local = [c for c in local if _named_after(o.title, c)] or local
                    if len(local) != 1:
                        continue  # (of two kabupaten or kota, the kecamatan's is not guessed)
                    code = local[0]
            if code is None and o.codes is None and o.title.startswith("Direktur"):
                code = _body_region(doc, o.title)  # (a hospital its owner is told of: "RSUD A milik Pemkot B")
            if code is None and o.codes is None:
                # (a Biro is a unit of a province's secretariat: "melalui Ibu Kepala Biro, Nelly Yuniarti")
                kind = o.kind or ("provinsi" if o.title.startswith(("Kepala Biro", "Karo ")) else None)
                before = [doc.codes[j] for j, m in zip(idx, mentions) if m.end - s.start <= o.start and j in doc.codes]
                before = [c for c in before if kind is None or (region(c) or {}).get("kind") == kind]
                if kinds_established is None:
                    kinds_established = _established_by_kind(doc)
                if before:
                    code = before[-1]
                elif kind and len(kinds_established.get(kind, [])) == 1:
                    code = kinds_established[kind][0]
                elif kind is None and len(doc.established) == 1:
                    code = next(iter(doc.established))
                else:
                    # (else the government whose letterhead the document bears: a decree's team list,
                    # "Ketua : Asisten Bidang Perekonomian dan Pembangunan (Ir. Bambang Sukoco, M.T.)")
                    code = _body_region(doc, o.title) or _letterhead(doc) or None
            if code is None:
                continue
            if o.codes is None and o.name and _foreign_place(doc, *(o.name.split() + [""])[:2]):
                continue  # "Wali Kota Braunschweig Thorsten Kornblum": a city abroad, not a holder's name
            if o.name:
                # (a name written in capitals, in the case of a name: "CG: BAMBANG WIJANARKO | WALI KOTA SAMARINDA")
                name = " ".join(w.capitalize() if w.isalpha() else w for w in o.name.split()) \
                    if o.name.isupper() else o.name
                found.append(({"name": name, "title": o.title, "region": code}, si, o))
            elif not o.building and not _THEN_HOLDER.match(s.text, o.end) \
                    and not _HOLDS_BESIDES.search(s.text, max(0, o.start - 40), o.start):
                # ("Bupati Bekasi saat itu": the holder of the time, not the one the article names; "di
                # Kantor Bupati A": a building)
                refs.append((si, o, code))
    # one office of a region has one holder: a second one, its region only guessed from the
    # context, holds that office elsewhere ("Wali Kota Bandung A dan Wali Kota Braunschweig B")
    # (most offices are named with their region: then there is nothing to drop)
    if any(o.codes is None and o.role in ("head", "deputy") for _, _, o in found):
        named_with_region = [(off, o) for off, _, o in found if o.codes is not None]
        found = [(off, si, o) for off, si, o in found if o.codes is not None or o.role not in ("head", "deputy")
                 or not any(x["region"] == off["region"] and x["title"].lower() == off["title"].lower()
                            and not same_person(x["name"], off["name"]) for x, _ in named_with_region)]
    # (a signature block closes a press release: only its last lines are read)
    tail = doc.text[-_SIGNATURE_TAIL:]
    if "\n" in tail and any(line.lstrip().startswith(_SIGNATURE_WORDS) for line in tail.split("\n")):
        found.extend(_signature_officials(doc))
    if "\n" in doc.text:
        # (and a signature block under a place and date earlier on: a report's foreword, "Bengkulu, 15 Januari 2024 /
        # Kepala Biro Pemerintahan dan Kesejahteraan Rakyat, / Drs. Hendra Saputra, M.M.")
        for m in _PLACE_DATE_LINE.finditer(doc.text, 0, max(0, len(doc.text) - _SIGNATURE_TAIL)):
            found.extend(_signature_officials(doc, m.end(), m.end() + _FOREWORD_BLOCK))
        found.extend(_name_over_office(doc))
    if "dipimpin" in doc.low_text:
        found.extend(_led_by(doc))
    if doc.corrections and (renamed := _renamed_by_correction(doc)):
        # (a notice telling a name written wrong in the body still there: the name it tells is right)
        found = [(dict(off, name=next((right for wrong, right in renamed if same_person(wrong, off["name"])),
                                      off["name"])), si, o) for off, si, o in found]
    officials = []
    for off, si, o in found:
        # one person: same region, one name inside the other, and the same office (a Wali Kota
        # "Bastian" and a Sekda "Akbar Bastian" are two people)
        dup = None
        for x in officials:
            if (x[0]["region"] == off["region"] and same_person(x[0]["name"], off["name"])
                    and (x[2].role == o.role or x[0]["name"] == off["name"])):
                dup = x
                break
        if dup:
            if len(off["name"]) > len(dup[0]["name"]):
                dup[0]["name"] = off["name"]
            continue
        officials.append((dict(off, evidence=doc.sents[si].text), si, o))
    return officials, found, refs


# a press release's signature block: the office on a line or three (no sentence), perhaps "ttd", then the name on
# a line of its own, in capitals or not, with its degrees:
#     Kepala Bagian Protokol dan Komunikasi Pimpinan
#     Setdakab Tapanuli Tengah,
#
#     RIZAL PASARIBU, S.STP
# the words a signature block's first line opens with (tested on each of the last lines before the pattern is)
_SIGNATURE_WORDS = ("Pj", "Plt", "Plh", "PJ", "PLT", "PLH", "Kepala", "Kabag", "Sekretaris", "Sekda", "Asisten", "Bupati",
                    "Wali", "Walikota", "Gubernur", "Wakil", "KEPALA", "KABAG", "SEKRETARIS", "SEKDA", "ASISTEN", "BUPATI",
                    "WALI", "WALIKOTA", "GUBERNUR", "WAKIL")
_SIGNATURE_TAIL = 1500  # characters at the end of an article in which its signature block is looked for
_FOREWORD_BLOCK = 300  # characters after a place and date in which a signature block is looked for
_SIGNATURE = re.compile(
    # (for whom the office signs, on a line before it: "a.n. SEKRETARIS DAERAH KOTA BITUNG")
    # (a line the one before may have been joined to: "Bitung, 20 Agustus 2025 a.n. SEKRETARIS DAERAH ...")
    r"(?:(?:^|(?<=[ \t]))(?:a\.n\.|an\.|atas\s+nama)\s+(?P<for>[^\n]{3,80})\n[ \t]*|^[ \t]*)"
    r"(?P<title>(?:(?:Pj|Plt|Plh|Pjs|PJ|PLT|PLH)\.?\s+)?(?:" + "|".join(w for w in _SIGNATURE_WORDS if len(w) > 3) + r")\b"
    r"[^\n]{2,90}(?:\n[ \t]*[A-Z][^\n]{2,60}){0,2}?)[ \t]*,?[ \t]*\n(?:[ \t]*\n){0,3}"
    r"(?:[ \t]*(?:ttd|t\.t\.d|dto)\.?[ \t]*\n(?:[ \t]*\n){0,2})?"
    r"[ \t]*(?!(?:Kota|Kabupaten|Kab\.|Provinsi|Setda\w*|Sekretariat|Pemerintah|Pem(?:kab|kot|ko|prov|da))\b)"
    r"(?P<name>(?:[A-Z][\w'’.-]*\s?){1,8}?)(?P<degrees>,[^\n]{1,40})?[ \t]*$", re.MULTILINE)


def _capitalized(word: str) -> str:
    """A word in capitals as a name or title writes it ("SITI" "Siti", "DAN" "dan"); initials, degrees and
    acronyms of three letters or fewer as they are ("M.Si", "PP")."""
    if not word.isupper() or "." in word or len(word.strip(",")) <= 3 and word.strip(",") not in ("DAN", "SERTA"):
        return word
    return word.lower() if word in ("DAN", "SERTA") else word.capitalize()


def _signature_officials(doc: _Doc, start: int | None = None, end: int | None = None) -> list[tuple[dict, int, object]]:
    """(official, sentence index, office) of each signature block (_SIGNATURE) naming an office with its region
    and a holder, read as "TITLE REGION, Name" (a name in capitals in the case of a name).

    >>> doc = _Doc("Pemkab Tapteng dan Pemko Sibolga meneken MoU.\\n\\nKepala Bagian Protokol\\nSetdakab Tapanuli Tengah,"
    ...            "\\n\\nRIZAL PASARIBU, S.STP\\nNIP. 1984")
    >>> [(off["name"], off["title"], off["region"]) for off, _, _ in _signature_officials(doc)]
    [('Rizal Pasaribu', 'Kepala Bagian Protokol Setdakab', '12.01')]
    """
    out = []
    issuer = None  # the government whose letterhead the document bears, read once a block names no region
    start = max(0, len(doc.text) - _SIGNATURE_TAIL) if start is None else start
    for m in _SIGNATURE.finditer(doc.text, start, len(doc.text) if end is None else end):
        title = " ".join(m.group("title").split()).rstrip(",")
        if title.endswith(("ttd", "dto", "t.t.d")):
            title = _SIGNED_MARK.sub("", title)  # (the mark the line was joined to: "Asisten Pemerintahan ..., ttd")
        if title.endswith((".", "!", "?", ":")):
            continue  # (a sentence, not an office)
        if title.isupper():
            title = " ".join(_capitalized(w) for w in title.split())
        # (a name's words of three letters are names, not acronyms: "H. EKO PRASETYO" "H. Eko Prasetyo")
        name = " ".join(w.capitalize() if w.isalpha() and w.isupper() and len(w) >= 3 else _capitalized(w)
                        for w in m.group("name").split())
        if m.group("for") and not find_mentions(title):
            # (the office's region told by the one it signs for: "a.n. SEKRETARIS DAERAH KOTA BITUNG / Kepala Bagian
            # Kerja Sama")
            title = f"{title} {' '.join(_capitalized(w) for w in m.group('for').split()).rstrip(',')}"
        line = f"{title}, {name}{m.group('degrees') or ''}"
        for o in find_offices(line, find_mentions(line)):
            if not o.name or o.name_start < len(title):
                continue  # (the holder named on the name line)
            if not o.codes:
                # (an office of the government whose letterhead the document bears: "PEMERINTAH KABUPATEN SLEMAN /
                # ... / Mengetahui, / Asisten Pemerintahan dan Kesejahteraan Rakyat, / ttd / Drs. Bambang ...")
                issuer = _letterhead(doc) if issuer is None else issuer
                code = issuer or None
            else:
                known = [c for c in o.codes if c in doc.established]
                code = o.codes[0] if len(o.codes) == 1 else known[0] if len(known) == 1 else None
            if code is None:
                continue
            out.append(({"name": o.name, "title": o.title, "region": code}, doc.sentence_at(m.start("name")), o))
    return out


# a name on a line of its own over its office, as an email or a contact block signs ("Ns. Dewi Anggraini Lubis,
# S.Kep. / Kepala Bagian Kerja Sama / Sekretariat Daerah Kota Tanjungpinang"; a reply quoted with "> ")
_OFFICE_LINE = re.compile(r"\n[> \t]*(?=(?:" + "|".join(w for w in _SIGNATURE_WORDS if len(w) > 3) + r")\b)")
_NAME_LINE = re.compile(r"[> \t]*(?P<name>(?:[A-Z][\w'’.-]*[ \t]?){2,8}?)(?P<degrees>,[^\n]{1,40})?[ \t]*")
_TITLE_LINE = re.compile(r"(?:[A-Z][\w.&/()-]*|dan|serta|pada)(?:[ \t]+(?:[A-Z][\w.&/()-]*|dan|serta|pada))*[ \t]*")


def _name_over_office(doc: _Doc) -> list[tuple[dict, int, object]]:
    """(official, sentence index, office) of each name set on a line over its office's line or two (_OFFICE_LINE).

    >>> doc = _Doc("Salam,\\n\\nNs. Dewi Anggraini Lubis, S.Kep., M.Si.\\nKepala Bagian Kerja Sama\\n"
    ...            "Sekretariat Daerah Kota Tanjungpinang\\nTelp. (0771) 31XXX")
    >>> [(off["name"], off["region"]) for off, _, _ in _name_over_office(doc)]
    [('Dewi Anggraini Lubis', '21.72')]
    """
    out, text = [], doc.text
    for m in _OFFICE_LINE.finditer(text):
        above = text.rfind("\n", 0, m.start()) + 1
        held = _NAME_LINE.fullmatch(text, above, m.start())
        if held is None or find_mentions(held.group("name")):
            continue
        lines = []
        for line in text[m.end():m.end() + 160].split("\n")[:2]:
            line = line.lstrip("> \t")
            if not _TITLE_LINE.fullmatch(line) or len(line) > 90:
                break
            lines.append(line.strip())
        if not lines:
            continue
        title = " ".join(lines)
        line = f"{title}, {held.group('name').strip()}{held.group('degrees') or ''}"
        for o in find_offices(line, find_mentions(line)):
            if not o.name or o.name_start < len(title):
                continue
            code = o.codes[0] if o.codes and len(o.codes) == 1 else _letterhead(doc) if not o.codes else None
            if code:
                out.append(({"name": o.name, "title": o.title, "region": code}, doc.sentence_at(above), o))
    return out


# a unit told as led by its head: "Dinas Kesehatan Langkat yang dipimpin dr. Hendra Ginting, Sp.KKLP"
_LED_BY = re.compile(r"\b(?P<unit>(?:Dinas|Badan|Bagian|Biro|Satpol)\s+[^,.;\n]{3,80}?),?\s+yang\s+(?:di)?pimpin(?:an)?"
                     r"(?:\s+oleh)?\s+")


def _led_by(doc: _Doc) -> list[tuple[dict, int, object]]:
    """(official, sentence index, office) of each unit told as led by its holder (_LED_BY), read as "Kepala UNIT,
    Name".

    >>> doc = _Doc("Draf PKS sudah dibahas bersama Dinas Kesehatan Langkat yang dipimpin dr. Hendra Ginting, Sp.KKLP.")
    >>> [(off["name"], off["title"], off["region"]) for off, _, _ in _led_by(doc)]
    [('Hendra Ginting', 'Kepala Dinas Kesehatan', '12.05')]
    """
    out = []
    for m in _LED_BY.finditer(doc.text):
        line = f"Kepala {m.group('unit')}, {doc.text[m.end():m.end() + 80].split(chr(10))[0]}"
        for o in find_offices(line, find_mentions(line)):
            if o.start == 0 and o.name and o.codes and len(o.codes) == 1:
                out.append(({"name": o.name, "title": o.title, "region": o.codes[0]}, doc.sentence_at(m.start()), o))
    return out


def _letterhead(doc: _Doc) -> str:
    """The government whose letterhead opens the document ("PEMERINTAH KABUPATEN SLEMAN" on its first line, or its
    secretariat on a line of the heading's block: "LAPORAN TAHUNAN 2023 / ... / SEKRETARIAT DAERAH PROVINSI BENGKULU"),
    else "".

    >>> _letterhead(_Doc("PEMERINTAH KABUPATEN SLEMAN\\nSEKRETARIAT DAERAH\\n\\nLAPORAN BULANAN"))
    '34.04'
    >>> _letterhead(_Doc("BUPATI LAMPUNG SELATAN\\nPROVINSI LAMPUNG\\n\\nKEPUTUSAN BUPATI LAMPUNG SELATAN"))
    '18.01'
    >>> _letterhead(_Doc("LAPORAN TAHUNAN 2023\\nBAGIAN KERJA SAMA\\nSEKRETARIAT DAERAH PROVINSI BENGKULU\\n\\nBAB I"))
    '17'
    """
    for si in range(min(5, len(doc.sents))):
        if si and "\n\n" in doc.text[doc.sents[si - 1].end:doc.sents[si].start]:
            break  # (the heading's block ends)
        if _LETTERHEAD.match(doc.sents[si].text) or si and _SECRETARIAT_HEAD.match(doc.sents[si].text):
            return next((doc.codes[i] for i in doc.sentence_mentions(si)), "")
    return ""


_SECRETARIAT_HEAD = re.compile(r"\s*SEKRETARIAT\s+DAERAH\s+(?:PROVINSI|KABUPATEN|KOTA)\s+[A-Z][A-Z .-]+$")
_SIGNED_MARK = re.compile(r"[,\s]*\b(?:ttd|dto|t\.t\.d)\.?$")
# (or the head's, over a head's decree or regulation: "BUPATI LAMPUNG SELATAN / PROVINSI LAMPUNG / KEPUTUSAN ...")
_LETTERHEAD = re.compile(r"\s*(?:PEMERINTAH\s+(?:PROVINSI|KABUPATEN|KOTA)|BUPATI|WALI\s?KOTA|GUBERNUR)\s+[A-Z][A-Z .-]+$")


def _kecamatan_region(doc: _Doc, title: str) -> str | None:
    """The kabupaten or kota of the kecamatan a Camat's title names, where the article writes it after
    the kecamatan elsewhere ("Kecamatan Dolo Selatan, Kabupaten Sigi"); None when it does nowhere, or
    two regions.

    >>> doc = _Doc("Banjir di Kecamatan Dolo Selatan, Kabupaten Sigi. Camat Dolo Selatan, Hasanuddin, hadir.")
    >>> _kecamatan_region(doc, "Camat Dolo Selatan")
    '72.10'
    """
    head, kecamatan = title.split(None, 1) if " " in title else (title, "")
    found = set()
    # (the mentions as places, most of them excluded as parties: "banjir di Kecamatan A, Kabupaten B")
    at = {m.pstart: m for m in doc.mentions}
    area = r"(?:Kecamatan|Kec\.)" if head == "Camat" else r"(?:Kelurahan|Kel\.)"
    for m in re.finditer(r"\b" + area + r"\s+" + re.escape(kecamatan) + r"\s*(?:,|\()?\s*", doc.text):
        place = at.get(m.end())
        codes = [c for c in place.codes if (region(c) or {}).get("kind") in ("kabupaten", "kota")] if place else []
        if len(codes) == 1:
            found.add(codes[0])
    return found.pop() if len(found) == 1 else None


def _named_after(title: str, code: str) -> bool:
    """Whether the kecamatan a Camat's ``title`` names opens with the name of region ``code`` and a direction
    ("Camat Manokwari Barat", of Kabupaten Manokwari).

    >>> _named_after("Camat Manokwari Barat", "92.02"), _named_after("Camat Manokwari Barat", "92.12")
    (True, False)
    """
    name = (region(code) or {}).get("name", "")
    base = name.split(" ", 1)[1] if name.startswith(("Kab. ", "Kota ")) else name
    place = title.split(None, 1)[1] if " " in title else ""
    return bool(base) and place.startswith(base + " ") and place[len(base) + 1:] in _DIRECTIONS


_DIRECTIONS = ("Utara", "Selatan", "Timur", "Barat", "Tengah")


def _body_region(doc: _Doc, title: str) -> str | None:
    """The region of the body a unit's title names ("Direktur RSUD dr. Adnaan WD") where the article
    writes that body's name right before a region elsewhere ("di RSUD dr. Adnaan WD Payakumbuh"); None
    when it does nowhere, or before two regions."""
    body = title.split(None, 1)[1] if " " in title else ""
    if len(body) < 8:
        return None
    found = set()
    at = {m.pstart: i for i, m in enumerate(doc.mentions) if i in doc.codes}
    # (the unit's secretariat may stand between: "Biro Pemerintahan ... Sekretariat Daerah Provinsi Jawa Timur")
    # (or its owner: "RSUD Andi Makkasau milik Pemkot Parepare")
    for m in re.finditer(re.escape(body) + r"\s+(?:(?:Sekretariat\s+Daerah|Setda(?:prov|kab|ko|kot)?|milik)\s+)?", doc.text):
        if m.end() in at:
            found.add(doc.codes[at[m.end()]])
    # (or the body read as its owner: bodies.with_owners)
    found.update(doc.codes[i] for i, m in enumerate(doc.mentions) if m.surface == body and i in doc.codes)
    return found.pop() if len(found) == 1 else None


# the other office of one named before, no holder of its own: "Plh Bupati A Joko, yang sehari-hari menjabat Sekretaris
# Daerah Kabupaten A"
_HOLDS_BESIDES = re.compile(r"\b(?:menjabat|merangkap)(?:\s+sebagai)?\s+$", _I)
# (and of the term before: "diteken Wali Kota A dan Bupati B periode sebelumnya", both of them)
_THEN_HOLDER = re.compile(r"[^,.;]{0,40}?\b(?:(?:saat|waktu|ketika|kala|pada\s+masa)\s+itu|"
                          r"(?:periode|masa\s+jabatan)\s+(?:sebelumnya|lalu|terdahulu))\b|\s*(?:sebelumnya|terdahulu)\b",
                          _I)


def _established_by_kind(doc: _Doc) -> dict:
    kinds = {}
    for c in doc.established:
        r = region(c)
        if r:
            kinds.setdefault(r["kind"], []).append(c)
    return kinds


def _title_sentences(doc: _Doc) -> list[tuple[int, list[int]]]:
    """The sentences that hold a title's first word, in order, each with the offsets of those words in
    it: the words found over the whole text at once (re's scan of a text costs more in parts, and
    most sentences name no office)."""
    sents, out = doc.sents, []
    si, n = 0, len(sents)
    for i in title_starts(doc.text):
        while si < n and sents[si].end <= i:
            si += 1
        if si == n:
            break
        start = sents[si].start
        if i < start:
            continue  # between two sentences
        if out and out[-1][0] == si:
            out[-1][1].append(i - start)
        else:
            out.append((si, [i - start]))
    return out


def _foreign_place(doc: _Doc, word: str, then: str = "") -> bool:
    """Whether ``word`` (followed by ``then`` in the holder's name) is written as a place abroad:
    "Kota Braunschweig, Jerman", "dari Kochi (Jepang)", or inside a sentence about a sister city;
    "dari Andi Harun" is the person."""
    # read at each place the word is written, with string tests rather than a pattern made for the
    # word: compiling one (the country names make it long) took 0.4 ms, and each holder has their own
    if (word, then) not in doc._places:
        text = doc.text
        doc._places[word, then] = any(
            _after_place_word(text, i) and _whole_word(text, i, word, then)
            or _boundary(text, i) and _COUNTRY_AFTER.match(text, i + len(word))
            for i in _occurrences(text, word)) or any(
            abroad and any(_boundary(doc.sents[si].text, i) and _whole_word(doc.sents[si].text, i, word, then)
                           for i in _occurrences(doc.sents[si].text, word))
            for si, abroad in enumerate(doc.abroad))
    return doc._places[word, then]


# "Braunschweig, Jerman", "Kochi (Jepang)"
_COUNTRY_AFTER = re.compile(rf"\s*[,(]\s*{_COUNTRY}\b")
_PLACE_WORDS = ("Kota", "kota", "di", "dari", "ke", "asal")  # "dari Kochi", "asal Kochi"


def _occurrences(text: str, word: str):
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what re's \w matches


def _boundary(text: str, i: int) -> bool:
    """Whether re's \b holds at ``i``: a word character on one side only."""
    return (i > 0 and _is_word_char(text[i - 1])) != (i < len(text) and _is_word_char(text[i]))


def _after_place_word(text: str, i: int) -> bool:
    """Whether "Kota", "di", "dari", "ke" or "asal" and spaces stand right before ``i``."""
    j = i
    while j > 0 and text[j - 1].isspace():
        j -= 1
    # ("Wali Kota Zulfadli" names the holder, not a place)
    return j < i and any(j >= len(w) and text.startswith(w, j - len(w)) and _boundary(text, j - len(w))
                         and not (w[0] in "Kk" and text[max(0, j - len(w) - 5):j - len(w)].lower() == "wali ")
                         for w in _PLACE_WORDS)


def _dated_by_year(doc: _Doc, group: frozenset, sents: list[int], own: set = frozenset()) -> bool:
    """Whether a sentence of ``sents`` naming the governments of ``group`` only, and all of them (or, of ``own``, the
    sentences the group was read from, its partner alone: "perjanjian kerja sama dengan Pemerintah Kota Solok pada
    2019"), tells a year or a month with no day."""
    for si in sents:
        here = {doc.codes[i] for i in doc.sentence_mentions(si)}
        t = doc.sents[si].text
        if (here == group or si in own and here and here < group) \
                and (_MONTH_OR_YEAR.search(t) or _BRACKETED_YEAR.search(t)) and not _first_full_date(doc, si):
            return True
    return False


_BRACKETED_YEAR = re.compile(r"\((?:tahun\s+)?(?:19|20)\d\d\)")


def _whole_word(text: str, i: int, word: str, then: str) -> bool:
    """Whether ``word`` at ``i`` ends a word and is not followed by ``then`` (the next word of the name)."""
    end = i + len(word)
    if not _boundary(text, end):
        return False
    if not then:
        return True
    j = end
    while j < len(text) and text[j].isspace():
        j += 1
    return not (j > end and text.startswith(then, j) and _boundary(text, j + len(then)))


def extract_text(text: str, *, id: str, source: dict | None = None) -> dict:
    """The extraction record of one article (see the module doc for the rules)."""
    text = text if isinstance(text, str) else ""
    doc = _Doc(text)
    published = _published(doc.text) or _document_date(doc.text)
    raw_groups = _groups(doc)
    per_sentence = {}
    for g, si in raw_groups:
        per_sentence.setdefault(si, []).append(g)
    explicit = {g for gs in per_sentence.values() if len(gs) > 1 for g in gs}
    named = {}
    for c in doc.codes.values():
        named[c] = named.get(c, 0) + 1
    signing = {g for g, si in raw_groups if doc.sign[si]}  # groups a sentence says signed
    documents = {}  # group -> the documents its own sentences name ("plan": one still to come)
    for g, si in raw_groups:
        facts = _own_facts(doc, si, g)[1]
        documents.setdefault(g, set()).update("plan" if later else kind for kind, later in facts)
        if not facts and not doc.signed(si) and _plans(doc, si):
            documents[g].add("plan")  # ("Ketiga daerah ... akan membahas rancangan kerja sama SPAM Regional")
    # (a pair told back as "Kedua kota ..." is told of a document of its own; a group told back by its number
    # is of three at least)
    told = {g for g in doc.told_back.values() if len(g) == 2}
    # (and a group a document's title names as all its parties, "Kesepakatan Bersama antara Pemerintah Kabupaten
    # Banyumas dengan Pemerintah Kabupaten Purbalingga", is of a document of its own beside a larger one)
    told |= {g for g, si in raw_groups if len(g) == 2 and " antara " in doc.lows[si] and doc.kind_terms(si)
             and {doc.codes[i] for i in doc.sentence_mentions(si)} == g and _TITLED.search(doc.sents[si].text)}
    # (and one a document is told to involve alone: "PKS penyediaan air baku ..., yang hanya melibatkan Pemkot Palu dan
    # Pemkab Sigi")
    told |= {g for g, si in raw_groups if "hanya" in doc.lows[si] and doc.kind_terms(si)
             and (m := _ONLY_INVOLVING.search(doc.sents[si].text))
             and {doc.codes[i] for i in doc.sentence_mentions(si)
                  if doc.mentions[i].pstart >= doc.sents[si].start + m.end()} == g}
    # (a group its sentence counts is no passing mention of its least named: "Kesepakatan Bersama tiga pihak antara
    # Pemerintah Provinsi Kepulauan Riau, Pemko Tanjungpinang, dan Pemkab Bintan" beside the pair's own PKS)
    counted = {g for g, si in raw_groups if len(g) >= 3 and _holds(doc.lows[si], _ALL_N_KEYS)
               and any(_UNITS[m.group("n").lower()] == len(g) for m in _N_PARTIES.finditer(doc.sents[si].text))}
    # (and one told as one document of them all, in its sentence or the one before: "Kali ini mereka menandatangani
    # satu naskah Kesepakatan Bersama ... Naskah ditandatangani Pj Wali Kota Jayapura, Pj Bupati Jayapura, ...")
    joint = {g for g, si in raw_groups if len(g) >= 3 and _told_as_one_document(doc, si)} \
        if "naskah" in doc.low_text else set()
    apart = ("terpisah" in doc.low_text or "satu per satu" in doc.low_text) and any(
        _SIGNED_APART.search(s.text) or "satu per satu" in low for s, low in zip(doc.sents, doc.lows))
    groups = _consolidate([g for g, _ in raw_groups], explicit, named, signing, documents, told, counted | joint,
                          joint if apart else frozenset())
    officials, found, refs = doc.offices_read()

    agreements = []
    earlier = []  # (group, kind, sentence) of the documents before the one reported (_earlier_documents)
    sentences_of = _group_sentences(doc, groups)
    for g in groups:
        if any(g < h for h in groups):
            # a document of some of the parties (the PKS of two of an MoU's five) is told where they are
            # named as its group, and those sentences tell nothing of the larger one
            own = {si for gg, si in raw_groups if gg == g}
            if doc.dated_fields:
                # (and its entry's field of the day: "Judul : Perjanjian Kerja Sama antara A dengan B ... / Tgl.
                # Penetapan : 14-08-2023")
                own |= {si for si in doc.dated_fields if _named_last(doc, si) == g}
            sentences_of[g] = sorted(own)
            for h in groups:
                if g < h:
                    # (and a sentence naming no one and only the document the smaller one alone names:
                    # "kontribusi yang disepakati dalam PKS" beside the PKS of two of the MoU's three)
                    theirs = documents.get(g, set()) - documents.get(h, set()) - {"plan"}
                    # (or naming only its governments: '"PKS itu memuat ... kewajiban Sigi membayar ..."')
                    sentences_of[h] = [si for si in sentences_of[h] if si not in own and not (
                        theirs and {doc.codes[i] for i in doc.sentence_mentions(si)} <= g and doc.kind_terms(si)
                        and {k for _, k in doc.kind_terms(si)} <= theirs)]
    only = {}  # group -> the only sentences its fields and signers are read from (a joint document's beside pairs)
    if apart:
        for g in joint.intersection(groups):
            # (one document of them all beside the pairs signed apart: of its own sentences, and the one before telling
            # it as one, "Kali ini mereka menandatangani satu naskah ...", not of the lead the pairs share)
            own = {si for gg, si in raw_groups if gg == g}
            sentences_of[g] = sorted(own | {si - 1 for si in own if si and _ONE_DOCUMENT.search(doc.sents[si - 1].text)})
            only[g] = set(sentences_of[g])
    every = [si for si in range(len(doc.sents)) if doc.agree[si]]
    for g in groups:
        sents = sentences_of[g]
        kinds, counts = _kinds(doc, sents, every, g, groups)
        first_si = next(si for gg, si in raw_groups if gg == g or gg <= g)
        evidence = next((doc.sents[si].text for si in sents if doc.sign[si]
                         and {doc.codes[i] for i in doc.sentence_mentions(si)} & g), doc.sents[first_si].text)
        for kind in kinds:
            for _ in range(counts.get(kind, 1)):
                agreements.append({"parties": sorted(g), "kind": kind, "signed_on": None, "sectors": [],
                                   "signatories": [], "evidence": evidence})
        earlier.extend((g, kind, si) for kind, si in _earlier_documents(doc, sents, kinds))
    if agreements:
        _sectors(doc, agreements, groups, {si for _, _, si in earlier}, only)
        _renewal_fields(doc, agreements, sentences_of)
        parties = frozenset().union(*groups)
        doc.earlier = {si for _, _, si in earlier}
        signed_on = _signing_date(doc, published, parties=parties)
        kinds = {a["kind"] for a in agreements} - {"plan"}
        # "telah menandatangani Kesepakatan Bersama pada 2022 ... kini PKS": each its own date
        by_kind = {k: _kind_date(_signing_date(doc, published, k, parties), signed_on) if len(kinds) > 1
                   else signed_on for k in kinds}
        own_dates = {}
        for a in agreements:
            a["signed_on"] = by_kind.get(a["kind"])
            if len(groups) > 1 and a["kind"] != "plan":
                # each group's own day where its sentences tell one: a roundup of agreements of the year
                key = (frozenset(a["parties"]), a["kind"])
                if key not in own_dates:
                    own_dates[key] = _signing_date(doc, published, a["kind"] if len(kinds) > 1 else None,
                                                   key[0], set(sentences_of[key[0]]))
                own = {si for g, si in raw_groups if g == key[0]}  # (the sentences the group was read from)
                if own_dates[key] is not None:
                    a["signed_on"] = own_dates[key] or None
                elif _signed_before_without_day(doc, sorted(own)):
                    # (another group's document told as signed before, no day: "Kota Tangerang dan Kabupaten
                    # Tangerang sudah lebih dulu meneken perjanjian kerja sama ..." beside the pair signing today)
                    a["signed_on"] = None
                elif _dated_by_year(doc, key[0], sentences_of[key[0]], own):
                    # (its own item tells its year only: "c. Kesepakatan Bersama antara Pemprov DKI Jakarta dan Pemprov
                    # NTB tentang ketahanan pangan (tahun 2022)", not another item's day)
                    a["signed_on"] = None
                elif a["signed_on"]:
                    # (nor the day of a signing that names only other governments: "Kulon Progo ... melalui Perjanjian
                    # Kerja Sama dengan Pemkab Purworejo ..., yang diteken pada 18 Juli 2023" beside Kartamantul's PKS
                    # "yang diperbarui tahun lalu")
                    dated_apart = {si for g, si in raw_groups if g != key[0] and si not in own
                                   and _OWN_DAY_CLAUSE.search(doc.sents[si].text)}
                    if dated_apart:
                        within = set(range(len(doc.sents))) - dated_apart
                        day = _signing_date(doc, published, parties=parties, within=within)
                        a["signed_on"] = _kind_date(_signing_date(doc, published, a["kind"], parties, within), day) \
                            if len(kinds) > 1 else day
        _signatories(doc, agreements, officials, found, refs, published, only)
        for g, kind, si in earlier:
            # the document a renewal replaces, told with its own day: an agreement of its own (whose
            # signers the article does not name: those named sign the one reported)
            agreements.append({"parties": sorted(g), "kind": kind, "signed_on": _first_full_date(doc, si),
                               "sectors": _earlier_fields(doc, si), "signatories": [], "evidence": doc.sents[si].text})
    for a in agreements:
        a["sectors"] = sorted(set(a["sectors"]))
    return {
        "id": id,
        "published": published,
        "agreements": agreements,
        "officials": [o for o, _, _ in officials],
        "source": _source(text, source),
        "extractor": f"kerjasama/{EXTRACTOR_VERSION}",
    }


# "kerja sama", or the name of the document ("nota kesepakatan pengembangan SPAM"), its short form in
# brackets skipped ("perjanjian kerja sama (PKS) pemanfaatan TPA")
_KERJA_SAMA = re.compile(r"(?:kerja\s*sama|(\b(?:kesepakatan(?:\s+bersama)?|nota\s+kesepa(?:katan|haman)|mou|pks|"
                         r"perjanjian)))(?:\s*\([^()]{1,12}\))?\s+(?(1)|(?:(?:di|pada|dalam)\s+)?)"
                         r"(?:bidang\s+|sektor\s+|urusan\s+)?", _I)
_FIELD_VERB = re.compile(r"(?:pengelolaan|pengembangan|penyelenggaraan|peningkatan|penanganan|pelayanan|layanan|"
                         r"pembangunan|penataan|pemanfaatan|penguatan|penyediaan)\s+", _I)


def _field_after_kerja_sama(sentence: str, before: int | None = None, low: str | None = None):
    """Where a field named right after "kerja sama" or the document starts ("kerja sama pengelolaan sampah",
    "MoU penyediaan air minum"), else None; only one starting before ``before`` counts (the caller has a
    scope phrase there). ``low``: the
    sentence in lower case when aligned with it (see _aligned): read with the faster lower-case patterns."""
    if low is None:
        low, kerja_sama, field_verb = sentence, _KERJA_SAMA, _FIELD_VERB
    else:
        kerja_sama, field_verb = _KERJA_SAMA_LOW, _FIELD_VERB_LOW
    for m in kerja_sama.finditer(low):
        if before is not None and m.start() >= before:
            return None
        pos = m.end()
        verb = field_verb.match(low, pos)
        if verb:
            pos = verb.end()
        cut = _FIELD_END.search(sentence, pos, pos + 80)
        window = sentence[pos:cut.start() if cut else pos + 80]
        # a field starting in the first three words is the short test, so the one most often failed
        # ("Sistem Penyediaan Air Minum": "air minum" starts at the third); after the document's name
        # without a verb of a field, in the first word ("PKS kedua menyangkut ...", "MoU dan PKS langsung
        # jalan": no field of it)
        words = 1 if m.group(1) and not verb else 3
        if window[:1] != " " and leads_with_field(window, words) and sectors_in(window):
            return m.start()
    return None


# the same in lower case: a pattern without IGNORECASE is searched from its literal prefix
_ITS_CONTENT_OPENINGS = ("isinya", "bidangnya", "lingkupnya", "ruang lingkupnya")
_KERJA_SAMA_LOW = re.compile(_KERJA_SAMA.pattern)
_FIELD_VERB_LOW = re.compile(_FIELD_VERB.pattern)
_FIELD_END = re.compile(r"[.,;:()]")


def _scope_at(text: str, places) -> re.Match | None:
    """``_SCOPE.search(text)`` on an aligned text (see _aligned), ``places``: the offsets of the first
    words of its alternatives (each starts with one): the first place where it matches."""
    for p in sorted(places):
        m = _SCOPE.pattern.match(text, p)
        if m is not None:
            return m
    return None


def _scope_phrase(text: str, low: str):
    """``_SCOPE.search(text)`` on an aligned text (see _aligned): _SCOPE is tried only where its
    loosened form matches ``low``, the first such place first."""
    k = _SCOPE_LOOSE.search(low)
    while k is not None:
        m = _SCOPE.pattern.match(text, k.start())
        if m is not None:
            return m
        k = _SCOPE_LOOSE.search(low, k.start() + 1)
    return None


# "Dalam PKS itu, ...": what follows is what the document holds
_CONTENT_STARTS = ("dalam ", "di dalam ", "pada ")
# (and the new one of a renewal: "Dalam kesepakatan yang baru, selain pemanfaatan air baku, kedua daerah juga menyepakati
# program konservasi ...")
_CONTENT_OF = re.compile(r"(?:di\s+)?(?:dalam|pada)\s+(?:kesepakatan|perjanjian|pks|mou|nota|naskah|kerja\s*sama)\b"
                         r"[^,.]{0,40}?\b(?:itu|ini|tersebut|yang\s+baru)\s*,", _I)
# the aim of the fields named before it ("... lumbung pangan untuk memasok kebutuhan pekerja konstruksi")
_PURPOSE = re.compile(r"\b(?:untuk|guna|demi)\s+me[a-z]|\b(?:agar|supaya|sehingga|bertujuan|diharapkan)\b", _I)
# the next item of a list of fields, named by its work (after the aim of the one before it)
_NEXT_ITEM = re.compile(r"(?:[,;]|\s(?:dan|serta))\s+(?:(?:dan|serta)\s+)?(?=" + _FIELD_VERB.pattern + ")", _I)
# the far end of a route, named ("layanan bus hingga ke Bandara X dan Pasar Y"): a place, not a field
_ENDPOINTS = re.compile(r"\b(?:(?:hingga|sampai)\s+ke|menuju|melalui|lewat)\s+(?-i:[A-Z])[\w-]*(?:(?:\s+|\s*,\s*)"
                        r"(?:(?:dan|serta)\s+)?(?-i:[A-Z])[\w-]*)*", _I)
# "PKS pertama mengatur ...", "perjanjian kerja sama kedua ...": the n-th of the PKS signed together
# (not "PKS kedua daerah", of both regions, nor "PKS pertama kali", the first time)
_ORDINAL = re.compile(r"\s*(?:yang\s+)?(?:(pertama)|(kedua)|(ketiga)|(keempat)|(kelima)|ke-?([1-9]))\b"
                      r"(?!\s+(?:daerah|pihak|belah|pemerintah|pem(?:da|kab|kot|ko|prov)|kabupaten|kota|provinsi|"
                      r"wilayah|kepala|bupati|wali|gubernur|sekda|instansi|lembaga|opd|dinas|kali)\b)", _I)


def _headline_scope(doc: _Doc, si: int, scope_at: int, scope: str) -> str:
    """The scope of a headline up to the comma that opens a clause of someone else, a government or an
    office: "PKS Angkutan Penyeberangan Diteken, Camat Keruak Tinjau Banjir" (the flood is no field)."""
    s = doc.sents[si]
    starts = {doc.mentions[i].pstart - s.start for i in doc.sentence_mentions(si)}
    # a roundup's list of stories, one item naming the governments: "Sepekan di Banua: Kerja Sama Sungai
    # Banjarmasin–Batola, TPA Regional Banjarbakula, hingga Harga Cabai" (the item ends with their names)
    # (any name, a party or not: "Sungai Banjarmasin–Batola" reads as a river's)
    ends = {m.end - s.start for m in doc.mentions[bisect_left(doc.sent_of, si):bisect_right(doc.sent_of, si)]} \
        if scope.count(",") >= 2 else ()
    titles = set(title_starts(s.text))
    for m in _COMMA_NEXT.finditer(scope):
        at = scope_at + m.end()
        if at in starts or at in titles or _GOV_WORD.match(s.text, at) or scope_at + m.start() in ends:
            return scope[:m.start()]
    return scope


_COMMA_NEXT = re.compile(r",\s*")
# the document a sentence on the scope names back by its common word: "Ruang lingkup perjanjian meliputi ...",
# "Kesepakatan itu mencakup ..." (perjanjian, the PKS; kesepakatan or nota, the MoU)
_DOCUMENT_BACK = re.compile(r"\W*(?:(?:ruang\s+lingkup|cakupan|isi|materi|substansi)\s+)?(?P<doc>perjanjian|kesepakatan|nota)"
                            r"\b(?!\s+(?:kerja\s*sama|bersama))", _I)
_BACK_KIND = {"perjanjian": "pks", "kesepakatan": "mou", "nota": "mou"}
# (a sentence naming its document back is of that one: "Kesepakatan itu mencakup tiga bidang")
_THIS_DOCUMENT = re.compile(r"\W*(?:kesepakatan|perjanjian|pks|mou|nota|naskah|dokumen)\s+(?:itu|ini|tersebut)\b", _I)
# a document told as following from another: "PKS ini merupakan tindak lanjut Kesepakatan Bersama ..."
_DERIVED = re.compile(r"\W*(?:pks|perjanjian(?:\s+kerja\s*sama)?|kesepakatan(?:\s+bersama)?|mou|naskah)\s+"
                      r"(?:ini|itu|tersebut)\s+(?:merupakan\s+|adalah\s+|menjadi\s+)?(?:tindak\s*lanjut|turunan|"
                      r"penjabaran|pelaksanaan)\b", _I)
_GOV_WORD = re.compile(r"(?:Pemprov|Pemkab|Pemkot|Pemko|Pemda|Pemerintah|Camat|Lurah|Kades|Warga|DPRD)\b")


def _fields(scope: str) -> list[str]:
    """The sectors of a scope, without those only in its aim or in the named end of a route when
    other fields come before or besides them.

    >>> _fields("pengelolaan sampah untuk mendukung pariwisata")
    ['lingkungan-hidup']
    >>> _fields("layanan bus hingga ke Pasar Raya")
    ['perhubungan']
    >>> _fields("pemasaran hasil perikanan tangkap melalui Pelabuhan Cappa Ujung")
    ['kelautan-perikanan']
    >>> _fields("drainase di kawasan perbatasan seperti Kecamatan Pasar Kemis dan Sepatan")
    ['pekerjaan-umum']
    """
    if "ec" in scope or "esa " in scope or "elurahan" in scope:
        # (a place named after the field's word: "Kecamatan Pasar Kemis", "Desa Sumber Air")
        scope = _PLACE_NAMED.sub(" ", scope)
    found = sectors_in(scope)
    if len(found) < 2:
        return found
    if "khusus" in scope or "teruta" in scope or "termasuk" in scope:
        # (the detail of a field named before it is of that field: "perhubungan, khususnya konektivitas jalan darat
        # dan penerbangan perintis; ketahanan pangan")
        scope = _without_details(scope)
        found = sectors_in(scope)
        if len(found) < 2:
            return found
    aim = _PURPOSE.search(scope)
    rest = None
    if aim:
        before = sectors_in(scope[:aim.start()])
        if before:
            # (the aim of one item ends where the next is named by its work: "penyediaan air baku untuk
            # memenuhi ..., penyelenggaraan angkutan umum")
            item = _NEXT_ITEM.search(scope, aim.end())
            rest = scope[item.start():] if item else None
            scope, found = scope[:aim.start()], before
    # (and the named place it goes through: "pemasaran hasil perikanan melalui Pelabuhan Cappa Ujung")
    if "ke " in scope or "menuju" in scope or "melalui" in scope or "lewat" in scope:
        without = sectors_in(_ENDPOINTS.sub(" ", scope))
        if without:
            found = without
    if rest:
        found = found + [slug for slug in _fields(rest) if slug not in found]
    return found


def _without_details(scope: str) -> str:
    """``scope`` without the details (_DETAIL) that follow a field named in their item, up to the semicolon that ends
    the item.

    >>> _without_details("perhubungan, khususnya konektivitas jalan darat; ketahanan pangan")
    'perhubungan; ketahanan pangan'
    >>> _without_details("beberapa bidang, terutama pendidikan dan kesehatan")
    'beberapa bidang, terutama pendidikan dan kesehatan'
    """
    out, at = [], 0
    for m in _DETAIL.finditer(scope):
        if m.start() < at:
            continue
        item = scope.rfind(";", 0, m.start()) + 1
        end = scope.find(";", m.end())  # (items set apart by semicolons only: a comma may open the next field)
        if end >= 0 and sectors_in(scope[max(item, at):m.start()]):
            out.append(scope[at:m.start()])
            at = end
    return "".join(out) + scope[at:]


_DETAIL = re.compile(r",?\s+(?:khususnya|terutama|termasuk)\s+")
_PLACE_NAMED = re.compile(r"\b(?:Kecamatan|Kec\.|Desa|Kelurahan|Kampung|Dusun|Nagari|Gampong)(?:\s+[A-Z][\w'’-]*)+")
# a venue that names a field of cooperation ("di Bidang Pariwisata") is the field's
_FIELD_VENUE = re.compile(r"di\s+(?:bidang|sektor|urusan)\b", _I)


def _title_case(sentence: str) -> bool:
    """Whether ``sentence`` is a headline written in title case: no closing mark, and most of its words
    (but for the small words of a title) capitalised.

    >>> _title_case("DPRD Palu Soroti Kerja Sama Pasigala yang Jalan di Tempat"), _title_case("MoU diteken di Balai Kota.")
    (True, False)
    """
    if sentence.rstrip().endswith(_SENTENCE_ENDS):
        return False
    words = [w for w in sentence.split() if w[:1].isalpha() and w not in _TITLE_SMALL_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_TITLE_SMALL_WORDS = frozenset({"di", "ke", "dari", "dan", "yang", "untuk", "dengan", "pada", "atau", "serta"})


def _without_venues(sentence: str, start: int, venues) -> str:
    """``sentence`` from ``start``, each venue in it (``venues``: spans in the sentence) blanked: where
    it was signed is no field of it ("... di Gedung Dinas Pendidikan, Jalan Sudirman").

    >>> _fields(_without_venues("MoU pengelolaan sampah di Balai Kota, Jalan Merdeka", 0, [(23, 51)]))
    ['lingkungan-hidup']
    """
    out = sentence[start:]
    for a, b in venues:
        if b > start and not _FIELD_VENUE.match(sentence, a):
            a = max(a, start)
            out = out[:a - start] + " " * (b - a) + out[b - start:]
    return out


def _nth(doc: _Doc, si: int, before: int) -> int | None:
    """Which of several PKS a sentence speaks of (0 for the first) when it names one by its number
    ("PKS kedua menyangkut ...", or the item of a list "2. Perjanjian Kerja Sama ...", "(b) PKS ..."), the last term
    before ``before``; else None."""
    ends = doc.term_ends(si)
    if not ends:
        return None
    t = doc.sents[si].text
    for (pos, kind), end in reversed(list(zip(doc.kind_terms(si), ends))):
        if pos <= before and kind == "pks":
            m = _ORDINAL.match(t, end)
            if m is None:
                # an item of a numbered list: "2. Perjanjian Kerja Sama antara Dinas Perhubungan ..."
                item = _ITEM_NUMBER.match(t, 0, pos)
                if item is None:
                    return None
                n = item.group(1)
                return int(n) - 1 if n.isdigit() else ord(n) - ord("a")
            return int(m.group(6)) - 1 if m.group(6) else m.lastindex - 1
    return None


_ITEM_NUMBER = re.compile(r"\s*\(?([1-9]|[a-h])[.)]\s*$")  # ("2. Perjanjian ...", "(b) PKS bidang ...")


# an interviewer's question for the fields: "Bidang apa saja yang disepakati?", "Apa saja yang dikerjasamakan?"
# (perhaps after a speaker's label: "PENYIAR: Bidang apa saja yang dicakup, Bu?")
_FIELD_QUESTION = re.compile(r"(?:[A-Z][\w .()]{0,40}:\s*)?(?:(?:lalu|terus|kemudian|jadi),?\s+)?"
                             r"(?:(?:bidang|sektor|ruang\s+lingkup|cakupan|lingkup)(?:nya)?\s+(?:apa|mana)|"
                             r"apa\s+saja\s+(?:bidang|sektor|ruang\s+lingkup|cakupan|isi|cakupannya|isinya|"
                             r"yang\s+(?:akan\s+)?(?:di)?(?:kerjasamakan|kerja\s*samakan|sepakati|disepakati|diatur|dicakup)))"
                             r"[^?]*\?[^\w?]*$", _I)  # (perhaps a pointing hand after it: "Apa saja yang disepakati? 👇")


_QUESTION_END = re.compile(r"\?[^\w?]*$")


def _answers_for_fields(doc: _Doc) -> set:
    """The sentences of the answer to an interviewer's question for the fields (_FIELD_QUESTION): those after
    it to the end of its paragraph, where each names a field without a list opener of its own: "Bidang apa saja
    yang akan dikerjasamakan?\n\nYang paling mendesak itu infrastruktur, ... Yang kedua perkebunan rakyat"."""
    out = set()
    sents = doc.sents
    for si, s in enumerate(sents):
        if "?" not in s.text[-8:] or not _FIELD_QUESTION.match(s.text):
            continue
        for ai in range(si + 1, len(sents)):
            if "?" in sents[ai].text[-8:] and _QUESTION_END.search(sents[ai].text):
                break  # (the next question)
            out.add(ai)
            if ai + 1 < len(sents) and "\n\n" in doc.text[sents[ai].end:sents[ai + 1].start]:
                break  # (the answer's paragraph ends)
    return out


# (most of the agreements a roundup tells, or all: "sebagian besar kerja sama menyasar sektor unggulan Lotim, yakni ...")
_MOST_OF = re.compile(r"\b(?:sebagian\s+besar|kebanyakan|umumnya)\s+(?:dari\s+)?(?:kerja\s*sama|kesepakatan|perjanjian|"
                      r"naskah|dokumen)\b", _I)


def _sectors(doc: _Doc, agreements: list[dict], groups: list[frozenset], earlier: set = frozenset(),
             only: dict | None = None):
    """Add to each of ``agreements`` the fields its sentences name; ``earlier``: the sentences telling of the
    documents before the ones reported (_earlier_documents); ``only``: group -> the only sentences its fields are
    read from."""
    prev_scope = False
    scoped = doc.scoped
    answers = _answers_for_fields(doc) if "?" in doc.text else ()
    # the one group the last cooperation sentence naming governments spoke of: what a sentence naming
    # only the hub, or no one, continues ("Kesepakatan Balikpapan-PPU diteken ... Kerja sama itu meliputi")
    last, by_sentence = [], doc.mentions_by_sentence() if len(groups) > 1 else {}
    items = set()  # the sentences that are items of a list, each naming one group
    others_told = doc.with_others_told()
    for si, s in enumerate(doc.sents):
        if si in by_sentence:
            named = {doc.codes[i] for i in by_sentence[si]}
            mine = [g for g in groups if named == g] or [g for g in groups if named <= g]
            if len(mine) == 1 and last and si - 1 in items and _ITEM.match(s.text):
                # (the next item of a list of the host's partners, one a line: what follows the list is of them all,
                # "1. Pemerintah Kabupaten Bulungan, ...; 2. Pemerintah Kabupaten Malinau, ... Ruang lingkup
                # kesepakatan meliputi ...")
                last = list(dict.fromkeys(last + mine))
            elif not doc.agree[si]:
                # (a sentence naming one group's governments and none else sets who the next ones speak
                # of: "Pasangan pertama adalah Pemkab A dan Pemkab B. PKS keduanya mengatur ...", "Lima bulan
                # kemudian, giliran Kabupaten Landak. Perjanjian Kerja Sama tentang ... ditandatangani")
                if len(mine) == 1:
                    last = mine
            elif len(mine) == 1:
                last = mine
            elif not mine and sum(1 for g in groups if named & g) > 1:
                # one sentence on several: "antara A dengan B dan antara A dengan C", "kesepakatan dengan
                # B dan C batal diteken. Kedua naskah mengatur ..."
                last = [g for g in groups if named & g and g <= named | frozenset.intersection(*groups)]
            if len(mine) == 1 and _ITEM.match(s.text) and not _table_row(s.text):  # (a table's row has its own cells)
                items.add(si)
        low = doc.lows[si]
        content = doc.agree[si] and low.startswith(_CONTENT_STARTS) and _CONTENT_OF.match(s.text)
        # (in the signing sentence or the one after it: later, "Soal perdagangan, kedua provinsi sepakat
        # memperlancar distribusi ... produk industri" tells the detail of a field named otherwise)
        agreed = _agreed_to(doc, si) if doc.agree[si] and (" sepakat " in low or "bersepakat " in low) and (
            doc.sign[si] or si and doc.sign[si - 1]) else None
        if not (prev_scope or scoped[si] or content or agreed is not None or si in answers):
            continue  # (most sentences: neither a scope nor a list of fields continued)
        if si in others_told:
            prev_scope = False
            continue  # the fields of an agreement with a company or an office of the state
        if si in earlier and _HEAD_OF_THEN.search(s.text) or si - 1 in earlier and _ITS_CONTENT.match(s.text):
            prev_scope = False
            continue  # the fields of the one the heads of the time signed, or told right after one before: its own
            # (_earlier_fields)
        if len(groups) > 1 and ("sebagian" in low or "umumnya" in low or "kebanyakan" in low) and _MOST_OF.search(s.text) \
                and {doc.codes[i] for i in doc.sentence_mentions(si)} <= frozenset.intersection(*groups):
            prev_scope = False
            continue  # the fields of most of a roundup's agreements, none's: "sebagian besar kerja sama menyasar sektor ..."
        t = s.text
        scope_at = None
        if content:
            scope_at = content.end()
        elif scoped[si]:
            aligned = doc.lined_up or _aligned(t)
            if not aligned:
                m = _SCOPE.search(t, 0, low)
            elif doc.scope_places is not None:
                m = _scope_at(t, doc.scope_places.get(si, ()))
            else:
                m = _scope_phrase(t, low)
            # (an aim opening the sentence in a clause of its own tells why, not what the document holds:
            # "Agar jalan yang sudah dibangun tidak cepat rusak, A dan B menandatangani PKS tentang ...")
            opening = _OPENING_AIM.match(t) if low.startswith(_AIM_OPENERS) else None
            after_aim = opening.end() if opening else 0
            if m and not _AIM.search(t[after_aim:m.start()], 0, low[after_aim:m.start()] if aligned else None):
                scope_at = m.start()
            adjacent = _field_after_kerja_sama(t, scope_at, low if aligned else None)
            if adjacent is not None and (scope_at is None or adjacent < scope_at) \
                    and not _AIM.search(t[after_aim:adjacent], 0, low[after_aim:adjacent] if aligned else None):
                scope_at = adjacent
        if scope_at is None and scoped[si] and doc.sign[si] and (" untuk " in low or " guna " in low):
            scope_at = _signed_for(doc, si)
        if scope_at is None and scoped[si] and " dengan " in low and (" untuk " in low or " guna " in low):
            scope_at = _with_partner_for(doc, si)
        if scope_at is None and scoped[si] and _table_row(t):
            scope_at = 0  # a table's row: its cells (the document's title, its scope) are the document's
        if scope_at is None and scoped[si] and low.startswith(_ITS_CONTENT_OPENINGS):
            # "Isinya penting bagi warga kota: penyediaan air baku ...", "Lingkupnya konektivitas transportasi ..."
            scope_at = t.find(":") + 1 or len(next(w for w in _ITS_CONTENT_OPENINGS if low.startswith(w)))
        if agreed is not None and (scope_at is None or agreed < scope_at):
            scope_at = agreed
        if scope_at is None and si in answers:
            scope_at = 0
        if scope_at is None and prev_scope:
            # (and after the one who tells it: "Sekda Suyanto menjelaskan, bidang pertama adalah ...")
            told = _SPEAKER_OPENING.match(t)
            start = told.end() if told else 0
            if _CONTINUE.match(t, start) or si and _INDENTED_UNDER.fullmatch(doc.text, doc.sents[si - 1].end, s.start) \
                    and _CONTINUE.match(doc.sents[si - 1].text):
                scope_at = start  # (and the indented line under an item: "1️⃣ TRANSPORTASI PUBLIK\n   Layanan bus ...")
        prev_scope = scope_at is not None
        if scope_at is None:
            continue
        # (a headline in title case has no venue to tell by its capital: "Kerja Sama Pasigala yang Jalan di Tempat")
        scope = _without_venues(t, scope_at, doc.venues(si)) if " di " in t and not _title_case(t) else t[scope_at:]
        if "," in scope and not t.rstrip().endswith(_SENTENCE_ENDS) and not _table_row(t):
            scope = _headline_scope(doc, si, scope_at, scope)  # (a table's row is no headline)
        # (not a government the sentence sets outside: "Kesepakatan yang difasilitasi Pemprov Sulteng itu mencakup ...")
        outside = doc.outside(si)
        if outside and (but := _BUT.search(t)) is not None and but.start() < scope_at and any(
                doc.mentions[i].end - s.start <= but.start() for i in outside):
            # (the fields of what the one outside will do instead: "Pemprov Papua tidak menjadi pihak dalam kesepakatan
            # ini, tetapi siap memfasilitasi koordinasi, terutama di bidang pangan dan perhubungan")
            continue
        # (a sentence telling a group back is of that group: "Kedua provinsi baru tersebut, menurut Sekda
        # Jayawijaya, ... menjajaki kerja sama serupa di bidang pangan")
        here = doc.told_back.get(si) or frozenset(doc.codes[i] for i in doc.sentence_mentions(si) if i not in outside)
        # (not a joint document beside the pairs, outside its own sentences)
        pool = [g for g in groups if g not in only or si in only[g]] if only else groups
        if len(here) >= 2 and not any(here <= g for g in pool) and _scope_per_pair(doc, si, agreements, groups):
            continue
        if len(here) > 2 and low.startswith(_BESIDES_WORDS) and (besides := _BESIDES.match(t)) \
                and (comma := t.find(",", besides.end())) > 0:
            # (not the partner named as one besides: "Selain dengan Mappi, Pemkab Merauke juga tengah menjajaki kerja
            # sama di bidang pangan dengan Pemkab Asmat")
            here = frozenset(doc.codes[i] for i in doc.sentence_mentions(si)
                             if i not in outside and doc.mentions[i].pstart - s.start > comma)
        if len(here) > 2:
            # (the places of the scope are no parties: "kerja sama dengan Tabanan sebelumnya mengatur pasokan beras
            # ... dari Lumbung Padi Bali itu ke pasar-pasar di Badung", two named before it)
            ahead = frozenset(doc.codes[i] for i in doc.sentence_mentions(si)
                              if i not in outside and doc.mentions[i].end - s.start <= scope_at)
            here = ahead if len(ahead) >= 2 else here
        if here and not any(here & g for g in groups):
            if any(doc.mentions[i].via in ("gov", "title") for i in doc.sentence_mentions(si)):
                continue  # the fields of another agreement: "Pemprov A dan PLN teken MoU listrik desa"
            here = frozenset()  # places only: "konektivitas transportasi laut antara Merauke, Tual dan Dobo"
        elif len(here) >= 2 and not _tells_content(doc, si) and any(
                (doc.mentions[i].via in ("gov", "title") or doc.mentions[i].via == "admin"
                 and doc.text[doc.mentions[i].pstart].isupper()) and not any(doc.codes[i] in g for g in groups)
                for i in doc.sentence_mentions(si) if i not in outside):
            continue  # and of a cooperation with a government of none of them ("... dengan Kota Tual")
        if doc.with_others(si):
            continue  # and so: "Pemko Padang telah menjalin kerja sama pengolahan sampah dengan pihak swasta"
        if t.startswith("Bidang", scope_at) and _OFFICE_BEFORE_FIELD.search(t, max(0, scope_at - 24), scope_at):
            continue  # (an office named for its field: "Wakil Rektor Bidang Perencanaan, Kerja Sama, dan TIK")
        found = _fields(_OFFICE_NAME.sub(" ", scope) if "Dinas" in scope or "Badan" in scope else scope)
        targets_g = [g for g in pool if g == here] or [g for g in pool if here and here < g] or pool
        if len(targets_g) > 1 and last and all(here <= g for g in last):
            targets_g = last
        if only and (theirs := [g for g, sents in only.items() if si in sents]):
            targets_g = theirs  # (a sentence of a joint document's own is of it alone)
        cands = [a for a in agreements if frozenset(a["parties"]) in targets_g
                 and (not only or si in only.get(frozenset(a["parties"]), (si,)))]
        kinds_here = {a["kind"] for a in cands}
        # a document still to come ("menyusun PKS bidang pariwisata") is the plan; one told as the course
        # an MoU takes is the one signed, where the group has it ("kesepakatan itu langsung ditindaklanjuti
        # dengan PKS tentang ..." and the PKS signed)
        terms = [(p, k if later == _COURSE and k in kinds_here else
                  "plan" if later or _names_the_draft_before(doc, si, p, k)
                  or "plan" in kinds_here and _NEW_DOCUMENT.match(t, p) else k)
                 for (p, k), (_, later) in zip(doc.kind_terms(si), doc.kind_facts(si)[1])]
        before = [k for p, k in terms if p <= scope_at + 1]
        kind = before[-1] if before else (terms[0][1] if terms else None)
        back = _BACK_SCOPE.match(t) if kind is None and not here else None
        if back and (back.group("draft") or back.group("its_draft")):
            kind = "plan"  # "Rancangan itu menyangkut ...": the fields of the draft just named
        elif back and back.group("nota"):
            kind = "mou"  # "Nota itu mencakup ...": of the Nota Kesepakatan
        elif kind is None and "plan" in kinds_here and _NEW_DOCUMENT.search(t):
            kind = "plan"  # "bidang kesehatan perlu masuk dalam kesepakatan baru": the one still to come
        elif kind is None and "plan" in kinds_here and si and doc.agree[si - 1] and low.startswith(_ITS_CONTENT_OPENINGS) \
                and (facts := doc.kind_facts(si - 1)[1]) and all(later is True for _, later in facts):
            kind = "plan"  # "... mulai menyusun draf perjanjian kerja sama yang baru. Ruang lingkupnya ...": the draft's
        elif kind is None and si and doc.agree[si - 1] and (told := [k for (_, k), (_, later) in zip(
                doc.kind_terms(si - 1), doc.kind_facts(si - 1)[1]) if not later]):
            # "PKS pertama diteken ... Isinya menyangkut ...": of the document just told; but of the subject of a
            # sentence telling what it follows from ("PKS ini merupakan tindak lanjut Kesepakatan Bersama ...
            # Ruang lingkupnya meliputi ...": the PKS's)
            back = _DOCUMENT_BACK.match(t)
            if back and _BACK_KIND[back.group("doc").lower()] in told:
                kind = _BACK_KIND[back.group("doc").lower()]  # ("Ruang lingkup perjanjian meliputi ...": the PKS's)
            else:
                kind = told[0] if _DERIVED.match(doc.sents[si - 1].text) and not _THIS_DOCUMENT.match(t) else told[-1]
        elif kind is None and len(targets_g) == 1 and len(kinds_here - {"plan"}) > 1 and _headline(doc, si):
            # "Pemko dan Pemkab Solok Resmi Kerja Sama Kelola RPH": of the PKS the lead signs
            kind = _lead_kind(doc, si)
        if kind not in kinds_here:
            # a document named that no agreement signed is the plan, if there is one ("Rencana
            # penandatanganan PKS ... tentang damkar" beside the MoU it follows)
            kind = "plan" if kind and "plan" in kinds_here else \
                "mou" if "mou" in kinds_here else next(iter(sorted(kinds_here)), None)
        # a document of another kind named later in the scope takes the fields after it: "Selain
        # mengevaluasi PKS kesehatan, kedua daerah juga tengah menyiapkan PKS baru bidang pengelolaan sampah"
        later_doc = next(((p, k) for p, k in terms if p > scope_at + 1 and k != kind and k in kinds_here), None)
        if later_doc is not None and sectors_in(t[later_doc[0]:]):
            theirs, later_found = [a for a in cands if a["kind"] == later_doc[1]], _fields(t[later_doc[0]:])
            nth = _first_of_numbered(doc, si, later_doc[1], later_found, theirs)
            for a in (theirs[nth:nth + 1] if nth is not None else theirs):
                a["sectors"].extend(later_found)
            found = _fields(t[scope_at:later_doc[0]])
        chosen = [a for a in cands if a["kind"] == kind]
        # (and so are the PKS still to come of one group: "dua PKS tengah disusun, yakni PKS air minum ...,
        # serta PKS angkutan umum")
        if len(chosen) > 1 and (kind == "pks" or kind == "plan" and len({tuple(a["parties"]) for a in chosen}) == 1):
            spans = _numbered_spans(doc, si) if "kedua" in doc.lows[si] else []
            if len(spans) > 1:
                # "PKS pertama mengatur pengelolaan sampah ..., sementara PKS kedua mengatur penyediaan air minum"
                for n, start, end in spans:
                    if n < len(chosen):
                        chosen[n]["sectors"].extend(_fields(t[start:end]))
                continue
            nth = _nth(doc, si, scope_at + 1)
            if nth is None:
                nth = _first_of_numbered(doc, si, kind, found, chosen)
            if nth is None and found and len(holders := [a for a in chosen if set(found) <= set(a["sectors"])]) == 1:
                continue  # one of them named by its field again: "PKS pengelolaan sampah ditandatangani ..."
            if nth is not None and nth < len(chosen):
                chosen[nth]["sectors"].extend(found)
                continue
            items = _bullets(doc.text, s.end, len(chosen))
            if len(items) == len(chosen):
                for a, item in zip(chosen, items):
                    a["sectors"].extend(sectors_in(item))
                continue
            if len(found) == len(chosen):
                for a, slug in zip(chosen, found):
                    a["sectors"].append(slug)
                continue
        for a in chosen:
            a["sectors"].extend(found)


def _numbered_spans(doc: _Doc, si: int) -> list[tuple[int, int, int]]:
    """(which, start, end) of each PKS that sentence ``si`` names by its number ("PKS pertama", "PKS kedua"), the
    span from its name to the next one's."""
    ends = doc.term_ends(si)
    if not ends:
        return []
    t = doc.sents[si].text
    found = []
    for (pos, kind), end in zip(doc.kind_terms(si), ends):
        if kind == "pks" and (m := _ORDINAL.match(t, end)) is not None:
            found.append((int(m.group(6)) - 1 if m.group(6) else m.lastindex - 1, pos))
    return [(n, pos, found[k + 1][1] if k + 1 < len(found) else len(t)) for k, (n, pos) in enumerate(found)]


def _first_of_numbered(doc: _Doc, si: int, kind: str, found: list, chosen: list) -> int | None:
    """Which of the plans ``chosen`` sentence ``si`` gives its ``found`` fields to, where they are fewer: the one it
    numbers, or the first where another sentence numbers one of them, the first of the PKS to come ("kami kirimkan
    draf PKS tentang Pemanfaatan Air Baku ... Terkait usulan PKS kedua, yaitu angkutan umum ..."); else None."""
    if kind != "plan" or not found or len(found) >= len(chosen) or "kedua" not in doc.low_text:
        return None
    own = _nth(doc, si, len(doc.sents[si].text)) if "kedua" in doc.lows[si] else None
    if own is not None:
        return own  # (numbered after the scope's word: "Terkait usulan PKS kedua, yaitu angkutan umum")
    numbered = any(_nth(doc, sj, len(doc.sents[sj].text)) for sj in range(len(doc.sents))
                   if sj != si and "kedua" in doc.lows[sj])
    return 0 if numbered else None


_BUT = re.compile(r"\s(?:tetapi|tapi|namun|melainkan)\s")


def _headline(doc: _Doc, si: int) -> bool:
    """Whether sentence ``si`` stands before the body: before the first sentence ending as one does (not an item
    of a list, "b. penanggulangan kebakaran dan penyelamatan;")."""
    return not any(doc.sents[sj].text.rstrip().endswith(_SENTENCE_ENDS) for sj in range(si + 1)) \
        and not doc.sents[si].text.rstrip().endswith((";", ":"))


def _lead_kind(doc: _Doc, si: int) -> str | None:
    """The kind of the document the first signing sentence after headline ``si`` tells signed, which the
    headline tells of: "Pemko dan Pemkab Solok Resmi Kerja Sama Kelola RPH dan Pasar Raya. ... kedua pemerintah
    daerah menandatangani Perjanjian Kerja Sama (PKS) ..." is the PKS (not the MoU the PKS follows). None
    where no signing sentence names one."""
    for ai in range(si + 1, len(doc.sents)):
        if doc.sign[ai]:
            told = [k for (_, k), (_, later) in zip(doc.kind_terms(ai), doc.kind_facts(ai)[1]) if not later]
            if told:
                return told[0]
    return None


# what a document is signed for, right after it: "menandatangani nota kesepakatan pada 2020 untuk
# mengembangkan kawasan wisata Bukit Kaba" (with its day between)
_SIGNED_FOR = re.compile(r"(?:\s*\([^()]{1,12}\))?(?:[\s,]+(?:pada|tanggal|hari|\w+,?\s*\(?\d[\d/]*\)?|\d{4}|"
                         r"di\s+(?-i:[A-Z])\w+))*[\s,]+(?:untuk|guna)\s+(?=me)", _I)


def _signed_for(doc: _Doc, si: int) -> int | None:
    """Where the aim a signed document is named with starts, when it follows the document's name (the
    signing sentence names no field otherwise); else None."""
    return _aim_after_term(doc, si, _SIGNED_FOR) if doc.signed(si) else None


def _aim_after_term(doc: _Doc, si: int, pattern: re.Pattern) -> int | None:
    """Where the aim that ``pattern``, matched right after one of the documents sentence ``si`` names, leads to
    starts; None where it matches after none."""
    t = doc.sents[si].text
    for end in doc.term_ends(si) or ():
        m = pattern.match(t, end)
        if m:
            return m.end()
    return None


def _with_partner_for(doc: _Doc, si: int) -> int | None:
    """Where the aim of a document named with its partner starts: "Perjanjian Kerja Sama dengan Pemkab Tangerang
    untuk pengolahan sampah", "menyiapkan PKS teknisnya dengan Dinas Perhubungan DKI untuk penambahan rute"; else None."""
    return _aim_after_term(doc, si, _WITH_PARTNER_FOR)


_WITH_PARTNER_FOR = re.compile(r"(?:\s*\([^()]{1,12}\))?(?:-?nya)?\s+(?:\w+\s+)?dengan\s+(?:(?-i:[A-Z])[\w.-]*\s+){1,6}"
                               r"(?:untuk|guna)\s+(?=pe|me)", _I)
# the name of an office, whose words name no field of the document its head signs: "ditandatangani Kepala
# Dinas Perumahan Rakyat, Kawasan Permukiman dan Lingkungan Hidup Kubu Raya" (a PKS on waste)
_OFFICE_BEFORE_FIELD = re.compile(r"\b(?:Rektor|Asisten|Deputi|Direktur|Kepala|Staf\s+Ahli)\s+$")
_OFFICE_NAME = re.compile(r"\b(?-i:Kepala|Kadis|Sekretaris|Kabid|Plt\.?|Pj\.?)\s+(?-i:Dinas|Badan)"
                          r"(?:\s+(?:(?-i:[A-Z])[\w-]*,?|dan|&))+")


# a partner that is no government: a company, a university, an investor
_OTHER_PARTY = (r"(?:sejumlah\s+|beberapa\s+)?(?:pihak\s+(?:swasta|ketiga)|(?-i:PT|CV|Perum|Perumda|PDAM|BUMN|"
                r"BUMD|Bank|Universitas|Institut|Politeknik|BPJS|PLN|Bulog|Pertamina|Telkom|Kantor|Kementerian|"
                r"Kemen[a-z]+|Balai|Kanwil|Polda|Polres|Kejaksaan|Kejari|Kejati|Badan|Lembaga|Otorita|Direktorat|BRIN|"
                r"BPS|BNN|BMKG|Basarnas|BNPB|TNI|Polri|Kodam|Korem|Kodim|"
                # (a university by its short name: Unhas, Unpad, UGM, UI, IPB)
                # (not a word so written: "SURABAYA - Untuk menjaga pasokan, Pemkot Surabaya meneken ...")
                r"Un(?!(?:tuk|tung|juk|dang|dian|sur|it|ik|ggul|gkap)\b)[a-z]{2,5}|U(?:I|GM|NS|NY|NJ|NM|PI|IN|SU|MY|MS|II|SK|NDIP|NPAD|NAIR|NHAS)|I[PT]B|ITS)\b|"
                r"perusahaan|investor|swasta|perbankan|(?:mitra\s+)?non-?pemerintah|"
                r"universitas|kampus|perguruan\s+tinggi|"
                # (a government abroad, its country after it: "pemerintah Provinsi Sandaun, Papua Nugini")
                r"(?:pemerintah\s+|otoritas\s+)?(?:[\w-]+\s+){0,5}?[\w-]+\s*,\s*(?-i:" + _COUNTRY + r")\b)")
# (or its head: "dengan General Manager PT PLN (Persero) UIW Maluku", "dengan Rektor Universitas X")
# (and "bersama": "Tiga nota kesepahaman lainnya diteken Pemkab Lamsel bersama Institut Teknologi Sumatera ...")
_WITH_OTHER = re.compile(r"\b(?:dengan|bersama)\s+(?:(?:general\s+manager|gm|direktur(?:\s+utama)?|dirut|pimpinan|kepala|rektor|"
                         r"manajer|ketua|presiden\s+direktur|ceo)\s+)?" + _OTHER_PARTY, _I)
# (or beside the government, signing with it: "Pemkab Boltim dan BPJS Kesehatan Teken PKS")
_AND_OTHER = re.compile(r"\b(?:dan|bersama)\s+" + _OTHER_PARTY + r"[^.;,]{0,60}?\b(?:teken|meneken|menandatangani|"
                        r"tandatangani|jalin|menjalin|sepakat|sepakati)", _I)
_DOCUMENT_AND_OTHER = re.compile(r"\b(?:kesepakatan\s+bersama|nota\s+kesepahaman|nota\s+kesepakatan|"
                                 r"perjanjian\s+kerja\s*sama|mou|pks)\s+(?:antara\s+)?(?:pemerintah|pemprov|pemkab|"
                                 r"pemkot|pemko)\b[^.;,]{0,50}?\s(?:dan|dengan)\s+" + _OTHER_PARTY, _I)
_OTHER_SIGNS = re.compile(r"(?:[^\s,.;]+\s+){0,3}?(?:[^\s,.;]+,\s+)?" + _OTHER_PARTY +
                          r"(?:\s+(?-i:[A-Z])[\w-]*){0,4}\s+(?:juga\s+)?(?:menandatangani|meneken|teken)\b|"
                          # (and beside the government it signs with: "Bank Kalbar dan Pemkot Pontianak menandatangani")
                          r"(?:[^\s,.;]+\s+){0,3}?" + _OTHER_PARTY + r"(?:\s+(?-i:[A-Z])[\w-]*){0,4}\s+(?:dan|bersama)\s+"
                          r"(?:pemerintah|pemprov|pemkab|pemkot|pemko)\b[^.;,]{0,50}?\s(?:juga\s+)?"
                          r"(?:menandatangani|meneken|teken)\b", _I)
# a table's cell naming another party
# (perhaps after the government in the same cell: "| Pemerintah Aceh, Universitas Syiah Kuala |")
_CELL_OTHER = re.compile(r"\|\s*(?:[^|,]{3,60},\s*)?" + _OTHER_PARTY, _I)
# the heading of a roundup's item naming a government and another party: "5. Pemprov Kaltim–PT Pupuk Kalimantan Timur"
_ITEM_WITH_OTHER = re.compile(r"\s*\d{1,2}[.)]\s+[^\n:]{2,60}?\s*[–—-]\s*" + _OTHER_PARTY, _I)
# an official of the other party signing: "ditandatangani Direktur Jenderal Prasarana dan Sarana Pertanian Kementan"
_SIGNED_BY_OTHER = re.compile(r"\b(?:ditandatangani|diteken)\s+(?:oleh\s+)?(?:(?-i:[A-Z])[\w.-]*\s+(?:dan\s+)?){0,7}?"
                              r"(?-i:Kementerian|Kemen[a-z]+|Ditjen|PT|Universitas|Rektor|Perum|BPJS|Bank|Bulog|PLN|Pertamina)\b|"
                              # (or beside the government's signer: "ditandatangani Sekda Provinsi Kaltim ... bersama
                              # Rektor Unmul")
                              r"\b(?:bersama|dengan|dan)\s+(?-i:Rektor|Direktur\s+Utama|Dirut|Presiden\s+Direktur|"
                              r"General\s+Manager|Pemimpin\s+(?:Wilayah|Cabang))\b", _I)
# the other party as the subject: opening the sentence (after a dateline) or the clause a speaker's "bahwa" opens
_OTHER_SUBJECT = re.compile(r"(?:^|[–—]\s+|\s-\s+|\bbahwa\s+)" + _OTHER_PARTY +
                            r"(?:\s+(?:\((?-i:[A-Z])[\w\s-]*\)|(?-i:[A-Z])[\w.-]*)){0,8}\s+(?:juga\s+|pun\s+|kembali\s+)?"
                            r"(?:me|ber|teken|tandatangani)\w*", _I)
# (or after the list a "dengan" announces: "dengan tiga pemerintah kabupaten sekaligus, yakni Pemerintah Kabupaten A")
_OWN_AGENCY = re.compile(r"\b(?:Badan|Dinas|Kantor|Balai|Lembaga)\b.*\b(?:Daerah|Provinsi|Kabupaten|Kota)\b")
_AFTER_WITH = re.compile(r"\bdengan\s+(?:pihak\s+)?$|\bdengan\b[^.;]{0,60}?\b(?:yakni|yaitu|antara\s+lain)\s*:?\s*$", _I)
_AFTER_WITH_OR_LIST = re.compile(r"(?:\bdengan|\bdan|\bserta|,)\s+(?:pihak\s+)?$", _I)
_LAW_TITLE = re.compile(r"\b(?:peraturan|permendagri|undang-undang|uu|pp|perda|pergub|perpres|keputusan|nomor)\b"
                        r"[^.;]{0,80}?\btentang\b[^.;]*$", _I)
# the name of a regional office of the state, up to the region it is of: "Kantor Wilayah BPN Provinsi X"
_STATE_OFFICE_BEFORE = re.compile(r"\b(?:Kantor\s+Wilayah|Kanwil|Balai(?:\s+Besar)?)(?:\s+(?-i:[A-Z])[\w/&.-]*)*\s+$",
                                  _I)
# the partners told in the sentence after: "... menandatangani dua nota kesepahaman. Mitranya adalah PT X"
_PARTNERS_ARE = re.compile(r"(?:para\s+)?mitra(?:nya)?\s+(?:adalah|ialah|yaitu|yakni|:)\s*" + _OTHER_PARTY, _I)


_THAT_ONE = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:itu|tersebut|ini)\b", _I)


def _names_the_draft_before(doc: _Doc, si: int, pos: int, kind: str) -> bool:
    """Whether the document named at ``pos`` in sentence ``si`` is the one still to come that the sentence
    before named: "PKS bidang pendidikan masih dalam tahap penyusunan draf. PKS tersebut akan mengatur ..."."""
    if si == 0 or not doc.agree[si - 1]:
        return False
    term = _PKS.match(doc.sents[si].text, pos) or _MOU.match(doc.sents[si].text, pos)
    if term is None or not _THAT_ONE.match(doc.sents[si].text, term.end()):
        return False
    return any(k == kind and later is True for k, later in doc.kind_facts(si - 1)[1])


# what the parties agree to do is the scope: "Kedua daerah sepakat mengembangkan pariwisata ...", after
# a word for them all or the parties named, with no "belum"/"tidak" between ("Bupati A sepakat mendukung"
# is one head's opinion)
_AGREED_TO = re.compile(r"\b(?:ber)?sepakat\s+(?:untuk\s+)?me[a-z]", _I)
_ALL_OF_THEM = re.compile(r"(?P<all>\b(?:kedua|ketiga|keempat|kelima)(?:nya|\s+(?:belah\s+)?[a-z]+(?:\s+daerah)?)|"
                          r"\bmereka|\bpara\s+kepala\s+daerah)?\s+(?:yang\s+)?(?:(?:telah|sudah|juga|pun|bersama)\s+)?$", _I)


def _agreed_to(doc: _Doc, si: int) -> int | None:
    """Where "sepakat <verb>" starts in sentence ``si`` when its subject is all the parties, else None."""
    s = doc.sents[si]
    m = _AGREED_TO.search(s.text)
    if m is None:
        return None
    subject = _ALL_OF_THEM.search(s.text, 0, m.start())
    if subject is None:
        return None
    if subject.group("all"):
        return m.start()
    # "Pemkab A dan Pemkot B sepakat ...": two governments or more, the last right before
    mine = doc.sentence_mentions(si)
    if len({doc.codes[i] for i in mine}) >= 2 and any(doc.mentions[i].end - s.start == subject.start() for i in mine):
        return m.start()
    return None


def _scope_per_pair(doc: _Doc, si: int, agreements: list[dict], groups: list[frozenset]) -> bool:
    """"Kesepakatan dengan Kukar meliputi pertanian, dengan Samarinda tentang banjir": each partner of a
    hub named in one scope sentence takes the fields written after it, up to the next partner.
    False (nothing done) unless every region named belongs to exactly one of the groups."""
    s = doc.sents[si]
    own = {}
    for c in {doc.codes[i] for i in doc.sentence_mentions(si)}:
        mine = [g for g in groups if c in g]
        if len(mine) == 1:
            own[c] = mine[0]
        elif len(mine) != len(groups):  # neither one partner's nor the hub's
            return False
    if len(set(own.values())) < 2:
        return False
    marks = [(doc.mentions[i].pstart - s.start, doc.mentions[i].end - s.start, doc.codes[i])
             for i in doc.sentence_mentions(si) if doc.codes[i] in own]
    # fields written before the first partner ("bidang pertanian dengan Kukar, bidang banjir dengan
    # Samarinda") belong to the partner after them; otherwise to the partner before them
    before = bool(sectors_in(s.text[:marks[0][0]]))
    fields = []
    for k, (start, end, c) in enumerate(marks):
        if before:
            fields.append(sectors_in(s.text[marks[k - 1][1] if k else 0:start]))
        else:
            fields.append(sectors_in(s.text[end:marks[k + 1][0] if k + 1 < len(marks) else len(s.text)]))
    if sum(1 for f in fields if f) < 2:
        return False  # one list of fields after (or before) all partners: theirs together
    for (start, end, c), found in zip(marks, fields):
        cands = [a for a in agreements if frozenset(a["parties"]) == own[c]]
        pick = [a for a in cands if a["kind"] == "mou"] or [a for a in cands if a["kind"] != "plan"] or cands
        if pick:
            pick[0]["sectors"].extend(found)
    return True


def _signatories(doc: _Doc, agreements, officials, found, refs, published: str | None = None, only: dict | None = None):
    named = {}
    for off, si, o in found:
        named.setdefault(si, []).append((o, off["region"], off["name"]))
    for si, o, code in refs:
        if published and (years := _YEAR.findall(doc.sents[si].text)) and max(map(int, years)) < int(published[:4]):
            # (an office named without its holder in a sentence of years before: "Kesepakatan Bersama antara Wali
            # Kota Salatiga dan Bupati Semarang ... yang diteken pada Februari 2022" need not be held by the one named
            # now)
            continue
        # (a unit's head holds that unit: the Asisten does not hold "Kepala Dinas Kesehatan Kab. Sleman")
        holder = next((x[0]["name"] for x in officials if x[0]["region"] == code
                       and x[2].role == o.role and x[2].kind == o.kind
                       and (o.role != "unit" or x[2].title.lower() == o.title.lower())), None)
        if holder:
            named.setdefault(si, []).append((o, code, holder))
    _by_name_alone(doc, officials, named)
    signed = []  # (sentence, region, name, the agreements signed)
    others_told = doc.with_others_told()
    # "... diwakili Asisten Perekonomian Sekda Provinsi A Hendro. Ia meneken kesepakatan bersama Bupati B":
    # the one named last in the sentence before signs
    pronoun = {si: named[si - 1] for si in range(1, len(doc.sents))
               if doc.sign[si] and si - 1 in named and _HE_SIGNS.match(doc.sents[si].text)}
    for si in sorted(named.keys() | pronoun.keys()):
        t, low = doc.sents[si].text, doc.lows[si]
        # (a text aligned with its lower case holds "melakukan" wherever _DOES_SIGN can match, "saat"
        # wherever _AT_SIGNING can, and the words of a witness or a speaker wherever their patterns
        # can: most signing sentences have none of them)
        # "Keempat Sekda menandatangani satu naskah. Mereka adalah Sekda A; Sekda B ...": the signers
        # of the sentence before, listed in one of their own
        listed = _lists_signers(doc, si)
        if not (doc.sign[si] or doc.agree[si] or listed):
            continue
        if si in others_told:
            # "PKS dengan BPJS Ketenagakerjaan diteken Sekda Kota C dan ...": another agreement, and so is
            # the one of the sentences after it naming no other government ("PKS diteken Bupati C dan ...")
            continue
        lined_up = doc.lined_up or _aligned(t)
        does = list(_DOES_SIGN.finditer(t, low)) if "melakukan" in low or not lined_up else []
        if not (doc.signed(si) or does or listed):
            continue  # (no signing done here: "PKS itu ditargetkan ditandatangani pada Oktober")
        signs = list(_SIGN.finditer(t, low))  # in order
        if does:
            signs = sorted(signs + does, key=_start)
        at_signing = not lined_up or _holds(low, _AT_SIGNING_WORDS)
        clauses = _Clauses(not lined_up or _holds(low, _SPEECH_WORDS), not lined_up or _holds(low, _WITNESS_WORDS))
        witnesses = list(_WITNESS.finditer(t, low)) if clauses.witness else []
        venues = doc.venues(si)
        terms = doc.kind_terms(si)
        if not terms and si > 0:
            # "PKS ... juga ditandatangani. Penandatanganan dilakukan ...": the document just named
            terms = doc.kind_terms(si - 1)[-1:]
        signers = []
        offices = sorted(named.get(si, ()), key=lambda x: x[0].start)
        if si in pronoun:
            o, code, name = _last_named(doc.sents[si - 1].text, pronoun[si])
            signers.append((code, name, o.role, _signed_kind(terms, signs, 0) if terms else None))
        elif "yang " in low and (he := _HE_SIGNED.search(t, 0, low)) and (subject := _subject_before(doc, si, he.start())):
            off, o = subject
            signers.append((off["region"], off["name"], o.role, _signed_kind(terms, signs, he.end()) if terms else None))
        last = None  # the signer before: "ditandatangani Wali Kota A dan Bupati B" signs B too
        for k, (o, code, name) in enumerate(offices):
            if _within(o.start, venues):
                continue
            if k and last is not None and (why := _BECAUSE.search(t, last.end, o.start)) \
                    and ((sg := _SIGN.search(t, why.end(), low)) is None or sg.start() >= o.start):
                continue  # the reason another signs: "..., karena Bupati Sidrap H. A tengah mengikuti kegiatan"
            if _witness(t, o, offices[k + 1][0].start if k + 1 < len(offices) else len(t), witnesses) \
                    or at_signing and _at_signing(t, o.start, signs):
                continue
            at = _with_name_before(t, o, name)
            if not listed and not _signs(t, at, signs, clauses) and not (
                    last is not None and _next_in_list(t[last.end:at.start]) and (
                        _same_rank(last, o) or k + 1 < len(offices)
                        and _REPRESENTS.search(t[o.end:offices[k + 1][0].start]) is not None)):
                # the next in a list of signers of the same rank signs too, and so does one who stands in for a
                # head: "ditandatangani Wali Kota A, dan Asisten ... Kabupaten B, C, yang mewakili Pj Bupati B"
                continue
            last = o
            # "Bupati A diwakili Sekda B", "Sekda B yang mewakili Gubernur C": B signs, for A's / C's region
            nxt = offices[k + 1] if k + 1 < len(offices) else None
            prev = offices[k - 1] if k else None
            # (not where another government stands in between: "... Wakil Bupati Mahakam Ulu Petrus Bayau, sedangkan
            # Kota Bontang diwakili Sekda Bontang ...", each for their own)
            if nxt and _REPRESENTED_BY.search(t[o.end:nxt[0].start]) \
                    and not _STANDS_IN_OPENING.search(t, o.end, nxt[0].start):
                continue
            if prev and _REPRESENTS.search(t[prev[0].end:o.start]):
                continue
            if nxt and _REPRESENTS.search(t[o.end:nxt[0].start]):
                code = nxt[1]
            elif prev and _REPRESENTED_BY.search(t[prev[0].end:o.start]) \
                    and not _STANDS_IN_OPENING.search(t, prev[0].end, o.start):
                code = prev[1]
            # (the document each signs: "Syafrizal menjelaskan, PKS ini merupakan turunan dari Kesepakatan
            # Bersama yang ditandatangani Wali Kota A dan Bupati B" signs the Kesepakatan, the speaker none)
            signers.append((code, _fullest_name(officials, code, name, o.role), o.role,
                            _signed_kind(terms, signs, o.start) if terms else None))
        if signers and len({c for c, _, _, _ in signers}) == 1 and "bersama" in low and signed \
                and _SIGNED_WITH.search(t):
            # "Adapun MoU ketiga ... ditandatangani bersama Bupati Rejang Lebong": with the one who signed the
            # documents before (the host signing with each in turn)
            here = signers[0][0]
            prior = next((x for x in reversed(signed) if x[1] != here and any(
                {here, x[1]} <= set(a["parties"]) for a in agreements)), None)
            if prior is not None:
                signers.append((prior[1], prior[2], None, signers[0][3]))
        regions_here = {c for c, _, _, _ in signers}
        # (and of the governments the sentence names: "Penjabat Wali Kota Ambon ... membubuhkan tanda tangannya
        # pada naskah Kesepakatan Bersama antara Pemkot Ambon dan Pemkab Maluku Tengah", not Ambon's others)
        outside = doc.outside(si)
        named_here = {doc.codes[i] for i in doc.sentence_mentions(si) if i not in outside}
        for code, name, role, kind in signers:
            targets = [a for a in agreements if code in a["parties"] and a["kind"] != "plan"
                       and (not only or si in only.get(frozenset(a["parties"]), (si,)))]
            together = [a for a in targets if regions_here <= set(a["parties"])] or targets
            targets = [a for a in together if named_here <= set(a["parties"])] or together
            # heads of region sign the Kesepakatan Bersama, heads of offices (Kepala Dinas) the PKS
            want = kind or ("pks" if role == "unit" else None)
            if want and any(a["kind"] == want for a in targets):
                targets = [a for a in targets if a["kind"] == want]
            elif any(a["kind"] == "mou" for a in targets):
                targets = [a for a in targets if a["kind"] == "mou"]
            signed.append((si, code, name, targets))
    for si, code, name, targets in _one_document_each(signed):
        for a in targets:
            if not any(x["region"] == code and same_person(x["name"], name) for x in a["signatories"]):
                a["signatories"].append({"name": name, "region": code})


_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def _fullest_name(officials, code: str, name: str, role: str) -> str:
    """The fullest name the article gives the official of ``code`` and ``role`` called ``name``: "Pj Gubernur
    Kalbar Dr. H. Ridwansyah Hamid" then "Kesepakatan ditandatangani Pj Gubernur Ridwansyah" is Ridwansyah Hamid
    (not the Sekda Taufik Tarigan of a Pj Bupati Tarigan)."""
    return max((off["name"] for off, _, o in officials
                if off["region"] == code and o.role == role and same_person(off["name"], name)),
               key=len, default=name)


def _by_name_alone(doc: _Doc, officials, named) -> None:
    """Add to ``named`` (sentence -> [(office, region, name)]) the officials named again by their full name
    alone in a signing sentence, as the office they were named with: "Pj Bupati Muba Hariyanto Saleh ...
    Kesepakatan ditandatangani Hariyanto Saleh dan Pj Bupati Banyuasin Farid Rozak" (both sign)."""
    for si in range(len(doc.sents)):
        if not doc.sign[si]:
            continue
        t = doc.sents[si].text
        for off, _, o in officials:
            name = off["name"]
            p = t.find(name)  # (most signing sentences name no one by a name alone)
            if p < 0:
                continue
            end = p + len(name)
            if p and _is_word_char(t[p - 1]) or end < len(t) and _is_word_char(t[end]):
                continue
            _named_at(named.setdefault(si, []), o, p, off["region"], name)
        present = {x[2] for x in named.get(si, ())}
        if len(present) >= len(officials):
            continue  # (every official is named here already, most often with the title)
        for word, (off, o) in doc.short_names().items():
            if off["name"] in present:
                continue  # (named here already, most often with the title)
            p = t.find(word)
            while p >= 0:
                end = p + len(word)
                if _stands_alone(t, p, end) and not _in_mention(doc, si, p):
                    _named_at(named.setdefault(si, []), o, p, off["region"], off["name"])
                p = t.find(word, end)


def _named_at(here: list, o, p: int, code: str, name: str) -> None:
    """Add the official ``name`` of office ``o``, named at ``p`` with no title, to ``here`` unless named there."""
    if not any(same_person(x[2], name) for x in here):  # (named with a title here)
        # (an office ends where its holder's name starts: here, where it stands)
        here.append((o._replace(start=p, end=p, name_start=p), code, name))


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start``..``end`` is a whole word with no capitalised word beside it: no
    word of a longer name ("Hendra" in "Bupati Paser Hendra Wijaya").

    >>> _stands_alone("dilakukan Rudy bersama Bupati", 10, 14), _stands_alone("Bupati Paser Hendra Wijaya", 13, 19)
    (True, False)
    """
    if start and _is_word_char(text[start - 1]) or end < len(text) and _is_word_char(text[end]):
        return False
    if text[end:end + 1] == " " and text[end + 1:end + 2].isupper():
        return False
    if start >= 2 and text[start - 1] == " ":
        before = text.rfind(" ", 0, start - 1) + 1
        if text[before:before + 1].isupper():
            return False
    return True


def _short_names(officials) -> dict:
    """Each part of just one official's name (a word, or a run of words, one of four letters or more) ->
    (that official, their office): the parts by which a signer already named in full may be named again
    ("Rudy" for Rudy Hartanto, "Arif Setiawan" for Muhammad Arif Setiawan)."""
    out, held = {}, {}
    for off, _, o in officials:
        words = off["name"].split()
        # (and the runs of its words: "Arif Setiawan" for Muhammad Arif Setiawan)
        runs = {" ".join(words[a:b]) for a in range(len(words)) for b in range(a + 1, len(words) + 1)
                if b - a < len(words) and any(len(x) >= 4 for x in words[a:b])}
        for w in runs:
            if not w[0].isupper():
                continue
            if w not in held:
                held[w] = off["name"]
                out[w] = (off, o)
            elif not same_person(held[w], off["name"]):
                out.pop(w, None)  # (two people: the word names neither)
    return out


def _in_mention(doc: _Doc, si: int, pos: int) -> bool:
    """Whether ``pos`` in sentence ``si`` is inside a mention of a region."""
    at = doc.sents[si].start + pos
    return any(doc.mentions[i].pstart <= at < doc.mentions[i].end for i in doc.sentence_mentions(si))


# a sentence whose subject is "he" or "she", signing: "Ia meneken kesepakatan bersama Bupati B"
# (after an opening of when: "Di hari yang sama, ia juga meneken PKS serupa dengan ...")
_HE_SIGNS = re.compile(r"(?:(?:di\s+hari|pada\s+hari|pada\s+kesempatan|di\s+kesempatan|setelah\s+itu|usai\s+itu|"
                       r"selanjutnya|kemudian|berikutnya)[^,.;]{0,24},\s*)?"
                       r"(?:ia|dia|beliau)\s+(?:(?:kemudian|lalu|juga|pun|yang)\s+)?(?:menandatangani|meneken|teken)\b",
                       _I)


# the document "he" signed, told in a clause of a sentence whose subject he is: "Ridwan menyampaikan, ...
# Kesepakatan Bersama dengan Pemkab Sigi yang ia teken bersama Bupati Sigi, Kamis (18/9) lalu"
_HE_SIGNED = _Cue(r"\byang\s+(?:(?:telah|sudah|pernah|baru\s+saja)\s+)?(?:ia|dia|beliau)\s+"
                  r"(?:teken|tandatangani|tanda\s+tangani)\b")


def _subject_before(doc: _Doc, si: int, at: int) -> tuple | None:
    """(official, office) of the one person named in sentence ``si`` before ``at`` (by office, full name or a
    part of it), whom a pronoun there speaks of; None for none or two."""
    t = doc.sents[si].text[:at]
    people = {}
    for off, osi, o in doc.officials():
        if osi == si and o.start < at or off["name"] in t:
            people[off["name"]] = (off, o)
    for _, off, o in _named_short(doc, t):
        people[off["name"]] = (off, o)
    return next(iter(people.values())) if len(people) == 1 else None


def _last_named(text: str, offices) -> tuple:
    """The (office, region, name) that a pronoun after ``text`` speaks of: the one named last, or for
    "Gubernur A diwakili Asisten B" the one who stands in."""
    offices = sorted(offices, key=lambda x: x[0].start)
    last = offices[-1]
    if len(offices) > 1 and _REPRESENTED_BY.search(text[offices[-2][0].end:last[0].start]):
        return last[0], offices[-2][1], last[2]
    return last


def _one_document_each(signed):
    """``signed`` ((sentence, region, name, agreements signed)) with each sentence's signers on one of
    several documents of one kind between the same parties, in order, when as many sentences name
    signers of them: "PKS pertama ... ditandatangani Kadishub A dan B. PKS kedua ... diteken Kadis LH C
    dan D". A sentence naming only signers told before adds nobody (they are on theirs already); one
    sentence naming the signers of "kedua PKS" signs both.

    >>> a, b, m = {"parties": ["1"], "kind": "pks"}, {"parties": ["1"], "kind": "pks"}, {"parties": ["1"], "kind": "mou"}
    >>> out = _one_document_each([(1, "1", "H", [m]), (2, "1", "Ani", [a, b]), (2, "1", "Budi", [a, b]),
    ...                           (4, "1", "Cici", [a, b]), (5, "1", "Ani", [a, b])])
    >>> [(n, [x is a for x in t]) for _, _, n, t in out]
    [('H', [False]), ('Ani', [True]), ('Budi', [True]), ('Cici', [False]), ('Ani', [])]
    """
    groups = {}
    for _, _, _, targets in signed:
        if len(targets) > 1:
            groups.setdefault(tuple(map(id, targets)), targets)
    for ids, docs in groups.items():
        if len({(tuple(a["parties"]), a["kind"]) for a in docs}) != 1:
            continue  # (documents of different parties or kinds: each has its own signers already)
        people, new_in = [], []  # the signers named so far, the sentences naming one not named before
        for si, code, name, targets in signed:
            if tuple(map(id, targets)) == ids and not any(c == code and (n == name or same_person(n, name))
                                                          for c, n in people):
                people.append((code, name))
                if si not in new_in:
                    new_in.append(si)
        if len(new_in) != len(docs):
            continue
        doc_of = dict(zip(new_in, docs))
        signed = [(si, code, name, [doc_of[si]] if si in doc_of else []) if tuple(map(id, targets)) == ids
                  else (si, code, name, targets) for si, code, name, targets in signed]
    return signed


def _signed_kind(terms, signs, first: int) -> str:
    """The kind of the document signed by the offices named from ``first`` on: the term right after the
    signing word before them ("penandatanganan PKS oleh ..."), else the last term before that word ("PKS
    ini tindak lanjut Kesepakatan Bersama yang diteken Wali Kota A ...": the Kesepakatan), else the first
    term of the sentence. ``terms``: (position, kind), in order; ``signs``: the signing words, in order.

    >>> _signed_kind([(0, "pks"), (40, "mou")], [re.search("diteken", " " * 60 + "diteken")], 70)
    'mou'
    >>> _signed_kind([(0, "mou"), (40, "pks")], [re.search("penandatanganan", " " * 24 + "penandatanganan")], 70)
    'pks'
    """
    sign = None
    for sm in signs:
        if sm.start() >= first:
            break
        sign = sm
    if sign is None:
        return terms[0][1]
    before = None
    for pos, kind in terms:
        if pos >= sign.end():
            # (a word of the signing runs on: "penandatangan|an", "ditandatangan|i")
            return kind if pos - sign.end() <= _TERM_AFTER_SIGN else before or terms[0][1]
        if pos < sign.start():
            before = kind
    return before or terms[0][1]


_TERM_AFTER_SIGN = 24  # "penandatanganan nota kesepakatan", "menandatangani dua buah PKS"


def _same_rank(a, b) -> bool:
    """Whether two offices may stand in one list of signers: heads of region (and deputies) sign with
    heads, heads of units with heads of units, and a Sekda with either (the PKS beside a Kepala Dinas,
    the MoU for the head of region): "ditandatangani Kepala Dinas LH A dan Sekda B" lists two signers,
    "ditandatangani Wali Kota A dan Bupati B, Kepala Bappeda C" two."""
    return a.role == "sekda" or b.role == "sekda" or (a.role == "unit") == (b.role == "unit")


def _start(match) -> int:
    return match.start()


def _lists_signers(doc: _Doc, si: int) -> bool:
    """Whether sentence ``si`` only lists who signed in the sentence before it ("Keempat Sekda menandatangani
    satu naskah. Mereka adalah ...", "... Yakni ..."): it opens with a word pointing back at them, and the
    sentence before signed with no witness named ("Penandatanganan disaksikan tiga bupati. Mereka adalah ..."
    lists the witnesses)."""
    if si and _ITEM.match(doc.sents[si].text):
        # an item of a list of signers its opening announces: "Berikut para pihak dan penandatangan naskah
        # kesepakatan: 1. Pemerintah Kota Denpasar — I Gusti Ngurah Artha Wibawa, S.E. (Wali Kota Denpasar)"
        sj = si - 1
        while sj > 0 and _ITEM.match(doc.sents[sj].text) or sj > 0 and "\n" not in doc.text[
                doc.sents[sj - 1].end:doc.sents[sj].start] and _ITEM.match(doc.sents[sj - 1].text):
            sj -= 1
        if sj >= 0 and _SIGNERS_LISTED.search(doc.sents[sj].text):
            return True
    if si and not doc.sign[si] and doc.sign[si - 1] and " diwakili " in doc.lows[si] \
            and _STANDS_IN_OPENING.match(doc.sents[si].text):
        # who stood in for the governments that did not sign in person: "Kabupaten Mahakam Ulu diwakili Wakil
        # Bupati Mahakam Ulu Petrus Bayau, sedangkan Kota Bontang diwakili Sekda Bontang ..."
        return doc.signed(si - 1)
    if si == 0 or doc.sign[si] or not doc.sign[si - 1] or not _THEY_ARE.match(doc.sents[si].text):
        return False  # (most sentences: no such opening)
    before = doc.sents[si - 1].text
    return doc.signed(si - 1) and not _WITNESS.search(before, 0, doc.lows[si - 1])


# a government and who stood in for it: "(sedangkan) Kota Bontang diwakili ..."
_STANDS_IN_OPENING = re.compile(r"(?:(?:[Aa]dapun|[Ss]ementara(?:\s+itu)?|[Ss]edangkan)\s*,?\s*)?(?:Pemerintah\s+)?(?:Kabupaten|Kota|"
                                r"Provinsi|Pemkab|Pemkot|Pemko|Pemprov)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+diwakili\b")
# the opening of a list of signers: "Berikut para pihak dan penandatangan naskah kesepakatan:", "... ditandatangani
# oleh:"
# (and an agreement's own text: "... kami yang bertanda tangan di bawah ini:")
_SIGNERS_LISTED = re.compile(r"\b(?:berikut|adapun)\b[^.;]{0,40}?\bpenanda\s*tangan|\b(?:ditandatangani|diteken|"
                             r"penandatangan(?:nya)?)\s+(?:oleh\s+|adalah\s+|yakni\s+|yaitu\s+)?:\s*$|"
                             r"\byang\s+bertanda\s*tangan\s+di\s+bawah\s+ini\s*:?\s*$", _I)
# "Mereka adalah", "Keempatnya yakni", "Masing-masing", "Yaitu": the ones just told of, named
# (or the next ones in turn: "Pj Wali Kota A membubuhkan tanda tangan pertama. Disusul Bupati B, lalu ...")
_THEY_ARE = re.compile(r"\W*(?:(?:mereka|keduanya|ketiganya|keempatnya|kelimanya|keenamnya|para\s+penanda\s*tangan(?:nya)?|"
                       # (a document's parties: "Para pihak dalam perjanjian itu adalah Wali Kota Palu, ...")
                       r"para\s+pihak(?:\s+(?:dalam|pada)\s+(?:perjanjian|kesepakatan|naskah)(?:\s+(?:itu|tersebut|ini))?)?)"
                       r"\s+(?:adalah|yakni|yaitu|ialah|masing-masing)\b|(?:yakni|yaitu|masing-masing|disusul|diikuti)\b)",
                       _I)


_DASHED_PAIR = re.compile(r"\s*(?:\([^()]*\))?\s*[–—]\s*")


def _next_in_list(gap: str) -> bool:
    """Whether ``gap``, from one signer's title to the next title, holds only the first one's name and
    the joiner of a list of signers: "Andi Arfah dan ", the name in its honorifics and degrees ("Dr. H.
    Andi Arfah, M.Si., dan ": those are no words of it), or anything up to a semicolon, which separates
    the items of a long list ("H. Rahmah, S.E., yang mewakili wali kota; serta ").

    >>> _next_in_list("Dr. H. Andi Mappi Arfah, M.Si., dan "), _next_in_list("Syahrani, M.Si.; serta ")
    (True, True)
    >>> _next_in_list("Syahrial Tarigan, S.H. yang mewakili bupati, serta ")
    True
    >>> _next_in_list("Dr. Abdul Rouf Hidayat, M.Pd. yang hadir mewakili Bupati Lamongan, serta ")
    True
    >>> _next_in_list(" saat itu, H. Rozali Hamdan, S.E., dan "), _next_in_list(" Dr. H. Syamsul Bahri Tutu, S.H., disusul ")
    (True, True)
    >>> _next_in_list("Andi Arfah; sementara itu "), _next_in_list("Andi, M.Si., lalu menyerahkan naskah kepada ")
    (False, False)
    """
    if _LIST_NAMED.match(gap):
        return True  # (most lists: names without degrees)
    if ("–" in gap or "—" in gap) and _DASHED_PAIR.fullmatch(gap):
        return True  # (a note of a table's row: "Sekda Prov. A (Ir. H. Rahmat, M.T.) – Sekda Prov. B ...")
    if gap.strip() and _LIST_ONLY_JOINER.fullmatch(gap):
        return True  # (the one before named by office alone: "ditandatangani Pj Gubernur dan Bupati B")
    if "itu" in gap:
        gap = _OF_THAT_TIME.sub("", gap, count=1)  # ("Wali Kota A saat itu, H. Rozali Hamdan, dan ")
    if "disusul" in gap or "diikuti" in gap:
        gap = _IN_TURN_JOINER.sub(" dan ", gap)  # ("Bupati B, disusul Pj Bupati C": the next in turn)
    if ";" in gap:
        return _LIST_JOINER.fullmatch(gap.rpartition(";")[2]) is not None
    if "mewakili" in gap:
        gap = _FOR_THE_HEAD.sub(" ", gap)
    if "akrab" in gap or "biasa" in gap:
        gap = _NICKNAME.sub(" ", gap)  # ("H. Muhammad Sukri Azhar, yang akrab disapa Haji Sukri, dan ")
    if "menjabat" in gap or "merangkap" in gap:
        gap = _ALSO_HOLDS.sub(" ", gap)  # ("Drs. Joko Purnomo, yang sehari-hari menjabat Sekretaris Daerah X, dan ")
    words = [w for w in gap.split() if not (is_honorific(w) or is_degree(w.rstrip(",.")))]
    return _LIST_NAMED.match(" ".join(words) + " ") is not None


# "Wakil Bupati C, S.H. yang mewakili bupati, serta Wali Kota D": who the signer stands in for, no list's end
# (with the region: "yang hadir mewakili Bupati Lamongan, serta ...")
_FOR_THE_HEAD = re.compile(r",?\s*\byang\s+(?:hadir\s+)?mewakili\s+(?:(?:pj|plt|plh|pjs|penjabat)\.?\s+)?"
                           r"(?:bupati|wali\s*kota|gubernur|kepala\s+daerah)\b"
                           r"(?:\s+(?-i:[A-Z][\w.-]*)){0,3},?", _I)
# the office a signer holds besides, told after his name: no list's end
_ALSO_HOLDS = re.compile(r",?\s*\byang\s+(?:sehari-hari\s+|juga\s+|sekaligus\s+)?(?:menjabat|merangkap)(?:\s+sebagai)?"
                         r"(?:\s+(?-i:[A-Z])[\w.'’-]*)+,?", _I)
# the name a signer goes by, told after his own: no list's end
_NICKNAME = re.compile(r",?\s*\byang\s+(?:akrab|biasa)\s+(?:disapa|dipanggil|disebut|dikenal)\s+(?:dengan\s+)?"
                       r"(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,2},?", _I)
_LIST_JOINER = re.compile(r"\s*(?:(?:dan|serta|&)\s+)?")
_LIST_ONLY_JOINER = re.compile(r"\s*,?\s*(?:dan|serta|&)\s+")
# (the acting title the office does not read: "disusul Penjabat (Pj) Bupati C")
_IN_TURN_JOINER = re.compile(r",?\s*(?:lalu\s+|kemudian\s+)?(?:disusul|diikuti)(?:\s+oleh)?\s+"
                             r"(?:(?:penjabat|pelaksana\s+tugas|plt|pj)\.?\s*(?:\([^()]{1,8}\)\s*)?)?$", _I)
_OF_THAT_TIME = re.compile(r"^\s*(?:saat|kala|ketika|waktu)\s+itu\b\s*,?", _I)


# what a signer does, besides the signing words: "... yang pada kesempatan itu juga melakukan kesepakatan"
_DOES_SIGN = _Cue(r"melakukan\s+(?:kesepakatan|penandatanganan|perjanjian)")
_OWN_ACT = _Cue(r"menandatangani|\bmeneken|\bteken\b|melakukan\s+(?:kesepakatan|penandatanganan|perjanjian)")
_WHO_ALSO = re.compile(r"\byang\b", _I)


def _witness(t: str, o, next_start: int, witnesses) -> bool:
    """Whether the office is named as a witness or guest: after "disaksikan", "hadir", "didampingi" ...
    with no signing in between ("didampingi Sekda, menandatangani MoU dengan Wali Kota B": B signs),
    unless a clause of its own says it signs ("Hadir pula Bupati Magelang yang diwakili Sekda B, yang
    pada kesempatan itu juga melakukan kesepakatan dengan ...").

    ``witnesses``: the matches of _WITNESS in ``t``, read once for all its offices. Those before the
    office are what a search of ``t[:o.start]`` finds: a title starts a word, after a space or a
    mark, with a capital that no witness word has, so no witness word runs on into it."""
    witnessed = False
    for w in witnesses:
        if w.start() >= o.start:
            break
        if not _OWN_ACT.search(t[w.end():o.start]):
            witnessed = True
            break
    if not witnessed:
        return False
    own = t[o.end:next_start]
    who = _WHO_ALSO.search(own)
    return not (who and _OWN_ACT.search(own, who.end()))


# "..., kata Bupati B saat penandatanganan": one who speaks at the signing
_AT_SIGNING = re.compile(r"\bsaat\s+penandatangan", _I)
# a signing with its subject left out: "ditandatangani bersama Bupati B"
_SIGNED_WITH = re.compile(r"\b(?:ditandatangani|diteken)\s+bersama\s+(?-i:[A-Z])", _I)
# the time of the signing, told after one who speaks then: 'kata Yohanes kepada wartawan usai penandatanganan'
_AROUND_SIGNING = re.compile(r"\b(?:usai|seusai|setelah|sesudah|selepas|sebelum|jelang|menjelang)\s+"
                             r"(?:(?:acara|prosesi|kegiatan)\s+)?$", _I)
_AT_SIGNING_WORDS = ("saat", "usai", "setelah", "sesudah", "selepas", "sebelum", "jelang")


def _at_signing(text: str, start: int, signs) -> bool:
    """Whether the one named at ``start`` is only told at the signing ("Bupati B yang hadir saat penandatanganan"),
    or around it: the first signing word after them is the time of something else ("kata Yohanes kepada
    wartawan usai penandatanganan")."""
    if _AT_SIGNING.search(text, start):
        return True
    after = next((sm for sm in signs if sm.start() > start), None)
    return after is not None and _AROUND_SIGNING.search(text, max(start, after.start() - 30), after.start()) is not None


_REPRESENTED_BY = re.compile(r"\bdiwakili\b", _I)
# ("Sekda Kota Solok A, atas nama Wali Kota Solok": the Sekda signs, for the Wali Kota's region; and a headline's
# "Wabup Malra Wakili Bupati")
_REPRESENTS = re.compile(r"\b(?:mewakili|wakili|atas\s+nama|a\.\s?n\.?)\s*$", _I)
_BECAUSE = re.compile(r"\b(?:karena|sebab|lantaran)\b", _I)
_SPEECH = _Cue(r"menghadiri|menyaksikan|\bhadir\b(?!\s+mewakili)|menyampaikan|mengatakan|mengungkapkan|menjelaskan|menegaskan|berharap|menuturkan|"
                     r"\bkata\b|\bujar|\bungkap|sambutan|menambahkan|\bmenyebut|menyatakan|menerangkan|memaparkan|"
                     r"menilai|menekankan|mengingatkan|melaporkan|menandaskan|mengimbau|berpesan|mengakui|menyinggung|"
                     r"mencatat|menyoroti|mencontohkan|mengevaluasi|"
                     # (one who hands the signing to another: "Bapak Gubernur sudah memberikan mandat kepada
                     # saya untuk menandatangani")
                     r"\bmandat|menugaskan|menugasi|mempercayakan")


# (the office right after the signing word, perhaps after an honorific: "ditandatangani Bapak Bupati Bolsel")
_OFFICES_BEFORE = re.compile(r"^\s*(?:(?:oleh|bapak|ibu)\s+)?(?:(?:(?:Pj|Plt|Plh|Pjs)\.?|Penjabat)\s+)?(?:Wakil\s+)?"
                             r"(?:Gubernur|Bupati|Wali\s*[Kk]ota|Walikota|Sekda|Sekretaris\s+Daerah)"
                             r"(?:\s+(?-i:[A-Z])[\w-]*){0,3}\s*(?:,\s*(?:dan\s+)?|dan\s+|serta\s+)$", _I)
_PASSIVE_SIGNER = re.compile(r"\boleh\b|dilakukan|dilaksanakan|langsung|\byakni\b|\byaitu\b|masing-masing|"
                             r"^[\s,:]*(?:(?:bapak|ibu|pak|bu)\s+)?$", _I)


class _Clauses(NamedTuple):
    """Whether a sentence may hold a speaker's word (_SPEECH) and a witness word (_WITNESS): without
    one, no part of it is searched for them."""

    speech: bool
    witness: bool


# a word that each alternative of _SPEECH / _WITNESS holds, in lower case
_SPEECH_WORDS = ("hadir", "menyaksikan", "menyampaikan", "kata", "menjelaskan", "menegaskan", "berharap",
                 "menuturkan", "ujar", "ungkap", "sambutan", "menambahkan", "menyebut", "menyatakan", "menerangkan",
                 "memaparkan", "menilai", "menekankan", "mengingatkan", "melaporkan", "menandaskan", "mengimbau",
                 "berpesan", "mengakui", "menyinggung", "mandat", "menugas", "mempercayakan", "mencatat", "menyoroti",
                 "mencontohkan", "mengevaluasi")
_WITNESS_WORDS = ("aksikan", "hadir", "dampingi", "turut", "hadapan")


_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _with_name_before(text: str, office, name: str):
    """``office`` starting where its holder's name does when the name is written before the title ("ditandatangani
    I Ketut Wirasana Putra, Gubernur Bali; ..."): who signs is told before the name, not before the title.

    >>> from kerjasama.loaders.offices import Office
    >>> t = "Naskah ditandatangani Ahmad Yani, S.H., Bupati Kendal."
    >>> _with_name_before(t, Office(40, 53, "Bupati", "kabupaten", "head", None, "Ahmad Yani", 22), "Ahmad Yani").start
    22
    """
    p = text.rfind(name, max(0, office.start - len(name) - 40), office.start) if name else -1
    if p < 0 or not _DEGREES_THEN_COMMA.fullmatch(text, p + len(name), office.start):
        return office
    return office._replace(start=p)


# (what stands between a name and the title after it: its degrees, then a comma: "Ahmad Yani, S.H., M.Si., Bupati")
_DEGREES_THEN_COMMA = re.compile(r"(?:,\s*[A-Z][\w.]{0,12}\.?)*\s*,\s*")


def _signs(text: str, office, signs, clauses: _Clauses = _Clauses(True, True)) -> bool:
    """Whether the office is the one signing: the subject before the signing word, or after 'oleh'/'dilakukan'."""
    for sm in signs:
        if office.start < sm.start():
            if not (clauses.speech and _SPEECH.search(text[office.end:sm.start()])):
                return True
        else:
            between = text[sm.end():office.start].lstrip(_LETTERS)  # "ditandatangan|i", "DITANDATANGAN|I"
            if clauses.speech and _SPEECH.search(between) or clauses.witness and _WITNESS.search(between):
                continue
            if " dan " in between or "," in between:
                # (a signer before in the list, by office alone: "ditandatangani Pj Gubernur dan Bupati Merauke B")
                between = _OFFICES_BEFORE.sub("", between)
            # "Penandatanganan dilakukan (oleh) A dan B", "ditandatangani oleh A",
            # "menandatangani MoU dengan Wali Kota B" (the other party signs too)
            if _PASSIVE_SIGNER.search(between) or len(between) < 160 and _WITH_WORD.search(between):
                return True
            # "Penandatangan MoU adalah A dan B", "yang menandatangani MoU ialah A": the signers, not the
            # signing ("Penandatanganan MoU adalah tindak lanjut pertemuan A" names no signer)
            if _SIGNER_IS.search(between) and _names_signer(text, sm):
                return True
    return False


# (or "bersama" right before the office: "menandatangani kesepakatan bersama Bupati Wonogiri B", where
# "kesepakatan bersama" is the document and "bersama" the other signer too)
_WITH_WORD = re.compile(r"\bdengan\b|\bbersama\s*$", _I)


def _names_signer(text: str, sm) -> bool:
    """Whether the signing word ``sm`` is a noun of who signs: "penandatangan" (not "penandatanganan",
    the signing), "yang menandatangani"."""
    word = sm.group().lower()
    if word == "penandatangan":
        return text[sm.end():sm.end() + 2].lower() != "an"
    return word.startswith("menandatangan") and text[max(0, sm.start() - 5):sm.start()].lower() == "yang "
_SIGNER_IS = re.compile(r"^[^,;]{0,80}?\b(?:adalah|ialah)\s*$", _I)


def _decode(data: bytes, path) -> str:
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with its byte-order mark
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise InputError(f"{path}: not a text file (broken UTF-16)") from None
        if not data.strip():
            raise InputError(f"{path}: the file is empty")
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: not a text file (binary content)")
    for enc in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("latin-1")
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:4096]) // 50):
        raise InputError(f"{path}: not a text file (binary content)")
    return text


def forget_words() -> None:
    """Empty the caches of words and names that extraction fills as it reads.

    They pay while articles are read; the graph build after an ingest needs none of
    them, and entries scattered over the heap by thousands of articles kept the
    build from reusing that memory (20k-article ingest: peak ~510-535 MB with them,
    ~480 MB without).

    >>> _ = extract_text("Bupati Kampar Hambali menandatangani MoU.", id="x")
    >>> forget_words()
    """
    from kerjasama.loaders import gazetteer, names, offices

    for cached in (names._clean_name, names._key_words, names._same_person, offices._word_facts,
                   offices._name_of, gazetteer._narrowed, gazetteer._fuzzy_code):
        cached.cache_clear()


def extract_file(path) -> dict:
    """The record of the article in ``path`` (UTF-8, UTF-16 with BOM, else cp1252); id = file name without extension.

    Raises InputError naming the file when it cannot be read, is empty or is not text.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read the file ({err.strerror or err})") from None
    text = _decode(data, path)
    return extract_text(text, id=p.stem, source={"path": str(p), "kind": "article"})
