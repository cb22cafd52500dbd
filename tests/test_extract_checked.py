"""The extractor on articles written after its rules, as a check that the rules are general.

tests/data/checked holds short articles in the style of regional news with
hand-made records: new regions, people and phrasings (passive signings,
guests, per-pair scopes, follow-up PKS still to come, a sister city, an MoU
with a university and BPJS, a joint document of four regions).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kerjasama.loaders.extract import extract_file
from kerjasama.loaders.names import same_person

CHECKED = Path(__file__).resolve().parent / "data" / "checked"
ARTICLES = sorted(p.stem for p in CHECKED.glob("*.txt"))


def _gold(name):
    return json.loads((CHECKED / f"{name}.json").read_text("utf-8"))


def _agreements(record):
    return sorted((tuple(a["parties"]), a["kind"], a["signed_on"]) for a in record["agreements"])


def test_there_are_checked_articles():
    assert len(ARTICLES) >= 15


@pytest.mark.parametrize("name", ARTICLES)
def test_parties_kinds_and_dates(name):
    assert _agreements(extract_file(CHECKED / f"{name}.txt")) == _agreements(_gold(name))


@pytest.mark.parametrize("name", ARTICLES)
def test_officials(name):
    got, want = extract_file(CHECKED / f"{name}.txt")["officials"], _gold(name)["officials"]
    missing = [w for w in want
               if not any(g["region"] == w["region"] and same_person(g["name"], w["name"])
                          for g in got)]
    extra = [g for g in got
             if not any(g["region"] == w["region"] and same_person(g["name"], w["name"])
                        for w in want)]
    assert (missing, extra) == ([], [])
