"""Bad input: every kind of file a planner might feed `kerjasama ingest`, and fuzzing.

Each bad file gets one line naming it and the problem, no traceback; the good
files still go in; the exit code says something failed. Articles in another
encoding are decoded, not refused; articles in another language give a record
with no agreements.
"""
from __future__ import annotations

import json
import re
import shutil
import string
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gold import DEV
from kerjasama.cli import main
from kerjasama.errors import InputError
from kerjasama.graph.ladybug_store import LadybugStore
from kerjasama.loaders.extract import extract_text
from kerjasama.loaders.jsonl import validate_record
from kerjasama.loaders.records import RecordStore, content_id
from kerjasama.loaders.sources import MAX_BYTES, normalise_text, read_source

SEED = (DEV / "seed-000.txt").read_text("utf-8")
"""A dev article with one agreement (Kab. Solok and Kab. Mukomuko)."""

CP1252_LEAD = "Café “kerja sama” – Désirée’s catatan\n\n"

HTML_WITH_SCRIPTS = """<!DOCTYPE html><html><head>
<title>Pemkab <script>alert(1)</script> Kampar</title>
<script>var leaked = 'SCRIPT-BODY-MARKER';</script></head><body>
<article><h1>Kampar dan Pekanbaru Teken Kesepakatan</h1>
<p>Pemerintah Kabupaten Kampar dan Pemerintah Kota Pekanbaru menandatangani Kesepakatan
Bersama tentang kerja sama di bidang pertanian dan perhubungan, Rabu (5/9/2024).</p>
<script>document.write('INLINE-MARKER')</script>
<p onclick="steal()">Penandatanganan dilakukan oleh Pj Bupati Kampar Hambali dan Pj Wali Kota
Pekanbaru Risnandar Mahiwa di Pekanbaru.</p></article></body></html>
"""


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _failed_lines(output: str) -> dict[str, str]:
    lines = [ln for ln in output.splitlines() if ln.startswith("failed: ")]
    out = {}
    for line in lines:
        path, _, reason = line[len("failed: "):].partition(": ")
        assert Path(path).name not in out, f"two lines for one file: {line}"
        out[Path(path).name] = reason
    return out


@pytest.fixture
def bad_folder(tmp_path):
    folder = tmp_path / "masuk"
    folder.mkdir()
    for name in ("a-003.txt", "b-001.txt"):
        shutil.copy(DEV / name, folder / name)
    (folder / "kosong.txt").write_bytes(b"")
    (folder / "spasi.txt").write_bytes(b" \n\t\n  \r\n")
    (folder / "acak.bin").write_bytes(bytes(range(256)) * 8)
    (folder / "gambar.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "dokumen.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    with open(folder / "raksasa.txt", "wb") as fh:  # sparse: costs no disk
        fh.truncate(MAX_BYTES + 1024)
    (folder / "windows.txt").write_bytes((CP1252_LEAD + SEED).encode("cp1252"))
    (folder / "latin1.txt").write_bytes(("Catatan Señora Müller\n\n" + SEED.translate(
        {0x2013: "-", 0x2014: "-", 0x201c: '"', 0x201d: '"', 0x2018: "'", 0x2019: "'"}))
        .encode("latin-1"))
    (folder / "english.txt").write_text(
        "The city council of Springfield approved the budget on Monday. The mayor signed a "
        "memorandum of understanding with Shelbyville on waste management.\n", "utf-8")
    (folder / "tionghoa.txt").write_text("北京市和上海市签署了合作协议，涉及交通与农业。\n" * 30, "utf-8")
    (folder / "halaman.html").write_text(HTML_WITH_SCRIPTS, "utf-8")
    (folder / "register-rusak.csv").write_text(
        "No;Perihal;Para Pihak;Jenis;Tanggal\n"
        '1;"Kesepakatan air bersih;Kab. Kampar, Kota Pekanbaru;MoU;5/9/2024\n'
        "2;PKS perhubungan;Kab. Kampar, Kota Pekanbaru;PKS;6/9/2024\n", "utf-8")
    (folder / "bukan-record.json").write_text('{"hello": "world", "n": [1, 2, 3]}', "utf-8")
    (folder / "angka.json").write_text("[1, 2, 3]", "utf-8")
    (folder / "null.json").write_text("null", "utf-8")
    (folder / "rusak.jsonl").write_text('{"id": "x", "agreements": [}\nbukan json\n', "utf-8")
    (folder / "dalam.json").write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    workbook = (Path(__file__).parent / "data" / "sources" / "register-bengkulu.xlsx").read_bytes()
    (folder / "terpotong.xlsx").write_bytes(workbook[:len(workbook) // 2])
    return folder


BAD = {"kosong.txt": "empty", "spasi.txt": "no text", "acak.bin": "not a text article",
       "gambar.png": "not a text article", "dokumen.pdf": "not a text article",
       "raksasa.txt": "too large", "register-rusak.csv": "broken quoting",
       "bukan-record.json": "not a record", "angka.json": "not a record",
       "null.json": "not a record", "rusak.jsonl": "not JSON",
       "terpotong.xlsx": "not a readable XLSX workbook", "dalam.json": "nested too deeply"}


def test_each_bad_file_gets_one_line_and_the_good_ones_go_in(bad_folder, data_dir):
    result = _run("ingest", "--data", data_dir, bad_folder)
    assert result.exit_code == 1
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)
    failed = _failed_lines(result.output)
    assert set(failed) == set(BAD), result.output
    for name, phrase in BAD.items():
        assert phrase in failed[name], (name, failed[name])
    assert "Read 20 files: 7 new records" in result.output

    records = {Path(r["source"]["path"]).name: r for r in RecordStore(data_dir).all()}
    assert set(records) == {"a-003.txt", "b-001.txt", "windows.txt", "latin1.txt",
                            "english.txt", "tionghoa.txt", "halaman.html"}
    # Other languages: read, nothing found, nothing invented.
    assert records["english.txt"]["agreements"] == records["tionghoa.txt"]["agreements"] == []
    with LadybugStore(data_dir / "graph.lbug") as store:
        n = store.run("MATCH (a:Agreement) RETURN count(a) AS n")[0]["n"]
    assert n >= 3


def test_windows_1252_and_latin_1_articles_are_decoded_not_refused(bad_folder, data_dir):
    _run("ingest", "--data", data_dir, bad_folder)
    store = RecordStore(data_dir)
    by_name = {Path(r["source"]["path"]).name: r for r in store.all()}
    text = store.text(by_name["windows.txt"]["source"]["id"])
    assert text.startswith("Café “kerja sama” – Désirée’s catatan")
    assert "Señora Müller" in store.text(by_name["latin1.txt"]["source"]["id"])
    # The same agreement as the UTF-8 original: decoding lost nothing the extractor needs.
    original = extract_text(SEED, id="seed-000")
    for name in ("windows.txt", "latin1.txt"):
        got = by_name[name]["agreements"]
        assert [(a["parties"], a["kind"]) for a in got] == [
            (a["parties"], a["kind"]) for a in original["agreements"]], name


def test_scripts_in_a_page_are_not_text(bad_folder, data_dir):
    _run("ingest", "--data", data_dir, bad_folder)
    store = RecordStore(data_dir)
    (record,) = [r for r in store.all() if r["source"]["path"].endswith("halaman.html")]
    text = store.text(record["source"]["id"])
    assert "SCRIPT-BODY-MARKER" not in text and "INLINE-MARKER" not in text
    assert "steal()" not in text
    assert "Kesepakatan" in text
    assert [a["parties"] for a in record["agreements"]] == [["14.01", "14.71"]]


def test_a_folder_holding_the_data_folder_does_not_ingest_it(tmp_path):
    # `kerjasama ingest .` next to the default ./kerjasama-data.
    work = tmp_path / "kerja"
    work.mkdir()
    shutil.copy(DEV / "a-003.txt", work / "a-003.txt")
    data = work / "kerjasama-data"
    assert _run("ingest", "--data", data, work).exit_code == 0
    again = _run("ingest", "--data", data, work)
    assert again.exit_code == 0, again.output
    assert "Read 1 file: 0 new records, 1 unchanged, 0 failed." in again.output


def test_a_file_that_vanishes_or_cannot_be_read_is_one_line(tmp_path, data_dir):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(DEV / "a-003.txt", folder / "a-003.txt")
    (folder / "subfolder.txt").mkdir()  # a folder named like a file: walked, empty
    locked = folder / "terkunci.txt"
    locked.write_text(SEED, "utf-8")
    locked.chmod(0)
    try:
        result = _run("ingest", "--data", data_dir, folder, tmp_path / "hilang.txt")
    finally:
        locked.chmod(0o644)
    failed = _failed_lines(result.output)
    assert "No such file" in failed["hilang.txt"]
    import os

    if os.geteuid() != 0:  # root reads anything
        assert "Permission denied" in failed["terkunci.txt"]
    assert result.exit_code == 1


# -- fuzzing ----------------------------------------------------------------------------

WORDS = ["Pemkab", "Pemkot", "Pemprov", "Kabupaten", "Kota", "Kab.", "Bupati", "Wali Kota",
         "Gubernur", "Pj", "Plt", "Sekda", "Kampar", "Pekanbaru", "Solok", "Solok Selatan",
         "Muko-Muko", "Sumbar", "Jabar", "Riau", "dan", "dengan", "menandatangani", "MoU",
         "Kesepakatan Bersama", "Perjanjian Kerja Sama", "PKS", "kerja sama", "bidang",
         "pertanian", "pariwisata", "kesehatan", "Rabu", "(26/04/24)", "5 September 2024",
         "Jumat, 15 November 2024", "BACA JUGA:", "di Hotel Yello, Kota Jambi", "Dr. H.",
         "S.Sos, M.Si", ",", ".", "\n", "\n\n", "-", "“", "”", "(", ")", "/", "2024", "31/02/2024"]

article_like = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)),
                        max_size=80).map(" ".join)


def _check_record(record: dict, text: str) -> None:
    assert isinstance(record, dict)
    json.dumps(record, ensure_ascii=False)  # storable
    validate_record(record)  # the record shape, region codes and sector slugs


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_the_extractor_never_raises_on_any_text(text):
    _check_record(extract_text(text, id="fuzz"), text)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_like)
def test_the_extractor_never_raises_on_article_like_text(text):
    _check_record(extract_text(text, id="fuzz"), text)


SUFFIXES = ["", ".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv", ".xlsx", ".bin"]
PREFIXES = [b"", b"<html><body><p>", b"{", b"[", b'{"id": "x", "agreements": [', b"PK\x03\x04",
            b"\xef\xbb\xbf", b"No;Para Pihak;Jenis;Tanggal\n", b"%PDF", b"\xff\xfe"]


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=3000),
       suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_through_the_file_reader_are_read_or_refused_with_a_named_reason(
        tmp_path, prefix, body, suffix):
    path = tmp_path / f"berkas{suffix}"
    path.write_bytes(prefix + body)
    try:
        docs, problems = read_source(path)
    except InputError as err:
        message = str(err)
        assert str(path) in message and "\n" not in message and "Traceback" not in message
        return
    assert all(isinstance(p, str) and "\n" not in p for p in problems)
    for doc in docs:
        if "record" in doc:
            _check_record(doc["record"], doc.get("text") or "")
        else:
            assert doc["text"] and doc["text"] == doc["text"].strip()
            content_id(doc["text"])
            _check_record(extract_text(doc["text"], id=doc["id"], source=doc["source"]),
                          doc["text"])


@pytest.mark.slow
@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.text(alphabet=string.ascii_letters + string.digits + "-_ ",
                              min_size=1, max_size=20), min_size=1, max_size=4, unique=True),
       blobs=st.lists(st.binary(max_size=400) | article_like.map(str.encode), min_size=1,
                      max_size=4))
def test_ingest_of_arbitrary_files_reports_and_never_crashes(tmp_path_factory, names, blobs):
    folder = tmp_path_factory.mktemp("fuzz")
    for name, blob in zip(names, blobs):
        (folder / f"{name.strip() or 'x'}.txt").write_bytes(blob)
    result = _run("ingest", "--data", folder.parent / (folder.name + "-data"), folder)
    assert result.exit_code in (0, 1), result.output
    assert not result.exception or isinstance(result.exception, SystemExit), result.exception
    assert re.search(r"^Read \d+ files?: ", result.output, re.M)


@pytest.mark.parametrize("where", ["file", "proc"])
def test_a_data_folder_that_cannot_be_made_is_one_line(tmp_path, where):
    blocker = tmp_path / "berkas.txt"
    blocker.write_text("bukan folder", "utf-8")
    data = blocker / "data" if where == "file" else Path("/proc/kerjasama-data")
    for args in (["ingest", DEV / "a-003.txt"], ["rebuild"],
                 ["cypher", "MATCH (r:Region) RETURN count(r) AS n"]):
        result = _run(args[0], "--data", data, *args[1:])
        assert result.exit_code == 1, result.output
        # A reader finds no graph there before it would make anything.
        start = f"Error: no graph in {data}: " if args[0] == "cypher" else f"Error: {data}"
        assert result.output.startswith(start) and result.output.count("\n") == 1, \
            result.output
        assert isinstance(result.exception, SystemExit)


def test_utf16_articles_and_registers_are_read(tmp_path, data_dir):
    # Notepad's and Excel's "Unicode" text: UTF-16 with a byte order mark.
    import csv
    import io

    folder = tmp_path / "unicode"
    folder.mkdir()
    (folder / "seed-le.txt").write_bytes(SEED.encode("utf-16"))  # BOM + little-endian
    (folder / "seed-be.txt").write_bytes(b"\xfe\xff" + SEED.encode("utf-16-be"))
    rows = list(csv.reader(io.StringIO(
        (Path(__file__).parent / "data" / "sources" / "register-riau.csv").read_text("utf-8"))))
    tabbed = io.StringIO()
    csv.writer(tabbed, delimiter="\t", lineterminator="\r\n").writerows(rows)
    (folder / "register-riau.txt").write_bytes(tabbed.getvalue().encode("utf-16"))

    result = _run("ingest", "--data", data_dir, folder)
    assert "Read 3 files: 2 new records, 1 unchanged" in result.output, result.output
    by_kind = {}
    for record in RecordStore(data_dir).all():
        by_kind.setdefault(record["source"]["kind"], []).append(record)
    (article,) = by_kind["article"]
    assert RecordStore(data_dir).text(article["source"]["id"]) == normalise_text(SEED)
    assert article["source"]["id"] == content_id(normalise_text(SEED))
    (register,) = by_kind["register"]
    assert len(register["agreements"]) == 6
