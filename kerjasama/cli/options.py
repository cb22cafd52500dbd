"""Options shared by several commands, as decorators."""
from __future__ import annotations

import contextlib
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


KIND = click.Choice(["plan", "mou", "pks"], case_sensitive=False)
STORE_KEYS = ("data_dir", "neo4j_uri", "neo4j_user", "neo4j_password", "neo4j_database")


def filter_options(*, until: bool = True, province: bool = False):
    """``--sector``, ``--kind`` (repeatable), ``--since`` and optionally ``--until`` /
    ``--province``: which agreements a question, view or chart counts."""

    def decorate(f):
        if province:
            f = click.option("--province", metavar="P",
                             help="Only agreements with a party in province P (name or code).")(f)
        if until:
            f = click.option("--until", metavar="DATE",
                             help="Only agreements signed on or before DATE.")(f)
        f = click.option("--since", metavar="DATE",
                         help="Only agreements signed on or after DATE (YYYY-MM-DD or YYYY).")(f)
        f = click.option("--kind", type=KIND, multiple=True,
                         help="Only agreements of this kind (repeat for several).")(f)
        f = click.option("--sector", metavar="S",
                         help="Only agreements on sector S (slug or name).")(f)
        return f

    return decorate


def split_store_options(kwargs: dict) -> dict:
    """Take the ``store_options`` out of a command's keyword arguments."""
    return {k: kwargs.pop(k) for k in STORE_KEYS}


@contextlib.contextmanager
def graph_store(options: dict):
    """The store the options point at, for reading: a missing embedded graph is a message,
    and a region name that fits several regions lists them with their names."""
    from kerjasama.errors import AmbiguousRegion

    require_graph(**options)
    try:
        with open_store_from(**options) as store:
            yield store
    except AmbiguousRegion as err:
        from kerjasama.queries.regions import describe_candidates

        raise click.ClickException(
            f"{err.name!r} names several regions: {describe_candidates(err.candidates)}; "
            "give the code or the full name") from None
