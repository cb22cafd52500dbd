"""Commands: sector, partners, agreements, path, central, communities, stalled, provinces, isolated.

Each command parses its options, calls the function of the same name in
``kerjasama.queries`` and prints its rows; ``--format json`` prints exactly
what the function returns.
"""
from __future__ import annotations


import click

from kerjasama.cli.app import main
from kerjasama.cli.options import (KIND, filter_options, format_option, graph_store,
                                   split_store_options, store_options)
from kerjasama.cli.output import emit

def _kinds(kind):
    return list(kind) or None


def _joined(items, fmt=str):
    return "; ".join(fmt(i) for i in items)


@main.command()
@click.argument("slug")
@click.option("--kind", type=KIND, multiple=True, help="Only agreements of this kind.")
@click.option("--since", metavar="DATE", help="Only agreements signed on or after DATE.")
@click.option("--until", metavar="DATE", help="Only agreements signed on or before DATE.")
@store_options
@format_option()
def sector(slug, kind, since, until, fmt, **kwargs):
    """Which regions cooperate on a sector (a slug like pertanian, or its name).

    \b
    One row per pair of regions, most agreements first; an agreement with
    more than two parties counts for every pair.
      kerjasama sector perhubungan
    """
    from kerjasama.queries.sector import sector as run

    with graph_store(split_store_options(kwargs)) as store:
        rows = run(store, slug, kind=_kinds(kind), since=since, until=until)
    emit(rows, fmt, ["regions", "names", "agreements", "kinds"])


@main.command()
@click.argument("region")
@filter_options()
@store_options
@format_option()
def partners(region, sector, kind, since, until, fmt, **kwargs):
    """A region's partners: who it shares agreements with, on which sectors.

    \b
    REGION is a code (14.01) or a name as people write it ("Kab. Kampar",
    "Pemkot Pekanbaru"); a name that fits several regions lists them.
      kerjasama partners "Kab. Kampar" --kind pks
    """
    from kerjasama.queries.partners import partners as run

    with graph_store(split_store_options(kwargs)) as store:
        rows = run(store, region, sector=sector, kind=_kinds(kind), since=since, until=until)
    emit(rows, fmt, ["region", "name", "agreements", "sectors"])


def _agreement_line(a: dict) -> dict:
    """An agreement flattened for a table or CSV row."""
    return {
        "signed_on": a["signed_on"], "kind": a["kind"], "parties": a["names"],
        "sectors": a["sectors"],
        "signatories": _joined(a["signatories"], lambda s: f"{s['name']} ({s['region']})"),
        "sources": _joined(a["sources"], lambda s: s["url"] or s["path"] or s["title"] or s["id"]),
        "id": a["id"],
        "ends_on": a.get("ends_on"),
        "conflicts": _joined(a.get("conflicts") or [], str),
    }


@main.command()
@click.option("--region", metavar="REGION", help="Only agreements this region is party to.")
@click.option("--between", nargs=2, metavar="REGION REGION",
              help="Only agreements these two regions are both party to.")
@filter_options()
@click.option("--limit", type=click.IntRange(min=1), help="At most this many (newest first).")
@store_options
@format_option()
def agreements(region, between, sector, kind, since, until, limit, fmt, **kwargs):
    """The agreements: parties, kind, date, sectors, signatories and sources.

    \b
    Newest first, undated last.
      kerjasama agreements --region "Kota Pekanbaru" --kind pks
      kerjasama agreements --between 14.01 14.71 --format json
    """
    from kerjasama.queries.agreements import agreements as run

    with graph_store(split_store_options(kwargs)) as store:
        rows = run(store, region=region, between=list(between) if between else None,
                   sector=sector, kind=_kinds(kind), since=since, until=until, limit=limit)
    if fmt == "json":
        emit(rows, fmt)
    else:
        columns = ["signed_on", "kind", "parties", "sectors", "signatories", "sources", "id"]
        # Register end dates and disagreements between sources, only when there are any.
        columns += [c for c in ("ends_on", "conflicts") if any(a.get(c) for a in rows)]
        emit([_agreement_line(a) for a in rows], fmt, columns)


@main.command()
@click.argument("a")
@click.argument("b")
@click.option("--max-hops", type=click.IntRange(1, 10), default=6, show_default=True,
              help="Longest chain to look for.")
@store_options
@format_option()
def path(a, b, max_hops, fmt, **kwargs):
    """The shortest chain of cooperation from region A to region B.

    \b
    Each step is a pair of regions that share agreements, with those
    agreements: the regions in between could broker an introduction.
      kerjasama path "Kab. Konawe Selatan" "Kab. Konawe Utara"
    """
    from kerjasama.queries.path import path as run

    with graph_store(split_store_options(kwargs)) as store:
        steps = run(store, a, b, max_hops=max_hops)
    if fmt == "json":
        emit(steps, fmt)
        return
    if not steps and fmt == "table":
        click.echo(f"No chain of cooperation between {a} and {b} "
                   f"(up to {max_hops} steps).")
        return
    emit([{"step": s["step"], "from": s["from_name"], "to": s["to_name"],
           "agreements": _joined(s["agreements"],
                                 lambda x: f"{x['kind']} {x['signed_on'] or 'undated'}")}
          for s in steps], fmt, ["step", "from", "to", "agreements"])


@main.command()
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many regions.")
@click.option("--by", type=click.Choice(["degree", "betweenness"]), default="degree",
              show_default=True,
              help="degree: most partners; betweenness: most often between others (brokers).")
@filter_options()
@store_options
@format_option()
def central(top, by, sector, kind, since, until, fmt, **kwargs):
    """The most connected regions of the cooperation network.

    \b
    Betweenness on a large network is estimated from a seeded sample
    (the `exact` column says which).
      kerjasama central --top 5 --by betweenness
    """
    from kerjasama.queries.centrality import central as run

    with graph_store(split_store_options(kwargs)) as store:
        rows = run(store, top=top, by=by, sector=sector, kind=_kinds(kind), since=since,
                   until=until)
    columns = ["rank", "region", "name", "partners", "agreements"]
    emit(rows, fmt, columns + (["betweenness", "exact"] if by == "betweenness" else []))


@main.command()
@filter_options()
@click.option("--resolution", type=float, default=1.0, show_default=True,
              help="Above 1: more, smaller communities; below 1: fewer, larger.")
@store_options
@format_option()
def communities(sector, kind, since, until, resolution, fmt, **kwargs):
    """Clusters of regions that cooperate more among themselves (Louvain).

    \b
      kerjasama communities --sector pariwisata
    """
    from kerjasama.queries.communities import communities as run

    with graph_store(split_store_options(kwargs)) as store:
        rows = run(store, sector=sector, kind=_kinds(kind), since=since, until=until,
                   resolution=resolution)
    emit(rows, fmt, ["community", "size", "links", "names"])


@main.command()
@click.option("--months", type=click.IntRange(min=0), default=12, show_default=True,
              help="How long an MoU may wait for its PKS.")
@click.option("--as-of", metavar="DATE", help="Judge as of this date (default today).")
@store_options
@format_option()
def stalled(months, as_of, fmt, **kwargs):
    """MoUs with no PKS between the same parties within N months, and plans never signed.

    \b
    What planners call "just a signature": the agreements to chase.
      kerjasama stalled --months 18
    """
    from kerjasama.queries.stalled import stalled as run

    with graph_store(split_store_options(kwargs)) as store:
        rows = run(store, months=months, as_of=as_of)
    emit(rows, fmt, ["months", "kind", "signed_on", "names", "sectors", "reason", "id"])


@main.command()
@filter_options()
@store_options
@format_option()
def provinces(sector, kind, since, until, fmt, **kwargs):
    """Cooperation within and across provinces: agreements per pair of provinces.

    \b
      kerjasama provinces --kind pks
    """
    from kerjasama.queries.provinces import provinces as run

    with graph_store(split_store_options(kwargs)) as store:
        rows = run(store, sector=sector, kind=_kinds(kind), since=since, until=until)
    emit(rows, fmt, ["provinces", "names", "agreements", "within"])


@main.command()
@click.option("--province", metavar="PROVINCE",
              help="Only regions of this province (code or name, e.g. Riau or 14).")
@store_options
@format_option()
def isolated(province, fmt, **kwargs):
    """Regions party to no agreement at all.

    \b
      kerjasama isolated --province "Sumatera Barat"
    """
    from kerjasama.queries.isolated import isolated as run

    with graph_store(split_store_options(kwargs)) as store:
        rows = run(store, province=province)
    emit(rows, fmt, ["region", "name", "kind"])
