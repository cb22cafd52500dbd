"""The article extractor: the dev articles against their gold records, general rules, bad input, the CLI."""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kerjasama.cli import main
from kerjasama.errors import InputError
from kerjasama.loaders.extract import EXTRACTOR_VERSION, extract_file, extract_text
from kerjasama.loaders.names import same_person
from kerjasama.loaders.regions import regions
from kerjasama.loaders.sentences import clean

DEV = Path(__file__).resolve().parent / "data" / "dev"
ARTICLES = sorted(p.stem for p in DEV.glob("*.txt"))


def _gold(name):
    return json.loads((DEV / f"{name}.json").read_text("utf-8"))


def _shape(agreements):
    return sorted((tuple(a["parties"]), a["kind"], tuple(a["sectors"])) for a in agreements)


@pytest.fixture(scope="module")
def records():
    return {name: extract_file(DEV / f"{name}.txt") for name in ARTICLES}


@pytest.mark.parametrize("name", ARTICLES)
def test_dev_article_agreements_match_gold(records, name):
    rec, gold = records[name], _gold(name)
    assert _shape(rec["agreements"]) == _shape(gold["agreements"])


@pytest.mark.parametrize("name", ARTICLES)
def test_dev_article_dates_match_gold(records, name):
    rec, gold = records[name], _gold(name)
    assert rec["published"] == gold["published"]
    assert sorted(str(a["signed_on"]) for a in rec["agreements"]) == \
        sorted(str(a["signed_on"]) for a in gold["agreements"])


@pytest.mark.parametrize("name", ARTICLES)
def test_dev_article_officials_match_gold(records, name):
    got, want = records[name]["officials"], _gold(name)["officials"]
    assert len(got) == len(want)
    for w in want:
        assert any(g["region"] == w["region"] and same_person(g["name"], w["name"]) for g in got), w


def test_signatories_named_only_when_the_text_says_who_signed(records):
    # seed-000 and b-002: the heads "attended" (dihadiri oleh): no signatories
    for name in ("seed-000", "b-002"):
        assert all(not a["signatories"] for a in records[name]["agreements"])
    mou = next(a for a in records["seed-004"]["agreements"] if a["kind"] == "mou")
    assert {(s["name"], s["region"]) for s in mou["signatories"]} == {
        ("Hambali", "14.01"), ("Risnandar Mahiwa", "14.71")}
    assert all(not a["signatories"] for a in records["seed-004"]["agreements"] if a["kind"] == "pks")


def test_record_shape_and_provenance(records):
    text = (DEV / "seed-004.txt").read_text("utf-8")
    rec = records["seed-004"]
    assert set(rec) >= {"id", "published", "agreements", "officials", "source", "extractor"}
    assert rec["id"] == "seed-004"
    assert rec["extractor"] == f"kerjasama/{EXTRACTOR_VERSION}"
    assert rec["source"]["id"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert rec["source"]["path"].endswith("seed-004.txt") and rec["source"]["kind"] == "article"
    cleaned = clean(text)
    for item in rec["agreements"] + rec["officials"]:
        assert item["evidence"] and item["evidence"] in cleaned
    for a in rec["agreements"]:
        assert a["parties"] == sorted(a["parties"]) and a["sectors"] == sorted(a["sectors"])


def _one(text, **kw):
    return extract_text(text, id="t", **kw)["agreements"]


def test_kabupaten_and_kota_of_one_name_are_two_parties():
    got = _one("Pemkab Bandung dan Pemkot Bandung menandatangani kesepakatan bersama, Selasa (28/6/2016).")
    assert [(a["parties"], a["kind"], a["signed_on"]) for a in got] == [(["32.04", "32.73"], "mou", "2016-06-28")]


def test_venue_is_not_a_party():
    got = _one("Pemkab Kaur dan Pemkab Seluma menandatangani Perjanjian Kerja Sama (PKS) "
               "di Hotel Santika, Kota Bengkulu, Senin (5/2/2024).")
    assert [(a["parties"], a["kind"], a["signed_on"]) for a in got] == [(["17.04", "17.05"], "pks", "2024-02-05")]


def test_dateline_and_link_lines_are_not_parties():
    text = ("MEDAN, Tribun - Pemkab Deli Serdang dan Pemkab Langkat teken MoU kerja sama.\n"
            "BACA JUGA: Pemkot Binjai dan Pemkab Karo Bahas Kerja Sama Air\n"
            "Penandatanganan dilakukan Bupati Deli Serdang dan Bupati Langkat.")
    assert [a["parties"] for a in _one(text)] == [["12.05", "12.07"]]


def test_agreement_with_university_or_bank_only_is_none():
    assert _one("Pemkab Sleman menandatangani MoU dengan Universitas Gadjah Mada dan Bank BPD DIY.") == []
    assert _one("BPJS Kesehatan Cabang Sleman dan Pemkab Sleman menandatangani PKS.") == []


def test_short_name_of_a_bank_in_brackets_is_no_party():
    # "(Bank Jatim)" repeats the bank's name, whose region is no government signing
    text = ("Pemkab Jember menandatangani nota kesepahaman dengan PT Bank Pembangunan Daerah Jawa Timur "
            "(Bank Jatim), Senin (3/6/2024). Turut hadir perwakilan Pemprov Jatim.")
    assert _one(text) == []


@pytest.mark.parametrize("text, want", [
    # each head signs their own document (with a company), not one with the other
    ("Bupati Kampar Hambali meneken PKS penerangan jalan, sementara Wali Kota Pekanbaru Risnandar meneken PKS "
     "penyambungan listrik. Keduanya bekerja sama dengan PT PLN.", []),
    ("Bupati Kampar menandatangani PKS dengan PT PLN, sedangkan Wali Kota Pekanbaru menandatangani PKS dengan "
     "Bank Riau Kepri.", []),
    ("Pemkab Kampar menandatangani MoU dengan Pemkot Pekanbaru, sementara Pemkab Siak meneken MoU dengan "
     "Pemkot Dumai.", [(["14.01", "14.71"], "mou"), (["14.08", "14.72"], "mou")]),
    # "kesepakatan sementara": a provisional agreement, no second clause
    ("Pemkab Kampar menandatangani kesepakatan sementara dengan Pemkot Pekanbaru yang diteken Wali Kota "
     "Pekanbaru.", [(["14.01", "14.71"], "mou")]),
])
def test_two_clauses_that_each_sign_are_two_signings(text, want):
    assert sorted((a["parties"], a["kind"]) for a in _one(text)) == want


def test_plan_without_signing():
    got = _one("Pemkab Kaur dan Pemkab Muara Enim membahas rencana kerja sama di bidang pertanian.")
    assert [(a["parties"], a["kind"], a["signed_on"], a["sectors"]) for a in got] == [
        (["16.03", "17.04"], "plan", None, ["pertanian"])]


def test_indonesian_term_decides_the_kind():
    got = _one("Pemprov Jambi dan Pemprov Riau menandatangani perjanjian kerja sama (MoU) bidang pariwisata.")
    assert [(a["kind"], a["sectors"]) for a in got] == [("pks", ["pariwisata"])]


def test_day_and_month_take_the_year_of_the_article():
    text = "21 September 2021\n\nPemkab Agam dan Pemkot Bukittinggi meneken MoU pada Kamis (9/9)."
    rec = extract_text(text, id="t")
    assert rec["published"] == "2021-09-21"
    assert rec["agreements"][0]["signed_on"] == "2021-09-09"
    assert _one("Pemkab Agam dan Pemkot Bukittinggi meneken MoU pada Kamis (9/9).")[0]["signed_on"] is None


def test_statement_date_is_not_the_signing_date():
    text = ("Bupati Lebak dan Bupati Pandeglang menandatangani nota kesepakatan pada Senin (3/6/2024). "
            "\"Kerja sama ini penting,\" kata Bupati Lebak saat dihubungi, Rabu (5/6/2024).")
    assert _one(text)[0]["signed_on"] == "2024-06-03"


def test_pairwise_agreements_around_a_host():
    text = ("Pemkot Kendari menandatangani MoU antara Kota Kendari dengan Kabupaten Konawe dan "
            "Kota Kendari dengan Kabupaten Kolaka.")
    assert sorted(a["parties"] for a in _one(text)) == [["74.01", "74.71"], ["74.02", "74.71"]]


def test_joint_agreement_of_three():
    text = "Kabupaten Situbondo, Bondowoso, dan Jember resmi menandatangani Kesepakatan Bersama."
    assert [a["parties"] for a in _one(text)] == [["35.09", "35.11", "35.12"]]


def test_several_pks_share_out_their_fields():
    text = ("Pemprov Bali dan Pemprov NTB menandatangani nota kesepakatan. Selain itu ditandatangani "
            "dua perjanjian kerja sama, yaitu bidang pariwisata dan bidang perhubungan.")
    got = sorted((a["kind"], a["sectors"]) for a in _one(text))
    assert got == [("mou", []), ("pks", ["pariwisata"]), ("pks", ["perhubungan"])]


def test_workshop_about_cooperation_is_no_agreement():
    text = ("Pemerintah Kabupaten Muaro Jambi menggelar sosialisasi kesepakatan bersama dan perjanjian "
            "kerja sama di Hotel Yello, Kota Jambi, Kamis (21/11/2024).")
    assert _one(text) == []


def test_officials_without_degrees_and_with_their_region():
    text = ("Hadir Bupati Kampar Drs. H. Ahmad Yuzar, S.Sos, MT, Sekda Kota Pekanbaru Indra Pomi "
            "Nasution, ST, M.Si, dan Kepala Dinas Perhubungan Kampar, Ir. Budi Santoso.")
    got = {(o["title"], o["name"], o["region"]) for o in extract_text(text, id="t")["officials"]}
    assert got == {("Bupati", "Ahmad Yuzar", "14.01"), ("Sekda", "Indra Pomi Nasution", "14.71"),
                   ("Kepala Dinas Perhubungan", "Budi Santoso", "14.01")}


@pytest.mark.parametrize("office, title, region", [
    ("Sekretaris Kota Bima", "Sekretaris Kota", "52.72"),  # the kota, not Kabupaten Bima
    ("Sekretaris Kabupaten Bima", "Sekretaris Kabupaten", "52.06"),
    ("Sekretaris Kabupaten (Sekkab) Bima", "Sekretaris Kabupaten", "52.06"),  # its short form glossed
    ("Sekko Padang", "Sekko", "13.71"),
    ("Sekkab Bogor", "Sekkab", "32.01"),  # not Kota Bogor
    ("Sekretaris Dinas Kesehatan Kota Bima", "Sekretaris Dinas Kesehatan", "52.72"),  # a unit's, as before
    ("Kadisdukcapil Kota Bima", "Kadisdukcapil", "52.72"),  # a Kadis with its dinas written on
])
def test_the_town_secretary_is_a_sekda(office, title, region):
    text = f"Pemkab Bima dan Pemkot Bima menjajaki kerja sama. Hal itu disampaikan {office} Mukhtar Landa."
    got = [(o["title"], o["name"], o["region"]) for o in extract_text(text, id="t")["officials"]]
    assert got == [(title, "Mukhtar Landa", region)]


def test_teungku_is_an_honorific_before_the_name():
    text = ("Pemprov Aceh dan Pemkot Banda Aceh menandatangani PKS. Dokumen ditandatangani Kepala Dinas Lingkungan "
            "Hidup Kota Banda Aceh, Tgk. Zulkifli Yunus, S.T.")
    assert [(o["name"], o["region"]) for o in extract_text(text, id="t")["officials"]] == [("Zulkifli Yunus", "11.71")]


@pytest.mark.parametrize("text, want", [
    # a unit whose name holds a region, before its secretariat's ("Keistimewaan Aceh ... Setda Aceh")
    ("Penandatanganan disaksikan Asisten Pemerintahan dan Keistimewaan Sumatera Barat Setda Sumatera Barat, "
     "Azhari Ishak, S.H., M.H.", [("Asisten Pemerintahan dan Keistimewaan Sumatera Barat", "Azhari Ishak", "13")]),
    # a Kadis with the dinas written on in small letters
    ("Penandatanganan disaksikan Kadisdikbud Padang Panjang Yulfitri Anwar, S.Pd., M.M.",
     [("Kadisdikbud", "Yulfitri Anwar", "13.74")]),
    # the name before the title, with its degrees
    ("Narahubung: Hj. Siti Mahmudah, S.Sos., Kepala Bagian Materi dan Komunikasi Pimpinan Biro Administrasi "
     "Pimpinan Setda Provinsi Sumatera Barat",
     [("Kepala Bagian Materi dan Komunikasi Pimpinan Biro Administrasi Pimpinan Setda", "Siti Mahmudah", "13")]),
])
def test_officials_written_short_or_after_their_name(text, want):
    text = "Pemkot Padang Panjang dan Pemkot Tasikmalaya menandatangani kesepakatan bersama. " + text
    got = [(o["title"], o["name"], o["region"]) for o in extract_text(text, id="t")["officials"]]
    assert got == want


def test_hi_is_haji_before_the_name():
    text = ("Pemkot Gorontalo dan Pemkab Bolsel menandatangani PKS. Turut hadir Sekretaris Daerah Kabupaten Bolaang "
            "Mongondow Selatan, Hi. Moh. Arief Paputungan, S.IP., M.Si.")
    assert [(o["name"], o["region"]) for o in extract_text(text, id="t")["officials"]] == [
        ("Moh. Arief Paputungan", "71.11")]


@pytest.mark.parametrize("office, want", [
    # the head of a unit inside a regional body is that region's official
    ("Kepala Unit Pengelola Sampah Terpadu (UPST) Dinas LH Kota Bima",
     [("Kepala Unit Pengelola Sampah Terpadu Dinas LH", "Mukhtar Landa", "52.72")]),
    ("Kepala UPTD Puskesmas Dinas Kesehatan Kabupaten Bima",
     [("Kepala UPTD Puskesmas Dinas Kesehatan", "Mukhtar Landa", "52.06")]),
    # a unit of the police, named after the region it serves, is none
    ("Kepala Unit Reskrim Polres Bima Kota", []),
])
def test_the_head_of_a_unit_inside_a_regional_body_is_an_official(office, want):
    text = f"Pemkab Bima dan Pemkot Bima menjajaki kerja sama. Hal itu disampaikan {office} Mukhtar Landa."
    got = [(o["title"], o["name"], o["region"]) for o in extract_text(text, id="t")["officials"]]
    assert got == want


@pytest.mark.parametrize("said, want", [
    # the director of a regional hospital, its region written after it or after its name
    ("Direktur RSUD Kota Bima, dr. Ani Rahma, menyatakan siap.", [("Direktur RSUD", "Ani Rahma", "52.72")]),
    ("Direktur RSUD dr. Adnaan WD Payakumbuh, dr. Elvi Susanti, Sp.PK, menyatakan siap.",
     [("Direktur RSUD dr. Adnaan WD", "Elvi Susanti", "13.76")]),
    # or only where the article names the hospital before: "di RSUD dr. Adnaan WD Payakumbuh"
    ("Rujukan dilayani di RSUD dr. Adnaan WD Payakumbuh. Direktur RSUD dr. Adnaan WD, dr. Elvi Susanti, "
     "menyatakan siap.", [("Direktur RSUD dr. Adnaan WD", "Elvi Susanti", "13.76")]),
    # a hospital the article never places, and a company's director, give no official
    ("Direktur RSUD dr. Adnaan WD, dr. Elvi Susanti, menyatakan siap.", []),
    ("Direktur PT Bima Jaya Budi Santoso menyatakan siap.", []),
])
def test_the_director_of_a_regional_hospital_is_an_official(said, want):
    text = f"Pemkot Payakumbuh dan Pemkab Lima Puluh Kota meneken PKS rujukan kesehatan. {said}"
    got = [(o["title"], o["name"], o["region"]) for o in extract_text(text, id="t")["officials"]
           if o["title"].startswith("Direktur")]
    assert got == want


@pytest.mark.parametrize("building", ["Kantor", "Rumah Jabatan", "Pendopo", "Gedung", "Aula", "Ruang Rapat"])
def test_a_building_named_after_an_office_names_no_holder(building):
    text = (f"Pertemuan digelar di {building} Gubernur Sulawesi Tengah, Palu, Selasa. "
            "Pertemuan dipimpin Gubernur Sulawesi Tengah Mohammad Rusdi Tahir.")
    got = [(o["title"], o["name"], o["region"]) for o in extract_text(text, id="t")["officials"]]
    assert got == [("Gubernur", "Mohammad Rusdi Tahir", "72")]


def test_non_regional_heads_are_not_officials():
    text = "Kepala BPJS Kesehatan Cabang Sleman, M Idar Aries, dan Rektor UGM Ova Emilia hadir."
    assert extract_text(text, id="t")["officials"] == []


@pytest.mark.parametrize("text", ["", "   \n\n", "....", "Kota", "Pemkab", "(((", "BACA JUGA:",
                                  "Bupati , , , dan Walikota", "12/12/12/12", "\x00\x01", "Kamis (31/2)"])
def test_odd_text_gives_an_empty_record(text):
    rec = extract_text(text, id="odd")
    assert rec["agreements"] == [] and rec["id"] == "odd"


_WORDS = ["Pemkab", "Pemkot", "Kota", "Kabupaten", "Provinsi", "Bupati", "Wali", "Gubernur", "Pj", "Sekda",
          "Kepala", "Dinas", "Kampar", "Solok", "Bandung", "Jambi", "dan", "dengan", "antara", "di", "Hotel",
          "menandatangani", "MoU", "PKS", "perjanjian", "kerja", "sama", "kesepakatan", "bersama", "bidang",
          "meliputi", "yaitu", "dua", "tiga", "Kamis", "(9/9)", "(21/11/2024)", "5", "September", "2024", ",",
          ".", "\n", "-", "–", "(", ")", "BACA", "JUGA:", "“", "”", "Dr.", "H.", "S.Sos", "M.Si", "Universitas",
          "rencana", "akan", "disaksikan", "oleh", "se-", ":"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), st.lists(st.sampled_from(_WORDS), max_size=80).map(" ".join)))
def test_extractor_never_raises(text):
    rec = extract_text(text, id="fuzz")
    assert isinstance(rec["agreements"], list) and isinstance(rec["officials"], list)
    for a in rec["agreements"]:
        assert len(a["parties"]) >= 2 and a["kind"] in ("plan", "mou", "pks")


def test_extract_file_reads_other_encodings(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Pemkab Kampar dan Pemko Pekanbaru menandatangani MoU – café.".encode("cp1252"))
    rec = extract_file(path)
    assert rec["id"] == "latin" and [a["parties"] for a in rec["agreements"]] == [["14.01", "14.71"]]


@pytest.mark.parametrize("content", [b"", b"   \n", b"\x00\x01\x02binary\x00" * 20])
def test_extract_file_refuses_empty_or_binary_files(tmp_path, content):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match="bad.txt"):
        extract_file(path)


def test_extract_file_refuses_missing_files(tmp_path):
    with pytest.raises(InputError, match="missing.txt"):
        extract_file(tmp_path / "missing.txt")


def test_cli_extract_json_is_the_record():
    path = DEV / "seed-004.txt"
    result = CliRunner().invoke(main, ["extract", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.output)
    assert printed == json.loads(json.dumps(extract_file(path)))
    assert _shape(printed["agreements"]) == _shape(_gold("seed-004")["agreements"])


def test_cli_extract_text_summary():
    result = CliRunner().invoke(main, ["extract", str(DEV / "seed-000.txt")])
    assert result.exit_code == 0, result.output
    assert "PKS Kab. Solok + Kab. Muko Muko, signed 2024-11-15" in result.output
    assert "Akbar Ali" in result.output


def test_cli_extract_bad_file_is_one_line_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("")
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_signing_still_to_come_is_a_plan():
    text = ("Pemkab Kaur menjajaki kerja sama dengan Pemkab Lebong. Kesepakatan bersama ditargetkan "
            "ditandatangani tahun depan.")
    assert [(a["kind"], a["signed_on"]) for a in _one(text)] == [("plan", None)]
    assert [a["kind"] for a in _one("Pemkab Bangli dan Pemkab Wajo berencana menjalin kerja sama.")] == ["plan"]


def test_common_word_region_counts_once_it_is_established():
    text = ("Pemkab Nabire menandatangani dua MoU dengan Kab. Deiyai dan Pemkab Puncak, yakni antara "
            "Nabire dengan Deiyai dan antara Nabire dengan Puncak.")
    assert sorted(a["parties"] for a in _one(text)) == [["94.01", "94.05"], ["94.01", "94.08"]]


def test_a_region_whose_secretariat_speaks_is_a_government():
    text = ("Merauke, Boven Digoel dan Mappi Jajaki Kerja Sama Jalan Penghubung\n\n"
            "Tiga kabupaten, yakni Merauke, Boven Digoel dan Mappi, mulai menjajaki kerja sama antardaerah. "
            "Sekda Merauke, Drs. Agustinus Mahuze, mengatakan pertemuan itu baru tahap awal. Pj Bupati Mappi "
            "hadir secara daring. Asisten I Setda Boven Digoel, Fransiskus Kimko, menyampaikan hal senada.")
    record = extract_text(text, id="x")
    assert [(a["parties"], a["kind"]) for a in record["agreements"]] == [(["93.01", "93.02", "93.03"], "plan")]
    assert [(o["region"], o["title"]) for o in record["officials"]] == [("93.01", "Sekda"), ("93.02", "Asisten I Setda")]


def test_incidental_pair_does_not_split_a_joint_agreement():
    text = ("Kulon Progo dan DI Yogyakarta Tandatangani MoU\n"
            "Kabupaten Kulon Progo, Pemprov DI Yogyakarta, dan Pemerintah Kota Yogyakarta menandatangani "
            "satu Nota Kesepakatan bersama.")
    assert [a["parties"] for a in _one(text)] == [["34", "34.01", "34.71"]]


def test_host_signing_with_several_signs_with_each():
    text = "Pemkot Kendari teken MoU dengan Pemkab Konawe Selatan dan Pemkab Konawe Utara, Kamis (21/10/2021)."
    assert sorted(a["parties"] for a in _one(text)) == [["74.05", "74.71"], ["74.09", "74.71"]]
    joint = "Pemkab Situbondo bersama Pemkab Bondowoso dan Pemkab Jember menandatangani kesepakatan bersama."
    assert [a["parties"] for a in _one(joint)] == [["35.09", "35.11", "35.12"]]


def test_field_right_after_kerja_sama():
    text = ("Pemerintah Kota Surabaya dan Pemerintah Kabupaten Sidoarjo menandatangani perjanjian kerja sama "
            "pengelolaan sampah dan transportasi.")
    assert [(a["kind"], a["sectors"]) for a in _one(text)] == [("pks", ["lingkungan-hidup", "perhubungan"])]


@pytest.mark.parametrize("document, want", [
    ("nota kesepakatan pengembangan sistem penyediaan air minum regional", ["pekerjaan-umum"]),
    ("perjanjian kerja sama (PKS) pemanfaatan Tempat Pemrosesan Akhir (TPA) regional", ["lingkungan-hidup"]),
    ("Kesepakatan Bersama angkutan umum antarwilayah", ["perhubungan"]),
    ("MoU bidang pariwisata", ["pariwisata"]),
    # the document of both regions, then what else was done: no field of the document
    ("nota kesepakatan kedua daerah, lalu meninjau pasar", []),
    # where it was signed, not what it is about
    ("MoU di Terminal Tirtonadi", []),
    # "jalan" is a verb here: the document runs
    ("nota kesepakatan yang langsung jalan", []),
    # where it was signed is no field of it
    ("nota kesepakatan pengelolaan sampah di Gedung Dinas Pendidikan, Jalan Malioboro", ["lingkungan-hidup"]),
])
def test_field_right_after_the_name_of_the_document(document, want):
    text = f"Pemkab Sleman dan Pemkot Yogyakarta menandatangani {document}."
    assert [a["sectors"] for a in _one(text)] == [want]


def test_fields_of_a_scope_naming_only_governments_of_no_agreement_are_not_theirs():
    signed = "Pemkab Sleman dan Pemkot Yogyakarta menandatangani kesepakatan bersama. "
    text = signed + "Sebelumnya Pemprov DI Yogyakarta dan PLN menandatangani MoU listrik desa."
    assert [(a["parties"], a["sectors"]) for a in _one(text)] == [(["34.04", "34.71"], [])]
    text = signed + "Pemkab Sleman juga menandatangani MoU listrik desa dengan Pemkot Yogyakarta."
    assert [(a["parties"], a["sectors"]) for a in _one(text)] == [(["34.04", "34.71"], ["energi-sdm"])]


def test_stalled_is_no_road():
    assert [a["sectors"] for a in _one(_SIGNED + "Kerja sama jalan di tempat sejak 2020.")] == [[]]


def test_guest_of_the_signing_is_neither_party_nor_signatory():
    text = ("Wakil Gubernur Sumbar Audy Joinaldy menghadiri penandatanganan kesepakatan bersama antara "
            "Pemkab Solok dan Pemkot Solok, Senin (3/4/2023).")
    (a,) = _one(text)
    assert (a["parties"], a["signatories"]) == (["13.02", "13.72"], [])
    officials = extract_text(text, id="t")["officials"]
    assert [(o["title"], o["name"], o["region"]) for o in officials] == [("Wakil Gubernur", "Audy Joinaldy", "13")]


def test_misspelled_party_after_a_prefix():
    got = _one("Pemkab Kampr dan Pemko Pekanbaru menandatangani Kesepakatan Bersama.")
    assert [a["parties"] for a in got] == [["14.01", "14.71"]]


def test_mou_and_pks_of_different_days_keep_their_dates():
    text = ("Pemkab Kampar dan Pemko Pekanbaru telah menandatangani Kesepakatan Bersama pada Rabu, 5 Oktober 2022. "
            "Kini keduanya menandatangani Perjanjian Kerja Sama bidang perhubungan pada Senin (4/3/2024).")
    got = sorted((a["kind"], a["signed_on"], a["sectors"]) for a in _one(text))
    assert got == [("mou", "2022-10-05", []), ("pks", "2024-03-04", ["perhubungan"])]


def test_each_group_takes_its_kind_from_its_own_sentences():
    text = ("Gubernur Jawa Timur Khofifah Indar Parawansa dan Gubernur Kalimantan Barat Sutarmidji "
            "menandatangani nota kesepahaman tentang kerja sama perdagangan. Sutarmidji menambahkan, "
            "Pemprov Kalbar juga menjajaki kerja sama dengan Pemprov Jawa Tengah di bidang pertanian.")
    got = sorted((a["parties"], a["kind"], a["sectors"]) for a in _one(text))
    assert got == [(["33", "61"], "plan", ["pertanian"]), (["35", "61"], "mou", ["perdagangan"])]


def test_officially_cooperating_is_a_signing():
    got = _one("Pemkab Bantul dan Pemkot Yogyakarta resmi bekerja sama di bidang pengelolaan sampah, Senin (4/3/2024).")
    assert [(a["parties"], a["kind"], a["signed_on"], a["sectors"]) for a in got] == [
        (["34.02", "34.71"], "mou", "2024-03-04", ["lingkungan-hidup"])]


def test_long_text_stays_linear():
    import time

    one = ("Pemkab Kampar dan Pemko Pekanbaru menandatangani MoU di Hotel Aryaduta, Kota Pekanbaru, "
           "Rabu (5/9/2024). Bupati Kampar Hambali hadir. ")
    start = time.process_time()
    rec = extract_text(one * 2000, id="long")
    assert time.process_time() - start < 10
    assert [a["parties"] for a in rec["agreements"]] == [["14.01", "14.71"]]


def test_region_named_in_passing_is_not_a_party():
    text = ("Pemkab Sleman dan Pemkot Yogyakarta menandatangani MoU pengelolaan sampah, Senin (4/3/2024). "
            "Kerja sama Pemkab Sleman dan Pemkot Yogyakarta ini meniru langkah Pemkot Surabaya. "
            "Bupati Sleman Kustini berharap kerja sama dengan Pemkot Yogyakarta berjalan baik.")
    assert [a["parties"] for a in _one(text)] == [["34.04", "34.71"]]


def test_two_people_sharing_a_name_in_different_offices():
    text = ("Plt Wali Kota Pariaman Bastian dan Pj Bupati Kepulauan Mentawai Wahyu Lakoro menandatangani "
            "Kesepakatan Bersama. Hadir Sekretaris Daerah Kota Pariaman Akbar Bastian, M.Si.")
    got = {(o["name"], o["region"]) for o in extract_text(text, id="t")["officials"]}
    assert got == {("Bastian", "13.77"), ("Akbar Bastian", "13.77"), ("Wahyu Lakoro", "13.09")}


@pytest.mark.parametrize("header", ["2024-06-05T10:30:00+07:00", "Rabu, 5 Juni 2024 10:30 WIB", "05/06/2024 10:30",
                                    "Diperbarui: 5 Jun 2024, 10:30 WIB", "Oleh Admin | 5 Juni 2024",
                                    # the date in one part of a header line with the author, the desk, the views
                                    "Rabu, 5 Juni 2024 | 09:15 WITA | Dilihat 230 kali",
                                    "5 Juni 2024 - 09:15 WIB | Reporter: Dewi Lestari | Editor: Yudi Pratama",
                                    "5 Juni 2024 | Bagian Protokol dan Komunikasi Pimpinan Setda Kabupaten Kampar",
                                    "Posted on June 5, 2024 by Admin Humas | Berita Daerah, Pemerintahan",
                                    "Tim Regional Riau | Rabu, 5 Jun 2024 07:45 WIB",
                                    # a press release dates its dateline
                                    "Bangkinang, Rabu (5/6/2024) – Pemerintah Kabupaten Kampar menerima kunjungan.",
                                    "BANGKINANG, Rabu, 5 Juni 2024 — Pemkab Kampar menerima kunjungan kerja."])
def test_published_from_a_header_line(header):
    assert extract_text(header + "\n\nPemkab Kampar menggelar rapat.", id="t")["published"] == "2024-06-05"


def test_published_with_the_short_form_ags_of_agustus():
    assert extract_text("Tim Regional | Jumat, 23 Ags 2024 07:45 WIB\n\nPemkab Kampar menggelar rapat.",
                        id="t")["published"] == "2024-08-23"


@pytest.mark.parametrize("text", [
    "Pemkab Kampar dan Pemko Pekanbaru menandatangani MoU pada Rabu, 5 Juni 2024, di Bangkinang.",
    # a short lead cut by its dateline's dash is still the story
    "BANGKINANG - Pemkab Kampar dan Pemko Pekanbaru meneken MoU, Rabu (5/6/2024).",
    "BANGKINANG - Bupati Kampar meneken MoU, Rabu (5/6/2024).",
    "Judul\nKAMPAR - Bupati Kampar menandatangani kesepakatan | Rabu, 5 Juni 2024 di Bangkinang bersama Wali Kota"
    " Pekanbaru dan para kepala dinas dari kedua daerah, disaksikan Gubernur Riau beserta jajaran pemerintah provinsi.",
])
def test_a_date_inside_the_story_is_not_the_publication_date(text):
    assert extract_text(text, id="t")["published"] is None


def test_extract_file_reads_utf16_with_bom(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("Pemkab Kampar dan Pemko Pekanbaru menandatangani MoU.".encode("utf-16"))
    assert [a["parties"] for a in extract_file(path)["agreements"]] == [["14.01", "14.71"]]


def test_signatories_across_the_dev_articles(records):
    tp = n_pred = n_gold = 0
    for name in ARTICLES:
        gold = [(tuple(a["parties"]), s["region"], s["name"]) for a in _gold(name)["agreements"]
                for s in a["signatories"]]
        pred = [(tuple(a["parties"]), s["region"], s["name"]) for a in records[name]["agreements"]
                for s in a["signatories"]]
        n_pred, n_gold = n_pred + len(pred), n_gold + len(gold)
        for g in gold:
            hit = next((p for p in pred if p[:2] == g[:2] and same_person(p[2], g[2])), None)
            if hit:
                pred.remove(hit)
                tp += 1
    assert tp / n_pred >= 0.95 and tp / n_gold >= 0.9, (tp, n_pred, n_gold)


def _signers(agreement):
    return sorted((s["name"], s["region"]) for s in agreement["signatories"])


@pytest.mark.parametrize("text, want", [
    ("Pemprov Jawa Tengah dan Pemda DIY menandatangani kesepakatan bersama. Penandatanganan dilakukan oleh "
     "Pj Gubernur Jawa Tengah Nana Sudjana dan Sekretaris Daerah DIY Beny Suharsono yang mewakili Gubernur DIY.",
     [("Beny Suharsono", "34"), ("Nana Sudjana", "33")]),
    ("Pemkot Surakarta dan Pemkab Sukoharjo meneken perjanjian kerja sama angkutan. Penandatanganan dilakukan "
     "Kepala Dinas Perhubungan Kota Surakarta Taufiq Muhammad dan Kepala Dinas Perhubungan Kabupaten Sukoharjo "
     "Toni Sri Buntoro di Balai Kota Surakarta.", [("Taufiq Muhammad", "33.72"), ("Toni Sri Buntoro", "33.11")]),
    ("Pemkab Kampar dan Pemko Pekanbaru menjalin kerja sama. Proses pelaksanaan penandatanganan MoU dilakukan "
     "langsung Bupati Kampar Kamsol dan Wali Kota Pekanbaru Firdaus.", [("Firdaus", "14.71"), ("Kamsol", "14.01")]),
    ("Kesepakatan bersama antara Pemkab Lebak dan Pemkab Pandeglang ditandatangani oleh Bupati Lebak Iti "
     "Octavia Jayabaya dan Bupati Pandeglang Irna Narulita.",
     [("Irna Narulita", "36.01"), ("Iti Octavia Jayabaya", "36.02")]),
    ("Plt Bupati Sleman Danang menandatangani MoU dengan Wakil Wali Kota Yogyakarta Heroe Poerwadi.",
     [("Danang", "34.04"), ("Heroe Poerwadi", "34.71")]),
    ("Bupati Sleman Kustini diwakili Sekda Harda Kiswaya menandatangani MoU dengan Pemkot Yogyakarta.",
     [("Harda Kiswaya", "34.04")]),
    ("Pemkot Medan dan Pemkab Deli Serdang sepakat bekerja sama. MoU tersebut ditandatangani Wali Kota Medan "
     "Bobby Nasution dan Bupati Deli Serdang Ashari Tambunan, Rabu (28/12/2022).",
     [("Ashari Tambunan", "12.07"), ("Bobby Nasution", "12.71")]),
    ("Pemkot Medan dan Pemkab Deli Serdang meneken MoU. Kepala daerah yang menandatangani, yakni Wali Kota "
     "Medan Bobby Nasution dan Bupati Deli Serdang Ashari Tambunan.",
     [("Ashari Tambunan", "12.07"), ("Bobby Nasution", "12.71")]),
    ("Pemkot Medan dan Pemkab Deli Serdang sepakat bekerja sama. MoU tersebut ditandatangani Wali Kota Medan "
     "Bobby Nasution dan Bupati Deli Serdang Ashari Tambunan, Kepala Bappeda Medan Benny Iskandar.",
     [("Ashari Tambunan", "12.07"), ("Bobby Nasution", "12.71")]),
    ("Bupati Deli Serdang Ashari Tambunan menandatangani MoU dengan Pemkot Medan, disaksikan Gubernur Sumut "
     "Edy Rahmayadi dan Wali Kota Binjai Amir Hamzah.", [("Ashari Tambunan", "12.07")]),
    # a Kepala Dinas and a Sekda are of one rank (officials under the heads): both sign the PKS
    ("Pemkot Medan dan Pemkab Deli Serdang meneken PKS. PKS ditandatangani Kepala Dinas Perhubungan Kota Medan "
     "Iswar Lubis dan Sekretaris Daerah (Sekda) Deli Serdang Darwin Zein di Medan.",
     [("Darwin Zein", "12.07"), ("Iswar Lubis", "12.71")]),
    ("Pemkot Medan dan Pemkab Deli Serdang sepakat bekerja sama. MoU tersebut ditandatangani Sekda Medan "
     "Wiriya Alrahman dan Bupati Deli Serdang Ashari Tambunan, Kepala Bappeda Medan Benny Iskandar.",
     [("Ashari Tambunan", "12.07"), ("Wiriya Alrahman", "12.71")]),
])
def test_signers_named_after_a_passive_signing_or_as_the_other_party(text, want):
    (a,) = _one(text)
    assert _signers(a) == want


@pytest.mark.parametrize("signing, want", [
    # a signer named in full before, named again by one word of the name
    ("Penandatanganan dilakukan Bobby bersama Bupati Deli Serdang Ashari Tambunan.",
     [("Ashari Tambunan", "12.07"), ("Bobby Nasution", "12.71")]),
    # a word two officials' names share names neither of them
    ("Penandatanganan dilakukan Iskandar bersama Bupati Deli Serdang Ashari Tambunan.",
     [("Ashari Tambunan", "12.07")]),
    # a word of a longer name is someone else's name
    ("Penandatanganan dilakukan Bobby Rahman bersama Bupati Deli Serdang Ashari Tambunan.",
     [("Ashari Tambunan", "12.07")]),
])
def test_a_signer_named_again_by_one_word_of_the_name(signing, want):
    text = ("Pemkot Medan dan Pemkab Deli Serdang sepakat bekerja sama bidang perhubungan. Wali Kota Medan Bobby "
            "Nasution hadir bersama Kepala Bappeda Medan Benny Iskandar dan Kepala Dinas Perhubungan Medan "
            f"Iswar Iskandar. {signing}")
    (a,) = _one(text)
    assert _signers(a) == want


@pytest.mark.parametrize("middle, mou, pks", [
    # the Kesepakatan the signing word follows is the one they signed, not the PKS the sentence opens with
    ("PKS itu tindak lanjut Kesepakatan Bersama yang diteken Wali Kota Medan Bobby Nasution dan Bupati Deli "
     "Serdang Ashari Tambunan pada Juni lalu.", [("Ashari Tambunan", "12.07"), ("Bobby Nasution", "12.71")], []),
    ("Kesepakatan Bersama itu kini ditindaklanjuti dengan penandatanganan PKS oleh Wali Kota Medan Bobby "
     "Nasution dan Bupati Deli Serdang Ashari Tambunan.", [], [("Ashari Tambunan", "12.07"), ("Bobby Nasution", "12.71")]),
])
def test_signers_sign_the_document_their_signing_word_names(middle, mou, pks):
    text = ("Pemkot Medan dan Pemkab Deli Serdang menandatangani PKS air minum, Kamis (7/11/2024), sebagai tindak "
            "lanjut Kesepakatan Bersama. " + middle)
    got = {a["kind"]: _signers(a) for a in _one(text)}
    assert (got["mou"], got["pks"]) == (mou, pks)


@pytest.mark.parametrize("signing, want", [
    # an official named again by name alone signs as the office he was named with
    ("Kesepakatan ditandatangani Apriyadi Mahmud dan Pj Bupati Banyuasin Hani Syopiar Rustam.",
     [("Apriyadi Mahmud", "16.06"), ("Hani Syopiar Rustam", "16.07")]),
    ("Kesepakatan ditandatangani Pj Bupati Banyuasin Hani Syopiar Rustam, disaksikan Apriyadi Mahmud.",
     [("Hani Syopiar Rustam", "16.07")]),
])
def test_an_official_named_again_by_name_alone_signs_or_witnesses(signing, want):
    text = ("Pemkab Musi Banyuasin dan Pemkab Banyuasin meneken Kesepakatan Bersama jalan perbatasan. "
            "Pj Bupati Musi Banyuasin Apriyadi Mahmud menyebut jalan itu rusak berat. " + signing)
    (a,) = _one(text)
    assert _signers(a) == want


def test_guest_before_whom_it_is_signed_is_no_party():
    (a,) = _one("Bupati Sleman Kustini menandatangani MoU dengan Pemkot Yogyakarta di hadapan Gubernur DIY "
                "Sri Sultan Hamengku Buwono X.")
    assert (a["parties"], _signers(a)) == (["34.04", "34.71"], [("Kustini", "34.04")])


def test_host_signs_with_each_head_listed_and_each_pair_keeps_its_scope():
    text = ("Gubernur Kalimantan Timur Isran Noor menandatangani kesepakatan bersama dengan tiga kepala daerah, "
            "masing-masing Bupati Kutai Kartanegara Edi Damansyah, Wali Kota Samarinda Andi Harun dan Wali Kota "
            "Balikpapan Rahmad Mas'ud. Kesepakatan dengan Kukar meliputi bidang pertanian dan ketahanan pangan, "
            "dengan Samarinda tentang penanganan banjir dan persampahan, sementara dengan Balikpapan tentang "
            "penyediaan air bersih dan angkutan umum.")
    got = sorted((a["parties"], a["kind"], a["sectors"], _signers(a)) for a in _one(text))
    assert got == [
        (["64", "64.02"], "mou", ["pangan", "pertanian"], [("Edi Damansyah", "64.02"), ("Isran Noor", "64")]),
        (["64", "64.71"], "mou", ["pekerjaan-umum", "perhubungan"], [("Isran Noor", "64"), ("Rahmad Mas'ud", "64.71")]),
        (["64", "64.72"], "mou", ["lingkungan-hidup", "pekerjaan-umum"], [("Andi Harun", "64.72"), ("Isran Noor", "64")]),
    ]


def test_joint_memorandum_of_three_named_after_antara():
    text = "Nota kesepahaman antara Pemkab Sleman, Pemkab Bantul dan Pemkot Yogyakarta ditandatangani Senin (4/3/2024)."
    assert [(a["parties"], a["kind"], a["signed_on"]) for a in _one(text)] == [
        (["34.02", "34.04", "34.71"], "mou", "2024-03-04")]


@pytest.mark.parametrize("published, said, want", [
    ("12 April 2024", "pada 12 Maret lalu", "2024-03-12"),
    ("5 Januari 2025", "pada 12 Desember lalu", "2024-12-12"),  # a signing reported is in the past
    (None, "pada 12 Maret lalu", None),
])
def test_day_and_month_written_out_take_the_year_of_the_article(published, said, want):
    text = (f"{published}\n\n" if published else "") + \
        f"Pemkab Agam dan Pemkot Bukittinggi menandatangani kesepakatan bersama {said}."
    assert _one(text)[0]["signed_on"] == want


@pytest.mark.parametrize("published, said, want", [
    ("Rabu, 21 Agustus 2024", "kemarin", "2024-08-20"),
    ("Rabu, 21 Agustus 2024", "kemarin lusa", "2024-08-19"),
    ("Rabu, 21 Agustus 2024", "hari ini", "2024-08-21"),
    ("Rabu, 21 Agustus 2024", "pada Senin lalu", "2024-08-19"),
    ("Rabu, 21 Agustus 2024", "Rabu lalu", "2024-08-14"),  # the Wednesday before, not the article's own
    ("Rabu, 21 Agustus 2024", "pada Kamis (15/8) kemarin", "2024-08-15"),  # the date written wins
    ("Rabu, 21 Agustus 2024", "pekan lalu", None),  # a week, not a day
    ("Rabu, 21 Agustus 2024", "minggu lalu", None),  # as often "last week" as "last Sunday"
    (None, "kemarin", None),  # nothing to count back from
    # the dateline's bare weekday: the article's own day, or the last such day before it
    ("Rabu, 21 Agustus 2024", "di Kantor Bupati Kupang, Oelamasi, Rabu", "2024-08-21"),
    ("Rabu, 21 Agustus 2024", "di Kupang, Senin", "2024-08-19"),
    ("Rabu, 21 Agustus 2024", "pada Minggu", "2024-08-18"),
    ("Rabu, 21 Agustus 2024", "dalam satu minggu", None),  # a week
    ("Rabu, 21 Agustus 2024", "pada Senin mendatang", None),  # a day to come
])
def test_a_day_told_from_the_article_date(published, said, want):
    text = (f"{published}\n\n" if published else "") + \
        f"Pemkot Kupang dan Pemkab Kupang menandatangani kesepakatan bersama {said}."
    assert _one(text)[0]["signed_on"] == want


def test_a_span_up_to_today_is_no_signing_day():
    text = ("Rabu, 21 Agustus 2024\n\nPemkot Kupang dan Pemkab Kupang menandatangani kesepakatan bersama "
            "yang berlaku hingga hari ini.")
    assert _one(text)[0]["signed_on"] is None


@pytest.mark.parametrize("follow_up", [
    "PKS turunan ditargetkan selesai akhir tahun.",
    "Saat ini draf perjanjian kerja sama sedang disusun.",
    "Perjanjian kerja sama teknis masih dibahas oleh dinas terkait.",
    "Kesepakatan ini akan ditindaklanjuti dengan PKS bidang kesehatan yang drafnya sedang disusun.",
])
def test_follow_up_drafted_targeted_or_discussed_is_a_plan_not_a_signed_pks(follow_up):
    text = ("Pemkab Kampar dan Pemko Pekanbaru menandatangani Kesepakatan Bersama bidang perhubungan, "
            f"Rabu (5/9/2024). {follow_up}")
    got = sorted((a["parties"], a["kind"], a["signed_on"]) for a in _one(text))
    assert got == [(["14.01", "14.71"], "mou", "2024-09-05"), (["14.01", "14.71"], "plan", None)]


@pytest.mark.parametrize("follow_up", [
    "Kesepakatan ini akan ditindaklanjuti dengan perjanjian kerja sama antar-OPD.",
    "Kesepakatan ini masih payung. Nanti turunannya berupa perjanjian kerja sama per bidang.",
    "Kesepakatan Bersama akan dijabarkan dalam perjanjian kerja sama oleh perangkat daerah teknis.",
    "Dalam waktu dekat, perangkat daerah kedua pemerintahan akan menyusun PKS sebagai tindak lanjut. "
    "Sekda diminta mengawal sampai ke PKS.",
    "Dinas akan mendata kebutuhan pangan harian untuk dijadikan dasar perjanjian kerja sama teknis.",
    '"Dengan MoU ini, alurnya jelas. Nanti dinas kesehatan kedua daerah menyusun PKS-nya," kata Sekda.',
    "Tim teknis kedua daerah akan segera menyusun perjanjian kerja sama untuk tiap bidang.",
])
def test_follow_up_told_as_the_course_of_every_mou_is_no_plan(follow_up):
    # the PKS every MoU is to have, with no draft, target or date of its own: the MoU alone
    text = ("Pemkab Kampar dan Pemko Pekanbaru menandatangani Kesepakatan Bersama bidang perhubungan, "
            f"Rabu (5/9/2024). {follow_up}")
    got = sorted((a["parties"], a["kind"], a["signed_on"]) for a in _one(text))
    assert got == [(["14.01", "14.71"], "mou", "2024-09-05")]


def test_pks_announced_then_signed_is_one_signed_pks():
    text = ("Pemkab Kampar dan Pemko Pekanbaru akan menandatangani perjanjian kerja sama. Pemkab Kampar dan "
            "Pemko Pekanbaru menandatangani perjanjian kerja sama tersebut, Rabu (5/9/2024).")
    assert [(a["kind"], a["signed_on"]) for a in _one(text)] == [("pks", "2024-09-05")]


def test_agreeing_to_cooperate_without_a_document_is_a_plan():
    got = _one("Pemkot Padang dan Pemkab Padang Pariaman sepakat bekerja sama dalam pengelolaan sampah.")
    assert [(a["parties"], a["kind"], a["sectors"]) for a in got] == [(["13.05", "13.71"], "plan", ["lingkungan-hidup"])]


def _officials_of(text):
    return sorted((o["title"], o["name"], o["region"]) for o in extract_text(text, id="t")["officials"])


@pytest.mark.parametrize("text", [
    "Wali Kota Bandung Yana Mulyana dan Wali Kota Braunschweig Thorsten Kornblum menandatangani perpanjangan "
    "kerja sama sister city di Balai Kota Bandung.",
    "Pemkot Bandung menjalin kerja sama dengan Kota Braunschweig, Jerman. Wali Kota Braunschweig Thorsten "
    "Kornblum hadir bersama Wali Kota Bandung Yana Mulyana.",
])
def test_head_of_a_city_abroad_is_no_official_of_ours(text):
    assert _officials_of(text) == [("Wali Kota", "Yana Mulyana", "32.73")]
    assert _one(text) == []


def test_sister_city_is_no_agreement_between_our_regions():
    text = ("Pemkot Surabaya dan Pemprov Jawa Timur mendampingi penandatanganan sister city antara Surabaya dan "
            "Kochi. Wali Kota Kochi Seiji Kuwana hadir.")
    assert _one(text) == [] and _officials_of(text) == []


def test_acting_deputy_and_unit_titles():
    text = ("Plt Bupati Sleman Danang Maharsa menandatangani MoU dengan Wakil Wali Kota Yogyakarta Heroe Poerwadi. "
            "Hadir Kadis Kominfo Sleman Eka Suryo Prihantoro.")
    assert _officials_of(text) == [("Kadis Kominfo", "Eka Suryo Prihantoro", "34.04"),
                                   ("Plt Bupati", "Danang Maharsa", "34.04"),
                                   ("Wakil Wali Kota", "Heroe Poerwadi", "34.71")]


@pytest.mark.parametrize("scope, want", [
    ("penanganan banjir dan drainase", ["pekerjaan-umum"]),
    ("penyediaan air bersih melalui SPAM regional", ["pekerjaan-umum"]),
    ("pengelolaan persampahan di TPST", ["lingkungan-hidup"]),
    ("angkutan umum dan bus antarkota", ["perhubungan"]),
    ("kesehatan hewan dan ketahanan pangan", ["pangan", "pertanian"]),
    ("penyediaan lahan untuk kantor pemerintahan", ["pertanahan"]),
    ("retribusi dan pengangkutan sampah", ["lingkungan-hidup"]),
    ("perdagangan hasil perikanan antarpulau", ["perdagangan"]),
])
def test_common_scope_words(scope, want):
    text = f"Pemkab Sleman dan Pemkot Yogyakarta menandatangani perjanjian kerja sama tentang {scope}."
    assert [a["sectors"] for a in _one(text)] == [want]


_SIGNED = "Pemkab Sleman dan Pemkot Yogyakarta menandatangani kesepakatan bersama, Senin (4/3/2024). "


@pytest.mark.parametrize("then, want", [
    ("Ruang lingkupnya meliputi pariwisata dan angkutan umum.", ["pariwisata", "perhubungan"]),
    ("Cakupannya antara lain pengelolaan sampah.", ["lingkungan-hidup"]),
    ("Adapun ruang lingkup yang disepakati adalah pendidikan.", ["pendidikan"]),
    # coverage, not the scope of the agreement
    ("Cakupan layanan air minum di Sleman baru 70 persen.", []),
    # the content of the agreement just told; of a letter just told, not the agreement's
    ("Isinya mencakup penyediaan air minum dan persampahan.", ["lingkungan-hidup", "pekerjaan-umum"]),
    ("Wali Kota Yogyakarta lalu menerima surat warga. Isinya tentang perbaikan jalan.", []),
])
def test_a_sentence_about_the_scope_needs_no_agreement_word(then, want):
    assert [a["sectors"] for a in _one(_SIGNED + then)] == [want]


@pytest.mark.parametrize("then, want", [
    ("Kerja sama itu difokuskan pada penanganan banjir.", ["pekerjaan-umum"]),
    ("Kesepakatan ini berfokus pada ketahanan pangan.", ["pangan"]),
    ("Kesepakatan itu juga mengatur layanan ambulans.", ["kesehatan"]),
    ("Kesepakatan tersebut menyangkut pengembangan pariwisata.", ["pariwisata"]),
])
def test_verbs_that_tell_what_an_agreement_covers(then, want):
    assert [a["sectors"] for a in _one(_SIGNED + then)] == [want]


@pytest.mark.parametrize("then, want", [
    ("Kedua daerah sepakat mengembangkan pariwisata serta memperbaiki jalan perbatasan.",
     ["pariwisata", "pekerjaan-umum"]),
    ("Keduanya juga sepakat untuk memperkuat ketahanan pangan.", ["pangan"]),
    ("Pemkab Sleman dan Pemkot Yogyakarta sepakat mengembangkan angkutan umum.", ["perhubungan"]),
    # not agreed, or one head's opinion: no field of the agreement
    ("Keduanya belum sepakat membangun jalan perbatasan.", []),
    ("Bupati Sleman sepakat mendukung program ketahanan pangan nasional.", []),
])
def test_what_the_parties_agree_to_do(then, want):
    assert [a["sectors"] for a in _one(_SIGNED + then)] == [want]


def test_items_of_an_announced_list_of_fields():
    text = _SIGNED + ("Ada dua bidang dalam kesepakatan itu. Pertama, penyediaan air minum bagi warga. Kedua, "
                      "pengelolaan sampah di perbatasan.")
    assert [a["sectors"] for a in _one(text)] == [["lingkungan-hidup", "pekerjaan-umum"]]
    # an ordinal after a sentence that names no scope lists something else
    text = _SIGNED + "Bupati Sleman menyampaikan dua hal. Pertama, jalan di perbatasan rusak."
    assert [a["sectors"] for a in _one(text)] == [[]]


def test_what_the_document_holds_after_dalam_it():
    text = _SIGNED + "Dalam kesepakatan tersebut, kedua daerah saling membantu penanggulangan bencana."
    assert [a["sectors"] for a in _one(text)] == [["trantibum"]]
    text = _SIGNED + "Dalam kesempatan itu, Bupati Sleman bercerita soal penanggulangan bencana."
    assert [a["sectors"] for a in _one(text)] == [[]]


@pytest.mark.parametrize("then, want", [
    # the aim of the fields named is no field of its own
    ("Kerja sama meliputi ketahanan pangan untuk memasok kebutuhan pekerja konstruksi.", ["pangan"]),
    ("Kerja sama meliputi pariwisata agar pendapatan nelayan naik.", ["pariwisata"]),
    # ... unless the aim is all the scope names
    ("Kesepakatan tentang upaya bersama untuk meningkatkan pelayanan kesehatan.", ["kesehatan"]),
    # ... which runs to the next item of the list, a field named by its work
    ("Ruang lingkupnya meliputi penyediaan air baku untuk memenuhi kebutuhan warga, penyelenggaraan angkutan "
     "umum, serta penerimaan peserta didik baru.", ["pekerjaan-umum", "pendidikan", "perhubungan"]),
    ("Kerja sama meliputi pengembangan pertanian untuk meningkatkan ketahanan pangan, pariwisata dan perdagangan.",
     ["pertanian"]),
    # the named end of a route is a place; it tells the field only when nothing else does
    ("Kerja sama meliputi perpanjangan rute bus hingga ke Pasar Beringharjo dan Stasiun Tugu.", ["perhubungan"]),
    ("Kerja sama meliputi perpanjangan trayek hingga ke Terminal Giwangan.", ["perhubungan"]),
])
def test_fields_of_a_scope_without_its_aim_or_the_end_of_a_route(then, want):
    assert [a["sectors"] for a in _one(_SIGNED + then)] == [want]


def test_numbered_pks_each_take_their_own_fields():
    text = ("Pemkab Sleman dan Pemkot Yogyakarta menandatangani dua perjanjian kerja sama, Senin (4/3/2024). "
            "PKS pertama mengatur angkutan umum antarwilayah. PKS kedua menyangkut pengelolaan sampah rumah tangga.")
    assert [(a["kind"], a["sectors"]) for a in _one(text)] == [("pks", ["perhubungan"]),
                                                                ("pks", ["lingkungan-hidup"])]
    # "PKS kedua daerah" is the PKS of both regions: each field to one PKS, as the count fits
    text = ("Pemkab Sleman dan Pemkot Yogyakarta menandatangani dua perjanjian kerja sama, Senin (4/3/2024). "
            "PKS kedua daerah itu mengatur angkutan umum dan pengelolaan sampah.")
    assert [(a["kind"], a["sectors"]) for a in _one(text)] == [("pks", ["perhubungan"]),
                                                                ("pks", ["lingkungan-hidup"])]


def test_per_pair_fields_written_before_each_partner():
    text = ("Pemprov Kalimantan Timur menandatangani kesepakatan bersama dengan Pemkab Kutai Kartanegara, Pemkot "
            "Samarinda dan Pemkot Balikpapan. Kerja sama bidang pertanian dengan Kukar, penanganan banjir dengan "
            "Samarinda, serta angkutan umum dengan Balikpapan.")
    got = sorted((a["parties"], a["sectors"]) for a in _one(text))
    assert got == [(["64", "64.02"], ["pertanian"]), (["64", "64.71"], ["perhubungan"]),
                   (["64", "64.72"], ["pekerjaan-umum"])]


def test_heads_of_offices_sign_the_pks_named_just_before():
    text = ("Bupati Sukoharjo Etik Suryani dan Wali Kota Surakarta Gibran Rakabuming Raka menandatangani kesepakatan "
            "bersama, Senin (4/3/2024). Selain itu, perjanjian kerja sama bidang perhubungan juga ditandatangani. "
            "Penandatanganan dilakukan Kepala Dinas Perhubungan Kota Surakarta Taufiq Muhammad dan Kepala Dinas "
            "Perhubungan Kabupaten Sukoharjo Toni Sri Buntoro di Balai Kota Surakarta.")
    got = {a["kind"]: _signers(a) for a in _one(text)}
    assert got == {"mou": [("Etik Suryani", "33.11"), ("Gibran Rakabuming Raka", "33.72")],
                   "pks": [("Taufiq Muhammad", "33.72"), ("Toni Sri Buntoro", "33.11")]}


def test_one_list_of_fields_after_all_partners_is_shared():
    text = ("Gubernur Sumatera Barat Mahyeldi menandatangani nota kesepakatan dengan Gubernur Riau Syamsuar dan "
            "Gubernur Jambi Al Haris tentang konektivitas jalan.")
    assert sorted((a["parties"], a["sectors"]) for a in _one(text)) == [
        (["13", "14"], ["pekerjaan-umum"]), (["13", "15"], ["pekerjaan-umum"])]


def test_holder_named_after_dari_is_a_person_not_a_place():
    text = ("Pemkot Samarinda menerima bantuan dari Andi Harun. Wali Kota Andi Harun menandatangani MoU dengan "
            "Pemkab Kutai Kartanegara.")
    assert _officials_of(text) == [("Wali Kota", "Andi Harun", "64.72")]


@pytest.mark.parametrize("text, want", [
    ("Pemkot Padang dan Pemkab Pesisir Selatan akan menandatangani MoU kerja sama pariwisata. Penandatanganan "
     "dijadwalkan pekan depan.", [("plan", ["pariwisata"])]),
    ("Pemkot Padang dan Pemkab Pesisir Selatan telah meneken MoU pada 2023. Kini keduanya tengah menyusun "
     "perjanjian kerja sama bidang pariwisata.", [("mou", []), ("plan", ["pariwisata"])]),
    ("Pemkab Lebak dan Pemkab Pandeglang menandatangani MoU yang akan menjadi dasar kerja sama persampahan.",
     [("mou", ["lingkungan-hidup"])]),
    # the signing noun, who signs, then its schedule
    ("Pemprov Jambi dan Pemprov Bengkulu membahas kerja sama pariwisata. Penandatanganan Kesepakatan Bersama "
     "oleh kedua gubernur ditargetkan pada Agustus 2025.", [("plan", ["pariwisata"])]),
])
def test_a_document_still_to_come_is_the_plan_and_takes_its_fields(text, want):
    assert sorted((a["kind"], a["sectors"]) for a in _one(text)) == want


def test_two_partners_of_a_hub_who_signed_together_keep_their_own_agreement():
    text = ("Pemprov Riau menandatangani MoU dengan Pemkab Kampar dan Pemkot Pekanbaru, Senin (4/3/2024). "
            "Sebelumnya, Pemkab Kampar dan Pemkot Pekanbaru telah menandatangani kesepakatan bersama bidang "
            "perhubungan.")
    assert sorted((a["parties"], a["sectors"]) for a in _one(text)) == [
        (["14", "14.01"], []), (["14", "14.71"], []), (["14.01", "14.71"], ["perhubungan"])]


@pytest.mark.parametrize("text, want", [
    ("Wali Kota Makassar Moh. Ramdhan Pomanto dan Bupati Gowa Adnan Purichta Ichsan menandatangani kesepakatan "
     "bersama.", [("Bupati", "Adnan Purichta Ichsan", "73.06"), ("Wali Kota", "Moh. Ramdhan Pomanto", "73.71")]),
    ("Bupati Gowa Drs. H. Moh. Yamin, M.Si dan Wali Kota Makassar Muh. Yusuf SE menandatangani MoU.",
     [("Bupati", "Moh. Yamin", "73.06"), ("Wali Kota", "Muh. Yusuf", "73.71")]),
    ("Kerja sama itu diteken Bupati Cilacap Abd. Rahman. Wali Kota Tegal Sy. Ahmad hadir.",
     [("Bupati", "Abd. Rahman", "33.01"), ("Wali Kota", "Sy. Ahmad", "33.76")]),
])
def test_given_names_written_short_with_a_period_are_part_of_the_name(text, want):
    assert _officials_of(text) == want
    # the period of "Moh." ends no sentence: the signing sentence still names both signers
    if "Moh. Ramdhan" in text:
        assert _signers(_one(text)[0]) == [("Adnan Purichta Ichsan", "73.06"), ("Moh. Ramdhan Pomanto", "73.71")]


@pytest.mark.parametrize("text, want", [
    ("Kepala Bappedalitbang Cilacap Budi Santosa mengatakan Pemkab Cilacap dan Pemkab Banyumas sepakat bekerja sama.",
     [("Kepala Bappedalitbang", "Budi Santosa", "33.01")]),
    ("Hadir Kepala Bapperida Banyumas Rina Wati, Kepala Barenlitbangda Kabupaten Cilacap Joko Susilo, Kepala BPBD "
     "Kota Tegal Agus Salim dan Kepala Diskominfo Banyumas Tri Wahyudi.",
     [("Kepala BPBD", "Agus Salim", "33.76"), ("Kepala Bapperida", "Rina Wati", "33.02"),
      ("Kepala Barenlitbangda", "Joko Susilo", "33.01"), ("Kepala Diskominfo", "Tri Wahyudi", "33.02")]),
    ("Kepala Badan Pendapatan Daerah Kota Makassar Andi Rahman dan Kepala Disdukcapil Gowa Ahmad Yani hadir. "
     "Kepala BPJS Kesehatan Gowa Ali Baba juga hadir.",
     [("Kepala Badan Pendapatan Daerah", "Andi Rahman", "73.71"), ("Kepala Disdukcapil", "Ahmad Yani", "73.06")]),
])
def test_heads_of_regional_offices_named_by_acronym(text, want):
    assert _officials_of(text) == want


def test_place_names_inside_a_road_or_bridge_name_and_guests_are_no_parties():
    text = ("Sumbar dan Riau Teken Nota Kesepakatan Percepatan Jalan Tol Padang-Pekanbaru\n\n"
            "Pemerintah Provinsi Sumatera Barat dan Pemerintah Provinsi Riau menandatangani nota kesepakatan tentang "
            "percepatan pembangunan infrastruktur jalan dan Jalan Tol Padang-Pekanbaru. Penandatanganan dilakukan "
            "Gubernur Sumbar Mahyeldi dan Gubernur Riau Syamsuar di Gedung Daerah Riau, Kamis (16/3/2023). Wali Kota "
            "Pekanbaru Muflihun turut hadir dalam acara itu.")
    (a,) = _one(text)
    assert (a["parties"], a["kind"], a["signed_on"]) == (["13", "14"], "mou", "2023-03-16")
    assert _signers(a) == [("Mahyeldi", "13"), ("Syamsuar", "14")]
    assert ("Wali Kota", "Muflihun", "14.71") in _officials_of(text)


@pytest.mark.parametrize("text", [
    "Pemprov Jambi dan Pemprov Riau menandatangani MoU pembangunan ruas tol Jambi - Pekanbaru dan jembatan "
    "Batam-Bintan. Bupati Kampar juga hadir.",
    "Pemprov Jambi dan Pemprov Riau menandatangani MoU. Turut hadir dalam penandatanganan itu Wali Kota "
    "Pekanbaru Muflihun dan Bupati Kampar Kamsol.",
    "Gubernur Jambi Al Haris dan Gubernur Riau Syamsuar menandatangani nota kesepakatan, turut hadir Wali Kota "
    "Pekanbaru Muflihun.",
    "Wali Kota Pekanbaru Muflihun juga menghadiri penandatanganan nota kesepakatan Pemprov Jambi dan Pemprov Riau.",
    "Penandatanganan MoU Pemprov Jambi dan Pemprov Riau dihadiri Wali Kota Pekanbaru Muflihun dan Bupati Kampar.",
])
def test_guests_of_a_signing_and_places_on_a_route_are_no_parties(text):
    assert [a["parties"] for a in _one(text)] == [["14", "15"]]


def test_cooperation_between_two_places_written_with_a_dash_keeps_both():
    text = "Pemkab Kampar dan Pemkot Pekanbaru menandatangani MoU kerja sama Kampar-Pekanbaru bidang transportasi."
    assert [a["parties"] for a in _one(text)] == [["14.01", "14.71"]]


def test_representative_of_a_guest_head_who_also_agrees_signs_for_that_region():
    text = ("Pemkab Sleman dan Pemkab Bantul melakukan Kesepakatan Bersama tentang pariwisata. Penandatanganan "
            "dilakukan oleh Bupati Sleman Kustini dan Bupati Bantul Abdul Halim Muslih, Senin 4/3/2024. Hadir pula "
            "Bupati Gunungkidul yang diwakili Sekretaris Daerah Sri Suhartanta beserta jajaran, yang pada kesempatan "
            "itu juga melakukan kesepakatan dengan Pemkab Bantul.")
    got = sorted((a["parties"], _signers(a)) for a in _one(text))
    assert got == [(["34.02", "34.03"], [("Sri Suhartanta", "34.03")]),
                   (["34.02", "34.04"], [("Abdul Halim Muslih", "34.02"), ("Kustini", "34.04")])]


@pytest.mark.parametrize("text, want", [
    ("Bupati Kampar Kamsol didampingi Sekda Kampar Ahmad Yuzar menandatangani MoU dengan Wali Kota Pekanbaru "
     "Muflihun.", [("Kamsol", "14.01"), ("Muflihun", "14.71")]),
    ("Penandatanganan MoU dilakukan Bupati Kampar Kamsol dan Wali Kota Pekanbaru Muflihun, turut hadir Sekda Kampar "
     "Ahmad Yuzar.", [("Kamsol", "14.01"), ("Muflihun", "14.71")]),
])
def test_who_accompanies_or_attends_does_not_sign_and_the_partner_after_them_does(text, want):
    (a,) = _one(text)
    assert _signers(a) == want


def test_heads_attending_the_signing_of_their_own_agreement_are_its_parties():
    text = ("Bupati Kampar Kamsol dan Wali Kota Pekanbaru Muflihun menghadiri penandatanganan kesepakatan bersama "
            "kedua daerah oleh Sekda masing-masing.")
    assert [(a["parties"], a["kind"]) for a in _one(text)] == [(["14.01", "14.71"], "mou")]
    text = "Gubernur Riau Syamsuar menandatangani MoU tersebut, turut hadir Wali Kota Pekanbaru Muflihun."
    assert _one(text) == []


@pytest.mark.parametrize("text, want", [
    ("Kepala Dinas Tanaman Pangan Hortikultura dan Perkebunan Kabupaten Cilacap Budi Santosa hadir.",
     ("Kepala Dinas Tanaman Pangan Hortikultura dan Perkebunan", "Budi Santosa", "33.01")),
    ("Kepala Badan Riset dan Inovasi Daerah Cilacap Budi Santosa hadir.",
     ("Kepala Badan Riset dan Inovasi Daerah", "Budi Santosa", "33.01")),
    ("Kepala Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah (Bappelitbangda) Banyumas Tri Wahyudi "
     "hadir.", ("Kepala Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah", "Tri Wahyudi", "33.02")),
    ("Kepala Dinas Koperasi, UKM dan Perdagangan Kota Tegal Agus Salim hadir.",
     ("Kepala Dinas Koperasi, UKM dan Perdagangan", "Agus Salim", "33.76")),
])
def test_head_of_an_office_whose_long_name_runs_up_to_the_region(text, want):
    assert _officials_of(text) == [want]


@pytest.mark.parametrize("follow_up, kinds", [
    ("Bupati Sleman berharap kesepakatan ini segera ditindaklanjuti dengan perjanjian kerja sama.",
     ["mou"]),
    ("Perjanjian kerja sama turunannya ditargetkan selesai akhir tahun.", ["mou", "plan"]),
])
def test_a_wished_follow_up_is_no_plan_a_targeted_one_is(follow_up, kinds):
    text = ("Pemkab Sleman dan Pemkot Yogyakarta menandatangani Kesepakatan Bersama tentang "
            "pengelolaan sampah, Senin (3/6/2024). " + follow_up)
    rec = extract_text(text, id="x")
    assert sorted(a["kind"] for a in rec["agreements"]) == kinds
    assert {tuple(a["parties"]) for a in rec["agreements"]} == {("34.04", "34.71")}


@pytest.mark.parametrize("text, kinds", [
    ("Pemkab Kampar dan Pemko Pekanbaru menandatangani Kesepakatan Bersama yang diteken di Pekanbaru, "
     "sedangkan PKS akan disusun bulan depan.", ["mou", "plan"]),
    ("Pemkab Kampar dan Pemko Pekanbaru menandatangani PKS, ditandatangani langsung kedua kepala daerah "
     "dan segera dibahas rinciannya.", ["pks"]),
])
def test_a_document_signed_before_a_future_word_stays_signed(text, kinds):
    # the future word ("akan disusun", "segera dibahas") comes after the document's own signing
    assert sorted(a["kind"] for a in extract_text(text, id="x")["agreements"]) == kinds


@pytest.mark.parametrize("text", [
    # the bracketed acronym names the same document as the term before it, still being drafted
    "Pemkab Kampar dan Pemko Pekanbaru menandatangani Kesepakatan Bersama, Rabu (5/9/2024). Kini keduanya "
    "menyusun perjanjian kerja sama (PKS) bidang perhubungan.",
    # a drafting word after a second document is said of that one, not of the one signed
    "Pemkab Kampar menandatangani MoU dengan Pemkot Pekanbaru, Rabu (5/9/2024), sedangkan PKS bidang "
    "perhubungan akan disusun bulan depan.",
])
def test_the_document_being_drafted_is_the_plan_and_the_signed_one_stays_signed(text):
    assert sorted((a["kind"], a["signed_on"]) for a in _one(text)) == [("mou", "2024-09-05"), ("plan", None)]


@pytest.mark.parametrize("text, kinds", [
    ("Pemkab Sleman dan Pemkot Yogyakarta menargetkan kesepakatan bersama dapat ditandatangani pada Juni "
     "mendatang.", [("plan", None)]),
    ("Kesepakatan bersama Pemkab Sleman dan Pemkot Yogyakarta diteken pekan depan.", [("plan", None)]),
    # "di depan" a person and a term that runs on into the years to come: signed
    ("Pemkab Sleman dan Pemkot Yogyakarta menandatangani kesepakatan bersama di depan para camat, "
     "Senin (3/6/2024).", [("mou", "2024-06-03")]),
    ("Pemkab Sleman dan Pemkot Yogyakarta meneken kesepakatan bersama, Senin (3/6/2024), yang berlaku lima "
     "tahun mendatang.", [("mou", "2024-06-03")]),
    ("Kesepakatan bersama Pemkab Sleman dan Pemkot Yogyakarta yang diteken berlaku hingga tahun depan.",
     [("mou", None)]),
])
def test_a_signing_on_a_day_still_to_come_is_a_plan(text, kinds):
    assert sorted((a["kind"], a["signed_on"]) for a in _one(text)) == kinds


@pytest.mark.parametrize("text, kinds", [
    # the PKS named in the headline and after the draft is that draft
    ("Pemkab Sleman dan Pemkot Yogyakarta Bahas PKS Layanan Rujukan\n\nPemkab Sleman dan Pemkot Yogyakarta "
     "menandatangani Kesepakatan Bersama, Senin (3/6/2024). Draf PKS bidang kesehatan kini sedang dibahas. "
     "PKS itu mengatur layanan rujukan.", ["mou", "plan"]),
    # a signing that names no document leaves the PKS named after it signed; another PKS, of a field of
    # its own, being drafted is a plan beside it
    ("Pemkab Sleman dan Pemkot Yogyakarta menandatangani kerja sama pengelolaan sampah, Senin (3/6/2024). "
     "Perjanjian kerja sama itu berlaku lima tahun. PKS lain bidang pendidikan sedang disusun.", ["pks", "plan"]),
])
def test_a_draft_named_again_stays_a_draft(text, kinds):
    assert sorted(a["kind"] for a in _one(text)) == kinds


@pytest.mark.parametrize("text, kinds", [
    # a signing supposed ("jika ...") or told as a step of what is to come ("setelah ..., baru ...")
    ('Pemkab Sleman dan Pemkot Yogyakarta menjajaki kerja sama air bersih. "Jika naskah kesepakatan bersama '
     'itu sudah ditandatangani, kami langsung bekerja," kata Bupati Sleman.', [("plan", None)]),
    ('Pemkab Sleman dan Pemkot Yogyakarta menjajaki kerja sama air bersih. "Setelah kesepakatan bersama '
     'diteken, baru disusun perjanjian kerja sama oleh dinas," kata Sekda Sleman.', [("plan", None)]),
    # the speaker's wish for what follows the signing
    ('Pemkab Sleman dan Pemkot Yogyakarta menjajaki kerja sama air bersih. "Setelah kesepakatan bersama '
     'diteken, kami dorong langsung ada PKS di bidang air minum," kata Sekda Sleman.', [("plan", None)]),
    # what follows "setelah" / "usai" a signing told as done
    ("Usai Kesepakatan Bersama diteken, Pemkab Sleman dan Pemkot Yogyakarta langsung menandatangani perjanjian "
     "kerja sama, Senin (3/6/2024).", [("mou", "2024-06-03"), ("pks", "2024-06-03")]),
    ("Setelah kesepakatan bersama diteken Pemkab Sleman dan Pemkot Yogyakarta, Senin (3/6/2024), kedua "
     "daerah berfoto bersama.", [("mou", "2024-06-03")]),
    ("Setelah kesepakatan bersama diteken hari ini, Pemkab Sleman dan Pemkot Yogyakarta akan menyusun PKS.",
     [("mou", None), ("plan", None)]),
    ("Usai penandatanganan kesepakatan bersama, Pemkab Sleman dan Pemkot Yogyakarta akan menyusun program.",
     [("mou", None)]),
    # a wish after a signing told as done, with its day, leaves it signed
    ('"Usai Kesepakatan Bersama diteken Pemkab Sleman dan Pemkot Yogyakarta, Senin (3/6/2024), kami dorong '
     'dinas segera menyusun program," kata Bupati Sleman.', [("mou", "2024-06-03")]),
    ('Pemkab Sleman dan Pemkot Yogyakarta menandatangani Kesepakatan Bersama, Senin (3/6/2024). "Usai '
     'kesepakatan diteken, kami dorong dinas segera bekerja," kata Bupati Sleman.', [("mou", "2024-06-03")]),
])
def test_a_signing_only_supposed_or_still_to_come_is_no_signing(text, kinds):
    assert sorted((a["kind"], a["signed_on"]) for a in _one(text)) == kinds


@pytest.mark.parametrize("gap", ["  ", "\t", " \t  "])
def test_spaces_or_a_tab_inside_kerja_sama_still_make_the_agreement(gap):
    text = f"Pemkab Kampar dan Pemko Pekanbaru menjalin kerja{gap}sama bidang pendidikan."
    record = extract_text(text, id="gap")
    assert [(a["kind"], a["parties"], a["sectors"]) for a in record["agreements"]] == [
        ("plan", ["14.01", "14.71"], ["pendidikan"])]


@pytest.mark.parametrize("text, want", [
    # a Minang adat title after the name ends it, and its period ends no sentence
    ("Pemkab Agam dan Pemko Bukittinggi meneken kesepakatan bersama. Kesepakatan ditandatangani oleh Wali Kota "
     "Bukittinggi, H. Erman Dt. Bagindo Kayo, S.E., dan Bupati Agam, Dr. Andri Warman, M.M.",
     [("Andri Warman", "13.06"), ("Erman", "13.75")]),
    ("Pemkab Agam dan Pemko Bukittinggi meneken MoU. MoU ditandatangani Bupati Agam Andri Warman Datuak "
     "Rajo Mudo dan Wali Kota Bukittinggi Erman Safar.", [("Andri Warman", "13.06"), ("Erman Safar", "13.75")]),
    # "Capt." is an honorific before the name, as "Ir." is
    ("Pemkot Ternate dan Pemkot Tidore Kepulauan meneken MoU. MoU ditandatangani Wali Kota Ternate Salim Umar "
     "dan Wali Kota Tidore Kepulauan Capt. H. Ali Ibrahim.", [("Ali Ibrahim", "82.72"), ("Salim Umar", "82.71")]),
])
def test_adat_titles_after_a_name_and_capt_before_it_are_no_part_of_the_name(text, want):
    (a,) = _one(text)
    assert _signers(a) == want
    assert sorted((o["name"], o["region"]) for o in extract_text(text, id="t")["officials"]) == want


@pytest.mark.parametrize("text, want", [
    ("Pemkab Tanah Laut (Tala) dan Pemkab Banjar meneken MoU. Bupati Tala Rahmat Hidayat hadir.",
     [("Bupati", "Rahmat Hidayat", "63.01")]),
    ("Pemkot Ternate dan Pemerintah Kota Tidore Kepulauan (Tikep) meneken MoU. Wali Kota Tikep, Ali Ibrahim, hadir.",
     [("Wali Kota", "Ali Ibrahim", "82.72")]),
])
def test_a_short_form_given_in_brackets_names_its_region_later_in_the_article(text, want):
    assert _officials_of(text) == want


def test_a_region_or_a_news_agency_in_brackets_is_no_short_form():
    text = ("Kupang (ANTARA) - Pemkot Kupang (Kupang) dan Pemkab Kupang (NTT) meneken MoU dengan PT Semen Padang "
            "(Persero). ANTARA mencatat Persero itu hadir pada Senin (Senin) lalu.")
    from kerjasama.loaders.gazetteer import find_mentions, with_short_forms
    assert with_short_forms(text, find_mentions(text)) == find_mentions(text)


@pytest.mark.parametrize("text, want", [
    # the next signer after the first one's name in its honorifics and degrees
    ("Pemkab Sleman dan Pemkot Yogyakarta meneken MoU. MoU diteken Pj Bupati Sleman, Dr. H. Andi Rahman Saleh, "
     "M.Si., dan Pj Wali Kota Yogyakarta, Ir. Hj. Siti Aminah Putri, M.T.",
     [("Andi Rahman Saleh", "34.04"), ("Siti Aminah Putri", "34.71")]),
    # a long list of signers, its items separated by semicolons
    ("Pemprov DIY, Pemkab Sleman dan Pemkot Yogyakarta menandatangani satu naskah kesepakatan bersama. Naskah "
     "ditandatangani Gubernur DIY, Dr. H. Budi Santoso, M.Si.; Wakil Bupati Sleman, Hj. Rina Wati, S.E., yang "
     "mewakili bupati; serta Wali Kota Yogyakarta, H. Agus Salim, S.T.",
     [("Agus Salim", "34.71"), ("Budi Santoso", "34"), ("Rina Wati", "34.04")]),
    # what follows a semicolon is no item of the list
    ("Pemkab Sleman dan Pemkot Yogyakarta meneken MoU. MoU diteken Bupati Sleman, Dr. Andi Rahman, M.Si.; "
     "sementara itu Wali Kota Yogyakarta Agus Salim menyampaikan sambutan.", [("Andi Rahman", "34.04")]),
])
def test_signers_listed_with_their_degrees_or_separated_by_semicolons(text, want):
    (a,) = [a for a in _one(text) if a["kind"] == "mou"]
    assert _signers(a) == want


@pytest.mark.parametrize("then, want", [
    ("Ketiga kepala daerah menandatangani satu naskah kesepakatan bersama. Mereka adalah Gubernur DIY Budi "
     "Santoso, Bupati Sleman Rina Wati dan Wali Kota Yogyakarta Agus Salim.",
     [("Agus Salim", "34.71"), ("Budi Santoso", "34"), ("Rina Wati", "34.04")]),
    ("Naskah kesepakatan diteken oleh ketiga sekda. Yakni Sekda DIY Budi Santoso; Sekda Sleman Rina Wati; "
     "dan Sekda Kota Yogyakarta Agus Salim.",
     [("Agus Salim", "34.71"), ("Budi Santoso", "34"), ("Rina Wati", "34.04")]),
    # the ones listed are the witnesses of the signing, not its signers
    ("Penandatanganan kesepakatan bersama disaksikan tiga pejabat. Mereka adalah Gubernur DIY Budi Santoso, "
     "Bupati Sleman Rina Wati dan Wali Kota Yogyakarta Agus Salim.", []),
])
def test_signers_listed_in_a_sentence_of_their_own_after_the_signing(then, want):
    text = "Pemprov DIY, Pemkab Sleman dan Pemkot Yogyakarta bekerja sama mengelola sampah regional. " + then
    (a,) = _one(text)
    assert _signers(a) == want


@pytest.mark.parametrize("then, want", [
    # each PKS told with its own signers: each pair signs one
    ("PKS pertama tentang angkutan ditandatangani Kepala Dinas Perhubungan Sleman Rina Wati dan Kepala Dinas "
     "Perhubungan Kota Yogyakarta Agus Salim. PKS kedua tentang sampah diteken Kepala Dinas Lingkungan Hidup "
     "Sleman Budi Santoso dan Kepala Dinas Lingkungan Hidup Kota Yogyakarta Joko Susilo.",
     [[("Agus Salim", "34.71"), ("Rina Wati", "34.04")], [("Budi Santoso", "34.04"), ("Joko Susilo", "34.71")]]),
    # one sentence for both: both signed by the pair
    ("Kedua PKS ditandatangani Kepala Dinas Perhubungan Sleman Rina Wati dan Kepala Dinas Perhubungan Kota "
     "Yogyakarta Agus Salim. Usai menandatangani PKS, Kepala Dinas Perhubungan Sleman Rina Wati memberi keterangan.",
     [[("Agus Salim", "34.71"), ("Rina Wati", "34.04")], [("Agus Salim", "34.71"), ("Rina Wati", "34.04")]]),
])
def test_several_pks_each_told_with_its_own_signers(then, want):
    text = "Pemkab Sleman dan Pemkot Yogyakarta menandatangani dua perjanjian kerja sama. " + then
    pks = [a for a in _one(text) if a["kind"] == "pks"]
    assert [_signers(a) for a in pks] == want


@pytest.mark.parametrize("text, want", [
    # a clause on the office between it and its holder
    ("Kepala Satpol PP Sleman, yang membawahi urusan ketertiban umum, Rina Wati, S.H., mengatakan Pemkab Sleman "
     "siap.", [("Kepala Satpol PP", "Rina Wati", "34.04")]),
    # not when the clause brings in another person: the Sekda stands for the Bupati, a wife is no official
    ("Bupati Sleman, yang diwakili Sekda Sleman, Agus Salim, hadir.", [("Sekda", "Agus Salim", "34.04")]),
    ("Bupati Sleman, yang didampingi istrinya, Hj. Rina Wati, hadir di Pemkab Sleman.", []),
    # the executive head of a BPBD
    ("Kepala Pelaksana BPBD Kabupaten Sleman, Budi Santoso, mengatakan hal itu.",
     [("Kepala Pelaksana BPBD", "Budi Santoso", "34.04")]),
])
def test_officials_named_after_a_clause_on_their_office_or_as_executive_head(text, want):
    assert _officials_of(text) == want


@pytest.mark.parametrize("text", [
    "Kepala Kantor Pertanahan Sleman, Budi Santoso, dan Bupati Sleman Rina Wati menandatangani PKS.",
    "Kepala Badan Pusat Statistik Kabupaten Sleman Budi Santoso dan Bupati Sleman Rina Wati hadir.",
    "Kepala Kantor Kementerian Agama Sleman Budi Santoso dan Bupati Sleman Rina Wati hadir.",
])
def test_heads_of_central_government_offices_in_a_region_are_not_its_officials(text):
    assert _officials_of(text) == [("Bupati", "Rina Wati", "34.04")]


def test_a_regional_body_with_a_word_of_the_centre_in_its_name_is_the_regions_own():
    assert _officials_of("Kepala Badan Pengelolaan Pajak dan Retribusi Daerah Sleman Budi Santoso hadir.") == [
        ("Kepala Badan Pengelolaan Pajak dan Retribusi Daerah", "Budi Santoso", "34.04")]


def _pairs_kinds(text):
    return sorted((a["parties"], a["kind"]) for a in _one(text))


def _fields_by_agreement(text):
    """(parties, kind) -> sectors of each agreement of ``text`` (one of each kind per group)."""
    return {(tuple(a["parties"]), a["kind"]): a["sectors"] for a in _one(text)}


@pytest.mark.parametrize("tags", ["Tag: Kampar, Pekanbaru, Pemkab Siak, Kerja Sama Daerah",
                                  "Tags: Pemko Pekanbaru, Kabupaten Siak, MoU",
                                  "Kata kunci: Kampar, Kabupaten Siak, kerja sama"])
def test_a_line_of_tags_names_topics_not_parties(tags):
    text = ("Pemkab Kampar dan Pemko Pekanbaru menandatangani Kesepakatan Bersama bidang perhubungan.\n\n"
            "Bupati Siak Alfedri juga hadir.\n\n" + tags)
    assert _pairs_kinds(text) == [(["14.01", "14.71"], "mou")]


@pytest.mark.parametrize("outside", [
    "Menurut Kepala Bappeda Jateng, Kota Surakarta belum dilibatkan dalam kesepakatan ini.",
    "Kabupaten Karanganyar dan Kota Surakarta tidak termasuk dalam kesepakatan tersebut, kata Sekda Jateng.",
    "Kesepakatan itu dibuat tanpa melibatkan Pemkot Surakarta, ujar Gubernur Jateng.",
    "Berbeda dengan Pemkab Klaten, Pemkab Boyolali belum memiliki kerja sama serupa dengan Pemprov Jateng.",
])
def test_a_government_said_to_stand_outside_the_agreement_is_no_party(outside):
    text = ("Pemprov Jateng, Pemkab Sukoharjo dan Pemkab Klaten menandatangani satu Kesepakatan Bersama tentang "
            "pariwisata, Senin (3/6/2024). " + outside + " Penandatanganan disaksikan warga.")
    assert _pairs_kinds(text) == [(["33", "33.10", "33.11"], "mou")]


@pytest.mark.parametrize("denied", [
    "Kabar yang sempat beredar soal MoU tapal batas antara Pemkab Tapin dan Pemkab Hulu Sungai Selatan dibantah "
    "Sekda Tapin.",
    "Bupati Tapin membantah adanya kesepakatan dengan Pemkab Hulu Sungai Selatan soal tapal batas.",
    "Tapin-HSS: Bukan Kerja Sama\n\nRapat penegasan batas Pemkab Tapin dan Pemkab Hulu Sungai Selatan digelar provinsi.",
])
def test_a_cooperation_denied_or_said_to_be_none_is_no_agreement(denied):
    text = ("Wali Kota Banjarmasin dan Bupati Barito Kuala menandatangani Kesepakatan Bersama tentang angkutan sungai, "
            "Selasa (15/8/2023).\n\n" + denied)
    assert _pairs_kinds(text) == [(["63.04", "63.71"], "mou")]


def test_a_roundups_count_of_documents_gives_no_kind_to_a_pair_that_names_its_own():
    text = ("Empat kesepakatan kerja sama daerah diteken di Rakor KSDD Kalbar\n\n"
            "Pemkot Singkawang dan Pemkab Bengkayang menandatangani kesepakatan bersama di bidang pariwisata, Selasa "
            "(27/8/2024). Singkawang juga meneken perjanjian kerja sama dengan Kabupaten Sambas tentang pasokan beras. "
            "PKS tersebut ditandatangani kepala dinas pangan kedua daerah.")
    assert _pairs_kinds(text) == [(["61.01", "61.72"], "pks"), (["61.07", "61.72"], "mou")]


GORONTALO = ("Kemarin, Pemkot Gorontalo dan Pemerintah Kabupaten Bone Bolango menandatangani perjanjian kerja sama "
             "tentang pemeliharaan jalan. Kerja sama dengan Bone Bolango ini menyusul kesepakatan bersama antara Pemkot "
             "Gorontalo dan Pemerintah Kabupaten Gorontalo yang diteken pekan lalu. Sementara itu, Pj Gubernur Gorontalo "
             "mengapresiasi langkah Pemkot Gorontalo yang aktif menjalin kerja sama.")


def test_a_document_named_as_another_pairs_is_not_the_pairs_beside_it():
    got = sorted((a["parties"], a["kind"]) for a in extract_text(GORONTALO, id="x", source=None)["agreements"])
    assert got == [(["75.01", "75.71"], "mou"), (["75.03", "75.71"], "pks")]


def test_a_signing_told_as_last_week_has_no_day():
    record = extract_text("Selasa, 19/11/2024\n\n" + GORONTALO, id="x")
    got = {a["kind"]: a["signed_on"] for a in record["agreements"]}
    assert got == {"pks": "2024-11-18", "mou": None}


def test_the_minutes_of_a_meeting_signed_sign_no_cooperation():
    text = ("Pemprov NTT sedang mematangkan kerja sama dengan Pemerintah Provinsi Jawa Timur di bidang perdagangan. "
            "Kalau tidak ada halangan, Mei nanti kami meneken nota kesepakatan di Surabaya. Musrenbang ditutup dengan "
            "penandatanganan berita acara kesepakatan prioritas pembangunan 2026 oleh Sekda NTT.")
    assert _pairs_kinds(text) == [(["35", "53"], "plan")]


JAYAPURA = ("Sekretaris Daerah Kota Jayapura Frans Yoku Hamadi meluruskan klaim para calon soal kerja sama. Menurut "
            "dia, Pemkot Jayapura belum pernah menandatangani MoU apa pun dengan Pemkab Keerom. Sebaliknya, kata Frans, "
            "kerja sama dengan Pemkab Jayapura di Sentani sudah memiliki dasar hukum. Kesepakatan Bersama tentang "
            "pemanfaatan air baku ditandatangani kedua kepala daerah pada 2022. Perjanjian kerja samanya sekarang sedang "
            "difinalisasi Dinas PUPR kedua daerah, targetnya awal tahun depan bisa diteken. Frans menambahkan, kerja sama "
            "Pemkot Jayapura dengan pemerintah Provinsi Sandaun, Papua Nugini, terkait perdagangan ditangani terpisah.")


def test_a_partner_named_alone_is_the_partner_of_the_government_the_article_speaks_for():
    got = sorted((a["parties"], a["kind"], a["sectors"]) for a in extract_text(JAYAPURA, id="x")["agreements"])
    assert got == [(["91.03", "91.71"], "mou", ["pekerjaan-umum"]), (["91.03", "91.71"], "plan", [])]


def test_a_signing_told_as_hearsay_is_none():
    text = ('"Katanya sudah teken MoU dengan Kabupaten Keerom untuk pasokan beras. Mana hasilnya?" ujar calon wali '
            'kota itu. Sekda Kota Jayapura menyebut yang ada baru pertemuan penjajakan kerja sama dengan Pemkab Keerom.')
    assert [a["kind"] for a in extract_text(text, id="x")["agreements"]] == ["plan"]


def test_a_renewal_signed_with_its_items_listed_and_the_one_before_it():
    text = ("Rabu, 20 Agustus 2025\n\nTERNATE – Wali Kota Ternate H. Muhammad Syafii Sjah dan Wali Kota Tidore "
            "Kepulauan Drs. H. Ahmad Laiman memperpanjang kesepakatan bersama kedua kota, Jumat (15/8), di Kedaton "
            "Kesultanan Tidore. Kesepakatan sebelumnya diteken pada 2020 dan berakhir Juli lalu. Perpanjangan kali ini "
            "meliputi:\n- transportasi laut antarpulau Ternate–Tidore;\n- promosi wisata sejarah dua kesultanan.\n")
    got = sorted((a["signed_on"] or "", a["sectors"], len(a["signatories"]))
                 for a in extract_text(text, id="x")["agreements"])
    assert got == [("", [], 0), ("2025-08-15", ["pariwisata", "perhubungan"], 2)]


def test_a_settlement_a_service_reaches_is_no_field_of_housing():
    text = ("Pemerintah Kota Pontianak dan Pemerintah Kabupaten Kubu Raya meneken perjanjian kerja sama tentang "
            "perluasan jaringan air minum ke permukiman di Sungai Raya.")
    assert [a["sectors"] for a in extract_text(text, id="x")["agreements"]] == [["pekerjaan-umum"]]


def test_a_pks_the_mou_must_still_be_turned_into_is_its_course_not_a_document():
    text = ("Wali Kota Palu dan Bupati Sigi menandatangani naskah kesepakatan bersama tentang pengelolaan sampah di Palu. "
            "Ia mengingatkan, kesepakatan yang baru diteken itu masih harus diturunkan menjadi PKS antar-OPD agar bisa "
            "dianggarkan.")
    assert _pairs_kinds(text) == [(["72.10", "72.71"], "mou")]


def test_the_signature_as_a_topic_is_no_signing():
    text = ("Pemkab Parigi Moutong tengah menyusun draf kesepakatan dengan Pemkot Palu di bidang ketahanan pangan. Draf "
            "itu ditargetkan rampung Maret.\n\nDi TPA Kawatuna, Rahman tidak terlalu peduli soal naskah dan tanda tangan.")
    assert _pairs_kinds(text) == [(["72.08", "72.71"], "plan")]


SIDRAP = ("Pemerintah Provinsi Sulawesi Selatan dan Pemerintah Kabupaten Sidenreng Rappang (Sidrap) resmi "
          "menandatangani Nota Kesepakatan, Kamis (12/10/2023). Dari pihak provinsi, penandatanganan dilakukan Sekretaris "
          "Daerah Provinsi Sulsel, Dr. H. Andi Baso Mappaturung, M.Si. Sementara dari Sidrap, dokumen ditandatangani "
          "Wakil Bupati Sidrap, H. Muhammad Yusuf Tahir, S.E., karena Bupati Sidrap H. Syamsul Bahri Latif tengah "
          "mengikuti kegiatan di Jakarta. Ada tiga fokus yang tertuang dalam kesepakatan tersebut. Pertama, percepatan "
          "penurunan angka stunting. Kedua, pemberian beasiswa bagi pelajar. Ketiga, peningkatan produksi padi.")


def test_the_items_of_the_focus_an_agreement_holds_are_its_fields():
    (mou,) = _one(SIDRAP)
    assert mou["sectors"] == ["kesehatan", "pendidikan", "pertanian"]


def test_the_head_named_as_the_reason_another_signs_does_not_sign():
    (mou,) = _one(SIDRAP)
    assert sorted(s["name"] for s in mou["signatories"]) == ["Andi Baso Mappaturung", "Muhammad Yusuf Tahir"]


def test_fields_told_each_as_di_bidang_after_the_count_are_the_agreements():
    text = ("Pemerintah Kota Ambon dan Pemerintah Kabupaten Maluku Tengah resmi menandatangani nota kesepakatan. Kerja "
            "sama kedua daerah mencakup tiga bidang. Di bidang pendidikan, Pemkot Ambon akan memberikan beasiswa bagi "
            "mahasiswa asal Malteng. Di bidang perhubungan, kedua daerah sepakat menata jadwal angkutan speedboat. Adapun "
            "di bidang perdagangan, Malteng akan memasok hasil bumi ke Pasar Mardika.")
    (mou,) = _one(text)
    assert mou["sectors"] == ["pendidikan", "perdagangan", "perhubungan"]


def test_a_signer_named_short_is_named_by_the_fullest_name_of_the_same_office():
    text = ("Rakor dibuka Pj Gubernur Kalbar Dr. H. Ridwansyah Hamid, M.Si. Hadir pula Sekda Kapuas Hulu Ir. Martinus "
            "Loren. Kesepakatan bersama antara Pemprov Kalbar dan Pemkab Kapuas Hulu tentang beasiswa ditandatangani Pj "
            "Gubernur Ridwansyah dan Wakil Bupati Kapuas Hulu Hj. Martina Loren, S.H.")
    (mou,) = _one(text)
    assert sorted(s["name"] for s in mou["signatories"]) == ["Martina Loren", "Ridwansyah Hamid"]


@pytest.mark.parametrize("verb", ["Targetkan", "Jajaki", "Siapkan", "Perpanjang"])
def test_a_headline_verb_after_a_title_is_no_name(verb):
    text = (f"Gubernur NTT {verb} Nota Kesepakatan dengan Jatim\n\nGubernur NTT Yosef Nae Bere mengatakan Pemprov NTT "
            "sedang mematangkan kerja sama dengan Pemerintah Provinsi Jawa Timur.")
    assert [o["name"] for o in extract_text(text, id="x")["officials"]] == ["Yosef Nae Bere"]


def test_the_content_told_after_a_pks_is_the_pks_not_the_mou_it_follows():
    text = ("Pemerintah Provinsi Kepulauan Riau dan Pemko Batam menandatangani Perjanjian Kerja Sama (PKS), Selasa "
            "(15/10/2024). PKS diteken Kepala Dinas Perhubungan Provinsi Kepri dan Kepala Dinas Perhubungan Kota Batam. "
            "Isinya menyangkut integrasi jadwal angkutan laut dengan layanan bus Trans Batam. PKS itu turunan dari "
            "Kesepakatan Bersama yang ditandatangani Gubernur Kepri dan Wali Kota Batam pada 8 Mei 2023.")
    got = {a["kind"]: a["sectors"] for a in extract_text(text, id="x")["agreements"]}
    assert got == {"mou": [], "pks": ["perhubungan"]}


def test_one_hosts_mou_told_by_the_year_it_dates_from_has_no_day_of_anothers():
    text = ("Pemprov Kepri menandatangani PKS dengan Pemko Batam dan PKS dengan Pemko Tanjungpinang, Selasa (15/10/2024). "
            "Dengan Pemko Batam, Kesepakatan Bersama ditandatangani Gubernur bersama Wali Kota Batam pada 8 Mei 2023. "
            "Adapun dengan Pemko Tanjungpinang, nota kesepakatan sudah ada sejak 2022.")
    got = {(tuple(a["parties"]), a["kind"]): a["signed_on"] for a in extract_text(text, id="x")["agreements"]}
    assert got[("21", "21.71"), "mou"] == "2023-05-08" and got[("21", "21.72"), "mou"] is None


def test_a_planned_cooperation_called_off_is_no_agreement():
    text = ("PKS Sampah Denpasar-Gianyar Batal Diteken\n\nRencana penandatanganan perjanjian kerja sama (PKS) "
            "pengelolaan sampah antara Pemerintah Kota Denpasar dan Pemerintah Kabupaten Gianyar yang dijadwalkan Kamis "
            "(5/9/2024) urung terlaksana. Pemkab Gianyar bahkan memastikan kerja sama itu tidak akan dilanjutkan. "
            "Kepala DLHK Kota Denpasar membenarkan batalnya penandatanganan tersebut.")
    assert _pairs_kinds(text) == []


def test_a_signing_called_off_for_the_day_is_a_plan_still():
    text = ("Rencana penandatanganan perjanjian kerja sama (PKS) pengelolaan sampah antara Pemerintah Kota Denpasar dan "
            "Pemerintah Kabupaten Gianyar yang dijadwalkan Kamis (5/9/2024) batal digelar. Kepala DLHK Kota Denpasar "
            "membenarkan batalnya penandatanganan tersebut; naskahnya akan diteken bulan depan.")
    assert _pairs_kinds(text) == [(["51.04", "51.71"], "plan")]


def test_a_government_that_not_only_cooperates_stays_a_party():
    text = "Pemkab Klaten tidak hanya menjalin kerja sama dengan Pemkab Sukoharjo, tetapi juga membuka pasar baru."
    assert _pairs_kinds(text) == [(["33.10", "33.11"], "plan")]


@pytest.mark.parametrize("place", ["di sekitar Kabupaten Indragiri Hilir dan Kabupaten Tanjung Jabung Timur",
                                   "di wilayah perbatasan Kabupaten Indragiri Hilir dan Kabupaten Tanjung Jabung Timur",
                                   "di kawasan pesisir Kabupaten Indragiri Hilir dan Kabupaten Tanjung Jabung Timur"])
def test_regions_after_a_noun_of_area_are_places_not_parties(place):
    text = ("Pemprov Riau dan Pemprov Jambi menandatangani Kesepakatan Bersama tentang perikanan. "
            f"Kesepakatan juga akan dipakai untuk patroli bersama {place}.")
    assert _pairs_kinds(text) == [(["14", "15"], "mou")]


@pytest.mark.parametrize("route", [
    "ruas jalan yang menghubungkan Kota Jambi dengan Kota Pekanbaru melalui Kabupaten Tebo, Bungo dan Kampar",
    "jalur penghubung Kota Jambi dan Kota Pekanbaru yang melintasi Kabupaten Tebo dan Kabupaten Kampar",
    "jalan yang dilalui truk dari Kabupaten Tebo hingga Kabupaten Kampar",
])
def test_places_a_road_runs_through_are_no_parties(route):
    text = ("Pemprov Jambi dan Pemprov Riau membahas kesepakatan peningkatan jalan. "
            f"Dalam kerja sama itu kedua provinsi akan memperbaiki {route}.")
    assert _pairs_kinds(text) == [(["14", "15"], "plan")]


@pytest.mark.parametrize("text, want", [
    # a host signing with partners first counted, then listed (a short form in brackets among them)
    ("Pemkot Balikpapan meneken dua nota kesepakatan sekaligus dengan dua tetangganya, Kabupaten Penajam Paser "
     "Utara (PPU) dan Kabupaten Paser, Rabu (11/6/2025).", [(["64.01", "64.71"], "mou"), (["64.09", "64.71"], "mou")]),
    # one document all of them sign together
    ("Pemkot Balikpapan meneken satu naskah kesepakatan dengan dua tetangganya, Kabupaten Penajam Paser Utara "
     "(PPU) dan Kabupaten Paser, Rabu (11/6/2025).", [(["64.01", "64.09", "64.71"], "mou")]),
])
def test_a_host_signs_with_each_partner_it_lists_after_counting_them(text, want):
    assert _pairs_kinds(text) == want


@pytest.mark.parametrize("then, want", [
    # the draft just named, as the subject, has the fields it names
    ("Pemkot Ambon juga menyusun rancangan kesepakatan bersama dengan Pemkab Maluku Tengah. Rancangan itu "
     "menyangkut pengelolaan sampah.", [(["81.01", "81.71"], "plan", ["lingkungan-hidup"]),
                                        (["81.06", "81.71"], "mou", ["kelautan-perikanan"])]),
    # a draft of something else is no cooperation's
    ("Pemkot Ambon juga menyusun rancangan peraturan daerah. Rancangan itu menyangkut pengelolaan sampah.",
     [(["81.06", "81.71"], "mou", ["kelautan-perikanan"])]),
])
def test_the_fields_of_a_draft_named_just_before(then, want):
    text = f"Pemkot Ambon dan Pemkab Seram Bagian Barat meneken nota kesepakatan bidang perikanan. {then}"
    assert sorted((a["parties"], a["kind"], a["sectors"]) for a in _one(text)) == want


@pytest.mark.parametrize("then, kind", [
    # a signing put off, or called off, is still to come
    ("Namun penandatanganan ditunda karena Bupati Kukar berhalangan hadir.", "plan"),
    ("Penandatanganan batal digelar karena naskah belum rampung.", "plan"),
    ("Namun Pemkab Kukar batal menandatangani kesepakatan itu.", "plan"),
    # (not a name that holds such a word: "Manurung")
    ("Kesepakatan diteken Bupati Kukar Dedi Manurung menandatangani naskah itu.", "mou"),
])
def test_a_signing_put_off_is_still_a_plan(then, kind):
    text = f"Pemkab Kukar dijadwalkan menandatangani kesepakatan dengan Pemkot Balikpapan. {then}"
    assert _pairs_kinds(text) == [(["64.02", "64.71"], kind)]


@pytest.mark.parametrize("title", [
    # a region the headline says will follow is no party of the signing it tells
    "Balikpapan Teken Kesepakatan dengan PPU dan Paser, Kukar Menyusul",
    "Balikpapan Teken Kesepakatan dengan PPU dan Paser, Kukar Akan Menyusul",
])
def test_a_region_still_to_follow_is_no_party_of_the_signing(title):
    text = (f"{title}\n\nPemkot Balikpapan menandatangani kesepakatan bersama dengan Pemkab Penajam Paser Utara "
            "dan Pemkab Paser, Kamis (12/6/2025). Draf kesepakatan dengan Pemkab Kukar sudah dibahas sejak Maret."
            "\n\n#Balikpapan #PPU #Paser #Kukar #KerjaSamaDaerah")
    assert _pairs_kinds(text) == [(["64.01", "64.71"], "mou"), (["64.02", "64.71"], "plan"), (["64.09", "64.71"], "mou")]


def test_a_sentence_on_the_hub_alone_continues_the_pair_told_last():
    text = ("Pemkot Balikpapan menandatangani kesepakatan bersama dengan Pemkab Penajam Paser Utara dan Pemkab "
            "Paser, Kamis (12/6/2025). Kesepakatan Balikpapan-PPU diteken Wali Kota Balikpapan Muhammad Arif "
            "Setiawan dan Bupati PPU Darmansyah Arsyad. Kerja sama itu meliputi transportasi penyeberangan. "
            "Sementara kesepakatan Balikpapan-Paser ditandatangani Arif Setiawan bersama Bupati Paser Fahmi "
            "Fadli. Ruang lingkupnya ketahanan pangan.")
    got = sorted((a["parties"], a["sectors"], _signers(a)) for a in _one(text))
    assert got == [(["64.01", "64.71"], ["pangan"], [("Fahmi Fadli", "64.01"), ("Muhammad Arif Setiawan", "64.71")]),
                   (["64.09", "64.71"], ["perhubungan"],
                    [("Darmansyah Arsyad", "64.09"), ("Muhammad Arif Setiawan", "64.71")])]


@pytest.mark.parametrize("said", [
    "Kabag Kerja Sama Kota Pontianak menjelaskan, draf PKS masih harus melalui telaah Biro Pemerintahan Setda "
    "Provinsi Kalimantan Barat.",
    "Draf PKS Pemkot Pontianak dan Pemkab Kubu Raya itu difasilitasi Pemprov Kalimantan Barat.",
    "Pemprov Kalimantan Barat yang memfasilitasi pertemuan Pemkot Pontianak dan Pemkab Kubu Raya berharap PKS "
    "segera rampung.",
])
def test_a_government_that_facilitates_or_reviews_is_no_party(said):
    text = f"Pemkot Pontianak dan Pemkab Kubu Raya membahas draf PKS air bersih. {said}"
    assert _pairs_kinds(text) == [(["61.12", "61.71"], "plan")]


def test_a_province_that_signs_beside_a_facilitation_word_stays_a_party():
    text = ("Pemprov Kalimantan Barat dan Pemkot Pontianak menandatangani kesepakatan bersama tentang fasilitasi "
            "air bersih.")
    assert _pairs_kinds(text) == [(["61", "61.71"], "mou")]


def test_a_signing_the_speaker_targets_is_still_a_plan():
    text = ('Pemkot Pontianak dan Pemkab Kubu Raya mematangkan draf PKS air bersih. "Kami targetkan PKS bisa '
            'ditandatangani Wali Kota dan Bupati pada Oktober mendatang," kata Sekda.')
    assert _pairs_kinds(text) == [(["61.12", "61.71"], "plan")]


def test_a_pks_called_off_beside_the_mou_it_follows():
    text = ("Penandatanganan PKS Damkar Padang-Padang Pariaman Batal\n\nRencana penandatanganan PKS antara Pemko "
            "Padang dan Pemkab Padang Pariaman tentang pemadam kebakaran batal dilaksanakan, Senin (3/3/2025). "
            "Sedianya, PKS tersebut diteken di Balai Kota Padang. Kursi dan meja penandatanganan akhirnya "
            "dibereskan kembali. Rancangan PKS belum mendapat persetujuan DPRD. Menurut dia, PKS itu merupakan "
            "turunan dari Kesepakatan Bersama antara Pemko Padang dan Pemkab Padang Pariaman yang ditandatangani "
            "pada 2023. Pemko Padang juga telah menjalin kerja sama pengolahan sampah dengan pihak swasta.")
    got = sorted((a["kind"], a["signed_on"], a["sectors"]) for a in _one(text))
    assert got == [("mou", None, []), ("plan", None, ["trantibum"])]


@pytest.mark.parametrize("then, want", [
    # the signing word of a clause on the MoU signs only the MoU
    ("PKS itu turunan dari Kesepakatan Bersama yang ditandatangani pada 2023.", [("mou", None), ("plan", None)]),
    # one signing both documents
    ("Kedua daerah menandatangani PKS dan Kesepakatan Bersama, Senin (3/3/2025).",
     [("mou", "2025-03-03"), ("pks", "2025-03-03")]),
])
def test_a_signing_word_signs_the_document_it_is_said_of(then, want):
    text = f"Pemko Padang dan Pemkab Padang Pariaman menyusun draf PKS pemadam kebakaran. {then}"
    assert sorted((a["kind"], a["signed_on"]) for a in _one(text)) == want


@pytest.mark.parametrize("then, want", [
    ("Hingga kini belum ada satu pun perjanjian kerja sama yang diteken sebagai pelaksanaannya.", ["mou", "plan"]),
    ("Kedua provinsi sepakat menyusun draf PKS. Draf ditargetkan rampung pada September dan diteken sebelum akhir "
     "tahun ini.", ["mou", "plan"]),
    # a target met since
    ("PKS yang ditargetkan rampung Juni akhirnya diteken kedua gubernur, Senin (3/3/2025).", ["mou", "pks"]),
])
def test_a_pks_none_signed_or_targeted_is_no_signed_pks(then, want):
    # (the PKS the headline has the provinces prepare is a plan)
    text = ("Evaluasi Kesepakatan Kalsel-Kaltim: Baru Sebatas Tanda Tangan, Kedua Provinsi Siapkan PKS\n\n"
            "Kesepakatan Bersama antara Pemprov Kalsel dan Pemprov Kaltim itu ditandatangani pada 2021. " + then)
    assert sorted(a["kind"] for a in _one(text)) == want


@pytest.mark.parametrize("title", [
    "Sumbar-Riau teken kesepakatan, Limapuluh Kota-Kampar teken PKS jalan perbatasan",
    "Sumbar-Riau teken kesepakatan; Limapuluh Kota-Kampar teken PKS jalan perbatasan",
])
def test_clauses_that_each_sign_between_their_own_governments_are_two_agreements(title):
    text = (f"{title}\n\nPemprov Sumatera Barat dan Pemprov Riau menandatangani Kesepakatan Bersama, Selasa "
            "(5/11/2024). Pada kesempatan yang sama, Pemerintah Kabupaten Limapuluh Kota di Sumbar dan Pemerintah "
            "Kabupaten Kampar di Riau menandatangani PKS tentang pemeliharaan jalan. Bupati Limapuluh Kota Rezki "
            'Darmawan menyebut warga perbatasan lebih dekat ke puskesmas Kampar. "Dengan PKS ini, mereka '
            'dilayani," katanya.')
    assert _pairs_kinds(text) == [(["13", "14"], "mou"), (["13.07", "14.01"], "pks")]


def test_a_venue_list_goes_on_over_places_not_over_a_government():
    text = ("Pemkab Agam dan Pemkot Bukittinggi meneken kesepakatan bersama di Kota Padang dan Kabupaten "
            "Padang Pariaman.")
    assert _pairs_kinds(text) == [(["13.06", "13.75"], "mou")]


@pytest.mark.parametrize("then, want", [
    # one document of all three, told in a sentence of its own
    ("Kesepakatan Bersama ketiga provinsi diteken di Samarinda, Rabu (22/10/2025).", [["61", "64", "65"]]),
    # each signed apart
    ("Kesepakatan ketiga provinsi diteken masing-masing di Samarinda, Rabu (22/10/2025).",
     [["61", "65"], ["64", "65"]]),
])
def test_a_host_with_partners_signing_one_document_of_all(then, want):
    text = ("Kaltara Jalin Kerja Sama dengan Kaltim dan Kalbar\n\nPemprov Kalimantan Utara resmi menjalin kerja "
            f"sama dengan Pemprov Kalimantan Timur dan Pemprov Kalimantan Barat. {then}")
    assert sorted(a["parties"] for a in _one(text)) == want


def test_a_region_with_no_agreement_told_back_is_no_party():
    text = ("Dinas Kesehatan Kota Dumai dan Pemkab Bengkalis telah menandatangani PKS rujukan. RSUD Dumai juga "
            "menerima pasien dari Kabupaten Rokan Hilir, meski belum ada perjanjian khusus dengan daerah tersebut.")
    assert _pairs_kinds(text) == [(["14.03", "14.72"], "pks")]


@pytest.mark.parametrize("mou, want", [
    # the MoU's signing told by month or year only has no day, and takes none from the PKS
    ("yang diteken kedua kepala daerah pada Februari 2024", None),
    ("yang ditandatangani pada 2023", None),
    ("yang diteken kedua kepala daerah pada 5 Februari 2024", "2024-02-05"),
])
def test_each_document_keeps_the_day_of_its_own_signing(mou, want):
    text = ("PKS rujukan diteken Kepala Dinas Kesehatan Kota Dumai dr. Syaiful Anwar dan Plt Kepala Dinas Kesehatan "
            "Kabupaten Bengkalis Ns. Rini Susanti, S.Kep., Senin (13/1/2025). PKS ini tindak lanjut dari "
            f"Kesepakatan Bersama antara Pemkab Bengkalis dan Pemko Dumai {mou}.")
    got = {a["kind"]: (a["signed_on"], _signers(a)) for a in _one(text)}
    assert got == {"mou": (want, []),
                   "pks": ("2025-01-13", [("Rini Susanti", "14.03"), ("Syaiful Anwar", "14.72")])}


def test_one_partys_agreement_with_an_office_of_the_state_adds_nothing_to_the_pair():
    text = ("Kota dan Kabupaten Cirebon Teken PKS Damkar, Pemkot Juga Gandeng BPJS Ketenagakerjaan\n\nPemkot Cirebon "
            "dan Pemkab Cirebon menandatangani PKS tentang penanggulangan kebakaran, Senin (29/7/2024). Pada hari "
            "yang sama, Pemkot Cirebon juga menandatangani PKS dengan BPJS Ketenagakerjaan tentang jaminan sosial, "
            "serta nota kesepahaman dengan Kantor Pertanahan Kota Cirebon. PKS dengan BPJS Ketenagakerjaan diteken "
            "Sekretaris Daerah Kota Cirebon Agus Rahmat Hidayat.")
    assert [(a["parties"], a["kind"], a["sectors"], _signers(a)) for a in _one(text)] == [
        (["32.09", "32.74"], "pks", ["trantibum"], [])]


@pytest.mark.parametrize("title, want", [
    # the headline's cooperation is one province's with a ministry; the kabupaten after the comma are a topic
    ("Papua Tengah Teken MoU dengan Kementan dan Bulog, Nabire-Mimika Disiapkan Jadi Lumbung Pangan", []),
    # one province's with the kabupaten themselves
    ("Papua Tengah Teken MoU dengan Nabire dan Mimika, Lumbung Pangan Disiapkan",
     [(["94", "94.01"], "mou"), (["94", "94.04"], "mou")]),
])
def test_a_headline_of_one_governments_agreement_with_others(title, want):
    text = (f"{title}\n\nPemerintah Provinsi Papua Tengah menandatangani nota kesepahaman dengan Kementerian "
            "Pertanian. Lokasi awal berada di Kabupaten Nabire dan Kabupaten Mimika. Bupati Nabire Frans Mote, S.E. "
            "dan Pj Bupati Mimika Agustinus Magal, S.H., M.Si. turut hadir menyaksikan penandatanganan.")
    assert _pairs_kinds(text) == want


def test_a_document_that_only_awaits_its_signing_is_a_plan():
    text = ('Penandatanganan Kesepakatan Bersama Sultra-Sulteng Ditunda\n\nPemprov Sulawesi Tenggara dan Pemprov '
            'Sulawesi Tengah sudah merampungkan naskah kesepakatan. "Naskahnya sudah final. Tinggal ditandatangani '
            'gubernur," katanya.')
    assert _pairs_kinds(text) == [(["72", "74"], "plan")]


@pytest.mark.parametrize("then, want", [
    # the renewal of a PKS signed, being drafted, is a plan beside it
    ("Draf perjanjian perpanjangan sedang disusun tim teknis.", ["pks", "plan"]),
    ("Adendum PKS itu akan disusun tahun ini.", ["pks", "plan"]),
    # a renewal signed is none
    ("Dalam naskah perpanjangan ini, ruang lingkup meliputi air minum.", ["pks"]),
])
def test_a_renewal_being_drafted_is_a_plan_beside_the_agreement(then, want):
    text = ("Pemkot Kupang dan Pemkab Kupang menandatangani perjanjian kerja sama air minum pada 15 Maret 2021. "
            + then)
    assert sorted(a["kind"] for a in _one(text)) == want


def test_the_document_a_renewal_replaces_is_an_agreement_of_its_own():
    text = ("Pemprov Sulawesi Utara dan Pemprov Gorontalo resmi memperpanjang kerja sama melalui penandatanganan "
            "Kesepakatan Bersama, Senin (2/12/2024). Penandatanganan dilakukan Pj Gubernur Sulut Hendrikus "
            "Walandouw dan Pj Gubernur Gorontalo Hamzah Pakaya. Kesepakatan Bersama sebelumnya ditandatangani "
            "kedua provinsi pada 10 April 2019 dan telah berakhir pada April 2024.")
    got = sorted((a["kind"], a["signed_on"], len(a["signatories"])) for a in _one(text))
    assert got == [("mou", "2019-04-10", 0), ("mou", "2024-12-02", 2)]


def test_a_document_told_as_the_earlier_one_alone_is_the_one_reported():
    text = ("Pemprov Sulawesi Utara dan Pemprov Gorontalo mengevaluasi kerja sama. Kesepakatan Bersama sebelumnya "
            "ditandatangani kedua provinsi pada 10 April 2019.")
    assert [(a["kind"], a["signed_on"]) for a in _one(text)] == [("mou", "2019-04-10")]


@pytest.mark.parametrize("title, want", [
    # the headline's part after the comma tells of one still to come
    ("Pemkot Palu Teken Kesepakatan dengan Sigi, Donggala Masih Tahap Draf",
     [(["72.03", "72.71"], "plan"), (["72.10", "72.71"], "mou")]),
    # a part after the comma that tells of nothing to come keeps its government
    ("Pemkot Palu Teken Kesepakatan, Sigi Siap Pasok Air Baku", [(["72.03", "72.71"], "plan"), (["72.10", "72.71"], "mou")]),
])
def test_a_headline_part_still_to_come_is_no_signing(title, want):
    text = (f"{title}\n\nPemerintah Kota Palu dan Pemerintah Kabupaten Sigi menandatangani Kesepakatan Bersama, "
            "Senin (4/11/2024). Pemkot Palu juga tengah menyusun draf Kesepakatan Bersama dengan Pemerintah "
            "Kabupaten Donggala.")
    assert _pairs_kinds(text) == want


@pytest.mark.parametrize("text", [
    "Hal itu ditandai dengan penandatanganan Kesepakatan Bersama tentang Kerja Sama Kota Bersaudara antara "
    "Pemerintah Kota Bogor dan Pemerintah Kota Padang di Balai Kota Bogor, Rabu (22/5/2024).",
    "Kota Bogor dan Kota Padang menandatangani kesepakatan kota bersaudara, Rabu (22/5/2024).",
])
def test_two_of_our_cities_as_sister_cities_are_an_agreement(text):
    assert [(a["parties"], a["kind"], a["signed_on"]) for a in _one(text)] == [(["13.71", "32.71"], "mou", "2024-05-22")]


def test_a_page_posted_on_a_day_is_published_that_day():
    text = "Judul\n\nDiposting pada 17 Juli 2025 oleh Admin MC Kalsel\n\nPemprov Kalsel dan Pemprov Kaltim rapat."
    assert extract_text(text, id="t")["published"] == "2025-07-17"


def test_places_a_scope_names_leave_its_fields_to_the_agreement():
    text = ("Pemprov Papua Selatan dan Pemprov Maluku menandatangani Kesepakatan Bersama, Rabu (22/1/2025). Ruang "
            "lingkup kerja sama meliputi perikanan di Laut Arafura dan transportasi laut antara Merauke, Tual dan "
            "Dobo. Pada hari yang sama, Pemprov Papua Selatan juga menandatangani nota kesepahaman dengan Badan "
            "Riset dan Inovasi Nasional (BRIN) tentang riset pangan lokal.")
    assert [a["sectors"] for a in _one(text)] == [["kelautan-perikanan", "perhubungan"]]


def test_a_dinas_named_by_its_acronym_in_capitals_signs():
    text = ("Pemprov Bali dan Pemkab Klungkung menandatangani PKS pengelolaan sampah. PKS ditandatangani oleh Kepala "
            "DKLH Provinsi Bali I Made Teja Ariawan, S.Hut., M.Si. dan Kepala DLHP Kabupaten Klungkung Anak Agung "
            "Ngurah Sudarma, disaksikan Sekda Provinsi DKI Jakarta Budi Santoso.")
    (a,) = _one(text)
    assert _signers(a) == [("Anak Agung Ngurah Sudarma", "51.05"), ("I Made Teja Ariawan", "51")]


def test_an_official_who_tells_of_a_signing_to_come_is_no_signer():
    text = ("Pemprov Kaltim dan Pemprov Sulbar menandatangani Kesepakatan Bersama, Senin (5/8/2024). Dinas Ketahanan "
            "Pangan Sulbar tengah menyusun draf PKS. Kepala Dinas Ketahanan Pangan Sulbar Ir. Muhammad Yasir Amal, "
            "M.P. mengatakan PKS itu ditargetkan ditandatangani pada Oktober 2024.")
    assert [(a["kind"], _signers(a)) for a in _one(text)] == [("mou", []), ("plan", [])]


def test_a_scope_set_out_in_bullets_line_by_line():
    text = ("Pemkot Tasikmalaya dan Pemkab Tasikmalaya menandatangani Kesepakatan Bersama, Senin, 11 Desember 2023.\n\n"
            "Ruang lingkup kesepakatan meliputi:\n• pendidikan di sekolah perbatasan;\n• pengelolaan sampah;\n"
            "• administrasi kependudukan bagi warga perbatasan.\n\nBupati menyebut aset daerah akan dibahas.")
    assert [a["sectors"] for a in _one(text)] == [["adminduk", "lingkungan-hidup", "pendidikan"]]


def test_numbered_items_each_give_their_pair_its_fields():
    text = ("Pemkot Surabaya menandatangani kesepakatan bersama dengan Pemkab Sumenep, Pemkab Lamongan dan Pemkot "
            "Madiun. Setiap kesepakatan memiliki ruang lingkup yang berbeda, yaitu:\n\n1. Surabaya – Pemkab "
            "Sumenep: ketahanan pangan dan pariwisata.\n2. Surabaya – Pemkab Lamongan: kelautan dan perikanan.\n"
            "3. Surabaya – Pemkot Madiun: peningkatan kapasitas aparatur sipil negara.")
    got = {tuple(a["parties"]): a["sectors"] for a in _one(text)}
    assert got == {("35.29", "35.78"): ["pangan", "pariwisata"], ("35.24", "35.78"): ["kelautan-perikanan"],
                   ("35.77", "35.78"): ["kepegawaian"]}


def test_a_pks_of_another_field_still_drafted_beside_one_signed():
    text = ("Pemkab Ende dan Pemkab Sikka menandatangani PKS tentang layanan rujukan pasien, Senin (5/8/2024). "
            "Nota Kesepakatan antara kedua kabupaten diteken pada 12 Maret 2024. Nota itu mencakup bidang "
            "kesehatan, pendidikan dan pariwisata. Sekda Ende menyampaikan, PKS bidang pendidikan saat ini masih "
            "dalam tahap penyusunan draf. PKS tersebut akan mengatur penerimaan siswa dari desa perbatasan.")
    got = sorted((a["kind"], a["signed_on"], a["sectors"]) for a in _one(text))
    assert got == [("mou", "2024-03-12", ["kesehatan", "pariwisata", "pendidikan"]),
                   ("pks", "2024-08-05", ["kesehatan"]), ("plan", None, ["pendidikan"])]


def test_the_pks_signed_told_again_is_no_plan():
    text = ("Pemkab Ende dan Pemkab Sikka menandatangani PKS bidang kesehatan, Senin (5/8/2024). PKS tersebut "
            "akan mengatur rujukan pasien.")
    assert sorted((a["kind"], a["sectors"]) for a in _one(text)) == [("pks", ["kesehatan"])]


def test_a_pks_called_off_with_its_mou_signed_years_before():
    text = ("PKS Air Bersih Kota dan Kabupaten Bekasi Batal Diteken\n\nRencana penandatanganan PKS penyediaan air "
            "minum antara Pemkot Bekasi dan Pemkab Bekasi batal dilaksanakan. Plh Sekda Kota Bekasi mengatakan draf "
            "PKS masih menunggu hasil fasilitasi dari Biro Pemerintahan dan Otonomi Daerah Setda Provinsi Jawa "
            "Barat. Pj Bupati Bekasi Hendra Saleh sudah memberikan arahan agar PKS diteken paling lambat akhir "
            "Februari 2025. PKS tersebut merupakan turunan dari Kesepakatan Bersama yang telah ditandatangani Wali "
            "Kota Bekasi dan Bupati Bekasi saat itu pada 15 Maret 2022. Direktur Perumda menyatakan siap membangun "
            "pipa begitu PKS diteken.")
    got = sorted((a["parties"], a["kind"], a["signed_on"], _signers(a)) for a in _one(text))
    assert got == [(["32.16", "32.75"], "mou", "2022-03-15", []), (["32.16", "32.75"], "plan", None, [])]


def test_no_pks_told_is_no_pks():
    text = ("Ia mencontohkan kesepakatan bersama antara Pemkot Bukittinggi dan Pemkab Agam yang diteken pada 2022. "
            '"Tanda tangan, foto bersama, lalu tidak ada PKS, tidak ada anggaran," ujarnya.')
    assert _pairs_kinds(text) == [(["13.06", "13.75"], "mou")]


def test_sentences_after_a_pair_signing_beside_a_larger_mou_are_the_pairs():
    text = ("Pemprov Sumatera Utara, Pemkab Toba dan Pemkab Samosir menandatangani satu naskah kesepakatan bersama, "
            "Senin (9/9/2024). Pada kesempatan yang sama, Pemkab Toba dan Pemkab Samosir menandatangani PKS "
            'angkutan penyeberangan. "Dengan PKS ini jadwal dan tarif diatur bersama," ujarnya.')
    assert _pairs_kinds(text) == [(["12", "12.12", "12.17"], "mou"), (["12.12", "12.17"], "pks")]


def test_a_signing_the_speaker_targets_a_plan_and_a_province_after_a_short_form_only_places():
    text = ("Lutim Teken MoU dengan PT Vale dan Unhas, Jajaki Jalan Tembus ke Morut\n\nPemkab Lutim tengah menjajaki "
            "kerja sama dengan Pemerintah Kabupaten Morowali Utara (Morut), Sulawesi Tengah, untuk jalan tembus. "
            '"Kami targetkan kesepakatan bersamanya bisa ditandatangani sebelum akhir tahun," ujarnya. '
            '"Penandatanganannya kita targetkan Desember mendatang," katanya.')
    assert _pairs_kinds(text) == [(["72.12", "73.24"], "plan")]


@pytest.mark.parametrize("text, want", [
    # the dateline's own date is the article's, not the signing's told after it
    ("Bitung, 4 Juni 2024 - Pemkot Bitung dan Pemkab Minahasa Utara menandatangani kesepakatan bersama. "
     "Penandatanganan berlangsung di Kantor Wali Kota Bitung, Senin (3/6/2024).", "2024-06-03"),
    # where nothing else tells the day, it is the signing's
    ("Bitung, Senin (3/6/2024) - Pemkot Bitung dan Pemkab Minahasa Utara menandatangani kesepakatan bersama "
     "di Kantor Wali Kota Bitung.", "2024-06-03"),
])
def test_a_datelines_date_is_the_signing_day_only_when_no_other_is_told(text, want):
    assert [a["signed_on"] for a in _one(text)] == [want]


def test_a_government_after_a_route_word_stays_a_party():
    text = "Jalan tol itu menghubungkan dua daerah, dan Pemkab Kampar menandatangani MoU dengan Pemko Pekanbaru."
    assert _pairs_kinds(text) == [(["14.01", "14.71"], "mou")]


@pytest.mark.parametrize("target", ["Targetnya, kesepakatan bisa ditandatangani kedua kepala daerah bulan depan.",
                                    "Rencananya, MoU diteken pada Hari Jadi Kabupaten Kampar.",
                                    "Targetnya, naskah itu bisa ditandatangani sebelum pertengahan tahun, lalu "
                                    "diturunkan menjadi perjanjian kerja sama teknis oleh dinas terkait.",
                                    # a month and a year are two words of the target
                                    "Targetnya Agustus 2025 sudah bisa ditandatangani bersama oleh kedua kepala daerah.",
                                    # on a condition the sentence opens with
                                    '"Kalau lancar, penandatanganan bisa dilakukan April," kata Yosep.',
                                    # only estimated, or hoped for after the noun
                                    "Hendra memperkirakan penandatanganan bisa dilakukan paling cepat November "
                                    "mendatang.",
                                    "Penandatanganan diharapkan bisa dilakukan tahun ini.",
                                    # a charge, its words joined by a hyphen
                                    "Anggota DPRD meminta agar pemkot tidak terburu-buru meneken kesepakatan baru."])
def test_a_signing_set_as_the_target_is_still_a_plan(target):
    text = "Pemkab Kampar dan Pemko Pekanbaru membahas draf Kesepakatan Bersama tentang transportasi. " + target
    assert _pairs_kinds(text) == [(["14.01", "14.71"], "plan")]


@pytest.mark.parametrize("text", [
    "Pemkab Kampar dan Pemko Pekanbaru membahas kerja sama transportasi. Keduanya siap mengawal pembahasan hingga "
    "tahap penandatanganan.",
    "Pemkab Kampar dan Pemko Pekanbaru sepakat melanjutkan pembahasan kerja sama transportasi hingga tahap "
    "penandatanganan.",
])
def test_the_signing_as_a_stage_still_ahead_is_a_plan(text):
    assert _pairs_kinds(text) == [(["14.01", "14.71"], "plan")]


@pytest.mark.parametrize("text, kinds", [
    # a signing only hoped for
    ('Pemkot Ambon menyusun draf kesepakatan bersama dengan Pemkab Maluku Tengah. "Mudah-mudahan sebelum Juni '
     'sudah bisa ditandatangani," ujar Sekda.', ["plan"]),
    ("Pemkot Ambon dan Pemkab Maluku Tengah membahas kerja sama. Semoga MoU diteken bulan Juni.", ["plan"]),
    # a hope told of a signing done
    ("Semoga kesepakatan yang telah ditandatangani Pemkot Ambon dan Pemkab Maluku Tengah hari ini membawa "
     "manfaat.", ["mou"]),
])
def test_a_signing_only_hoped_for_is_still_a_plan(text, kinds):
    assert [a["kind"] for a in _one(text)] == kinds


def test_a_plan_told_beside_a_signing_done_leaves_it_signed():
    text = ("Pemkab Kampar dan Pemko Pekanbaru menandatangani Kesepakatan Bersama tentang transportasi. "
            "Rencananya, kesepakatan yang sudah diteken itu dievaluasi setiap tahun.")
    assert _pairs_kinds(text) == [(["14.01", "14.71"], "mou")]


@pytest.mark.parametrize("text, sectors", [
    # the matters a colon lists are the fields
    ("Pemkot Makassar dan Pemkab Maros membahas rencana kerja sama untuk dua persoalan yang saling berkaitan: "
     "angkutan massal menuju Bandara Sultan Hasanuddin dan banjir di Sungai Tallo.", ["pekerjaan-umum", "perhubungan"]),
    ("Pemkot Makassar dan Pemkab Maros menjajaki kerja sama atas tiga isu utama: air bersih, sampah, dan pasar.",
     ["lingkungan-hidup", "pekerjaan-umum", "perdagangan"]),
    # with no list after it, a matter names no field
    ("Pemkot Makassar dan Pemkab Maros membahas rencana kerja sama untuk persoalan bersama, kata Kepala Dinas "
     "Perhubungan.", []),
])
def test_the_matters_a_colon_lists_are_the_fields(text, sectors):
    assert [a["sectors"] for a in _one(text)] == [sectors]


def test_a_signing_as_planned_is_signed():
    text = "Sesuai rencana, Pemkab Kampar dan Pemko Pekanbaru menandatangani Kesepakatan Bersama tentang transportasi."
    assert _pairs_kinds(text) == [(["14.01", "14.71"], "mou")]


@pytest.mark.parametrize("besides", [
    "Tak hanya dengan Pemkab Sukoharjo, Pemkab Klaten juga menjajaki kerja sama dengan Pemkab Boyolali.",
    "Selain dengan Sukoharjo, Pemkab Klaten juga akan bekerja sama dengan Pemkab Boyolali.",
    '"Setelah dengan Sukoharjo, kini Pemkab Klaten membahas kerja sama dengan Pemkab Boyolali," kata Sekda.',
])
def test_a_partner_named_before_the_host_as_one_besides_is_its_own_pair(besides):
    text = ("Pemkab Klaten dan Pemkab Sukoharjo menandatangani Kesepakatan Bersama bidang pertanian, "
            "Senin (3/6/2024). " + besides)
    assert _pairs_kinds(text) == [(["33.09", "33.10"], "plan"), (["33.10", "33.11"], "mou")]


@pytest.mark.parametrize("later, want", [
    ("Kesepakatan serupa dengan Pemkab Siak dijadwalkan ditandatangani bulan depan.", [(["14", "14.08"], "plan")]),
    ("Kerja sama dengan Pemkab Siak masih dijajaki, kata Sekda.", [(["14", "14.08"], "plan")]),
    ("Sejauh ini belum ada kerja sama dengan Pemkab Siak.", []),
])
def test_a_partner_named_alone_later_pairs_with_the_host_of_the_article(later, want):
    text = ("Pemprov Riau menandatangani Kesepakatan Bersama dengan Pemkab Kampar dan Pemkot Pekanbaru, Senin "
            "(3/6/2024). Penandatanganan dilakukan Gubernur Riau Syamsuar di Pekanbaru. " + later)
    assert _pairs_kinds(text) == sorted([(["14", "14.01"], "mou"), (["14", "14.71"], "mou")] + want)


def test_a_partner_named_alone_beside_one_pair_has_no_host_to_pair_with():
    text = ("Pemkab Kampar dan Pemkot Pekanbaru menandatangani Kesepakatan Bersama. Kerja sama serupa dengan "
            "Pemkab Siak akan dijajaki.")
    assert _pairs_kinds(text) == [(["14.01", "14.71"], "mou")]


@pytest.mark.parametrize("follow_up, kinds", [
    ("Gubernur menegaskan, kesepakatan ini harus segera ditindaklanjuti dengan perjanjian kerja sama "
     "paling lambat tiga bulan.", ["mou"]),
    ("Sekda meminta kesepakatan itu nantinya diikuti perjanjian kerja sama oleh dinas terkait.", ["mou"]),
    ("Sekda meminta perjanjian kerja sama turunannya ditargetkan selesai akhir tahun.", ["mou", "plan"]),
])
def test_a_charged_follow_up_is_no_plan_a_targeted_one_is(follow_up, kinds):
    text = ("Pemkab Sleman dan Pemkot Yogyakarta menandatangani Kesepakatan Bersama tentang "
            "pengelolaan sampah, Senin (3/6/2024). " + follow_up)
    assert sorted(a["kind"] for a in _one(text)) == kinds


@pytest.mark.parametrize("text, want", [
    ("Bupati Kampar tidak ikut hadir dan diwakili Sekda yang menandatangani MoU dengan Wali Kota Pekanbaru.",
     [(["14.01", "14.71"], "mou")]),
    ("Tidak ada kendala dalam kerja sama Pemkab Kampar dan Pemko Pekanbaru selama ini.", [(["14.01", "14.71"], "plan")]),
    ("Pemkab Kampar bukan pihak baru dalam kerja sama dengan Pemko Pekanbaru.", [(["14.01", "14.71"], "plan")]),
    ("Pemprov Riau menandatangani Kesepakatan Bersama dengan Pemkab Kampar dan Pemkot Pekanbaru. Dalam "
     "pelaksanaan kerja sama itu, kami berkoordinasi dengan Pemkab Siak.", [(["14", "14.01"], "mou"), (["14", "14.71"], "mou")]),
])
def test_a_negation_or_a_with_that_does_not_exclude_or_add_a_party(text, want):
    # not absent from the agreement, only from the room; no trouble in it; no new party; a partner of no one
    assert _pairs_kinds(text) == want


@pytest.mark.parametrize("text, want", [
    # the head of a unit named for cooperation speaks of something else: no agreement
    ("Kepala Biro Pemerintahan Setda Provinsi Jambi Eko Harun menyoroti lamanya persetujuan DPRD, sedangkan "
     "Kepala Bagian Kerja Sama Setda Kabupaten Kerinci Andi Mariani mengeluhkan aplikasi pelaporan.", []),
    ("Kabag Kerja Sama Setda Kota Bitung Rudi dan Kabag Kerja Sama Setda Kota Tomohon Yanti hadir sebagai "
     "narasumber rapat.", []),
    # the same head telling of a signing still tells of it
    ("Kepala Bagian Kerja Sama Setda Kabupaten Kampar Budi mengatakan Pemkab Kampar dan Pemko Pekanbaru telah "
     "meneken MoU pengelolaan sampah.", [(["14.01", "14.71"], "mou")]),
])
def test_a_unit_named_for_cooperation_is_no_word_of_cooperation(text, want):
    assert [(a["parties"], a["kind"]) for a in extract_text(text, id="t")["agreements"]] == want


@pytest.mark.parametrize("each", ["secara terpisah, masing-masing antara", "masing-masing oleh", "secara terpisah oleh"])
def test_a_host_with_partners_after_a_word_of_each_signs_with_each(each):
    text = (f"Perjanjian Kerja Sama ditandatangani {each} Pemprov Riau dengan Pemkab Kampar, Pemkab Siak dan "
            "Pemkot Pekanbaru, Senin (3/6/2024).")
    assert _pairs_kinds(text) == [(["14", "14.01"], "pks"), (["14", "14.08"], "pks"), (["14", "14.71"], "pks")]


def test_a_host_with_partners_in_one_document_and_no_word_of_each_is_one_agreement():
    text = ("Perjanjian Kerja Sama antara Pemprov Riau dengan Pemkab Kampar, Pemkab Siak dan Pemkot Pekanbaru "
            "ditandatangani di tempat terpisah oleh para kepala daerah, Senin (3/6/2024).")
    assert _pairs_kinds(text) == [(["14", "14.01", "14.08", "14.71"], "pks")]


@pytest.mark.parametrize("count, then", [
    ("bersama tiga pemerintah kabupaten/kota", "Ketiga daerah itu adalah Kabupaten Kampar, Kabupaten Siak dan Kota Pekanbaru."),
    ("dengan tiga daerah tetangganya", "Kesepakatan diikuti Kab. Kampar, Kab. Siak dan Kota Pekanbaru."),
    ("dan 3 kabupaten/kota", "Mereka yakni Kabupaten Kampar, Kabupaten Siak serta Kota Pekanbaru."),
])
def test_a_host_with_a_number_of_partners_listed_after_is_one_group(count, then):
    text = f"Pemprov Riau {count} menandatangani Kesepakatan Bersama, Senin (3/6/2024). {then}"
    assert _pairs_kinds(text) == [(["14", "14.01", "14.08", "14.71"], "mou")]


def test_a_number_of_partners_that_the_next_sentences_do_not_list_forms_no_group():
    # two named where three were counted: not the list of them
    text = ("Pemprov Riau bersama tiga pemerintah kabupaten/kota menandatangani Kesepakatan Bersama, Senin "
            "(3/6/2024). Bupati Kampar dan Wali Kota Pekanbaru menyambut baik langkah itu.")
    assert _pairs_kinds(text) == []


@pytest.mark.parametrize("follow_up, kinds", [
    ("Kesepakatan itu telah ditindaklanjuti dengan Perjanjian Kerja Sama yang diteken April lalu.", ["mou", "pks"]),
    ("Dinas terkait sudah menindaklanjutinya dengan Perjanjian Kerja Sama yang diteken April lalu.", ["mou", "pks"]),
    # still to come: a plan once a draft is under way; told only as the MoU's course, none
    ("Kesepakatan itu akan ditindaklanjuti dengan Perjanjian Kerja Sama yang drafnya sedang disusun.",
     ["mou", "plan"]),
    ("Kesepakatan itu akan ditindaklanjuti dengan Perjanjian Kerja Sama.", ["mou"]),
])
def test_a_follow_up_told_as_done_is_signed_one_still_to_come_is_a_plan(follow_up, kinds):
    text = ("Pemkab Sleman dan Pemkot Yogyakarta menandatangani Kesepakatan Bersama tentang "
            "pengelolaan sampah, Senin (3/6/2024). " + follow_up)
    assert sorted(a["kind"] for a in _one(text)) == kinds


_FIVE_MOU = ("Kesepakatan Bersama antara Pemprov Riau, Pemkab Kampar, Pemkab Siak dan Pemkot Pekanbaru diteken "
             "tahun lalu. ")


@pytest.mark.parametrize("then, want", [
    ("Kesepakatan itu telah ditindaklanjuti dengan Perjanjian Kerja Sama antara Pemkab Kampar dan Pemkot "
     "Pekanbaru yang diteken April lalu.", [(["14.01", "14.71"], "pks")]),
    ("Pemkab Kampar dan Pemkot Pekanbaru tengah menyusun draf PKS yang ditargetkan diteken akhir tahun.",
     [(["14.01", "14.71"], "plan")]),
])
def test_a_document_of_some_of_the_parties_is_an_agreement_of_its_own(then, want):
    assert _pairs_kinds(_FIVE_MOU + then) == sorted([(["14", "14.01", "14.08", "14.71"], "mou")] + want)


@pytest.mark.parametrize("then", [
    "Bupati Kampar dan Wali Kota Pekanbaru menyebut Kesepakatan Bersama itu penting.",
    "Pemkab Kampar dan Pemkot Pekanbaru paling aktif menjalankan kerja sama tersebut.",
])
def test_some_of_the_parties_named_again_of_the_same_document_are_the_same_agreement(then):
    assert _pairs_kinds(_FIVE_MOU + then) == [(["14", "14.01", "14.08", "14.71"], "mou")]


@pytest.mark.parametrize("title, want", [
    # a title listing topics, each a noun and its place: the cooperation word's item alone
    ("Banjir Samarinda, MoU Bank Kaltimtara, hingga Air Bersih Balikpapan", [(["64.09", "64.71"], "mou")]),
    ("Banjir Samarinda, MoU Balikpapan-PPU, dan Jalan Rusak di Kutai Kartanegara", [(["64.09", "64.71"], "mou")]),
    # a title listing the parties before the cooperation word: all of them
    ("Pemkot Samarinda, Balikpapan, dan PPU Teken MoU", [(["64.09", "64.71", "64.72"], "mou")]),
])
def test_a_title_that_lists_topics_gives_the_cooperation_word_its_own_item(title, want):
    text = (f"{title}\n\nBanjir melanda Kota Samarinda, kata Wali Kota Samarinda. Kabupaten Kutai Kartanegara "
            "memperbaiki jalan. Pemkot Balikpapan dan Pemkab PPU menandatangani Kesepakatan Bersama, Rabu "
            "(8/5/2024). Kesepakatan diteken Wali Kota Balikpapan dan Bupati PPU.")
    assert _pairs_kinds(text) == want


@pytest.mark.parametrize("other, date", [
    # another signing of a government in none of the agreements (with a bank): not their date
    ("Pj Gubernur Kaltim dan Direktur Bank Kaltimtara meneken nota kesepahaman, Selasa (7/5/2024).", "2024-05-08"),
    # a signing sentence naming a party keeps its date
    ("Wali Kota Balikpapan meneken nota kesepahaman, Selasa (7/5/2024).", "2024-05-07"),
])
def test_a_signing_of_governments_outside_the_agreements_gives_no_date(other, date):
    text = (f"{other} Pemkot Balikpapan dan Pemkab PPU menandatangani Kesepakatan Bersama, Rabu (8/5/2024).")
    assert [a["signed_on"] for a in _one(text)] == [date]


@pytest.mark.parametrize("partner, want", [
    # each signs with a company: no agreement between them
    ("PT PLN (Persero) UIW Riau tentang penerangan jalan umum", []),
    ("Bank Riau Kepri tentang layanan kas daerah", []),
    # each signs with a government: a pair of each with it
    ("Pemprov Riau tentang pengelolaan jalan perbatasan", [["14", "14.01"], ["14", "14.08"], ["14", "14.71"]]),
])
def test_regions_that_each_sign_with_the_same_partner_are_no_partners_of_each_other(partner, want):
    text = ("Bupati Kampar Yuda, Bupati Siak Alfedri dan Wali Kota Pekanbaru Agung masing-masing menandatangani "
            f"perjanjian kerja sama dengan {partner}, Selasa (4/6/2024).")
    assert sorted(a["parties"] for a in _one(text)) == want


@pytest.mark.parametrize("text, want", [
    # a verb of speech before a comma is no word of the name, even when an acronym that reads as a degree follows
    ("Kepala DPMPTSP Kota Batam Yusfa Hendri menjelaskan, MPP Batam melayani 286 jenis layanan.", "Yusfa Hendri"),
    ("Bupati Bintan Suhardi Yakub menambahkan, NTT membutuhkan pasokan beras.", "Suhardi Yakub"),
    # a name written in lower case before its degree still is one
    ("Gubernur Jawa Barat Ridwan kamil, ST, membuka acara.", "Ridwan kamil"),
])
def test_a_verb_before_a_comma_ends_the_name(text, want):
    assert [o["name"] for o in extract_text(text, id="t")["officials"]] == [want]


def test_officials_written_in_capitals_in_a_sentence_of_ordinary_case():
    text = ("Pemko Tanjungpinang dan Pemkab Bintan menandatangani Kesepakatan Bersama. Kesepakatan ditandatangani "
            "oleh PJ WALI KOTA TANJUNGPINANG DRS. SYAHRUL AZHAR, M.SI. dan BUPATI BINTAN H. SUHARDI YAKUB, S.E., "
            "disaksikan WAKIL GUBERNUR KEPRI IRWAN SAHPUTRA.")
    got = extract_text(text, id="t")
    assert [(o["name"], o["title"], o["region"]) for o in got["officials"]] == [
        ("Syahrul Azhar", "Pj Wali Kota", "21.72"), ("Suhardi Yakub", "Bupati", "21.01"),
        ("Irwan Sahputra", "Wakil Gubernur", "21")]
    (a,) = got["agreements"]
    assert _signers(a) == [("Suhardi Yakub", "21.01"), ("Syahrul Azhar", "21.72")]


def test_a_headline_all_in_capitals_names_no_official():
    # its verbs would read as names: "Saksikan Penandatanganan"
    got = extract_text("GUBERNUR RIAU SAKSIKAN PENANDATANGANAN MOU PEMKAB KAMPAR DAN PEMKO PEKANBARU", id="t")
    assert got["officials"] == []


@pytest.mark.parametrize("said, want", [
    ("Penandatangan MoU adalah Bupati Kampar Kamsol dan Wali Kota Pekanbaru Firdaus.",
     [("Firdaus", "14.71"), ("Kamsol", "14.01")]),
    ("Adapun yang menandatangani kesepakatan ialah Bupati Kampar Kamsol dan Wali Kota Pekanbaru Firdaus.",
     [("Firdaus", "14.71"), ("Kamsol", "14.01")]),
    # the signing, not the signer: what it is, not who
    ("Penandatanganan MoU adalah tindak lanjut pertemuan Bupati Kampar Kamsol dan Wali Kota Pekanbaru Firdaus.", []),
])
def test_the_signers_named_as_who_signs(said, want):
    (a,) = _one("Pemkab Kampar dan Pemko Pekanbaru meneken MoU. " + said)
    assert _signers(a) == want


@pytest.mark.parametrize("in_turn", ["satu per satu", "secara bergantian", "bergiliran"])
def test_a_host_who_signs_in_turn_with_the_heads_listed_signs_with_each(in_turn):
    # the host's degrees carry periods and a deputy signs for one partner: still one pair per partner
    text = (f"Gubernur Riau Dr. H. Abdul Wahid, M.Si. meneken {in_turn} naskah kesepakatan bersama dengan "
            "Bupati Kampar Ahmad Yuzar, Wakil Bupati Siak Husni Merza yang mewakili bupati, serta Wali Kota "
            "Pekanbaru Agung Nugroho, Senin (3/6/2024).")
    assert _pairs_kinds(text) == [(["14", "14.01"], "mou"), (["14", "14.08"], "mou"), (["14", "14.71"], "mou")]


def test_a_host_who_signs_one_document_with_the_heads_listed_signs_one_agreement():
    text = ("Gubernur Riau Dr. H. Abdul Wahid, M.Si. meneken naskah kesepakatan bersama dengan Bupati Kampar "
            "Ahmad Yuzar, Bupati Siak Afni dan Wali Kota Pekanbaru Agung Nugroho, Senin (3/6/2024).")
    assert _pairs_kinds(text) == [(["14", "14.01", "14.08", "14.71"], "mou")]


def test_a_signing_attended_after_a_pair_put_off_is_not_theirs():
    text = ("Pemprov Sumut menandatangani kesepakatan bersama dengan Pemko Medan, Selasa (11/2/2025). Kepala Biro "
            "Pemerintahan Rizal menambahkan, Pemkab Karo dijadwalkan menandatangani kesepakatan bersama dengan "
            "Pemprov Sumut pada Maret mendatang. Penandatanganan turut dihadiri perwakilan Kementerian Dalam Negeri.")
    assert _pairs_kinds(text) == [(["12", "12.06"], "plan"), (["12", "12.71"], "mou")]


@pytest.mark.parametrize("verb", ["menandatangani", "dijadwalkan menandatangani"])
def test_governments_signing_a_similar_agreement_with_one_each_sign_their_own(verb):
    text = f"Pemkab Karo dan Pemkab Simalungun {verb} kesepakatan bersama serupa dengan Pemprov Sumut."
    kind = "mou" if verb == "menandatangani" else "plan"
    assert _pairs_kinds(text) == [(["12", "12.06"], kind), (["12", "12.08"], kind)]


def test_the_fields_of_the_pks_an_mou_is_followed_by_are_the_pks_own():
    text = ("Pemprov Riau dan Pemkab Kampar menandatangani kesepakatan bersama tentang pendidikan, Senin (3/6/2024). "
            "Kesepakatan itu langsung ditindaklanjuti dengan perjanjian kerja sama (PKS) tentang penyediaan benih "
            "padi unggul dan pendampingan petani. PKS tersebut ditandatangani Kepala Dinas Pertanian Riau Budi dan "
            "Kepala Dinas Pertanian Kampar Joko.")
    assert sorted((a["kind"], a["sectors"]) for a in _one(text)) == [("mou", ["pendidikan"]), ("pks", ["pertanian"])]


def test_a_deputy_signing_for_the_head_still_stands_in_the_list_of_signers():
    # the last signer stands far from the signing word, after a long list in degrees
    text = ("Gubernur Riau Abdul Wahid meneken kesepakatan bersama dengan Bupati Siak Dr. H. Afni Zulkifli, S.E., "
            "M.Si., Bupati Pelalawan H. Zukri Misran, S.E., M.M., Wakil Bupati Kampar Misharti, S.H. yang mewakili "
            "bupati, serta Pj Wali Kota Pekanbaru Drs. Risnandar Mahiwa, M.AP., Senin (3/6/2024).")
    (a,) = _one(text)
    assert _signers(a) == [("Abdul Wahid", "14"), ("Afni Zulkifli", "14.08"), ("Misharti", "14.01"),
                           ("Risnandar Mahiwa", "14.71"), ("Zukri Misran", "14.05")]


def test_the_province_of_north_sumatra_in_its_medan_short_form():
    text = ("Pemprov Sumut dan Pemkab Karo menandatangani kesepakatan bersama. Sekda Provsu Drs. Hasudungan Pane, "
            "M.Si. menjelaskan naskah telah dibahas sejak November.")
    assert [(o["name"], o["region"]) for o in extract_text(text, id="t")["officials"]] == [("Hasudungan Pane", "12")]


@pytest.mark.parametrize("put_off", [
    "Wakil Bupati Halteng hadir namun tidak dapat menandatangani karena tidak membawa surat kuasa.",
    '"Kami jadwalkan ulang penandatanganan dengan Halteng," kata Kepala Biro.',
])
def test_a_signing_that_could_not_be_done_is_still_to_come(put_off):
    text = f"Kesepakatan bersama Pemprov Malut dengan Pemkab Halmahera Tengah (Halteng) belum diteken. {put_off}"
    assert _pairs_kinds(text) == [(["82", "82.02"], "plan")]


def test_partners_listed_after_with_and_no_host_each_pair_with_the_host_of_the_article():
    text = ("Pemprov Malut dan Pemkot Ternate menandatangani kesepakatan bersama di Sofifi, Rabu (12/3/2025). "
            "Kesepakatan itu ditandatangani Gubernur Malut Ishak dan Wali Kota Ternate Hasbi. Sementara itu, "
            "kesepakatan dengan Pemkab Halmahera Tengah dan Pemkab Halmahera Timur batal diteken hari itu. "
            "Kedua naskah mengatur pemeliharaan jalan dan perhubungan di kawasan industri nikel Weda.")
    got = sorted((a["parties"], a["kind"], a["sectors"]) for a in _one(text))
    assert got == [(["82", "82.02"], "plan", ["pekerjaan-umum", "perhubungan"]),
                   (["82", "82.06"], "plan", ["pekerjaan-umum", "perhubungan"]),
                   (["82", "82.71"], "mou", [])]


def test_partners_listed_after_with_in_one_document_are_not_split():
    text = ("Pemprov Malut dan Pemkot Ternate menandatangani kesepakatan bersama, Rabu (12/3/2025). Sementara itu, "
            "satu naskah kesepakatan dengan Pemkab Halmahera Tengah dan Pemkab Halmahera Timur batal diteken.")
    assert ["82", "82.02"] not in [a["parties"] for a in _one(text)]


def test_a_headline_part_that_signs_for_one_signs_for_none_of_those_put_off():
    text = ("Hanya Ternate yang Teken, Kesepakatan Pemprov Malut dengan Halteng dan Haltim Ditunda\n\n"
            "Pemprov Malut dan Pemkot Ternate menandatangani kesepakatan bersama, Rabu (12/3/2025). "
            "Kesepakatan dengan Pemkab Halmahera Tengah dan Pemkab Halmahera Timur ditunda.")
    assert _pairs_kinds(text) == [(["82", "82.02"], "plan"), (["82", "82.06"], "plan"), (["82", "82.71"], "mou")]


def test_a_plan_to_sign_told_as_the_subject_is_no_signing():
    text = ("SOFIFI - Rencana Pemerintah Provinsi Maluku Utara (Pemprov Malut) menandatangani kesepakatan bersama "
            "dengan Pemkab Halmahera Tengah tidak berjalan mulus.")
    assert _pairs_kinds(text) == [(["82", "82.02"], "plan")]


def test_a_total_of_pks_is_shared_among_the_pairs_as_told():
    text = ("Pemkot Makassar menandatangani tiga perjanjian kerja sama (PKS) dengan Pemkab Pangkep serta Pemkab Maros, "
            "Rabu (16/10/2024). Dua PKS merupakan tindak lanjut kesepakatan Makassar-Pangkep, dan satu PKS tindak "
            "lanjut kesepakatan Makassar-Maros.\n")
    pks = Counter(tuple(a["parties"]) for a in extract_text(text, id="x")["agreements"] if a["kind"] == "pks")
    assert pks == {("73.10", "73.71"): 2, ("73.09", "73.71"): 1}


def test_a_count_after_the_subject_is_the_pair_named_after_it():
    text = ("Pemkot Makassar meneken dua PKS dengan Pemkab Pangkep dan satu PKS dengan Pemkab Maros, "
            "Rabu (16/10/2024).\n")
    pks = Counter(tuple(a["parties"]) for a in extract_text(text, id="x")["agreements"] if a["kind"] == "pks")
    assert pks == {("73.10", "73.71"): 2, ("73.09", "73.71"): 1}


def test_a_total_of_pks_with_several_partners_is_not_each_pairs():
    text = ("Pemkot Makassar menandatangani tiga PKS dengan Pemkab Pangkep dan Pemkab Maros, Rabu (16/10/2024).\n")
    pks = Counter(tuple(a["parties"]) for a in extract_text(text, id="x")["agreements"] if a["kind"] == "pks")
    assert pks == {("73.10", "73.71"): 1, ("73.09", "73.71"): 1}


def test_one_who_adds_a_word_on_the_signing_does_not_sign():
    text = ("Pemkot Bitung dan Pemkab Minahasa Utara menandatangani kesepakatan bersama, Senin (3/6/2024). "
            "Kesepakatan diteken Wali Kota Bitung Hengky Rumengan dan Bupati Minahasa Utara Frans Lumingkewas.\n\n"
            "Kepala Bagian Kerja Sama Setda Kota Bitung, Meiske Wenas, menambahkan, kesepakatan berlaku selama "
            "lima tahun sejak ditandatangani.\n")
    (mou,) = extract_text(text, id="x")["agreements"]
    assert sorted(s["name"] for s in mou["signatories"]) == ["Frans Lumingkewas", "Hengky Rumengan"]


def test_a_count_for_each_partner_is_each_pairs():
    text = ("Pemprov Riau menandatangani masing-masing dua PKS dengan Pemkab Kampar dan Pemkab Siak, "
            "Rabu (16/10/2024).\n")
    pks = Counter(tuple(a["parties"]) for a in extract_text(text, id="x")["agreements"] if a["kind"] == "pks")
    assert pks == {("14", "14.01"): 2, ("14", "14.08"): 2}


def test_offices_of_the_term_before_are_not_the_holders_named_now():
    text = ("Pemkot Baubau dan Pemkab Buton Tengah meneken Kesepakatan Bersama pada 2021. Kesepakatan Bersama itu "
            "diteken Wali Kota Baubau dan Bupati Buton Tengah periode sebelumnya.\n\n"
            "Wali Kota Baubau, H. Muhammad Yasin Kamaru, S.E., menyayangkan langkah tersebut.\n")
    record = extract_text(text, id="x")
    assert [o["name"] for o in record["officials"]] == ["Muhammad Yasin Kamaru"]
    assert [a["signatories"] for a in record["agreements"]] == [[]]


def test_a_sentence_set_beside_the_one_before_gives_its_partner_s_fields():
    text = ("Pemkab Tulang Bawang Barat menjajaki kerja sama dengan Pemkab Tulang Bawang dan Pemkab Mesuji.\n\n"
            "Dengan Tulang Bawang, kedua daerah membahas rencana kerja sama pemeliharaan jalan. Sementara dengan "
            "Mesuji, pembahasan difokuskan pada bidang pertanian, terutama komoditas singkong.\n")
    sectors = {tuple(a["parties"]): a["sectors"] for a in extract_text(text, id="x")["agreements"]}
    assert sectors == {("18.05", "18.12"): ["pekerjaan-umum"], ("18.11", "18.12"): ["pertanian"]}


def test_pks_of_kabupaten_told_by_their_kind_are_not_the_provinces():
    text = ("Sumsel-Jambi Teken Kesepakatan Bersama, Dua Pasang Kabupaten Perbatasan Langsung Teken PKS\n\n"
            "Pemerintah Provinsi Sumatera Selatan dan Pemerintah Provinsi Jambi menandatangani kesepakatan bersama, "
            "Jumat (5/7/2024). Di sela acara yang sama, dua pasang kabupaten menandatangani perjanjian kerja sama "
            "(PKS) masing-masing.\n\n"
            "PKS pertama antara Pemkab Musi Banyuasin dan Pemkab Tanjung Jabung Barat tentang pemeliharaan jalan. "
            "PKS kedua antara Pemkab Musi Rawas Utara dan Pemkab Sarolangun tentang pelayanan kesehatan.\n")
    got = sorted((tuple(a["parties"]), a["kind"]) for a in extract_text(text, id="x")["agreements"])
    assert got == [(("15", "16"), "mou"), (("15.03", "16.13"), "pks"), (("15.06", "16.06"), "pks")]


def test_a_pks_apart_still_to_come_beside_one_signed_is_a_plan():
    text = ("Pemkot Sorong dan Pemkab Sorong menandatangani kesepakatan bersama tentang pengelolaan sampah regional "
            "dan penyediaan air baku, Senin (2/9/2024). Usai itu, kedua "
            "daerah langsung meneken perjanjian kerja sama (PKS) tentang pemanfaatan lahan TPA regional.\n\n"
            "Untuk penyediaan air baku, kedua pihak sepakat menyusun PKS tersendiri antara Dinas PUPR masing-masing. "
            "Draf PKS itu ditargetkan selesai November 2024.\n")
    got = sorted((a["kind"], a["sectors"]) for a in extract_text(text, id="x")["agreements"])
    assert got == [("mou", ["lingkungan-hidup", "pekerjaan-umum"]), ("pks", ["lingkungan-hidup"]),
                   ("plan", ["pekerjaan-umum"])]


def test_a_new_draft_beside_a_lapsed_agreement_is_a_plan_with_its_own_fields():
    text = ("Kesepakatan bersama antara Pemerintah Kota Jayapura dan Pemerintah Kabupaten Keerom tentang "
            "pengelolaan kawasan perbatasan sudah berakhir. Kesepakatan itu ditandatangani pada 17 Juli 2018. "
            "Ruang lingkupnya mencakup penataan pasar di wilayah perbatasan.\n\n"
            "Pemkot Jayapura kini tengah menyusun draf kesepakatan bersama yang baru dengan Kabupaten Keerom. "
            "Berbeda dengan sebelumnya, draf baru itu mencakup bidang perhubungan dan kesehatan.\n\n"
            "Ia menyebut bidang pendidikan perlu masuk dalam kerja sama baru.\n")
    got = sorted((a["kind"], a["sectors"]) for a in extract_text(text, id="x")["agreements"])
    assert got == [("mou", ["perdagangan"]), ("plan", ["kesehatan", "pendidikan", "perhubungan"])]


def test_a_host_s_mous_with_a_company_and_a_university_are_not_its_plan_with_a_region():
    text = ("Lutim Teken MoU dengan PT Vale dan Unhas, Jajaki Jalan Tembus ke Morut\n\n"
            "MALILI - Pemerintah Kabupaten Luwu Timur menandatangani dua nota kesepahaman, Selasa (2/7/2024). "
            "Mitranya adalah PT Vale Indonesia Tbk dan Universitas Hasanuddin (Unhas).\n\n"
            "MoU dengan PT Vale Indonesia mengatur pelatihan kerja. MoU ditandatangani Bupati Luwu Timur Andi Mustafa "
            "dan Direktur PT Vale Indonesia Dimas Prasetyo. Sementara MoU dengan Unhas mencakup penelitian dan "
            "beasiswa bagi putra-putri Lutim.\n\n"
            "Pemkab Lutim juga tengah menjajaki kerja sama dengan Pemerintah Kabupaten Morowali Utara di bidang "
            "perhubungan.\n")
    got = [(a["parties"], a["kind"], a["sectors"], a["signatories"]) for a in extract_text(text, id="x")["agreements"]]
    assert got == [(["72.12", "73.24"], "plan", ["perhubungan"], [])]


def test_the_pks_of_two_of_an_mou_s_three_is_theirs_alone():
    text = ("Pemprov Maluku menggelar evaluasi kerja sama pengelolaan sampah regional antara Pemprov Maluku, "
            "Pemerintah Kota Ambon, dan Pemerintah Kabupaten Maluku Tengah, Rabu (14/8/2024).\n\n"
            "Kerja sama itu berawal dari kesepakatan bersama tiga pihak yang ditandatangani pada 22 Juni 2021. "
            "Kesepakatan itu kemudian dijabarkan lewat perjanjian kerja sama (PKS) antara Dinas Lingkungan Hidup "
            "Kota Ambon dan Dinas Lingkungan Hidup Maluku Tengah yang diteken pada 9 Maret 2022.\n\n"
            "Kepala Biro Pemerintahan Setda Maluku mengatakan kerja sama tersebut sudah berjalan. \"Tetapi "
            "kontribusi biaya yang disepakati dalam PKS belum dibayarkan penuh,\" katanya.\n")
    got = sorted((a["parties"], a["kind"], a["signed_on"]) for a in extract_text(text, id="x")["agreements"])
    assert got == [(["81", "81.01", "81.71"], "mou", "2021-06-22"), (["81.01", "81.71"], "pks", "2022-03-09")]


def test_a_headline_of_two_agreements_told_apart_is_no_agreement_of_all_four():
    text = ("Kaltim-Sulsel Teken Kesepakatan Pangan, Samarinda Amankan Pasokan Beras dari Sidrap\n\n"
            "Pemprov Kaltim dan Pemprov Sulsel menandatangani kesepakatan bersama di bidang ketahanan pangan, "
            "Kamis (23/1/2025). Kesepakatan diteken Pj Gubernur Kaltim dan Pj Gubernur Sulsel.\n\n"
            "Pada acara yang sama, Pemkot Samarinda dan Pemkab Sidrap menandatangani perjanjian kerja sama (PKS) "
            "pasokan beras. PKS ditandatangani Kepala Dinas Ketahanan Pangan Kota Samarinda dan Kepala Dinas "
            "Ketahanan Pangan Sidrap.\n")
    got = sorted((a["parties"], a["kind"]) for a in extract_text(text, id="x")["agreements"])
    assert got == [(["64", "73"], "mou"), (["64.72", "73.14"], "pks")]


@pytest.mark.parametrize("sentence", [
    "Paling lambat bulan depan kami tanda tangan di Pinrang.",
    "Selambat-lambatnya pekan depan naskah itu diteken.",
    "Tahun depan kami menandatangani PKS itu.",
])
def test_a_signing_by_a_day_to_come_is_not_done(sentence):
    text = ("Pemkab Kukar dan Pemkab Pinrang dijadwalkan meneken PKS pasokan beras, Kamis (23/1/2025). "
            "Kepala Dinas Pangan Kukar mengatakan naskah PKS Kukar-Pinrang sudah dibahas bagian hukum. "
            f"{sentence}\n")
    assert [a["kind"] for a in extract_text(text, id="x")["agreements"]] == ["plan"]


@pytest.mark.parametrize("signing, want", [
    # "kesepakatan bersama" is the document, and "bersama" the other signer too
    ("Ia diwakili Wakil Bupati Gunungkidul Heri Susanto, S.E., yang menandatangani kesepakatan bersama Bupati "
     "Wonogiri Drs. Bambang Setyo, M.M.",
     ["Bambang Setyo", "Heri Susanto"]),
    # "Ia" is the one named last before: the one standing in for the governor
    ("Bupati Gunungkidul diwakili Asisten Perekonomian Setda Kabupaten Gunungkidul Heri Susanto. Ia meneken kesepakatan "
     "bersama Bupati Wonogiri Bambang Setyo.", ["Bambang Setyo", "Heri Susanto"]),
])
def test_signers_joined_by_bersama_and_told_by_a_pronoun(signing, want):
    text = ("Pemkab Gunungkidul dan Pemkab Wonogiri menandatangani Kesepakatan Bersama tentang kerja sama "
            f"perbatasan, Kamis (10/10/2024). {signing}\n")
    (mou,) = extract_text(text, id="x")["agreements"]
    assert sorted(s["name"] for s in mou["signatories"]) == want


def test_a_deputy_who_attends_for_the_head_signs_and_the_list_goes_on_after_him():
    text = ("Pemkot Surabaya menandatangani kesepakatan bersama dengan Pemkab Sumenep, Pemkab Lamongan dan Pemkot "
            "Madiun, Kamis (12/9/2024). Masing-masing daerah meneken naskah tersendiri dengan Surabaya.\n\n"
            "Wali Kota Surabaya Hendro Gunawan menandatangani kesepakatan bersama dengan Bupati Sumenep H. Moh. "
            "Kholilurrahman, S.H., Wakil Bupati Lamongan Dr. Abdul Rouf Hidayat, M.Pd. yang hadir mewakili Bupati "
            "Lamongan, serta Pj Wali Kota Madiun Ir. Eddy Santoso Wibowo, M.M.\n")
    signers = {tuple(a["parties"]): sorted(s["name"] for s in a["signatories"])
               for a in extract_text(text, id="x")["agreements"]}
    assert signers == {("35.24", "35.78"): ["Abdul Rouf Hidayat", "Hendro Gunawan"],
                       ("35.29", "35.78"): ["Hendro Gunawan", "Moh. Kholilurrahman"],
                       ("35.77", "35.78"): ["Eddy Santoso Wibowo", "Hendro Gunawan"]}


def test_one_unable_to_attend_is_no_witness_and_no_signer():
    text = ("Pemkab Gresik dan Pemkab Lamongan menandatangani kesepakatan bersama, Kamis (12/9/2024). Naskah "
            "ditandatangani Bupati Gresik Fauzan Hakim. Adapun Bupati Lamongan Hasan Basri berhalangan hadir "
            "sehingga penandatanganan untuk Kabupaten Lamongan dilakukan oleh Sekda Lamongan Zainal Arifin.\n")
    (mou,) = extract_text(text, id="x")["agreements"]
    assert sorted(s["name"] for s in mou["signatories"]) == ["Fauzan Hakim", "Zainal Arifin"]


def test_two_pks_in_a_numbered_list_after_a_law_s_title_each_with_its_signers_and_field():
    text = ("Pemerintah Provinsi Bali dan Pemerintah Provinsi Nusa Tenggara Barat menandatangani Kesepakatan Bersama "
            "pada Rabu, 2 Oktober 2024.\n\n"
            "Penyusunan Kesepakatan Bersama ini berpedoman pada Peraturan Menteri Dalam Negeri Nomor 22 Tahun 2020 "
            "tentang Tata Cara Kerja Sama Daerah dengan Daerah Lain dan Kerja Sama Daerah dengan Pihak Ketiga.\n\n"
            "Sebagai tindak lanjut, dilaksanakan pula penandatanganan 2 (dua) Perjanjian Kerja Sama oleh perangkat "
            "daerah teknis, yaitu:\n\n"
            "1. Perjanjian Kerja Sama antara Dinas Pariwisata Provinsi Bali dengan Dinas Pariwisata Provinsi Nusa "
            "Tenggara Barat tentang Promosi Pariwisata, yang ditandatangani oleh Kepala Dinas Pariwisata Provinsi "
            "Bali, I Wayan Sukrawan, dan Kepala Dinas Pariwisata Provinsi Nusa Tenggara Barat, Baiq Ernawati.\n\n"
            "2. Perjanjian Kerja Sama antara Dinas Perhubungan Provinsi Bali dengan Dinas Perhubungan Provinsi Nusa "
            "Tenggara Barat tentang Angkutan Penyeberangan, yang ditandatangani oleh Kepala Dinas Perhubungan "
            "Provinsi Bali, I Gede Wira, dan Kepala Dinas Perhubungan Provinsi Nusa Tenggara Barat, Saleh Yunus.\n")
    pks = sorted((a["sectors"], sorted(s["name"] for s in a["signatories"]))
                 for a in extract_text(text, id="x")["agreements"] if a["kind"] == "pks")
    assert pks == [(["pariwisata"], ["Baiq Ernawati", "I Wayan Sukrawan"]),
                   (["perhubungan"], ["I Gede Wira", "Saleh Yunus"])]


@pytest.mark.parametrize("office, title, region", [
    ("Staf Ahli Bupati Sumba Barat Bidang Pemerintahan, Hukum dan Politik,",
     "Staf Ahli Bupati Bidang Pemerintahan, Hukum dan Politik", "53.12"),
    ("Staf Ahli Gubernur Riau Bidang Ekonomi,", "Staf Ahli Gubernur Bidang Ekonomi", "14"),
    ("Kepala Subbagian Kerja Sama pada Bagian Pemerintahan Setda Kabupaten Sukoharjo,",
     "Kepala Subbagian Kerja Sama pada Bagian Pemerintahan Setda", "33.11"),
    ("Kasubag Kerja Sama Antar Daerah pada Bagian Pemerintahan Setda Kabupaten Bima,",
     "Kasubag Kerja Sama Antar Daerah pada Bagian Pemerintahan Setda", "52.06"),
    ("Asda I Pemprov Banten,", "Asda I", "36"),  # an Asisten Daerah, by its short form
])
def test_staff_advisers_and_heads_of_subsections_are_officials(office, title, region):
    text = f"Pemkab Bima dan Pemkot Bima menjajaki kerja sama. Hal itu disampaikan {office} Mukhtar Landa, S.H."
    got = [(o["title"], o["name"], o["region"]) for o in extract_text(text, id="t")["officials"]]
    assert got == [(title, "Mukhtar Landa", region)]


def test_the_matters_an_agreement_sets_out_one_by_one_are_its_fields():
    text = ("Pemerintah Kota Jayapura dan Pemerintah Kabupaten Jayapura menandatangani Kesepakatan Bersama, Jumat "
            "(28/2/2025).\n\n"
            "Terdapat tiga hal yang diatur dalam kesepakatan ini. Pertama, layanan pendidikan bagi anak-anak di "
            "perbatasan. Kedua, sinkronisasi data kependudukan warga perbatasan. Ketiga, penataan trayek angkutan "
            "umum Abepura-Sentani.\n")
    (mou,) = extract_text(text, id="x")["agreements"]
    assert mou["sectors"] == ["adminduk", "pendidikan", "perhubungan"]


def test_the_fields_of_the_document_before_told_as_of_that_time():
    text = ("Pemerintah Provinsi Sulawesi Utara dan Pemerintah Provinsi Gorontalo memperpanjang kerja sama melalui "
            "penandatanganan Kesepakatan Bersama yang baru, Senin (2/12/2024). Penandatanganan dilakukan Pj Gubernur "
            "Sulut dan Pj Gubernur Gorontalo.\n\n"
            "Kesepakatan Bersama sebelumnya ditandatangani kedua provinsi pada 10 April 2019 dan telah berakhir. "
            "Pada periode itu, kerja sama difokuskan pada bidang perdagangan dan perhubungan.\n\n"
            "Dalam kesepakatan yang baru, ruang lingkup kerja sama diperluas meliputi pariwisata.\n")
    got = sorted((a["signed_on"], a["sectors"]) for a in extract_text(text, id="x")["agreements"])
    assert got[0] == ("2019-04-10", ["perdagangan", "perhubungan"])


def test_the_document_before_told_by_its_year_is_an_agreement_with_no_day():
    text = ("Pemkab Tabanan dan Pemkab Badung sepakat memperpanjang kerja sama penyediaan air baku. Perjanjian Kerja "
            "Sama (PKS) yang baru diteken di Gedung Mario Tabanan, Senin (15/7/2024). PKS lama yang diteken kedua "
            "daerah tahun 2019 sudah habis masa berlakunya akhir Juni lalu. Lewat PKS itu, air dari mata air di "
            "Tabanan disalurkan ke instalasi air minum di Badung. PKS baru juga mengatur pelestarian lingkungan "
            "di kawasan hulu.")
    got = sorted((a["kind"], a["signed_on"] or "", a["sectors"]) for a in extract_text(text, id="x")["agreements"])
    assert got == [("pks", "", ["pekerjaan-umum"]), ("pks", "2024-07-15", ["lingkungan-hidup", "pekerjaan-umum"])]


def test_a_renewal_still_to_come_has_the_fields_of_what_it_renews():
    text = ("Pemerintah Kota Kupang dan Pemerintah Kabupaten Kupang mengevaluasi Perjanjian Kerja Sama (PKS) "
            "pelayanan air minum, Rabu (5/3/2025). PKS tersebut ditandatangani pada 15 Maret 2021.\n\n"
            "Kedua pemerintah sepakat memperpanjang kerja sama tersebut. Kepala Dinas PUPR Kota Kupang menyebutkan "
            "draf perjanjian perpanjangan sedang disusun tim teknis dan ditargetkan ditandatangani sebelum masa "
            "berlaku PKS lama berakhir.\n")
    got = sorted((a["kind"], a["sectors"]) for a in extract_text(text, id="x")["agreements"])
    assert got == [("pks", ["pekerjaan-umum"]), ("plan", ["pekerjaan-umum"])]


@pytest.mark.parametrize("signed, want", [
    # the host's PKS all of one field: the one like them is of it too
    ("Pemprov Sulsel menandatangani PKS tentang optimalisasi pajak daerah dengan Pemkab Gowa dan Pemkab Maros, "
     "Rabu (15/1/2025). Masing-masing kabupaten menandatangani PKS tersendiri dengan Pemprov Sulsel.",
     ["keuangan"]),
    # of different fields: which one it is like is not told
    ("Pemprov Sulsel menandatangani PKS tentang pajak daerah dengan Pemkab Gowa, Rabu (15/1/2025). Pada hari "
     "yang sama, Pemprov Sulsel juga meneken PKS tentang pariwisata dengan Pemkab Maros.", []),
])
def test_a_plan_like_the_signed_ones_has_their_field_where_they_share_one(signed, want):
    text = (f"{signed}\n\nSementara itu, Pemerintah Kota Makassar dijadwalkan menandatangani PKS serupa dengan "
            "Pemprov Sulsel pekan depan.\n")
    plans = [a["sectors"] for a in extract_text(text, id="x")["agreements"] if a["kind"] == "plan"]
    assert plans == [want]


@pytest.mark.parametrize("signing, want", [
    ("menandatangani PKS tentang pajak daerah dengan Pemkab Gowa dan PKS tentang pariwisata dengan Pemkab Maros",
     [(["73", "73.06"], "pks", ["keuangan"]), (["73", "73.09"], "pks", ["pariwisata"])]),
    ("menandatangani kesepakatan bersama dengan Pemkab Gowa dan perjanjian kerja sama dengan Pemkab Maros",
     [(["73", "73.06"], "mou", []), (["73", "73.09"], "pks", [])]),
    ("menandatangani PKS dengan Pemkab Gowa tentang pajak daerah dan dengan Pemkab Maros tentang pariwisata",
     [(["73", "73.06"], "pks", ["keuangan"]), (["73", "73.09"], "pks", ["pariwisata"])]),
])
def test_each_partner_after_a_dengan_of_its_own_has_its_own_document(signing, want):
    text = f"Pemprov Sulsel {signing}, Rabu (15/1/2025).\n"
    got = [(a["parties"], a["kind"], a["sectors"]) for a in extract_text(text, id="x")["agreements"]]
    assert got == want


@pytest.mark.parametrize("headline", [
    "PKS Angkutan Penyeberangan Diteken, Camat Keruak Tinjau Banjir",
    "PKS Angkutan Penyeberangan Diteken, Bupati Sumbawa Barat Tinjau Banjir",
])
def test_a_headline_s_scope_ends_where_someone_else_s_clause_begins(headline):
    text = (f"{headline}\n\nPemkab Lombok Timur dan Pemkab Sumbawa Barat menandatangani Perjanjian Kerja Sama (PKS) "
            "tentang penataan angkutan umum dari dan menuju Pelabuhan Kayangan, Senin (3/6/2024).\n")
    (pks,) = extract_text(text, id="x")["agreements"]
    assert pks["sectors"] == ["perhubungan"]


def test_each_government_signing_its_own_document_with_the_host_is_a_pair():
    text = ("Pemerintah Provinsi Jawa Tengah menandatangani kesepakatan bersama tentang opsen pajak daerah dengan lima "
            "pemerintah kabupaten/kota, Rabu (8/1/2025).\n\n"
            "Setiap daerah meneken naskah kesepakatan bersamanya sendiri dengan Pemprov Jateng. Dari pihak provinsi, "
            "kelima naskah ditandatangani Pj Gubernur Jawa Tengah Harjanto, sedangkan dari pihak kabupaten/kota "
            "secara bergantian maju Wakil Wali Kota Pekalongan Achmad Fuad, Bupati Pekalongan Nurul Hidayati, "
            "Plt Bupati Batang Suyitno, Bupati Pemalang Agus Mukhlisin, serta Bupati Tegal Rofiq Mardani.\n")
    got = sorted(tuple(a["parties"]) for a in extract_text(text, id="x")["agreements"])
    assert got == [("33", "33.25"), ("33", "33.26"), ("33", "33.27"), ("33", "33.28"), ("33", "33.75")]


def test_a_partner_still_to_sign_beside_partners_told_signing_is_a_plan():
    text = ("DKP Maluku Teken Tiga PKS Pelabuhan Perikanan, SBT Menyusul Bulan Depan\n\n"
            "AMBON - Dinas Kelautan dan Perikanan (DKP) Provinsi Maluku menandatangani PKS dengan tiga pemerintah "
            "kabupaten, Kamis (7/3/2024). Tiga PKS itu masing-masing diteken bersama Pemkab Maluku Tenggara, Pemkab "
            "Kepulauan Aru, dan Pemkab Maluku Barat Daya.\n\n"
            "Sementara itu, Pemkab Seram Bagian Timur dijadwalkan menandatangani PKS serupa dengan DKP Maluku pada "
            "April mendatang.\n")
    got = sorted((tuple(a["parties"]), a["kind"]) for a in extract_text(text, id="x")["agreements"])
    assert got == [(("81", "81.02"), "pks"), (("81", "81.05"), "plan"), (("81", "81.07"), "pks"),
                   (("81", "81.08"), "pks")]


def test_a_headline_of_three_pairs_each_told_apart():
    text = ("Sulbar-Sulsel Bertukar Naskah Kesepakatan Bersama, Polman-Pinrang dan Mamasa-Tator Ikut Teken PKS\n\n"
            "Pemerintah Provinsi Sulawesi Barat dan Pemerintah Provinsi Sulawesi Selatan resmi meneken Kesepakatan "
            "Bersama, Rabu (21/5/2025). Naskah ditandatangani Gubernur Sulbar dan Gubernur Sulsel.\n\n"
            "Pada kesempatan yang sama, dua pasang pemerintah kabupaten menandatangani perjanjian kerja sama (PKS). "
            "Pasangan pertama adalah Pemkab Polewali Mandar dan Pemkab Pinrang. PKS ini diteken Kepala Dinas "
            "Kesehatan Polman dan Kepala Dinas Kesehatan Pinrang. Pasangan kedua, Pemkab Mamasa dan Pemkab Tana "
            "Toraja, menandatangani PKS tentang pariwisata.\n")
    got = sorted((tuple(a["parties"]), a["kind"]) for a in extract_text(text, id="x")["agreements"])
    assert got == [(("73", "76"), "mou"), (("73.15", "76.04"), "pks"), (("73.18", "76.03"), "pks")]


def test_a_signing_that_was_to_be_and_is_put_off_beside_one_done():
    text = ("Kulon Progo dan Purworejo Sepakat Garap Kawasan Penyangga YIA, Penandatanganan dengan Magelang Ditunda\n\n"
            "Pemerintah Kabupaten Kulon Progo dan Pemerintah Kabupaten Purworejo resmi menjalin kerja sama. "
            "Kesepakatan bersama kedua daerah ditandatangani Kamis (15/6/2023). Kesepakatan bersama itu diteken "
            "Bupati Kulon Progo dan Wakil Bupati Purworejo.\n\n"
            "Sedianya, pada kesempatan yang sama Pemkab Kulon Progo juga menandatangani kesepakatan bersama dengan "
            "Pemkab Magelang tentang pariwisata. Namun, penandatanganan dengan Magelang batal digelar hari itu. "
            "Sekda Kabupaten Magelang mengatakan naskah masih dibahas. \"Kami targetkan Juli sudah bisa "
            "ditandatangani,\" katanya.\n")
    got = sorted((tuple(a["parties"]), a["kind"]) for a in extract_text(text, id="x")["agreements"])
    assert got == [(("33.06", "34.01"), "mou"), (("33.08", "34.01"), "plan")]


def test_a_headline_uses_the_short_form_the_body_defines_after_it():
    text = ("Morotai-Halut Teken MoU Perikanan, Tikep Siapkan Draf Kerja Sama dengan Halteng\n\n"
            "Pemerintah Kabupaten Pulau Morotai dan Pemerintah Kabupaten Halmahera Utara (Halut) meneken nota "
            "kesepahaman di bidang perikanan, Selasa (13/8/2024). MoU tersebut ditandatangani Pj Bupati Pulau "
            "Morotai dan Bupati Halut.\n\n"
            "Di tempat terpisah, Pemerintah Kota Tidore Kepulauan (Tikep) tengah menyiapkan draf kerja sama dengan "
            "Pemerintah Kabupaten Halmahera Tengah (Halteng) di bidang perhubungan.\n")
    got = sorted((tuple(a["parties"]), a["kind"]) for a in extract_text(text, id="x")["agreements"])
    assert got == [(("82.02", "82.72"), "plan"), (("82.03", "82.07"), "mou")]


def test_the_old_agreement_a_new_one_renews_with_its_own_date_and_fields():
    text = ("Pemerintah Kota Sungai Penuh dan Pemerintah Kabupaten Kerinci kembali meneken Kesepakatan Bersama, Kamis "
            "(15/5/2025). Kesepakatan ini memperbarui kesepakatan lama kedua daerah yang diteken pada 14 Juni 2021 "
            "dan telah habis masa berlakunya.\n\n"
            "Kesepakatan pertama itu ditandatangani Wali Kota Sungai Penuh bersama Bupati Kerinci kala itu. Isinya "
            "hanya mencakup dua bidang, yaitu penyediaan air bersih dan pengelolaan sampah.\n\n"
            "Kali ini, naskah baru diteken Wali Kota Sungai Penuh bersama Bupati Kerinci. Cakupannya diperluas "
            "menjadi pariwisata dan pelayanan kesehatan rujukan.\n")
    got = sorted((a["signed_on"], a["sectors"]) for a in extract_text(text, id="x")["agreements"])
    assert got[0] == ("2021-06-14", ["lingkungan-hidup", "pekerjaan-umum"])
    assert got[1][0] == "2025-05-15"


@pytest.mark.parametrize("first", [
    "Kesepakatan serupa pertama kali ditandatangani pada 2018 dan kala itu hanya mencakup pengelolaan sampah.",
    "Kesepakatan Bersama pertama kedua daerah diteken pada 2018 dan hanya mengatur pengelolaan sampah.",
])
def test_the_pairs_first_agreement_told_by_its_year_is_an_agreement_of_its_own(first):
    text = ("Pemerintah Kota Ambon dan Pemerintah Kabupaten Maluku Tengah menandatangani Kesepakatan Bersama yang baru "
            "tentang pengelolaan sampah dan angkutan kota, Senin (4/3/2024). Kerja sama kedua daerah bukan hal baru. "
            + first + " Kesepakatan itu berakhir Desember 2023.")
    got = sorted((a["signed_on"] or "", a["kind"], a["sectors"]) for a in extract_text(text, id="x")["agreements"])
    assert got == [("", "mou", ["lingkungan-hidup"]), ("2024-03-04", "mou", ["lingkungan-hidup", "perhubungan"])]


def test_the_agreement_a_new_one_continues_signed_once_on_its_day_is_one_of_its_own():
    text = ("Pemerintah Kota Surakarta dan Pemerintah Kabupaten Sukoharjo kembali meneken Kesepakatan Bersama, Rabu "
            "(22/5/2024). Kesepakatan baru ini merupakan kelanjutan dari kesepakatan bersama yang pernah "
            "ditandatangani kepala daerah kedua wilayah pada 12 Februari 2019 tentang penanganan banjir.")
    got = sorted((a["signed_on"], a["sectors"]) for a in extract_text(text, id="x")["agreements"])
    assert got[0] == ("2019-02-12", ["pekerjaan-umum"]) and got[1][0] == "2024-05-22"


def test_a_first_agreement_told_with_its_day_is_the_one_reported():
    text = ("Kesepakatan bersama pertama kedua daerah diteken Bupati Temanggung dan Pj Bupati Lombok Timur di Pendopo "
            "Temanggung, Rabu (21/8/2024). Kesepakatan itu mengatur pemasaran tembakau.")
    got = [(a["parties"], a["signed_on"]) for a in extract_text(text, id="x")["agreements"]]
    assert got == [(["33.23", "52.03"], "2024-08-21")]


def test_a_new_pks_still_in_draft_beside_the_one_evaluated_takes_the_fields_after_it():
    text = ("Pemerintah Kota Metro dan Pemerintah Kabupaten Lampung Timur menggelar monev Perjanjian Kerja Sama (PKS) "
            "bidang pelayanan kesehatan rujukan, Selasa (8/10/2024). PKS tersebut diteken pada 21 Maret 2023.\n\n"
            "Selain mengevaluasi PKS kesehatan, kedua daerah juga tengah menyiapkan PKS baru bidang pengelolaan "
            "sampah. Draf PKS itu masih dibahas tim teknis dan ditargetkan diteken pada Desember 2024.\n")
    got = sorted((a["kind"], a["sectors"]) for a in extract_text(text, id="x")["agreements"])
    assert got == [("pks", ["kesehatan"]), ("plan", ["lingkungan-hidup"])]


def test_a_government_and_an_office_of_the_state_signing_is_no_agreement_of_its_partner():
    text = ("Pemkab Boltim dan BPJS Kesehatan Teken PKS, Seluruh Warga Dijamin Berobat Gratis\n\n"
            "Pemerintah Kabupaten Bolaang Mongondow Timur (Boltim) menandatangani perjanjian kerja sama dengan BPJS "
            "Kesehatan Cabang Kotamobagu, Rabu (22/1/2025). PKS diteken Bupati Boltim Rusdi Paputungan dan Kepala "
            "BPJS Kesehatan Cabang Kotamobagu Andreas Sumampouw.\n\n"
            "Bupati menambahkan, layanan kesehatan bagi warga Boltim di perbatasan juga terbantu oleh nota "
            "kesepakatan dengan Pemkab Bolaang Mongondow Selatan yang diteken pada Agustus 2023.\n")
    got = [(a["parties"], a["kind"], a["signed_on"], a["signatories"])
           for a in extract_text(text, id="x")["agreements"]]
    assert got == [(["71.10", "71.11"], "mou", None, [])]


@pytest.mark.parametrize("sentence, want", [
    # one who hands the signing to another does not sign
    ("\"Bapak Gubernur sudah memberikan mandat kepada saya untuk menandatangani,\" kata Wakil Gubernur Papua "
     "Pegunungan Marthinus Kossay.", ["Herman Ndiken", "Marthinus Kossay"]),
    # one who only mentions the signing does not sign
    ("Di sela kegiatan, Yakob Elopere juga menyinggung nota kesepakatan yang telah diteken itu.",
     ["Herman Ndiken", "Marthinus Kossay"]),
])
def test_who_hands_over_or_mentions_a_signing_does_not_sign(sentence, want):
    text = ("Pemerintah Provinsi Papua Pegunungan dan Pemerintah Kabupaten Merauke meneken nota kesepakatan, Rabu "
            "(16/7/2025). Nota kesepakatan itu ditandatangani Wakil Gubernur Papua Pegunungan Marthinus Kossay dan "
            "Wakil Bupati Merauke Herman Ndiken.\n\nGubernur Papua Pegunungan Yakob Elopere tidak dapat hadir karena "
            f"sedang berada di Jakarta. {sentence}\n")
    (mou,) = extract_text(text, id="x")["agreements"]
    assert sorted(s["name"] for s in mou["signatories"]) == want


def test_a_sekda_standing_in_for_an_acting_governor_is_one_of_a_list_of_signers():
    text = ("Pemprov Jawa Barat dan Pemkot Cirebon menandatangani perjanjian kerja sama, Kamis (9/5/2024). Perjanjian "
            "kerja sama tersebut diteken Sekda Jabar, Dr. Ir. Taufik Rahmat, M.Si., yang mewakili Pj Gubernur Jabar, "
            "dan Sekda Kota Cirebon, Dr. Hj. Siti Maryam, M.Si., atas nama Wali Kota Cirebon.\n")
    (pks,) = extract_text(text, id="x")["agreements"]
    assert sorted(s["name"] for s in pks["signatories"]) == ["Siti Maryam", "Taufik Rahmat"]


def test_fields_go_on_after_tak_hanya_itu_and_stay_with_the_pair_a_sentence_names():
    text = ("Pemprov Sulawesi Barat dan Pemprov Sulawesi Selatan meneken Kesepakatan Bersama tentang pariwisata, Rabu "
            "(21/5/2025). Pada kesempatan yang sama, dua pasang pemerintah kabupaten menandatangani perjanjian kerja "
            "sama (PKS).\n\n"
            "Pasangan pertama adalah Pemkab Polewali Mandar dan Pemkab Pinrang. PKS keduanya mengatur layanan "
            "kesehatan rujukan. Tak hanya itu, keduanya juga menjaga pasokan beras ke pasar-pasar di perbatasan.\n\n"
            "Pasangan kedua, Pemkab Mamasa dan Pemkab Tana Toraja, menandatangani PKS tentang pemeliharaan jalan.\n")
    got = {tuple(a["parties"]): a["sectors"] for a in extract_text(text, id="x")["agreements"]}
    assert got == {("73", "76"): ["pariwisata"], ("73.15", "76.04"): ["kesehatan", "pangan"],
                   ("73.18", "76.03"): ["pekerjaan-umum"]}


def test_the_fields_of_an_agreement_with_a_university_are_not_the_pair_s():
    text = ("Pemkab Aceh Utara menandatangani nota kesepahaman dengan Universitas Malikussaleh, Kamis (19/9/2024). "
            "Ruang lingkup MoU meliputi riset pertanian dan beasiswa.\n\n"
            "Bupati juga menyinggung perjanjian kerja sama yang telah diteken Pemkab Aceh Utara dengan Pemkot "
            "Lhokseumawe pada Senin (2/9/2024). PKS tersebut mengatur pemanfaatan bersama TPA sampah.\n")
    (pks,) = extract_text(text, id="x")["agreements"]
    assert pks["sectors"] == ["lingkungan-hidup"]


def test_a_pks_the_article_calls_mou_is_a_pks_wherever_it_says_mou():
    text = ("Pemkot Gorontalo dan Pemkab Bolsel Teken MoU Lintas Provinsi\n\n"
            "Pemerintah Kota Gorontalo dan Pemerintah Kabupaten Bolaang Mongondow Selatan menandatangani Perjanjian "
            "Kerja Sama (MoU) di bidang kesehatan, Rabu (16/10/2024).")
    assert _pairs_kinds(text) == [(["71.11", "75.71"], "pks")]
    # an MoU of its own, named in Indonesian, is told apart
    text += " Sebelumnya kedua daerah meneken Kesepakatan Bersama pada 2023."
    assert _pairs_kinds(text) == [(["71.11", "75.71"], "mou"), (["71.11", "75.71"], "pks")]


def test_the_heads_of_that_time_who_signed_a_document_of_the_past():
    text = ("Contoh paling sering disebut adalah kesepakatan antara Pemerintah Kota Bengkulu dan Pemerintah Kabupaten "
            "Bengkulu Tengah pada 2018. Naskah yang diteken Wali Kota Bengkulu saat itu, H. Rozali Hamdan, S.E., dan "
            "Bupati Bengkulu Tengah Drs. H. Zulkifli Amran, M.M., itu mengatur penyediaan air baku serta tempat "
            "pemrosesan akhir sampah regional.")
    got = extract_text(text, id="t")
    (mou,) = got["agreements"]
    assert (mou["kind"], mou["signed_on"], mou["sectors"]) == ("mou", None, ["lingkungan-hidup", "pekerjaan-umum"])
    assert sorted((s["region"], s["name"]) for s in mou["signatories"]) == [
        ("17.09", "Zulkifli Amran"), ("17.71", "Rozali Hamdan")]
    assert ("Wali Kota", "Rozali Hamdan") in [(o["title"], o["name"]) for o in got["officials"]]


def test_residents_served_without_any_cooperation_between_their_regions_make_no_agreement():
    text = ("Pemkab Seluma dan Pemkab Bengkulu Selatan meneken kesepakatan bersama pada 2021 tentang rujukan pasien. "
            "Ia mencontohkan banyak warga asal Kabupaten Lebong dan Muko Muko yang berobat di Kota Bengkulu tanpa ada "
            "kerja sama apa pun antara daerah asal dan kota tujuan.")
    assert _pairs_kinds(text) == [(["17.01", "17.05"], "mou")]


@pytest.mark.parametrize("about_pks", [
    # a PKS never come to
    "Namun, sebagian besar naskah itu tidak pernah melangkah ke tahap berikutnya, yaitu Perjanjian Kerja Sama (PKS).",
    # a draft once made and left
    "Draf PKS sempat disusun pada 2021, tetapi tidak pernah diajukan ke DPRD.",
])
def test_a_pks_never_come_to_is_no_document(about_pks):
    text = ("Pemerintah Kabupaten Rejang Lebong dan Pemerintah Kabupaten Kepahiang menandatangani nota kesepakatan "
            "pada 2020 untuk mengembangkan kawasan wisata Bukit Kaba. " + about_pks)
    (mou,) = _one(text)
    assert (mou["parties"], mou["kind"], mou["sectors"]) == (["17.02", "17.08"], "mou", ["pariwisata"])


def test_all_five_by_their_number_are_the_five_named_before():
    text = ("Bekas wilayah kesultanan itu terbagi dalam lima daerah otonom: Kota Baubau, Kabupaten Buton, Kabupaten "
            "Buton Utara, Kabupaten Buton Tengah, dan Kabupaten Buton Selatan. Titik balik terjadi pada Selasa, "
            "12 Maret 2019. Di Baubau, kelima daerah menandatangani satu naskah Kesepakatan Bersama tentang "
            "pelestarian adat dan wisata sejarah. Kini, dengan masa berlaku kesepakatan yang telah habis, kelima "
            "daerah tengah menyusun adendum. Drafnya menambahkan "
            "dua bidang baru, yakni pelayanan kesehatan rujukan dan penanganan sampah laut.\n\n"
            "Kabupaten Wakatobi, yang dulu juga bagian dari Kabupaten Buton, beberapa kali hadir sebagai peninjau "
            "dalam rapat forum, tetapi tidak termasuk dalam kesepakatan maupun draf adendum.")
    got = sorted((a["kind"], a["parties"], a["signed_on"], a["sectors"]) for a in _one(text))
    five = ["74.04", "74.10", "74.14", "74.15", "74.72"]
    assert got == [("mou", five, "2019-03-12", ["kebudayaan", "pariwisata"]),
                   ("plan", five, None, ["kesehatan", "lingkungan-hidup"])]


ROUNDUP = ("Catatan Akhir Tahun: Mempawah Merajut Kerja Sama dengan Tetangga, dari Singkawang sampai Landak\n\n"
           "Sepanjang 2024, Pemkab Mempawah telah menjalin kerja sama dengan dua pemerintah daerah tetangga, "
           "menandatangani satu nota kesepahaman dengan perbankan, dan kini tengah menyiapkan kesepakatan baru "
           "dengan Pemerintah Provinsi Kalimantan Barat. Bupati Mempawah dan Wali Kota Singkawang menandatangani "
           "Kesepakatan Bersama pada Rabu, 13 Maret 2024. Perjanjian Kerja Sama (PKS) dengan Kabupaten Landak "
           "ditandatangani pada Kamis, 22 Agustus 2024. PKS tersebut diteken Sekretaris Daerah Mempawah dan "
           "Sekretaris Daerah Landak. Dokumen itu merupakan tindak lanjut dari Kesepakatan "
           "Bersama yang diteken kedua bupati pada 2022.\n\n"
           "Pemkab Mempawah juga meneken nota kesepahaman dengan PT Bank Kalbar pada Juni lalu. Agenda yang masih "
           "tertunda adalah kesepakatan dengan Pemprov Kalbar. Drafnya kini dibahas dan mencakup penanganan abrasi "
           "pantai.")


def test_a_roundup_of_a_hosts_year_tells_each_agreement_with_its_own_day():
    got = sorted((a["parties"], a["kind"], a["signed_on"] or "") for a in _one(ROUNDUP))
    assert got == [(["61", "61.02"], "plan", ""),  # (the bank's signing in its sentence is no signing with Kalbar)
                   (["61.02", "61.08"], "mou", ""), (["61.02", "61.08"], "pks", "2024-08-22"),
                   (["61.02", "61.72"], "mou", "2024-03-13")]


def test_the_sentences_after_an_agreement_with_others_end_at_another_government():
    (plan,) = [a for a in _one(ROUNDUP) if a["kind"] == "plan"]
    assert plan["sectors"] == ["pekerjaan-umum"]


PROVINCES_AND_A_KABUPATEN = (
    "Pemerintah Provinsi Sumatera Selatan dan Pemerintah Provinsi Kepulauan Bangka Belitung menandatangani "
    "Kesepakatan Bersama tentang pangan di Griya Agung, Palembang, Selasa (25/6/2024). Kedua provinsi sebenarnya "
    "pernah meneken kesepakatan kerja sama pada 2013, namun naskah yang hanya mengatur angkutan penyeberangan itu "
    "berakhir pada 2018.\n\n"
    "Di Kantor Bupati Bangka Barat, Muntok, Kepala Dinas Perhubungan Sumsel Ahmad Fauzan Rasyid dan Kepala Dinas "
    "Perhubungan Bangka Barat Yusri Tanjung menandatangani Perjanjian Kerja Sama (PKS) tentang angkutan lanjutan. "
    "PKS itu mengatur angkutan bus pengumpan dari pelabuhan ke pusat kota Palembang dan Muntok bagi penumpang kapal "
    "dari Sumsel. Penandatanganan disaksikan Penjabat Bupati Bangka Barat, Drs. Taufik Hidayatullah, M.Si.")


def test_a_sentence_on_the_content_of_the_document_names_places_not_parties():
    assert sorted({tuple(a["parties"]) for a in _one(PROVINCES_AND_A_KABUPATEN)}) == [("16", "19"), ("16", "19.05")]


def test_the_office_a_building_is_named_after_signs_nothing():
    (pks,) = [a for a in _one(PROVINCES_AND_A_KABUPATEN) if a["kind"] == "pks"]
    assert sorted(s["name"] for s in pks["signatories"]) == ["Ahmad Fauzan Rasyid", "Yusri Tanjung"]


def test_a_document_signed_once_before_is_an_agreement_with_its_own_fields():
    mous = sorted((a["signed_on"] or "", a["sectors"]) for a in _one(PROVINCES_AND_A_KABUPATEN) if a["kind"] == "mou")
    assert mous == [("", ["perhubungan"]), ("2024-06-25", ["pangan", "perhubungan"])]


def test_the_turn_of_a_partner_named_alone_sets_whose_fields_follow():
    text = ("Bupati Mempawah dan Wali Kota Singkawang menandatangani Kesepakatan Bersama pada Rabu, 13 Maret 2024. "
            "Ruang lingkupnya meliputi koridor wisata pesisir.\n\n"
            "Lima bulan kemudian, giliran Kabupaten Landak. Perjanjian Kerja Sama (PKS) tentang pemeliharaan ruas "
            "jalan dan pelayanan kesehatan rujukan ditandatangani pada Kamis, 22 Agustus 2024. PKS tersebut diteken "
            "Sekretaris Daerah Mempawah dan Sekretaris Daerah Landak.")
    got = sorted((a["parties"], a["kind"], a["sectors"]) for a in _one(text))
    assert got == [(["61.02", "61.08"], "pks", ["kesehatan", "pekerjaan-umum"]),
                   (["61.02", "61.72"], "mou", ["pariwisata"])]


def test_the_items_of_a_scope_told_by_a_speaker_one_sentence_each():
    text = ("Pemkab Kotawaringin Barat dan Pemkab Lamandau menandatangani Kesepakatan Bersama, Rabu (4/9/2024). "
            "Kesepakatan ini mencakup empat bidang. Sekda Suyanto menjelaskan, bidang pertama adalah pemeliharaan "
            "ruas jalan penghubung. Kedua, layanan kesehatan rujukan. Ketiga, layanan angkutan umum menuju bandara.")
    (mou,) = _one(text)
    assert mou["sectors"] == ["kesehatan", "pekerjaan-umum", "perhubungan"]


def test_soal_names_the_field_of_a_document():
    text = ("Gubernur Kaltim Teken MoU dengan Kukar dan Kubar\n\n"
            "Gubernur Kaltim bersama Bupati Kutai Kartanegara (Kukar) dan Bupati Kutai Barat (Kubar) meneken nota "
            "kesepakatan kerja sama di Samarinda, Rabu (23/10/2024).\n\nMeski ditandatangani di satu meja, naskahnya "
            "dua dan terpisah. Gubernur meneken satu MoU dengan Bupati Kukar, lalu satu MoU lagi dengan Bupati Kubar, "
            "masing-masing dengan isi yang berbeda.\n\nMoU Pemprov-Pemkab Kukar mengatur penguatan ketahanan "
            "pangan. Sementara MoU dengan Pemkab Kubar soal pemerataan jaringan internet.")
    got = sorted((a["parties"], a["sectors"]) for a in _one(text))
    assert got == [(["64", "64.02"], ["pangan"]), (["64", "64.07"], ["komunikasi-informatika"])]


@pytest.mark.parametrize("when, want", [
    ("pada Rabu menandatangani", "2023-11-22"),  # the article's own weekday: that day
    ("pada Senin menandatangani", "2023-11-20"),  # the last Monday before it
])
def test_a_bare_weekday_before_the_signing_verb_is_of_the_articles_week(when, want):
    text = ("Rabu, 22 November 2023 18:41 WIB\n\nWaikabubak (ANTARA) - Kabupaten Sumba Barat dan Kabupaten Sumba "
            f"Tengah {when} satu naskah Kesepakatan Bersama tentang pariwisata.")
    assert [a["signed_on"] for a in _one(text)] == [want]


def test_the_name_of_the_signers_office_names_no_field():
    text = ("Pemkot Pontianak dan Pemkab Kubu Raya menandatangani Perjanjian Kerja Sama tentang Pengelolaan Sampah, "
            "ditandatangani oleh Kepala Dinas Lingkungan Hidup Kota Pontianak dan Kepala Dinas Perumahan Rakyat, "
            "Kawasan Permukiman dan Lingkungan Hidup Kabupaten Kubu Raya, Kamis (18/1/2024).")
    assert [a["sectors"] for a in _one(text)] == [["lingkungan-hidup"]]


def test_the_mou_a_signing_follows_up_takes_its_own_day():
    text = ("Pemerintah Kota Pontianak dan Pemerintah Kabupaten Kubu Raya menindaklanjuti Kesepakatan Bersama kedua "
            "daerah dengan penandatanganan dua Perjanjian Kerja Sama (PKS) di bidang kesehatan, pada Kamis "
            "(18/1/2024). Kesepakatan Bersama tentang pelayanan publik sebelumnya telah ditandatangani oleh Wali Kota "
            "Pontianak dan Bupati Kubu Raya pada Selasa, 8 Agustus 2023.")
    assert sorted((a["kind"], a["signed_on"]) for a in _one(text)) == [
        ("mou", "2023-08-08"), ("pks", "2024-01-18"), ("pks", "2024-01-18")]


def test_terutama_untuk_names_the_field_of_a_plan_and_ponds_are_fisheries():
    text = ("Pemkot Tarakan dan Pemkab Bulungan menandatangani Kesepakatan Bersama tentang pengembangan hasil tambak "
            "udang, Selasa (11/2/2025). Pemkot Tarakan juga tengah menjajaki kerja sama serupa dengan Pemerintah "
            "Kabupaten Tana Tidung, terutama untuk pasokan sayur dan buah.")
    got = sorted((a["parties"], a["kind"], a["sectors"]) for a in _one(text))
    assert got == [(["65.01", "65.71"], "mou", ["kelautan-perikanan"]), (["65.04", "65.71"], "plan", ["pangan"])]


def test_a_document_signed_with_a_companys_head_is_with_others():
    text = ("Pemerintah Kota Ambon dan Pemerintah Kabupaten Maluku Tengah menandatangani Kesepakatan Bersama tentang "
            "penyediaan air baku, Kamis (6/2/2025). Selanjutnya, dalam kegiatan yang sama Penjabat Wali Kota Ambon juga "
            "menandatangani Nota Kesepahaman dengan General Manager PT PLN (Persero) UIW Maluku dan Maluku Utara "
            "tentang pemanfaatan energi baru terbarukan.")
    assert [a["sectors"] for a in _one(text)] == [["pekerjaan-umum"]]


def test_after_the_signing_with_a_partner_a_document_with_others_is_none_of_theirs():
    text = ("Pemkab Lamandau dan Pemkab Melawi menandatangani Kesepakatan Bersama tentang jalan perbatasan, Selasa "
            "(8/10/2024). Usai penandatanganan dengan Melawi, Pemkab Lamandau juga meneken Nota Kesepahaman dengan "
            "Perum Bulog tentang cadangan pangan, serta Perjanjian Kerja Sama dengan PT Bank Kalteng tentang layanan "
            "pembayaran nontunai.")
    assert [(a["kind"], a["sectors"]) for a in _one(text)] == [("mou", ["pekerjaan-umum"])]


def test_drh_is_an_honorific_before_the_name():
    text = ("Pemkab Lamandau dan Pemkab Melawi menandatangani Kesepakatan Bersama. Kepala Dinas Pertanian dan "
            "Peternakan Lamandau, drh. Sri Lestari Ningsih, menyebut sapi bakalan sudah disiapkan.")
    assert [o["name"] for o in extract_text(text, id="t")["officials"]] == ["Sri Lestari Ningsih"]


def test_a_pks_asked_for_after_the_signing_is_the_course_not_a_document():
    text = ("Pemkab Banjar dan Pemkot Banjarmasin menandatangani Kesepakatan Bersama tentang sampah, Rabu (4/9/2024). "
            "Karena itu, pihaknya meminta setiap kesepakatan yang diteken hari ini segera diturunkan menjadi PKS oleh "
            "perangkat daerah teknis.")
    assert _pairs_kinds(text) == [(["63.03", "63.71"], "mou")]


def test_of_several_pairs_one_told_only_as_not_signed_is_a_plan():
    text = ("Dalam forum tersebut, tiga pasang pemerintah kabupaten/kota menandatangani Kesepakatan Bersama. "
            "Pemkab Banjar dan Pemkot Banjarmasin meneken kesepakatan tentang sampah. Pemkab Barito Kuala dan Pemkot "
            "Banjarmasin meneken kesepakatan tentang angkutan sungai. Pemkab Hulu Sungai Selatan dan Pemkab Tapin "
            "meneken kesepakatan tentang pertanian. Pemkab Tanah Laut dan Pemkab Tanah Bumbu, yang berencana menjalin "
            "kerja sama pariwisata, belum jadi menandatangani. \"Kami targetkan bisa diteken sebelum akhir tahun,\" "
            "ujarnya. Ia meminta setiap kesepakatan yang diteken hari ini segera dijalankan.")
    assert (["63.01", "63.10"], "plan") in _pairs_kinds(text)
    assert len(_pairs_kinds(text)) == 4


def test_a_region_in_the_name_of_the_other_party_is_none():
    text = ("Pemkot Tanjungpinang dan Pemkab Bintan menandatangani Kesepakatan Bersama tentang air baku, Selasa "
            "(12/8/2025). Pada Maret 2020, Pemkot Batam dan Pemkab Karimun meneken Kesepakatan Bersama tentang "
            "angkutan laut.\n\nHendri juga mengingatkan, tidak semua nota yang diteken pemda masuk hitungan kerja "
            "sama daerah dengan daerah. Nota kesepahaman Pemprov Kepri dengan Badan Pengusahaan (BP) Batam tentang "
            "pengelolaan air bersih, misalnya, tergolong kerja sama dengan pihak lain, sebab BP Batam adalah lembaga "
            "pemerintah pusat.")
    assert _pairs_kinds(text) == [(["21.01", "21.72"], "mou"), (["21.02", "21.71"], "mou")]


@pytest.mark.parametrize("never", ["Pandemi datang beberapa pekan kemudian, dan pembahasan PKS tak pernah dimulai.",
                                   "Dokumen itu habis masa berlakunya tahun lalu, tanpa pernah dilengkapi PKS."])
def test_a_pks_whose_work_never_began_is_no_document(never):
    text = ("Pada Maret 2020, Pemkot Batam dan Pemkab Karimun meneken Kesepakatan Bersama tentang angkutan laut. "
            + never)
    assert _pairs_kinds(text) == [(["21.02", "21.71"], "mou")]


PASIGALA = ("RDP Komisi A: DPRD Palu Soroti Kerja Sama Pasigala yang Jalan di Tempat\n\n"
            "Rizal mempertanyakan nasib Kesepakatan Bersama Pasigala, yakni kesepakatan bersama Kota Palu, Kabupaten "
            "Sigi, dan Kabupaten Donggala yang diteken dalam satu naskah pada 2022. Kesepakatan yang difasilitasi "
            "Pemprov Sulteng itu mencakup pengelolaan sampah regional serta penanggulangan bencana.\n\n"
            "Pekan lalu, Pemkot Palu dan Pemkab Sigi menandatangani Perjanjian Kerja Sama (PKS) pemanfaatan TPA "
            "Kawatuna. \"PKS itu memuat kuota harian, kewajiban Sigi membayar jasa pengelolaan, dan masa berlaku tiga "
            "tahun,\" jelas Nurhayati.")


def test_a_pks_of_two_of_three_told_again_naming_one_of_them_is_theirs_alone():
    assert _pairs_kinds(PASIGALA) == [(["72.03", "72.10", "72.71"], "mou"), (["72.10", "72.71"], "pks")]


def test_the_scope_of_a_document_a_province_facilitated_and_an_idiom_of_a_title_case_headline():
    (mou,) = [a for a in _one(PASIGALA) if a["kind"] == "mou"]
    assert mou["sectors"] == ["lingkungan-hidup", "trantibum"]


COLUMN = ("Kerja Sama Ambon–Malteng: Setengah Tanda Tangan, Setengah Jalan\n\n"
          "Dua pekan lalu, Penjabat Wali Kota Ambon Dominggus Latuheru membubuhkan tanda tangannya pada naskah "
          "Kesepakatan Bersama antara Pemerintah Kota Ambon dan Pemerintah Kabupaten Maluku Tengah. Isinya penting "
          "bagi warga kota: penyediaan air baku dan pemanfaatan bersama lokasi TPA.\n\n"
          "Pada tahun 2021, Kota Ambon meneken nota kesepakatan dengan Kabupaten Seram Bagian Barat tentang pasokan "
          "bahan pangan. Tiga tahun berselang, saya belum menemukan satu pun perjanjian kerja sama (PKS) turunan.\n\n"
          "Saya juga berpendapat Ambon semestinya mulai menjajaki kerja sama perikanan dengan Kota Tual. Sayang bila "
          "dokumen yang disusun berbulan-bulan hanya berakhir sebagai foto seremoni dengan satu kolom tanda tangan "
          "kosong.")


def test_an_opinion_column_on_past_mous_reports_them_and_no_cooperation_it_only_advises():
    assert _pairs_kinds(COLUMN) == [(["81.01", "81.71"], "mou"), (["81.06", "81.71"], "mou")]


def test_isinya_opens_the_scope_and_the_signer_signs_the_document_the_sentence_names():
    got = {tuple(a["parties"]): (a["sectors"], [s["name"] for s in a["signatories"]]) for a in _one(COLUMN)}
    assert got[("81.01", "81.71")] == (["lingkungan-hidup", "pekerjaan-umum"], ["Dominggus Latuheru"])
    assert got[("81.06", "81.71")] == (["pangan"], [])


@pytest.mark.parametrize("text, want", [
    # the province after a kabupaten of it, in a name that is also a kabupaten's: where it is
    ("Pemkab Bolaang Mongondow Selatan (Bolsel) menjalin kerja sama lintas provinsi dengan Kabupaten Bone Bolango, "
     "Gorontalo. Kesepakatan Bersama sudah ditandatangani, Kamis (14/3/2024).", [["71.11", "75.03"]]),
    # in a list, it is the kabupaten
    ("Pemkab Bolsel menandatangani Kesepakatan Bersama dengan Kabupaten Bone Bolango, Gorontalo dan Boalemo "
     "secara terpisah, masing-masing pada Kamis (14/3/2024).", [["71.11", "75.01"], ["71.11", "75.02"], ["71.11", "75.03"]]),
])
def test_a_province_name_that_a_kabupaten_shares_after_one_of_its_kabupaten(text, want):
    assert sorted(a["parties"] for a in _one(text)) == want


ROUNDUP_NTB = (
    "Jejaring Kerja Sama Daerah NTB Kian Lebar, Sebagian Masih Sebatas Tanda Tangan\n\n"
    "Kepala Biro Pemerintahan Setda NTB Baiq Rina Apriani mencatat, sepanjang tahun ini ada beberapa dokumen kerja "
    "sama antardaerah yang ditandatangani. \"Tantangan kita bukan lagi menandatangani, tetapi memastikan ada "
    "perjanjian kerja sama yang menurunkannya,\" katanya.\n\n"
    "Kesepakatan pertama tahun ini diteken di Denpasar, Kamis, 16 Maret 2023. Gubernur NTB Zainal Abidin Rasyid dan "
    "Gubernur Bali I Wayan Mudita menandatangani Kesepakatan Bersama tentang pariwisata. Kesepakatan ini sudah "
    "ditindaklanjuti dengan pertukaran data, meski belum dituangkan dalam perjanjian kerja sama.\n\n"
    "Juni lalu, NTB meneken nota kesepakatan kerja sama perdagangan dengan Pemprov Jawa Timur di Surabaya.\n\n"
    "Pada 9 Agustus, Kepala Dinas PUPR Kabupaten Sumbawa Barat dan Kepala Dinas PUPR Kabupaten Sumbawa "
    "menandatangani perjanjian kerja sama pengelolaan air minum. PKS ini merupakan turunan dari kesepakatan kedua "
    "bupati yang diteken tahun lalu.\n\n"
    "Sementara itu, Penjabat Gubernur NTB membuka penjajakan kerja sama dengan Pemprov Papua Barat Daya. Kedua "
    "provinsi sepakat menyusun naskah kerja sama di bidang pendidikan vokasi. \"Kami harap bisa diteken pada "
    "triwulan pertama 2024,\" ujarnya.")


def test_a_years_roundup_of_a_province_each_agreement_its_kind():
    assert _pairs_kinds(ROUNDUP_NTB) == [
        (["35", "52"], "mou"), (["51", "52"], "mou"), (["52", "96"], "plan"),
        (["52.04", "52.07"], "mou"), (["52.04", "52.07"], "pks")]


def test_a_years_roundup_of_a_province_each_agreement_its_day_and_signers():
    got = {(tuple(a["parties"]), a["kind"]): (a["signed_on"], sorted(s["name"] for s in a["signatories"]))
           for a in _one(ROUNDUP_NTB, source=None)}
    assert got[("51", "52"), "mou"] == ("2023-03-16", ["I Wayan Mudita", "Zainal Abidin Rasyid"])
    assert got[("35", "52"), "mou"][0] is None  # (a month told back: "Juni lalu")
    assert got[("52.04", "52.07"), "mou"][0] is None  # ("tahun lalu")


def test_the_signers_who_follow_in_turn_sign_too():
    text = ("Pemkot Malang, Pemkab Malang dan Pemkot Batu menandatangani Kesepakatan Bersama, Selasa (19/11/2024). "
            "Pj Wali Kota Malang, Dr. Iwan Setiabudi, S.H., M.Si., membubuhkan tanda tangan pertama. Disusul Bupati "
            "Malang, H. Moch. Sholehuddin, S.E., M.M., lalu Pj Wali Kota Batu, Ir. Aries Prasetyo Nugroho, M.T.")
    (mou,) = _one(text)
    assert sorted(s["name"] for s in mou["signatories"]) == [
        "Aries Prasetyo Nugroho", "Iwan Setiabudi", "Moch. Sholehuddin"]


def test_the_fields_of_each_numbered_pair_of_a_host():
    text = ("Pemkot Surakarta menandatangani tiga nota kesepakatan dengan Pemkab Sukoharjo, Pemkab Karanganyar dan "
            "Pemkab Boyolali, Rabu (18/9/2024). Setiap kabupaten memiliki naskah kesepakatan sendiri dengan Pemkot "
            "Surakarta.\n\n1. Surakarta - Sukoharjo\n\nNota kesepakatan pertama diteken Wali Kota Surakarta bersama "
            "Bupati Sukoharjo. Kesepakatan ini akan menjadi dasar perpanjangan koridor bus hingga Solo Baru. Selain "
            "transportasi, kedua daerah juga sepakat menangani banjir.\n\n2. Surakarta - Karanganyar\n\nDari "
            "Karanganyar, naskah ditandatangani Sekretaris Daerah Kabupaten Karanganyar. Bidang yang disepakati adalah "
            "pengembangan paket wisata terpadu.\n\n3. Surakarta - Boyolali\n\nKesepakatan ketiga diteken Plt Bupati "
            "Boyolali. Isinya menyangkut penyediaan air baku.")
    got = sorted((a["parties"], a["sectors"]) for a in _one(text))
    assert got == [(["33.09", "33.72"], ["pekerjaan-umum"]), (["33.11", "33.72"], ["pekerjaan-umum", "perhubungan"]),
                   (["33.13", "33.72"], ["pariwisata"])]


def test_two_pks_being_drafted_are_two_plans_each_with_its_field():
    text = ("Pemkab Kutai Kartanegara dan Pemkot Samarinda menandatangani Kesepakatan Bersama, Jumat (11/10/2024). "
            "Saat ini dua PKS tengah disusun, yakni PKS pelayanan air minum di wilayah perbatasan, serta PKS angkutan "
            "umum aglomerasi.")
    got = sorted((a["kind"], a["sectors"]) for a in _one(text))
    assert got == [("mou", []), ("plan", ["pekerjaan-umum"]), ("plan", ["perhubungan"])]


def test_a_header_date_after_the_site_and_a_dash_is_the_articles():
    text = ("jayapuraterkini.com – Kamis (21/11/2024)\n\nDinkes Kota Jayapura dan Keerom Teken PKS\n\n"
            "JAYAPURA – Pemkot Jayapura dan Pemkab Keerom menandatangani perjanjian kerja sama (PKS) tentang "
            "rujukan pasien, kemarin.")
    got = extract_text(text, id="t")
    assert (got["published"], [a["signed_on"] for a in got["agreements"]]) == ("2024-11-21", ["2024-11-20"])


FORUM_IN_TURN = (
    "MAKASSAR – Pemerintah Kota (Pemkot) Makassar menandatangani tiga Kesepakatan Bersama dengan daerah penyangganya "
    "dalam Rapat Koordinasi Kerja Sama Daerah yang digelar Biro Pemerintahan dan Otonomi Daerah Setda Provinsi Sulsel "
    "di Hotel Claro, Makassar, Rabu (4/9/2024).\n\n"
    "Kesepakatan ditandatangani secara bergantian. Wali Kota Makassar Ir. H. Andi Rahmat Paturusi, M.T. lebih dulu "
    "meneken dokumen bersama Bupati Gowa Dr. H. Syamsul Bahri Tutu, S.H., M.H., disusul Penjabat (Pj) Bupati Maros "
    "Drs. Muhammad Arfan Lalo, M.Si. Adapun Pemkab Takalar diwakili Sekretaris Daerah (Sekda) Takalar H. Nurdin Baso, "
    "S.Sos., yang menandatangani atas nama Bupati.\n\n"
    "\"Dengan Takalar sifatnya kesepakatan payung dulu. Bidang-bidangnya nanti dirinci dalam perjanjian kerja sama "
    "oleh OPD teknis,\" kata Rosmini.")


def test_a_host_signing_in_turn_at_a_forum_another_office_held_signs_a_pair_with_each():
    assert _pairs_kinds(FORUM_IN_TURN) == [(["73.05", "73.71"], "mou"), (["73.06", "73.71"], "mou"),
                                           (["73.09", "73.71"], "mou")]


def test_a_province_named_as_where_the_parties_lie_is_no_party():
    text = ("PADANG - Tiga daerah bertetangga di pesisir barat Sumatera Barat, Kota Padang, Kabupaten Padang Pariaman "
            "dan Kota Pariaman, sepakat membangun kawasan aglomerasi. Ketiganya menandatangani satu naskah Kesepakatan "
            "Bersama di Auditorium Gubernuran, Kamis, 14 Maret 2024.\n\nNaskah itu diteken Wali Kota Padang H. Fadli "
            "Rahman, S.H., M.M., Bupati Padang Pariaman Drs. H. Zulkarnain, M.Si., dan Pj Wali Kota Pariaman Dr. "
            "Yuliandri Syafei, S.STP, M.Si.\n\nGubernur menegaskan Pemprov Sumbar tidak menjadi pihak dalam "
            "kesepakatan, namun akan mengawal pelaksanaannya.\n\nHadir pula Sekda Provinsi Sumbar Dr. Ir. Hansastri, "
            "M.Si.")
    assert _pairs_kinds(text) == [(["13.05", "13.71", "13.77"], "mou")]


def test_a_pks_called_mou_beside_a_companys_nota_and_signers_from_each_side():
    text = ("SAMARINDA — Pemerintah Provinsi Jawa Timur dan Pemerintah Provinsi Kalimantan Timur menandatangani "
            "perjanjian kerja sama (MoU) di bidang perdagangan antardaerah, Rabu (6/3/2024).\n\n"
            "Dari pihak Jatim, perjanjian diteken langsung Pj Gubernur Jawa Timur Dr. Ir. Bambang Sulistyo Adi, M.M. "
            "Sementara dari Kaltim, Pj Gubernur Kaltim yang sedang bertugas ke Jakarta diwakili Sekretaris Daerah "
            "Provinsi Kaltim Sri Wahyuni Kartikasari, S.Sos., M.Si., yang menandatangani atas nama gubernur.\n\n"
            "Dalam kesempatan itu, Perum Bulog Kanwil Kaltimtara juga menandatangani nota kesepahaman dengan sejumlah "
            "distributor swasta.\n\nPenandatanganan disaksikan Gubernur Sumatera Barat Buya H. Mahyeldi Jamaris.")
    got = extract_text(text, id="t")
    assert [(a["kind"], sorted(s["name"] for s in a["signatories"])) for a in got["agreements"]] == [
        ("pks", ["Bambang Sulistyo Adi", "Sri Wahyuni Kartikasari"])]
    names = [o["name"] for o in got["officials"]]
    assert "Kaltim" not in names and "Mahyeldi Jamaris" in names


def test_a_headline_of_a_roundup_naming_the_parties_of_several_agreements_is_none_of_its_own():
    text = ("SEPEKAN KERJA SAMA DAERAH: Speedboat Ternate–Tidore hingga Rujukan Kesehatan Morotai\n\n"
            "TERNATE – Pekan lalu menjadi pekan yang sibuk bagi urusan kerja sama daerah di Maluku Utara.\n\n"
            "Dinas Perhubungan Kota Ternate dan Dinas Perhubungan Kota Tidore Kepulauan menandatangani Perjanjian Kerja "
            "Sama angkutan penyeberangan, Rabu (4/9/2024). PKS diteken Kepala Dishub Ternate dan Kepala Dishub Tidore "
            "Kepulauan.\n\nPemkab Halmahera Utara (Halut) dan Pemkab Pulau Morotai menandatangani Kesepakatan Bersama "
            "tentang rujukan kesehatan, Jumat (6/9/2024). Kesepakatan diteken Bupati Halut dan Pj Bupati Morotai.")
    assert _pairs_kinds(text) == [(["82.03", "82.07"], "mou"), (["82.71", "82.72"], "pks")]


def test_three_regions_told_back_as_tiga_daerah_ini_are_the_three_named_before():
    text = ("Contoh lain adalah rencana pengelolaan TPA regional Ilo-Ilo oleh Kota Manado, Kabupaten Minahasa Utara dan "
            "Kota Bitung. Rencana kerja sama tiga daerah ini sudah dibahas sejak 2023, tetapi hingga kini dokumennya "
            "belum juga diteken.")
    assert _pairs_kinds(text) == [(["71.06", "71.71", "71.72"], "plan")]


def test_two_regions_told_back_as_kedua_kota_are_the_pair_named_before():
    # (the three's plan is one still: the column's general signing before any region names no one's)
    text = ("Setiap kali ada penandatanganan kesepakatan antardaerah, foto para kepala daerah menghiasi media. Ambil contoh Kota Manado dan Kota Bitung. Kedua kota menandatangani nota kesepakatan pada 2021 yang ruang "
            "lingkupnya perdagangan dan pariwisata. Contoh lain adalah rencana pengelolaan TPA regional oleh Kota "
            "Manado, Kabupaten Minahasa Utara dan Kota Bitung. Rencana kerja sama tiga daerah ini sudah dibahas sejak "
            "2023, tetapi dokumennya belum juga diteken.")
    got = sorted((a["parties"], a["kind"], a["signed_on"], a["sectors"]) for a in _one(text))
    assert got[0] == (["71.06", "71.71", "71.72"], "plan", None, [])
    assert got[1] == (["71.71", "71.72"], "mou", None, ["pariwisata", "perdagangan"])


def test_two_regions_told_back_as_keduanya_signing_are_the_pair_named_before():
    text = ("Kesepakatan Bersama antara Pemprov Riau dan Pemprov Sumatera Barat ditandatangani kedua gubernur pada 2019. "
            "Bandingkan dengan Pemkab Kampar dan Pemko Pekanbaru. September tahun lalu keduanya meneken kesepakatan "
            "bersama, lalu pada hari yang sama langsung menurunkannya menjadi dua PKS bus yang menjangkau wilayah "
            "Kampar. Kalau keduanya rukun dan bekerja sama, provinsi juga terbantu.")
    assert _pairs_kinds(text) == [(["13", "14"], "mou"), (["14.01", "14.71"], "mou"), (["14.01", "14.71"], "pks"),
                                  (["14.01", "14.71"], "pks")]


def test_the_host_and_each_partner_who_signs_in_turn_sign_their_pair():
    got = {tuple(a["parties"]): sorted(s["name"] for s in a["signatories"]) for a in _one(FORUM_IN_TURN)}
    assert got[("73.06", "73.71")] == ["Andi Rahmat Paturusi", "Syamsul Bahri Tutu"]
    assert got[("73.09", "73.71")] == ["Andi Rahmat Paturusi", "Muhammad Arfan Lalo"]


def test_the_speakers_own_side_told_as_pihaknya_beside_a_partner_is_the_speakers_government():
    # (beside a pair of its own: with no group at all, the article's own government is found another way)
    text = ("Merujuk perjanjian kerja sama penanggulangan bencana antara Pemkab Aceh Tamiang dan Pemkot Langsa yang "
            "diteken tahun lalu, Langsa mengirimkan dua perahu karet. Pj Bupati Aceh Tamiang Asrul Haitami meninjau "
            "posko pengungsian. Asrul menambahkan, banjir tidak bisa diatasi sendirian. Karena itu, pihaknya dan "
            "Pemkab Langkat sudah bersepakat menyusun rencana kerja sama penanganan banjir dan pemasangan sistem "
            "peringatan dini.")
    got = [(a["parties"], a["kind"], a["sectors"]) for a in _one(text)]
    assert (["11.16", "12.05"], "plan", ["pekerjaan-umum", "trantibum"]) in got


def test_a_pronoun_beside_a_partner_is_no_one_where_two_governments_speak_in_that_sentence():
    text = ("Perjanjian kerja sama antara Pemkab Aceh Tamiang dan Pemkot Langsa diteken tahun lalu. Bupati Aceh Tamiang "
            "Asrul Haitami dan Wali Kota Langsa Said Mahdum bertemu. Menurut Asrul dan Said, kami dan Pemkab Langkat "
            "sudah bersepakat menyusun rencana kerja sama penanganan banjir.")
    assert [a["parties"] for a in _one(text)] == [["11.16", "11.74"]]


INTERVIEW = ("Muba Jajaki Kerja Sama dengan Banyuasin\n\n"
             "SEKAYU - Pemerintah Kabupaten Musi Banyuasin (Muba) tengah menjajaki kerja sama dengan Pemerintah "
             "Kabupaten Banyuasin.\n\n"
             "Tribunsumsel.com mewawancarai Kepala Bappeda Muba, Ir. H. Azwar Hanafiah, M.Si., di ruang kerjanya. "
             "Berikut petikannya.\n\n"
             "Sudah sampai tahap apa rencana kerja sama dengan Banyuasin?\n\n"
             "Masih penjajakan. Sekarang bagian hukum masing-masing sedang menyusun draf Kesepakatan Bersama.\n\n"
             "Bidang apa saja yang akan dikerjasamakan?\n\n"
             "Yang paling mendesak itu infrastruktur, terutama ruas jalan penghubung di perbatasan. Yang kedua "
             "perkebunan rakyat, karet dan sawit.\n\n"
             "Muba sebelumnya sudah punya kerja sama dengan daerah lain?\n\n"
             "Ada. Dengan Pemkot Palembang kami sudah teken nota kesepakatan tahun lalu soal pengembangan UMKM.\n\n"
             "Apa harapan Bapak?\n\n"
             "Kami ingin warga di perbatasan merasakan langsung.")


def test_the_answer_to_an_interviewers_question_for_the_fields_names_the_fields():
    got = _fields_by_agreement(INTERVIEW)
    assert got[(("16.06", "16.07"), "plan")] == ["pekerjaan-umum", "pertanian"]


def test_kami_in_an_interviews_answer_is_the_government_of_the_one_interviewed():
    got = _fields_by_agreement(INTERVIEW)
    assert got[(("16.06", "16.71"), "mou")] == ["koperasi-ukm"]


def test_an_office_after_an_honorific_right_after_the_signing_word_signs():
    text = ("Kesepakatan Bersama antara Pemkab Bolsel dan Pemkab Bone Bolango sudah ditandatangani Bapak Bupati "
            "Bolsel, Hi. Rustam Mokodompit, dan Pj Bupati Bone Bolango, Dr. Ismail Madjid, M.Si., di Molibagu.")
    assert [s["name"] for s in _one(text)[0]["signatories"]] == ["Rustam Mokodompit", "Ismail Madjid"]


def test_a_named_place_a_field_goes_through_names_no_field_of_its_own():
    text = ("Wali Kota Parepare dan Bupati Pinrang meneken nota kesepahaman (MoU). MoU tersebut mengatur "
            "pemanfaatan TPA regional, serta pemasaran hasil perikanan tangkap melalui Pelabuhan Cappa Ujung, Parepare.")
    assert _one(text)[0]["sectors"] == ["kelautan-perikanan", "lingkungan-hidup"]


def test_the_head_a_signer_signs_on_behalf_of_signs_nothing():
    text = ("Pemko Solok dan Pemkab Solok menandatangani Perjanjian Kerja Sama (PKS) tentang pemanfaatan RPH. PKS diteken "
            "oleh Sekretaris Daerah Kota Solok Dr. Ir. H. Syafrizal Amri, M.T., atas nama Wali Kota Solok, dan Sekretaris "
            "Daerah Kabupaten Solok Drs. H. Edrizal Hadi, M.Si., atas nama Bupati Solok. Wali Kota Solok H. Irwan "
            "Darmawi dan Bupati Solok H. Epi Syahrial tidak hadir.")
    assert sorted(s["name"] for s in _one(text)[0]["signatories"]) == ["Edrizal Hadi", "Syafrizal Amri"]


def test_the_signers_of_the_document_a_pks_follows_sign_that_document_not_the_pks():
    # (the speaker named first in the sentence signs neither)
    text = ("Selasa (14/5/2024), Pemko Solok dan Pemkab Solok menandatangani Perjanjian Kerja Sama (PKS) tentang "
            "pemanfaatan RPH. Sekretaris Daerah Kota Solok Syafrizal Amri mengatakan PKS ini penting. Syafrizal "
            "menjelaskan, PKS ini merupakan turunan dari Kesepakatan Bersama yang ditandatangani Wali Kota Solok Irwan "
            "Darmawi dan Bupati Solok Epi Syahrial pada 8 Februari 2023 lalu.")
    got = {a["kind"]: sorted(s["name"] for s in a["signatories"]) for a in _one(text)}
    assert got["mou"] == ["Epi Syahrial", "Irwan Darmawi"]
    assert got["pks"] == []


def test_a_headline_without_a_document_tells_of_the_one_the_lead_signs():
    text = ("Pemko dan Pemkab Solok Resmi Kerja Sama Kelola RPH dan Pasar Raya\n\n"
            "Pemerintah Kota Solok dan Pemerintah Kabupaten Solok menandatangani Perjanjian Kerja Sama (PKS) tentang "
            "pemanfaatan bersama Rumah Potong Hewan (RPH) Laing dan pengelolaan Pasar Raya Solok. PKS ini merupakan "
            "turunan dari Kesepakatan Bersama yang ditandatangani pada 8 Februari 2023.")
    got = {a["kind"]: a["sectors"] for a in _one(text)}
    assert got == {"pks": ["perdagangan", "pertanian"], "mou": []}


def test_the_signings_of_many_unnamed_others_do_not_take_the_scope_told_after_them():
    text = ("Pemkab PPU meneken nota kesepakatan dengan Pemkab Sidenreng Rappang (Sidrap), Rabu (10/7/2024). Kesepakatan "
            "ditandatangani Pj Bupati Penajam Paser Utara Zainal Arifin Nugroho dan Bupati Sidrap Andi Baso Mappaturung. "
            "Dalam kesempatan yang sama, puluhan pemerintah kabupaten dari berbagai provinsi juga meneken kesepakatan "
            "dengan mitra masing-masing, baik sesama pemerintah daerah maupun dengan pihak swasta. Zainal menjelaskan, "
            "ruang lingkup kesepakatan meliputi ketahanan pangan dan perdagangan komoditas beras antardaerah.")
    assert _one(text)[0]["sectors"] == ["pangan", "perdagangan"]


def test_what_a_new_draft_will_hold_are_the_fields_of_the_plan():
    text = ("Kesepakatan Bersama antara Pemerintah Kota Magelang dan Pemerintah Kabupaten Magelang ditandatangani pada "
            "12 Maret 2019. Karena itu, dalam rapat yang sama kedua pemda sepakat menyusun draf Kesepakatan Bersama "
            "baru. Selain melanjutkan bidang air minum, perhubungan, dan persampahan, draf baru akan memasukkan bidang "
            "pariwisata.")
    got = {a["kind"]: a["sectors"] for a in _one(text)}
    assert got["plan"] == ["lingkungan-hidup", "pariwisata", "pekerjaan-umum", "perhubungan"]


NTT_SURABAYA = ("Kesepakatan Bersama antara Pemprov NTT dan Pemkot Surabaya ditandatangani di Balai Kota Surabaya, Jumat "
                "(31/5/2024). Dokumen ditandatangani Wakil Gubernur NTT Drs. Yohanes Kolo Bere, M.Si., dan Wali Kota "
                "Surabaya Ir. Bagus Hermawan, M.T. \"Dengan kerja sama ini, sapi kita tidak lagi lewat banyak tangan ke "
                "Jakarta,\" kata Yohanes Kolo Bere kepada wartawan usai penandatanganan. Sebelumnya, pada 2023 Pemprov "
                "NTT telah meneken kesepakatan bersama dengan Pemprov DKI Jakarta terkait pasokan ternak sapi.")


def test_one_who_speaks_after_the_signing_signs_nothing_by_it():
    got = {tuple(a["parties"]): [s["name"] for s in a["signatories"]] for a in _one(NTT_SURABAYA)}
    assert got[("31", "53")] == []


def test_a_second_document_of_the_same_kind_told_by_its_year_has_no_day():
    got = {tuple(a["parties"]): a["signed_on"] for a in _one(NTT_SURABAYA)}
    assert got == {("35.78", "53"): "2024-05-31", ("31", "53"): None}


def test_a_document_signed_with_a_partner_its_subject_left_out_is_signed_by_the_host_who_signed_before():
    # (the host's Wali Kota signs each document in turn; the third is told "ditandatangani bersama Bupati ...")
    text = ("Linggau Teken Tiga MoU Sekaligus dengan Mura, Muratara dan Rejang Lebong\n\n"
            "LUBUKLINGGAU – Pemerintah Kota (Pemkot) Lubuklinggau menjadi tuan rumah penandatanganan nota "
            "kesepahaman (MoU) dengan tiga kabupaten tetangga, Selasa (12/9/2023). Ketiga MoU diteken "
            "terpisah, satu per satu, di Ballroom Rumah Dinas Wali Kota Lubuklinggau. Dua mitra berasal dari "
            "Sumatera Selatan, yakni Kabupaten Musi Rawas (Mura) dan Musi Rawas Utara (Muratara), sedangkan "
            "satu lagi dari Provinsi Bengkulu, yaitu Kabupaten Rejang Lebong.\n\n"
            "Giliran pertama adalah Pemkab Mura. Bupati Mura berhalangan hadir karena mengikuti rapat "
            "koordinasi di Palembang, sehingga naskah MoU ditandatangani Asisten I Bidang Pemerintahan dan "
            "Kesra Setda Mura, Drs. Herman Sanjaya, M.Si., atas nama bupati, bersama Wali Kota Lubuklinggau "
            "H. Rachman Effendi, S.E., M.Si. MoU Linggau–Mura mengatur bidang pendidikan, terutama "
            "penerimaan siswa di sekolah-sekolah perbatasan, serta bidang kesehatan, termasuk layanan bagi "
            "warga perbatasan di RSUD dr. Sobirin.\n\n"
            "MoU kedua diteken Rachman bersama Bupati Muratara H. Syarif Hidayat Usman, S.H. Kerja sama ini "
            "berfokus pada ketahanan pangan dan perdagangan hasil bumi, antara lain pasokan beras dan "
            "sayuran dari Muratara ke pasar-pasar di Lubuklinggau.\n\n"
            "Adapun MoU ketiga, yang bersifat lintas provinsi, ditandatangani bersama Bupati Rejang Lebong "
            "Drs. Hidayatullah Syamsi, M.M. Ruang lingkupnya pariwisata, lewat paket wisata bersama Bukit "
            "Sulap dan Danau Mas Harun Bastari, serta perhubungan, yakni penataan angkutan umum trayek "
            "Lubuklinggau–Curup.\n\n\n")
    got = {tuple(a["parties"]): sorted(s["name"] for s in a["signatories"]) for a in _one(text)}
    assert got[("16.73", "17.02")] == ["Hidayatullah Syamsi", "Rachman Effendi"]


def test_a_document_whose_signing_is_told_only_as_supposed_is_no_signed_one_and_none_when_a_party_withdraws():
    text = ("Rencana penandatanganan Perjanjian Kerja Sama (PKS) pengelolaan TPA Regional antara Pemerintah Kota "
            "Pontianak, Pemerintah Kabupaten Kubu Raya dan Pemerintah Kabupaten Mempawah yang dijadwalkan Kamis (20/6) "
            "batal digelar. Pemkab Mempawah menyatakan menarik diri dari kerja sama tersebut. Sedianya, PKS diteken di "
            "Aula Sultan Syarif Abdurrahman. Padahal, ketiga daerah telah menandatangani Kesepakatan Bersama tentang "
            "pengelolaan persampahan regional pada 15 November 2022.")
    assert _pairs_kinds(text) == [(["61.02", "61.12", "61.71"], "mou")]


def test_a_document_whose_signing_is_told_only_as_supposed_is_a_plan_beside_one_signed():
    text = ("Rencana penandatanganan Perjanjian Kerja Sama (PKS) pengelolaan TPA Regional antara Pemerintah Kota "
            "Pontianak dan Pemerintah Kabupaten Kubu Raya yang dijadwalkan Kamis (20/6) diundur. Sedianya, PKS diteken "
            "di Aula Sultan Syarif Abdurrahman. Pemkot Pontianak dan Pemkab Kubu Raya telah menandatangani Kesepakatan "
            "Bersama tentang "
            "pengelolaan persampahan regional pada 15 November 2022.")
    assert _pairs_kinds(text) == [(["61.12", "61.71"], "mou"), (["61.12", "61.71"], "plan")]


BITUNG_DAVAO = ("Dalam rapat paripurna istimewa di Gedung DPRD Bitung, Kamis (10/10/2024), Plt Wali Kota Bitung Hengky "
                "Tangkudung menandatangani Letter of Intent (LoI) kerja sama kota kembar (sister city) dengan Davao City, "
                "Filipina.\n\nMasih di hari yang sama, usai paripurna, Hengky Tangkudung dan Bupati Minahasa Utara dr. "
                "Denny Rumengan menandatangani Kesepakatan Bersama antara Pemkot Bitung dan Pemkab Minut.\n\n"
                "\"Untuk Minut, ini sudah Kesepakatan Bersama. Tinggal kita turunkan ke perjanjian kerja sama teknis oleh "
                "OPD masing-masing,\" jelasnya.")


def test_a_signing_on_the_same_day_takes_the_day_told_before():
    assert [a["signed_on"] for a in _one(BITUNG_DAVAO)] == ["2024-10-10"]


def test_a_pks_that_only_remains_to_be_drawn_from_the_mou_is_its_course_not_a_document():
    assert _pairs_kinds(BITUNG_DAVAO) == [(["71.06", "71.72"], "mou")]


def test_two_provinces_told_back_planning_are_the_provinces_named_before_among_kabupaten():
    text = ("Pada Selasa, 23 Januari 2024, Bupati Merauke Yakobus Mahuze dan Pj Bupati Jayawijaya Petrus Hubi "
            "menandatangani Kesepakatan Bersama tentang distribusi beras.\n\n"
            "Sejak pemekaran 2022, Merauke menjadi bagian Provinsi Papua Selatan, sementara Jayawijaya masuk Provinsi "
            "Papua Pegunungan. Kedua provinsi baru tersebut, menurut Sekda Jayawijaya Drs. Markus Himan, M.Si., juga "
            "tengah menjajaki kerja sama serupa di bidang pangan di tingkat provinsi.")
    got = _fields_by_agreement(text)
    assert got[(("93", "95"), "plan")] == ["pangan"]


def test_the_document_before_has_no_day_from_the_end_of_its_term():
    text = ("Pemkot Cirebon dan Pemkab Kuningan resmi memperpanjang kerja sama pemanfaatan air baku. Perjanjian kerja "
            "sama (PKS) perpanjangan itu ditandatangani di Pendopo Kabupaten Kuningan, Senin (30/12/2024). PKS diteken "
            "Pj Wali Kota Cirebon Dedi Supriadi dan Pj Bupati Kuningan Asep Saepudin. PKS sebelumnya, yang diteken pada 2019, berakhir 31 Desember 2024.")
    assert sorted(str(a["signed_on"]) for a in _one(text)) == ["2024-12-30", "None"]


def test_pks_counted_still_to_come_beside_one_signed_are_as_many_plans():
    text = ("Pemerintah Kota Balikpapan dan Pemerintah Kabupaten Penajam Paser Utara (PPU) meneken Perjanjian Kerja Sama "
            "(PKS) tentang angkutan penyeberangan, Senin (12/8/2024). Dua PKS lain, masing-masing soal air minum dan "
            "persampahan, menurut Sutrisno masih dibahas tim teknis dan ditargetkan rampung akhir tahun ini.")
    got = sorted((a["kind"], a["sectors"]) for a in _one(text))
    assert got == [("pks", ["perhubungan"]), ("plan", ["lingkungan-hidup"]), ("plan", ["pekerjaan-umum"])]


def test_a_draft_pks_of_a_field_no_signed_pks_has_is_a_plan_beside_it():
    text = ("Pada 2018, Pemerintah Kota Banda Aceh dan Pemerintah Kabupaten Aceh Besar telah menandatangani Kesepakatan "
            "Bersama. Perjanjian Kerja Sama pengelolaan sampah di TPA Regional Blang Bintang sudah diteken pada 2019. "
            "Kemarin, tim teknis kedua daerah kembali duduk bersama untuk membahas draf PKS pemanfaatan air baku dari "
            "Intake Lambaro.")
    assert [k for _, k in _pairs_kinds(text)] == ["mou", "pks", "plan"]


def test_a_draft_of_the_field_of_the_signed_pks_is_no_plan_of_its_own():
    text = ("Pemerintah Kota Banda Aceh dan Pemerintah Kabupaten Aceh Besar telah menandatangani Perjanjian Kerja Sama "
            "pengelolaan sampah di TPA Regional Blang Bintang pada 2019. Draf PKS pengelolaan sampah itu dulu dibahas "
            "tim teknis selama setahun.")
    assert [k for _, k in _pairs_kinds(text)] == ["pks"]


def test_the_parties_listed_after_a_signing_are_the_parties_of_the_document_just_told():
    text = ("Kesepakatan Bersama itu diteken pada 14 Maret 2019 di ruang Polibu Kantor Gubernur Sulawesi Tengah. "
            "Pihaknya empat: Pemerintah Provinsi Sulteng, Pemkot Palu, Pemkab Sigi, dan Pemkab Donggala. Isinya "
            "pengelolaan sampah di TPA regional.")
    got = [(a["parties"], a["kind"], a["signed_on"]) for a in _one(text)]
    assert got == [(["72", "72.03", "72.10", "72.71"], "mou", "2019-03-14")]


def test_a_signing_told_by_a_part_of_this_month_has_no_day():
    text = ("Selasa, 10 Februari 2025\n\nPemkot Palu dan Pemkab Sigi menandatangani perpanjangan kesepakatan bersama "
            "awal bulan ini di Palu.")
    assert [a["signed_on"] for a in _one(text)] == [None]


def test_a_government_the_cooperation_is_told_unrelated_to_or_told_apart_from_is_no_party():
    text = ("Pemerintah Kota Cilegon dan Pemerintah Kabupaten Serang menandatangani dua Perjanjian Kerja Sama (PKS), "
            "Senin (20/5/2024). Kerja sama ini, lanjut Nina, tidak terkait dengan Kota Serang, meski sebagian warga "
            "masih sering keliru membedakan Kabupaten Serang dengan Kota Serang sebagai ibu kota Provinsi Banten.")
    assert {tuple(p) for p, _ in _pairs_kinds(text)} == {("36.04", "36.72")}



BADUNG_TABANAN = ("Badung Akhiri Kerja Sama Pangan dengan Tabanan, Kini Gandeng Bangli\n\n"
                  "MANGUPURA – Pemerintah Kabupaten Badung resmi mengakhiri lebih awal perjanjian kerja sama ketahanan "
                  "pangan dengan Pemerintah Kabupaten Tabanan. Perjanjian yang diteken pada 8 Agustus 2022 itu diakhiri "
                  "per 31 Agustus 2024.\n\n"
                  "Sebagai gantinya, Pemkab Badung menandatangani perjanjian kerja sama baru dengan Pemerintah Kabupaten "
                  "Bangli tentang pasokan sayur-mayur. Perjanjian itu diteken Bupati Badung I Made Suryawan Adnyana dan "
                  "Bupati Bangli I Ketut Sudarsana Putra, Jumat (6/9/2024).\n\n"
                  "Kepala Dinas Pertanian dan Pangan Kabupaten Badung, Ni Wayan Sukerti Dewi, menjelaskan, kerja sama "
                  "dengan Tabanan sebelumnya mengatur pasokan beras dan pemasaran hasil pertanian dari Lumbung Padi Bali "
                  "itu ke pasar-pasar di Badung.")


def test_an_agreement_ended_is_one_signed_and_the_places_of_its_scope_are_no_parties():
    got = {tuple(a["parties"]): (a["kind"], a["signed_on"], a["sectors"]) for a in _one(BADUNG_TABANAN)}
    assert got[("51.02", "51.03")] == ("pks", "2022-08-08", ["pangan", "pertanian"])
    assert got[("51.03", "51.06")][:2] == ("pks", "2024-09-06")
    assert len(got) == 2


ACEH_BESAR = ("Pemerintah Kota Banda Aceh dan Pemerintah Kabupaten Aceh Besar menandatangani Kesepakatan Bersama tentang "
              "penyediaan air minum, Kamis, 12 Juni 2025. Kesepakatan ditandatangani Wali Kota Banda Aceh, Dr. H. Zainal "
              "Arifin Ubit, S.T., M.Eng., dan Asisten Pemerintahan dan Keistimewaan Aceh Sekretariat Daerah Kabupaten "
              "Aceh Besar, Drs. Fahmi Ridha, M.Si., yang mewakili Pj Bupati Aceh Besar, Ir. Azwar Muhammad Daud, M.T. "
              "Kerja sama serupa sempat dijajaki Pemkot Banda Aceh dengan Kabupaten Pidie pada 2023, namun penjajakan "
              "itu dihentikan dan tidak akan dilanjutkan.")


def test_a_province_naming_a_unit_in_a_kabupatens_office_is_no_party():
    assert [a["parties"] for a in _one(ACEH_BESAR)] == [["11.06", "11.71"]]


def test_one_who_stands_in_for_a_head_signs_after_a_signer_of_another_rank():
    assert sorted(s["name"] for s in _one(ACEH_BESAR)[0]["signatories"]) == ["Fahmi Ridha", "Zainal Arifin Ubit"]


def test_a_penjajakan_stopped_is_no_plan():
    assert ["11.07", "11.71"] not in [a["parties"] for a in _one(ACEH_BESAR)]


def test_governments_listed_by_their_kind_are_governments_though_named_bare():
    text = ("Empat pemerintah kabupaten di Pulau Lombok, yakni Lombok Barat, Lombok Tengah, Lombok Timur, dan Lombok "
            "Utara, mulai membahas rencana kerja sama pengembangan koridor wisata terpadu. Kepala Dinas Pariwisata "
            "Kabupaten Lombok Barat dan Sekda Kabupaten Lombok Tengah hadir.")
    assert _pairs_kinds(text) == [(["52.01", "52.02", "52.03", "52.08"], "plan")]


def test_the_signing_of_a_pks_with_a_regional_office_of_the_state_is_not_the_pairs():
    text = ("Pemerintah Kota (Pemko) Palangka Raya menandatangani tiga naskah kerja sama sekaligus, Rabu (9/10/2024). "
            "Naskah kedua adalah perjanjian kerja sama dengan Kementerian Agraria dan Tata Ruang/Badan Pertanahan "
            "Nasional melalui Kantor Wilayah BPN Provinsi Kalimantan Tengah tentang pendaftaran tanah. PKS itu diteken "
            "Sekda Kota Palangka Raya, Drs. Hendrikus Lambung Usop, M.Si., dan Kepala Kanwil BPN Kalteng. Naskah "
            "ketiga adalah Kesepakatan Bersama antara Pemerintah Kota Palangka Raya dan Pemerintah Kabupaten Pulang "
            "Pisau tentang pengelolaan sampah.")
    assert _pairs_kinds(text) == [(["62.11", "62.71"], "mou")]


RADIO = ("TRANSKRIP SIARAN\nProgram: Sulbar Menyapa – Dialog Interaktif\nTanggal siar: Rabu, 15 Mei 2024, pukul "
         "08.05–08.55 WITA\n\n"
         "PENYIAR (Andi Fadli): Pagi ini kita akan membahas kerja sama antara Kabupaten Mamuju dan Kabupaten Mamuju "
         "Tengah yang baru saja ditandatangani pekan lalu. Sudah hadir di studio, Kepala Bagian Kerja Sama Sekretariat "
         "Daerah Kabupaten Mamuju, Ibu Nur Aisyah Rahman, S.Sos.\n\n"
         "PENYIAR: Bidang apa saja yang dicakup, Bu?\n\n"
         "NARASUMBER: Ada tiga, Pak. Pertama kesehatan, khususnya sistem rujukan pasien. Kedua pendidikan.\n\n"
         "PENYIAR: Lalu selain Mamuju Tengah, Bu, apakah ada daerah lain yang akan diajak?\n\n"
         "NARASUMBER: Ada, Pak. Kami sedang menjajaki kerja sama dengan Pasangkayu di bidang perikanan.")


def test_a_broadcasts_date_is_its_published_date():
    assert extract_text(RADIO, id="r")["published"] == "2024-05-15"


def test_the_answer_to_a_field_question_after_a_speakers_label_names_the_fields():
    got = _fields_by_agreement(RADIO)
    assert got[(("76.02", "76.06"), "mou")] == ["kesehatan", "pendidikan"]


def test_a_region_named_bare_as_the_partner_of_a_cooperation_is_a_government():
    got = _fields_by_agreement(RADIO)
    assert got[(("76.01", "76.02"), "plan")] == ["kelautan-perikanan"]


def test_a_roundups_signing_told_by_its_month_alone_has_no_day_and_a_ship_route_is_transport():
    text = ("Kamis, 22 Februari 2024, Plt Gubernur Maluku Utara dan Gubernur Kalimantan Utara menandatangani nota "
            "kesepakatan tentang perdagangan antarpulau.\n\nPada Agustus, Pj Gubernur Maluku Utara dan Pj Gubernur "
            "Sulawesi Barat menandatangani nota kesepakatan di Mamuju.\n\nPemprov Maluku Utara dan Pemprov Sulawesi "
            "Utara masih membahas rencana kerja sama rute kapal Ternate–Bitung.")
    got = {tuple(a["parties"]): (a["signed_on"], a["sectors"]) for a in _one(text)}
    assert got[("76", "82")][0] is None
    assert got[("71", "82")][1] == ["perhubungan"]


APKASI = ("Raker Apkasi Komwil Sumsel, Delapan Kabupaten Teken Kesepakatan\n\n"
          "PALEMBANG - Rapat Kerja Apkasi Komisariat Wilayah Sumatera Selatan yang digelar di Hotel Arista, Palembang, "
          "Rabu (21/8/2024), tidak hanya diisi pemaparan program. Di sela raker, pemerintah kabupaten di Bumi Sriwijaya "
          "meneken kesepakatan bersama kerja sama antardaerah.\n\n"
          "\"Kami di provinsi akan memantau, mana yang berlanjut ke PKS dan mana yang hanya tanda tangan,\" kata "
          "Asisten I Setda Provinsi Sumsel.\n\n"
          "Kesepakatan pertama diteken Pj Bupati Ogan Komering Ilir (OKI) selaku Ketua Apkasi Komwil Sumsel, Ir. H. "
          "Firdaus Hasbullah, M.M., dengan Wakil Bupati Ogan Ilir, Ardani Sulaiman, S.E. Keduanya sepakat bekerja sama "
          "di bidang pertanian.\n\n"
          "Berikutnya, Firdaus Hasbullah juga meneken kesepakatan dengan Pj Bupati Banyuasin, Muhammad Farid Rasyidi, "
          "S.STP., M.Si., tentang pembangunan jalan poros perbatasan.")


def test_a_forums_signings_are_the_pairs_its_signers_name():
    got = {tuple(a["parties"]): (a["kind"], a["signed_on"], sorted(s["name"] for s in a["signatories"]))
           for a in _one(APKASI)}
    # (Sumsel in the association's name is no party; the signing "di sela raker" takes the raker's day; the
    # province's "mana yang berlanjut ke PKS" is no plan; the signer named by name alone signs with the partner)
    assert got == {("16.02", "16.10"): ("mou", "2024-08-21", ["Ardani Sulaiman", "Firdaus Hasbullah"]),
                   ("16.02", "16.07"): ("mou", "2024-08-21", ["Firdaus Hasbullah", "Muhammad Farid Rasyidi"])}


def test_all_three_told_back_are_the_articles_pair_and_the_one_the_sentence_before_adds():
    text = ("Perumda Air Minum Tugu Tirta Kota Malang dan Perumda Air Minum Tirta Kanjuruhan Kabupaten Malang "
            "menandatangani perjanjian kerja sama jual beli air curah, Selasa (24/9/2024). PKS tersebut merupakan "
            "pelaksanaan Kesepakatan Bersama antara Pemkot Malang dan Pemkab Malang yang diteken pada 18 Maret 2024. "
            "Sekda Kota Batu menyatakan Pemkot Batu ingin bergabung. Ketiga daerah di Malang Raya akan membahas "
            "rancangan kerja sama Sistem Penyediaan Air Minum (SPAM) Regional Malang Raya.")
    got = sorted((a["parties"], a["kind"], a["sectors"]) for a in _one(text))
    assert got == [(["35.07", "35.73"], "mou", []), (["35.07", "35.73"], "pks", ["pekerjaan-umum"]),
                   (["35.07", "35.73", "35.79"], "plan", ["pekerjaan-umum"])]


GENERAL_OPENING = ("Kerja Sama Antardaerah: Banyak Tanda Tangan, Sedikit Tindak Lanjut\n\n"
          "Setiap kali ada penandatanganan kesepakatan bersama antardaerah, foto yang beredar hampir selalu sama. Di atas "
          "kertas, Kesepakatan Bersama hanyalah pintu masuk; isinya baru hidup ketika perangkat daerah menandatangani "
          "Perjanjian Kerja Sama (PKS).\n\n"
          "Contoh pertama: Kota Yogyakarta, Kabupaten Sleman dan Kabupaten Bantul terikat dalam satu perjanjian kerja "
          "sama bersama untuk mengolah sampah.\n\n"
          "Contoh kedua lebih sunyi. Kota Magelang dan Kabupaten Magelang menandatangani Kesepakatan Bersama tentang "
          "penyediaan air minum pada 12 Maret 2019. Lima tahun berselang, kesepakatan itu belum juga diturunkan menjadi "
          "satu pun PKS.")


def test_a_columns_general_opening_tells_of_none_of_its_examples():
    assert _pairs_kinds(GENERAL_OPENING) == [(["33.08", "33.71"], "mou"), (["34.02", "34.04", "34.71"], "pks")]


def test_an_acting_head_written_with_its_short_form_in_brackets_signs_as_acting():
    text = ("Kesepakatan Bersama itu ditandatangani Penjabat (Pj) Bupati Kepahiang Dr. Hendri Oktafian, S.STP., M.Si. "
            "dan Bupati Rejang Lebong H. Imron Syahputra, S.E., M.M.")
    record = extract_text(text, id="x")
    assert [s["name"] for s in record["agreements"][0]["signatories"]] == ["Hendri Oktafian", "Imron Syahputra"]
    assert record["officials"][0]["title"] == "Penjabat Bupati"


def test_a_list_of_fields_told_by_ordinals_without_a_comma_names_them():
    text = ("Pemkab Bungo dan Pemkab Dharmasraya resmi menandatangani Nota Kesepakatan kerja sama antar daerah. Ada dua "
            "bidang yang menjadi fokus kerjasama. Pertama perbaikan dan pemeliharaan jalan perbatasan. Kedua pelayanan "
            "kesehatan, dimana warga Bungo bisa berobat ke RSUD Sungai Dareh.")
    assert _one(text)[0]["sectors"] == ["kesehatan", "pekerjaan-umum"]


def test_an_office_named_without_its_holder_in_a_signing_of_years_before_is_not_held_by_the_one_named_now():
    text = ("Selasa, 15 Mei 2024\n\nPemerintah Kota Salatiga dan Pemerintah Kabupaten Semarang menandatangani perjanjian "
            "kerja sama tentang PPDB, Rabu (15/5/2024). Penandatanganan disaksikan Pj Wali Kota Salatiga Dr. Teguh "
            "Prasetyo Adi, M.M. Perjanjian ini merupakan turunan dari Kesepakatan Bersama antara Wali Kota Salatiga dan "
            "Bupati Semarang yang diteken pada Februari 2022.")
    got = {a["kind"]: [s["name"] for s in a["signatories"]] for a in _one(text)}
    assert got["mou"] == []


def test_an_item_of_a_list_of_fields_is_no_headline():
    text = ("Pemkab Tapteng dan Pemko Sibolga Tandatangani Kesepakatan Bersama dan Dua Perjanjian Kerja Sama\n\n"
            "Pemerintah Kabupaten Tapanuli Tengah dan Pemerintah Kota Sibolga menandatangani Kesepakatan Bersama, Senin "
            "(3/6/2024).\n\nAdapun ruang lingkup Kesepakatan Bersama dimaksud meliputi:\na. pengelolaan persampahan;\n"
            "b. penanggulangan kebakaran dan penyelamatan;\nc. pengembangan pariwisata kawasan pantai.\n\n"
            "Pada kesempatan yang sama dilaksanakan pula penandatanganan Perjanjian Kerja Sama (PKS) tentang Pengelolaan "
            "Sampah di TPA Regional Sarudik.")
    got = {a["kind"]: a["sectors"] for a in _one(text)}
    assert got["mou"] == ["lingkungan-hidup", "pariwisata", "trantibum"]


def test_an_office_listed_after_another_is_no_holders_name():
    text = ("Pemkab Tapteng dan Pemko Sibolga menandatangani Kesepakatan Bersama. Turut hadir Sekretaris Daerah Kota "
            "Sibolga, Ir. Yosua Simatupang, M.T., para Asisten, Staf Ahli, serta Pimpinan Organisasi Perangkat Daerah.")
    assert [o["name"] for o in extract_text(text, id="x")["officials"]] == ["Yosua Simatupang"]


def test_as_many_documents_as_partners_are_one_each_with_the_host():
    text = ("Pemerintah Kabupaten Batang Hari menandatangani tiga Kesepakatan Bersama sekaligus dengan tiga kabupaten "
            "yang berbatasan langsung, yakni Kabupaten Muaro Jambi, Kabupaten Sarolangun dan Kabupaten Tebo, Selasa "
            "(14/5/2024).")
    assert _pairs_kinds(text) == [(["15.03", "15.04"], "mou"), (["15.04", "15.05"], "mou"), (["15.04", "15.09"], "mou")]


def test_a_signing_whose_schedule_is_told_then_put_off_is_a_plan():
    text = ("Penandatanganan PKS TPA Regional Bandar Lampung–Lampung Selatan Ditunda\n\n"
            "BANDAR LAMPUNG -- Penandatanganan Perjanjian Kerja Sama (PKS) pengelolaan Tempat Pemrosesan Akhir (TPA) "
            "sampah regional antara Pemerintah Kota Bandar Lampung dan Pemerintah Kabupaten Lampung Selatan yang "
            "dijadwalkan Jumat (18/10/2024) ditunda. PKS itu merupakan tindak lanjut Kesepakatan Bersama yang "
            "ditandatangani Wali Kota Bandar Lampung dan Bupati Lampung Selatan pada Senin, 3 Juni 2024 lalu.")
    assert _pairs_kinds(text) == [(["18.01", "18.71"], "mou"), (["18.01", "18.71"], "plan")]


@pytest.mark.parametrize("text, want", [
    # the kabupaten or kota in brackets, or after a comma, right after the kecamatan
    ("Bupati Sleman dan Bupati Bantul meneken PKS. Hadir Camat Sewon (Kabupaten Bantul), Rina Wati, S.Sos., "
     "dan Camat Kalasan, Sleman, Agus Salim.",
     [("Camat Kalasan", "Agus Salim", "34.04"), ("Camat Sewon", "Rina Wati", "34.02")]),
    # the kecamatan's region written elsewhere in the article
    ("Pemkab Sleman dan Pemkab Bantul meneken PKS irigasi. Saluran di Kecamatan Ngaglik, Kabupaten Sleman, "
     "diperbaiki. Camat Ngaglik, Budi Santoso, S.IP., menyambut baik.",
     [("Camat Ngaglik", "Budi Santoso", "34.04")]),
    # the only kabupaten of the article
    ("Pemkab Sleman meneken PKS dengan PT Air. Camat Ngaglik, Budi Santoso, menyambut baik.",
     [("Camat Ngaglik", "Budi Santoso", "34.04")]),
    # of two, and nothing tells which: not guessed; nor is a kecamatan whose name runs into the words after it
    ("Pemkab Sleman dan Pemkab Bantul meneken PKS. Camat Ngaglik, Budi Santoso, menyambut baik.", []),
    ("Pemkab Sleman meneken PKS dengan PT Air. Camat Ngaglik Tinjau Banjir di Sleman.", []),
])
def test_a_camat_is_an_official_of_the_kabupaten_or_kota_of_his_kecamatan(text, want):
    assert [o for o in _officials_of(text) if o[0].startswith("Camat")] == want


def test_a_word_of_the_headline_after_the_region_is_no_name():
    # "Wakil Bupati Kupang Hasil PSU": the result of a vote, not a holder named Hasil; the holder named
    # later is read
    text = ("Gubernur NTT Lantik Bupati dan Wakil Bupati Kupang Hasil PSU\n\nKUPANG - Pemkab Kupang dan Pemkot "
            "Kupang diminta menuntaskan kerja sama air bersih. Wakil Bupati Aurelius Tefa menambahkan, pihaknya siap.")
    assert ("Wakil Bupati", "Aurelius Tefa", "53.01") in _officials_of(text)
    assert not [o for o in _officials_of(text) if o[1] == "Hasil"]


def test_a_pks_still_drafted_after_a_long_clause_on_it_is_a_plan():
    text = ("Pemkot Palu dan Pemkab Sigi menandatangani Kesepakatan Bersama pengelolaan sampah regional, Kamis "
            "(18/9/2025). Perjanjian kerja sama teknis pengelolaan TPA regional, yang akan mengatur pembagian biaya "
            "dan lokasi lahan, masih disusun kedua daerah dan ditargetkan rampung akhir tahun ini.")
    assert _pairs_kinds(text) == [(["72.10", "72.71"], "mou"), (["72.10", "72.71"], "plan")]


def test_the_speaker_signs_the_document_he_is_told_to_have_signed():
    text = ("Wali Kota Palu Hadianto Rasyid hadir di DPRD. Hadianto menyampaikan, Pemkot Palu menyiapkan TPA regional "
            "sebagai tindak lanjut Kesepakatan Bersama dengan Pemkab Sigi yang ia teken bersama Bupati Sigi, Mohamad "
            "Irwan, Kamis (18/9/2025) lalu.")
    (mou,) = _one(text)
    assert _signers(mou) == [("Hadianto Rasyid", "72.71"), ("Mohamad Irwan", "72.10")]


@pytest.mark.parametrize("text", [
    # a room set up for the signing, on the day the signing was put off
    "Penandatanganan Kerja Sama Sampah dan Air Bersih Ambon–Malteng Ditunda\n\nPemkot Ambon dan Pemkab Maluku "
    "Tengah menunda penandatanganan kesepakatan bersama. Foto: Suasana Balai Kota Ambon yang telah ditata untuk "
    "acara penandatanganan, Senin (12/1/2026).",
    # the headline's signing put off, eight words on
    "Penandatanganan Kerja Sama Sampah dan Air Bersih Kota Ambon–Malteng Ditunda\n\nKesepakatan bersama Pemkot Ambon "
    "dan Pemkab Maluku Tengah masih diselaraskan.",
])
def test_a_signing_set_up_for_or_put_off_is_a_plan(text):
    assert _pairs_kinds(text) == [(["81.01", "81.71"], "plan")]


def test_a_document_the_parties_hold_was_signed():
    text = ("Pemkot Ambon akan membahas kerja sama sampah dengan Pemkab Maluku Tengah. Pemkot Ambon dan Pemkab Buru "
            "telah memiliki kesepakatan bersama tentang layanan transportasi penyeberangan sejak 2024.")
    assert (["81.04", "81.71"], "mou") in _pairs_kinds(text)


@pytest.mark.parametrize("text, want", [
    ("Juru Bicara Pemkot Ambon, Melky Latuheru, S.Sos., membenarkan penundaan itu.",
     [("Juru Bicara", "Melky Latuheru", "81.71")]),
    ("Juru Bicara Gubernur Riau Budi Santoso mengatakan Pemprov Riau siap.",
     [("Juru Bicara Gubernur", "Budi Santoso", "14")]),
    # a spokesperson of another body is none of a regional government
    ("Juru Bicara Polda Riau Kombes Budi Santoso mengatakan Pemprov Riau siap.", []),
])
def test_a_governments_spokesperson_is_its_official(text, want):
    assert _officials_of(text) == want


def test_a_council_signing_its_approval_signs_no_agreement():
    text = ("Rapat Paripurna DPRD Provinsi NTB menyetujui rancangan kerja sama antara Pemprov NTB dan Pemprov NTT "
            "tentang pariwisata, Senin (16/3/2026). Persetujuan ditandai penandatanganan keputusan DPRD oleh pimpinan "
            "dewan. Penandatanganan kesepakatan oleh kedua gubernur ditargetkan berlangsung Agustus mendatang.")
    assert _pairs_kinds(text) == [(["52", "53"], "plan")]


def test_the_field_of_a_regions_cooperation_abroad_is_none_of_its_agreement_at_home():
    text = ("DPRD NTB menyetujui dua rancangan kerja sama. Rancangan pertama adalah kerja sama antara Pemprov NTB dan "
            "Pemprov NTT tentang pariwisata. Rancangan kedua adalah kerja sama Pemprov NTB dengan Pemerintah Daerah "
            "Otonom Guangxi Zhuang, Republik Rakyat Tiongkok, di bidang pertanian.")
    assert [(a["parties"], a["sectors"]) for a in _one(text)] == [(["52", "53"], ["pariwisata"])]


def test_a_room_in_the_governors_office_is_a_venue_not_a_party():
    text = ("Biro Pemerintahan Setda Provinsi Jambi menggelar monev Perjanjian Kerja Sama (PKS) antara Pemerintah "
            "Kota Jambi dan Pemerintah Kabupaten Muaro Jambi, Rabu (20/8/2025), di ruang rapat Biro Pemerintahan, "
            "Kantor Gubernur Jambi, Telanaipura. PKS itu ditandatangani pada 14 Maret 2024.")
    assert [(a["parties"], a["kind"]) for a in _one(text)] == [(["15.05", "15.71"], "pks")]


def test_a_venue_ends_before_the_office_named_after_its_comma():
    text = ("Di ruang rapat Balai Kota Ambon, Penjabat Wali Kota Ambon Dominggus Latuheru membubuhkan tanda tangannya "
            "pada naskah Kesepakatan Bersama antara Pemerintah Kota Ambon dan Pemerintah Kabupaten Maluku Tengah.")
    (mou,) = _one(text)
    assert _signers(mou) == [("Dominggus Latuheru", "81.71")]


def test_a_name_after_the_people_of_a_place_names_no_party():
    text = ("Pemkab Lombok Timur dan Pemkab Sumbawa Barat menandatangani Kesepakatan Bersama penempatan tenaga kerja. "
            "Pemkab KSB sendiri sudah memiliki nota kesepahaman dengan PT Amman Mineral tentang rekrutmen tenaga "
            "kerja lokal NTB.")
    assert [a["parties"] for a in _one(text)] == [["52.03", "52.07"]]


def test_a_signer_told_with_the_name_he_goes_by_is_followed_by_the_next():
    text = ("Pemkab Lombok Timur dan Pemkab Sumbawa Barat menandatangani Kesepakatan Bersama. Kesepakatan diteken "
            "Bupati Lotim, H. Muhammad Sukri Azhar, S.Pd., yang akrab disapa Haji Sukri, dan Wakil Bupati KSB, "
            "Hj. Baiq Fatmawati, S.E., yang hadir mewakili Bupati KSB.")
    (mou,) = _one(text)
    assert _signers(mou) == [("Baiq Fatmawati", "52.07"), ("Muhammad Sukri Azhar", "52.03")]


def test_a_name_that_is_also_a_months_short_form_is_read():
    text = ("Tujuh pemerintah kabupaten menandatangani Kesepakatan Bersama. Naskah ditandatangani Bupati Toba Ir. "
            "Hotman Panjaitan dan Bupati Simalungun Dr. Jan Wiston Purba, serta Wakil Bupati Dairi Hj. Rosmawati "
            "Berutu, S.Pd.")
    (mou,) = _one(text)
    assert _signers(mou) == [("Hotman Panjaitan", "12.12"), ("Jan Wiston Purba", "12.08"),
                             ("Rosmawati Berutu", "12.11")]


def test_a_mayor_named_by_one_name_after_his_title_is_no_place():
    text = ("Pemko Solok dan Pemkab Solok menandatangani PKS kesehatan, Selasa (20/1/2026). Penandatanganan disaksikan "
            "Wali Kota Solok, H. Zulfadli, S.H., dan Bupati Solok, Ir. Hendri Saputra. PKS itu turunan dari "
            "Kesepakatan Bersama yang ditandatangani Wali Kota Zulfadli dan Bupati Hendri pada 5 Agustus 2025.")
    mou = next(a for a in _one(text) if a["kind"] == "mou")
    assert _signers(mou) == [("Hendri Saputra", "13.02"), ("Zulfadli", "13.72")]


def test_a_fields_cooperation_to_be_signed_as_a_pks_is_a_plan_beside_the_pks_signed():
    text = ("Pemko Solok dan Pemkab Solok menandatangani Perjanjian Kerja Sama tentang pelayanan kesehatan rujukan, "
            "Selasa (20/1/2026). Bupati Hendri Saputra menyebut kerja sama bidang pendidikan, terutama penerimaan "
            "murid di sekolah perbatasan, sedang dibahas tim kedua daerah dan ditargetkan ditandatangani dalam bentuk "
            "PKS pada Juni mendatang.")
    got = sorted((a["kind"], a["sectors"]) for a in _one(text))
    assert got == [("pks", ["kesehatan"]), ("plan", ["pendidikan"])]


def test_a_signing_told_as_one_like_the_hosts_with_no_partner_named_is_with_the_host():
    text = ("Pemerintah Provinsi Sulawesi Tengah dan Pemerintah Kabupaten Morowali menandatangani Kesepakatan Bersama "
            "tentang layanan kesehatan, Jumat (6/2/2026). Menurut Gubernur, Pemkab Morowali Utara (Morut) dijadwalkan "
            "meneken kesepakatan serupa di bidang kesehatan pada bulan depan.")
    assert _pairs_kinds(text) == [(["72", "72.06"], "mou"), (["72", "72.12"], "plan")]


def test_an_early_warning_of_floods_is_the_disaster_offices_field():
    text = ("Pemkab Sintang dan Pemkab Kapuas Hulu menandatangani Kesepakatan Bersama tentang penanggulangan bencana "
            "dan sistem peringatan dini banjir di wilayah perbatasan kedua kabupaten.")
    assert [a["sectors"] for a in _one(text)] == [["trantibum"]]


def test_an_aim_opening_the_sentence_leaves_the_scope_after_it():
    text = ("Agar jalan yang sudah dibangun tidak cepat rusak, Pemkab Konawe Utara dan Pemkab Morowali Utara "
            "menandatangani perjanjian kerja sama tentang pemeliharaan jalan di wilayah perbatasan dan penataan lalu "
            "lintas angkutan barang pada Rabu, 3 September 2025.")
    assert [a["sectors"] for a in _one(text)] == [["pekerjaan-umum", "perhubungan"]]


def test_a_roundups_headline_gives_each_story_its_own_fields():
    text = ("Sepekan di Banua: Kerja Sama Sungai Banjarmasin–Batola, TPA Regional Banjarbakula, hingga Harga Cabai\n\n"
            "Pemerintah Kota Banjarmasin dan Pemerintah Kabupaten Barito Kuala (Batola) menandatangani Kesepakatan "
            "Bersama tentang pengembangan angkutan sungai, Selasa (14/4/2026).\n\n"
            "Pemko Banjarbaru dan Pemkab Banjar meneken Perjanjian Kerja Sama pengelolaan Tempat Pemrosesan Akhir "
            "(TPA) Regional Banjarbakula, Kamis (16/4/2026).")
    got = sorted((a["parties"], a["sectors"]) for a in _one(text))
    assert got == [(["63.03", "63.72"], ["lingkungan-hidup"]), (["63.04", "63.71"], ["perhubungan"])]


def test_the_scope_after_a_pks_told_as_following_an_mou_is_the_pks():
    text = ("Pemerintah Kota Tarakan dan Pemerintah Kabupaten Bulungan menandatangani Perjanjian Kerja Sama (PKS), "
            "Senin (14/7/2025). PKS ini merupakan tindak lanjut Kesepakatan Bersama tentang pengembangan ekonomi "
            "kawasan pesisir yang telah ditandatangani kedua kepala daerah pada 2 Mei 2025. Ruang lingkupnya meliputi "
            "pemanfaatan bersama fasilitas cold storage dan pengawasan penangkapan ikan.")
    got = sorted((a["kind"], a["sectors"]) for a in _one(text))
    assert got == [("mou", []), ("pks", ["kelautan-perikanan"])]


@pytest.mark.parametrize("block, want", [
    ("Kepala Bagian Protokol dan Komunikasi Pimpinan\nSetdakab Tapanuli Tengah,\n\nRIZAL PASARIBU, S.STP\n"
     "Pembina (IV/a)\nNIP. 19840512 200312 1 004", ("Rizal Pasaribu", "12.01")),
    ("Plt. Kepala Dinas Komunikasi dan Informatika\nKota Sibolga\n\nttd\n\nDrs. Hendra Gultom, M.Si",
     ("Hendra Gultom", "12.73")),
])
def test_a_press_releases_signature_block_names_an_official(block, want):
    text = ("Pemkab Tapanuli Tengah dan Pemko Sibolga menandatangani Kesepakatan Bersama, Senin (3/6/2024).\n\n"
            "Demikian siaran pers ini disampaikan.\n\n" + block + "\n")
    assert want in [(o[1], o[2]) for o in _officials_of(text)]


def test_a_headline_over_a_short_line_is_no_signature_block():
    text = ("Bupati Tapteng Teken MoU dengan Sibolga\n\nKAMPAR\n\nPemkab Tapanuli Tengah dan Pemko Sibolga "
            "menandatangani Kesepakatan Bersama, Senin (3/6/2024).\n")
    assert _officials_of(text) == []


def test_a_hospital_whose_owner_the_article_names_stands_for_its_owner():
    text = ("Pemkab Pacitan menandatangani PKS rujukan, Kamis (22/2/2024). PKS diteken Kepala Dinas Kesehatan Pacitan "
            "dr. Endah Tri Lestari bersama Direktur RSUD dr. Soedono Madiun, dr. Bambang Suheri, Sp.PD. Rumah sakit "
            "rujukan di Kota Madiun itu merupakan milik Pemerintah Provinsi Jawa Timur.")
    (pks,) = _one(text)
    assert (pks["parties"], pks["kind"]) == (["35", "35.01"], "pks")
    assert ("Bambang Suheri", "35") in _signers(pks)


def test_a_provincial_hospital_signing_with_two_kabupaten_makes_two_pairs_with_its_province():
    text = ("TARAKAN - Rumah Sakit Umum Daerah (RSUD) dr. H. Jusuf SK, rumah sakit rujukan milik Pemerintah Provinsi "
            "Kalimantan Utara, memperluas jejaring rujukan. Rumah sakit di Kota Tarakan itu menandatangani perjanjian "
            "kerja sama (PKS) rujukan pasien dengan Pemerintah Kabupaten Tana Tidung (KTT) dan Pemerintah Kabupaten "
            "Nunukan, 3 Juni lalu. PKS ditandatangani Direktur RSUD dr. H. Jusuf SK, dr. Budi Santoso, Sp.PD, dengan "
            "Kepala Dinas Kesehatan KTT Hj. Siti Rahmah, S.KM.\n\nIa menyebutkan, perjanjian kerja sama serupa sudah diteken "
            "masing-masing dengan Pemkab Bulungan dan Pemkab Malinau tahun lalu.")
    assert _pairs_kinds(text) == [(["65", "65.01"], "pks"), (["65", "65.02"], "pks"), (["65", "65.03"], "pks"),
                                  (["65", "65.04"], "pks")]
    assert {("Direktur RSUD dr. H. Jusuf SK", "Budi Santoso", "65"),
            ("Kepala Dinas Kesehatan", "Siti Rahmah", "65.04")} <= set(_officials_of(text))


def test_he_who_signs_after_an_opening_of_when_is_the_one_named_before():
    text = ("Pemprov Riau diwakili Asisten Perekonomian Setda Provinsi Riau Budi Santoso. Di hari yang sama, ia juga "
            "meneken kesepakatan bersama dengan Bupati Kampar Rina Wati.")
    (mou,) = _one(text)
    assert _signers(mou) == [("Budi Santoso", "14"), ("Rina Wati", "14.01")]


def test_honorifics_in_a_row_before_a_name():
    text = ("Kesepakatan ditandatangani Wali Kota Yogyakarta Dr. dr. Haryo Sasongko, Sp.OG, dan Bupati Sleman Hj. Dyah "
            "Kusumawardani, S.E.")
    (mou,) = _one(text)
    assert _signers(mou) == [("Dyah Kusumawardani", "34.04"), ("Haryo Sasongko", "34.71")]


def test_a_signature_block_in_capitals_names_an_official():
    text = ("Pemkot Semarang dan Pemkab Semarang menandatangani PKS, Senin (19/5/2025).\n\n"
            "KEPALA DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN KOTA SEMARANG,\n\nttd\n\n"
            "Dra. SITI MARYAM HANDAYANI, M.Si\nPembina Utama Muda\n")
    assert ("Siti Maryam Handayani", "33.74") in [(o[1], o[2]) for o in _officials_of(text)]


def test_the_pks_an_addendum_amends_is_the_one_before():
    text = ("Pemkot Surabaya dan Pemkab Sidoarjo menandatangani Addendum Perjanjian Kerja Sama (PKS) tentang "
            "Pengelolaan Terminal Purabaya, Selasa (8/7/2025). Pengelolaannya diatur melalui PKS Nomor 12/2023 yang "
            "ditandatangani kedua pemerintah daerah pada 12 Juni 2023.")
    got = sorted((a["kind"], a["signed_on"]) for a in _one(text))
    assert got == [("pks", "2023-06-12"), ("pks", "2025-07-08")]


def test_a_route_of_public_transport_is_transport():
    text = ("Kesepakatan kedua dengan Pemkab Karanganyar ditandatangani Wali Kota Surakarta. Ruang lingkupnya mencakup "
            "perpanjangan rute Batik Solo Trans hingga Kecamatan Jaten.")
    assert [a["sectors"] for a in _one(text)] == [["perhubungan"]]


@pytest.mark.parametrize("headline", [
    "Musrenbang RKPD 2027, Bupati Kulon Progo Tekankan Konektivitas Kawasan Bandara",
    "Studi Tiru ke Banyuwangi, Bupati Pangandaran Pelajari Pengelolaan Wisata Pantai",
])
def test_a_headlines_verb_after_a_title_is_no_name(headline):
    assert _officials_of(headline + "\n\nPemkab Kulon Progo menggelar musrenbang.") == []


def test_the_two_governments_told_back_agreeing_to_draft_a_document_plan_it():
    text = ("Bupati Pangandaran memimpin kunjungan kerja ke Kabupaten Banyuwangi, pekan lalu.\n\n"
            "\"Pangandaran dan Banyuwangi punya banyak kesamaan. Kami ingin belajar,\" kata Hendra.\n\n"
            "Dalam pertemuan itu, kedua pemerintah daerah sepakat untuk menindaklanjuti kunjungan dengan menyusun "
            "naskah Kesepakatan Bersama di bidang pariwisata. Draf kesepakatan akan disiapkan Bagian Kerja Sama.")
    assert _pairs_kinds(text) == [(["32.18", "35.10"], "plan")]


def test_a_cooperation_given_as_an_example_of_what_could_be_is_none():
    text = ("Biro Pemerintahan Banten menggelar rakor kerja sama daerah. Ia mencontohkan, Kabupaten Lebak dan Kabupaten "
            "Pandeglang sebenarnya bisa saja bekerja sama mengembangkan wisata pantai selatan. Rakor ditutup dengan "
            "penandatanganan lembar komitmen oleh masing-masing peserta.")
    assert _one(text) == []


def test_a_report_listing_the_agreements_in_force_reads_each_with_its_own_kind():
    text = ("Biro Pemerintahan Jatim menggelar monev kerja sama daerah, Rabu (20/8/2025). Sekda Jatim Hadi Wibowo "
            "meminta kabupaten/kota tidak berhenti pada penandatanganan nota kesepakatan.\n\n"
            "Beberapa kerja sama antardaerah yang dievaluasi antara lain:\n"
            "1. Kesepakatan Bersama Pemerintah Provinsi Jawa Timur dan Pemerintah Provinsi Kalimantan Timur tentang "
            "Kerja Sama Perdagangan (2023);\n"
            "2. Perjanjian Kerja Sama Kota Malang, Kota Batu dan Kabupaten Malang tentang Pengelolaan Sumber Air Baku "
            "untuk Air Minum (2022);\n"
            "3. Kesepakatan Bersama Kabupaten Pasuruan dan Kota Pasuruan tentang Pengelolaan Sampah Terpadu (2024).\n\n"
            "Kepala Biro Pemerintahan Jatim Lilik Pudjiastuti menyoroti Kesepakatan Bersama Kabupaten Probolinggo dan "
            "Kabupaten Lumajang yang diteken pada 2024 namun belum ditindaklanjuti dengan PKS. Kepala Bagian Kerja Sama "
            "Setda Kabupaten Pasuruan melaporkan kerja sama persampahan dengan Kota Pasuruan sudah masuk tahap "
            "penyusunan PKS.")
    got = sorted((a["parties"], a["kind"], a["sectors"], _signers(a)) for a in _one(text))
    assert got == [(["35", "64"], "mou", ["perdagangan"], []),
                   (["35.07", "35.73", "35.79"], "pks", ["pekerjaan-umum"], []),
                   (["35.08", "35.13"], "mou", [], []),
                   (["35.14", "35.75"], "mou", ["lingkungan-hidup"], []),
                   (["35.14", "35.75"], "plan", ["lingkungan-hidup"], [])]


def test_a_place_named_with_a_fields_word_names_no_field():
    text = ("Pemkab Tangerang dan Pemkot Tangerang menandatangani PKS. Ruang lingkup kerja sama meliputi integrasi "
            "sistem drainase di kawasan perbatasan seperti Kecamatan Pasar Kemis, Sepatan dan Periuk.")
    assert [a["sectors"] for a in _one(text)] == [["pekerjaan-umum"]]


def test_the_mou_a_pks_follows_up_is_signed_and_the_scope_naming_the_perjanjian_is_the_pks():
    text = ("Pemerintah Kota Magelang dan Pemerintah Kabupaten Magelang menandatangani perjanjian kerja sama tentang "
            "penerimaan murid baru, Selasa (24/6/2025). PKS tersebut menindaklanjuti Kesepakatan Bersama yang diteken "
            "Wali Kota Magelang Bayu Aji Nugroho dan Bupati Magelang Sri Haryanti pekan lalu. Ruang lingkup perjanjian "
            "meliputi pertukaran data kependudukan untuk verifikasi domisili calon murid.")
    got = sorted((a["kind"], a["sectors"], _signers(a)) for a in _one(text))
    assert got == [("mou", [], [("Bayu Aji Nugroho", "33.71"), ("Sri Haryanti", "33.08")]),
                   ("pks", ["adminduk", "pendidikan"], [])]


def test_an_acting_head_for_the_day_who_is_also_the_sekda_signs_and_so_does_the_next():
    text = ("Pemkab Pekalongan dan Pemkot Pekalongan menandatangani Perjanjian Kerja Sama tentang Pengelolaan Air "
            "Limbah Domestik dan Layanan Lumpur Tinja Terpadu, Senin (14/9/2026). PKS ditandatangani Pelaksana Harian "
            "(Plh) Bupati Pekalongan Drs. Joko Purnomo, M.Si., yang sehari-hari menjabat Sekretaris Daerah Kabupaten "
            "Pekalongan, dan Wali Kota Pekalongan H. Fahri Ramadhan, S.H.")
    (pks,) = _one(text)
    assert pks["sectors"] == ["pekerjaan-umum"]
    assert _signers(pks) == [("Fahri Ramadhan", "33.75"), ("Joko Purnomo", "33.26")]


def test_a_pesantren_honorific_is_no_part_of_the_name():
    text = "Nota Kesepakatan ditandatangani Wali Kota Probolinggo Zulkifli Anwar dan Bupati Probolinggo Gus Ahmad Fauzan."
    (mou,) = _one(text)
    assert _signers(mou) == [("Ahmad Fauzan", "35.13"), ("Zulkifli Anwar", "35.74")]


def test_the_day_of_a_meeting_after_the_signing_is_not_the_signings():
    text = ("PALU - Sepekan setelah penandatanganan Kesepakatan Bersama, Pemerintah Kota Palu dan Pemerintah Kabupaten "
            "Sigi menggelar rapat tindak lanjut di Kantor Wali Kota Palu, Jumat (7/6/2024). Kesepakatan Bersama "
            "tentang penyediaan air bersih itu diteken pekan lalu oleh Wali Kota Palu dan Bupati Sigi. Dalam rapat itu, "
            "kedua daerah menyepakati dua perjanjian kerja sama (PKS) yang akan disusun sebagai penjabaran kesepakatan.")
    got = sorted((a["kind"], a["signed_on"]) for a in _one(text))
    assert got == [("mou", None), ("plan", None), ("plan", None)]  # (two PKS still to come: two plans)


def test_a_numbered_list_of_documents_keeps_a_regions_own_with_a_university_apart():
    text = ("Pemprov Papua Selatan menandatangani tiga dokumen kerja sama, Kamis, 5 Desember 2024. Berikut dokumen yang "
            "ditandatangani:\n\n"
            "1. Kesepakatan Bersama Pemprov Papua Selatan dan Pemkab Merauke tentang Ketahanan Pangan, ditandatangani "
            "Pj Gubernur dan Bupati Merauke Drs. Fransiskus Kamariyau, M.Si.\n"
            "2. Nota Kesepahaman Pemprov Papua Selatan dan Universitas Musamus tentang Pengembangan Sumber Daya "
            "Manusia, ditandatangani Pj Gubernur dan Rektor Universitas Musamus.\n"
            "3. Perjanjian Kerja Sama Pemprov Papua Selatan dan PT Bank Pembangunan Daerah Papua tentang Layanan Kas "
            "Daerah.\n")
    got = [(a["parties"], a["kind"], a["sectors"], _signers(a)) for a in _one(text)]
    assert got == [(["93", "93.01"], "mou", ["pangan"], [("Fransiskus Kamariyau", "93.01")])]


def test_governments_counted_then_listed_one_per_line_with_their_signers():
    text = ("DENPASAR - Empat pemerintah daerah di kawasan Sarbagita menandatangani satu naskah Kesepakatan Bersama "
            "tentang pengelolaan sampah, Jumat (8/8/2025).\n\n"
            "Berikut para pihak dan penandatangan naskah kesepakatan:\n\n"
            "1. Pemerintah Kota Denpasar — I Gusti Ngurah Artha Wibawa, S.E. (Wali Kota Denpasar)\n"
            "2. Pemerintah Kabupaten Badung — I Nyoman Sudarsana (Bupati Badung)\n"
            "3. Pemerintah Kabupaten Gianyar — Dr. Cokorda Gde Parwata, M.Si. (Wakil Bupati Gianyar, mewakili Bupati)\n"
            "4. Pemerintah Kabupaten Tabanan — I Made Sutama, S.H. (Bupati Tabanan)\n")
    (mou,) = _one(text)
    assert mou["parties"] == ["51.02", "51.03", "51.04", "51.71"]
    assert _signers(mou) == [("Cokorda Gde Parwata", "51.04"), ("I Gusti Ngurah Artha Wibawa", "51.71"),
                             ("I Made Sutama", "51.02"), ("I Nyoman Sudarsana", "51.03")]


def test_an_office_in_brackets_after_a_name_is_that_persons():
    assert _officials_of("2. Pemerintah Kabupaten Badung — I Nyoman Sudarsana (Bupati Badung)\n") == [
        ("Bupati", "I Nyoman Sudarsana", "51.03")]


def test_the_partners_side_of_a_hosts_two_documents_pairs_each_with_the_host():
    text = ("Pemerintah Kota Manado meneken dua perjanjian kerja sama terpisah dengan Pemkab Minahasa Utara (Minut) dan "
            "Pemkot Bitung, Selasa (20/1/2026). Kedua naskah ditandatangani Wakil Wali Kota Manado, Stevanus Lumowa. "
            "Dari pihak mitra, perjanjian pertama diteken Bupati Minut Dr. Meiky Rumengan, M.Si., dan perjanjian "
            "kedua diteken Wali Kota Bitung Hendry Tatengkeng, S.H.")
    assert _pairs_kinds(text) == [(["71.06", "71.71"], "pks"), (["71.71", "71.72"], "pks")]


def test_a_correction_notice_tells_no_facts_of_its_own():
    text = ("Ralat: Berita ini telah diperbaiki. Sebelumnya tertulis penandatanganan dilakukan oleh Pemerintah Kabupaten "
            "Kupang, yang benar adalah Pemerintah Kota Kupang. Sebelumnya juga tertulis dokumen yang diteken adalah nota "
            "kesepahaman (MoU), yang benar adalah Perjanjian Kerja Sama (PKS). Nama Wakil Wali Kota Kupang sebelumnya "
            "tertulis Maria Yosefa Lengu, yang benar Maria Yosefina Lenggu.\n\n"
            "SOE - Pemerintah Kota Kupang dan Pemerintah Kabupaten Timor Tengah Selatan (TTS) menandatangani Perjanjian "
            "Kerja Sama (PKS) tentang pasokan pangan, Kamis (12/6/2025). PKS ditandatangani Wakil Wali Kota Kupang, "
            "Maria Yosefina Lenggu, S.E., dan Bupati TTS, Drs. Eduard Nope Tallo.")
    assert _pairs_kinds(text) == [(["53.02", "53.71"], "pks")]
    assert [o[1] for o in _officials_of(text)] == ["Eduard Nope Tallo", "Maria Yosefina Lenggu"]


def test_a_government_not_hindered_by_the_agreement_is_no_party():
    text = ("Pemerintah Provinsi NTB dan Pemerintah Kota Surabaya menandatangani nota kesepakatan kerja sama di bidang "
            "perdagangan, Senin (21/7/2025). Arief menegaskan, kerja sama dengan NTB tidak mengganggu program "
            "Pemerintah Provinsi Jawa Timur terkait swasembada daging.")
    assert [a["parties"] for a in _one(text)] == [["35.78", "52"]]


@pytest.mark.parametrize("text", [
    "Pekan Depan, Kota Sorong dan Raja Ampat Teken Kesepakatan Transportasi Laut\n\nSORONG - Pemerintah Kota Sorong dan "
    "Pemerintah Kabupaten Raja Ampat segera menandatangani Kesepakatan Bersama tentang pariwisata.",
    "Pemerintah Kota Sorong dan Pemerintah Kabupaten Raja Ampat membahas Kesepakatan Bersama tentang pariwisata. Bupati "
    "Raja Ampat Markus Dimara sudah menyatakan kesiapan untuk menandatangani.",
])
def test_a_signing_next_week_or_one_its_signer_is_ready_for_is_a_plan(text):
    assert _pairs_kinds(text) == [(["96.05", "96.71"], "plan")]


def test_a_live_reports_signings_are_of_its_day_and_a_banks_is_none_of_a_pair():
    text = ("LIVE UPDATE: Rakor Kerja Sama Daerah Pontianak Raya\n\nKamis, 24 April 2025 | Diperbarui 12:40 WIB\n\n"
            "Pukul 09.45 WIB\nPenandatanganan pertama. Pemkot Pontianak dan Pemkab Kubu Raya meneken Kesepakatan Bersama "
            "tentang pengelolaan sampah.\n\nPukul 10.30 WIB\nBank Kalbar dan Pemkot Pontianak menandatangani perjanjian "
            "kerja sama layanan pembayaran pajak daerah.\n")
    got = [(a["parties"], a["kind"], a["signed_on"]) for a in _one(text)]
    assert got == [(["61.12", "61.71"], "mou", "2025-04-24")]


def test_the_speakers_side_after_where_the_partner_lies():
    text = ("YOGYAKARTA - Kepala Bagian Kerja Sama Setda Kota Yogyakarta, Rina Wati, menjelaskan kerja sama kota. "
            "\"Dengan Kota Magelang di Jawa Tengah kami sedang penjajakan kerja sama pariwisata. Drafnya sedang "
            "disusun,\" kata Rina.")
    assert _pairs_kinds(text) == [(["33.71", "34.71"], "plan")]


def test_documents_told_of_in_general_in_a_column_are_no_agreements_kinds():
    text = ("Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah membedakan antara kesepakatan bersama, "
            "yang hanya memuat kehendak para pihak, dan perjanjian kerja sama.\n\n"
            "Contoh yang patut diapresiasi adalah perjanjian kerja sama penyediaan air minum antara Pemerintah Kota "
            "Padang dan Pemerintah Kabupaten Padang Pariaman yang diteken pada 14 Agustus 2025 lalu.\n\n"
            "Setiap kesepakatan bersama seharusnya diberi tenggat untuk diturunkan menjadi perjanjian kerja sama.")
    assert _pairs_kinds(text) == [(["13.05", "13.71"], "pks")]


def test_a_government_signing_beside_an_official_of_another_named_by_name_alone():
    text = ("Wali Kota Pontianak, Dr. H. Rizal Mahmudin, M.T., membuka acara. Penandatanganan pertama dengan Pemkab Kubu "
            "Raya. Giliran Pemkab Mempawah. Plt Bupati Mempawah, Ria Kartika Dewi, S.E., bersama Rizal meneken "
            "Kesepakatan Bersama tentang penyediaan air minum, Kamis (24/4/2025).")
    mous = [a for a in _one(text) if a["parties"] == ["61.02", "61.71"]]
    assert [(a["kind"], _signers(a)) for a in mous] == [
        ("mou", [("Ria Kartika Dewi", "61.02"), ("Rizal Mahmudin", "61.71")])]


def test_an_interviewees_two_partners_of_one_document_for_three_are_with_the_interviewees_government():
    text = ("WAWANCARA | Kabag Kerja Sama Pemkot Yogyakarta\n\nYOGYAKARTA - Kami mewawancarai Kepala Bagian Kerja Sama "
            "Setda Kota Yogyakarta, Rina Wati.\n\nApa kerja sama paling penting tahun ini?\n\nYang paling besar tentu "
            "Kesepakatan Bersama pengelolaan sampah dengan Kabupaten Sleman dan Kabupaten Bantul. Itu satu naskah untuk "
            "tiga daerah, ditandatangani 10 Januari 2025.\n\nAda yang masih dalam proses?\n\nBelum ada.\n")
    assert _pairs_kinds(text) == [(["34.02", "34.04", "34.71"], "mou")]


def test_messy_copy_is_read_a_comma_or_honorific_with_no_space_after_and_informal_days():
    text = ("Kamis, 20 Februari 2025\n\nSINGKAWANG - Pemkot Singkawang,Pemkab Bengkayang dan Pemkab Sambas kemaren sore "
            "(rabu) tandatangan MOU kerjasama air bersih. Walikota Singkawang H.Alfian Syahputra,SE,MM mengatakan "
            "masalah air bersih penting. Bupati Bengkayang Agustinus Nanga,S.Sos dan Bupati Sambas H.Rizky "
            "Mulyadi,ST juga ikut tanda tangan.")
    (mou,) = _one(text)
    assert (mou["parties"], mou["signed_on"]) == (["61.01", "61.07", "61.72"], "2025-02-19")
    assert [n for n, _ in _signers(mou)] == ["Agustinus Nanga", "Rizky Mulyadi"]
    assert ("Walikota", "Alfian Syahputra", "61.72") in _officials_of(text)


def test_a_signing_earlier_today_is_of_the_articles_day():
    text = ("14 Mei 2025\n\nTadi pagi, Pemkot Padang Panjang dan Pemkab Tanah Datar menandatangani perjanjian kerja "
            "sama pengelolaan sampah.")
    assert [a["signed_on"] for a in _one(text)] == ["2025-05-14"]


def test_a_body_sentence_in_capitals_names_its_signers():
    text = ("PEMERINTAH KOTA KUPANG DAN PEMERINTAH KABUPATEN KUPANG MENANDATANGANI KESEPAKATAN BERSAMA TENTANG AIR BAKU. "
            "KESEPAKATAN DITANDATANGANI WALI KOTA KUPANG DRS. MARTHEN L. BESSIE, M.SI. DAN BUPATI KUPANG FRANS "
            "NENOBAIS, S.H.")
    (mou,) = _one(text)
    assert _signers(mou) == [("Frans Nenobais", "53.01"), ("Marthen L. Bessie", "53.71")]


def test_a_bus_company_named_after_a_region_is_no_party():
    text = ("PEMATANGSIANTAR - Pemerintah Kota Pematangsiantar melalui Dinas Perhubungan menandatangani perjanjian kerja "
            "sama dengan tiga perusahaan otobus, yakni PO Sinar Simalungun, PT Antar Lintas Sumatera (ALS) dan CV Medan "
            "Jaya Trans, Rabu (19/8/2026).\n\nKerja sama itu mewajibkan bus antarkota ketiga perusahaan masuk Terminal "
            "Tanjung Pinggir.\n\nPenandatanganan dilakukan Kepala Dinas Perhubungan Kota Pematangsiantar, Hotman Purba, "
            "S.T., dengan pimpinan masing-masing perusahaan.\n")
    assert _one(text) == []


def test_a_province_the_draft_was_taken_to_for_advice_is_no_party():
    text = ("TARAKAN - Pemerintah Kota Tarakan dan Pemerintah Kabupaten Bulungan akan menjalin kerja sama di bidang "
            "ketahanan pangan. Rencananya, penandatanganan Kesepakatan Bersama kedua daerah dijadwalkan pekan depan.\n\n"
            "Kabag Kerja Sama Setda Kota Tarakan, Nur Hidayah, S.H., menambahkan, draf kesepakatan juga sudah "
            "dikonsultasikan ke Biro Pemerintahan Setda Provinsi Kalimantan Utara.\n")
    assert _pairs_kinds(text) == [(["65.01", "65.71"], "plan")]


def test_a_forwarded_messages_stamp_and_its_wrapped_lines():
    text = ("[03/11/25 15.47] Humas Setda Lotim: *SIARAN PERS*\n\n"
            "Selong – Pemerintah Kabupaten Lombok Timur dan Pemerintah Kabupaten Sumbawa Barat resmi menandatangani "
            "Kesepakatan Bersama tentang Kerja Sama\nPembangunan Daerah, Senin (3/11/2025) di Ruang Rapat Utama Kantor "
            "Bupati Lombok Timur.\n")
    r = extract_text(text, id="t")
    assert r["published"] == "2025-11-03"
    assert [(a["parties"], a["signed_on"]) for a in r["agreements"]] == [(["52.03", "52.07"], "2025-11-03")]


def test_a_renewal_after_the_one_before_lapsed_is_signed_on_its_own_day():
    text = ("TANJUNGPINANG - Pemerintah Kota Tanjungpinang dan Pemerintah Kabupaten Bintan kembali meneken perjanjian "
            "kerja sama (PKS) pemanfaatan air baku, setelah perjanjian sebelumnya habis masa berlakunya pada 31 Juli "
            "2025. Perpanjangan PKS ditandatangani Wali Kota Tanjungpinang Muhammad Arif Lubis dan Bupati Bintan "
            "Saparudin Amin, Senin (13/10/2025). PKS pertama antara kedua daerah tentang air baku ditandatangani pada "
            "2020 dengan masa berlaku lima tahun.")
    got = sorted((a["kind"], a["signed_on"] or "") for a in _one(text))
    assert got == [("pks", ""), ("pks", "2025-10-13")]


def test_an_agreements_own_text_is_read():
    text = ("KESEPAKATAN BERSAMA\nANTARA\nPEMERINTAH KABUPATEN GOWA\nDAN\nPEMERINTAH KOTA MAKASSAR\nTENTANG\n"
            "KERJA SAMA PENYELENGGARAAN PEMERINTAHAN DI KAWASAN PERBATASAN\n\n"
            "Pada hari ini Senin tanggal tiga bulan November tahun dua ribu dua puluh lima, bertempat di Balai Kota "
            "Makassar, kami yang bertanda tangan di bawah ini:\n\n"
            "1. Dr. H. Andi Syamsul Bahri, S.STP., M.Si. : Bupati Gowa, dalam hal ini bertindak untuk dan atas nama "
            "Pemerintah Kabupaten Gowa, selanjutnya disebut PIHAK KESATU;\n\n"
            "2. Ir. H. Muhammad Rizal Tahir, M.T. : Wali Kota Makassar, dalam hal ini bertindak untuk dan atas nama "
            "Pemerintah Kota Makassar, selanjutnya disebut PIHAK KEDUA.\n\n"
            "Pasal 2\nRUANG LINGKUP\n\nRuang lingkup Kesepakatan Bersama ini meliputi pengelolaan persampahan.\n\n"
            "(1) Kesepakatan Bersama ini dilaksanakan lebih lanjut dengan Perjanjian Kerja Sama yang ditandatangani "
            "oleh Kepala Perangkat Daerah terkait.\n(2) Perjanjian Kerja Sama sebagaimana dimaksud pada ayat (1) "
            "paling sedikit memuat ...\n\nDokumen Terkait:\n- Kesepakatan Bersama Pemerintah Kota Makassar dan "
            "Pemerintah Kabupaten Maros tentang Pariwisata (2023)\n")
    got = [(a["parties"], a["kind"], a["signed_on"], _signers(a)) for a in _one(text)]
    assert got == [(["73.06", "73.71"], "mou", "2025-11-03",
                    [("Andi Syamsul Bahri", "73.06"), ("Muhammad Rizal Tahir", "73.71")])]


@pytest.mark.parametrize("text", [
    "Gubernur Sumut dan Empat Kepala Daerah Mebidangro Teken Kesepakatan Transportasi\n\nMEDAN - Pemprov Sumut dan "
    "Pemkot Medan menandatangani kesepakatan.",
    "BUPATI TANAH LAUT\n\nMenetapkan : KEPUTUSAN BUPATI TENTANG PEMBENTUKAN TIM KOORDINASI KERJA SAMA DAERAH KABUPATEN "
    "TANAH LAUT TAHUN 2025.",
])
def test_heads_of_region_in_general_and_a_decrees_title_name_no_official(text):
    assert _officials_of(text) == []


def test_a_signing_on_a_page_of_the_agenda_to_come_is_a_plan():
    text = ("AGENDA KEGIATAN PIMPINAN DAERAH\nMinggu Kedua Bulan November 2025\n\nSelasa, 11-11-2025\n"
            "  09.00 WITA  Penandatanganan Kesepakatan Bersama antara Pemerintah Kabupaten Lombok Barat dan Pemerintah "
            "Kota Mataram tentang Pengelolaan Sampah Regional\n")
    assert _pairs_kinds(text) == [(["52.01", "52.71"], "plan")]


def test_a_signature_block_for_whom_the_office_signs():
    text = ("Pemkot Bitung dan Pemkab Minahasa Utara menandatangani Kesepakatan Bersama.\n\nBitung, 20 Agustus 2025\n"
            "a.n. SEKRETARIS DAERAH KOTA BITUNG\nKepala Bagian Kerja Sama,\n\nttd\n\nMeiske Rondonuwu, S.STP., M.AP.\n")
    assert ("Meiske Rondonuwu", "71.72") in [(o[1], o[2]) for o in _officials_of(text)]


def test_a_signature_block_naming_a_holder_with_degrees_and_a_customary_title():
    # (seven words before the degrees: "Drs. H." and the Minangkabau "DT. RAJO BASA")
    text = ("Pemkot Bukittinggi mengundang Bupati Agam menandatangani Kesepakatan Bersama.\n\n"
            "a.n. WALI KOTA BUKITTINGGI\nSEKRETARIS DAERAH,\n\nttd.\n\nDrs. H. ALFIAN SYAHRIL DT. RAJO BASA, M.M.\n"
            "Pembina Utama Muda (IV/c)\n")
    assert ("Alfian Syahril", "13.75") in [(o[1], o[2]) for o in _officials_of(text)]


def test_a_decrees_team_list_names_the_issuers_officials_in_brackets():
    text = ("BUPATI LAMPUNG SELATAN\nPROVINSI LAMPUNG\n\nKEPUTUSAN BUPATI LAMPUNG SELATAN\n\n"
            "Menimbang : a. bahwa Pemerintah Kabupaten Lampung Selatan dan Pemerintah Kota Bandar Lampung telah "
            "menandatangani Perjanjian Kerja Sama tanggal 22 Februari 2024;\n\nSUSUNAN TIM TEKNIS\n\n"
            "1. Ketua        : Asisten Bidang Perekonomian dan Pembangunan (Ir. Bambang Sukoco, M.T.)\n"
            "2. Anggota      : a. Kepala Badan Pengelolaan Keuangan dan Aset Daerah (Rudi Hartanto, S.E., M.Ak.)\n"
            "                  b. Direktur Perumda Air Minum Way Guruh (ex officio)\n\n"
            "BUPATI LAMPUNG SELATAN,\n\nttd.\n\nH. EKO PRASETYO WIBOWO\n")
    assert sorted((o[1], o[2]) for o in _officials_of(text)) == [
        ("Bambang Sukoco", "18.01"), ("Eko Prasetyo Wibowo", "18.01"), ("Rudi Hartanto", "18.01")]


def test_an_office_before_an_items_colon_has_no_holder_named():
    text = ("PEMERINTAH KOTA JAYAPURA\nSEKRETARIAT DAERAH\n\nNOTA DINAS\n\nPemkot Jayapura dan Pemkab Keerom "
            "meneken Kesepakatan Bersama. Saudara diminta menyusun draf PKS, yaitu:\n"
            "   a. Kepala Dinas Kesehatan: draf PKS pelayanan rujukan pasien;\n"
            "   b. Kepala Dinas Lingkungan Hidup dan Kebersihan: draf PKS pemanfaatan TPA.\n")
    assert _officials_of(text) == []


def test_an_emails_senders_signed_with_the_name_over_the_office():
    text = ("Subjek  : Re: Draf PKS Air Baku\n\nMenindaklanjuti Kesepakatan Bersama antara Pemerintah Kota "
            "Tanjungpinang dan Pemerintah Kabupaten Bintan, kami kirimkan draf PKS.\n\nSalam,\n\n"
            "Ns. Dewi Anggraini Lubis, S.Kep., M.Si.\nKepala Bagian Kerja Sama\nSekretariat Daerah Kota Tanjungpinang\n"
            "Telp. (0771) 31XXX\n\n-----\nPada Sen, 4 Mar 2024 pukul 15.10, Tapem Bintan menulis:\n\n"
            "> Mohon dikirimkan draf terakhir PKS air baku.\n>\n> Hendra Saputra Siregar\n> Kabag Tapem Setda Kab. Bintan\n")
    assert sorted((o[1], o[2]) for o in _officials_of(text)) == [
        ("Dewi Anggraini Lubis", "21.72"), ("Hendra Saputra Siregar", "21.01")]


def test_a_headline_over_an_officials_sentence_names_no_one():
    text = ("Pemkab Bintan Teken MoU Air Baku\nKepala Dinas PUPR Kabupaten Bintan, Andi Saputra, mengatakan MoU "
            "dengan Pemkot Tanjungpinang diteken Senin.\n")
    assert [o[1] for o in _officials_of(text)] == ["Andi Saputra"]


def test_a_reports_table_of_partners_under_a_caption_naming_the_host():
    # (the header's "Tanggal Penandatanganan" signs nothing, and the sentence after the table is of all its rows)
    text = ("BAB IV\n\nTabel 4.1 Kerja Sama Pemerintah Provinsi Jawa Timur dengan Daerah Lain Tahun 2023\n\n"
            "No | Jenis | Mitra | Bidang | Tanggal Penandatanganan | Keterangan\n"
            "1  | Kesepakatan Bersama | Pemerintah Provinsi Kalimantan Barat | perdagangan | 15 Februari 2023 | "
            "ditandatangani di Surabaya\n"
            "2  | Rancangan Kesepakatan Bersama | Pemerintah Provinsi Sulawesi Tenggara | kelautan dan perikanan | - | "
            "tahap penjajakan\n\nSumber: Biro Pemerintahan, diolah.\n\n"
            "Dari dua kerja sama tersebut, satu telah ditandatangani dan satu masih dalam tahap penjajakan.\n")
    assert sorted((a["parties"], a["kind"], a["signed_on"]) for a in extract_text(text, id="t")["agreements"]) == [
        (["35", "61"], "mou", "2023-02-15"), (["35", "74"], "plan", None)]


def test_a_second_pks_still_to_come_named_by_its_number_is_another_plan():
    # ("draf ketiga PKS" is the draft's third version, and "PKS kedua daerah" would be the PKS of both)
    text = ("Menindaklanjuti Kesepakatan Bersama antara Pemerintah Kota Tanjungpinang dan Pemerintah Kabupaten Bintan "
            "yang telah ditandatangani pada tanggal 30 Januari 2024, bersama ini kami kirimkan draf ketiga PKS tentang "
            "Pemanfaatan Air Baku untuk Penyediaan Air Minum.\n\nTerkait usulan PKS kedua, yaitu angkutan umum trayek "
            "Tanjungpinang - Kijang, Dishub Kota Tanjungpinang masih menyelesaikan kajian kebutuhan armada.\n")
    got = sorted((a["kind"], a["signed_on"] or "", a["sectors"]) for a in extract_text(text, id="t")["agreements"])
    assert got == [("mou", "2024-01-30", []), ("plan", "", ["pekerjaan-umum"]), ("plan", "", ["perhubungan"])]


def test_an_infographics_parties_signers_day_and_next_steps_set_out_one_per_line():
    text = ("SARBAGITA BERSATU\nKesepakatan Bersama Kerja Sama Kawasan Metropolitan Sarbagita\n\n"
            "PARA PIHAK (1 naskah, 3 pihak)\n🏛 Pemerintah Provinsi Bali\n🏙 Pemerintah Kota Denpasar  (SAR)\n"
            "🏝 Pemerintah Kabupaten Badung  (BA)\n\n📅 DITANDATANGANI\nJumat, 22 Maret 2024\n📍 Gedung Jaya Sabha, "
            "Denpasar\n\n✍ PENANDATANGAN\n• Gubernur Bali - Ir. Ketut Sudarsana Yasa, M.Si.\n"
            "• Bupati Badung - Wayan Adi Pranata, S.H.\n\n⏭ TAHAP BERIKUTNYA\n2 PKS antar-OPD SEDANG DISUSUN oleh "
            "ketiga pihak ➡ belum ditandatangani\n   (a) PKS bidang perhubungan - Dinas Perhubungan\n"
            "   (b) PKS bidang persampahan - Dinas Lingkungan Hidup\n")
    record = extract_text(text, id="t")
    assert sorted((a["parties"], a["kind"], a["signed_on"], a["sectors"]) for a in record["agreements"]) == [
        (["51", "51.03", "51.71"], "mou", "2024-03-22", []),
        (["51", "51.03", "51.71"], "plan", None, ["lingkungan-hidup"]),
        (["51", "51.03", "51.71"], "plan", None, ["perhubungan"])]
    assert sorted((o["name"], o["region"]) for o in record["officials"]) == [
        ("Ketut Sudarsana Yasa", "51"), ("Wayan Adi Pranata", "51.03")]


def test_a_tables_rows_with_a_day_in_the_date_column_are_signed_on_it():
    text = ("Tabel 3.1 Daftar Dokumen KSDD Tahun 2023\n\n"
            "No | Jenis | Para Pihak | Tentang | Tanggal | Status Tindak Lanjut\n"
            "1 | Kesepakatan Bersama | Pemprov Bengkulu – Pemprov Sumatera Selatan | Kerja Sama Bidang Perhubungan | "
            "14-02-2023 | PKS bidang perhubungan telah ditandatangani (lihat No. 2)\n"
            "2 | Perjanjian Kerja Sama | Pemprov Bengkulu – Pemprov Sumatera Selatan | Pengaturan Angkutan Barang | "
            "09-10-2023 | Dalam pelaksanaan\n"
            "3 | Kesepakatan Bersama | Pemprov Bengkulu – Pemprov Jambi | Pengembangan Pariwisata | 05-07-2023 | "
            "Belum ada PKS\n")
    assert sorted((a["parties"], a["kind"], a["signed_on"]) for a in extract_text(text, id="t")["agreements"]) == [
        (["15", "17"], "mou", "2023-07-05"), (["16", "17"], "mou", "2023-02-14"), (["16", "17"], "pks", "2023-10-09")]


def test_a_planning_documents_table_of_partners_after_a_word_on_third_parties():
    # (the rows are the host's pairs though the prose before them speaks of third parties, and the rows of a table
    # of indicators after them are of no pair)
    text = ("RKPD KABUPATEN GORONTALO TAHUN 2025\n\nKerja sama daerah dengan daerah lain (KSDD) bersifat wajib, sedangkan "
            "kerja sama dengan pihak ketiga (KSDPK) dilaksanakan secara sukarela.\n\nSampai dengan akhir tahun 2023, "
            "Pemerintah Kabupaten Gorontalo memiliki dokumen kerja sama dengan daerah lain sebagaimana Tabel 4.12.\n\n"
            "Tabel 4.12  Dokumen KSDD yang Masih Berlaku\n\n"
            "No. | Jenis Dokumen | Mitra | Objek Kerja Sama | Tanggal Penandatanganan | Keterangan\n"
            "1 | Perjanjian Kerja Sama | Pemerintah Kabupaten Bone Bolango | Pelayanan kesehatan rujukan | 17 Mei 2023 | "
            "Berjalan\n2 | Kesepakatan Bersama | Pemerintah Provinsi Gorontalo | Pengembangan kawasan agropolitan | "
            "2 Maret 2021 | Berjalan\n\n3. Monitoring pelaksanaan Perjanjian Kerja Sama dengan Pemerintah Kabupaten Bone "
            "Bolango secara berkala.\n\nTabel 4.13  Indikator Kinerja Kerja Sama Daerah\n\nNo. | Indikator | Satuan | "
            "Target 2025\n1 | Persentase kesepakatan bersama yang ditindaklanjuti dengan PKS | % | 75\n")
    got = sorted((a["parties"], a["kind"], a["signed_on"], a["sectors"]) for a in extract_text(text, id="t")["agreements"])
    assert got == [(["75", "75.01"], "mou", "2021-03-02", ["pertanian"]),
                   (["75.01", "75.03"], "pks", "2023-05-17", ["kesehatan"])]


def test_the_day_of_the_pks_signing_after_an_mou_told_by_months_ago_is_not_the_mous():
    text = ("Padang (ANTARA) - Pemko Padang dan Pemkab Padang Pariaman menindaklanjuti kesepakatan bersama yang diteken "
            "enam bulan lalu dengan menandatangani dua perjanjian kerja sama (PKS).\n\nPenandatanganan PKS dilakukan di "
            "Balai Kota Padang, Kamis (5/9/2024).\n\nKesepakatan bersama antara Pemko Padang dan Pemkab Padang Pariaman "
            "ditandatangani Wali Kota Padang dan Bupati Padang Pariaman pada 7 Maret 2024.\n")
    assert sorted((a["kind"], a["signed_on"]) for a in extract_text(text, id="t")["agreements"]) == [
        ("mou", "2024-03-07"), ("pks", "2024-09-05"), ("pks", "2024-09-05")]


def test_the_first_kesepakatan_told_with_its_day_beside_its_renewal_is_a_document_of_its_own():
    text = ("PEMATANGSIANTAR - Pemerintah Kota Pematangsiantar dan Pemerintah Kabupaten Simalungun resmi memperpanjang "
            "kesepakatan bersama kerja sama daerah. Perpanjangan ditandai dengan penandatanganan naskah Kesepakatan "
            "Bersama oleh Wali Kota Pematangsiantar dan Bupati Simalungun, Jumat (28/6/2024).\n\nKesepakatan Bersama "
            "pertama antara kedua daerah ditandatangani pada 14 Maret 2019 dengan ruang lingkup penyediaan air minum.\n")
    assert sorted((a["kind"], a["signed_on"]) for a in extract_text(text, id="t")["agreements"]) == [
        ("mou", "2019-03-14"), ("mou", "2024-06-28")]


def test_a_transcripts_speakers_listed_name_dash_office_and_a_moderator_in_brackets():
    text = ("TRANSKRIP KONFERENSI PERS\n\nNarasumber:\n- Robby Sapulette – Sekretaris Kota (Sekkot) Ambon\n"
            "- Ir. Fransina Tuhumury, M.T. – Kepala Dinas Lingkungan Hidup dan Persampahan Kota Ambon\n\n"
            "Moderator (Kabag Prokompim Kota Ambon, Elizabeth Pattiasina): Selamat siang.\n\nSEKKOT: Kemarin Pemkot "
            "Ambon dan Pemkab Maluku Tengah telah menandatangani Kesepakatan Bersama.\n")
    assert sorted((o[1], o[2]) for o in _officials_of(text)) == [
        ("Elizabeth Pattiasina", "81.71"), ("Fransina Tuhumury", "81.71"), ("Robby Sapulette", "81.71")]


def test_two_pks_numbered_in_one_sentence_each_take_their_own_field():
    text = ("PONTIANAK – Pemerintah Kota Pontianak dan Pemerintah Kabupaten Kubu Raya menandatangani dua Perjanjian Kerja "
            "Sama (PKS) sekaligus, Senin (12/8/2024). PKS pertama mengatur pengelolaan sampah di perbatasan kedua daerah, "
            "sementara PKS kedua mengatur penyediaan air minum bagi warga Kubu Raya.\n\nPKS pengelolaan sampah "
            "ditandatangani Kepala Dinas Lingkungan Hidup Kota Pontianak Syarifah Nurlela.\n")
    assert sorted(a["sectors"] for a in extract_text(text, id="t")["agreements"]) == [
        ["lingkungan-hidup"], ["pekerjaan-umum"]]


def test_a_posts_question_for_the_fields_with_a_pointing_hand_is_answered_by_its_checklist():
    text = ("Sahabat Kobar! Hari ini Pemerintah Kabupaten Kotawaringin Barat dan Pemerintah Kabupaten Lamandau resmi "
            "menandatangani Kesepakatan Bersama tentang Kerja Sama Pembangunan Daerah 📝\n\nApa saja yang disepakati? 👇\n"
            "✅ Perkebunan dan pertanian, termasuk pengembangan sawit rakyat\n✅ Pelayanan kesehatan, khususnya rujukan "
            "pasien\n\nSemoga bermanfaat!\n")
    assert [a["sectors"] for a in extract_text(text, id="t")["agreements"]] == [["kesehatan", "pertanian"]]


def test_an_faq_pages_agreements_after_a_word_on_third_parties_and_the_stages_in_general():
    # (a government named after third parties' cooperation told in general is the page's own again; the stages
    # told in general sign nothing; item a's document is that of the parties the sentence after it names)
    text = ("TANYA JAWAB SEPUTAR KERJA SAMA DAERAH KABUPATEN BADUNG\n\n2. Apa bedanya KSDD dan KSDPK?\n"
            "KSDPK (Kerja Sama Daerah dengan Pihak Ketiga) dilakukan dengan badan usaha, perguruan tinggi, atau lembaga "
            "lain yang bukan pemerintah daerah.\n\n3. Bagaimana tahapan kerja sama daerah?\nSecara umum, tahapannya "
            "adalah: penjajakan, penandatanganan Kesepakatan Bersama oleh kepala daerah, penandatanganan Perjanjian "
            "Kerja Sama (PKS), serta monitoring.\n\n4. Dengan daerah mana saja Kabupaten Badung sudah bekerja sama?\n"
            "a. Kesepakatan Bersama Kawasan Sarbagita tentang pengelolaan persampahan. Kesepakatan ini merupakan satu "
            "naskah yang ditandatangani bersama pada 2 Februari 2023 oleh Pemerintah Provinsi Bali, Pemerintah Kota "
            "Denpasar, dan Pemerintah Kabupaten Badung.\nb. Perjanjian Kerja Sama antara Pemerintah Kabupaten Badung dan "
            "Pemerintah Kabupaten Buleleng tentang pengembangan desa wisata, yang ditandatangani pada 11 September 2023.\n")
    got = sorted((a["parties"], a["kind"], a["signed_on"], a["sectors"]) for a in extract_text(text, id="t")["agreements"])
    assert got == [(["51", "51.03", "51.71"], "mou", "2023-02-02", ["lingkungan-hidup"]),
                   (["51.03", "51.08"], "pks", "2023-09-11", ["pariwisata"])]


def test_a_section_number_is_no_count_of_pks():
    text = ("3.2 PKS pasokan pangan dengan Pemerintah Provinsi Kalimantan Timur yang ditandatangani Pemprov Kalsel pada "
            "22 Januari 2025 telah direalisasikan.")
    assert [a["kind"] for a in extract_text(text, id="t")["agreements"]] == ["pks"]


def test_a_fields_detail_up_to_its_semicolon_and_an_outsiders_fields_are_not_the_agreements():
    text = ("Pemerintah Kota Jayapura, Pemerintah Kabupaten Jayapura, dan Pemerintah Kabupaten Keerom menandatangani satu "
            "naskah Kesepakatan Bersama. Kesepakatan tersebut mencakup tiga bidang, yakni ketertiban umum, khususnya "
            "patroli bersama di jalan lintas perbatasan; administrasi kependudukan; serta ketahanan pangan.\n\n"
            "Menurut Pj Gubernur, Pemprov Papua tidak menjadi pihak dalam kesepakatan ini, tetapi siap memfasilitasi "
            "koordinasi, terutama di bidang perhubungan antarwilayah.\n")
    assert [a["sectors"] for a in extract_text(text, id="t")["agreements"]] == [["adminduk", "pangan", "trantibum"]]


def test_a_reports_foreword_and_closing_signatures_under_its_secretariats_heading():
    text = ("LAPORAN TAHUNAN 2023\nBAGIAN KERJA SAMA\nSEKRETARIAT DAERAH PROVINSI BENGKULU\n\nKATA PENGANTAR\n\n"
            "Laporan ini memuat kerja sama daerah Pemerintah Provinsi Bengkulu.\n\nBengkulu, 15 Januari 2024\n"
            "Kepala Biro Pemerintahan dan Kesejahteraan Rakyat,\n\nDrs. Hendra Saputra, M.M.\nPembina Utama Muda (IV/c)\n\n"
            "BAB III\n\nSelama Tahun 2023 Pemprov Bengkulu dan Pemprov Jambi menandatangani Kesepakatan Bersama.\n\n"
            "Demikian laporan ini disusun.\n\nKepala Bagian Kerja Sama,\n\nRina Oktaviani, S.STP., M.Si.\nPembina (IV/a)\n")
    assert sorted((o[1], o[2]) for o in _officials_of(text)) == [("Hendra Saputra", "17"), ("Rina Oktaviani", "17")]


def test_sekretaris_provinsi_is_a_provinces_sekda():
    text = ("Pemprov Kaltim dan Pemprov Kaltara menandatangani Kesepakatan Bersama. Hadir Sekretaris Provinsi Kaltara "
            "Drs. Muhammad Iskandar Alam, M.M.")
    assert ("Sekretaris Provinsi", "Muhammad Iskandar Alam", "65") in _officials_of(text)


def test_a_work_plans_facilitated_drafting_of_a_pks_is_a_plan():
    text = ("Pemprov Bengkulu dan Pemprov Sumatera Selatan menandatangani Kesepakatan Bersama pada 14 Februari 2023.\n\n"
            "BAB IV RENCANA TINDAK LANJUT TAHUN 2024\n\n1. Memfasilitasi penyusunan PKS bidang perdagangan dengan "
            "Pemprov Sumatera Selatan sebagai tindak lanjut Kesepakatan Bersama tanggal 14 Februari 2023.\n")
    assert sorted((a["kind"], a["signed_on"]) for a in extract_text(text, id="t")["agreements"]) == [
        ("mou", "2023-02-14"), ("plan", None)]


def test_a_pks_demanded_and_spelled_out_after_it_is_no_pks_signed():
    text = ("Selasa kemarin, tanggal 4 Juni 2024, Pj Gubernur Sumsel dan Pj Gubernur Bangka Belitung menandatangani "
            "Kesepakatan Bersama. Kesepakatan Bersama itu baru payung. Harus ada PKS, perjanjian kerja sama, yang diteken "
            "kepala dinas.")
    assert [(a["kind"], a["signed_on"]) for a in extract_text(text, id="t")["agreements"]] == [("mou", "2024-06-04")]


def test_an_example_told_with_its_year_only_takes_no_other_examples_day():
    text = ("Contoh kerja sama antardaerah yang telah ditandatangani:\n"
            "a. Kesepakatan Bersama antara Pemerintah Kabupaten Enrekang dan Pemerintah Kota Makassar tentang perdagangan "
            "komoditas hortikultura, ditandatangani 12 Juni 2023;\n"
            "b. Kesepakatan Bersama antara Pemerintah Provinsi DKI Jakarta dan Pemerintah Provinsi Nusa Tenggara Barat "
            "tentang ketahanan pangan (tahun 2022), yang pelaksanaannya melalui BUMD pangan;\n")
    assert sorted((a["parties"], a["signed_on"]) for a in extract_text(text, id="t")["agreements"]) == [
        (["31", "52"], None), (["73.16", "73.71"], "2023-06-12")]


def test_the_day_a_province_facilitates_the_pairs_signing_is_the_pairs():
    text = ("SEMARANG – Pemerintah Provinsi Jawa Tengah memfasilitasi penandatanganan dua Kesepakatan Bersama antardaerah "
            "di Gedung Gradhika Bhakti Praja, Rabu (21/5/2025). Provinsi tidak menjadi pihak dalam kesepakatan.\n\n"
            "Kesepakatan pertama diteken Bupati Semarang dan Wali Kota Salatiga. Kesepakatan kedua diteken Bupati "
            "Magelang dan Wali Kota Magelang.\n")
    assert sorted((a["parties"], a["signed_on"]) for a in extract_text(text, id="t")["agreements"]) == [
        (["33.08", "33.71"], "2025-05-21"), (["33.22", "33.73"], "2025-05-21")]


def test_a_legal_documentation_sites_entries_are_signed_on_their_date_fields():
    text = ("JDIH KABUPATEN BANYUMAS\n\nBeranda > Produk Hukum > Naskah Kerja Sama\n\n"
            "1. RANCANGAN KESEPAKATAN BERSAMA\nJudul      : Rancangan Kesepakatan Bersama antara Pemerintah Kabupaten "
            "Banyumas dengan Pemerintah Kabupaten Brebes tentang Penyediaan Air Baku\nNomor      : -\n"
            "Tgl. Penetapan : -\nStatus     : Dalam Proses\n\n"
            "2. KESEPAKATAN BERSAMA\nJudul      : Kesepakatan Bersama antara Pemerintah Kabupaten Banyumas dengan "
            "Pemerintah Kabupaten Purbalingga tentang Kerja Sama Penyelenggaraan Pemerintahan\n"
            "Nomor      : 000.5/12/KB/2024\nTgl. Penetapan : 18-03-2024\nStatus     : Berlaku s.d. 18-03-2029\n\n"
            "3. KESEPAKATAN BERSAMA\nJudul      : Kesepakatan Bersama antara Pemerintah Kabupaten Banjarnegara, "
            "Pemerintah Kabupaten Purbalingga, Pemerintah Kabupaten Banyumas, Pemerintah Kabupaten Cilacap dan "
            "Pemerintah Kabupaten Kebumen tentang Pengembangan Pariwisata\nNomor      : -\n"
            "Tgl. Penetapan : 27-11-2023\nStatus     : Berlaku s.d. 27-11-2028\n")
    assert sorted((a["parties"], a["kind"], a["signed_on"]) for a in extract_text(text, id="t")["agreements"]) == [
        (["33.01", "33.02", "33.03", "33.04", "33.05"], "mou", "2023-11-27"),
        (["33.02", "33.03"], "mou", "2024-03-18"), (["33.02", "33.29"], "plan", None)]


def test_a_data_file_of_rows_split_by_semicolons_is_read_one_document_a_row():
    text = ("# Data Kerja Sama Daerah Pemerintah Aceh\n# Pemisah kolom: titik koma (;)\n"
            "no;jenis;pihak;objek;tgl_ttd;status;keterangan\n"
            '1;KB;"Pemerintah Aceh; Pemerintah Provinsi Sumatera Utara";"Konektivitas dan perdagangan";23/11/2021;'
            "Berlaku;ditandatangani kedua gubernur\n"
            '2;PKS;"Dinas Kesehatan Aceh; Dinas Kesehatan Kota Sabang";"Pelayanan kesehatan rujukan";19-01-2024;Berlaku;-\n'
            '3;NK;"Pemerintah Aceh; Universitas Syiah Kuala";"Pendidikan dan penelitian";16/08/2023;Berlaku;KSDPK\n'
            '4;KB;"Pemerintah Aceh; Pemerintah Provinsi Sumatera Barat";"Pariwisata";;Draf;menunggu jadwal\n'
            '5;KB;"Pemerintah Aceh; Pemerintah Provinsi Riau";"Pengembangan SDM aparatur";08/01/2019;Berakhir;-\n')
    assert sorted((a["parties"], a["kind"], a["signed_on"]) for a in extract_text(text, id="t")["agreements"]) == [
        (["11", "11.72"], "pks", "2024-01-19"), (["11", "12"], "mou", "2021-11-23"), (["11", "13"], "plan", None),
        (["11", "14"], "mou", "2019-01-08")]


def test_a_memos_pks_each_office_is_told_to_draft_are_as_many_plans_of_the_pair_each_names():
    text = ("PEMERINTAH KOTA JAYAPURA\n\nNOTA DINAS\n\n1. Telah ditandatangani pada 5 Juni 2024:\n"
            "   a. Kesepakatan Bersama antara Pemerintah Kota Jayapura dan Pemerintah Kabupaten Jayapura tentang "
            "Kesehatan dan Perhubungan;\n"
            "   b. Kesepakatan Bersama antara Pemerintah Kota Jayapura dan Pemerintah Kabupaten Keerom tentang Ketahanan "
            "Pangan.\n\n2. Saudara diminta menyusun draf PKS sesuai bidang tugas, yaitu:\n"
            "   a. Kepala Dinas Kesehatan: draf PKS pelayanan rujukan pasien warga Kota Jayapura di RSUD Yowari, "
            "Kabupaten Jayapura;\n"
            "   b. Kepala Dinas Perhubungan: draf PKS angkutan umum trayek Abepura - Sentani;\n"
            "   c. Kepala Dinas Ketahanan Pangan: draf PKS pasokan komoditas pangan dari Kabupaten Keerom ke pasar-pasar "
            "Kota Jayapura.\n")
    got = sorted((a["parties"], a["kind"]) for a in extract_text(text, id="t")["agreements"])
    assert got == [(["91.03", "91.71"], "mou"), (["91.03", "91.71"], "plan"), (["91.03", "91.71"], "plan"),
                   (["91.11", "91.71"], "mou"), (["91.11", "91.71"], "plan")]


def test_a_list_laid_out_in_spaces_under_a_header_with_no_rule_under_a_letterhead():
    text = ("                              PEMERINTAH KOTA MAGELANG\n                                SEKRETARIAT DAERAH\n\n"
            "           DAFTAR KERJA SAMA DAERAH YANG MASIH BERLAKU TAHUN 2024\n\n"
            "A. KERJA SAMA DAERAH DENGAN DAERAH LAIN (KSDD)\n\n"
            " No  Jenis  Nomor / Tanggal               Mitra Kerja Sama            Objek / Ruang Lingkup\n"
            " 1   KB     415.4/03/2021                  Pemerintah Kabupaten        Pengelolaan sampah di TPA\n"
            "            15 Maret 2021                  Magelang                    Banyuurip\n"
            " 2   PKS    800/211/2023                   Pemerintah Kabupaten        Peningkatan kapasitas\n"
            "            5 Oktober 2023                 Purworejo                   aparatur (kepegawaian)\n"
            "---------------------------------------------------------------------------------------------\n"
            "                                                                              Halaman 1 dari 2\n\n"
            "B. KERJA SAMA DAERAH DENGAN PIHAK KETIGA (KSDPK)\n\n"
            " No  Jenis  Nomor / Tanggal               Mitra Kerja Sama            Objek / Ruang Lingkup\n"
            " 1   KB     423/55/2022                    Universitas Tidar           Tri Dharma Perguruan Tinggi\n"
            "            14 Januari 2022\n")
    assert sorted((a["parties"], a["kind"], a["signed_on"]) for a in extract_text(text, id="t")["agreements"]) == [
        (["33.06", "33.71"], "pks", "2023-10-05"), (["33.08", "33.71"], "mou", "2021-03-15")]


def test_a_day_told_from_the_speakers_in_a_quote_is_not_the_articles():
    text = ("SAMARINDA, Selasa (13/5/2025) - Pemkot Samarinda dan Pemkab Kukar meneken Kesepakatan Bersama, Senin "
            "(12/5/2025). Usai kesepakatan diteken, acara dilanjutkan dengan penandatanganan dua Perjanjian Kerja Sama "
            "(PKS).\n\n\"Makanya PKS banjir ini kami minta langsung diteken hari ini juga, jangan menunggu lagi,\" ujar "
            "Rahmat.\n")
    assert sorted((a["kind"], a["signed_on"]) for a in extract_text(text, id="t")["agreements"]) == [
        ("mou", "2025-05-12"), ("pks", "2025-05-12"), ("pks", "2025-05-12")]


def test_minutes_telling_of_some_documents_unnamed_sign_none_for_a_partner_only_sounded_out():
    text = ("NOTULEN RAPAT TKKSD KABUPATEN BANYUASIN\n\nPimpinan Rapat menyampaikan bahwa sejumlah kesepakatan bersama "
            "yang telah ditandatangani Bupati belum memiliki perjanjian kerja sama sebagai dasar pelaksanaan.\n\n"
            "1. Kesepakatan Bersama antara Pemerintah Kabupaten Banyuasin dan Pemerintah Kota Palembang telah "
            "ditandatangani oleh kedua kepala daerah pada 12 Maret 2024.\n\n2. Kepala Bappeda menyampaikan usulan "
            "penjajakan kerja sama dengan Pemerintah Kabupaten Musi Banyuasin di bidang pekerjaan umum.\n")
    assert sorted((a["parties"], a["kind"], a["signed_on"]) for a in extract_text(text, id="t")["agreements"]) == [
        (["16.06", "16.07"], "plan", None), (["16.07", "16.71"], "mou", "2024-03-12")]


def test_the_list_under_a_heading_of_related_links_names_no_agreement():
    text = ("KUPANG - Kesepakatan bersama antara Pemerintah Kota Kupang dan Pemerintah Kabupaten Kupang yang "
            "ditandatangani pada 2021 dinilai belum membawa hasil.\n\nBerita Terkait:\n"
            "- Pemkab Sikka dan Pemkab Ende Jajaki Kerja Sama Rumah Sakit Rujukan\n- Harga Beras Turun\n")
    assert [a["parties"] for a in extract_text(text, id="t")["agreements"]] == [["53.01", "53.71"]]


def test_an_honorific_before_an_office_is_no_holders_name():
    text = ("Naskah Kesepakatan Bersama baru saja ditandatangani oleh saya selaku Bupati Sumbawa, Bapak Bupati Dompu, dan "
            "Ibu Wakil Bupati Bima.")
    assert _officials_of(text) == []


def test_an_office_named_for_its_field_names_no_field_of_the_agreement():
    text = ("Pemkot Bandar Lampung dan Pemkab Pesawaran menandatangani perjanjian kerja sama pengelolaan sampah, Senin "
            "(2/6/2025). Wakil Rektor Bidang Perencanaan, Kerja Sama, dan TIK Unila hadir dalam penandatanganan.")
    assert [a["sectors"] for a in extract_text(text, id="t")["agreements"]] == [["lingkungan-hidup"]]


def test_a_planning_tables_status_cell_citing_an_mou_by_number_and_day_signs_it():
    text = ("Tabel 4.9 Rencana Kerja Sama Daerah Provinsi Sulawesi Tengah Tahun 2025\n\n"
            "No. | Mitra Kerja Sama | Objek Kerja Sama | Status s.d. 2024 | Rencana 2025 | PD Pelaksana\n"
            "1. | Pemerintah Provinsi Sulawesi Barat | Perdagangan antarprovinsi | Kesepakatan Bersama Nomor "
            "100.3.7/184/Ro.Pem dan Nomor 100/27/KB/X/2022 tanggal 17 Oktober 2022 | Penyusunan dan penandatanganan PKS "
            "bidang perdagangan | Dinas Perindustrian dan Perdagangan\n")
    assert sorted((a["parties"], a["kind"], a["signed_on"]) for a in extract_text(text, id="t")["agreements"]) == [
        (["72", "76"], "mou", "2022-10-17"), (["72", "76"], "plan", None)]


def test_two_pks_to_come_told_one_by_one_one_of_two_of_the_three_parties():
    text = ("PALU - Sepekan setelah penandatanganan Kesepakatan Bersama, Pemerintah Kota Palu, Pemerintah Kabupaten Sigi "
            "dan Pemerintah Kabupaten Donggala menggelar rapat tindak lanjut, Jumat (7/6/2024).\n\nDalam rapat itu, ketiga "
            "daerah menyepakati dua perjanjian kerja sama (PKS) yang akan disusun sebagai penjabaran kesepakatan. "
            "Pertama, PKS penyediaan air baku dari intake Sungai Gumbasa untuk kebutuhan warga Palu, yang hanya "
            "melibatkan Pemkot Palu dan Pemkab Sigi. Kedua, PKS penanggulangan bencana terpadu yang melibatkan ketiga "
            "daerah.\n")
    assert sorted((a["parties"], a["kind"]) for a in extract_text(text, id="t")["agreements"]) == [
        (["72.03", "72.10", "72.71"], "mou"), (["72.03", "72.10", "72.71"], "plan"), (["72.10", "72.71"], "plan")]


def test_a_hosts_documents_with_three_told_signed_apart_are_three_pairs():
    text = ("Banjarbaru (ANTARA) - Pemerintah Provinsi Kalimantan Selatan (Kalsel) menandatangani Perjanjian Kerja Sama "
            "(PKS) penyediaan air minum curah dengan tiga pemerintah kabupaten/kota, yakni Kabupaten Banjar, Kota "
            "Banjarbaru dan Kota Banjarmasin, di Banjarbaru, Kamis (13/6/2024).\n\nTiga dokumen PKS itu ditandatangani "
            "secara terpisah.\n")
    assert sorted(a["parties"] for a in extract_text(text, id="t")["agreements"]) == [
        ["63", "63.03"], ["63", "63.71"], ["63", "63.72"]]


@pytest.mark.parametrize("text, want", [
    ("TENGGARONG – Pemkab Kukar dan Pemkot Samarinda menandatangani Adendum Perjanjian Kerja Sama (PKS), Selasa "
     "(20/8/2024). Adendum ini mengubah sejumlah pasal dalam PKS tentang Penanggulangan Kebakaran yang ditandatangani "
     "kedua dinas pada 18 Oktober 2022.", [("pks", "2022-10-18"), ("pks", "2024-08-20")]),
    ("PALU – Pemerintah Kota Palu dan Pemerintah Kabupaten Sigi resmi memperpanjang Kesepakatan Bersama (MoU), Senin "
     "(22/4/2024). Kesepakatan Bersama yang pertama diteken oleh wali kota dan bupati periode sebelumnya pada 5 Maret "
     "2019.", [("mou", "2019-03-05"), ("mou", "2024-04-22")]),
])
def test_the_document_an_addendum_amends_or_a_renewal_renews_told_with_its_day(text, want):
    assert sorted((a["kind"], a["signed_on"]) for a in extract_text(text, id="t")["agreements"]) == want


def test_a_hosts_two_signings_told_by_turns_and_the_province_reported_to():
    text = ("PANDAN – Dalam sepekan, Pemkab Tapanuli Tengah meneken dua Kesepakatan Bersama dengan Pemerintah Kota Sibolga "
            "dan Pemerintah Kabupaten Humbang Hasundutan.\n\nKesepakatan pertama ditandatangani Senin (5/8/2024) oleh Pj "
            "Bupati Tapteng dan Wali Kota Sibolga.\n\nTiga hari kemudian, Kamis (8/8/2024), giliran Pemkab Humbahas. "
            "Kesepakatan Bersama kedua diteken Sitompul dan Bupati Humbang Hasundutan di Doloksanggul.\n\nSetelah kedua "
            "kesepakatan ditandatangani, Bagian Tata Pemerintahan Setdakab Tapteng akan melaporkannya ke Gubernur Sumut "
            "melalui Biro Pemerintahan dan Otonomi Daerah Setdaprov Sumut.\n")
    assert sorted((a["parties"], a["signed_on"]) for a in extract_text(text, id="t")["agreements"]) == [
        (["12.01", "12.16"], "2024-08-08"), (["12.01", "12.73"], "2024-08-05")]


def test_a_head_telling_his_own_signing_in_a_quote_and_a_camat_whose_kecamatan_a_direction_ends():
    text = ("Teken MoU Air Baku dengan Minut, Wali Kota Bitung: Krisis Air di Pesisir Harus Berakhir\n\n"
            "Antrean jeriken masih terlihat di Kecamatan Lembeh Utara, Kota Bitung. Wali Kota Bitung Ir. Fredy Tumiwa "
            "Lengkong, M.T. meninjau lokasi bersama Camat Lembeh Utara Jemmy Kaunang, S.IP.\n\n\"Saya dan Bupati Minahasa Utara sudah meneken MoU soal pemanfaatan air baku,\" ujar Lengkong.\n")
    record = extract_text(text, id="t")
    assert [a["parties"] for a in record["agreements"]] == [["71.06", "71.72"]]
    assert sorted((o["name"], o["region"]) for o in record["officials"]) == [
        ("Fredy Tumiwa Lengkong", "71.72"), ("Jemmy Kaunang", "71.72")]


def test_a_signing_at_the_sidelines_of_an_event_takes_the_events_day():
    text = ("Gianyar – Lapangan Astina dipadati penonton saat pembukaan Festival Seni Sukawati 2024, Jumat (5/7/2024) malam."
            "\n\nFestival berlangsung selama sembilan hari hingga 13 Juli 2024.\n\nDi sela pembukaan, Bupati Gianyar dan "
            "Bupati Klungkung menandatangani kesepakatan bersama (MoU) tentang kerja sama bidang kebudayaan.\n")
    assert [a["signed_on"] for a in extract_text(text, id="t")["agreements"]] == ["2024-07-05"]


def test_a_hospital_named_after_a_person_and_owned_by_a_city_names_its_director():
    text = ("Pemkot Parepare dan Pemkab Pinrang menandatangani dua PKS, Senin (14/10/2024). PKS pertama mengenai "
            "pelayanan rujukan bagi warga Pinrang di RSUD Andi Makkasau milik Pemkot Parepare, ditandatangani Plh Kepala "
            "Dinas Kesehatan Pinrang dr. Hasnawati Ramli, M.Kes. dan Direktur RSUD Andi Makkasau dr. Muhammad Yasin "
            "Palisuri, Sp.PD.")
    assert ("Direktur RSUD Andi Makkasau", "Muhammad Yasin Palisuri", "73.72") in _officials_of(text)


def test_mengenai_names_a_documents_fields():
    text = ("Pemerintah Kota Parepare dan Pemerintah Kabupaten Pinrang menandatangani dua Perjanjian Kerja Sama (PKS), "
            "Senin (14/10/2024). PKS pertama mengenai pelayanan kesehatan rujukan bagi warga Pinrang. PKS kedua mengenai "
            "ketersediaan dan cadangan pangan.")
    assert sorted(a["sectors"] for a in extract_text(text, id="t")["agreements"]) == [["kesehatan"], ["pangan"]]


def test_a_plan_with_the_speakers_partner_told_over_two_sentences():
    text = ("Bupati Bolaang Mongondow Selatan Iskandar Kamaru mengatakan kerja sama dengan Bone Bolango berjalan baik.\n\n"
            "\"Dengan Pemkot Kotamobagu kami sudah bersurat. Rencananya ada Kesepakatan Bersama soal pendidikan, terutama "
            "untuk anak-anak Bolsel yang bersekolah di Kotamobagu,\" kata Iskandar.\n")
    assert [(a["parties"], a["kind"]) for a in extract_text(text, id="t")["agreements"]
            if "71.74" in a["parties"]] == [(["71.11", "71.74"], "plan")]


def test_a_hosts_three_signed_apart_beside_another_pair_at_the_same_event():
    text = ("TARAKAN - Pada Rabu (14/5/2025), Wali Kota Makassar menandatangani tiga Kesepakatan Bersama secara terpisah, "
            "masing-masing dengan Pemerintah Kota Ternate, Pemerintah Kota Ambon dan Pemerintah Kota Kendari.\n\n"
            "Selain Makassar, kota lain juga memanfaatkan momentum Rakernas. Pj Wali Kota Palopo dan Wali Kota Baubau "
            "menandatangani Kesepakatan Bersama di bidang pariwisata.\n")
    assert sorted(a["parties"] for a in extract_text(text, id="t")["agreements"]) == [
        ["73.71", "74.71"], ["73.71", "81.71"], ["73.71", "82.71"], ["73.73", "74.72"]]


def test_a_signing_called_off_after_the_documents_whole_title_is_none_done():
    text = ("TERNATE - Penandatanganan Perjanjian Kerja Sama (PKS) antara Pemerintah Kota Ternate dan Pemerintah Kota "
            "Tidore Kepulauan tentang layanan transportasi laut speedboat dan pengelolaan pelabuhan rakyat batal "
            "dilaksanakan sesuai jadwal. Sedianya PKS itu diteken Senin (11/8/2025) di Ternate, namun kedua pihak sepakat "
            "menundanya.")
    assert [(a["kind"], a["signed_on"]) for a in extract_text(text, id="t")["agreements"]] == [("plan", None)]


def test_a_lists_collective_name_in_brackets_and_a_subject_set_outside_after_an_aside():
    text = ("PALU - Biro Pemerintahan Setdaprov Sulteng menggelar evaluasi atas Kesepakatan Bersama Kota Palu, Kabupaten "
            "Sigi dan Kabupaten Donggala (Pasigala), Rabu (3/9/2025). Kesepakatan Bersama itu ditandatangani ketiga kepala "
            "daerah dalam satu naskah pada 25 Juli 2019.\n\nNurhayati menyebut Kabupaten Parigi Moutong, yang berbatasan "
            "dengan Sigi, tidak diikutkan dalam evaluasi ini karena bukan pihak dalam kesepakatan Pasigala.\n")
    assert [(a["parties"], a["kind"]) for a in extract_text(text, id="t")["agreements"]] == [
        (["72.03", "72.10", "72.71"], "mou")]


def test_a_headlines_verb_and_region_after_an_office_is_no_holder():
    text = "Kolut dan Lutim Teken MoU Jalan Perbatasan, Plh Bupati Wakili Kolaka Utara\n\nIsi berita."
    assert _officials_of(text) == []


@pytest.mark.parametrize("text, want", [
    ("PAMATANG RAYA - Pemerintah Kabupaten (Pemkab) Simalungun menandatangani tiga nota kesepakatan kerja sama dengan "
     "tiga pemerintah daerah tetangga secara bergantian, Kamis (22/8/2024).\n\nKetiga daerah itu adalah Pemerintah Kota "
     "(Pemko) Pematangsiantar, Pemkab Serdang Bedagai dan Pemkab Batu Bara.\n",
     [["12.08", "12.18"], ["12.08", "12.19"], ["12.08", "12.72"]]),
    ("BANJARMASIN - Lima pemerintah daerah kawasan Banjarbakula resmi menandatangani satu naskah Kesepakatan Bersama, "
     "Rabu (26/7/2023).\n\nKelima daerah itu yakni Kota Banjarmasin, Kota Banjarbaru, Kabupaten Banjar, Kabupaten "
     "Barito Kuala dan Kabupaten Tanah Laut.\n\nNaskah kesepakatan diteken Wali Kota Banjarmasin, Wali Kota Banjarbaru "
     "dan Bupati Banjar. Sementara Kabupaten Barito Kuala diwakili Wakil Bupati Batola dan Kabupaten Tanah Laut "
     "diwakili Sekda Tanah Laut.\n", [["63.01", "63.03", "63.04", "63.71", "63.72"]]),
])
def test_documents_signed_in_turns_and_one_of_n_governments_listed_after(text, want):
    assert sorted(a["parties"] for a in extract_text(text, id="t")["agreements"]) == want


def test_a_draft_told_back_and_what_follows_its_signing_sign_no_pks():
    text = ("SOLOK - Pemko Solok dan Pemkab Solok menuntaskan pembahasan draf Perjanjian Kerja Sama (PKS) pemanfaatan air "
            "baku, Kamis (18/7/2024). Jika tidak ada halangan, PKS akan ditandatangani pada pekan kedua Agustus 2024. PKS "
            "tersebut merupakan tindak lanjut Kesepakatan Bersama yang telah ditandatangani Wali Kota Solok dan Bupati "
            "Solok pada 6 Maret 2023. Setelah PKS ditandatangani, masing-masing pihak akan membentuk tim teknis.")
    assert sorted((a["kind"], a["signed_on"]) for a in extract_text(text, id="t")["agreements"]) == [
        ("mou", "2023-03-06"), ("plan", None)]


def test_a_headlines_draft_told_signed_by_a_month_only_is_a_plan():
    text = ("Palu, Sigi dan Donggala Matangkan Draf Kesepakatan Bersama Sampah dan Kebencanaan, Diteken Desember\n\n"
            "PALU – Kota Palu, Kabupaten Sigi dan Kabupaten Donggala tengah mematangkan draf Kesepakatan Bersama tentang "
            "pengelolaan sampah.\n")
    assert [a["kind"] for a in extract_text(text, id="t")["agreements"]] == ["plan"]


@pytest.mark.parametrize("text, want", [
    ("Pemkot Banda Aceh dan Pemkab Aceh Besar meneken PKS pengelolaan sampah, Selasa (14/5/2024). Kepala DLHK3 Banda "
     "Aceh menambahkan, pihaknya bersama DLHK Aceh Besar akan membentuk tim teknis untuk memantau pelaksanaan PKS.",
     [(["11.06", "11.71"], "pks")]),
    ("Bupati Kubu Raya meneken MoU dengan Universitas Tanjungpura. Ia menambahkan, sebagai daerah penyangga Kota "
     "Pontianak, Kubu Raya harus cermat memilih bidang kerja sama yang benar-benar memberi manfaat.", []),
])
def test_the_carrying_out_of_a_pks_and_the_city_a_region_buffers(text, want):
    assert [(a["parties"], a["kind"]) for a in extract_text(text, id="t")["agreements"]] == want


def test_the_pairs_first_mou_named_with_the_pair_and_its_year_beside_its_renewal():
    text = ("PASIR PENGARAIAN - Pemkab Rokan Hulu dan Pemkab Pasaman memperpanjang Kesepakatan Bersama, Senin, 9 Juni 2025."
            "\n\nKesepakatan Bersama pertama Rokan Hulu-Pasaman diteken pada 2019 dan berlaku lima tahun hingga Desember "
            "2024.\n")
    assert sorted((a["kind"], a["signed_on"] or "") for a in extract_text(text, id="t")["agreements"]) == [
        ("mou", ""), ("mou", "2025-06-09")]


def test_pks_still_to_come_set_out_one_per_lettered_item_are_as_many_plans():
    text = ("Sehubungan dengan telah ditandatanganinya Kesepakatan Bersama antara Pemerintah Kota Bitung dan Pemerintah "
            "Kabupaten Minahasa Utara pada hari Selasa, 12 Agustus 2025, diberitahukan hal-hal berikut:\n\n"
            "1. Kesepakatan Bersama dimaksud ditindaklanjuti dengan penyusunan rancangan Perjanjian Kerja Sama (PKS), "
            "masing-masing:\n"
            "   a. PKS tentang Pengembangan Perikanan Tangkap, disusun oleh Dinas Kelautan dan Perikanan Kota Bitung "
            "bersama Dinas Perikanan Kabupaten Minahasa Utara;\n"
            "   b. PKS tentang Pengembangan Destinasi Pariwisata, disusun oleh Dinas Pariwisata Kota Bitung bersama "
            "Dinas Pariwisata Kabupaten Minahasa Utara.\n")
    assert _pairs_kinds(text) == [(["71.06", "71.72"], "mou"), (["71.06", "71.72"], "plan"),
                                  (["71.06", "71.72"], "plan")]


def test_partners_signing_one_by_one_pair_with_the_host_named_far_most():
    text = ("Misi Dagang Jatim di Surabaya. Pemprov Jatim mengundang tiga provinsi mitra. Gubernur Jawa Timur Lestari "
            "menandatangani kesepakatan pertama dengan Gubernur Kalimantan Barat Yohanes, Selasa (22/7/2025). "
            "Kesepakatan kedua diteken bersama Gubernur Sulawesi Tengah Rusdi. Jatim juga memamerkan produk UMKM "
            "Jatim di Grahadi.")
    assert _pairs_kinds(text) == [(["35", "61"], "mou"), (["35", "72"], "mou")]


def test_an_mou_to_be_handed_down_into_pks_is_its_course_not_a_plan():
    text = ("Pemkot Bitung dan Pemkab Minahasa Utara menandatangani Kesepakatan Bersama, Senin (3/2/2025). "
            "Wali Kota Bitung menyatakan kesepakatan ini akan segera diturunkan menjadi PKS antara dinas teknis.")
    assert _pairs_kinds(text) == [(["71.06", "71.72"], "mou")]


def test_a_signing_targeted_five_words_on_is_still_to_come():
    text = ("Pemkot Palangka Raya dan Pemkab Pulang Pisau membahas draf PKS pasokan beras. "
            "\"Targetnya PKS pasokan pangan ini bisa ditandatangani sebelum Idul Adha,\" ujar Asisten.")
    assert _pairs_kinds(text) == [(["62.11", "62.71"], "plan")]


def test_a_signing_after_which_something_will_be_done_is_still_to_come():
    text = ("Pemkab Biak Numfor dan Pemkab Supiori berencana menjalin kerja sama transportasi laut. "
            "Kepala Dinas Perhubungan menambahkan, jadwal kapal akan disusun bersama setelah kesepakatan ditandatangani.")
    assert _pairs_kinds(text) == [(["91.06", "91.19"], "plan")]


def test_a_radio_scripts_sound_bite_label_is_no_name():
    text = ("Pemkab Biak Numfor dan Pemkab Supiori berencana menjalin kerja sama.\n\n"
            "INSERT SUARA (Bupati Biak Numfor, 00:18):\n\"Kita sudah bicara dengan Supiori.\"\n")
    assert [o for o in _officials_of(text) if o[1] == "INSERT"] == []


def test_a_signing_only_hoped_for_after_a_long_opening():
    text = ("Dengan Pemprov Jambi, Pemprov Sumbar sedang menyusun draf perjanjian kerja sama jalan perbatasan. "
            "Mudah-mudahan semester pertama tahun ini bisa diteken.")
    assert _pairs_kinds(text) == [(["13", "15"], "plan")]


def test_many_mous_told_of_in_general_are_none():
    text = ("Pemprov Sumbar dan Pemprov Riau menandatangani Kesepakatan Bersama pada 14 Oktober 2024. "
            "Banyak kesepakatan bersama yang tidak pernah punya PKS.")
    assert _pairs_kinds(text) == [(["13", "14"], "mou")]


def test_the_sentence_after_a_document_signing_it_gives_its_month_only():
    text = ("Pemprov Sumbar dan Pemprov Riau menandatangani Kesepakatan Bersama pada 14 Oktober 2024.\n\n"
            "Perjanjian kerja samanya antara Pemprov Sumbar dengan Kota Payakumbuh dan Kota Bukittinggi mengatur TPA "
            "regional. Itu satu naskah, ditandatangani bersama dan diperpanjang pada Desember 2024.")
    got = {(tuple(a["parties"]), a["kind"]): a["signed_on"] for a in _one(text)}
    assert got[("13", "13.75", "13.76"), "pks"] is None
    assert got[("13", "14"), "mou"] == "2024-10-14"


def test_a_pks_that_never_came_into_being_is_none():
    text = ("Kesepakatan Bersama antara Pemerintah Kota Bengkulu dan Pemerintah Kabupaten Bengkulu Tengah diteken pada "
            "2022. Hampir tiga tahun berlalu, perjanjian kerja sama yang seharusnya mengatur siapa membayar apa "
            "belum juga lahir.")
    assert _pairs_kinds(text) == [(["17.09", "17.71"], "mou")]


def test_cooperation_a_columnist_imagines_is_none():
    text = ("Kabupaten Rejang Lebong dan Kabupaten Kepahiang menandatangani perjanjian kerja sama air baku pada "
            "9 Maret 2023. Saya juga membayangkan potensi kerja sama baru, misalnya Kota Bengkulu dengan "
            "Kabupaten Seluma untuk wisata pantai.")
    assert _pairs_kinds(text) == [(["17.02", "17.08"], "pks")]


def test_what_a_law_sets_out_in_its_paragraph_is_of_no_agreement():
    text = ("Kabupaten Rejang Lebong dan Kabupaten Kepahiang menandatangani perjanjian kerja sama air baku pada "
            "9 Maret 2023.\n\nPP Nomor 28 Tahun 2018 sebenarnya sudah memberi jalan yang jelas. Kesepakatan bersama "
            "hanyalah pintu masuk. Pelaksanaannya ada di PKS.")
    assert _pairs_kinds(text) == [(["17.02", "17.08"], "pks")]


def test_the_province_named_by_its_government_alone_beside_its_kabupaten_and_kota():
    text = ("Satu naskah Kesepakatan Bersama yang ditandatangani bersama oleh Pemerintah Provinsi dan seluruh "
            "kabupaten/kota: Kota Mataram, Kabupaten Lombok Barat, dan Kabupaten Lombok Utara, Selasa (26/8/2025).")
    assert _pairs_kinds(text) == [(["52", "52.01", "52.08", "52.71"], "mou")]


def test_a_header_line_of_venue_city_weekday_and_date_is_the_articles_date():
    text = ("TRANSKRIP SAMBUTAN\nGubernur Nusa Tenggara Barat\nPendopo Gubernur NTB, Mataram, Selasa, 26 Agustus 2025\n\n"
            "Pemprov NTB dan Pemkot Mataram menandatangani Kesepakatan Bersama.")
    assert extract_text(text, id="t")["published"] == "2025-08-26"


def test_one_who_signed_earlier_today_dates_the_signing():
    text = ("Rabu, 9 Juli 2025\n\nTerima kasih kepada Wali Kota Mataram, yang tadi menandatangani Kesepakatan Bersama "
            "dengan Bupati Lombok Barat.")
    assert [a["signed_on"] for a in _one(text)] == ["2025-07-09"]


def test_a_province_with_all_its_kabupaten_and_kota_signing_one_document():
    text = ("SAMARINDA – Pemerintah Provinsi Kalimantan Timur bersama seluruh pemerintah kabupaten/kota se-Kaltim "
            "menandatangani Kesepakatan Bersama pengendalian inflasi, Senin (20/11/2023). Di antaranya Wali Kota "
            "Samarinda dan Bupati Kutai Kartanegara menandatangani kesepakatan itu.")
    (a,) = _one(text)
    assert a["parties"] == ["64"] + sorted(r["code"] for r in regions() if r["province"] == "64")


def test_a_direction_after_a_region_that_its_name_does_not_hold_names_a_part_of_it():
    text = ("Buleleng-Jembrana Sepakat Garap Paket Wisata Bali Barat\n\nPemkab Buleleng dan Pemkab Jembrana meneken MoU. "
            "Hadir Kepala Dinas Pariwisata Provinsi Bali I Wayan Sumarjaya.")
    assert _pairs_kinds(text) == [(["51.01", "51.08"], "mou")]


def test_partners_each_after_a_dengan_of_their_own_pair_with_the_host():
    text = ("Pemerintah Provinsi Jawa Barat, Pemerintah Kabupaten Bekasi, dan Pemerintah Kota Bekasi menandatangani satu "
            "naskah Kesepakatan Bersama, Selasa (14/1/2025). Perjanjian kerja sama antara Pemprov DKI Jakarta dan Pemkot "
            "Bekasi tentang TPST diperpanjang pada 2021. Wahyu mengatakan pengalaman mengelola kerja sama dengan DKI "
            "itu menjadi bekal dalam menyusun perjanjian dengan Kabupaten Bekasi.")
    assert _pairs_kinds(text) == [(["31", "32.75"], "pks"), (["32", "32.16", "32.75"], "mou")]


def test_a_ministry_signing_with_a_province_and_a_kabupaten_gives_no_agreement_of_the_two():
    text = ("Kementan Teken Nota Kesepahaman dengan Pemprov Sulteng dan PKS dengan Pemkab Parigi Moutong\n\n"
            "Palu, 25 Februari 2025 – Kementerian Pertanian (Kementan) memperkuat dukungan melalui penandatanganan Nota "
            "Kesepahaman dengan Pemerintah Provinsi Sulawesi Tengah serta Perjanjian Kerja Sama dengan Pemerintah "
            "Kabupaten Parigi Moutong, Selasa (25/2/2025). Nota Kesepahaman ditandatangani Direktur Jenderal Prasarana "
            "dan Sarana Pertanian Kementan, Dr. Hendra Saputra, bersama Gubernur Sulawesi Tengah H. Rusdi Lamarauna. "
            "Kepala Dinas Provinsi Sulawesi Tengah menambahkan bahwa Kementan juga menjadwalkan penandatanganan kerja "
            "sama serupa dengan Pemkab Sigi dan Pemkab Donggala.")
    assert _one(text) == []


def test_a_word_that_starts_like_mou_is_no_cue():
    text = ("Pemkab Sigi dan Pemkab Donggala menandatangani Kesepakatan Bersama, Senin (3/2/2025). Bupati Parigi Moutong "
            "hadir. Ia menyebut Parigi Moutong, Sigi, dan Donggala sebagai tiga lumbung padi.")
    assert _pairs_kinds(text) == [(["72.03", "72.10"], "mou")]


def test_a_time_of_the_day_told_before_dates_the_signing():
    text = ("KUPANG – Penjabat Gubernur NTT menjalani agenda padat, Rabu (2/10/2024). Setelah meresmikan Pasar Oeba pada "
            "pagi hari, ia menyaksikan penandatanganan Kesepakatan Bersama antara Pemerintah Kota Kupang dan Pemerintah "
            "Kabupaten Kupang.")
    assert [a["signed_on"] for a in _one(text)] == ["2024-10-02"]


def test_a_roundups_dated_item_heading_dates_its_story_and_an_item_with_a_university_is_none():
    text = ("Setahun Kerja Sama Daerah\n\nBerikut rangkumannya.\n\n"
            "1. Kaltim–Kaltara: Perbatasan (6 Februari 2024)\nPj Gubernur Kaltim dan Gubernur Kalimantan Utara "
            "menandatangani Kesepakatan Bersama di Tanjung Selor. Lingkupnya konektivitas transportasi darat.\n\n"
            "2. Pemprov Kaltim–Universitas Mulawarman (3 September 2024)\nNota kesepahaman tentang riset energi "
            "ditandatangani Sekda Provinsi Kaltim Nurul Hidayati bersama Rektor Unmul.\n")
    (a,) = _one(text)
    assert (a["parties"], a["kind"], a["signed_on"], a["sectors"]) == (["64", "65"], "mou", "2024-02-06",
                                                                      ["perhubungan"])
    assert a["signatories"] == []


def test_a_province_named_bare_as_the_partner_of_a_penjajakan():
    text = ("Pemprov Kaltim menandatangani Kesepakatan Bersama dengan Pemprov Kaltara, Selasa (6/2/2024).\n\n"
            "6. Penjajakan dengan Sulawesi Barat\nPada November, tim Biro Pemerintahan melakukan penjajakan untuk "
            "menyusun rencana kerja sama pasokan pangan dari Sulawesi Barat ke Kaltim.")
    assert (["64", "76"], "plan") in _pairs_kinds(text)


def test_the_head_of_a_unit_of_a_dinas_named_after_it():
    text = ("Pemkot Banda Aceh dan Pemkab Aceh Besar menandatangani PKS pengelolaan sampah. Kepala UPTD TPA Regional "
            "Blang Bintang pada Dinas Lingkungan Hidup dan Kehutanan Aceh, Ridwan Hasballah, S.T., menyambut baik.")
    assert ("Ridwan Hasballah", "11") in [(o[1], o[2]) for o in _officials_of(text)]


def test_a_kepala_biro_with_no_region_is_the_provinces():
    text = ("Pemprov NTB dan Pemkot Mataram menandatangani Kesepakatan Bersama. Saya minta Biro Perekonomian, melalui "
            "Ibu Kepala Biro, Nelly Yuniarti, S.E., M.M., segera mengoordinasikan tindak lanjutnya.")
    assert ("Nelly Yuniarti", "52") in [(o[1], o[2]) for o in _officials_of(text)]


def test_a_mantri_pamong_praja_is_an_official_of_kota_yogyakarta():
    text = ("Pemkot Yogyakarta, Pemkab Sleman dan Pemkab Bantul memperbarui perjanjian kerja sama sampah. Mantri Pamong "
            "Praja Wirobrajan Heri Setiawan, S.IP. mengatakan pihaknya telah berkoordinasi dengan DLH.")
    assert ("Mantri Pamong Praja Wirobrajan", "Heri Setiawan", "34.71") in _officials_of(text)


_REPORT = """PEMERINTAH KABUPATEN SLEMAN
SEKRETARIAT DAERAH

LAPORAN BULANAN KERJA SAMA DAERAH

No | Dokumen | Mitra | Tanggal | Penandatangan | Keterangan
1  | Perjanjian Kerja Sama tentang Rujukan Kesehatan | Pemerintah Kota Yogyakarta c.q. Dinas Kesehatan | 15/10/2025 | Kepala Dinas Kesehatan Kab. Sleman; Kepala Dinas Kesehatan Kota Yogyakarta | Ditandatangani
2  | Perjanjian Kerja Sama tentang Magang dan Penelitian Terapan | Universitas Gadjah Mada | 20-10-2025 | Sekretaris Daerah | Ditandatangani
3  | Kesepakatan Bersama tentang Sampah Regional | Pemerintah Kota Yogyakarta dan Pemerintah Kabupaten Bantul | 28 Okt 2025 | Bupati Sleman; Wali Kota Yogyakarta; Bupati Bantul | Ditandatangani
4  | Rancangan Kesepakatan Bersama tentang Pertanian | Pemerintah Kabupaten Klaten | - | - | Pembahasan draf, belum ditandatangani

Sleman, 3-11-2025

Mengetahui,
Asisten Pemerintahan dan Kesejahteraan Rakyat,
ttd
Drs. Bambang Sutopo Hadi, M.Si.
"""


def test_a_reports_table_gives_one_agreement_a_row_with_the_issuer():
    got = sorted((a["parties"], a["kind"], a["signed_on"], a["sectors"], a["signatories"]) for a in _one(_REPORT))
    assert got == [(["33.10", "34.04"], "plan", None, ["pertanian"], []),
                   (["34.02", "34.04", "34.71"], "mou", "2025-10-28", ["lingkungan-hidup"], []),
                   (["34.04", "34.71"], "pks", "2025-10-15", ["kesehatan"], [])]


def test_a_reports_signer_serves_the_government_of_its_letterhead_and_its_date_is_the_reports():
    record = extract_text(_REPORT, id="t")
    assert record["published"] == "2025-11-03"
    assert ("Bambang Sutopo Hadi", "34.04") in [(o["name"], o["region"]) for o in record["officials"]]


def test_a_government_to_sign_too_is_the_hosts_partner():
    text = ("Pemkot Palu menandatangani PKS pengelolaan sampah dengan Pemkab Sigi, Selasa (13/8/2024), di Balai Kota "
            "Palu. \"Drafnya sedang kami konsultasikan dengan DPRD, mudah-mudahan sebelum akhir tahun Donggala juga bisa "
            "tanda tangan,\" kata Plt. Bupati Donggala.")
    assert (["72.03", "72.71"], "plan") in _pairs_kinds(text)


def test_the_same_day_is_not_that_of_the_document_before():
    text = ("Wali Kota Mataram dan Pj Bupati Lombok Barat menandatangani perpanjangan Kesepakatan Bersama tentang "
            "pengelolaan sampah, Kamis (16/5/2024). Kesepakatan sebelumnya ditandatangani pada 25 Februari 2019 dan "
            "berakhir Februari lalu. Di hari yang sama, Kepala Dinas Lingkungan Hidup Kota Mataram dan Kepala Dinas "
            "Lingkungan Hidup Lombok Barat meneken Perjanjian Kerja Sama tentang biaya operasional TPA.")
    got = {(a["kind"], a["signed_on"]) for a in _one(text)}
    assert ("pks", "2024-05-16") in got


def test_those_who_stood_in_for_governments_after_a_joint_signing_sign():
    text = ("SAMARINDA – Pemerintah Provinsi Kalimantan Timur bersama seluruh pemerintah kabupaten/kota se-Kaltim "
            "menandatangani Kesepakatan Bersama, Senin (20/11/2023). Satu naskah diteken bersama oleh Gubernur "
            "Kalimantan Timur Rahmat dan sepuluh kepala daerah. Kabupaten Mahakam Ulu diwakili Wakil Bupati Mahakam "
            "Ulu Petrus Bayau, S.Sos, sedangkan Kota Bontang diwakili Sekda Bontang Ir. Syarifah Nurjannah, MT.")
    (a,) = _one(text)
    assert {("Petrus Bayau", "64.11"), ("Syarifah Nurjannah", "64.74")} <= {(s["name"], s["region"])
                                                                           for s in a["signatories"]}


def test_the_signers_listed_after_a_signing_that_names_no_government_are_its_parties():
    text = ("Selasa (3/6/2025), di Balige, empat bupati di kawasan Danau Toba menandatangani satu naskah Kesepakatan "
            "Bersama tentang pengelolaan Kawasan Danau Toba. Mereka adalah Bupati Toba Rudolf Manurung, Bupati Samosir "
            "Monang Sinaga, Bupati Simalungun Ahmad Rizal Saragih, dan Bupati Humbang Hasundutan Sahat Lumbantobing.")
    assert _pairs_kinds(text) == [(["12.08", "12.12", "12.16", "12.17"], "mou")]


def test_a_television_script_in_capitals_names_its_officials_by_their_captions():
    text = ("[VO]\n[00:34] BERSELANG SEPULUH MENIT, WALI KOTA SAMARINDA KEMBALI MENANDATANGANI KESEPAKATAN, KALI INI "
            "BERSAMA WALI KOTA BONTANG.\n\n[SOT]\n[00:47] CG: BAMBANG WIJANARKO | WALI KOTA SAMARINDA\n\"KITA MAU PRODUK "
            "UMKM SALING MENGISI.\"\n\n[SOT]\n[01:35] CG: NUR AISYAH BASRI | WALI KOTA BONTANG\n\"JARAKNYA CUMA DUA JAM.\"\n")
    assert sorted((o[1], o[2]) for o in _officials_of(text)) == [("Bambang Wijanarko", "64.72"),
                                                                  ("Nur Aisyah Basri", "64.74")]


def test_a_bank_signing_with_three_kabupaten_listed_after_dengan_gives_no_agreement_of_them():
    text = ("PONTIANAK, KalbarOnline – PT Bank Pembangunan Daerah Kalimantan Barat (Bank Kalbar) menandatangani "
            "perjanjian kerja sama (PKS) dengan tiga pemerintah kabupaten sekaligus, yakni Pemerintah Kabupaten Sanggau, "
            "Pemerintah Kabupaten Sekadau, dan Pemerintah Kabupaten Melawi, Senin (9/6/2025).")
    assert _one(text) == []


def test_a_governments_own_agency_as_the_subject_still_signs_for_it():
    text = ("MAKASSAR – Badan Pendapatan Daerah (Bapenda) Provinsi Sulawesi Selatan menandatangani Perjanjian Kerja Sama "
            "dengan tiga pemerintah kabupaten, Rabu (26/2/2025). Ketiga kabupaten itu adalah Kabupaten Gowa, Kabupaten "
            "Maros dan Kabupaten Takalar. Masing-masing kabupaten menandatangani PKS tersendiri dengan Pemprov Sulsel.")
    assert {a["signed_on"] for a in _one(text)} == {"2025-02-26"}


def test_the_government_a_report_is_sent_to_is_no_party():
    text = ("Komisi I DPRD Lahat Belajar Tata Kelola Kerja Sama Daerah ke Sleman\n\nHery Sutopo menjelaskan, Pemkab "
            "Sleman menerapkan sistem informasi kerja sama daerah. Dwi Astuti menambahkan, Bagian Kerja Sama Sleman "
            "melaporkan pelaksanaan kerja sama kepada DPRD setiap semester dan kepada Gubernur DIY setiap tahun.")
    assert _one(text) == []


def test_the_government_that_held_the_meeting_of_a_signing_is_no_party():
    text = ("Penandatanganan dilakukan oleh Bupati Kukar Ahmad Zulkarnain dan Wali Kota Samarinda Bambang Wijanarko, "
            "Kamis (12/6/2025), di sela Rapat Koordinasi Kerja Sama Daerah yang digelar Pemerintah Provinsi Kaltim.")
    assert _pairs_kinds(text) == [(["64.02", "64.72"], "mou")]


def test_a_pks_being_prepared_is_a_plan_and_a_question_of_its_signing_signs_nothing():
    text = ("SEKDA: Dasarnya Kesepakatan Bersama antara Pemerintah Kota Tangerang Selatan dan Pemerintah Provinsi DKI "
            "Jakarta tentang integrasi transportasi. Itu ditandatangani 14 Oktober 2024. Sekarang kita sedang menyiapkan "
            "PKS teknisnya dengan Dinas Perhubungan DKI untuk penambahan rute ke BSD.\n\nWARTAWAN: Kapan PKS itu "
            "diteken, Pak Sekda?")
    got = sorted((a["parties"], a["kind"], a["sectors"]) for a in _one(text))
    assert got == [(["31", "36.74"], "mou", ["perhubungan"]), (["31", "36.74"], "plan", ["perhubungan"])]


_PDF_REPORT = """                    PEMERINTAH PROVINSI KALIMANTAN SELATAN
                    SEKRETARIAT DAERAH - BIRO PEMERINTAHAN

Tabel 2.1 Kerja Sama Daerah dengan Daerah Lain (KSDD)

No  Mitra Kerja Sama        Bentuk        Nomor / Tanggal        Ruang Lingkup              Status
--- ----------------------- ------------- ---------------------- -------------------------- ----------
1   Pemerintah Provinsi     Kesepakatan   000.3/012/KSDD/XI/     Pembangunan jalan          Berjalan;
    Kalimantan Tengah       Bersama       2024                   perbatasan                 belum ada
                                          20-11-2024                                        PKS
    Penandatangan: Gubernur Kalimantan Selatan – Gubernur Kalimantan Tengah

2   Pemerintah Provinsi     Perjanjian    000.3/004/PKS/I/2025   Penyediaan pasokan         Berjalan
    Kalimantan Timur        Kerja Sama    22-01-2025             pangan
    Penandatangan: Sekda Prov. Kalsel (Ir. H. Rahmat Ansyari, M.T.) – Sekda
    Prov. Kaltim (Drs. H. Syamsul Bahri Nor, M.Si.)

Tabel 2.2 Kerja Sama Daerah dengan Pihak Ketiga (KSDPK)

No  Mitra Kerja Sama        Bentuk        Tanggal        Ruang Lingkup                      Status
--- ----------------------- ------------- -------------- ---------------------------------- --------
1   Universitas Lambung     Nota Kese-    05-02-2025     Penelitian dan pengembangan        Berjalan
    Mangkurat               pahaman
"""


def test_a_pdfs_table_laid_out_in_spaces_gives_one_agreement_a_row():
    got = sorted((a["parties"], a["kind"], a["signed_on"], a["sectors"], sorted(s["name"] for s in a["signatories"]))
                 for a in _one(_PDF_REPORT))
    assert got == [(["62", "63"], "mou", "2024-11-20", ["pekerjaan-umum"], []),
                   (["63", "64"], "pks", "2025-01-22", ["pangan"], ["Rahmat Ansyari", "Syamsul Bahri Nor"])]


@pytest.mark.parametrize("text, sectors", [
    ("Pemkab Toba dan Pemkab Samosir meneken MoU tentang pengembangan perikanan budidaya yang berkelanjutan.",
     ["kelautan-perikanan"]),
    ("Pemkab Toba dan Pemkab Samosir meneken PKS tentang pemantauan kualitas air danau.", ["lingkungan-hidup"]),
])
def test_fish_farming_and_water_quality_are_their_fields(text, sectors):
    assert [a["sectors"] for a in _one(text)] == [sectors]


@pytest.mark.parametrize("text, published", [
    ("KESEPAKATAN BERSAMA\nANTARA\nPEMERINTAH PROVINSI JAMBI\nDENGAN\nPEMERINTAH PROVINSI SUMATERA BARAT\n\n"
     "Pada hari ini Rabu tanggal sebelas bulan September tahun dua ribu dua puluh empat (11-09-2024), bertempat di "
     "Kota Padang, yang bertanda tangan di bawah ini:", "2024-09-11"),
    ("KEPUTUSAN BUPATI LAMPUNG SELATAN\n\nMenimbang: bahwa Pemkab Lampung Selatan dan Pemkot Bandar Lampung telah "
     "menandatangani Kesepakatan Bersama.\n\nDitetapkan di Kalianda\npada tanggal 3 April 2024\n\nBUPATI LAMPUNG SELATAN,",
     "2024-04-03"),
    ("# Data Kerja Sama Daerah Pemerintah Aceh\n# Diekspor: 12/02/2025 10:15 WIB (format tanggal dd/mm/yyyy)\n"
     "# Pemisah kolom: titik koma (;)\nno;jenis;pihak\n1;KB;Pemerintah Aceh; Pemerintah Provinsi Sumatera Utara\n",
     "2025-02-12"),
])
def test_a_documents_own_date_is_its_date(text, published):
    assert extract_text(text, id="t")["published"] == published


def test_an_organisations_short_name_is_no_region_wherever_it_stands():
    text = ("Pemerintah Kabupaten Belitung Timur (Beltim) menandatangani nota kesepahaman dengan PT Timah Tbk dan "
            "Politeknik Manufaktur Negeri Bangka Belitung (Polman Babel), Rabu (23/7/2025). Adapun kerja sama dengan "
            "Polman Babel menyangkut beasiswa.")
    assert _one(text) == []


def test_the_government_owning_the_other_party_is_no_party():
    text = ("Selain itu, Pemkot Batu meneken perjanjian kerja sama dengan Perumda Air Minum Tirta Kanjuruhan, badan usaha "
            "milik Pemkab Malang, tentang pasokan air baku.")
    assert _one(text) == []


def test_a_signing_refused_or_none_could_be_is_no_plan():
    text = ("KENDARI – Upaya Pemerintah Provinsi Sulawesi Tenggara mendamaikan sengketa tapal batas antara Kabupaten Muna "
            "dan Kabupaten Buton Tengah kembali menemui jalan buntu.\n\nHadir Bupati Muna Arifin Samad dan Bupati Buton "
            "Tengah Syarifuddin Lakuru.\n\n\"Kedua pihak tetap pada posisi masing-masing, jadi tidak ada berita acara "
            "kesepakatan yang bisa ditandatangani hari ini,\" kata Asisten usai rapat, Senin (13/10/2025).\n\n\"Kami tidak "
            "akan menandatangani apa pun yang merugikan masyarakat Buton Tengah,\" kata Syarifuddin.")
    assert _one(text) == []


def test_the_province_a_city_is_the_capital_of_is_no_party():
    text = ("Pemkab Banjar dan Pemko Banjarbaru teken PKS layanan puskesmas, Senin (3/3/2025). Bupati menilai kerja sama "
            "ini makin penting sejak Banjarbaru menjadi ibu kota Provinsi Kalimantan Selatan.")
    assert _pairs_kinds(text) == [(["63.03", "63.72"], "pks")]


def test_a_venue_with_a_short_form_in_brackets_is_still_the_venue():
    text = ("Lampung dan Banten resmi menandatangani Nota Kesepakatan di Pendopo Gubernur Banten, Kawasan Pusat "
            "Pemerintahan Provinsi Banten (KP3B), Kota Serang, Rabu (5/3/2025). Nota Kesepakatan diteken Gubernur "
            "Lampung dan Gubernur Banten.")
    assert _pairs_kinds(text) == [(["18", "36"], "mou")]


def test_a_letter_signed_is_no_signing_of_the_agreement_and_its_recipients_no_parties():
    text = ("Pemerintah Kabupaten Bengkalis resmi mencabut Kesepakatan Bersama dengan Pemerintah Kota Dumai tentang "
            "pengelolaan sampah. Pencabutan itu dituangkan dalam surat Bupati Bengkalis yang ditandatangani Senin (13/10) "
            "dan telah dikirim ke Wali Kota Dumai serta Gubernur Riau. Kesepakatan Bersama tersebut diteken pada 8 "
            "Agustus 2023 oleh Bupati Bengkalis saat itu, Hj. Rosmawati, dan Pj Wali Kota Dumai kala itu, Zulkifli.")
    assert [(a["parties"], a["kind"], a["signed_on"]) for a in extract_text(text, id="t")["agreements"]] == [
        (["14.03", "14.72"], "mou", "2023-08-08")]


def test_an_invitation_to_sign_is_a_plan():
    text = ("Hal : Undangan Penandatanganan Kesepakatan Bersama\n\nDengan hormat,\n\n1. Rancangan Kesepakatan Bersama antara "
            "Pemerintah Kota Bukittinggi dan Pemerintah Kabupaten Agam tentang pengelolaan pasar telah diparaf.\n\n"
            "2. Sehubungan dengan hal tersebut, kami mengundang Bapak Bupati Agam untuk berkenan hadir dan menandatangani "
            "Kesepakatan Bersama dimaksud, yang insyaallah akan dilaksanakan pada:\n\n   hari/tanggal : Kamis, 15 Agustus "
            "2024\n   acara        : Penandatanganan Kesepakatan Bersama Kerja Sama Daerah\n\nDokumen ini telah "
            "ditandatangani secara elektronik menggunakan sertifikat elektronik.\n")
    assert [(a["parties"], a["kind"], a["signed_on"]) for a in _one(text)] == [(["13.06", "13.75"], "plan", None)]


def test_a_proposed_signer_and_a_proposed_pks_are_a_plan():
    text = ("Menindaklanjuti Kesepakatan Bersama antara Pemerintah Kota Tanjungpinang dan Pemerintah Kabupaten Bintan yang "
            "ditandatangani pada 30 Januari 2024, kami sampaikan tanggapan atas draf PKS air baku. Penandatangan PKS kami "
            "usulkan Kepala Dinas PUPR masing-masing. Terkait usulan PKS kedua, yaitu angkutan umum trayek Tanjungpinang "
            "- Kijang, Dishub sedang menyiapkan kajian.")
    assert sorted((a["kind"], a["signed_on"]) for a in _one(text)) == [
        ("mou", "2024-01-30"), ("plan", None), ("plan", None)]  # (the air's and the second, "PKS kedua")


def test_an_example_of_what_may_be_is_no_agreement():
    text = ("Apa itu kerja sama daerah? Sebagai ilustrasi, Kota Semarang dan Kabupaten Demak dapat bekerja sama dalam "
            "penanganan rob di wilayah perbatasan.")
    assert _one(text) == []


def test_governments_there_as_guests_or_witnesses_are_no_parties():
    text = ("Berita acara ini mencatat penandatanganan nota kesepahaman dengan Universitas Borneo Tarakan. Kehadiran Wali "
            "Kota Tarakan serta perwakilan Bupati Nunukan dan Bupati Bulungan bersifat sebagai undangan dan saksi.")
    assert _one(text) == []


def test_a_table_row_of_a_bank_named_after_a_province_is_with_others():
    text = ("Tabel 3.12 Kerja Sama Daerah dengan Pihak Ketiga Tahun 2023\n\nNo. | Mitra | Bentuk | Ruang Lingkup\n"
            "1. | PT Bank Pembangunan Daerah Maluku dan Maluku Utara Cabang Sanana | PKS | Pengelolaan Rekening Kas Umum "
            "Daerah\n\nSeluruh kerja sama tersebut di atas ditandatangani oleh Bupati Kepulauan Sula, dan dilaporkan kepada "
            "Gubernur Maluku Utara.")
    assert _one(text) == []


def test_an_mou_named_in_an_opening_of_what_came_before_takes_not_the_sentences_day():
    text = ("BANDA ACEH – Empat bulan setelah kepala daerahnya meneken Kesepakatan Bersama, Pemerintah Kota Banda Aceh dan "
            "Pemerintah Kabupaten Aceh Besar menandatangani Perjanjian Kerja Sama pengelolaan sampah, Senin (3/2/2025). "
            "Kesepakatan Bersama kedua daerah sendiri ditandatangani pada 14 Oktober 2024 di Kota Jantho.")
    got = {a["kind"]: a["signed_on"] for a in _one(text)}
    assert got == {"mou": "2024-10-14", "pks": "2025-02-03"}


def test_an_mou_targeted_or_wished_for_is_a_plan():
    text = ("Pemkab Bojonegoro dan Pemkab Tuban menggodok kerja sama penanganan banjir. \"Karena itu kami ingin ada "
            "kesepakatan bersama yang jelas,\" ujarnya. Kedua bupati menargetkan kesepakatan bersama dapat ditandatangani "
            "pada awal tahun depan.")
    assert _pairs_kinds(text) == [(["35.22", "35.23"], "plan")]


def test_a_signing_just_done_takes_the_day_of_the_scene_before():
    text = ("BITUNG – Suasana ruang rapat Wali Kota Bitung siang itu, Jumat (16/5/2025), lebih mirip diskusi warga "
            "ketimbang seremoni. \"Saya dan Pak Bupati Stevanus baru saja menandatangani kesepakatan bersama antara "
            "Pemerintah Kota Bitung dan Pemerintah Kabupaten Minahasa Utara.\"")
    assert [a["signed_on"] for a in _one(text)] == ["2025-05-16"]


def test_a_decrees_orders_and_what_an_approval_allows_sign_nothing():
    text = ("KEPUTUSAN DPRD KABUPATEN SUMBAWA BARAT TENTANG PERSETUJUAN RENCANA KERJA SAMA DAERAH\n\n"
            "KESATU : Memberikan persetujuan atas rencana kerja sama daerah antara Pemerintah Kabupaten Sumbawa Barat "
            "dengan Pemerintah Kabupaten Sumbawa di bidang kesehatan.\n"
            "KEDUA : Persetujuan sebagaimana dimaksud dalam Diktum KESATU menjadi dasar bagi Bupati Sumbawa Barat untuk "
            "menandatangani Perjanjian Kerja Sama dengan Bupati Sumbawa.\n"
            "KEEMPAT : Bupati Sumbawa Barat menyampaikan salinan Perjanjian Kerja Sama yang telah ditandatangani kepada "
            "DPRD paling lambat 14 (empat belas) hari sejak penandatanganan.\n")
    assert _pairs_kinds(text) == [(["52.04", "52.07"], "plan")]


def test_a_signing_in_a_tables_column_of_plans_is_to_come():
    text = ("PEMERINTAH PROVINSI SULAWESI TENGAH\nRENCANA KERJA PEMERINTAH DAERAH TAHUN 2025\n\n"
            "Tabel 5.7 Rencana Kerja Sama Daerah Provinsi Sulawesi Tengah Tahun 2025\n\n"
            "No. | Mitra Kerja Sama | Objek Kerja Sama | Status s.d. 2024 | Rencana 2025\n"
            "1. | Pemerintah Provinsi Gorontalo | Pemeliharaan jalan perbatasan | Penjajakan | Penandatanganan Kesepakatan "
            "Bersama\n\nCatatan: Kerja sama nomor 1 belum memiliki naskah yang ditandatangani.\n")
    assert _pairs_kinds(text) == [(["72", "75"], "plan")]


def test_a_document_agreed_to_be_made_and_signed_is_still_to_come():
    text = ("PALU – Kota Palu, Kabupaten Sigi dan Kabupaten Donggala tengah membahas kerja sama pengelolaan sampah. "
            "Ketiganya sepakat menuangkan kerja sama itu dalam satu naskah yang ditandatangani bersama oleh ketiga "
            "kepala daerah.")
    assert _pairs_kinds(text) == [(["72.03", "72.10", "72.71"], "plan")]
    text = ("Pemkab Sigi dan Pemkab Donggala sepakat menuangkan kerja sama itu dalam perjanjian kerja sama yang "
            "ditandatangani hari ini di Palu.")
    assert _pairs_kinds(text) == [(["72.03", "72.10"], "pks")]


def test_places_a_documents_work_is_done_in_listed_after_their_count_are_no_parties():
    text = ("PONTIANAK – Pemprov Kalbar juga menandatangani perjanjian kerja sama dengan Kantor Wilayah Badan Pertanahan "
            "Nasional Kalimantan Barat tentang percepatan sertifikasi tanah di lima kabupaten perbatasan, yakni Sambas, "
            "Bengkayang, Sanggau, Sintang, dan Kapuas Hulu, Kamis (22/5/2025).")
    assert _pairs_kinds(text) == []


def test_the_others_a_cooperation_is_held_up_to_are_no_parties():
    text = ("PALEMBANG – Pemerintah Kota Prabumulih dan Pemerintah Kabupaten Muara Enim menandatangani Kesepakatan "
            "Bersama tentang ketahanan pangan, Selasa (14/11/2023). Ia berharap kerja sama serupa dapat ditiru daerah "
            "lain, termasuk Kota Palembang dan Kabupaten Banyuasin.")
    assert _pairs_kinds(text) == [(["16.03", "16.74"], "mou")]


def test_a_long_name_after_several_honorifics_is_read_whole():
    text = ("Hadir pula Sekretaris Daerah Kota Baubau Dr. Ir. H. La Ode Abdul Mukti Rahman, S.T., M.T., IPU., dan Kepala "
            "Dinas Kesehatan Kabupaten Buton Selatan dr. H. Muh. Ikbal Yusuf, Sp.OG.")
    assert _officials_of(text) == [("Kepala Dinas Kesehatan", "Muh. Ikbal Yusuf", "74.15"),
                                   ("Sekretaris Daerah", "La Ode Abdul Mukti Rahman", "74.72")]


def test_a_historic_sultanate_is_no_government():
    text = ("Pemerintah Kota Baubau dan Pemerintah Kabupaten Buton Selatan menandatangani Perjanjian Kerja Sama, Selasa "
            "(29/4/2025). Ruang lingkup perjanjian meliputi pelayanan kesehatan rujukan di RSUD Kota Baubau bagi warga Buton "
            "Selatan, pertukaran guru, serta pelestarian budaya Kesultanan Buton, termasuk festival budaya bersama. Sejak "
            "pemekaran dari Kabupaten Buton, Buton Selatan masih membangun banyak fasilitas.")
    assert _pairs_kinds(text) == [(["74.15", "74.72"], "pks")]


def test_the_two_named_before_have_a_document():
    text = ("Bandingkan dengan Kota Ambon dan Kabupaten Maluku Tengah. Keduanya memiliki perjanjian kerja sama "
            "pengelolaan angkutan laut lintas Tulehu–Ambon yang dievaluasi setiap tahun.")
    assert _pairs_kinds(text) == [(["81.01", "81.71"], "pks")]


def test_documents_of_a_class_told_in_general_give_no_kind():
    text = ("MoU Antardaerah yang Berhenti di Meja Seremoni\n\nContoh klasik tentu Kartamantul. Kota Yogyakarta, "
            "Kabupaten Sleman, dan Kabupaten Bantul tidak membuat tiga perjanjian terpisah, melainkan satu perjanjian "
            "kerja sama bersama untuk mengelola TPA Piyungan.")
    assert _pairs_kinds(text) == [(["34.02", "34.04", "34.71"], "pks")]


def test_a_host_signs_apart_with_each_government_of_the_list_after():
    text = ("Tanjung Selor – Gubernur Kalimantan Utara menandatangani Kesepakatan Bersama tentang Percepatan Penurunan "
            "Stunting dengan empat pemerintah kabupaten, Selasa (15/10/2024).\n\nNaskah kesepakatan ditandatangani secara "
            "bergantian, sehingga terdapat empat naskah yang terpisah, yaitu dengan:\n"
            "1. Pemerintah Kabupaten Bulungan, ditandatangani Bupati Bulungan H. Andi Rachman Hafid, S.E.;\n"
            "2. Pemerintah Kabupaten Malinau, ditandatangani Wakil Bupati Malinau Jakaria Lawing, S.Sos.;\n"
            "3. Pemerintah Kabupaten Nunukan, ditandatangani Penjabat Bupati Nunukan Hj. Sitti Hadijah Rumbang; dan\n"
            "4. Pemerintah Kabupaten Tana Tidung, ditandatangani Bupati Tana Tidung Markus Gandang, S.T.\n\n"
            "Naskah Kesepakatan Bersama antara Pemerintah Provinsi dan Pemerintah Kota Tarakan telah disiapkan dan "
            "dijadwalkan ditandatangani pada awal November 2024.")
    assert _pairs_kinds(text) == [(["65", "65.01"], "mou"), (["65", "65.02"], "mou"), (["65", "65.03"], "mou"),
                                  (["65", "65.04"], "mou"), (["65", "65.71"], "plan")]


def test_a_contact_line_names_its_holder_before_the_office_in_brackets():
    text = ("PEMERINTAH PROVINSI KALIMANTAN UTARA\n\nSIARAN PERS\n\nGubernur Kalimantan Utara menandatangani Kesepakatan "
            "Bersama dengan Pemerintah Kabupaten Bulungan.\n\nNarahubung:\nRina Oktaviani, S.IP. (Kepala Subbagian Kerja "
            "Sama) – 0812-5xxx-xxxx\n\nHal itu disampaikan Budi Santoso (Kepala Bagian Umum).")
    assert ("Kepala Subbagian Kerja Sama", "Rina Oktaviani", "65") in _officials_of(text)
    assert not [o for o in _officials_of(text) if o[1] == "Budi Santoso"]


def test_a_joint_document_its_sentence_counts_stands_beside_the_pairs_own():
    text = ("TANJUNGPINANG – Komisi II DPRD Kota Tanjungpinang menggelar rapat, Selasa (11/2/2025), membahas perjanjian "
            "kerja sama air baku dengan Pemerintah Kabupaten Bintan. Perjanjian Kerja Sama (PKS) antara Pemko "
            "Tanjungpinang dan Pemkab Bintan itu ditandatangani pada 12 Oktober 2022. Kepala Bagian Kerja Sama Setdako "
            "Tanjungpinang menambahkan, selain PKS bilateral tersebut, ada pula Kesepakatan Bersama tiga pihak antara "
            "Pemerintah Provinsi Kepulauan Riau, Pemko Tanjungpinang, dan Pemkab Bintan tentang SPAM Regional. Naskah "
            "tunggal itu ditandatangani bersama pada 9 November 2021 dan masih berlaku hingga 2026.")
    got = sorted((a["parties"], a["kind"], a["signed_on"]) for a in _one(text))
    assert got == [(["21", "21.01", "21.72"], "mou", "2021-11-09"), (["21.01", "21.72"], "pks", "2022-10-12")]


def test_a_roundup_of_a_hosts_agreements_item_by_item():
    text = ("Kilas Balik 2023: Pemprov Bengkulu Teken Enam Kerja Sama Antardaerah\n\nKamis, 28 Desember 2023\n\n"
            "BENGKULU – Sepanjang 2023, Pemerintah Provinsi Bengkulu mencatat enam kerja sama antardaerah yang sudah "
            "ditandatangani, ditambah dua nota kesepahaman dengan mitra non-pemerintah.\n\n"
            "Pertama, Kesepakatan Bersama dengan Pemerintah Provinsi Sumatera Barat di bidang pariwisata, yang "
            "ditandatangani Gubernur Bengkulu Helmi Sukri dan Gubernur Sumatera Barat di Padang, Selasa (14/3).\n\n"
            "Kedua, Kesepakatan Bersama dengan Pemerintah Provinsi Lampung tentang ketahanan pangan, ditandatangani pada "
            "20 Juni di Bandar Lampung.\n\nKetiga, PKS dengan Pemerintah Kabupaten Kaur tentang Pelabuhan Linau, "
            "ditandatangani Gubernur Helmi Sukri dan Bupati Kaur Darmawan Efendi di Bintuhan, Kamis (7/12).\n\n"
            "Menurut Hendri, pekerjaan rumah terbesar adalah memastikan kesepakatan yang sudah diteken, terutama dengan "
            "Sumbar dan Lampung, segera diikuti PKS.")
    got = sorted((a["parties"], a["kind"], a["signed_on"]) for a in _one(text))
    assert got == [(["13", "17"], "mou", "2023-03-14"), (["17", "17.04"], "pks", "2023-12-07"),
                   (["17", "18"], "mou", "2023-06-20")]


def test_an_mou_finally_followed_up_by_two_pks_each_kind_its_own_day():
    text = ("GORONTALO – Kesepakatan bersama antara Pemerintah Kota Gorontalo dan Pemerintah Kabupaten Bone Bolango yang "
            "diteken pada 23 Maret 2021 akhirnya ditindaklanjuti dengan dua perjanjian kerja sama (PKS), Kamis (12/9/2024). "
            "Sementara itu, Pemerintah Provinsi Gorontalo melalui Biro Pemerintahan hadir menyaksikan penandatanganan.")
    got = sorted((a["parties"], a["kind"], a["signed_on"]) for a in _one(text))
    assert got == [(["75.03", "75.71"], "mou", "2021-03-23"), (["75.03", "75.71"], "pks", "2024-09-12"),
                   (["75.03", "75.71"], "pks", "2024-09-12")]


def test_a_headline_drafting_a_document_and_a_signing_feared_sign_nothing():
    text = ("Mappi Lirik Beras Merauke, Dua Pemkab Rancang Kesepakatan Bersama\n\nMERAUKE – Pemerintah Kabupaten Mappi "
            "dan Pemerintah Kabupaten Merauke mulai merancang kerja sama pasokan beras. \"Jangan sampai MoU "
            "ditandatangani, tapi beras tetap tidak sampai,\" katanya.")
    assert _pairs_kinds(text) == [(["93.01", "93.03"], "plan")]


def test_an_interview_pairs_the_partners_of_its_answers_with_the_one_who_answers():
    text = ("WAWANCARA\nKepala Biro Pemerintahan Sulbar: \"Jangan Sampai MoU Hanya Jadi Pajangan\"\n\n"
            "Kami berbincang dengan Kepala Biro Pemerintahan Setda Provinsi Sulawesi Barat, Andi Ridwan, di Mamuju, "
            "Selasa (2/7/2024).\n\nContohnya?\nKesepakatan bersama dengan Pemprov Sulawesi Selatan yang kita teken Juni "
            "tahun lalu. Sampai sekarang PKS-nya belum ada.\n\nAda yang sudah berjalan baik?\nAda. Kabupaten Mamuju dan "
            "Kabupaten Mamuju Tengah sudah meneken PKS pelayanan kesehatan rujukan pada 27 Februari lalu.\n\n"
            "Bagaimana dengan IKN?\nKami sudah mengirim draf kesepakatan bersama ke Pemprov Kalimantan Timur untuk "
            "pasokan pangan. Mudah-mudahan akhir tahun ini bisa ditandatangani.\n\nKabupaten lain?\nPasangkayu, dulu "
            "Mamuju Utara, sedang menjajaki kerja sama dengan Kabupaten Donggala di Sulawesi Tengah. Masih tahap "
            "penjajakan, belum ada naskah.\n\nKenapa sering macet di PKS?\nKesepakatan bersama cukup tanda tangan kepala "
            "daerah.")
    assert _pairs_kinds(text) == [(["64", "76"], "plan"), (["72.03", "76.01"], "plan"), (["73", "76"], "mou"),
                                  (["76.02", "76.06"], "pks")]


def test_a_markdown_tables_dates_are_read_under_its_rule():
    text = ("Sepanjang 2024, Pemkab Lotim Jalin Kerja Sama, Ini Daftarnya\n\nSenin, 30 Desember 2024\n\n"
            "SELONG – Pemerintah Kabupaten Lombok Timur mencatat kerja sama sepanjang 2024.\n\n"
            "| No | Mitra | Bentuk | Tanggal | Bidang |\n|----|-------|--------|---------|--------|\n"
            "| 1 | Pemkab Lombok Tengah | Kesepakatan Bersama | 15 Januari 2024 | Pariwisata |\n"
            "| 2 | Pemkot Mataram | Perjanjian Kerja Sama | 22 April 2024 | Kesehatan |\n"
            "| 3 | Pemkot Bima | Kesepakatan Bersama | Dalam proses | Perikanan |\n")
    got = sorted((a["parties"], a["kind"], a["signed_on"]) for a in _one(text))
    assert got == [(["52.02", "52.03"], "mou", "2024-01-15"), (["52.03", "52.71"], "pks", "2024-04-22"),
                   (["52.03", "52.72"], "plan", None)]


def test_a_related_links_heading_in_capitals_takes_its_whole_list_and_a_hospitals_owner_is_its_region():
    text = ("PANGKALAN BUN – Pemerintah Kabupaten Kotawaringin Barat (Kobar) dan Pemerintah Kabupaten Lamandau "
            "menandatangani Perjanjian Kerja Sama (PKS), Kamis (12/9/2024). Direktur RSUD Sultan Imanuddin milik Pemkab "
            "Kobar, dr. Yuliana Panjaitan, Sp.PD, menyebut pasien rujukan naik.\n\nBERITA TERKAIT\n"
            "- Pemkab Seruyan Tambah Armada Ambulans Desa\n- DPRD Kobar Minta Perbaikan Jalan Kumai Dipercepat\n"
            "- Pemprov Kalteng dan Pemprov Kalsel Bahas Kerja Sama Jalan Lintas\n\nTentang Kami | Redaksi | Kontak")
    assert _pairs_kinds(text) == [(["62.01", "62.09"], "pks")]
    assert ("Direktur RSUD Sultan Imanuddin", "Yuliana Panjaitan", "62.01") in _officials_of(text)


def test_the_head_a_speaker_met_to_discuss_a_cooperation_is_the_speakers_partner():
    text = ("PANGKALPINANG – Pemerintah Kota Pangkalpinang dan Pemerintah Kabupaten Bangka Tengah menandatangani "
            "perjanjian kerja sama (PKS) pengelolaan sampah, Selasa (14/5/2024). PKS diteken oleh Pj Wali Kota "
            "Pangkalpinang Rudi Hartono Sitepu. Menurut Rudi, hal itu memang sedang dijajaki. Pekan lalu, ia bertemu Pj "
            "Bupati Bangka Ferry Irawan Saragih di Sungailiat untuk membahas rencana kerja sama serupa.")
    assert _pairs_kinds(text) == [(["19.01", "19.71"], "plan"), (["19.04", "19.71"], "pks")]


def test_a_government_come_to_learn_from_a_cooperation_is_no_party():
    text = ("AIMAS – Pemerintah Kabupaten Sorong dan Pemerintah Kota Sorong menandatangani Kesepakatan Bersama, Selasa "
            "(8/7/2025). Menanggapi itu, Wakil Bupati Sorong Selatan Herman Saflembolo mengatakan pihaknya hadir untuk "
            "melihat langsung pola kerja sama Kab. Sorong dan Kota Sorong.")
    assert _pairs_kinds(text) == [(["96.01", "96.71"], "mou")]


def test_the_pks_an_addendum_is_signed_upon_is_a_document_of_its_own():
    text = ("SUNGAI PENUH – Pemerintah Kota Sungai Penuh dan Pemerintah Kabupaten Kerinci menandatangani adendum "
            "perjanjian kerja sama pengelolaan air minum, Selasa (26/8/2025). Sekda Kota Sungai Penuh Alpian Pratama dan "
            "Sekda Kerinci Asraf Jufri menandatangani adendum atas Perjanjian Kerja Sama pengelolaan air minum yang "
            "diteken kedua daerah pada 2019.")
    got = sorted((a["parties"], a["kind"], a["signed_on"] or "") for a in _one(text))
    assert got == [(["15.01", "15.72"], "pks", ""), (["15.01", "15.72"], "pks", "2025-08-26")]


def test_a_hosts_partners_signing_one_by_one_beside_a_pair_of_others_at_a_meeting():
    text = ("BALIKPAPAN – Rapat Kerja Nasional APEKSI digelar di Balikpapan, Selasa (4/6/2024). Sejumlah pemerintah kota "
            "memanfaatkan pertemuan itu untuk menandatangani kesepakatan kerja sama antardaerah.\n\n"
            "Sebagai tuan rumah, Pemerintah Kota Balikpapan menandatangani Kesepakatan Bersama dengan tiga kota secara "
            "terpisah. Wali Kota Balikpapan meneken kesepakatan dengan Pj Wali Kota Kendari di bidang perdagangan. "
            "Kesepakatan kedua diteken bersama Wali Kota Palu tentang penanggulangan bencana. Adapun kesepakatan ketiga "
            "ditandatangani bersama Pj Wali Kota Banjarbaru tentang pembangunan daerah.\n\nWali Kota Samarinda dan Wali "
            "Kota Bontang menandatangani Kesepakatan Bersama tentang angkutan umum antarkota.")
    got = sorted((a["parties"], a["kind"], a["signed_on"]) for a in _one(text))
    assert got == [(["63.72", "64.71"], "mou", "2024-06-04"), (["64.71", "72.71"], "mou", "2024-06-04"),
                   (["64.71", "74.71"], "mou", "2024-06-04"), (["64.72", "64.74"], "mou", "2024-06-04")]


def test_an_mou_the_heads_of_the_time_signed_is_the_one_before_the_new():
    text = ("BUKITTINGGI – Kisah itu memasuki babak baru pada Senin, 19 Agustus 2024. Di Istana Bung Hatta, Wali Kota "
            "Bukittinggi Rahmat Hidayat dan Bupati Agam Irwan Fikri menandatangani Kesepakatan Bersama tentang "
            "Penyelenggaraan Pemerintahan. Pada 14 Oktober 2008, Wali Kota Bukittinggi saat itu, Drs. H. Zulkifli Anwar, "
            "dan Bupati Agam kala itu, Ir. H. Amrizal Tanjung, M.M., menandatangani Kesepakatan Bersama tentang "
            "pemanfaatan sumber air Sungai Tanang untuk kebutuhan air bersih warga.")
    got = sorted((a["parties"], a["kind"], a["signed_on"], a["sectors"]) for a in _one(text))
    assert got == [(["13.06", "13.75"], "mou", "2008-10-14", ["pekerjaan-umum"]),
                   (["13.06", "13.75"], "mou", "2024-08-19", [])]


def test_a_reports_entries_give_their_days_and_the_renewed_one_is_its_own():
    text = ("LAPORAN PELAKSANAAN KERJA SAMA DAERAH KOTA METRO TAHUN 2023\n\n"
            "2.1.1 Kesepakatan Bersama antara Pemerintah Kota Metro dan Pemerintah Kabupaten Lampung Timur tentang "
            "Penyelenggaraan Pemerintahan\n      Nomor: 119/45/KSDD/2023\n      Tanggal: 14 Maret 2023\n"
            "      Keterangan: memperbarui Kesepakatan Bersama Nomor: 119/21/KSDD/2018 tanggal 5 Februari 2018 yang telah "
            "berakhir masa berlakunya.\n\n"
            "2.1.2 Perjanjian Kerja Sama antara Dinas Perhubungan Kota Metro dan Dinas Perhubungan Kabupaten Lampung "
            "Timur tentang Angkutan Perkotaan\n      Nomor: 551/118/KSDD/2023\n      Tanggal: 2 Agustus 2023\n")
    got = sorted((a["parties"], a["kind"], a["signed_on"]) for a in _one(text))
    assert got == [(["18.07", "18.72"], "mou", "2018-02-05"), (["18.07", "18.72"], "mou", "2023-03-14"),
                   (["18.07", "18.72"], "pks", "2023-08-02")]


def test_a_tuan_guru_haji_is_no_sentence_end_and_a_headlines_wakili_no_name():
    text = ("Sumbawa dan KSB Teken Kesepakatan Bersama, Wabup Sumbawa Wakili Bupati\n\nTANJUNG – Nota Kesepakatan "
            "ditandatangani Pj Bupati Karangasem, Drs. I Ketut Arsana Putra, M.Si., dan Bupati Lombok Utara, TGH. Zainul "
            "Mujahid, Lc., M.A., di Pendopo Bupati Lombok Utara, Tanjung, Sabtu (21/9/2024).")
    assert [a["signed_on"] for a in _one(text) if a["parties"] == ["51.07", "52.08"]] == ["2024-09-21"]
    assert not [o for o in _officials_of(text) if o[1] == "Wakili"]


def test_the_scope_after_a_list_of_a_hosts_partners_is_of_them_all():
    text = ("Tanjung Selor – Gubernur Kalimantan Utara menandatangani Kesepakatan Bersama dengan empat pemerintah "
            "kabupaten, Selasa (15/10/2024). Naskah kesepakatan ditandatangani secara bergantian, sehingga terdapat empat "
            "naskah yang terpisah, yaitu dengan:\n1. Pemerintah Kabupaten Bulungan;\n2. Pemerintah Kabupaten Malinau;\n"
            "3. Pemerintah Kabupaten Nunukan; dan\n4. Pemerintah Kabupaten Tana Tidung.\n\nRuang lingkup kesepakatan "
            "meliputi bidang kesehatan serta ketahanan pangan.")
    assert {tuple(a["parties"]): a["sectors"] for a in _one(text)} == {
        (p, c): ["kesehatan", "pangan"] for p, c in [("65", "65.01"), ("65", "65.02"), ("65", "65.03"), ("65", "65.04")]}


def test_the_fields_most_of_a_roundups_agreements_share_are_none_of_theirs():
    text = ("SELONG – Pemerintah Kabupaten Lombok Timur mencatat kerja sama sepanjang 2024. Kepala Bagian Pemerintahan "
            "Setda Lotim mengatakan sebagian besar kerja sama menyasar sektor unggulan Lotim, yakni pertanian, pariwisata, "
            "dan perikanan.\n\n| No | Mitra | Bentuk | Tanggal | Bidang |\n|----|-------|--------|---------|--------|\n"
            "| 1 | Pemkab Lombok Tengah | Kesepakatan Bersama | 15 Januari 2024 | Pariwisata; perhubungan |\n"
            "| 2 | Pemkab Bima | Kesepakatan Bersama | 5 September 2024 | Perdagangan; ketahanan pangan |\n")
    assert _fields_by_agreement(text) == {(("52.02", "52.03"), "mou"): ["pariwisata", "perhubungan"],
                                          (("52.03", "52.06"), "mou"): ["pangan", "perdagangan"]}


def test_the_matters_a_draft_is_to_hold_and_a_besides_partner_keep_their_fields_apart():
    text = ("MERAUKE – Pemerintah Kabupaten Mappi dan Pemerintah Kabupaten Merauke mulai merancang kerja sama pasokan beras. "
            "Menurut Agustinus Mahuze, ada tiga hal yang akan dituangkan dalam rancangan kesepakatan bersama: pasokan "
            "beras, perdagangan antardaerah, serta angkutan sungai dan laut. Selain dengan Mappi, Pemkab Merauke juga "
            "tengah menjajaki kerja sama di bidang pangan dengan Pemkab Asmat.")
    assert _fields_by_agreement(text) == {(("93.01", "93.03"), "plan"): ["pangan", "perdagangan", "perhubungan"],
                                          (("93.01", "93.04"), "plan"): ["pangan"]}


@pytest.mark.parametrize("scope, fields", [
    ("Ruang lingkup kesepakatan meliputi:\n1️⃣ pengembangan pertanian dan peternakan\n2️⃣ perdagangan hasil bumi "
     "antarpulau\n3️⃣ promosi pariwisata terpadu\n\nBupati menyambut baik.", ["pariwisata", "perdagangan", "pertanian"]),
    ("Menurut dia, isi kesepakatan itu jelas. \"Isinya ada tiga: penyediaan air bersih, pengelolaan sampah, dan angkutan "
     "penyeberangan,\" ujarnya.", ["lingkungan-hidup", "pekerjaan-umum", "perhubungan"]),
    ("🎯 RUANG LINGKUP\n1️⃣ TRANSPORTASI PUBLIK TERINTEGRASI\n   Layanan bus lintas kabupaten/kota\n2️⃣ KAWASAN "
     "PERBATASAN\n   Pengelolaan sampah di TPST tiap wilayah\n\n📊 ANGKA PENTING", ["lingkungan-hidup", "perhubungan"]),
])
def test_a_scope_set_out_item_by_item_or_after_a_colon_gives_its_fields(scope, fields):
    text = ("AMBON – Pemerintah Kota Ambon dan Pemerintah Kabupaten Maluku Tengah menandatangani Kesepakatan Bersama, "
            "Kamis (20/6/2024).\n\n" + scope)
    assert _fields_by_agreement(text) == {(("81.01", "81.71"), "mou"): fields}


def test_documents_signed_bersama_a_company_or_institute_give_no_fields_to_the_pair():
    text = ("KALIANDA – Pemerintah Kabupaten Lampung Selatan dan Pemerintah Kota Bandar Lampung menandatangani Kesepakatan "
            "Bersama tentang penyediaan air minum, Senin (3/6/2024). Tiga nota kesepahaman lainnya diteken Pemkab Lamsel "
            "bersama Institut Teknologi Sumatera (Itera) tentang riset energi terbarukan, PT Bank Lampung tentang kredit "
            "usaha mikro, serta PT ASDP Indonesia Ferry tentang penataan kawasan pelabuhan dan pariwisata.")
    assert _fields_by_agreement(text) == {(("18.01", "18.71"), "mou"): ["pekerjaan-umum"]}


def test_a_rank_in_a_hospitals_name_ends_no_sentence():
    text = ("2.1.4 Perjanjian Kerja Sama antara RSUD Jend. Ahmad Yani Kota Metro dan Dinas Kesehatan Kabupaten Lampung "
            "Tengah tentang Pelayanan Rujukan Pasien\n      Tanggal: 9 Oktober 2023\n")
    assert _fields_by_agreement(text) == {(("18.02", "18.72"), "pks"): ["kesehatan"]}


def test_a_signing_written_apart_and_a_day_without_a_space_are_read():
    text = ("TIGARAKSA,- Pemerintah Kabupaten  Tangerang dan Pemerintah Kota Tangerang Selatan (Tangsel) resmi menanda "
            "tangani perjanjian kerjsama (PKS) penanganan banjir di wilayah perbatasan , Kamis(14/3/2024).")
    assert [(a["kind"], a["signed_on"]) for a in _one(text)] == [("pks", "2024-03-14")]


def test_a_signing_put_off_from_its_day_is_a_plan():
    text = ("CIBINONG – Rencana penandatanganan perjanjian kerja sama (PKS) antara Pemerintah Kabupaten Bogor dan "
            "Pemerintah Kota Depok tentang pengendalian banjir batal digelar. Penandatanganan yang semula dijadwalkan "
            "Kamis (25/7/2024) di Gedung Tegar Beriman, Cibinong, ditunda hingga waktu yang belum ditentukan.\n\n"
            "Kepala Bagian Kerja Sama Setda Kabupaten Bogor mengatakan penundaan dilakukan karena naskah PKS masih menunggu "
            "hasil fasilitasi dari Biro Pemerintahan Setda Provinsi Jawa Barat.\n\n\"Ada beberapa pasal yang diminta "
            "provinsi untuk diperbaiki. Jadi kami tidak mau memaksakan tanda tangan kemarin,\" ujarnya, Jumat (26/7/2024).")
    assert [(a["kind"], a["signed_on"]) for a in _one(text)] == [("plan", None)]


def test_an_infographics_day_and_its_next_pks_of_another_field():
    text = ("INFOGRAFIS | Jakarta–Banten Teken PKS Air Baku, Banjir, dan Transportasi\n\nKamis, 18 Juli 2024\n\n"
            "📌 Pihak: Pemerintah Provinsi DKI Jakarta & Pemerintah Provinsi Banten\n🤝 Bentuk: Perjanjian Kerja Sama "
            "(PKS)\n📅 Tanggal: Rabu, 17 Juli 2024\n🔜 Tahap berikutnya: PKS pengelolaan sampah lintas provinsi masih "
            "dalam pembahasan, ditargetkan diteken Desember 2024\n")
    assert sorted((a["kind"], a["signed_on"] or "") for a in _one(text)) == [("pks", "2024-07-17"), ("plan", "")]


def test_a_signature_block_in_two_columns_names_each_partys_signer():
    text = ("PERJANJIAN KERJA SAMA ANTARA PEMERINTAH KABUPATEN SUKOHARJO DAN PEMERINTAH KOTA SURAKARTA\n\n"
            "Pada hari ini Senin tanggal lima belas Juli dua ribu dua puluh empat, PARA PIHAK menandatangani Perjanjian "
            "Kerja Sama ini.\n\n"
            "PIHAK KEDUA,                                   PIHAK PERTAMA,\n"
            "KEPALA DINAS PEKERJAAN UMUM DAN                KEPALA DINAS PEKERJAAN UMUM DAN\n"
            "PENATAAN RUANG KOTA SURAKARTA,                 PENATAAN RUANG KABUPATEN SUKOHARJO,\n\n"
            "ttd.                                           ttd.\n\n"
            "Dr. Ir. RETNO WULANDARI ANGGRAENI, M.Eng.      Ir. BAMBANG SUTRISNO HADI, M.T.\n"
            "Pembina Utama Muda                             Pembina Tingkat I\n")
    assert [(o[1], o[2]) for o in _officials_of(text)] == [("Bambang Sutrisno Hadi", "33.11"),
                                                         ("Retno Wulandari Anggraeni", "33.72")]
    assert [(a["kind"], a["signed_on"]) for a in _one(text)] == [("pks", "2024-07-15")]


def test_the_region_one_was_split_from_is_no_party():
    text = ("WAMENA – Pemerintah Provinsi Papua Pegunungan bersama Pemerintah Kabupaten Jayawijaya dan Pemerintah "
            "Kabupaten Lanny Jaya mulai menyusun draf kesepakatan bersama tiga pihak. Pj Gubernur Papua Pegunungan "
            "mengatakan, sebagai provinsi baru hasil pemekaran dari Provinsi Papua pada 2022, Papua Pegunungan harus "
            "membangun pola kerja sama yang jelas dengan kabupaten-kabupaten di wilayahnya.")
    assert _pairs_kinds(text) == [(["95", "95.01", "95.07"], "plan")]


def test_an_officers_rank_a_lurah_and_a_camat_named_after_the_kabupaten():
    text = ("Perjanjian ditandatangani Penjabat Gubernur Sultra Irjen Pol. (Purn.) Dr. Haryono Wibisono, M.Si. dan Bupati "
            "Konawe Kepulauan H. Amrullah Lapudu, S.Pd., M.Si. di Kendari. Hadir pula Bupati Kolaka Utara. Lurah Lamangga, "
            "Sitti Aminah, menyambut baik. Sementara Camat Konawe Kepulauan Utara La Ode Hamid menyatakan siap membantu.")
    got = _officials_of(text)
    assert ("Penjabat Gubernur", "Haryono Wibisono", "74") in got
    assert ("Camat Konawe Kepulauan Utara", "La Ode Hamid", "74.12") in got


def test_one_document_of_them_all_beside_the_pairs_a_host_signed_apart():
    text = ("JAYAPURA – Pada Senin (12/8/2024), Kota Jayapura menandatangani tiga kesepakatan bersama secara terpisah "
            "dengan Kabupaten Jayapura, Kabupaten Keerom, dan Kabupaten Mamberamo Raya. Tiga naskah itu ditandatangani satu "
            "per satu. Pj Wali Kota Jayapura Yohanes Mandosir lebih dulu menandatangani naskah bersama Pj Bupati Jayapura "
            "Daniel Yaboisembut, kemudian bersama Pj Bupati Keerom Markus Tafor, dan terakhir bersama Pj Bupati Mamberamo "
            "Raya Benyamin Kawer.\n\nTiga hari kemudian, Kamis (15/8/2024), keempat pemerintah daerah kembali duduk "
            "bersama. Kali ini mereka menandatangani satu naskah Kesepakatan Bersama tentang sistem rujukan pelayanan "
            "kesehatan terpadu. Naskah ditandatangani Pj Wali Kota Jayapura, Pj Bupati Jayapura, Pj Bupati Mamberamo Raya, "
            "serta Sekda Keerom Yan Pieter Borotian yang mewakili Pj Bupati Keerom.")
    records = _one(text)
    got = sorted((a["parties"], a["signed_on"], sorted(x["region"] for x in a["signatories"])) for a in records
                 if len(a["parties"]) == 2)
    assert got == [(["91.03", "91.71"], "2024-08-12", ["91.03", "91.71"]),
                   (["91.11", "91.71"], "2024-08-12", ["91.11", "91.71"]),
                   (["91.20", "91.71"], "2024-08-12", ["91.20", "91.71"])]
    (joint,) = [a for a in records if len(a["parties"]) == 4]
    assert (joint["signed_on"], joint["sectors"]) == ("2024-08-15", ["kesehatan"])
    assert {"Yohanes Mandosir", "Yan Pieter Borotian"} <= {x["name"] for x in joint["signatories"]}


def test_a_pair_a_quote_tells_signed_before_takes_no_day_of_todays_signing():
    text = ("SERANG – Pemerintah Kota Serang dan Pemerintah Kabupaten Serang menandatangani Kesepakatan Bersama tentang "
            "pengelolaan sampah, Rabu (15/1/2025). Ia mencontohkan kawasan Tangerang Raya. \"Kota Tangerang dan Kabupaten "
            "Tangerang sudah lebih dulu meneken perjanjian kerja sama pengelolaan sampah, dan hasilnya bisa kita lihat,\" "
            "katanya.")
    got = sorted((a["parties"], a["kind"], a["signed_on"]) for a in _one(text))
    assert got == [(["36.03", "36.71"], "pks", None), (["36.04", "36.73"], "mou", "2025-01-15")]


def test_a_pks_signed_years_before_the_one_reported_is_a_document_of_its_own():
    text = ("TASIKMALAYA – Pada Kamis, 10 Oktober 2024, Pj Wali Kota Tasikmalaya dan Pj Bupati Tasikmalaya menandatangani "
            "Kesepakatan Bersama. Dalam kesempatan yang sama, Kepala Dinas PUTR Kota Tasikmalaya dan Kepala Dinas PUPR "
            "Kabupaten Tasikmalaya meneken perjanjian kerja sama (PKS) tentang pemeliharaan ruas jalan. Empat tahun setelah "
            "kesepakatan pertama, tepatnya Rabu, 9 Maret 2016, kedua pemerintah daerah menandatangani Perjanjian Kerja Sama "
            "tentang pelayanan air minum. Sekda mengatakan, kesepakatan kali ini langsung disertai satu PKS dan jadwal "
            "penyusunan PKS berikutnya.")
    got = sorted((a["kind"], a["signed_on"]) for a in _one(text))
    assert got == [("mou", "2024-10-10"), ("pks", "2016-03-09"), ("pks", "2024-10-10")]


def test_a_columns_examples_one_by_one_each_their_pair():
    text = ("Mari kita bandingkan beberapa contoh.\n\nPertama, Kota Solok dan Kabupaten Solok di Sumatera Barat. Dua daerah "
            "yang namanya sama tetapi pemerintahannya berbeda ini meneken Kesepakatan Bersama tentang penyediaan air bersih "
            "pada 8 Juli 2019. Tidak berhenti di situ, keduanya menindaklanjutinya dengan Perjanjian Kerja Sama pada 14 "
            "Januari 2020.\n\nKedua, Kota Sorong dan Kabupaten Sorong di Papua Barat Daya. Keduanya langsung meneken "
            "perjanjian kerja sama pengelolaan TPA pada 3 November 2022.\n\nKetiga, Kota Bekasi dan Kabupaten Bekasi. "
            "Kesepakatan Bersama tentang integrasi layanan angkutan umum ditandatangani pada 10 Mei 2023.\n\nPertama, "
            "setiap kesepakatan sebaiknya lahir bersama rencana PKS dan tenggat waktunya.")
    got = sorted((a["parties"], a["kind"], a["signed_on"]) for a in _one(text))
    assert got == [(["13.02", "13.72"], "mou", "2019-07-08"), (["13.02", "13.72"], "pks", "2020-01-14"),
                   (["32.16", "32.75"], "mou", "2023-05-10"), (["96.01", "96.71"], "pks", "2022-11-03")]


def test_a_correction_notice_renames_a_holder_the_body_still_names_wrong():
    text = ("BAJAWA – Pemerintah Kabupaten Nagekeo dan Pemerintah Kabupaten Ngada menandatangani nota kesepakatan, Kamis "
            "(12/9/2024).\n\nKepala Dinas PUPR Nagekeo Yohanes Bosco Dopo, S.T. mengatakan pihaknya akan memetakan "
            "saluran irigasi.\n\nRalat: Pada paragraf kedua berita ini tertulis Kepala Dinas PUPR Nagekeo Yohanes Bosco "
            "Dopo, S.T. Yang benar, Kepala Dinas PUPR Nagekeo adalah Silvester Lena Ngoe, S.T., M.T. Redaksi mohon maaf "
            "atas kekeliruan tersebut. (red)")
    assert [o[1] for o in _officials_of(text) if o[0] == "Kepala Dinas PUPR"] == ["Silvester Lena Ngoe"]


def test_an_anniversarys_day_an_events_name_and_a_signing_waited_for():
    text = ("PALU – Bertepatan dengan peringatan lima tahun bencana gempa, tsunami dan likuefaksi 28 September 2018, Kota "
            "Palu, Kabupaten Sigi dan Kabupaten Donggala menandatangani satu naskah Kesepakatan Bersama tentang "
            "Penanggulangan Bencana, Kamis (28/9/2023).")
    assert [(a["parties"], a["signed_on"]) for a in _one(text)] == [(["72.03", "72.10", "72.71"], "2023-09-28")]
    text = ("SAMARINDA – Pemkab Kukar dan Pemkot Balikpapan menandatangani Kesepakatan Bersama tentang promosi penanaman "
            "modal, di sela Kaltim Investment Forum 2025 di Hotel Mercure Samarinda, Rabu (5/3/2025).")
    assert _pairs_kinds(text) == [(["64.02", "64.71"], "mou")]
    text = ("BANTAENG – Pemkab Bantaeng berencana menjalin kerja sama dengan Pemkab Banyuwangi. Kedua daerah telah sepakat "
            "menyusun draf Kesepakatan Bersama. Dinas Pariwisata Bantaeng akan mengirim pengelola desa wisata untuk magang "
            "sambil menunggu kesepakatan resmi ditandatangani.")
    assert _pairs_kinds(text) == [(["35.10", "73.03"], "plan")]


def test_the_new_documents_content_told_after_dalam_kesepakatan_yang_baru():
    text = ("KUNINGAN – Kerja sama pemanfaatan air baku antara Pemerintah Kota Cirebon dan Pemerintah Kabupaten Kuningan "
            "diperpanjang. Perpanjangan Kesepakatan Bersama itu ditandatangani Kamis (25/4/2024).\n\n\"Air dari Paniis adalah "
            "nadi kehidupan warga,\" kata Asep.\n\nDalam kesepakatan yang baru, selain pemanfaatan air baku, kedua daerah "
            "juga menyepakati program konservasi dan rehabilitasi lingkungan di kawasan tangkapan air.")
    assert "lingkungan-hidup" in _one(text)[0]["sectors"]


def test_the_fields_of_documents_before_are_their_own():
    text = ("TASIKMALAYA – Pada Kamis, 10 Oktober 2024, Pj Wali Kota Tasikmalaya dan Pj Bupati Tasikmalaya menandatangani "
            "Kesepakatan Bersama tentang pengelolaan sampah.\n\nKesepakatan Bersama pertama antara kedua daerah diteken pada "
            "Selasa, 17 April 2012, oleh Wali Kota Tasikmalaya saat itu, H. Syarifuddin, dan Bupati Tasikmalaya saat itu, "
            "H. Ujang Sobari. Kesepakatan tersebut mengatur pelayanan pendidikan dan kesehatan bagi warga perbatasan.")
    got = sorted((a["signed_on"], a["sectors"]) for a in _one(text))
    assert got == [("2012-04-17", ["kesehatan", "pendidikan"]), ("2024-10-10", ["lingkungan-hidup"])]


def test_a_plan_of_the_same_scope_as_the_hosts_signed_ones_takes_their_fields():
    text = ("Tanjung Selor – Gubernur Kalimantan Utara menandatangani Kesepakatan Bersama dengan Pemerintah Kabupaten "
            "Bulungan dan Pemerintah Kabupaten Malinau, Selasa (15/10/2024). Ruang lingkup kesepakatan meliputi bidang "
            "kesehatan, pengendalian penduduk dan keluarga berencana, serta ketahanan pangan.\n\nNaskah Kesepakatan Bersama "
            "antara Pemerintah Provinsi dan Pemerintah Kota Tarakan, dengan ruang lingkup yang sama, telah disiapkan dan "
            "dijadwalkan ditandatangani pada awal November 2024.")
    assert _fields_by_agreement(text)[(("65", "65.71"), "plan")] == ["keluarga-berencana", "kesehatan", "pangan"]


def test_a_meetings_day_held_by_a_province_outside_the_pairs_is_their_signings():
    text = ("SERANG - Dua pasang pemerintah daerah di Provinsi Banten menandatangani Kesepakatan Bersama kerja sama daerah "
            "dalam Rapat Koordinasi Kerja Sama Daerah yang digelar Pemprov Banten di Pendopo Gubernur Banten, KP3B, Kota "
            "Serang, Selasa (12/12/2023).\n\nPasangan pertama adalah Pemerintah Kota Cilegon dan Pemerintah Kabupaten "
            "Serang. Kesepakatan keduanya ditandatangani Wali Kota Cilegon dan Bupati Serang.\n\nPasangan kedua adalah "
            "Pemerintah Kabupaten Lebak dan Pemerintah Kabupaten Pandeglang. Kesepakatan keduanya ditandatangani Bupati "
            "Lebak dan Bupati Pandeglang.")
    got = sorted((a["parties"], a["signed_on"]) for a in _one(text))
    assert got == [(["36.01", "36.02"], "2023-12-12"), (["36.04", "36.72"], "2023-12-12")]


def test_a_government_told_as_represented_right_after_the_signing_is_a_party_too():
    text = ("MATARAM - Pemprov NTB dan tiga pemerintah kabupaten/kota menandatangani satu naskah Kesepakatan Bersama "
            "tentang angkutan umum, Rabu (6/3/2024). Naskah ditandatangani Lalu Gita Ariadi, Gubernur NTB; Mohan Roliskana, "
            "Wali Kota Mataram; dan Fauzan Khalid, Bupati Lombok Barat. Kabupaten Lombok Tengah diwakili Nursiah, Sekretaris "
            "Daerah Lombok Tengah, karena bupati sedang dinas ke Jakarta.")
    got = _one(text)
    assert [(a["parties"], a["kind"]) for a in got] == [(["52", "52.01", "52.02", "52.71"], "mou")]
    assert ("Nursiah", "52.02") in _signers(got[0])


def test_a_signing_a_sentence_opens_as_the_target_is_still_to_come():
    text = ("Pemkab Klaten dan Pemkot Surakarta telah meneken Kesepakatan Bersama bidang perhubungan pada Maret 2023. "
            "Targetnya akhir tahun ini PKS angkutan perbatasan sudah bisa diteken kedua dinas.")
    assert _pairs_kinds(text) == [(["33.10", "33.72"], "mou"), (["33.10", "33.72"], "plan")]


def test_an_interviews_question_asking_on_goes_on_with_the_answer_befores_agreement():
    text = ("WAWANCARA\n\nKami berbincang dengan Kepala Bagian Kerja Sama Setda Kabupaten Kendal, Sutrisno, Senin "
            "(15/1/2024).\n\nApa saja kerja sama Kendal tahun lalu?\n\nKesepakatan Bersama dengan Pemerintah Kota Semarang "
            "ditandatangani Bupati Kendal dan Wali Kota Semarang pada 11 Oktober 2023.\n\nSudah ada tindak lanjutnya?\n\n"
            "Belum. Targetnya kuartal pertama tahun ini PKS perhubungan sudah bisa diteken.\n\nBagaimana dengan Batang?\n\n"
            "Dengan Pemkab Batang kami sedang membahas perjanjian kerja sama air baku.")
    assert _pairs_kinds(text) == [(["33.24", "33.25"], "plan"), (["33.24", "33.74"], "mou"), (["33.24", "33.74"], "plan")]


def test_two_governments_exploring_a_shared_facility_plan_it():
    text = ("Pemerintah Kota Salatiga dan Pemerintah Kabupaten Semarang menjajaki pembangunan instalasi pengolahan lumpur "
            "tinja bersama di perbatasan kedua daerah.")
    assert _pairs_kinds(text) == [(["33.22", "33.73"], "plan")]


def test_an_exploration_the_next_sentence_tells_dropped_is_no_plan():
    text = ("Pemkot Salatiga dan Pemkab Semarang menandatangani Kesepakatan Bersama pengelolaan sampah, Senin (4/3/2024). "
            "Sebelumnya, Pemkot Salatiga sempat menjajaki pemanfaatan TPA milik Pemkab Boyolali. Namun rencana itu tidak "
            "dilanjutkan karena jaraknya terlalu jauh.")
    assert _pairs_kinds(text) == [(["33.22", "33.73"], "mou")]


def test_a_government_represented_after_sedangkan_is_a_party_too():
    text = ("Naskah kesepakatan ditandatangani Bupati Toba Hotman Siahaan, Bupati Samosir Marudut Simbolon dan Bupati Karo "
            "Samuel Tarigan, Sabtu (14/10/2023). Sedangkan Kabupaten Dairi diwakili Wakil Bupati Dairi, Rosmaida Situmorang.")
    assert _pairs_kinds(text) == [(["12.06", "12.11", "12.12", "12.17"], "mou")]


def test_one_without_the_mandate_to_sign_and_a_signing_likely_later_sign_nothing():
    text = ("Pemkot Cimahi menandatangani kesepakatan bersama dengan Pemkab Bandung Barat, Rabu (22/9/2021). Namun, "
            "penandatanganan kesepakatan serupa dengan Pemkot Bandung batal dilaksanakan. Sekda Kota Bandung yang datang "
            "ke lokasi mengaku tidak mendapat mandat untuk menandatangani. Kepala Bagian Pemerintahan Setda Kota Cimahi "
            "menyebut penandatanganan dengan Kota Bandung kemungkinan dilakukan awal Oktober.")
    assert _pairs_kinds(text) == [(["32.17", "32.77"], "mou"), (["32.73", "32.77"], "plan")]


def test_a_partner_a_sentence_opens_with_dengan_is_the_hosts():
    text = ("Pemkot Surabaya meneken empat kesepakatan bersama sekaligus dengan empat daerah, Kamis (24/8/2023). "
            "Dengan Kabupaten Ngawi, kesepakatan mencakup pasokan beras. Dengan Kabupaten Lamongan, kerja sama di bidang "
            "perikanan. Adapun dengan Kabupaten Sumenep, kesepakatan meliputi pertanian bawang merah. \"Pangan Surabaya "
            "datang dari luar,\" kata Wali Kota Surabaya.")
    got = sorted((a["parties"], a["signed_on"]) for a in _one(text))
    assert got == [(["35.21", "35.78"], "2023-08-24"), (["35.24", "35.78"], "2023-08-24"),
                   (["35.29", "35.78"], "2023-08-24")]


def test_untuk_after_a_dateline_is_no_university():
    text = ("SURABAYA - Untuk menjaga pasokan pangan, Pemerintah Kota Surabaya meneken kesepakatan bersama dengan "
            "dua daerah, Kamis (24/8/2023). Dengan Kabupaten Ngawi, kesepakatan mencakup pasokan beras. Dengan Kabupaten "
            "Lamongan, kerja sama di bidang perikanan. \"Surabaya hampir tidak punya lahan pertanian,\" kata Wali Kota "
            "Surabaya.")
    got = sorted((a["parties"], a["signed_on"]) for a in _one(text))
    assert got == [(["35.21", "35.78"], "2023-08-24"), (["35.24", "35.78"], "2023-08-24")]


def test_a_pks_called_mou_stays_a_pks_beside_another_partners_naskah_kesepakatan():
    text = ("Kotim-Seruyan Teken MoU\n\nPemkab Kotim dan Pemkab Seruyan menandatangani perjanjian kerja sama (MoU) di "
            "Sampit, Selasa (4/6/2024). "
            "Dokumen ditandatangani Bupati Kotawaringin Timur dan Bupati Seruyan.\n\nPemkab Kotim juga tengah menjajaki "
            "kerja sama serupa dengan Pemkab Katingan. Menurut Sekda Kotim, pembicaraan awal dengan Katingan sudah dilakukan "
            "dan naskah kesepakatannya sedang disusun.")
    assert _pairs_kinds(text) == [(["62.02", "62.06"], "plan"), (["62.02", "62.07"], "pks")]


def test_regions_listed_bare_after_their_heads_counted_are_governments():
    text = ("Pada 2023, empat bupati di Pulau Sumba, yakni Sumba Timur, Sumba Tengah, Sumba Barat dan Sumba Barat Daya, "
            "bertemu di Waingapu dan sepakat menjajaki kerja sama pengelolaan air baku.")
    assert _pairs_kinds(text) == [(["53.11", "53.12", "53.17", "53.18"], "plan")]


def test_a_columns_cited_headline_and_its_words_on_signing_in_general_sign_nothing():
    text = ("OPINI\n\nSetiap kali dua kepala daerah berdiri berdampingan, kamera berkilat. Esok harinya, berita \"Dua "
            "Kabupaten Teken MoU\" memenuhi grup WhatsApp.\n\nPerjanjian kerja sama antara Kabupaten Belu dan Kabupaten "
            "Malaka tentang pelayanan rujukan, yang ditandatangani pada 5 Januari 2023, relatif berjalan.\n\nPada 2023, "
            "Pemkab Sumba Timur dan Pemkab Sumba Tengah sepakat menjajaki kerja sama air baku. Hingga kini belum ada "
            "dokumen yang diteken.\n\nTanda tangan hanyalah awal.")
    assert _pairs_kinds(text) == [(["53.04", "53.21"], "pks"), (["53.11", "53.17"], "plan")]


def test_signers_named_before_their_titles_all_sign():
    text = ("Pemerintah Provinsi Bali dan tiga kabupaten/kota menandatangani satu naskah Kesepakatan Bersama, Jumat "
            "(12/1/2024). Naskah ditandatangani I Ketut Wirasana Putra, Gubernur Bali; I Gusti Ngurah Arya Wibawa, S.E., "
            "Wali Kota Denpasar; dan I Made Sudiarsa, Bupati Badung.")
    assert _signers(_one(text)[0]) == [("I Gusti Ngurah Arya Wibawa", "51.71"), ("I Ketut Wirasana Putra", "51"),
                                       ("I Made Sudiarsa", "51.03")]


def test_a_units_fields_listed_with_commas_are_its_title_and_a_bank_indonesia_office_is_none():
    text = ("Pemprov Kaltim dan Pemprov Sulteng menandatangani Kesepakatan Bersama, Senin (3/3/2025). Turut hadir Kepala "
            "Dinas Pangan, Tanaman Pangan dan Hortikultura Provinsi Kaltim Ir. Hj. Noorhayati Basri, M.P., dan Kepala "
            "Kantor Perwakilan Bank Indonesia Provinsi Kaltim Andreas Simatupang.")
    got = [(o["name"], o["title"], o["region"]) for o in extract_text(text, id="t")["officials"]]
    assert got == [("Noorhayati Basri", "Kepala Dinas Pangan, Tanaman Pangan dan Hortikultura", "64")]


def test_a_term_counted_from_the_signing_is_no_signing_day_and_the_texts_own_day_in_words_is():
    text = ("Kamis, 29 Agustus 2024\n\nPALU - Pemerintah Kota Palu dan Pemerintah Kabupaten Sigi akhirnya menandatangani "
            "Perjanjian Kerja Sama "
            "tentang Pengelolaan Sampah Regional.\n\nNaskah perjanjian itu dibuka dengan kalimat baku: \"Pada hari ini "
            "Selasa, tanggal dua puluh tujuh, bulan Agustus, tahun dua ribu dua puluh empat, bertempat di Palu, kami yang "
            "bertanda tangan di bawah ini...\"\n\nPara pihak dalam perjanjian itu adalah Wali Kota Palu, Ir. H. Moh. Arif "
            "Lamakampali, M.T., dan Bupati Sigi, Drs. Yohanis Lamba Kaemba, M.Si.\n\nPerjanjian berlaku selama lima tahun "
            "terhitung sejak tanggal ditandatangani, dan pelaksanaannya dimulai pada 1 Oktober 2024.")
    got = _one(text)
    assert [(a["parties"], a["kind"], a["signed_on"]) for a in got] == [(["72.10", "72.71"], "pks", "2024-08-27")]
    assert _signers(got[0]) == [("Moh. Arif Lamakampali", "72.71"), ("Yohanis Lamba Kaemba", "72.10")]


def test_the_province_the_signing_sentence_places_its_kabupaten_in_keeps_the_day():
    text = ("NABIRE – Lima pemerintah kabupaten di wilayah adat Meepago, Provinsi Papua Tengah, menandatangani satu naskah "
            "Kesepakatan Bersama, Jumat, 12 Juli 2024, di Gedung Serbaguna Nabire.\n\nKelima kabupaten itu adalah Nabire, "
            "Paniai, Dogiyai, Deiyai dan Intan Jaya. Naskah ditandatangani Bupati Nabire, Penjabat Bupati Paniai, Penjabat "
            "Bupati Dogiyai, Bupati Deiyai dan Bupati Intan Jaya.")
    assert [(len(a["parties"]), a["signed_on"]) for a in _one(text)] == [(5, "2024-07-12")]


def test_a_headlines_deputy_wakili_the_head_signs_for_him():
    text = ("Wabup Malra Wakili Bupati Teken Kesepakatan Air Bersih dengan Pemkot Tual\n\nKesepakatan ditandatangani Wali "
            "Kota Tual Hamid Rumatiga dan Wakil Bupati Malra Petrus Beruatwarin, yang mewakili Bupati Malra Yohanes Renyaan.")
    assert _signers(_one(text)[0]) == [("Hamid Rumatiga", "81.72"), ("Petrus Beruatwarin", "81.02")]


def test_bidangnya_after_the_signing_names_its_fields():
    text = ("Kesepakatan Bersama dengan Pemerintah Kota Cilegon ditandatangani Bupati Lampung Selatan dan Wali Kota Cilegon "
            "pada Rabu, 11 Oktober 2023. Bidangnya ada tiga: perhubungan; pariwisata; dan penanggulangan bencana.")
    assert _one(text)[0]["sectors"] == ["pariwisata", "perhubungan", "trantibum"]


def test_the_scope_told_right_after_a_new_draft_is_the_drafts():
    text = ("Perjanjian kerja sama Kota Yogyakarta, Kabupaten Sleman dan Kabupaten Bantul ditandatangani pada 18 Desember "
            "2020. Ruang lingkupnya meliputi jalan dan drainase.\n\nRapat menyepakati tim teknis ketiga daerah mulai menyusun "
            "draf perjanjian kerja sama yang baru pada April. Ruang lingkupnya tetap mencakup persampahan dan transportasi "
            "perkotaan.")
    assert _fields_by_agreement(text)[(("34.02", "34.04", "34.71"), "plan")] == ["lingkungan-hidup", "perhubungan"]


def test_air_limbah_as_governments_share_it_is_public_works():
    text = ("Pemkab Sleman dan Pemkot Yogyakarta menandatangani perjanjian kerja sama pengelolaan air limbah, Senin "
            "(6/1/2025).")
    assert _one(text)[0]["sectors"] == ["pekerjaan-umum"]


def test_the_wish_for_a_cooperation_on_fields_names_them_and_a_way_out_is_no_road():
    text = ("Pemkot Kediri dan Pemkab Kediri menjajaki kerja sama zonasi lintas daerah. \"Ini yang mau kita carikan jalan "
            "keluarnya bersama,\" kata Endang. \"Selain itu kami juga ingin ada kerja sama peningkatan mutu guru dan "
            "pemanfaatan perpustakaan daerah bersama,\" jelasnya.")
    assert _one(text)[0]["sectors"] == ["pendidikan", "perpustakaan"]


def test_the_pair_that_bersepakat_to_develop_a_field_names_it():
    text = ("Pemkot Palangka Raya meneken MoU dengan Pemkot Banjarbaru di bidang pendidikan. MoU ditandatangani Wali Kota "
            "Palangka Raya dan Wali Kota Banjarbaru.\n\nPasangan kedua adalah Pemkot Samarinda dan Pemkot Pontianak yang "
            "bersepakat mengembangkan kota cerdas (smart city). Wali Kota Samarinda menandatangani MoU bersama Wali Kota "
            "Pontianak.")
    assert _fields_by_agreement(text)[(("61.71", "64.72"), "mou")] == ["komunikasi-informatika"]


def test_a_company_named_after_two_provinces_and_closed_by_its_short_name_is_no_party():
    text = ("Pemkab Kutim Teken MoU dengan Bankaltimtara dan KPC\n\n"
            "SANGATTA – Pemerintah Kabupaten Kutai Timur menandatangani dua nota kesepahaman, masing-masing dengan PT Bank "
            "Pembangunan Daerah Kalimantan Timur dan Kalimantan Utara (Bankaltimtara) serta PT Kaltim Prima Coal (KPC), "
            "Selasa (5/3/2024).\n\n\"Bankaltimtara ini bank milik daerah, sahamnya dimiliki Pemprov Kaltim, Pemprov "
            "Kaltara dan kabupaten/kota se-Kaltim dan Kaltara,\" ujar Bupati Kutim.")
    assert _one(text) == []


def test_governments_only_interested_in_learning_the_model_are_no_pair():
    text = ("Pemkot Sorong dan Pemkab Sorong menandatangani Kesepakatan Bersama pengelolaan sampah, Rabu (6/3/2024). "
            "Pemerintah Kabupaten Sorong Selatan dan Kabupaten Raja Ampat yang turut diundang menyatakan tertarik "
            "mempelajari model kerja sama ini.")
    assert _pairs_kinds(text) == [(["96.01", "96.71"], "mou")]


def test_an_awards_winners_are_no_parties_and_each_document_keeps_its_own_day():
    text = ("Kemendagri Serahkan Penghargaan Kerja Sama Daerah 2024, Jateng, Kulon Progo dan Kota Yogyakarta Terbaik\n\n"
            "Pada kategori kabupaten, Kabupaten Kulon Progo dinilai unggul melalui Perjanjian Kerja Sama dengan Pemerintah "
            "Kabupaten Purworejo tentang air minum, yang diteken pada 18 Juli 2023.\n\nAdapun kategori kota diraih Kota "
            "Yogyakarta atas kerja sama pengelolaan sampah. Perjanjian kerja sama pengelolaan TPST Piyungan antara "
            "Pemerintah Kota Yogyakarta, Pemerintah Kabupaten Sleman dan Pemerintah Kabupaten Bantul diperbarui tahun lalu.")
    got = sorted((a["parties"], a["kind"], a["signed_on"]) for a in _one(text))
    assert got == [(["33.06", "34.01"], "pks", "2023-07-18"), (["34.02", "34.04", "34.71"], "pks", None)]


def test_a_document_still_being_prepared_counted_masing_masing_satu_is_a_plan():
    text = ("Kami, Pemerintah Kabupaten Buru Selatan, telah menandatangani Perjanjian Kerja Sama dengan Pemerintah "
            "Kabupaten Buru tentang pelayanan kesehatan rujukan pada 27 Februari 2023. Untuk bidang pendidikan, kami bersama "
            "Pemerintah Kabupaten Buru masih menyiapkan masing-masing satu perjanjian kerja sama tersendiri.")
    assert _pairs_kinds(text) == [(["81.04", "81.09"], "pks"), (["81.04", "81.09"], "plan")]


def test_governments_likened_are_no_pair_and_a_partners_own_year_keeps_another_groups_day_out():
    text = ("Rabu, 4 Mei 2016, Pemko Sawahlunto menandatangani kesepakatan bersama dengan Pemerintah Kabupaten Solok tentang "
            "air baku.\n\nKerja sama lain adalah perjanjian kerja sama dengan Pemerintah Kota Solok pada 2019 untuk "
            "pengembangan pariwisata. Pemko Sawahlunto juga mengelola kereta wisata.\n\nIa juga menyebut kerap terjadi salah "
            "kaprah, karena orang luar sering menyamakan Kota Solok dengan Kabupaten Solok, padahal keduanya pemerintah "
            "daerah yang berbeda dengan kerja sama yang berbeda pula.")
    got = sorted((a["parties"], a["kind"], a["signed_on"]) for a in _one(text))
    assert got == [(["13.02", "13.73"], "mou", "2016-05-04"), (["13.72", "13.73"], "pks", None)]


def test_a_weekday_of_last_week_is_counted_from_the_articles_day():
    text = ("Sumba Pos | Selasa, 13 Februari 2024\n\nWAIKABUBAK – Pemkab Sumba Barat Daya dan Pemkab Sumba Barat "
            "menandatangani kesepakatan bersama tentang pengelolaan sumber daya air pada Jumat pekan lalu di Aula Setda "
            "Sumba Barat.")
    assert [a["signed_on"] for a in _one(text)] == ["2024-02-09"]


def test_a_signing_done_only_late_is_still_a_signing():
    text = ("Pemkot Salatiga dan Pemkab Semarang menjajaki kerja sama air bersih sejak Januari. Penandatanganan baru "
            "dilakukan akhir Juni, Senin (24/6/2024), di Salatiga.")
    assert [(a["kind"], a["signed_on"]) for a in _one(text)] == [("mou", "2024-06-24")]


def test_one_document_each_for_the_fields_before_counts_as_many():
    text = ("Kami, Pemerintah Kabupaten Buru Selatan, telah menandatangani Perjanjian Kerja Sama dengan Pemerintah "
            "Kabupaten Buru tentang pelayanan kesehatan rujukan pada 27 Februari 2023. Untuk bidang pendidikan dan bidang "
            "perhubungan, kami bersama Pemerintah Kabupaten Buru masih menyiapkan masing-masing satu perjanjian kerja sama "
            "tersendiri.")
    plans = sorted(a["sectors"] for a in _one(text) if a["kind"] == "plan")
    assert plans == [["pendidikan"], ["perhubungan"]]


def test_the_vehicle_test_uji_kir_is_transport():
    text = ("Pemkot Palembang dan Pemkot Prabumulih menandatangani perjanjian kerja sama layanan uji KIR kendaraan "
            "angkutan barang, Kamis (9/3/2023).")
    assert _one(text)[0]["sectors"] == ["perhubungan"]
