"""Views fed hostile records end to end: records file -> ingest -> `kerjasama view` -> page.

tests/test_views.py checks escaping of agreement and source titles and a
javascript: source URL on graphs made directly; here the same holds for
officials' names, odd URL spellings and values that went through the whole
pipeline.
"""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

import chromium
from kerjasama.cli import main
from kerjasama.graph.views import web_url

EVIL = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
CLOSER = "</script><script>window.pwned=4</script>"

BAD_URLS = [
    "javascript:window.pwned = 3",
    "JavaScript:window.pwned = 3",
    "  javascript:window.pwned = 3",
    "java\tscript:window.pwned = 3",
    "data:text/html,<script>window.pwned = 5</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/x",
    "http://user@evil.example/",
    "https://",
    "https://x.example/ onmouseover=alert(1)",
]


@pytest.mark.parametrize("url", BAD_URLS)
def test_only_http_and_https_addresses_become_links(url):
    assert web_url(url) is None


def test_plain_web_addresses_stay():
    assert web_url("https://berita.example.id/2024/09/05/kampar?x=1#p") == \
        "https://berita.example.id/2024/09/05/kampar?x=1#p"
    assert web_url(" http://riau.example.id/a ") == "http://riau.example.id/a"


def _hostile_records() -> list[dict]:
    records = []
    for i, url in enumerate(BAD_URLS + [f"https://berita.example.id/{CLOSER}"]):
        records.append({
            "id": f"evil-{i}", "published": "2024-09-06",
            "source": {"url": url, "title": f"{EVIL} {i}"},
            "agreements": [{
                "parties": ["14.01", "14.71"], "kind": "mou", "signed_on": "2024-09-05",
                "sectors": ["pertanian"], "title": EVIL + CLOSER,
                "signatories": [{"name": f"{EVIL} Hambali", "region": "14.01"}]}],
            "officials": [{"name": f"{EVIL} Hambali", "title": f"Pj Bupati {CLOSER}",
                           "region": "14.01"}],
        })
    return records


@pytest.fixture
def page(tmp_path):
    source = tmp_path / "evil.json"
    source.write_text(json.dumps(_hostile_records()), encoding="utf-8")
    data = tmp_path / "data"
    result = CliRunner().invoke(main, ["ingest", "--data", str(data), str(source)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "view.html"
    result = CliRunner().invoke(main, ["view", "--data", str(data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_the_page_source_holds_no_live_markup_from_records(page):
    html = page.read_text("utf-8")
    assert "<script>window.pwned" not in html and "<img src=x" not in html
    assert "</script><script>window.pwned" not in html
    data = json.loads(re.search(r'<script type="application/json" id="view-data">(.*?)</script>',
                                html, re.S).group(1))
    urls = [s["url"] for a in data["agreements"].values() for s in a["sources"]]
    assert len(urls) == len(BAD_URLS) + 1
    assert [u for u in urls if u] == [f"https://berita.example.id/{CLOSER}"]
    agreement = next(iter(data["agreements"].values()))
    assert agreement["title"] == EVIL + CLOSER  # kept as the text it is, inside the data
    assert any(f"{EVIL} Hambali" in s for s in agreement["signatories"])


@pytest.mark.browser
@pytest.mark.skipif(not chromium.available(), reason="needs chromium, chromedriver and selenium")
def test_in_the_browser_hostile_names_are_text_and_nothing_runs(page):
    from test_views import _click_node

    with chromium.browser() as driver:
        chromium.open_drawn(driver, page)
        _click_node(driver, "14.01")
        details = driver.find_element("id", "details")
        assert f"{EVIL} Hambali" in details.text  # shown as the text it is
        assert driver.execute_script("return typeof window.pwned") == "undefined"
        hrefs = [a.get_attribute("href") for a in driver.find_elements("tag name", "a")]
        assert hrefs and all(h.startswith(("http://", "https://")) for h in hrefs), hrefs
