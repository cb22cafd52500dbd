"""Options shared by several commands, as decorators."""
from __future__ import annotations

import os
from pathlib import Path

import click

DEFAULT_DATA = "kerjasama-data"


def data_option(f):
    """``--data DIR``: the data folder (records and graph)."""
    return click.option(
        "--data", "data_dir", type=click.Path(file_okay=False, path_type=Path),
        default=lambda: os.environ.get("KERJASAMA_DATA", DEFAULT_DATA), show_default=DEFAULT_DATA,
        help="Data folder holding the records and the graph (env KERJASAMA_DATA).",
    )(f)


def neo4j_options(f):
    """``--neo4j URI`` and credentials; when absent the embedded store is used."""
    f = click.option("--neo4j-database", envvar="NEO4J_DATABASE", default=None,
                     help="Neo4j database name (env NEO4J_DATABASE).")(f)
    f = click.option("--neo4j-password", envvar="NEO4J_PASSWORD", default=None,
                     help="Neo4j password (env NEO4J_PASSWORD).")(f)
    f = click.option("--neo4j-user", envvar="NEO4J_USERNAME", default=None,
                     help="Neo4j user name (env NEO4J_USERNAME).")(f)
    f = click.option("--neo4j", "neo4j_uri", envvar="NEO4J_URI", default=None, metavar="URI",
                     help="Use the Neo4j graph at URI instead of the embedded one (env NEO4J_URI).")(f)
    return f


def format_option(*choices, default="table"):
    """``--format``: how to print the result."""
    choices = choices or ("table", "json", "csv")

    def decorate(f):
        return click.option("--format", "fmt", type=click.Choice(choices), default=default,
                            show_default=True, help="Output format.")(f)

    return decorate


def store_options(f):
    """``--data`` and the Neo4j options: for every command that reads or writes the graph."""
    return data_option(neo4j_options(f))


def require_graph(data_dir, neo4j_uri=None, **_) -> None:
    """Refuse an embedded graph that is not there (a mistyped ``--data``) with a message,
    instead of making an empty folder and graph and answering from it."""
    from kerjasama.graph.stores import GRAPH_FILE

    if not neo4j_uri and not (Path(data_dir) / GRAPH_FILE).exists():
        raise click.ClickException(
            f"no graph in {data_dir}: run `kerjasama ingest --data {data_dir} ARTICLES...` first")


def open_store_from(data_dir, neo4j_uri=None, neo4j_user=None, neo4j_password=None,
                    neo4j_database=None):
    """The store the options of ``store_options`` point at."""
    from kerjasama.graph.stores import open_store

    return open_store(data_dir, neo4j_uri=neo4j_uri, user=neo4j_user, password=neo4j_password,
                      database=neo4j_database)
