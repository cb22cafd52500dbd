"""The region gazetteer: official names, aliases, evidence of kind, ambiguity, mentions in text."""
from __future__ import annotations

from pathlib import Path

import pytest

from kerjasama.errors import AmbiguousRegion, UnknownRegion
from kerjasama.loaders.gazetteer import candidates, find_mentions, key_of, name_of, resolve
from kerjasama.loaders.regions import regions

ALIASES = Path(__file__).resolve().parent.parent / "loaders" / "data" / "aliases.tsv"
ALL = regions()


@pytest.mark.parametrize("r", ALL, ids=lambda r: r["code"])
def test_every_region_resolves_by_its_official_name(r):
    assert resolve(r["name"]) == r["code"]
    assert resolve(r["code"]) == r["code"]


def test_counts_match_the_kemendagri_list():
    kinds = [r["kind"] for r in ALL]
    assert (kinds.count("provinsi"), kinds.count("kabupaten"), kinds.count("kota")) == (38, 416, 98)


def test_bare_names_resolve_when_only_one_region_has_them():
    bare_count = {}
    for r in ALL:
        bare = r["name"].removeprefix("Kab. ").removeprefix("Kota ").split(" (")[0]
        bare_count.setdefault(key_of(bare), []).append(r["code"])
    # "Yogyakarta" is also what news calls the province (DI Yogyakarta): shared on purpose
    unique = {k: v[0] for k, v in bare_count.items() if len(v) == 1 and k != "yogyakarta"}
    assert len(unique) > 480
    for key, code in unique.items():
        assert resolve(key.title()) == code, key


@pytest.mark.parametrize("name, code", [
    ("Kab. Solok", "13.02"), ("Kabupaten Solok", "13.02"), ("Pemkab Solok", "13.02"),
    ("Bupati Solok", "13.02"), ("Kota Solok", "13.72"), ("Pemkot Solok", "13.72"),
    ("Wali Kota Solok", "13.72"), ("Solok Selatan", "13.11"), ("Kab. Solok Selatan", "13.11"),
    ("Solsel", "13.11"),
])
def test_solok_three_ways(name, code):
    assert resolve(name) == code


@pytest.mark.parametrize("name, expected", [
    ("Solok", {"13.02", "13.72"}),
    ("Bandung", {"32.04", "32.73"}),
    ("Pemda Bandung", {"32.04", "32.73"}),
    ("Kediri", {"35.06", "35.71"}),
    ("Tangerang", {"36.03", "36.71"}),
    ("Jogja", {"34", "34.71"}),
])
def test_shared_names_are_ambiguous_not_guessed(name, expected):
    with pytest.raises(AmbiguousRegion) as err:
        resolve(name)
    assert set(err.value.candidates) == expected
    assert set(candidates(name)) == expected


@pytest.mark.parametrize("name, code", [
    ("Pemkab Bandung", "32.04"), ("Pemkot Bandung", "32.73"), ("Walikota Bandung", "32.73"),
    ("Pj Bupati Tangerang", "36.03"), ("Gubernur Jambi", "15"), ("Pemprov Bengkulu", "17"),
    ("Kota Bengkulu", "17.71"), ("Pemko Pekanbaru", "14.71"), ("Pemerintah Kabupaten Kampar", "14.01"),
    ("Pemerintah Kota (Pemkot) Medan", "12.71"), ("Provinsi Sulawesi Selatan", "73"),
])
def test_prefixes_and_office_titles_decide_the_kind(name, code):
    assert resolve(name) == code


def test_kind_argument_narrows():
    assert resolve("Bandung", kind="kabupaten") == "32.04"
    assert resolve("Bandung", kind="kota") == "32.73"
    with pytest.raises(UnknownRegion):
        resolve("Kampar", kind="kota")
    with pytest.raises(ValueError):
        resolve("Kampar", kind="desa")


@pytest.mark.parametrize("name, code", [
    ("Sidrap", "73.14"), ("Konsel", "74.05"), ("Konut", "74.09"), ("Matim", "53.19"),
    ("Kukar", "64.02"), ("Jabar", "32"), ("Jateng", "33"), ("Jatim", "35"), ("Sumbar", "13"),
    ("Sumut", "12"), ("Sumsel", "16"), ("Kaltim", "64"), ("Kalbar", "61"), ("Sulsel", "73"),
    ("Sultra", "74"), ("Malut", "82"), ("NTB", "52"), ("NTT", "53"), ("DIY", "34"), ("Babel", "19"),
    ("Kepri", "21"), ("Muko-Muko", "17.06"), ("Mukomuko", "17.06"), ("Muko Muko", "17.06"),
    ("Gunung Kidul", "34.03"), ("Kulonprogo", "34.01"), ("Bau-Bau", "74.72"), ("Parepare", "73.72"),
    ("Pangkalpinang", "19.71"), ("Tolitoli", "72.04"), ("Palangka Raya", "62.71"), ("Sumatra Barat", "13"),
    ("Mamuju Utara", "76.01"), ("Sitaro", "71.09"), ("Solo", "33.72"), ("Tangsel", "36.74"),
    ("Pohuwato", "75.04"), ("Fakfak", "92.03"), ("Batang Hari", "15.04"),
])
def test_aliases_and_spellings(name, code):
    assert resolve(name) == code


def test_every_alias_names_known_regions():
    rows = [line.split("\t") for line in ALIASES.read_text("utf-8").splitlines()
            if line and not line.startswith("#") and not line.startswith("alias\t")]
    assert len(rows) > 200
    names = {r["name"] for r in ALL}
    for alias, targets in rows:
        assert set(targets.split("|")) <= names, alias
        assert candidates(alias), alias


@pytest.mark.parametrize("name, code", [
    ("Kab. Kampr", "14.01"), ("Sidenreng Rapang", "73.14"), ("Kabupaten Bondowsoo", "35.11"),
    ("Pekanbar", "14.71"),
])
def test_misspellings_resolve_by_fuzzy_match(name, code):
    assert resolve(name) == code


@pytest.mark.parametrize("name", ["Xyzzy", "", "   ", "99.99", "Kota Atlantis Raya"])
def test_unknown_names(name):
    with pytest.raises(UnknownRegion):
        resolve(name)


def test_name_of():
    assert name_of("13.72") == "Kota Solok"
    assert name_of("00") is None


def test_mentions_carry_prefix_kind_and_lists():
    text = ("Pemerintah Kabupaten Manggarai dan Manggarai Timur, Provinsi Nusa Tenggara Timur, "
            "bersama Pemkot Kendari dan Wali Kota (Walkot) Medan.")
    got = [(m.surface, m.kind, m.via, m.codes) for m in find_mentions(text)]
    assert got == [
        ("Manggarai", "kabupaten", "gov", ("53.10",)),
        ("Manggarai Timur", "kabupaten", "list", ("53.19",)),
        ("Nusa Tenggara Timur", "provinsi", "admin", ("53",)),
        ("Kendari", "kota", "gov", ("74.71",)),
        ("Medan", "kota", "title", ("12.71",)),
    ]


def test_mentions_longest_match_and_spelling_variants():
    text = "Kabupaten Bandung Barat, Kab. Muko-Muko, Kota Bau-Bau, Gunungkidul dan Solok Selatan"
    assert [m.codes for m in find_mentions(text)] == [
        ("32.17",), ("17.06",), ("74.72",), ("34.03",), ("13.11",)]


def test_common_words_are_regions_only_after_a_prefix():
    assert find_mentions("Bus Trans Metro melintas di jalan batu. Puncak acara meriah.") == []
    assert [m.codes for m in find_mentions("Pemkot Batu dan Kabupaten Puncak")] == [("35.79",), ("94.05",)]


def test_lower_case_words_are_not_names():
    assert find_mentions("kami pergi ke kampar dan medan") == []


def test_misspelled_names_after_a_prefix_are_found_when_asked():
    text = "Pemkab Kampr dan Bupati Sidenreng Rapang Basra, Kota Mandiri, Gubernur Bank Indonesia"
    assert [(m.surface, m.codes) for m in find_mentions(text, fuzzy=True)] == [
        ("Kampr", ("14.01",)), ("Sidenreng Rapang", ("73.14",))]
    assert find_mentions("Pemkab Kampr") == []


def test_compound_names_written_apart():
    text = "antara Labuhan Batu Utara dengan Gunung Kidul, Pangkal Pinang, Banjar Baru dan Bukit Tinggi"
    assert [m.codes for m in find_mentions(text)] == [
        ("12.23",), ("34.03",), ("19.71",), ("63.72",), ("13.75",)]


def test_papua_nugini_is_a_country_not_the_province():
    text = "Warga Keerom di perbatasan dengan Papua Nugini (Papua New Guinea) dilayani RSUD di Provinsi Papua."
    assert [(m.surface, m.codes) for m in find_mentions(text)] == [("Keerom", ("91.11",)), ("Papua", ("91",))]



def test_the_short_names_news_gives_lubuklinggau_musi_rawas_and_tidore():
    text = "Linggau Teken Tiga MoU dengan Pemkab Mura, Muratara dan Rejang Lebong. Tikep menyusul."
    got = [(m.surface, m.codes) for m in find_mentions(text, weak=True)]
    assert got == [("Linggau", ("16.73",)), ("Mura", ("16.05",)), ("Muratara", ("16.13",)),
                   ("Rejang Lebong", ("17.02",)), ("Tikep", ("82.72",))]


@pytest.mark.parametrize("text, code", [
    ("Camat Palibelo (Kabupaten Bima), Nurhayati", "52.06"),
    ("Camat Rasanae Timur (Kota Bima), Ikhwan", "52.72"),
])
def test_a_prefix_opening_a_bracket_decides_the_kind(text, code):
    assert [m.codes for m in find_mentions(text)] == [(code,)]
