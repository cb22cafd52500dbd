"""Where to draw each region of a network view, computed once in Python.

The browser then draws at once and nothing drifts (no physics to settle).
Small views get a spring layout. Large ones (a province with its partners,
the whole country) are drawn like the map: each province is a ring of its
regions placed at the province's rough position (longitude, latitude), so a
planner finds Jawa Timur where Jawa Timur is, and clusters pushed apart where
they would overlap.

>>> pos = layout(nx.path_graph(["13.02", "17.06", "14.01"]), lambda c: c.split(".")[0])
>>> sorted(pos), all(isinstance(v, float) for xy in pos.values() for v in xy)
(['13.02', '14.01', '17.06'], True)
"""
from __future__ import annotations

import math
from typing import Callable

import networkx as nx

# Rough centres (longitude, latitude) of the 38 provinces, by Kemendagri code.
PROVINCE_LONLAT: dict[str, tuple[float, float]] = {
    "11": (96.8, 4.4), "12": (99.0, 2.2), "13": (100.5, -0.8), "14": (101.8, 0.5),
    "15": (103.0, -1.6), "16": (104.2, -3.3), "17": (102.3, -3.8), "18": (105.0, -5.0),
    "19": (106.4, -2.4), "21": (104.8, 1.0), "31": (106.8, -6.2), "32": (107.6, -6.9),
    "33": (110.2, -7.2), "34": (110.4, -7.9), "35": (112.6, -7.6), "36": (106.1, -6.4),
    "51": (115.2, -8.4), "52": (117.4, -8.6), "53": (121.8, -9.4), "61": (110.5, 0.0),
    "62": (113.5, -1.7), "63": (115.3, -3.0), "64": (116.6, 0.5), "65": (116.4, 3.0),
    "71": (124.6, 1.0), "72": (121.4, -1.4), "73": (120.0, -4.0), "74": (122.3, -4.1),
    "75": (122.6, 0.7), "76": (119.3, -2.5), "81": (129.0, -3.3), "82": (127.8, 1.0),
    "91": (139.5, -2.5), "92": (133.8, -1.3), "93": (139.8, -7.2), "94": (136.4, -3.6),
    "95": (138.9, -4.2), "96": (131.6, -0.9),
}
PIXELS_PER_DEGREE = 150
SMALL = 150  # views up to this many regions get a plain spring layout


def _spring(graph: nx.Graph, scale: float, seed: int = 7) -> dict[str, tuple[float, float]]:
    if graph.number_of_nodes() == 1:
        return {n: (0.0, 0.0) for n in graph}
    pos = nx.spring_layout(graph, weight="weight", seed=seed, iterations=80, scale=scale)
    return {n: (float(x), float(y)) for n, (x, y) in pos.items()}


def _components(graph: nx.Graph, gap: float = 90.0) -> dict[str, tuple[float, float]]:
    """A spring layout per connected part, the parts packed in rows, largest first.

    One spring layout of separate parts flings them to the edges and squeezes
    each pair into a point; packing keeps every part readable.
    """
    parts = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c))
    placed = []
    for part in parts:
        r = 0.0 if len(part) == 1 else 110 + 60 * math.sqrt(len(part))
        placed.append((part, r, _spring(graph.subgraph(part), scale=r) if r else {part[0]: (0.0, 0.0)}))
    width = max(2 * max(r for _, r, _ in placed) + gap,
                math.sqrt(sum((2 * r + gap) ** 2 for _, r, _ in placed)) * 1.3)
    pos, x, y, row = {}, 0.0, 0.0, 0.0
    for part, r, local in placed:
        size = 2 * r + gap
        if x > 0 and x + size > width:
            x, y, row = 0.0, y + row, 0.0
        for node, (px, py) in local.items():
            pos[node] = (x + size / 2 + px, y + size / 2 + py)
        x, row = x + size, max(row, size)
    return pos


def _separate(centres: dict, radius: dict, rounds: int = 200) -> dict:
    """Push apart clusters (circles) that overlap, a little at a time."""
    pts = {k: list(v) for k, v in centres.items()}
    keys = sorted(pts)
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                dx, dy = pts[b][0] - pts[a][0], pts[b][1] - pts[a][1]
                dist = math.hypot(dx, dy) or 1e-6
                gap = radius[a] + radius[b] + 12 - dist
                if gap > 0:
                    ux, uy = dx / dist, dy / dist
                    pts[a][0] -= ux * gap / 2
                    pts[a][1] -= uy * gap / 2
                    pts[b][0] += ux * gap / 2
                    pts[b][1] += uy * gap / 2
                    moved = True
        if not moved:
            break
    return {k: (v[0], v[1]) for k, v in pts.items()}


def layout(graph: nx.Graph, province_of: Callable[[str], str]) -> dict[str, tuple[float, float]]:
    """Positions (x, y in screen units, y down) for every node of ``graph``.

    ``province_of(code)`` gives the province code of a region code.
    """
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    if n <= SMALL:
        return _components(graph)
    groups: dict[str, list[str]] = {}
    for node in graph:
        groups.setdefault(province_of(node), []).append(node)
    radius = {p: 15 + 11 * len(members) for p, members in groups.items()}
    lon0, lat0 = 118.0, -2.5
    centres = {}
    for i, p in enumerate(sorted(groups)):
        lon, lat = PROVINCE_LONLAT.get(p, (95.0 + 2 * i, -11.0))  # unknown: a row below
        centres[p] = ((lon - lon0) * PIXELS_PER_DEGREE, -(lat - lat0) * PIXELS_PER_DEGREE)
    centres = _separate(centres, radius)
    pos = {}
    for p, members in groups.items():
        cx, cy = centres[p]
        # A ring per province, in code order: even spacing keeps labels readable.
        ring = sorted(members)
        for i, node in enumerate(ring):
            angle = 2 * math.pi * i / len(ring)
            r = radius[p] if len(ring) > 1 else 0.0
            pos[node] = (cx + r * math.cos(angle), cy + r * math.sin(angle))
    return pos
