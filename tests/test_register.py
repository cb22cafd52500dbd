"""Agreement registers: messy headers, blank rows, mixed dates, misspelled regions, bad rows reported."""
from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from kerjasama.cli import main
from kerjasama.errors import InputError
from kerjasama.graph.ladybug_store import LadybugStore
from kerjasama.loaders.ingest import ingest, reextract
from kerjasama.loaders.register import match_field, parse_date, read_register
from kerjasama.queries.expiring import expiring

SOURCES = Path(__file__).resolve().parent / "data" / "sources"
RIAU = SOURCES / "register-riau.csv"
BENGKULU = SOURCES / "register-bengkulu.xlsx"
HERE_DEV = Path(__file__).resolve().parent / "data" / "dev"


def by_row(record):
    return {a["row"]: a for a in record["agreements"]}


def test_csv_register_rows_become_agreements():
    record, text, problems = read_register(RIAU)
    rows = by_row(record)
    assert sorted(rows) == [5, 6, 8, 9, 14, 15]
    assert record["source"]["kind"] == "register"
    mou = rows[5]
    assert (mou["parties"], mou["kind"], mou["signed_on"], mou["sectors"]) == (
        ["14.01", "14.71"], "mou", "2024-09-06", ["perhubungan"])
    assert (mou["number"], mou["status"], mou["duration_months"], mou["ends_on"]) == (
        "119/KB/IX/2024", "Berlaku", 60, "2029-09-05")
    assert mou["title"] == "Kesepakatan Bersama tentang Kerja Sama Antar Daerah"
    assert mou["evidence"].startswith("register-riau.csv row 5: ")
    # Mixed date forms: "5 September 2024", "12 Agustus 2023", "2022-03-01", "01-06-21".
    assert [rows[n]["signed_on"] for n in (6, 8, 9, 14)] == [
        "2024-09-05", "2023-08-12", "2022-03-01", "2021-06-01"]
    # "60 bulan" and "3 tahun"; "2020 s.d. 2025" as a period of years.
    assert [rows[n]["duration_months"] for n in (8, 9, 15)] == [60, 36, 60]
    assert rows[15]["ends_on"] == "2025-02-13"
    # "Kota Pekanbru" is Pekanbaru; two urusan in one cell.
    assert rows[8]["parties"] == ["14.08", "14.71"]
    assert rows[15]["sectors"] == ["kelautan-perikanan", "pariwisata"]
    assert text.splitlines()[3].startswith("NO., Nomor  Perjanjian ,PERIHAL")


def test_csv_register_bad_rows_are_reported_with_row_and_reason():
    _, _, problems = read_register(RIAU)
    assert [(p["row"], p["skipped"]) for p in problems] == [(8, False), (10, True), (11, True),
                                                             (12, True)]
    reasons = {p["row"]: p["reason"] for p in problems}
    # The misspelling loads, and the planner is told how it was read.
    assert reasons[8] == "'Kota Pekanbru' read as Kota Pekanbaru (14.71)"
    assert "'Solok' could be several regions (13.02, 13.72)" in reasons[10]
    assert "'Universitas Riau' is not a known region" in reasons[11]
    assert "'segera' in Tgl. TTD is not a date" in reasons[12]
    assert all(p["file"] == str(RIAU) for p in problems)


def test_xlsx_register_with_title_rows_date_cells_and_two_party_columns():
    record, text, problems = read_register(BENGKULU)
    rows = by_row(record)
    assert sorted(rows) == [5, 6, 8, 9, 10]
    # "Kab. Muko-Muko" is Mukomuko; a real date cell; "5 tahun".
    assert (rows[5]["parties"], rows[5]["signed_on"], rows[5]["ends_on"]) == (
        ["13.01", "17.06"], "2024-03-14", "2029-03-13")
    # A bare 3 in Masa Berlaku is three years.
    assert (rows[6]["duration_months"], rows[6]["ends_on"]) == (36, "2027-05-19")
    # "Kab. Kepahyang" is Kepahiang; the end date column gives the duration.
    assert (rows[8]["parties"], rows[8]["ends_on"], rows[8]["duration_months"]) == (
        ["17.02", "17.08"], "2025-10-01", 24)
    assert (rows[10]["kind"], rows[10]["signed_on"], rows[10]["parties"]) == ("plan", None, ["15.01", "17.07"])
    assert [(p["row"], p["skipped"]) for p in problems] == [(5, False), (8, False), (12, True)]
    assert "'Pemerintahan Umum' in Sektor is no known sector" in problems[0]["reason"]
    assert problems[1]["reason"] == "'Kab. Kepahyang' read as Kab. Kepahiang (17.08)"
    assert "only one region among the parties (Kota Bengkulu)" in problems[2]["reason"]
    # The kept text is the sheet as CSV, dates in ISO form.
    assert "2024-03-14" in text and text.splitlines()[0].startswith("REKAPITULASI")


def test_headers_in_many_spellings():
    assert [match_field(h) for h in ["NOMOR KB/PKS", "Judul", "PIHAK KEDUA", "Bentuk Kerja Sama",
                                      "Tgl. Penandatanganan", "Masa Berlaku (Tahun)", "Berlaku s/d",
                                      "Bidang Urusan", "Status Kerja Sama", "No. Urut", "Date signed",
                                      "Title", "Parties", "Type", "End date", "Duration", "Sector"]] == [
        "number", "title", "parties", "kind", "signed_on", "duration", "ends_on", "sectors",
        "status", "seq", "signed_on", "title", "parties", "kind", "ends_on", "duration", "sectors"]
    assert parse_date("Senin, 3 Maret 2025") == dt.date(2025, 3, 3)
    assert parse_date("3 Mar 2025") == dt.date(2025, 3, 3)
    assert parse_date("31/02/2024") is None


def test_english_register_with_semicolons_and_windows_line_ends(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(
        "Reference;Title;Parties;Type;Date signed;Duration;Sector;End date\r\n"
        "A-1;Waste;Kota Padang & Kab. Padang Pariaman;MoU;2024-01-15;5 years;persampahan;\r\n"
        ";;;;;;;\r\n"
        "A-2;Roads;Kota Padang / Kab. Solok;Agreement;15 Jan 2024;;;2025-01-14\r\n".encode())
    record, text, problems = read_register(path)
    assert problems == []
    a1, a2 = record["agreements"]
    assert (a1["parties"], a1["kind"], a1["duration_months"], a1["ends_on"], a1["sectors"]) == (
        ["13.05", "13.71"], "mou", 60, "2029-01-14", ["lingkungan-hidup"])
    assert (a2["parties"], a2["kind"], a2["signed_on"], a2["duration_months"]) == (
        ["13.02", "13.71"], "pks", "2024-01-15", 12)
    assert "\r" not in text


def test_a_table_that_is_no_register_is_an_input_error(tmp_path):
    path = tmp_path / "nilai.csv"
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows([["nama", "nilai", "kelas"], ["Ani", "90", "A"], ["Budi", "80", "B"]])
    with pytest.raises(InputError, match="nilai.csv: no header row of an agreement register"):
        read_register(path)


def test_ingest_loads_good_rows_and_reports_bad_ones(data_dir):
    result = CliRunner().invoke(main, ["ingest", "--data", str(data_dir), str(RIAU), str(BENGKULU)])
    assert result.exit_code == 1  # some rows could not be read
    assert "Read 2 files: 2 new records" in result.output
    assert "11 agreements" in result.output
    assert (f"failed: {RIAU}: row 10: 'Solok' could be several regions (13.02, 13.72)"
            in result.output)
    assert f"failed: {BENGKULU}: row 12: only one region among the parties" in result.output
    with LadybugStore(data_dir / "graph.lbug") as store:
        [row] = store.run("MATCH (a:Agreement {number: $n}) RETURN a.ends_on AS ends_on, "
                          "a.duration_months AS months, a.status AS status", {"n": "119/KB/IX/2024"})
    assert row == {"ends_on": dt.date(2029, 9, 5), "months": 60, "status": "Berlaku"}


def test_register_is_read_again_on_reextraction(data_dir):
    ingest([RIAU, BENGKULU], data_dir)
    before = {p.name: p.read_text() for p in (data_dir / "records").glob("*.json")}
    report = reextract(data_dir)
    assert report.failed == [] and report.files == 2 and report.new == 0
    after = {p.name: p.read_text() for p in (data_dir / "records").glob("*.json")}
    assert after == before


def test_expiring_lists_agreements_ending_soon(data_dir):
    ingest([RIAU, BENGKULU], data_dir)
    with LadybugStore(data_dir / "graph.lbug") as store:
        soon = expiring(store, within=6, today=dt.date(2026, 4, 1))
        lapsed = expiring(store, within=0, ended_since=24, today=dt.date(2026, 4, 1))
        kampar = expiring(store, within=36, today=dt.date(2026, 4, 1), region="Kab. Kampar")
    assert [(r["ends_on"], r["number"], r["months_left"]) for r in soon] == [
        ("2026-05-31", "031/PKS/VI/2021", 1), ("2026-09-04", "120/PKS/IX/2024", 5)]
    assert [r["ends_on"] for r in lapsed] == ["2025-02-13", "2025-02-28", "2025-10-01"]
    assert all(r["months_left"] < 0 for r in lapsed)
    assert [r["number"] for r in kampar] == ["120/PKS/IX/2024"]
    result = CliRunner().invoke(main, ["expiring", "--data", str(data_dir), "--within", "6",
                                       "--today", "2026-04-01", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [r["number"] for r in json.loads(result.output)] == ["031/PKS/VI/2021", "120/PKS/IX/2024"]


def test_xlsx_made_here_with_merged_cells_and_a_second_sheet(tmp_path):
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Catatan"
    notes["A1"] = "Lembar ini tanpa tabel."
    sheet = book.create_sheet("Data")
    sheet.append(["Daftar Kerja Sama"])
    sheet.merge_cells("A1:E1")
    sheet.append(["Para Pihak", "Jenis", "Tanggal", "Jangka Waktu (Bulan)", "Bidang"])
    sheet.append(["Kab. Sidrap; Kab. Pinrang", "PKS", dt.datetime(2025, 2, 3), 18, "Pertanian"])
    path = tmp_path / "data"  # no extension: found by content
    book.save(path)
    record, _, problems = read_register(path)
    [a] = record["agreements"]
    assert (a["parties"], a["kind"], a["duration_months"], a["ends_on"], a["row"]) == (
        ["73.14", "73.15"], "pks", 18, "2026-08-02", 3)
    assert problems == []


def test_expiring_and_conflicts_on_every_store(store):
    from kerjasama.graph.build import build
    from kerjasama.loaders.jsonl import read_records
    from kerjasama.queries.agreements import agreements

    register, _, _ = read_register(RIAU)
    news, _ = read_records(HERE_DEV / "seed-004.json")
    build([register, *news], store)
    soon = expiring(store, within=6, today=dt.date(2026, 4, 1))
    assert [(r["ends_on"], r["number"]) for r in soon] == [
        ("2026-05-31", "031/PKS/VI/2021"), ("2026-09-04", "120/PKS/IX/2024")]
    [mou] = agreements(store, between=["14.01", "14.71"], kind="mou")
    assert mou["conflicts"] == ["signed_on: 2024-09-05 (seed-004) / 2024-09-06 (register-riau row 5)"]
    assert mou["ends_on"] == "2029-09-05"
    said = store.run("MATCH (a:Agreement {id: $id})-[r:REPORTED_IN]->(s:Source) "
                     "RETURN r.signed_on AS signed_on, r.sectors AS sectors", {"id": mou["id"]})
    assert sorted((str(r["signed_on"])[:10], list(r["sectors"])) for r in said) == [
        ("2024-09-05", []), ("2024-09-06", ["perhubungan"])]


def test_a_regions_own_register_lists_only_the_partner(tmp_path):
    path = tmp_path / "kerja-sama-kampar.csv"
    path.write_text(
        "DAFTAR NASKAH KERJA SAMA PEMERINTAH KABUPATEN KAMPAR\n"
        "Bagian Kerja Sama Setda Kabupaten Kampar\n"
        "\n"
        "No,Mitra Kerja Sama,Jenis Naskah,Tanggal,Masa Berlaku,Ruang Lingkup\n"
        "1,Pemerintah Kota Pekanbaru,Kesepakatan Bersama,5 September 2024,5 tahun,Perhubungan\n"
        "2,Kab. Rokan Hulu,PKS,1 Juli 2024,2 tahun,persampahan\n")
    record, _, problems = read_register(path)
    assert problems == []
    assert [(a["parties"], a["kind"], a["sectors"]) for a in record["agreements"]] == [
        (["14.01", "14.71"], "mou", ["perhubungan"]), (["14.01", "14.06"], "pks", ["lingkungan-hidup"])]


def test_a_folder_of_every_kind_of_source(data_dir):
    result = CliRunner().invoke(main, ["ingest", "--data", str(data_dir), str(SOURCES)])
    assert result.exit_code == 1, result.output  # bad rows and lines are reported
    assert "Read 4 files: 5 new records, 0 unchanged" in result.output
    records = [json.loads(p.read_text()) for p in (data_dir / "records").glob("*.json")]
    kinds = sorted(r["source"]["kind"] for r in records)
    assert kinds == ["article", "record", "record", "register", "register"]
    failed = [line for line in result.output.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 3 + 1 + 4  # skipped riau rows, skipped bengkulu row, export lines
    # rows that loaded with a note (a close match, an unknown sector) are notes, not failures
    assert "3 notes" in result.output and not any("Pekanbru" in line for line in failed)
    # The page's agreement and the register's are one: two sources, dates in conflict.
    [mou] = json.loads(CliRunner().invoke(main, ["agreements", "--data", str(data_dir), "--between",
                                                 "14.01", "14.71", "--kind", "mou",
                                                 "--format", "json"]).output)
    assert len(mou["sources"]) == 2 and mou["conflicts"] == [
        "signed_on: 2024-09-05 (kampar-pekanbaru-mou) / 2024-09-06 (register-riau row 5)"]


def test_a_data_file_with_comment_lines_is_read_as_a_register(tmp_path):
    from kerjasama.loaders.sniff import sniff_bytes

    text = ("# Data Kerja Sama Daerah Pemerintah Aceh\n# Diekspor: 12/02/2025 10:15 WIB\n"
            "no;jenis;pihak;objek;tgl_ttd\n"
            '1;KB;"Pemerintah Aceh; Pemerintah Provinsi Sumatera Utara";"Perhubungan";23/11/2021\n'
            '2;KB;"Pemerintah Aceh; Pemerintah Provinsi Riau";"Kepegawaian";08/01/2019\n'
            '3;KB;"Pemerintah Aceh; Pemerintah Provinsi Sumatera Barat";"Pariwisata";05/07/2023\n'
            "# Jumlah baris: 3\n")
    path = tmp_path / "data.txt"
    path.write_text(text, encoding="utf-8")
    assert sniff_bytes(text.encode(), "data.txt") == "csv"
    record, _, problems = read_register(path)
    assert problems == []
    assert sorted((a["parties"], a["signed_on"]) for a in record["agreements"]) == [
        (["11", "12"], "2021-11-23"), (["11", "13"], "2023-07-05"), (["11", "14"], "2019-01-08")]
