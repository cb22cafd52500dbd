"""Screenshots of the network views for the README (``make screenshots``).

Draws the synthetic national graph (all 552 regions) and one region's
neighbourhood in headless Chromium with no network, and saves
``national-view.png`` and ``region-view.png`` into the folder given (docs/).
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import chromium  # noqa: E402
from synthetic import national_agreements, tables_for  # noqa: E402

from kerjasama.graph.ladybug_store import LadybugStore  # noqa: E402
from kerjasama.graph.view_html import write_html  # noqa: E402
from kerjasama.graph.views import network_view  # noqa: E402

REGION = "Kab. Kampar"


def main(out_dir: str = "docs") -> list[Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="kerjasama-screens-"))
    with LadybugStore(work / "graph.lbug") as store:
        store.load(tables_for(national_agreements()))
        views = {"national-view": network_view(store),
                 "region-view": network_view(store, region=REGION, depth=2)}
    written = []
    with chromium.browser(width=1400, height=860) as driver:
        for name, view in views.items():
            chromium.open_drawn(driver, write_html(view, work / f"{name}.html"))
            if name == "region-view":
                # Show the side panel as a planner sees it after clicking the region.
                driver.execute_script(
                    "var n = window.kerjasamaNetwork, id = arguments[0];"
                    "n.selectNodes([id]); n.emit('click', {nodes: [id], edges: []});",
                    next(n["id"] for n in view["nodes"] if n["focus"]))
            time.sleep(0.5)
            path = out / f"{name}.png"
            driver.save_screenshot(str(path))
            written.append(path)
    return written


if __name__ == "__main__":
    for path in main(*sys.argv[1:]):
        print(path)
