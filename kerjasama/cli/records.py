"""Commands: ingest, rebuild, stats."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kerjasama.cli.app import main
from kerjasama.cli.options import format_option, graph_store, open_store_from, store_options
from kerjasama.cli.output import VERBOSE_HELP, echo_notes, emit, to_json


class _Bar:
    """A tqdm progress bar on a terminal (stderr), nothing elsewhere."""

    def __init__(self, unit: str):
        self.unit = unit
        self.bar = None

    def __call__(self, done: int, total: int, path: Path) -> None:
        if not sys.stderr.isatty():
            return
        if self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit=self.unit, file=sys.stderr, leave=False)
        self.bar.set_postfix_str(path.name[-40:], refresh=False)
        self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _neo4j_store(data_dir, neo4j: dict):
    """The Neo4j store when --neo4j / NEO4J_URI is given; None means the embedded graph."""
    return open_store_from(data_dir, **neo4j) if neo4j.get("neo4j_uri") else None


def _print_report(report, data_dir: Path, verbose: bool, read: str | None = "Read") -> None:
    if read:
        files = "file" if report.files == 1 else "files"
        click.echo(f"{read} {report.files} {files}: {report.new} new records, "
                   f"{report.unchanged} unchanged, {len(report.failed)} failed.")
    g = report.graph
    click.echo(f"Graph rebuilt from {report.records} records in {data_dir}: "
               f"{g.get('Agreement', 0)} agreements, {g.get('Official', 0)} officials, "
               f"{g.get('Source', 0)} sources, {g.get('Region', 0)} regions.")
    echo_notes(report.warnings, verbose)
    for path, reason in report.failed:
        click.echo(f"failed: {path}: {reason}", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_options
@click.option("-v", "--verbose", is_flag=True, help=VERBOSE_HELP)
@click.pass_context
def ingest(ctx, paths, data_dir, verbose, **neo4j):
    """Read articles (files or folders) into the records and rebuild the graph.

    \b
    Plain text and Markdown articles, saved web pages, CSV and XLSX
    agreement registers and JSON / JSON Lines records are recognised by
    their content. The same text again, under any name, changes nothing. A
    file (or register row, or record line) that cannot be read is reported
    and the others still go in; the exit code is then 1.
      kerjasama ingest articles/ more/berita.txt
      kerjasama ingest --neo4j bolt://localhost:7687 articles/

    Records always stay in the data folder; with --neo4j (or NEO4J_URI)
    the graph is written to Neo4j instead of the embedded database.
    """
    from kerjasama.loaders.ingest import ingest as run

    bar = _Bar("file")
    store = _neo4j_store(data_dir, neo4j)
    try:
        report = run(paths, data_dir, progress=bar, store=store)
    finally:
        bar.close()
        if store is not None:
            store.close()
    _print_report(report, data_dir, verbose)
    if report.failed:
        ctx.exit(1)


@main.command()
@store_options
@click.option("--reextract", is_flag=True,
              help="Extract every stored source text again with this version first.")
@click.option("-v", "--verbose", is_flag=True, help=VERBOSE_HELP)
@click.pass_context
def rebuild(ctx, data_dir, reextract, verbose, **neo4j):
    """Rebuild the graph from the stored records (after an upgrade, or a lost graph file).

    With --reextract the records are first made again from the stored source
    texts by the current extractor.

    \b
      kerjasama rebuild
      kerjasama rebuild --reextract          # after upgrading kerjasama
      kerjasama rebuild --neo4j bolt://localhost:7687
    """
    from kerjasama.loaders.ingest import rebuild as run_rebuild
    from kerjasama.loaders.ingest import reextract as run_reextract

    store = _neo4j_store(data_dir, neo4j)
    if reextract:
        bar = _Bar("text")
        try:
            report = run_reextract(data_dir, progress=bar, store=store)
        finally:
            bar.close()
            if store is not None:
                store.close()
        _print_report(report, data_dir, verbose, read="Re-extracted")
    else:
        try:
            report = run_rebuild(data_dir, store=store)
        finally:
            if store is not None:
                store.close()
        _print_report(report, data_dir, verbose, read=None)
    if report.failed:
        ctx.exit(1)


@main.command()
@store_options
@format_option("table", "json")
def stats(fmt, **store_kwargs):
    """Counts of regions, agreements by kind, officials, sectors and sources in the graph.

    \b
      kerjasama stats
      kerjasama stats --format json
    """
    from kerjasama.graph.stats import stats as graph_stats
    from kerjasama.graph.stats import stats_rows

    with graph_store(store_kwargs) as store:
        numbers = graph_stats(store)
    if fmt == "json":
        click.echo(to_json(numbers))
    else:
        emit(stats_rows(numbers), "table", ["what", "count"])
