"""Network views, their HTML page and the charts.

The browser tests open the written page in headless Chromium with no
network and read what vis-network drew from the page itself.
"""
from __future__ import annotations

import datetime as dt
import re
import struct
import time

import pytest
from click.testing import CliRunner

import chromium
from synthetic import national_agreements, tables_for

from kerjasama.cli import main
from kerjasama.graph.charts import by_year, charts
from kerjasama.graph.ladybug_store import LadybugStore
from kerjasama.graph.view_html import to_html, write_html
from kerjasama.graph.views import network_view
from kerjasama.loaders.regions import regions

needs_browser = pytest.mark.skipif(not chromium.available(),
                                   reason="needs chromium, chromedriver and selenium")

EVIL = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'

SMALL = [
    # Kab. Kampar and Kota Pekanbaru (Riau): an MoU and a PKS; Kampar with Kab. Solok (Sumbar).
    {"parties": ["14.01", "14.71"], "kind": "mou", "signed_on": dt.date(2024, 9, 5),
     "sectors": ["perhubungan", "pertanian"],
     "signatories": [("Hambali", "Pj Bupati", "14.01"), ("Risnandar Mahiwa", "Pj Wali Kota", "14.71")],
     "sources": [{"title": "Kampar dan Pekanbaru teken MoU", "url": "https://berita.example.id/1",
                  "published": dt.date(2024, 9, 6)}]},
    {"parties": ["14.01", "14.71"], "kind": "pks", "signed_on": dt.date(2025, 2, 1),
     "sectors": ["perhubungan"], "sources": []},
    {"parties": ["13.02", "14.01"], "kind": "pks", "signed_on": dt.date(2022, 3, 1),
     "sectors": ["pertanian"], "sources": []},
    # Kota Solok with Kab. Solok Selatan, undated plan reported in 2023.
    {"parties": ["13.72", "13.11"], "kind": "plan", "signed_on": None, "sectors": ["pariwisata"],
     "sources": [{"title": "Rencana kerja sama wisata", "url": None,
                  "published": dt.date(2023, 4, 2)}]},
]


def _store(tmp_path, agreements, name="graph.lbug"):
    store = LadybugStore(tmp_path / name)
    store.load(tables_for(agreements))
    return store


@pytest.fixture
def small_store(store):
    """The small graph on every store backend (embedded, Bolt, Neo4j when configured)."""
    store.load(tables_for(SMALL))
    return store


@pytest.fixture
def small_graph(tmp_path):
    """The small graph in the embedded store, for the page and chart tests."""
    with _store(tmp_path, SMALL) as store:
        yield store


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    """The 552-region synthetic graph, its agreements and the pairs they make."""
    agreements = national_agreements()
    path = tmp_path_factory.mktemp("national")
    with _store(path, agreements) as store:
        view = network_view(store)
    pairs = {tuple(sorted(p)) for a in agreements for p in [a["parties"]]}
    return {"agreements": agreements, "view": view, "pairs": pairs, "dir": path}


# -- view data ---------------------------------------------------------------

def test_view_counts_match_the_graph(small_store):
    view = network_view(small_store)
    assert view["counts"] == {"regions": 5, "pairs": 3, "agreements": 4}
    sizes = {n["label"]: n["value"] for n in view["nodes"]}
    assert sizes == {"Kab. Kampar": 3, "Kota Pekanbaru": 2, "Kab. Solok": 1, "Kota Solok": 1,
                     "Kab. Solok Selatan": 1}
    weights = {(e["from"], e["to"]): e["value"] for e in view["edges"]}
    assert weights == {("14.01", "14.71"): 2, ("13.02", "14.01"): 1, ("13.11", "13.72"): 1}


def test_filters_sector_kind_since_province(small_store):
    assert network_view(small_store, sector="pertanian")["counts"]["agreements"] == 2
    assert network_view(small_store, kind="pks")["counts"] == {"regions": 3, "pairs": 2,
                                                                "agreements": 2}
    # Undated agreements drop out once a date is asked for, as in every question.
    assert network_view(small_store, since="2024")["counts"]["agreements"] == 2
    riau = network_view(small_store, province="Riau")
    assert riau["title"] == "Cooperation involving Riau"
    # The Sumbar partner of a Riau region stays, Sumbar's own pair does not.
    assert {n["label"] for n in riau["nodes"]} == {"Kab. Kampar", "Kota Pekanbaru", "Kab. Solok"}


def test_region_and_depth(small_store):
    one = network_view(small_store, region="Kota Pekanbaru")
    assert {n["id"] for n in one["nodes"]} == {"14.01", "14.71"}
    assert [n["id"] for n in one["nodes"] if n["focus"]] == ["14.71"]
    two = network_view(small_store, region="14.71", depth=2)
    assert {n["id"] for n in two["nodes"]} == {"13.02", "14.01", "14.71"}
    assert two["title"] == "Cooperation around Kota Pekanbaru (partners up to 2 steps away)"
    alone = network_view(small_store, region="Kab. Agam")
    assert alone["counts"] == {"regions": 1, "pairs": 0, "agreements": 0}


def test_tooltip_data_lists_the_agreements(small_store):
    view = network_view(small_store, region="Kab. Kampar")
    edge = next(e for e in view["edges"] if (e["from"], e["to"]) == ("14.01", "14.71"))
    shown = [view["agreements"][i] for i in edge["agreements"]]
    mou = next(a for a in shown if a["kind"] == "MoU")
    assert mou["date"] == "2024-09-05" and mou["dated_by"] == "signed"
    assert mou["sectors"] == ["Perhubungan", "Pertanian"]
    assert mou["signatories"] == ["Pj Bupati Hambali (Kab. Kampar)",
                                  "Pj Wali Kota Risnandar Mahiwa (Kota Pekanbaru)"]
    assert mou["sources"] == [{"title": "Kampar dan Pekanbaru teken MoU",
                               "url": "https://berita.example.id/1", "published": "2024-09-06"}]
    plan = network_view(small_store, region="Kota Solok")["agreements"]
    assert [(a["date"], a["dated_by"]) for a in plan.values()] == [("2023-04-02", "reported")]


def test_national_view_has_every_region(national):
    view = national["view"]
    assert view["counts"]["regions"] == len(regions()) == 552
    assert view["counts"]["pairs"] == len(national["pairs"])
    assert view["counts"]["agreements"] == len(national["agreements"])
    assert len(view["legend"]) == 38
    positions = {(n["x"], n["y"]) for n in view["nodes"]}
    assert len(positions) == 552  # no two regions drawn on top of each other


# -- the page ------------------------------------------------------------------

def test_page_is_self_contained(national):
    page = to_html(national["view"])
    tags = re.findall(r"<(?:script|link|img|iframe|object|embed|source)\b[^>]*>", page, re.I)
    assert tags and not [t for t in tags if re.search(r"\b(?:src|href)\s*=", t, re.I)]
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "unpkg" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_page_source_escapes_article_text(tmp_path):
    hostile = [{"parties": ["14.01", "14.71"], "kind": "mou", "signed_on": dt.date(2024, 1, 2),
                "sectors": ["pertanian"], "title": EVIL,
                "sources": [{"title": EVIL, "url": "javascript:alert(1)",
                             "published": dt.date(2024, 1, 3)}]}]
    with _store(tmp_path, hostile) as store:
        view = network_view(store)
    assert view["agreements"][next(iter(view["agreements"]))]["sources"][0]["url"] is None
    page = to_html(view)
    assert "<script>window.pwned" not in page and "<img src=x" not in page
    assert "javascript:alert" not in page


# -- in the browser ------------------------------------------------------------

DRAWN = ("var n = window.kerjasamaNetwork; return [n.body.nodeIndices.length, "
         "n.body.edgeIndices.length, performance.getEntriesByType('resource').length];")


@pytest.fixture(scope="module")
def browser():
    if not chromium.available():
        pytest.skip("needs chromium, chromedriver and selenium")
    with chromium.browser() as driver:
        yield driver


@pytest.mark.browser
@needs_browser
def test_national_view_draws_offline(national, browser, tmp_path):
    path = write_html(national["view"], tmp_path / "national.html")
    start = time.monotonic()
    chromium.open_drawn(browser, path)
    drawn = time.monotonic() - start
    nodes, edges, fetched = browser.execute_script(DRAWN)
    assert (nodes, edges) == (552, len(national["pairs"]))
    assert fetched == 0  # nothing was requested: the page needs no network
    assert drawn < 10
    # Frozen: nothing moves after the first drawing.
    first = browser.execute_script("return window.kerjasamaNetwork.getPositions(['14.01'])")
    time.sleep(0.5)
    assert browser.execute_script("return window.kerjasamaNetwork.getPositions(['14.01'])") == first


@pytest.mark.browser
@needs_browser
def test_region_view_draws_filtered(small_graph, browser, tmp_path):
    view = network_view(small_graph, region="Kab. Kampar", kind="pks")
    chromium.open_drawn(browser, write_html(view, tmp_path / "kampar.html"))
    assert browser.execute_script(DRAWN)[:2] == [3, 2]
    assert browser.find_element("id", "title").text == "Cooperation around Kab. Kampar — PKS only"


def _click_node(driver, node_id):
    from selenium.webdriver.common.action_chains import ActionChains

    canvas = driver.find_element("css selector", "#network canvas")
    x, y, w, h = driver.execute_script(
        "var n = window.kerjasamaNetwork, p = n.canvasToDOM(n.getPositions([arguments[0]])[arguments[0]]);"
        "var c = document.querySelector('#network canvas');"
        "return [p.x, p.y, c.clientWidth, c.clientHeight];", node_id)
    ActionChains(driver).move_to_element_with_offset(canvas, int(x - w / 2), int(y - h / 2)) \
        .pause(0.4).click().perform()


@pytest.mark.browser
@needs_browser
def test_article_text_shows_and_runs_nothing(tmp_path, browser):
    hostile = [{"parties": ["14.01", "14.71"], "kind": "mou", "signed_on": dt.date(2024, 1, 2),
                "sectors": ["pertanian"], "title": EVIL,
                "sources": [{"title": EVIL, "url": "javascript:window.pwned = 3",
                             "published": dt.date(2024, 1, 3)},
                            {"title": "Berita asli", "url": "https://berita.example.id/7",
                             "published": dt.date(2024, 1, 4)}]}]
    with _store(tmp_path, hostile) as store:
        view = network_view(store)
    chromium.open_drawn(browser, write_html(view, tmp_path / "evil.html"))
    _click_node(browser, "14.01")
    details = browser.find_element("id", "details")
    assert EVIL in details.text  # shown as the text it is
    tip = browser.find_element("id", "tip")
    assert EVIL in tip.get_attribute("textContent")  # the hover card too
    assert browser.execute_script("return typeof window.pwned") == "undefined"
    assert browser.execute_script("return document.querySelectorAll('#details img, #details script, "
                                  "#tip img, #tip script').length") == 0
    links = [a.get_attribute("href") for a in details.find_elements("tag name", "a")]
    assert links == ["https://berita.example.id/7"]


# -- charts and commands --------------------------------------------------------

def _png_size(path):
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_charts(small_graph, tmp_path):
    paths = charts(small_graph, tmp_path / "charts")
    assert [p.name for p in paths] == ["timeline.png", "sectors-by-province.png"]
    for path in paths:
        width, height = _png_size(path)
        assert width > 300 and height > 200


def test_by_year_counts_undated_signings_when_reported(small_graph):
    from kerjasama.queries.agreements import agreements

    assert by_year(agreements(small_graph)) == {
        2022: {"plan": 0, "mou": 0, "pks": 1}, 2023: {"plan": 1, "mou": 0, "pks": 0},
        2024: {"plan": 0, "mou": 1, "pks": 0}, 2025: {"plan": 0, "mou": 0, "pks": 1}}


def test_view_and_charts_commands(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    LadybugStore(data / "graph.lbug").load(tables_for(SMALL))
    runner = CliRunner()
    out = tmp_path / "kampar.html"
    result = runner.invoke(main, ["view", "--data", str(data), "--out", str(out),
                                  "--region", "Kab. Kampar", "--depth", "2", "--sector", "pertanian"])
    assert result.exit_code == 0, result.output
    assert "3 regions, 2 pairs of partners, 2 agreements" in result.output
    assert out.read_text().startswith("<!DOCTYPE html>")
    result = runner.invoke(main, ["view", "--data", str(data), "--out", str(out), "--region", "Solok"])
    assert result.exit_code != 0 and "13.02 (Kab. Solok), 13.72 (Kota Solok)" in result.output
    result = runner.invoke(main, ["view", "--data", str(data), "--out", str(out), "--since", "soon"])
    assert result.exit_code != 0 and "Traceback" not in result.output and "soon" in result.output
    result = runner.invoke(main, ["charts", "--data", str(data), "--out", str(tmp_path / "c"),
                                  "--province", "Riau"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == ["sectors-by-province.png",
                                                                 "timeline.png"]
    result = runner.invoke(main, ["view", "--data", str(tmp_path / "none"), "--out", str(out)])
    assert result.exit_code != 0 and "kerjasama ingest" in result.output


@pytest.mark.browser
@needs_browser
def test_inline_view_draws_in_its_frame(small_graph, browser, tmp_path):
    from kerjasama.graph.view_html import inline

    page = tmp_path / "notebook-cell.html"
    page.write_text("<!DOCTYPE html><html><body>" + inline(network_view(small_graph))._repr_html_()
                    + "</body></html>", encoding="utf-8")
    browser.get(page.as_uri())
    from selenium.webdriver.support.ui import WebDriverWait

    browser.switch_to.frame(browser.find_element("tag name", "iframe"))
    try:
        WebDriverWait(browser, 30).until(lambda d: d.execute_script(
            "return document.body && document.body.getAttribute('data-drawn') === 'true'"))
        assert browser.execute_script(DRAWN)[:2] == [5, 3]
    finally:
        browser.switch_to.default_content()
