"""Synthetic Indonesian news articles about agreements between real regions.

Each article reads like the regional news the extractor is built for: a
dateline, a headline, officials with titles of office and academic degrees,
the signing of a Kesepakatan Bersama / Nota Kesepahaman / MoU / Perjanjian
Kerja Sama (or only a plan), a venue that is often in another region, dates in
the forms Indonesian outlets use ("Jumat (26/04/24)", "Rabu, 5 September
2024"), quotes, a scope sentence naming sectors, and noise lines (BACA JUGA,
view counters, related-article footers).

Every article comes with the record an ideal extractor would produce (the
shape of the extraction record: id, published, agreements, officials), so a
benchmark can report how the extractor fares on these texts. The texts are
for measuring throughput and memory; the expected records are a sanity
check, not a gold standard.

The generator is deterministic for a given seed:

>>> a = generate(3, seed=7)
>>> [x["id"] for x in a]
['syn-000000', 'syn-000001', 'syn-000002']
>>> generate(3, seed=7) == a
True
>>> all(len(x["text"]) > 800 for x in a)
True
>>> sorted(a[0]["expected"])
['agreements', 'id', 'officials', 'published']
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
from functools import lru_cache
from pathlib import Path

from kerjasama.loaders.regions import regions
from kerjasama.loaders.sectors import sectors

WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# Short forms the press uses for provinces and some kabupaten.
PROVINCE_SHORT = {
    "Sumatera Utara": "Sumut", "Sumatera Barat": "Sumbar", "Sumatera Selatan": "Sumsel",
    "Kepulauan Riau": "Kepri", "Kepulauan Bangka Belitung": "Babel", "Jawa Barat": "Jabar",
    "Jawa Tengah": "Jateng", "Jawa Timur": "Jatim", "DI Yogyakarta": "DIY",
    "Nusa Tenggara Barat": "NTB", "Nusa Tenggara Timur": "NTT", "Kalimantan Barat": "Kalbar",
    "Kalimantan Tengah": "Kalteng", "Kalimantan Selatan": "Kalsel", "Kalimantan Timur": "Kaltim",
    "Kalimantan Utara": "Kaltara", "Sulawesi Utara": "Sulut", "Sulawesi Tengah": "Sulteng",
    "Sulawesi Selatan": "Sulsel", "Sulawesi Tenggara": "Sultra", "Sulawesi Barat": "Sulbar",
    "Maluku Utara": "Malut",
}
KABUPATEN_SHORT = {
    "Konawe Selatan": "Konsel", "Konawe Utara": "Konut", "Sidenreng Rappang": "Sidrap",
    "Kutai Kartanegara": "Kukar", "Kutai Timur": "Kutim", "Kutai Barat": "Kubar",
    "Indragiri Hulu": "Inhu", "Indragiri Hilir": "Inhil", "Kuantan Singingi": "Kuansing",
    "Rokan Hulu": "Rohul", "Rokan Hilir": "Rohil", "Pesisir Selatan": "Pessel",
}
# Spellings the press uses besides the Kemendagri one.
SPELLINGS = {"Muko Muko": "Muko-Muko", "Labuhanbatu": "Labuhan Batu"}

# How news names a sector (slug -> phrases); the scope sentence picks one.
SECTOR_PHRASES = {
    "pendidikan": ["pendidikan"], "kesehatan": ["kesehatan", "pelayanan kesehatan"],
    "pekerjaan-umum": ["pekerjaan umum dan penataan ruang", "pekerjaan umum"],
    "perumahan": ["perumahan rakyat dan kawasan permukiman"],
    "trantibum": ["ketenteraman dan ketertiban umum"], "sosial": ["sosial"],
    "tenaga-kerja": ["ketenagakerjaan", "tenaga kerja"],
    "pemberdayaan-perempuan": ["pemberdayaan perempuan dan perlindungan anak"],
    "pangan": ["ketahanan pangan", "pangan"], "pertanahan": ["pertanahan"],
    "lingkungan-hidup": ["lingkungan hidup", "pengelolaan sampah"],
    "adminduk": ["administrasi kependudukan dan pencatatan sipil"],
    "pemberdayaan-desa": ["pemberdayaan masyarakat dan desa"],
    "keluarga-berencana": ["pengendalian penduduk dan keluarga berencana"],
    "perhubungan": ["perhubungan", "transportasi"],
    "komunikasi-informatika": ["komunikasi dan informatika"],
    "koperasi-ukm": ["koperasi dan UMKM", "koperasi dan usaha kecil menengah"],
    "penanaman-modal": ["penanaman modal", "investasi"],
    "kepemudaan-olahraga": ["kepemudaan dan olahraga"], "statistik": ["statistik"],
    "persandian": ["persandian"], "kebudayaan": ["kebudayaan"],
    "perpustakaan": ["perpustakaan"], "kearsipan": ["kearsipan"],
    "kelautan-perikanan": ["kelautan dan perikanan", "perikanan"],
    "pariwisata": ["pariwisata"], "pertanian": ["pertanian"], "kehutanan": ["kehutanan"],
    "energi-sdm": ["energi dan sumber daya mineral"], "perdagangan": ["perdagangan"],
    "perindustrian": ["perindustrian"], "transmigrasi": ["transmigrasi"],
    "perencanaan": ["perencanaan pembangunan"], "keuangan": ["pengelolaan keuangan daerah"],
    "kepegawaian": ["kepegawaian dan pengembangan SDM aparatur"],
    "penelitian": ["penelitian dan pengembangan"],
}
# The OPD that carries out a PKS in a sector (for "PKS ditandatangani oleh Kepala Dinas ...").
SECTOR_OFFICE = {
    "pendidikan": "Dinas Pendidikan", "kesehatan": "Dinas Kesehatan",
    "pekerjaan-umum": "Dinas PUPR", "perhubungan": "Dinas Perhubungan",
    "lingkungan-hidup": "Dinas Lingkungan Hidup", "pariwisata": "Dinas Pariwisata",
    "pertanian": "Dinas Pertanian", "perdagangan": "Dinas Perdagangan",
    "kelautan-perikanan": "Dinas Kelautan dan Perikanan",
    "komunikasi-informatika": "Dinas Komunikasi dan Informatika",
    "adminduk": "Dinas Kependudukan dan Pencatatan Sipil", "sosial": "Dinas Sosial",
    "pangan": "Dinas Ketahanan Pangan", "koperasi-ukm": "Dinas Koperasi dan UKM",
    "penanaman-modal": "Dinas Penanaman Modal dan PTSP",
}

FIRST = ["Ahmad", "Muhammad", "Budi", "Agus", "Siti", "Sri", "Dewi", "Hendra", "Rudi", "Yusuf",
         "Eko", "Bambang", "Joko", "Andi", "Syamsul", "Risnandar", "Akbar", "Said", "Abdul",
         "Nur", "Wahyu", "Dedi", "Heru", "Indra", "Fitri", "Rina", "Yuni", "Irwan", "Arief",
         "Fauzi", "Zulkifli", "Teguh", "Slamet", "Hadi", "Rahmat", "Sutrisno", "Wayan",
         "Nyoman", "Made", "Ketut", "Yohanes", "Marthen", "Petrus", "Benny", "Syahrial",
         "Edy", "Ridwan", "Taufik", "Nasrul", "Erwin", "Asep", "Dadang", "Ujang", "Lukman",
         "Mahyeldi", "Ansar", "Rusli", "Iskandar", "Syaiful", "Ratna", "Endang", "Yulia"]
LAST = ["Nasution", "Siregar", "Harahap", "Lubis", "Tambunan", "Simanjuntak", "Hasibuan",
        "Pohan", "Saragih", "Sinaga", "Manurung", "Kadir", "Umar", "Mahiwa", "Pratama",
        "Santoso", "Wibowo", "Setiawan", "Hidayat", "Saputra", "Kurniawan", "Gunawan",
        "Syahputra", "Rahman", "Hakim", "Lakoro", "Mokodompit", "Pasaribu", "Wijaya",
        "Susanto", "Purnomo", "Hartono", "Sembiring", "Ginting", "Tarigan", "Daulay",
        "Batubara", "Rizon", "Bastian", "Romadhon", "Waryanto", "Mandala", "Suparman",
        "Sulaiman", "Manafe", "Kase", "Rumbiak", "Wenda", "Tuanaya", "Latuconsina"]
DEGREE_BEFORE = ["", "", "", "H. ", "Dr. ", "Drs. ", "Ir. ", "Dr. Drs. H. ", "Drs. H. ",
                 "Dr. H. ", "Prof. Dr. ", "dr. "]
DEGREE_AFTER = ["", "", ", S.Sos, M.Si", ", SE, MM", ", S.STP, M.Si", ", SH, MH",
                ", S.Hut., M.Si.", ", ST, MT", ", AP, M.Si.", ", S.Pd, M.Pd", ", SE, MBA, MH",
                " SE MM", ", S.IP, M.AP", ", M.Si"]

OUTLETS = ["antaranews.com", "detik.com", "kompas.com", "tribunnews.com", "infopublik.id",
           "rri.co.id", "suarapemerintah.id", "metroterkini.com", "radarnusantara.id"]
HOTELS = ["Hotel Santika", "Hotel Aston", "Hotel Grand Zuri", "Hotel Novotel", "Hotel Yello",
          "Hotel Borobudur", "Hotel Mercure", "Hotel Swiss-Belhotel", "Hotel Horison"]
FORUMS = ["Rakernas APKASI", "Rakernas APEKSI", "Musrenbang Regional", "Rapat Koordinasi Kerja Sama Daerah"]

DOCS_MOU = ["Kesepakatan Bersama", "Nota Kesepahaman (MoU)", "MoU", "Nota Kesepakatan",
            "Kesepakatan Bersama (KB)", "Memorandum of Understanding (MoU)"]
DOCS_PKS = ["Perjanjian Kerja Sama (PKS)", "Perjanjian Kerja Sama", "PKS", "perjanjian kerja sama"]

BACA_JUGA = [
    "Harga Cabai Merah di Pasar {a} Turun Jelang Akhir Pekan",
    "Ribuan Warga Padati Festival Budaya {a}",
    "Banjir Rendam Tiga Kecamatan di {a}, BPBD Siagakan Perahu Karet",
    "Pemkab {a} Gelar Pasar Murah di 12 Kecamatan",
    "Jalan Penghubung {a} dan {b} Mulai Diperbaiki",
    "Tim Sepak Bola {a} Melaju ke Final Porprov",
    "DPRD {a} Sahkan APBD Perubahan",
]
QUOTES = [
    "Tidak ada daerah yang mampu berdiri sendiri. Kolaborasi antar daerah seperti ini sangat penting untuk mendorong kemajuan bersama",
    "Kerja sama ini bukan sekadar seremoni, tetapi harus segera ditindaklanjuti oleh perangkat daerah terkait",
    "Kami berharap kerja sama ini memberi manfaat nyata bagi masyarakat di kedua daerah",
    "Dengan potensi yang saling melengkapi, kita bisa mempercepat pembangunan di wilayah perbatasan",
    "Semoga dengan kebersamaan ini, urusan untuk melayani masyarakat menjadi lebih mudah",
]
SAYS = ["ujar", "kata", "ungkap", "jelas", "tutur", "tambah"]
FILLER = [
    "Penandatanganan ini menjadi momentum penting untuk memperkuat sinergi antardaerah yang berbatasan langsung.",
    "Kerja sama antar daerah merupakan amanat Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah.",
    "Kedua pihak optimistis kolaborasi ini dapat mempercepat pembangunan yang berkelanjutan dan meningkatkan kesejahteraan masyarakat.",
    "Acara berlangsung lancar dan menjadi bukti nyata komitmen kedua pemerintah daerah dalam memperkuat hubungan antardaerah.",
    "Setelah penandatanganan, tim teknis dari masing-masing perangkat daerah akan menyusun rencana aksi bersama.",
    "Kegiatan tersebut juga dihadiri unsur Forkopimda, anggota DPRD, serta para camat dari kedua daerah.",
    "Menurutnya, selama ini sebagian besar hasil pertanian masyarakat dipasarkan melalui daerah tetangga, sehingga kerja sama menjadi kebutuhan bersama.",
    "Ia menjelaskan, persoalan di wilayah perbatasan seperti banjir, sampah dan angkutan umum tidak bisa diselesaikan oleh satu daerah saja, sehingga perlu ditangani bersama.",
    "Monitoring dan evaluasi pelaksanaan kerja sama akan dilakukan setiap tahun oleh tim koordinasi kerja sama daerah dari kedua belah pihak.",
    "Kesepakatan ini berlaku selama lima tahun dan dapat diperpanjang sesuai dengan kebutuhan dan kesepakatan para pihak.",
]
PARTNERS_OTHER = ["Universitas Andalas", "Universitas Gadjah Mada", "PT Bank Pembangunan Daerah",
                  "Institut Teknologi Bandung", "PT PLN (Persero)", "BPJS Kesehatan"]


# -- regions ---------------------------------------------------------------------------
def _base(name: str) -> str:
    name = re.sub(r"\s*\(.*\)$", "", name)
    return re.sub(r"^(Kab\. |Kota )", "", name)


@lru_cache(maxsize=1)
def _regions() -> dict:
    """Regions by code with the surface forms the articles use."""
    rs = regions()
    counts: dict[str, int] = {}
    for r in rs:
        counts[_base(r["name"])] = counts.get(_base(r["name"]), 0) + 1
    out = {}
    for r in rs:
        base = _base(r["name"])
        out[r["code"]] = dict(r, base=base, unique=counts[base] == 1,
                              short=PROVINCE_SHORT.get(base) if r["kind"] == "provinsi"
                              else KABUPATEN_SHORT.get(base) if r["kind"] == "kabupaten" else None)
    return out


def _by_province() -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for code, r in _regions().items():
        groups.setdefault(r["province"] or code, []).append(code)
    return groups


def _spelled(base: str, rng: random.Random) -> str:
    for official, press in SPELLINGS.items():
        if official in base and rng.random() < 0.5:
            return base.replace(official, press)
    return base


def full_form(code: str, rng: random.Random) -> str:
    """A first mention that names the region and its kind ("Pemkab Kampar")."""
    r = _regions()[code]
    b = _spelled(r["base"], rng)
    if r["kind"] == "provinsi":
        forms = [f"Pemerintah Provinsi {b}", f"Pemprov {b}", f"Provinsi {b}",
                 f"Pemerintah Provinsi (Pemprov) {b}"]
        if r["short"]:
            forms.append(f"Pemprov {r['short']}")
    elif r["kind"] == "kabupaten":
        forms = [f"Pemerintah Kabupaten {b}", f"Pemkab {b}", f"Kabupaten {b}", f"Kab. {b}",
                 f"Pemerintah Kabupaten (Pemkab) {b}"]
        if r["short"]:
            forms.append(f"Kabupaten {b} ({r['short']})")
    else:
        forms = [f"Pemerintah Kota {b}", f"Pemkot {b}", f"Pemko {b}", f"Kota {b}",
                 f"Pemerintah Kota (Pemkot) {b}"]
    return rng.choice(forms)


def short_form(code: str, rng: random.Random) -> str:
    """A later mention: the bare name where it is unambiguous, else a full form."""
    r = _regions()[code]
    if r["short"] and rng.random() < 0.4:
        return r["short"]
    if r["unique"]:
        return _spelled(r["base"], rng)
    return full_form(code, rng)


def head_title(code: str, rng: random.Random) -> tuple[str, str]:
    """(title as written, how the region follows it) for the head of a region."""
    r = _regions()[code]
    acting = rng.choice(["", "", "", "", "Pj ", "Pj. ", "Pjs. ", "Plt "])
    if r["kind"] == "provinsi":
        title = acting + "Gubernur"
        where = r["short"] if r["short"] and rng.random() < 0.3 else r["base"]
    elif r["kind"] == "kabupaten":
        title = acting + "Bupati"
        where = _spelled(r["base"], rng)
    else:
        title = acting + rng.choice(["Walikota", "Wali Kota", "Wali Kota"])
        where = r["base"]
    return title, where


def staff_title(code: str, rng: random.Random, sector: str | None = None) -> tuple[str, str]:
    """(title, region as written) for a Sekda, Asisten or head of an OPD."""
    r = _regions()[code]
    if sector and sector in SECTOR_OFFICE:
        title = "Kepala " + SECTOR_OFFICE[sector]
    else:
        title = rng.choice(["Sekda", "Sekda", "Pj Sekda", "Sekretaris Daerah",
                            "Asisten Pemerintahan", "Kepala Bappeda"])
    if r["kind"] == "provinsi":
        where = ("Provinsi " if not r["unique"] or rng.random() < 0.5 else "") + r["base"]
    elif r["unique"] and rng.random() < 0.6:
        where = _spelled(r["base"], rng)
    else:
        where = ("Kabupaten " if r["kind"] == "kabupaten" else "Kota ") + _spelled(r["base"], rng)
    return title, where


# -- people and dates ------------------------------------------------------------------
@lru_cache(maxsize=None)
def _holder(seed: int, code: str, office: str, period: int) -> tuple[str, str, str]:
    """The person holding ``office`` in region ``code`` during ``period``: (name, degrees
    before, degrees after). Fixed per seed, so the same official recurs across articles, as
    a Bupati does in years of news."""
    rng = random.Random(f"{seed}|{code}|{office}|{period}")
    name = rng.choice(LAST) if rng.random() < 0.15 else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return name, rng.choice(DEGREE_BEFORE), rng.choice(DEGREE_AFTER)


def _person(rng: random.Random, seed: int, code: str, office: str,
            day: dt.date) -> tuple[str, str]:
    """(name, name as written): the office holder of the time, degrees written or not."""
    office = re.sub(r"^Pj\.? ", "", office).replace("Sekretaris Daerah", "Sekda")
    name, before, after = _holder(seed, code, office, day.year // 3)
    if rng.random() < 0.25:  # some outlets drop the degrees
        return name, name
    return name, f"{before}{name}{after}"


def _date_forms(d: dt.date, published: dt.date | None, rng: random.Random) -> str:
    wd = WEEKDAYS[d.weekday()]
    forms = [f"{wd}, {d.day} {MONTHS[d.month - 1]} {d.year}",
             f"{wd} ({d.day:02d}/{d.month:02d}/{d.year % 100:02d})",
             f"{wd} ({d.day}/{d.month}/{d.year})",
             f"{wd} {d.day}/{d.month}/{d.year}",
             f"{d.day} {MONTHS[d.month - 1]} {d.year}"]
    if published is not None and published.year == d.year:
        forms.append(f"{wd} ({d.day}/{d.month})")
    return rng.choice(forms)


def _published_line(d: dt.date, rng: random.Random) -> str:
    wd = WEEKDAYS[d.weekday()]
    hh, mm = rng.randrange(6, 23), rng.randrange(60)
    return rng.choice([f"{d.day} {MONTHS[d.month - 1]} {d.year}",
                       f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year} - {hh:02d}:{mm:02d}",
                       f"{wd}, {d.day} {MONTHS[d.month - 1]} {d.year} {hh:02d}:{mm:02d} WIB"])


def _listing(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + (", dan " if len(items) > 2 else " dan ") + items[-1]


# -- one article -----------------------------------------------------------------------
def _pick_parties(rng: random.Random, n: int) -> list[str]:
    """n regions, mostly neighbours: same province, or a province and its regions."""
    groups = _by_province()
    prov = rng.choice(sorted(groups))
    pool = groups[prov]
    if len(pool) < n + 1 or rng.random() < 0.15:
        pool = list(_regions())
    return rng.sample(pool, n)


def _venue(host: str, parties: list[str], rng: random.Random) -> str:
    """A venue: the host's office, or a hotel or forum in a region that is not a party."""
    r = _regions()[host]
    if rng.random() < 0.55:
        if r["kind"] == "provinsi":
            place = rng.choice(["Kantor Gubernur", "Gedung Daerah", "Aula Kantor Gubernur"])
            return f"{place} {r['base']}"
        office = "Bupati" if r["kind"] == "kabupaten" else "Walikota"
        return rng.choice([f"Ruang Rapat Lantai III Kantor {office} {r['base']}",
                           f"Aula Kantor {office} {r['base']}",
                           f"Balairung Rumah Dinas {office} {r['base']}",
                           f"Pendopo Rumah Dinas {office} {r['base']}"])
    # A kota of the same province (or anywhere when the province has none left).
    kota = [c for c, x in _regions().items() if x["kind"] == "kota" and c not in parties]
    near = [c for c in kota if _regions()[c]["province"] == (r["province"] or host)]
    kota = near or kota
    where = _regions()[rng.choice(kota)]
    if rng.random() < 0.7:
        return f"{rng.choice(HOTELS)}, Kota {where['base']}"
    return f"sela-sela {rng.choice(FORUMS)} di Kota {where['base']}"


def _sectors(rng: random.Random, k: int) -> list[str]:
    slugs = [s["slug"] for s in sectors()]
    return sorted(rng.sample(slugs, k))


def article(i: int, rng: random.Random, seed: int = 0) -> dict:
    """One article: ``{"id", "text", "expected"}``; ``seed`` fixes who holds which office."""
    aid = f"syn-{i:06d}"
    signed = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(7 * 365))
    published = signed + dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3, 6]))
    has_published = rng.random() < 0.7
    story = rng.choices(["mou", "mou_pks", "pks", "plan", "hub", "joint", "third"],
                        weights=[30, 14, 16, 12, 10, 8, 10])[0]

    agreements: list[dict] = []
    officials: list[dict] = []
    lines: list[str] = []
    body: list[str] = []

    def official(code, title_where, person):
        title, where = title_where
        name, written = person
        officials.append({"name": name, "title": title, "region": code})
        return f"{title} {where} {written}", name, f"{title} {where}"

    n = {"joint": rng.choice([3, 3, 4]), "hub": 3, "third": 1}.get(story, 2)
    parties = _pick_parties(rng, n)
    host = parties[0]
    when = _date_forms(signed, published if has_published else None, rng)
    venue = _venue(host, parties, rng)
    date_iso = signed.isoformat()
    forms = {c: full_form(c, rng) for c in parties}
    doc_mou, doc_pks = rng.choice(DOCS_MOU), rng.choice(DOCS_PKS)

    heads = {}
    for c in parties:
        title_where = head_title(c, rng)
        heads[c] = official(c, title_where, _person(rng, seed, c, "head", signed))
    scope = _sectors(rng, rng.choice([0, 1, 2, 3, 4]))
    scope_sentence = ""
    if scope:
        phrases = [rng.choice(SECTOR_PHRASES[s]) for s in scope]
        scope_sentence = rng.choice([
            f"Ruang lingkup kerja sama meliputi bidang {_listing(phrases)}.",
            f"Kerja sama ini mencakup {len(phrases)} bidang, yaitu {_listing(phrases)}.",
            f"Kesepakatan tersebut antara lain mengatur kerja sama di bidang {_listing(phrases)}.",
        ])

    a, b = parties[0], parties[1] if len(parties) > 1 else None
    if story in ("mou", "mou_pks", "pks"):
        kind = "pks" if story == "pks" else "mou"
        doc = doc_pks if kind == "pks" else doc_mou
        lead = rng.choice([
            f"{forms[a]} dan {forms[b]} resmi menjalin kerja sama melalui penandatanganan {doc} "
            f"di {venue}, pada {when}.",
            f"{heads[a][0]} dan {heads[b][0]} menandatangani {doc} tentang kerja sama antar "
            f"daerah di {venue}, {when}.",
            f"{heads[a][0]} bersama {heads[b][0]} melakukan penandatanganan {doc} antara "
            f"{forms[a]} dan {forms[b]}. Acara ini berlangsung di {venue} pada {when}.",
        ])
        body.append(lead)
        if f"{heads[a][0]} " not in lead + " ":
            body.append(f"{doc[0].upper() + doc[1:]} tersebut ditandatangani langsung oleh "
                        f"{heads[a][0]} dan {heads[b][0]}.")
        agreements.append({"parties": sorted([a, b]), "kind": kind, "signed_on": date_iso,
                           "sectors": scope if kind == "mou" or story == "pks" else [],
                           "signatories": [{"name": heads[c][1], "region": c} for c in (a, b)]})
        if scope_sentence:
            body.append(scope_sentence)
        if story == "mou_pks":
            pks_sectors = sorted(rng.sample([s for s in SECTOR_OFFICE], rng.choice([1, 2])))
            fields = _listing([rng.choice(SECTOR_PHRASES[s]) for s in pks_sectors])
            body.append(f"Sebagai tindak lanjut, pada kesempatan yang sama juga ditandatangani "
                        f"{len(pks_sectors)} Perjanjian Kerja Sama (PKS) oleh kepala OPD terkait "
                        f"dari masing-masing daerah, yaitu di bidang {fields}.")
            for s in pks_sectors:
                agreements.append({"parties": sorted([a, b]), "kind": "pks",
                                   "signed_on": date_iso, "sectors": [s], "signatories": []})
    elif story == "plan":
        body.append(rng.choice([
            f"{forms[a]} dan {forms[b]} berencana menjalin kerja sama di sejumlah bidang. "
            f"Rencana itu dibahas dalam pertemuan di {venue}, {when}.",
            f"{heads[a][0]} menerima kunjungan {heads[b][0]} di {venue}, {when}, untuk membahas "
            f"rencana kerja sama antara kedua daerah.",
            f"{forms[a]} menjajaki kerja sama dengan {forms[b]}. Penjajakan itu dibahas di "
            f"{venue} pada {when}, dan kesepakatan bersama ditargetkan ditandatangani tahun depan.",
        ]))
        agreements.append({"parties": sorted([a, b]), "kind": "plan", "signed_on": None,
                           "sectors": scope, "signatories": []})
        if scope:
            body.append(f"Rencana kerja sama itu meliputi bidang {_listing(phrases)}.")
    elif story == "hub":
        c = parties[2]
        sa = short_form(a, rng)
        body.append(f"{forms[a]} menandatangani dua {doc_mou} terpisah dengan {forms[b]} dan "
                    f"{forms[c]}, yakni antara {sa} dengan {short_form(b, rng)} "
                    f"dan antara {sa} dengan {short_form(c, rng)}. Penandatanganan dilakukan "
                    f"oleh {heads[a][0]} dengan {heads[b][0]} dan {heads[c][0]} di {venue}, "
                    f"{when}.")
        for partner in (b, c):
            agreements.append({"parties": sorted([a, partner]), "kind": "mou",
                               "signed_on": date_iso, "sectors": scope,
                               "signatories": [{"name": heads[x][1], "region": x}
                                               for x in (a, partner)]})
        if scope_sentence:
            body.append(scope_sentence.replace("Ruang lingkup kerja sama",
                                               "Ruang lingkup kedua kesepakatan"))
    elif story == "joint":
        names = _listing([forms[c] for c in parties])
        signers = _listing([heads[c][0] for c in parties])
        body.append(f"Sebanyak {len(parties)} pemerintah daerah, yakni {names}, menandatangani "
                    f"satu {doc_mou} bersama tentang kerja sama kawasan di {venue}, {when}.")
        body.append(f"Dokumen itu ditandatangani oleh {signers}.")
        agreements.append({"parties": sorted(parties), "kind": "mou", "signed_on": date_iso,
                           "sectors": scope,
                           "signatories": [{"name": heads[c][1], "region": c} for c in parties]})
        if scope_sentence:
            body.append(scope_sentence)
    else:  # third party: a region with a university or company, not an inter-regional agreement
        partner = rng.choice(PARTNERS_OTHER)
        body.append(f"{forms[a]} menandatangani {doc_mou} dengan {partner} di {venue}, {when}. "
                    f"{doc_mou[0].upper() + doc_mou[1:]} itu ditandatangani oleh {heads[a][0]}.")
        if scope_sentence:
            body.append(scope_sentence)

    # Staff who attended: Sekda, Asisten, OPD heads.
    attending = []
    for c in rng.sample(parties, min(len(parties), rng.choice([0, 1, 2]))):
        title_where = staff_title(c, rng)
        attending.append(official(c, title_where,
                                  _person(rng, seed, c, title_where[0], signed))[0])
    if attending:
        body.append(rng.choice(["Turut hadir ", "Dalam acara tersebut, turut hadir ",
                                "Hadir mendampingi, "]) + _listing(attending)
                    + ", serta para kepala OPD terkait dari kedua pemerintahan.")

    # Quotes by the heads (by surname), between background paragraphs.
    quotes, filler = rng.sample(QUOTES, len(QUOTES)), rng.sample(FILLER, len(FILLER))
    if story == "plan":  # nothing signed yet
        filler = [f for f in filler if not re.search(r"penandatanganan|kesepakatan", f, re.I)]
    for c in rng.sample(parties, min(len(parties), 2)):
        who = heads[c][1].split()[-1]
        body.append(f"{rng.choice(['Dalam sambutannya, ', 'Usai acara, ', ''])}"
                    f"{heads[c][2]} {who} "
                    f"{rng.choice(['menyampaikan', 'menegaskan', 'mengatakan'])} bahwa kerja sama "
                    f"ini merupakan langkah strategis untuk memaksimalkan potensi masing-masing "
                    f"daerah. “{quotes.pop()},” {rng.choice(SAYS)} {who}.")
        body.append(filler.pop())
    body.extend(filler[:rng.choice([2, 3, 4, 5])])

    # Noise: BACA JUGA lines about unrelated regions, counters, footers.
    others = [c for c in rng.sample(list(_regions()), 6) if c not in parties]
    for headline in rng.sample(BACA_JUGA, rng.choice([0, 1, 1, 2])):
        x, y = (_regions()[c]["base"] for c in rng.sample(others, 2))
        body.insert(rng.randrange(1, len(body) + 1), f"BACA JUGA: {headline.format(a=x, b=y)}")

    # Headline, published date, dateline.
    sa, sb = short_form(a, rng), short_form(b, rng) if b else None
    verb = {"plan": "Jajaki Kerja Sama", "pks": "Teken PKS"}.get(story, rng.choice(
        ["Tandatangani MoU", "Teken Kesepakatan Bersama", "Jalin Kerja Sama"]))
    title = (f"{sa} dan {sb} {verb}" if sb and story != "third"
             else f"{sa} Teken MoU dengan {partner}")
    stamp = [_published_line(published, rng), ""] if has_published else []
    # Outlets put the date above or below the headline.
    lines += stamp + [title, ""] if rng.random() < 0.5 else [title, ""] + stamp
    if rng.random() < 0.3:
        lines += [f"{rng.randrange(100, 9000)} views", ""]
    city = _regions()[host]["base"].upper()
    dateline = rng.choice([f"{city} – ", f"{city}, {rng.choice(OUTLETS)} – ", f"{city.title()}, - "])
    body[0] = dateline + body[0]
    for para in body:
        lines += [para, ""]
    lines.append(rng.choice(["Artikel Terkait", f"Editor: {rng.choice(FIRST)}",
                             f"(Diskominfo {_regions()[host]['base']})", ""]))

    expected = {"id": aid, "published": published.isoformat() if has_published else None,
                "agreements": agreements, "officials": officials}
    return {"id": aid, "text": "\n".join(lines) + "\n", "expected": expected}


def generate(n: int, *, seed: int = 0, start: int = 0) -> list[dict]:
    """``n`` articles as ``{"id", "text", "expected"}``, the same for the same seed."""
    return list(iter_articles(n, seed=seed, start=start))


def iter_articles(n: int, *, seed: int = 0, start: int = 0):
    """Like ``generate`` one article at a time (for large runs)."""
    rng = random.Random(seed)
    for i in range(start, start + n):
        yield article(i, rng, seed)


def write(n: int, folder: str | Path, *, seed: int = 0, expected: bool = False) -> list[Path]:
    """Write ``n`` articles as ``<id>.txt`` (and ``<id>.expected.json``) into ``folder``.

    >>> import tempfile
    >>> [p.name for p in write(2, tempfile.mkdtemp())]
    ['syn-000000.txt', 'syn-000001.txt']
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for art in iter_articles(n, seed=seed):
        path = folder / f"{art['id']}.txt"
        path.write_text(art["text"], encoding="utf-8")
        if expected:
            (folder / f"{art['id']}.expected.json").write_text(
                json.dumps(art["expected"], ensure_ascii=False, indent=1), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Write synthetic articles into a folder.")
    parser.add_argument("n", type=int)
    parser.add_argument("folder")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--expected", action="store_true", help="also write the expected records")
    args = parser.parse_args()
    print(len(write(args.n, args.folder, seed=args.seed, expected=args.expected)), "articles")
