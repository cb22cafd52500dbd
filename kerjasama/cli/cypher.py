"""Commands: cypher, schema."""
from __future__ import annotations

import contextlib
import sys

import click

from kerjasama.cli.app import main
from kerjasama.cli.options import format_option, open_store_from, require_graph, store_options
from kerjasama.cli.output import emit


@main.command()
@click.argument("query")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A query parameter ($NAME): NAME=text, or NAME:=JSON for numbers, "
                   "lists, booleans. Repeatable.")
@click.option("--write", is_flag=True,
              help="Allow the query to change the graph (lost at the next ingest, "
                   "which rebuilds the graph from the records).")
@store_options
@format_option()
def cypher(query, params, write, fmt, data_dir, neo4j_uri, neo4j_user, neo4j_password,
           neo4j_database):
    """Run a Cypher QUERY on the graph ("-" reads it from standard input).

    \b
    Read-only unless --write: a query that would change data is refused and
    the graph stays as it was. `kerjasama schema` lists what to match.
      kerjasama cypher 'MATCH (r:Region {code: $code})-[:PARTY_TO]->(a:Agreement)
                        RETURN a.kind AS kind, count(*) AS n' -p code=14.71
    """
    from kerjasama.queries.cypher import cypher as run
    from kerjasama.queries.cypher import parse_params

    if query == "-":
        query = sys.stdin.read()
    values = parse_params(params)
    require_graph(data_dir, neo4j_uri)
    lock = contextlib.nullcontext()
    if write and not neo4j_uri:
        # The embedded graph is written by ingest too: take the same writer lock.
        from kerjasama.loaders.records import RecordStore

        lock = RecordStore(data_dir).writing()
    with lock, open_store_from(data_dir, neo4j_uri, neo4j_user, neo4j_password,
                               neo4j_database) as store:
        rows = run(store, query, values, write=write)
    emit(rows, fmt)


@main.command()
@click.option("--counts/--no-counts", default=True, show_default=True,
              help="Count the nodes and relationships of each type in the graph.")
@store_options
@format_option()
def schema(counts, fmt, data_dir, neo4j_uri, neo4j_user, neo4j_password, neo4j_database):
    """The node labels and relationship types of the graph, with their properties.

    \b
      kerjasama schema
      kerjasama cypher "MATCH (o:Official)-[:SIGNED]->(a:Agreement) RETURN o.name, a.id LIMIT 5"
    """
    from kerjasama.queries.cypher import schema as run

    if counts:
        require_graph(data_dir, neo4j_uri)
        with open_store_from(data_dir, neo4j_uri, neo4j_user, neo4j_password,
                             neo4j_database) as store:
            rows = run(store)
    else:
        rows = run()
    if fmt != "json":
        rows = [dict(r, properties=", ".join(f"{k} {v}" for k, v in r["properties"].items()))
                for r in rows]
    emit(rows, fmt, ["pattern", "key", "properties", "count"] + ([] if fmt == "table" else ["doc"]))
