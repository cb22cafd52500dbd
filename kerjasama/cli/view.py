"""Commands: view (an interactive network as one HTML file), charts (PNG charts)."""
from __future__ import annotations

from pathlib import Path

import click

from kerjasama.cli.app import main
from kerjasama.cli.options import filter_options, graph_store, split_store_options, store_options


@main.command()
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write.")
@filter_options(until=False, province=True)
@click.option("--region", metavar="R", help="Only the regions around region R (name or code).")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True,
              help="With --region: how many steps of partnership to show.")
@store_options
def view(out, sector, kind, since, province, region, depth, **options):
    """Write the cooperation network as one HTML file that works offline.

    \b
    Regions are sized by their agreements and coloured by province; a line's
    width is the number of agreements of the pair. Hover for a summary, click
    a region or a line for its agreements with their sources.
      kerjasama view --out national.html
      kerjasama view --out kampar.html --region "Kab. Kampar" --depth 2
      kerjasama view --out tani.html --sector pertanian --since 2023
    """
    from kerjasama.graph.view_html import write_html
    from kerjasama.graph.views import network_view

    with graph_store(split_store_options(options)) as store:
        data = network_view(store, sector=sector, kind=list(kind) or None, since=since,
                            province=province, region=region, depth=depth)
    write_html(data, out)
    counts = data["counts"]
    click.echo(f"{out}: {data['title']} ({_n(counts['regions'], 'region')}, "
               f"{_n(counts['pairs'], 'pair', 'pairs')} of partners, "
               f"{_n(counts['agreements'], 'agreement')})")


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else many or one + 's'}"


@main.command()
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="The folder to write timeline.png and sectors-by-province.png into.")
@filter_options(until=False, province=True)
@store_options
def charts(out, sector, kind, since, province, **options):
    """Write charts: agreements per year by kind, and a sector-by-province heat map.

    \b
      kerjasama charts --out charts/
      kerjasama charts --out charts/riau --province Riau --since 2022
    """
    from kerjasama.graph.charts import charts as draw

    with graph_store(split_store_options(options)) as store:
        paths = draw(store, out, sector=sector, kind=list(kind) or None, since=since,
                     province=province)
    for path in paths:
        click.echo(str(path))
