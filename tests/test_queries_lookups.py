"""sector, partners, agreements and path on the graph of the dev articles' gold records."""
from __future__ import annotations

import pytest
from question_graphs import gold  # noqa: F401  (fixture)
from synthetic import tables_for

from kerjasama.errors import AmbiguousRegion, InputError, UnknownRegion
from kerjasama.queries.agreements import agreements
from kerjasama.queries.partners import partners
from kerjasama.queries.path import chain, path
from kerjasama.queries.sector import sector


def test_sector_pairs_most_agreements_first(gold):
    assert sector(gold, "pariwisata") == [
        {"regions": ["51", "82"], "names": ["Bali", "Maluku Utara"], "agreements": 1,
         "kinds": ["pks"]},
        {"regions": ["53.10", "53.19"], "names": ["Kab. Manggarai", "Kab. Manggarai Timur"],
         "agreements": 1, "kinds": ["mou"]},
        {"regions": ["74.05", "74.71"], "names": ["Kab. Konawe Selatan", "Kota Kendari"],
         "agreements": 1, "kinds": ["mou"]},
        {"regions": ["74.09", "74.71"], "names": ["Kab. Konawe Utara", "Kota Kendari"],
         "agreements": 1, "kinds": ["mou"]},
    ]


def test_sector_filters_and_names(gold):
    assert [r["regions"] for r in sector(gold, "Perdagangan", kind="pks")] == [
        ["13.02", "17.06"], ["73", "96"]]
    assert [r["regions"] for r in sector(gold, "perdagangan", since="2024-07-10")] == [
        ["13.02", "17.06"], ["73.05", "73.13"]]
    assert sector(gold, "statistik") == []
    with pytest.raises(InputError, match="unknown sector 'farming'"):
        sector(gold, "farming")


def test_sector_counts_every_pair_of_a_multiparty_agreement(store):
    store.load(tables_for([
        {"parties": ["35.09", "35.11", "35.12"], "kind": "mou", "signed_on": None,
         "sectors": ["pariwisata"]},
        {"parties": ["35.09", "35.11"], "kind": "pks", "signed_on": None,
         "sectors": ["pariwisata"]},
    ]))
    assert [(r["regions"], r["agreements"], r["kinds"]) for r in sector(store, "pariwisata")] == [
        (["35.09", "35.11"], 2, ["mou", "pks"]),
        (["35.09", "35.12"], 1, ["mou"]),
        (["35.11", "35.12"], 1, ["mou"]),
    ]


def test_partners(gold):
    assert partners(gold, "Maluku Utara") == [
        {"region": "51", "name": "Bali", "agreements": 4,
         "sectors": ["komunikasi-informatika", "pariwisata"]},
        {"region": "81", "name": "Maluku", "agreements": 1, "sectors": ["perencanaan"]},
    ]
    assert partners(gold, "82", kind="pks") == [
        {"region": "51", "name": "Bali", "agreements": 3,
         "sectors": ["komunikasi-informatika", "pariwisata"]}]
    assert partners(gold, "82", sector="pariwisata") == [
        {"region": "51", "name": "Bali", "agreements": 1, "sectors": ["pariwisata"]}]
    assert [p["region"] for p in partners(gold, "Kab. Kulon Progo")] == ["33.06", "33.08"]
    assert partners(gold, "Kab. Solok") == [
        {"region": "17.06", "name": "Kab. Muko Muko", "agreements": 1,
         "sectors": ["kelautan-perikanan", "komunikasi-informatika", "koperasi-ukm", "pangan",
                     "perdagangan", "pertanian"]}]
    assert partners(gold, "Kota Solok") == []


def test_partners_of_an_ambiguous_or_unknown_region(gold):
    with pytest.raises(AmbiguousRegion) as err:
        partners(gold, "Solok")
    assert err.value.candidates == ["13.02", "13.72"]
    with pytest.raises(UnknownRegion):
        partners(gold, "Narnia")
    with pytest.raises(UnknownRegion):
        partners(gold, "99.99")


def test_agreements_between_two_regions(gold):
    rows = agreements(gold, between=["Kota Pekanbaru", "Kab. Kampar"])
    assert [(a["id"], a["kind"], a["signed_on"], a["sectors"]) for a in rows] == [
        ("mou-2024-09-05-14.01+14.71", "mou", "2024-09-05", []),
        ("pks-2024-09-05-14.01+14.71", "pks", "2024-09-05", ["lingkungan-hidup"]),
        ("pks-2024-09-05-14.01+14.71-2", "pks", "2024-09-05", ["perhubungan"]),
    ]
    assert rows[0]["parties"] == ["14.01", "14.71"]
    assert rows[0]["names"] == ["Kab. Kampar", "Kota Pekanbaru"]
    assert rows[0]["signatories"] == [
        {"name": "Hambali", "title": "Pj Bupati", "region": "14.01"},
        {"name": "Risnandar Mahiwa", "title": "Pj Walikota", "region": "14.71"}]
    assert [(s["path"], s["published"]) for s in rows[0]["sources"]] == [
        ("seed-004.txt", "2024-11-21")]
    assert rows[1]["signatories"] == []


def test_agreements_one_signing_two_sources(gold):
    [row] = agreements(gold, since="2025-01-01")
    assert row["parties"] == ["35.09", "35.11", "35.12"]
    assert [s["path"] for s in row["sources"]] == ["b-001.txt", "b-002.txt"]
    assert [s["name"] for s in row["signatories"]] == [
        "Muhammad Fawaid", "Abdul Hamid Wahid", "Yusuf Rio Wahyu Prayogo"]


def test_agreements_filters(gold):
    assert [a["id"] for a in agreements(gold, region="82")] == [
        "mou-2017-04-06-81+82", "mou-undated-51+82", "pks-undated-51+82",
        "pks-undated-51+82-2", "pks-undated-51+82-3"]
    assert [a["id"] for a in agreements(gold, kind="plan")] == ["plan-undated-16.03+17.04"]
    assert [a["id"] for a in agreements(gold, sector="pertanian", until="2020-12-31")] == [
        "mou-2016-06-28-32.04+32.73"]
    assert [a["id"] for a in agreements(gold, region="Kota Kendari", kind=["mou", "pks"],
                                        since="2021", until="2021-10-21")] == [
        "mou-2021-10-21-74.05+74.71", "mou-2021-10-21-74.09+74.71"]
    assert len(agreements(gold)) == 22
    assert len(agreements(gold, limit=5)) == 5
    with pytest.raises(InputError, match="not a date"):
        agreements(gold, since="kemarin")
    with pytest.raises(InputError, match="kind 'moa'"):
        agreements(gold, kind="moa")


def test_path_through_a_broker(gold):
    steps = path(gold, "Maluku", "Bali")
    assert [(s["step"], s["from"], s["to"], s["from_name"], s["to_name"]) for s in steps] == [
        (1, "81", "82", "Maluku", "Maluku Utara"),
        (2, "82", "51", "Maluku Utara", "Bali"),
    ]
    assert steps[0]["agreements"] == [{"id": "mou-2017-04-06-81+82", "kind": "mou",
                                       "signed_on": "2017-04-06", "sectors": ["perencanaan"]}]
    assert [a["id"] for a in steps[1]["agreements"]] == [
        "mou-undated-51+82", "pks-undated-51+82", "pks-undated-51+82-2", "pks-undated-51+82-3"]
    assert [(s["from"], s["to"]) for s in path(gold, "Kab. Purworejo", "Kab. Magelang")] == [
        ("33.06", "34.01"), ("34.01", "33.08")]


def test_path_none(gold):
    assert path(gold, "Kab. Solok", "Kota Kendari") == []
    assert path(gold, "82", "82") == []
    assert [s["to"] for s in path(gold, "14.01", "14.71")] == ["14.71"]


def test_chain_ends_hops_and_missing_regions(store):
    from kerjasama.queries.example import example_tables

    store.load(example_tables())
    # Kab. Konawe Selatan - Kota Kendari - Kab. Konawe Utara, two MoUs.
    assert chain(store, "74.05", "74.09") == ["74.05", "74.71", "74.09"]
    assert chain(store, "74.09", "74.05") == ["74.09", "74.71", "74.05"]
    assert chain(store, "14.01", "14.71") == ["14.01", "14.71"]
    assert chain(store, "13.02", "14.71") is None  # no chain
    assert chain(store, "74.05", "74.09", max_hops=1) is None  # too far
    assert chain(store, "99.99", "74.09") is None  # no such region
    assert chain(store, "74.05", "74.05") is None


def test_among_equally_short_chains_the_smallest_codes(store):
    # From 11 to 14 in three steps: 11-12-16-14, 11-13-15-14 and 11-13-16-14; from 14
    # to 11 the same chains backwards. 11-17-18-19-14 is longer. The agreements are
    # written in an order that favours none of them.
    links = [("13", "15"), ("11", "13"), ("16", "14"), ("15", "14"), ("13", "16"),
             ("12", "16"), ("11", "12"), ("11", "17"), ("17", "18"), ("18", "19"),
             ("19", "14")]
    store.load(tables_for([{"parties": list(p), "kind": "mou", "signed_on": None,
                            "sectors": []} for p in links]))
    assert chain(store, "11", "14") == ["11", "12", "16", "14"]
    assert chain(store, "14", "11") == ["14", "15", "13", "11"]
    assert chain(store, "11", "14", max_hops=2) is None
    assert chain(store, "17", "14") == ["17", "18", "19", "14"]
    assert chain(store, "17", "15") == ["17", "11", "13", "15"]
    assert [(s["from"], s["to"], len(s["agreements"])) for s in path(store, "12", "15")] == [
        ("12", "11", 1), ("11", "13", 1), ("13", "15", 1)]
