"""Commands: view (an interactive network as one HTML file), charts (PNG charts)."""
from __future__ import annotations

from pathlib import Path

import click

from kerjasama.cli.app import main
from kerjasama.cli.options import open_store_from, store_options
from kerjasama.errors import AmbiguousRegion

KIND = click.Choice(["plan", "mou", "pks"], case_sensitive=False)
STORE_KEYS = ("data_dir", "neo4j_uri", "neo4j_user", "neo4j_password", "neo4j_database")


def _filters(f):
    """``--sector``, ``--kind``, ``--since``, ``--province``: which agreements are shown."""
    f = click.option("--province", metavar="P",
                     help="Only agreements with a party in province P (name or code).")(f)
    f = click.option("--since", metavar="DATE",
                     help="Only agreements signed on or after DATE (YYYY-MM-DD or YYYY).")(f)
    f = click.option("--kind", type=KIND, multiple=True,
                     help="Only agreements of this kind (repeat for several).")(f)
    f = click.option("--sector", metavar="S", help="Only agreements on sector S (slug or name).")(f)
    return f


def _open(options: dict):
    from kerjasama.graph.stores import GRAPH_FILE

    if not options.get("neo4j_uri"):
        graph = Path(options["data_dir"]) / GRAPH_FILE
        if not graph.exists():
            raise click.ClickException(
                f"no graph in {options['data_dir']}: run `kerjasama ingest --data "
                f"{options['data_dir']} ARTICLES...` first")
    return open_store_from(**options)


def _ambiguous(err: AmbiguousRegion) -> click.ClickException:
    from kerjasama.queries.regions import describe_candidates

    return click.ClickException(f"{err.name!r} names several regions: "
                                f"{describe_candidates(err.candidates)}; give the code or the full name")


@main.command()
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write.")
@_filters
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

    store_kwargs = {k: options.pop(k) for k in STORE_KEYS}
    try:
        with _open(store_kwargs) as store:
            data = network_view(store, sector=sector, kind=list(kind) or None, since=since,
                                province=province, region=region, depth=depth)
    except AmbiguousRegion as err:
        raise _ambiguous(err) from None
    write_html(data, out)
    counts = data["counts"]
    click.echo(f"{out}: {data['title']} ({counts['regions']} regions, "
               f"{counts['pairs']} pairs of partners, {counts['agreements']} agreements)")


@main.command()
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="The folder to write timeline.png and sectors-by-province.png into.")
@_filters
@store_options
def charts(out, sector, kind, since, province, **options):
    """Write charts: agreements per year by kind, and a sector-by-province heat map.

    \b
      kerjasama charts --out charts/
      kerjasama charts --out charts/riau --province Riau --since 2022
    """
    from kerjasama.graph.charts import charts as draw

    store_kwargs = {k: options.pop(k) for k in STORE_KEYS}
    try:
        with _open(store_kwargs) as store:
            paths = draw(store, out, sector=sector, kind=list(kind) or None, since=since,
                         province=province)
    except AmbiguousRegion as err:
        raise _ambiguous(err) from None
    for path in paths:
        click.echo(str(path))
