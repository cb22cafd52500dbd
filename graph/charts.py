"""Charts planners report with: agreements per year by kind, and sectors by province.

The counts are plain functions of the agreement rows (as
``kerjasama.queries.agreements`` returns them); the figures are matplotlib
``Figure`` objects drawn without pyplot, so nothing depends on a display.

>>> rows = [{"id": "a", "kind": "mou", "signed_on": "2024-09-05", "sectors": ["pertanian"],
...          "parties": ["14.01", "14.71"], "sources": []},
...         {"id": "b", "kind": "pks", "signed_on": None, "sectors": ["pertanian", "pariwisata"],
...          "parties": ["13.02", "17.06"], "sources": [{"published": "2023-02-01"}]}]
>>> by_year(rows)
{2023: {'plan': 0, 'mou': 0, 'pks': 1}, 2024: {'plan': 0, 'mou': 1, 'pks': 0}}
>>> regions = {"14.01": {"province": "14"}, "14.71": {"province": "14"},
...            "13.02": {"province": "13"}, "17.06": {"province": "17"}}
>>> sectors_by_province(rows, regions)["pertanian"]
{'13': 1, '14': 1, '17': 1}
"""
from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from kerjasama.graph.schema import KINDS
from kerjasama.graph.views import KIND_LABELS, agreement_date

KIND_COLOURS = {"plan": "#9ecae1", "mou": "#3182bd", "pks": "#e6550d"}


def by_year(rows: list[dict]) -> dict[int, dict[str, int]]:
    """Agreements per year and kind; undated signings count in the year first reported."""
    counts: dict[int, dict[str, int]] = {}
    for a in rows:
        date, _ = agreement_date(a)
        if date is None:
            continue
        year = int(date[:4])
        counts.setdefault(year, {k: 0 for k in KINDS})
        counts[year][a["kind"]] = counts[year].get(a["kind"], 0) + 1
    return dict(sorted(counts.items()))


def sectors_by_province(rows: list[dict], regions: dict[str, dict]) -> dict[str, dict[str, int]]:
    """For each sector, the agreements per province (counted once per province among the parties)."""
    table: dict[str, dict[str, int]] = {}
    for a in rows:
        provinces = {(regions.get(c) or {}).get("province") or c.split(".")[0] for c in a["parties"]}
        for slug in a["sectors"]:
            row = table.setdefault(slug, {})
            for p in provinces:
                row[p] = row.get(p, 0) + 1
    return {s: dict(sorted(v.items())) for s, v in sorted(table.items())}


def timeline_figure(rows: list[dict], title: str = "Agreements per year") -> Figure:
    """Stacked bars: agreements per year, by kind (plan, MoU, PKS)."""
    counts = by_year(rows)
    years = list(range(min(counts), max(counts) + 1)) if counts else []
    fig = Figure(figsize=(max(6.0, 0.6 * len(years) + 3), 4.2), layout="constrained")
    ax = fig.add_subplot()
    bottom = [0] * len(years)
    for kind in KINDS:
        values = [counts.get(y, {}).get(kind, 0) for y in years]
        ax.bar([str(y) for y in years], values, bottom=bottom, label=KIND_LABELS[kind],
               color=KIND_COLOURS[kind])
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_title(title)
    ax.set_ylabel("agreements")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    undated = sum(1 for a in rows if agreement_date(a)[0] is None)
    if undated:
        fig.text(0.01, 0.01, f"{undated} agreement(s) without any date not shown",
                 fontsize=8, color="#555555")
    ax.legend(frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    if not years:
        ax.text(0.5, 0.5, "no dated agreements", ha="center", va="center", transform=ax.transAxes)
    return fig


def heatmap_figure(rows: list[dict], regions: dict[str, dict],
                   title: str = "Agreements by sector and province") -> Figure:
    """A heat map: sectors (rows) by provinces (columns), agreements in each cell."""
    from kerjasama.loaders.sectors import sector as sector_info

    table = sectors_by_province(rows, regions)
    sectors = sorted(table, key=lambda s: -sum(table[s].values()))
    provinces = sorted({p for row in table.values() for p in row})
    names = [(regions.get(p) or {}).get("name") or p for p in provinces]
    matrix = [[table[s].get(p, 0) for p in provinces] for s in sectors]
    fig = Figure(figsize=(max(6.0, 0.45 * len(provinces) + 4), max(3.0, 0.32 * len(sectors) + 2)),
                 layout="constrained")
    ax = fig.add_subplot()
    if not sectors:
        ax.text(0.5, 0.5, "no agreements with sectors", ha="center", va="center")
        ax.set_axis_off()
        ax.set_title(title)
        return fig
    image = ax.imshow(matrix, cmap="YlOrRd", aspect="auto", vmin=0)
    ax.set_xticks(range(len(provinces)), names, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(sectors)),
                  [(sector_info(s) or {}).get("name") or s for s in sectors], fontsize=8)
    peak = max(max(r) for r in matrix) or 1
    if len(provinces) * len(sectors) <= 600:
        for i, row in enumerate(matrix):
            for j, value in enumerate(row):
                if value:
                    ax.text(j, i, str(value), ha="center", va="center", fontsize=7,
                            color="white" if value > peak * 0.6 else "black")
    bar = fig.colorbar(image, ax=ax, label="agreements", shrink=0.8)
    bar.locator = MaxNLocator(integer=True)
    bar.update_ticks()
    ax.set_title(title)
    return fig


def write_charts(rows: list[dict], regions: dict[str, dict], out_dir: str | Path,
                 subtitle: str = "") -> list[Path]:
    """Write ``timeline.png`` and ``sectors-by-province.png`` into ``out_dir``; their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    suffix = f" — {subtitle}" if subtitle else ""
    written = []
    for name, fig in (
        ("timeline.png", timeline_figure(rows, "Agreements per year" + suffix)),
        ("sectors-by-province.png", heatmap_figure(rows, regions,
                                                   "Agreements by sector and province" + suffix)),
    ):
        path = out / name
        fig.savefig(path, dpi=120)
        written.append(path)
    return written


def charts(store, out_dir: str | Path, *, sector=None, kind=None, since=None,
           province: str | None = None) -> list[Path]:
    """The two charts of the graph in ``store``, filtered as ``kerjasama view`` filters."""
    from kerjasama.graph.views import filter_words, in_province
    from kerjasama.queries.agreements import agreements
    from kerjasama.queries.filters import parse_date, parse_kinds
    from kerjasama.queries.regions import region_rows, resolve_region
    from kerjasama.queries.sector import resolve_sector

    slug = resolve_sector(sector) if sector else None
    kinds = parse_kinds(kind)
    since = parse_date(since, "since")
    rows = agreements(store, sector=slug, kind=kinds, since=since)
    regions = region_rows(store)
    province_code = resolve_region(province, kind="provinsi") if province else None
    if province_code:
        rows = in_province(rows, province_code, regions)
    words = filter_words(sector=slug, kind=kinds, since=since.isoformat() if since else None)
    if province_code:
        words.insert(0, (regions.get(province_code) or {}).get("name") or province_code)
    subtitle = ", ".join(words)
    return write_charts(rows, regions, out_dir, subtitle=subtitle)
