"""A small example graph for the docstrings and for trying the questions out.

Eight agreements reported in five real articles (the project's sample and
test articles): Kab. Solok with Kab. Kepahiang, Kab. Kampar with Kota
Pekanbaru (an MoU and two PKS), Kota Kendari with two kabupaten, a plan
between Kab. Muara Enim and Kab. Rejang Lebong, and one MoU of three
kabupaten in Jawa Timur. Every region of the country is a node, as in a
graph built by ``kerjasama ingest``.

>>> store = example_store()
>>> store.run("MATCH (a:Agreement) RETURN count(a) AS n")
[{'n': 8}]
"""
from __future__ import annotations

import hashlib
import tempfile
from functools import lru_cache
from pathlib import Path

from kerjasama.graph.store import Tables

# (source, published, parties, kind, signed_on, sectors, signatories [(name, title, region)])
AGREEMENTS = [
    ("seed-000", "2024-11-19", ["13.02", "17.06"], "pks", "2024-11-15",
     ["kelautan-perikanan", "komunikasi-informatika", "koperasi-ukm", "pangan", "perdagangan",
      "pertanian"], []),
    ("seed-004", "2024-11-21", ["14.01", "14.71"], "mou", "2024-09-05", [],
     [("Hambali", "Pj Bupati", "14.01"), ("Risnandar Mahiwa", "Pj Wali Kota", "14.71")]),
    ("seed-004", "2024-11-21", ["14.01", "14.71"], "pks", "2024-09-05", ["perhubungan"], []),
    ("seed-004", "2024-11-21", ["14.01", "14.71"], "pks", "2024-09-05", ["lingkungan-hidup"], []),
    ("seed-002", None, ["16.03", "17.04"], "plan", None,
     ["kebudayaan", "pekerjaan-umum", "sosial"], []),
    ("a-003", None, ["74.05", "74.71"], "mou", "2021-10-21",
     ["kelautan-perikanan", "komunikasi-informatika", "pariwisata", "perdagangan",
      "perhubungan", "pertanian"],
     [("Rasyid", "Wakil Bupati", "74.05"), ("Sulkarnain Kadir", "Wali Kota", "74.71")]),
    ("a-003", None, ["74.09", "74.71"], "mou", "2021-10-21",
     ["kelautan-perikanan", "pariwisata", "perdagangan", "perhubungan", "pertanian"],
     [("Abu Haera", "Wakil Bupati", "74.09"), ("Sulkarnain Kadir", "Wali Kota", "74.71")]),
    ("b-001", None, ["35.09", "35.11", "35.12"], "mou", "2025-10-16", [],
     [("Abdul Hamid Wahid", "Bupati", "35.11"), ("Yusuf Rio Wahyu Prayogo", "Bupati", "35.12"),
      ("Muhammad Fawaid", "Bupati", "35.09")]),
]


def example_records() -> list[dict]:
    """The example as extraction records, one per article."""
    records: dict[str, dict] = {}
    for src, published, parties, kind, signed_on, slugs, signers in AGREEMENTS:
        record = records.setdefault(src, {
            "id": src, "published": published, "agreements": [], "officials": [],
            "source": {"id": hashlib.sha256(src.encode()).hexdigest(),
                       "path": f"articles/{src}.txt", "url": None, "title": f"Article {src}",
                       "kind": "article"},
            "extractor": "kerjasama/example",
        })
        record["agreements"].append({
            "parties": parties, "kind": kind, "signed_on": signed_on, "sectors": slugs,
            "signatories": [{"name": name, "region": code} for name, _, code in signers],
            "evidence": f"The {kind} reported in {src}.",
        })
        for name, title, code in signers:
            official = {"name": name, "title": title, "region": code,
                        "evidence": f"{title} {name}."}
            if official not in record["officials"]:
                record["officials"].append(official)
    return list(records.values())


def example_tables() -> Tables:
    """The example graph as the tables ``GraphStore.load`` takes."""
    from kerjasama.graph.build import build_tables

    return build_tables(example_records())


@lru_cache(maxsize=1)
def _example_path() -> Path:
    from kerjasama.graph.ladybug_store import LadybugStore

    path = Path(tempfile.mkdtemp(prefix="kerjasama-example-")) / "graph.lbug"
    store = LadybugStore(path)
    store.load(example_tables())
    store.close()
    return path


def example_store():
    """The example graph in an embedded store in a temporary folder (built once per process)."""
    from kerjasama.graph.ladybug_store import LadybugStore

    return LadybugStore(_example_path())
