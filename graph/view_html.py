"""A network view as one self-contained HTML file: pyvis data, the project's own page.

pyvis 0.3.2 links Bootstrap and vis-network from CDNs even with
``cdn_resources="in_line"`` and writes node titles into the page as markup.
Planners open these files offline and share them, and the texts come from
news articles, so the page here is the project's own template
(``templates/network.html``): vis-network's script and style are inlined from
the copy pyvis ships, every text reaches the page as JSON and is put into the
document with ``textContent``, links are kept only for http(s) addresses,
and a Content-Security-Policy lets only the page's own scripts run and
nothing be fetched.

Positions come from a layout computed in Python and physics is off, so even
the national view draws at once and stays still.

>>> view = {"title": "<b>t</b>", "nodes": [], "edges": [], "agreements": {}, "legend": [],
...         "counts": {"regions": 0, "pairs": 0, "agreements": 0}}
>>> page = to_html(view)
>>> "<b>t</b>" in page, "&lt;b&gt;t&lt;/b&gt;" in page
(False, True)
>>> import re; re.search(r"<(?:link|script|img|iframe)[^>]*(?:src|href)=", page) is None
True
"""
from __future__ import annotations

import secrets
from functools import lru_cache
from html import escape
from importlib import resources
from pathlib import Path

import jinja2
from pyvis.network import Network

VIS_DIR = "lib/vis-9.1.2"


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    lib = resources.files("pyvis").joinpath(VIS_DIR)
    js = lib.joinpath("vis-network.min.js").read_text("utf-8")
    css = lib.joinpath("vis-network.css").read_text("utf-8")
    # Inlined verbatim: a closing tag inside would end the element early.
    if "</script" in js.lower() or "</style" in css.lower():
        raise RuntimeError("vis-network asset contains a closing tag; cannot inline it")
    return js, css


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("kerjasama.graph", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    return env.get_template("network.html")


def vis_options(n_nodes: int) -> dict:
    """vis-network options: positions fixed by the layout, sizes scaled by agreements."""
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": n_nodes > 200,
                        "navigationButtons": False, "keyboard": True},
        "nodes": {
            "shape": "dot",
            "scaling": {"min": 7, "max": 38,
                        "label": {"enabled": True, "min": 11, "max": 22, "drawThreshold": 7}},
            "font": {"face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
        },
        "edges": {
            "smooth": False,
            "color": {"color": "#8a8f98", "highlight": "#222222", "hover": "#222222",
                      "opacity": 0.55},
            "scaling": {"min": 1, "max": 9},
        },
    }


def to_network(view: dict) -> Network:
    """The view as a pyvis ``Network`` (nodes, edges and options), for pyvis users."""
    net = Network(heading=view["title"], cdn_resources="in_line")
    for n in view["nodes"]:
        net.add_node(n["id"], label=n["label"], color=n["color"], value=n["value"],
                     x=n["x"], y=n["y"], physics=False)
    # Assigned directly: pyvis's add_edge scans every edge per call (quadratic).
    net.edges = [{"from": e["from"], "to": e["to"], "value": e["value"]} for e in view["edges"]]
    net.options = vis_options(len(view["nodes"]))
    return net


def to_html(view: dict) -> str:
    """The view as a complete HTML page that needs nothing but a browser."""
    net = to_network(view)
    nodes, edges, _heading, _h, _w, _opts = net.get_network_data()
    vis_js, vis_css = _vis_assets()
    # The page draws from the view itself (its extra fields: province, agreements),
    # with pyvis's nodes and edges checked to match.
    assert len(nodes) == len(view["nodes"]) and len(edges) == len(view["edges"])
    return _template().render(
        title=view["title"],
        counts=view["counts"],
        legend=view["legend"],
        data={k: view[k] for k in ("nodes", "edges", "agreements")},
        options=net.options,
        vis_js=vis_js,
        vis_css=vis_css,
        nonce=secrets.token_urlsafe(16),
    )


def write_html(view: dict, path: str | Path) -> Path:
    """Write the view to ``path`` (parent folders made as needed); returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(to_html(view), encoding="utf-8")
    tmp.replace(path)
    return path


class InlineView:
    """A view shown inside a notebook: the page in a sandboxed iframe."""

    def __init__(self, view: dict, height: int = 620):
        self.page = to_html(view)
        self.height = height

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{escape(self.page, quote=True)}" '
                f'style="width: 100%; height: {self.height}px; border: 1px solid #ddd" '
                'sandbox="allow-scripts allow-popups"></iframe>')


def inline(view: dict, height: int = 620) -> InlineView:
    """The view for a notebook cell: ``inline(network_view(store, sector="pertanian"))``."""
    return InlineView(view, height=height)
