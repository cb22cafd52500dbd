"""Network views: which regions cooperate with which, as plain data ready to draw.

A view is a dict: the regions (nodes, sized by their agreements, coloured by
province), the pairs of regions that share agreements (edges, weighted by how
many), every agreement shown with its details (kind, date, sectors, parties,
signatories, sources), a legend of provinces and a title saying what is
shown. ``kerjasama.graph.view_html`` draws it as one HTML file.

The agreements come from ``kerjasama.queries.agreements`` (the same filters
as every question: sector, kind, since), so a view shows exactly what
``kerjasama agreements`` lists; the province filter and the neighbourhood of
a region (``depth`` steps of partnership) are applied here.

>>> regions = {"14": {"code": "14", "name": "Riau", "kind": "provinsi", "province": None},
...            "14.01": {"code": "14.01", "name": "Kab. Kampar", "kind": "kabupaten", "province": "14"},
...            "14.71": {"code": "14.71", "name": "Kota Pekanbaru", "kind": "kota", "province": "14"},
...            "13.02": {"code": "13.02", "name": "Kab. Solok", "kind": "kabupaten", "province": "13"}}
>>> rows = [{"id": "a1", "kind": "mou", "signed_on": "2024-05-02", "sectors": ["pertanian"],
...          "parties": ["14.01", "14.71"], "signatories": [], "sources": []},
...         {"id": "a2", "kind": "pks", "signed_on": None, "sectors": [],
...          "parties": ["13.02", "14.01"], "signatories": [], "sources": []}]
>>> view = build_view(rows, regions, region="14.71", depth=2)
>>> view["title"], view["counts"]
('Cooperation around Kota Pekanbaru (partners up to 2 steps away)', {'regions': 3, 'pairs': 2, 'agreements': 2})
>>> [(e["from"], e["to"], e["agreements"]) for e in view["edges"]]
[('13.02', '14.01', ['a2']), ('14.01', '14.71', ['a1'])]
"""
from __future__ import annotations

import colorsys
import re

import networkx as nx

from kerjasama.errors import InputError
from kerjasama.graph.layout import layout
from kerjasama.queries.projection import pairs

KIND_LABELS = {"plan": "Plan", "mou": "MoU", "pks": "PKS"}
_WEB_URL = re.compile(r"https?://[^\s/?#@]+(?:[/?#]\S*)?$", re.IGNORECASE)


def web_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) address, else None (no javascript:, data:, file: links).

    >>> web_url("https://example.id/berita?id=1")
    'https://example.id/berita?id=1'
    >>> web_url("javascript:alert(1)") is None, web_url(None) is None, web_url("http://") is None
    (True, True, True)
    """
    if not url:
        return None
    url = url.strip()
    return url if _WEB_URL.match(url) else None


def in_province(rows: list[dict], province: str, regions: dict[str, dict]) -> list[dict]:
    """The agreements with at least one party in ``province`` (a code), or the province itself.

    >>> in_province([{"parties": ["13.02", "17.06"]}], "17", {"17.06": {"province": "17"}})
    [{'parties': ['13.02', '17.06']}]
    """
    def inside(code):
        return code == province or (regions.get(code) or {}).get("province") == province

    return [a for a in rows if any(inside(c) for c in a["parties"])]


def pair_agreements(rows: list[dict]) -> dict[tuple[str, str], list[str]]:
    """For each pair of regions (codes, sorted), the ids of the agreements they share.

    >>> pair_agreements([{"id": "a", "parties": ["35.12", "35.09", "35.11"]}])[("35.09", "35.12")]
    ['a']
    """
    shared: dict[tuple[str, str], list[str]] = {}
    for a in rows:
        for pair in pairs(a["parties"] or ()):
            shared.setdefault(pair, []).append(a["id"])
    return shared


def province_colour(code: str | None) -> str:
    """A colour per province, the same in every view (hues spread by the golden angle).

    >>> province_colour("14") == province_colour("14"), province_colour("14") != province_colour("13")
    (True, True)
    """
    if not code:
        return "#888888"
    n = int(code.split(".")[0])
    hue = (n * 0.618033988749895) % 1.0
    light = 0.42 if n % 2 else 0.55
    r, g, b = colorsys.hls_to_rgb(hue, light, 0.65)
    return "#{:02x}{:02x}{:02x}".format(round(r * 255), round(g * 255), round(b * 255))


def _province_of(code: str, regions: dict[str, dict]) -> str:
    return (regions.get(code) or {}).get("province") or code.split(".")[0]


def filter_words(*, sector=None, kind=None, since=None) -> list[str]:
    """The filters of a view or chart in words.

    >>> filter_words(sector="pertanian", kind=["mou"], since="2024-01-01")
    ['sector Pertanian', 'MoU only', 'since 2024-01-01']
    """
    from kerjasama.loaders.sectors import sector as sector_info

    parts = []
    if sector:
        parts.append("sector " + ((sector_info(sector) or {}).get("name") or sector))
    if kind:
        kinds = [kind] if isinstance(kind, str) else list(kind)
        parts.append(" and ".join(KIND_LABELS.get(k, k) for k in kinds) + " only")
    if since:
        parts.append(f"since {since}")
    return parts


def view_title(regions: dict[str, dict], *, sector=None, kind=None, since=None, province=None,
               region=None, depth: int = 1) -> str:
    """What a view shows, in words; ``province`` and ``region`` are codes.

    >>> view_title({"14": {"name": "Riau"}}, province="14", sector="pertanian", kind="mou")
    'Cooperation involving Riau — sector Pertanian, MoU only'
    """
    if region:
        what = f"Cooperation around {(regions.get(region) or {}).get('name') or region}"
        if depth > 1:
            what += f" (partners up to {depth} steps away)"
    elif province:
        what = f"Cooperation involving {(regions.get(province) or {}).get('name') or province}"
    else:
        what = "Cooperation between regions: all of Indonesia"
    parts = filter_words(sector=sector, kind=kind, since=since)
    return what + (" — " + ", ".join(parts) if parts else "")


def agreement_date(a: dict) -> tuple[str | None, str | None]:
    """(ISO date, "signed" | "reported") of an agreement row: undated signings by first report.

    >>> agreement_date({"signed_on": None, "sources": [{"published": "2024-11-21"}]})
    ('2024-11-21', 'reported')
    """
    if a.get("signed_on"):
        return str(a["signed_on"])[:10], "signed"
    reported = sorted(str(s["published"])[:10] for s in a.get("sources", []) if s.get("published"))
    return (reported[0], "reported") if reported else (None, None)


def _agreement_view(a: dict, regions: dict[str, dict]) -> dict:
    from kerjasama.loaders.sectors import sector as sector_info

    def name(code):
        return (regions.get(code) or {}).get("name") or code

    date, dated_by = agreement_date(a)
    return {
        "id": a["id"],
        "kind": KIND_LABELS.get(a["kind"], a["kind"]),
        "date": date,
        "dated_by": dated_by,
        "title": a.get("title"),
        "parties": [name(c) for c in a["parties"]],
        "sectors": [(sector_info(s) or {}).get("name") or s for s in a["sectors"]],
        "signatories": [
            " ".join(p for p in (s.get("title"), s.get("name")) if p)
            + (f" ({name(s['region'])})" if s.get("region") else "")
            for s in a.get("signatories", [])
        ],
        "sources": [
            {"title": s.get("title") or s.get("path") or "(untitled source)",
             "url": web_url(s.get("url")),
             "published": str(s["published"])[:10] if s.get("published") else None}
            for s in a.get("sources", [])
        ],
    }


def build_view(rows: list[dict], regions: dict[str, dict], *, region: str | None = None,
               depth: int = 1, province: str | None = None, title: str | None = None) -> dict:
    """The network view of agreement ``rows`` (as ``queries.agreements`` returns them).

    ``regions`` maps codes to region rows. ``province`` (a code) keeps the
    agreements with a party in it; ``region`` (a code) keeps the regions up to
    ``depth`` steps of partnership from it. Returns ``{"title", "nodes",
    "edges", "agreements", "legend", "counts"}``: nodes carry ``id, label,
    kind, province, color, value`` (agreements), ``x, y``, ``focus`` and
    ``agreements`` (ids); edges ``from, to, value`` and ``agreements``.
    """
    if depth < 1:
        raise InputError(f"depth must be 1 or more, not {depth}")
    shown = in_province(rows, province, regions) if province else list(rows)
    shared = pair_agreements(shown)

    graph = nx.Graph()
    for a in shown:
        graph.add_nodes_from(a["parties"] or ())
    for (x, y), ids in shared.items():
        graph.add_edge(x, y, weight=len(ids))
    if region is not None:
        keep = set(nx.ego_graph(graph, region, radius=depth)) if region in graph else set()
        graph = graph.subgraph(keep).copy()
        graph.add_node(region)  # shown even with no agreements, so the view is not blank
        shared = {p: ids for p, ids in shared.items() if p[0] in graph and p[1] in graph}
        kept = {i for ids in shared.values() for i in ids}
        shown = [a for a in shown if a["id"] in kept]

    per_region: dict[str, list[str]] = {n: [] for n in graph}
    for a in shown:
        for code in a["parties"]:
            if code in per_region:
                per_region[code].append(a["id"])

    pos = layout(graph, lambda code: _province_of(code, regions))
    nodes, provinces = [], {}
    for code in sorted(graph):
        info = regions.get(code) or {"name": code, "kind": None}
        prov = _province_of(code, regions)
        provinces[prov] = provinces.get(prov, 0) + 1
        x, y = pos[code]
        nodes.append({
            "id": code, "label": info.get("name") or code, "kind": info.get("kind"),
            "province": (regions.get(prov) or {}).get("name") or prov,
            "color": province_colour(prov), "value": len(per_region[code]),
            "agreements": per_region[code], "x": round(x, 1), "y": round(y, 1),
            "focus": code == region,
        })
    edges = [{"from": x, "to": y, "value": len(ids), "agreements": ids}
             for (x, y), ids in sorted(shared.items())]
    legend = [{"province": (regions.get(p) or {}).get("name") or p, "code": p,
               "color": province_colour(p), "regions": n}
              for p, n in sorted(provinces.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {
        "title": title or view_title(regions, province=province, region=region, depth=depth),
        "nodes": nodes,
        "edges": edges,
        "agreements": {a["id"]: _agreement_view(a, regions) for a in shown},
        "legend": legend,
        "counts": {"regions": len(nodes), "pairs": len(edges), "agreements": len(shown)},
    }


def network_view(store, *, sector: str | None = None, kind=None, since=None,
                 province: str | None = None, region: str | None = None,
                 depth: int = 1) -> dict:
    """The network view of the graph in ``store``, filtered.

    ``sector`` a slug or name, ``kind`` plan|mou|pks, ``since`` an ISO date
    (undated agreements are then left out), ``province`` and ``region``
    names or codes, ``depth`` the steps of partnership shown around ``region``.

    >>> from kerjasama.queries.example import example_store
    >>> view = network_view(example_store(), region="Kab. Kampar")
    >>> view["title"], view["counts"]
    ('Cooperation around Kab. Kampar', {'regions': 2, 'pairs': 1, 'agreements': 3})
    """
    from kerjasama.queries.agreements import agreements
    from kerjasama.queries.filters import parse_date, parse_kinds
    from kerjasama.queries.regions import region_rows, resolve_region
    from kerjasama.queries.sector import resolve_sector

    slug = resolve_sector(sector) if sector else None
    kinds = parse_kinds(kind)
    since = parse_date(since, "since")
    province_code = resolve_region(province, kind="provinsi") if province else None
    region_code = resolve_region(region) if region else None
    rows = agreements(store, sector=slug, kind=kinds, since=since)
    regions = region_rows(store)
    title = view_title(regions, sector=slug, kind=kinds, since=since.isoformat() if since else None,
                       province=province_code, region=region_code, depth=depth)
    return build_view(rows, regions, region=region_code, depth=depth, province=province_code,
                      title=title)
