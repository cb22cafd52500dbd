"""The record store: durable records and texts, content ids, the writer lock."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from gold import DEV, gold_record
from kerjasama.errors import InputError, StoreBusy
from kerjasama.loaders.records import RecordStore, content_id


def test_put_get_all_remove(data_dir):
    store = RecordStore(data_dir)
    a, b = gold_record("b-001"), gold_record("b-002")
    text_a = (DEV / "b-001.txt").read_text("utf-8")
    assert store.put(a, text_a) is True
    assert store.put(b) is True
    assert store.put(a, text_a) is False
    sid = a["source"]["id"]
    assert (data_dir / "records" / f"{sid}.json").is_file()
    assert (data_dir / "sources" / f"{sid}.txt").read_text("utf-8") == text_a
    assert store.get(sid) == a
    assert store.text(sid) == text_a
    assert [r["id"] for r in store.all()] == [r["id"] for r in sorted(
        [a, b], key=lambda r: r["source"]["id"])]
    assert sid in store and len(store) == 2
    assert store.remove(sid) is True
    assert store.remove(sid) is False
    assert store.get(sid) is None and store.text(sid) is None
    assert [r["id"] for r in store.all()] == ["b-002"]


def test_a_changed_record_replaces_the_old_one(data_dir):
    store = RecordStore(data_dir)
    record = gold_record("a-014")
    store.put(record)
    record["agreements"][0]["kind"] = "pks"
    assert store.put(record) is True
    assert store.get(record["source"]["id"])["agreements"][0]["kind"] == "pks"
    assert len(store) == 1


def test_text_must_match_the_source_id(data_dir):
    store = RecordStore(data_dir)
    with pytest.raises(InputError, match="does not match"):
        store.put(gold_record("a-014"), "another text")
    with pytest.raises(InputError, match="no source id"):
        store.put({"id": "x", "agreements": [], "officials": []})
    assert len(store) == 0


def test_leftover_temp_files_are_ignored_and_cleaned(data_dir):
    store = RecordStore(data_dir)
    store.put(gold_record("a-014"))
    # What a writer killed between write and rename leaves behind.
    junk = data_dir / "records" / f".{'0' * 64}.json.abc.tmp"
    junk.write_text("{half a rec")
    assert len(store.all()) == 1
    store.put(gold_record("a-015"))
    assert not junk.exists()


def test_an_unreadable_record_names_its_file(data_dir):
    store = RecordStore(data_dir)
    record = gold_record("a-014")
    store.put(record)
    store.record_path(record["source"]["id"]).write_text("{not json")
    with pytest.raises(InputError, match=record["source"]["id"]):
        store.all()


def test_content_id_is_sha256_of_the_text():
    assert content_id("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_second_writer_in_the_same_process_is_busy(data_dir):
    first, second = RecordStore(data_dir), RecordStore(data_dir)
    with first.writing():
        with pytest.raises(StoreBusy, match="busy"):
            second.put(gold_record("a-014"))
        first.put(gold_record("a-014"))  # the holder writes on (the lock is re-entrant)
    assert second.put(gold_record("a-015")) is True


def test_second_writer_process_is_busy_at_once(data_dir):
    store = RecordStore(data_dir)
    script = textwrap.dedent(f"""
        import time
        from kerjasama.errors import StoreBusy
        from kerjasama.loaders.records import RecordStore
        try:
            with RecordStore({str(data_dir)!r}).writing():
                print("got it")
        except StoreBusy as err:
            print("busy:", err)
    """)
    with store.writing():
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                             timeout=30)
    assert out.stdout.startswith("busy:"), out.stderr
    assert str(data_dir) in out.stdout
    # A killed holder releases the lock: the kernel drops flock locks with the process.
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from kerjasama.loaders.records import RecordStore
        with RecordStore({str(data_dir)!r}).writing():
            print("holding", flush=True)
            time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(StoreBusy):
            store.put(gold_record("a-014"))
        holder.kill()
        holder.wait(timeout=30)
        assert store.put(gold_record("a-014")) is True
    finally:
        holder.kill()
        holder.wait(timeout=30)
