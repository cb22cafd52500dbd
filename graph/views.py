"""Network views: which regions cooperate with which, as plain data ready to draw.

A view is a dict: the regions (nodes, sized by their agreements, coloured by
province), the pairs of regions that share agreements (edges, weighted by how
many), every agreement shown with its details (kind, date, sectors, parties,
signatories, sources), a legend of provinces and a title saying what is
shown. ``kerjasama.graph.view_html`` draws it as one HTML file.

The agreements are read with plain Cypher in the subset LadybugDB and Neo4j
share, then filtered in Python (by sector, kind, date, province, and around
one region), so every filter works the same on both stores.

>>> agreements = [
...     {"id": "a1", "kind": "mou", "date": dt.date(2024, 5, 2), "sectors": ["pertanian"],
...      "parties": ["14.01", "14.71"]},
...     {"id": "a2", "kind": "pks", "date": dt.date(2023, 1, 9), "sectors": ["pariwisata"],
...      "parties": ["14.01", "13.02"]},
... ]
>>> [a["id"] for a in select(agreements, sector="pertanian")]
['a1']
>>> [a["id"] for a in select(agreements, since="2024-01-01")]
['a1']
>>> pair_weights(agreements)[("13.02", "14.01")]
['a2']
"""
from __future__ import annotations

import colorsys
import datetime as dt
import itertools
from urllib.parse import urlparse

import networkx as nx

from kerjasama.errors import AmbiguousRegion, InputError, UnknownRegion
from kerjasama.graph.layout import layout
from kerjasama.graph.schema import KINDS

KIND_LABELS = {"plan": "Plan", "mou": "MoU", "pks": "PKS"}

# -- reading the graph ----------------------------------------------------

_AGREEMENTS = """
MATCH (a:Agreement)
RETURN a.id AS id, a.kind AS kind, a.signed_on AS signed_on, a.sectors AS sectors,
       a.title AS title
"""
_PARTIES = "MATCH (r:Region)-[:PARTY_TO]->(a:Agreement) RETURN a.id AS id, r.code AS code"
_SIGNATORIES = """
MATCH (o:Official)-[:SIGNED]->(a:Agreement)
RETURN a.id AS id, o.name AS name, o.title AS title, o.region AS region
"""
_SOURCES = """
MATCH (a:Agreement)-[:REPORTED_IN]->(s:Source)
RETURN a.id AS id, s.title AS title, s.url AS url, s.path AS path, s.published AS published
"""
_REGIONS = """
MATCH (r:Region)
RETURN r.code AS code, r.name AS name, r.kind AS kind, r.province AS province
"""


def _date(value) -> dt.date | None:
    # Neo4j returns its own Date type; LadybugDB a datetime.date.
    if value is None:
        return None
    if hasattr(value, "to_native"):
        value = value.to_native()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def web_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) address, else None (no javascript:, data:, file: links).

    >>> web_url("https://example.id/berita?id=1")
    'https://example.id/berita?id=1'
    >>> web_url("javascript:alert(1)") is None, web_url(None) is None
    (True, True)
    """
    if not url:
        return None
    try:
        parsed = urlparse(url.strip())
    except ValueError:
        return None
    if parsed.scheme.lower() in ("http", "https") and parsed.netloc:
        return url.strip()
    return None


def regions_in(store) -> dict[str, dict]:
    """Every region of the graph by code: ``{"code", "name", "kind", "province"}``."""
    return {r["code"]: r for r in store.run(_REGIONS)}


def agreements(store) -> list[dict]:
    """Every agreement with its parties, signatories and sources, as plain dicts.

    Each has ``id, kind, signed_on, date, sectors, title, parties`` (region
    codes), ``signatories`` (``name, title, region``) and ``sources``
    (``title, url, published``; url only when it is http or https). ``date``
    is the signing date, or when unknown the first report of the agreement,
    so undated signings still fall into a year.
    """
    parties, signatories, sources = {}, {}, {}
    for row in store.run(_PARTIES):
        parties.setdefault(row["id"], set()).add(row["code"])
    for row in store.run(_SIGNATORIES):
        signatories.setdefault(row["id"], []).append(
            {"name": row["name"], "title": row["title"], "region": row["region"]})
    for row in store.run(_SOURCES):
        sources.setdefault(row["id"], []).append({
            "title": row["title"] or row["path"] or row["url"] or "(untitled source)",
            "url": web_url(row["url"]),
            "published": _date(row["published"]),
        })
    result = []
    for row in store.run(_AGREEMENTS):
        aid = row["id"]
        srcs = sorted(sources.get(aid, []), key=lambda s: (s["published"] or dt.date.max, s["title"]))
        signed = _date(row["signed_on"])
        reported = [s["published"] for s in srcs if s["published"]]
        result.append({
            "id": aid,
            "kind": row["kind"],
            "signed_on": signed,
            "date": signed or (min(reported) if reported else None),
            "sectors": sorted(row["sectors"] or []),
            "title": row["title"],
            "parties": sorted(parties.get(aid, ())),
            "signatories": sorted(signatories.get(aid, []), key=lambda s: (s["region"] or "", s["name"])),
            "sources": srcs,
        })
    result.sort(key=lambda a: (a["date"] or dt.date.min, a["id"]))
    return result


# -- filters --------------------------------------------------------------

def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    text = str(value).strip()
    try:
        if len(text) == 4 and text.isdigit():
            return dt.date(int(text), 1, 1)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--since {text!r} is not a date (expected YYYY-MM-DD or YYYY)") from None


def select(agreements: list[dict], *, sector: str | None = None, kind: str | None = None,
           since=None, province: str | None = None, regions: dict | None = None) -> list[dict]:
    """The agreements that pass every given filter.

    ``sector`` a sector slug, ``kind`` plan|mou|pks, ``since`` a date (or
    ``YYYY-MM-DD`` / ``YYYY``; undated agreements are left out), ``province``
    a province code: agreements with at least one party in that province
    (``regions`` maps codes to region dicts, for the parties' provinces).

    >>> a = [{"id": "x", "kind": "mou", "date": None, "sectors": [], "parties": ["14.01"]}]
    >>> select(a, province="14", regions={"14.01": {"province": "14"}}) == a
    True
    """
    if kind is not None and kind not in KINDS:
        raise InputError(f"unknown agreement kind {kind!r} (expected one of {', '.join(KINDS)})")
    since = _as_date(since)
    regions = regions or {}

    def in_province(code):
        return code == province or (regions.get(code) or {}).get("province") == province

    kept = []
    for a in agreements:
        if sector is not None and sector not in a["sectors"]:
            continue
        if kind is not None and a["kind"] != kind:
            continue
        if since is not None and (a["date"] is None or a["date"] < since):
            continue
        if province is not None and not any(in_province(c) for c in a["parties"]):
            continue
        kept.append(a)
    return kept


def pair_weights(agreements: list[dict]) -> dict[tuple[str, str], list[str]]:
    """For each pair of regions (codes, sorted), the ids of the agreements they share.

    An agreement of three regions links each of its three pairs.
    """
    pairs: dict[tuple[str, str], list[str]] = {}
    for a in agreements:
        for x, y in itertools.combinations(sorted(set(a["parties"])), 2):
            pairs.setdefault((x, y), []).append(a["id"])
    return pairs


# -- names ----------------------------------------------------------------

def _resolve(name: str, regions: dict[str, dict], *, province_only: bool = False) -> str:
    """The code of the region called ``name`` (or with that code) among ``regions``."""
    text = name.strip()
    if text in regions:
        return text
    code = None
    try:
        from kerjasama.loaders.gazetteer import resolve  # the full set of spellings
    except ImportError:
        resolve = None
    if resolve is not None:
        try:
            found = resolve(text)
        except (UnknownRegion, AmbiguousRegion):
            found = None
        if isinstance(found, dict):
            found = found.get("code")
        if found:
            code = found
    if code is None:
        folded = text.casefold()
        matches = [c for c, r in regions.items() if (r.get("name") or "").casefold() == folded]
        if province_only:
            matches = [c for c in matches if regions[c].get("kind") == "provinsi"]
        if len(matches) > 1:
            raise AmbiguousRegion(name, matches)
        if not matches:
            raise UnknownRegion(f"no region called {name!r} in the graph")
        code = matches[0]
    if province_only and (regions.get(code) or {}).get("kind") != "provinsi":
        raise InputError(f"{name!r} is not a province")
    return code


# -- the view -------------------------------------------------------------

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


def _title(*, sector, kind, since, province, region, depth, regions) -> str:
    from kerjasama.loaders.sectors import sector as sector_info

    if region:
        what = f"Cooperation around {regions[region]['name']}"
        if depth > 1:
            what += f" (partners up to {depth} steps away)"
    elif province:
        what = f"Cooperation involving {regions[province]['name']}"
    else:
        what = "Cooperation between regions: all of Indonesia"
    parts = []
    if sector:
        parts.append("sector " + ((sector_info(sector) or {}).get("name") or sector))
    if kind:
        parts.append(KIND_LABELS.get(kind, kind) + " only")
    if since:
        parts.append(f"since {_as_date(since).isoformat()}")
    return what + (" — " + ", ".join(parts) if parts else "")


def _agreement_view(a: dict, regions: dict[str, dict]) -> dict:
    from kerjasama.loaders.sectors import sector as sector_info

    def name(code):
        return (regions.get(code) or {}).get("name") or code

    return {
        "id": a["id"],
        "kind": KIND_LABELS.get(a["kind"], a["kind"]),
        "date": a["date"].isoformat() if a["date"] else None,
        "dated_by": "signed" if a.get("signed_on") else ("reported" if a["date"] else None),
        "title": a.get("title"),
        "parties": [name(c) for c in a["parties"]],
        "sectors": [(sector_info(s) or {}).get("name") or s for s in a["sectors"]],
        "signatories": [
            " ".join(p for p in (s.get("title"), s.get("name")) if p)
            + (f" ({name(s['region'])})" if s.get("region") else "")
            for s in a.get("signatories", [])
        ],
        "sources": [
            {"title": s["title"], "url": web_url(s.get("url")),
             "published": s["published"].isoformat() if s.get("published") else None}
            for s in a.get("sources", [])
        ],
    }


def build_view(agreements: list[dict], regions: dict[str, dict], *, sector=None, kind=None,
               since=None, province=None, region=None, depth: int = 1) -> dict:
    """The network view of ``agreements`` after the filters, as plain data.

    ``region`` / ``province`` are names or codes; ``depth`` is how many steps
    of partnership around ``region`` to show. Returns ``{"title", "nodes",
    "edges", "agreements", "legend", "counts"}``: nodes carry ``id, label,
    province, color, value`` (agreements), ``x, y`` and ``agreements`` (ids);
    edges ``from, to, value`` and ``agreements``.

    >>> regions = {"14": {"code": "14", "name": "Riau", "kind": "provinsi", "province": None},
    ...            "14.01": {"code": "14.01", "name": "Kab. Kampar", "kind": "kabupaten", "province": "14"},
    ...            "14.71": {"code": "14.71", "name": "Kota Pekanbaru", "kind": "kota", "province": "14"}}
    >>> a = [{"id": "a1", "kind": "mou", "date": dt.date(2024, 5, 2), "sectors": ["pertanian"],
    ...       "parties": ["14.01", "14.71"], "signatories": [], "sources": []}]
    >>> view = build_view(a, regions, region="Kab. Kampar")
    >>> view["title"], view["counts"]
    ('Cooperation around Kab. Kampar', {'regions': 2, 'pairs': 1, 'agreements': 1})
    """
    if depth < 1:
        raise InputError(f"--depth must be 1 or more, not {depth}")
    province_code = _resolve(province, regions, province_only=True) if province else None
    region_code = _resolve(region, regions) if region else None
    shown = select(agreements, sector=sector, kind=kind, since=since, province=province_code,
                   regions=regions)
    pairs = pair_weights(shown)

    graph = nx.Graph()
    for a in shown:
        graph.add_nodes_from(a["parties"])
    for (x, y), ids in pairs.items():
        graph.add_edge(x, y, weight=len(ids))
    if region_code is not None:
        keep = set(nx.ego_graph(graph, region_code, radius=depth)) if region_code in graph else set()
        graph = graph.subgraph(keep).copy()
        graph.add_node(region_code)  # shown even with no agreements, so the view is not blank
        pairs = {p: ids for p, ids in pairs.items() if p[0] in graph and p[1] in graph}
        shown_ids = {i for ids in pairs.values() for i in ids}
        shown = [a for a in shown if a["id"] in shown_ids]

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
            "focus": code == region_code,
        })
    edges = [{"from": x, "to": y, "value": len(ids), "agreements": ids}
             for (x, y), ids in sorted(pairs.items())]
    legend = [{"province": (regions.get(p) or {}).get("name") or p, "code": p,
               "color": province_colour(p), "regions": n}
              for p, n in sorted(provinces.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {
        "title": _title(sector=sector, kind=kind, since=since, province=province_code,
                        region=region_code, depth=depth, regions=regions),
        "nodes": nodes,
        "edges": edges,
        "agreements": {a["id"]: _agreement_view(a, regions) for a in shown},
        "legend": legend,
        "counts": {"regions": len(nodes), "pairs": len(edges), "agreements": len(shown)},
    }


def network_view(store, **filters) -> dict:
    """The network view of the graph in ``store``; ``filters`` as for ``build_view``."""
    return build_view(agreements(store), regions_in(store), **filters)
