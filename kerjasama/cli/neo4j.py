"""Commands: push."""
from __future__ import annotations

import click

from kerjasama.cli.app import main
from kerjasama.cli.options import data_option, neo4j_options
from kerjasama.cli.output import VERBOSE_HELP, echo_notes
from kerjasama.errors import KerjasamaError


@main.command()
@data_option
@neo4j_options
@click.option("-v", "--verbose", is_flag=True, help=VERBOSE_HELP)
def push(data_dir, neo4j_uri, neo4j_user, neo4j_password, neo4j_database, verbose):
    """Copy the graph built from the records in --data to Neo4j at --neo4j URI.

    \b
    For a team that starts on one machine and moves to a shared server. The
    graph on the server becomes the one the records give: what is new or
    changed is written, what is no longer there is deleted; pushing again
    with no new records writes nothing. Credentials come from --neo4j-user /
    --neo4j-password or NEO4J_USERNAME / NEO4J_PASSWORD.
      kerjasama push --neo4j neo4j+s://xxxx.databases.neo4j.io
    """
    from kerjasama.graph.neo4j_store import Neo4jStore
    from kerjasama.loaders.ingest import rebuild
    from kerjasama.loaders.records import RecordStore

    if not neo4j_uri:
        raise click.UsageError("give the server with --neo4j URI (or NEO4J_URI)")
    if len(RecordStore(data_dir)) == 0:
        # Pushing an empty folder would empty the shared graph: surely a mistake.
        raise KerjasamaError(f"no records in {data_dir}: ingest articles first "
                             "(or give --data the folder that holds them)")
    with Neo4jStore(neo4j_uri, user=neo4j_user, password=neo4j_password,
                    database=neo4j_database) as store:
        report = rebuild(data_dir, store=store)
        written = store.last_load or {}
        where = repr(store).removeprefix("Neo4jStore(").removesuffix(")")
    g = report.graph
    click.echo(f"Pushed the graph of {report.records} records in {data_dir} to {where}: "
               f"{g.get('Agreement', 0)} agreements, {g.get('Official', 0)} officials, "
               f"{g.get('Source', 0)} sources, {g.get('Region', 0)} regions.")
    click.echo(f"Written: {written.get('nodes_written', 0)} nodes and "
               f"{written.get('rels_written', 0)} relationships new or changed; deleted: "
               f"{written.get('nodes_deleted', 0)} nodes and "
               f"{written.get('rels_deleted', 0)} relationships.")
    echo_notes(report.warnings, verbose)
