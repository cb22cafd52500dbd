"""The benchmark runner and its article generator (figures present, not their speed)."""
from __future__ import annotations

import doctest
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
FIGURES = {"extraction", "build", "neo4j load", "memory", "memory growth"}
QUESTIONS = {"sector", "partners", "agreements", "path", "central", "communities"}


def _module(name: str):
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


@pytest.mark.parametrize("name", ["articles", "run"])
def test_docstring_examples(name):
    result = doctest.testmod(_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_articles_name_real_regions_and_sectors():
    from kerjasama.loaders.regions import region
    from kerjasama.loaders.sectors import sector

    arts = _module("articles").generate(200, seed=3)
    kinds = set()
    for art in arts:
        for a in art["expected"]["agreements"]:
            assert a["parties"] == sorted(a["parties"]) and len(a["parties"]) >= 2
            assert all(region(code) for code in a["parties"])
            assert all(sector(slug) for slug in a["sectors"])
            kinds.add(a["kind"])
            for s in a["signatories"]:
                assert s["name"] in art["text"] or s["name"].split()[-1] in art["text"]
        for o in art["expected"]["officials"]:
            assert o["title"] in art["text"] and region(o["region"])
    assert kinds == {"plan", "mou", "pks"}
    assert sum("BACA JUGA" in a["text"] for a in arts) > 50
    assert sum(not a["expected"]["agreements"] for a in arts) > 5  # third-party agreements


@pytest.mark.slow
@pytest.mark.bolt
def test_tiny_run_reports_every_figure_with_its_baseline(tmp_path):
    proc = subprocess.run([sys.executable, str(BENCH / "run.py"), "--scale", "tiny", "--json"],
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout)
    by_name = {f["name"]: f for f in result["figures"]}
    questions = {n.split(" ")[1] for n in by_name if n.startswith("question ")}
    assert FIGURES <= set(by_name), sorted(by_name)
    assert QUESTIONS <= questions, sorted(questions)
    has_spacy = importlib.util.find_spec("spacy") is not None
    for name, f in by_name.items():
        assert f["value"] > 0, name
        if name == "extraction" and not has_spacy:
            assert f["baseline"] is None
            continue
        if not name.startswith("question "):
            assert f["baseline"] > 0 and f["ratio"] == pytest.approx(f["value"] / f["baseline"])
    assert by_name["build"]["merge_graph_equal"] is True
    assert result["machine"]["cpus"] >= 1
