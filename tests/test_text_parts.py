"""The small text modules the extractor is made of: dates, names, sentences, sector phrases, offices."""
from __future__ import annotations

import pytest

from kerjasama.loaders.dates import find_dates, with_year
from kerjasama.loaders.gazetteer import find_mentions
from kerjasama.loaders.names import clean_name, same_person
from kerjasama.loaders.offices import find_offices
from kerjasama.loaders.sector_terms import sectors_in
from kerjasama.loaders.sectors import sector
from kerjasama.loaders.sector_terms import terms
from kerjasama.loaders.sentences import clean, split


@pytest.mark.parametrize("text, iso", [
    ("Rabu, 5 September 2024", "2024-09-05"), ("Jumat, 15 Nopember 2024", "2024-11-15"),
    ("Kamis (21/11/2024)", "2024-11-21"), ("Jumat (26/04/24)", "2024-04-26"),
    ("Senin 25/10/2021", "2021-10-25"), ("Nov 19, 2024 - 20:05", "2024-11-19"),
    ("diterbitkan 2024-11-21", "2024-11-21"), ("Selasa malam, 9 Juli 2024", "2024-07-09"),
    ("Kamis (16/10/25)", "2025-10-16"), ("15 Agt 2023", "2023-08-15"),
])
def test_date_formats(text, iso):
    assert [d.iso for d in find_dates(text)] == [iso]


@pytest.mark.parametrize("text", ["layanan 24/7", "nomor 100.3.71/004/VII/2024", "3/4 warga", "31/2/2024",
                                  "Kamis (31/2)", "tahun 2024"])
def test_not_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text, iso", [("5 Junı 2024", "2024-06-05"), ("5 JUNİ 2024", "2024-06-05"),
                                       ("Auguſt 5, 2024", "2024-08-05")])
def test_month_names_with_letters_re_folds_to_ascii(text, iso):
    # re's IGNORECASE reads dotless i and long s as i and s; the month table must too, not fail
    assert [d.iso for d in find_dates(text)] == [iso]


def test_day_month_without_year():
    (d,) = find_dates("pada Senin (4/8) lalu")
    assert (d.year, d.month, d.day) == (None, 8, 4)
    assert with_year(d, 2025) == "2025-08-04" and with_year(d, None) is None


@pytest.mark.parametrize("raw, name", [
    ("Dr. Drs. Akbar Ali, AP, M.Si.", "Akbar Ali"), ("RH Agus Bastian SE MM", "Agus Bastian"),
    ("dr H Asri Ludin Tambunan", "Asri Ludin Tambunan"), ("Prof. Dr. Mohammad Musa'ad", "Mohammad Musa'ad"),
    ("M. Rizon, S.Hut., M.Si.", "M. Rizon"), ("Rita Purnama SSTP MM", "Rita Purnama"),
    ("Drs. Raden Najmi", "Raden Najmi"), ("KH. Abdul Ghani Kasuba", "Abdul Ghani Kasuba"),
    ("Hj. Kustini Sri Purnomo, S.Sos", "Kustini Sri Purnomo"),
])
def test_names_lose_degrees_and_honorifics(raw, name):
    assert clean_name(raw) == name


def test_same_person():
    assert same_person("Mochamad Ridwan", "Mochamad Ridwan kamil")
    assert not same_person("Abdul Hamid", "Abdul Ghani Kasuba")


def test_link_lines_removed_and_broken_dates_joined():
    text = "Isi berita\nBACA JUGA: Judul Lain Tentang Pemkot Medan\nPada Jumat, 15\n\nNovember 2024 acara."
    cleaned = clean(text)
    assert "Medan" not in cleaned and "15 November 2024" in cleaned


def test_quote_after_link_headline_is_kept():
    cleaned = clean('Baca Juga: Pemkab Deli Serdang Tegaskan Upah "Pembangunan daerah penting," ujar Bupati.')
    assert cleaned.startswith('"Pembangunan daerah penting,"')


def test_sentences_respect_abbreviations_and_attach_lone_dates():
    text = "Penandatanganan oleh Wakil Bupati Konut, Abu Haera. Kamis (21/10/2021).\nDr. H. Budi hadir. Ia senang."
    assert [s.text for s in split(text)] == [
        "Penandatanganan oleh Wakil Bupati Konut, Abu Haera. Kamis (21/10/2021).",
        "Dr. H. Budi hadir.", "Ia senang."]


@pytest.mark.parametrize("text, n", [
    ("Pelayanan rujukan di RSUD Mayjen H.A. Thalib; serta pengelolaan pasar.", 1),  # initials run together
    ("Diteken Bupati Minahasa Utara, Frans Lumingkewas, S.E. Kabupaten Sangihe diwakili Sekda.", 2),  # a degree
])
def test_initials_run_together_end_no_sentence_and_a_degree_may(text, n):
    assert len(split(text)) == n


def test_sector_phrases_map_to_known_slugs():
    assert all(slug == "-" or sector(slug) for slug in terms().values())
    assert sectors_in("penanggulangan kebakaran, infrastruktur dan utilitas, ketentraman dan ketertiban umum") \
        == ["trantibum", "pekerjaan-umum"]
    assert sectors_in("pengembangan sumber daya manusia dan pembangunan daerah") == []
    assert sectors_in("Komunikasi dan Informatika; Usaha Mikro; Penanaman Modal") == [
        "komunikasi-informatika", "koperasi-ukm", "penanaman-modal"]


def test_offices_read_titles_regions_and_names():
    text = ("Penjabat Sekretaris Daerah (Sekda) Kaur, Dr. Ir. Hifthario Syahputra, ST, M.Si dan "
            "Gubernur Maluku Utara (Malut) KH. Abdul Ghani Kasuba serta Wakil Bupati Konsel, Rasyid")
    got = [(o.title, o.role, o.codes, o.name) for o in find_offices(text, find_mentions(text))]
    assert got == [("Penjabat Sekretaris Daerah", "sekda", ("17.04",), "Hifthario Syahputra"),
                   ("Gubernur", "head", ("82",), "Abdul Ghani Kasuba"),
                   ("Wakil Bupati", "deputy", ("74.05",), "Rasyid")]


def test_office_without_name_is_a_reference():
    text = "Pendopo Bupati Bondowoso, Kamis (16/10/2025)"
    (o,) = find_offices(text, find_mentions(text))
    assert (o.codes, o.name) == (("35.11",), "")


def test_holder_named_before_the_title():
    text = '"Kerja sama ini penting," ujar Hambali, Pj Bupati Kampar, kepada Andi Ony selaku Pj Bupati Tangerang.'
    got = [(o.title, o.name, o.codes) for o in find_offices(text, find_mentions(text))]
    assert got == [("Pj Bupati", "Hambali", ("14.01",)), ("Pj Bupati", "Andi Ony", ("36.03",))]
    text = "Sementara itu, Bupati Kampar tidak hadir. Jumat, Bupati Kampar pergi."
    assert [o.name for o in find_offices(text, find_mentions(text))] == ["", ""]


def test_iso_timestamp_is_a_date():
    assert [d.iso for d in find_dates("2024-06-05T10:30:00+07:00")] == ["2024-06-05"]


@pytest.mark.parametrize("raw, cleaned", [
    ("menjalin kerja  sama", "menjalin kerja sama"),
    ("Kab.\tKampar dan  \t Kota   Pekanbaru", "Kab. Kampar dan Kota Pekanbaru"),
    ("satu\n\ndua  tiga", "satu\n\ndua tiga"),  # line breaks stay: they part paragraphs
])
def test_clean_makes_runs_of_spaces_and_tabs_one_space(raw, cleaned):
    assert clean(raw) == cleaned


def test_a_forest_fire_is_forestry_not_fire_fighting():
    assert sectors_in("pengendalian kebakaran hutan dan lahan di kawasan gambut") == ["kehutanan"]
    assert sectors_in("penanganan karhutla") == ["kehutanan"]
    assert sectors_in("pemadam kebakaran") == ["trantibum"]


@pytest.mark.parametrize("text, title", [
    ("Kepala Subbagian Kerja Sama pada Bagian Pemerintahan Setda Kabupaten Bima, Mukhtar",
     "Kepala Subbagian Kerja Sama pada Bagian Pemerintahan Setda"),
    ("Kepala Dinas Kesehatan pada acara itu, Mukhtar", "Kepala Dinas Kesehatan"),  # no unit after "pada"
])
def test_a_unit_within_a_unit_after_pada(text, title):
    assert [o.title for o in find_offices(text, find_mentions(text))] == [title]


def test_an_idiom_and_a_place_are_no_fields():
    assert sectors_in("Kerja sama ini membuka jalan untuk itu") == []
    assert sectors_in("membuka jalan baru antardesa") == ["pekerjaan-umum"]  # a road, opened
    assert sectors_in("pengendalian pencemaran lingkungan di sekitar kawasan industri") == ["lingkungan-hidup"]


def test_the_environment_kept_is_the_environment_s_field():
    assert sectors_in("pelestarian lingkungan dan mangrove di kawasan laguna") == ["lingkungan-hidup"]
    assert sectors_in("Pemanfaatan Air Baku dan Konservasi Kawasan Sumber Air") == ["pekerjaan-umum", "lingkungan-hidup"]
    assert sectors_in("di lingkungan Pemkab Malang") == []  # (a government's own circle, no field)


@pytest.mark.parametrize("scope, want", [
    ("pengembangan komoditas tembakau dan kopi, termasuk teknologi budidaya", ["pertanian"]),
    ("budidaya ikan air tawar", ["kelautan-perikanan"]),
    ("promosi dan pemasaran produk unggulan daerah", ["perdagangan"]),
    ("pengelolaan pelabuhan perikanan", ["kelautan-perikanan"]),
    ("pengembangan hasil tambak udang dan kepiting bakau", ["kelautan-perikanan"]),
    ("pasokan sayur dan buah", ["pangan"]),
    ("perlindungan daerah tangkapan air, termasuk penanaman pohon", ["lingkungan-hidup"]),
    ("penanganan abrasi pantai", ["pekerjaan-umum"]),
    ("pelestarian adat serta naskah kuno Buton", ["kebudayaan"]),
])
def test_crops_products_and_a_fishing_port(scope, want):
    assert sectors_in(scope) == want
