"""The graph store interface shared by the embedded store and Neo4j.

A store is loaded whole from plain tables (the graph is derived from the
records, so it is replaced, never edited half-way) and answers Cypher.

Tables are plain data::

    {"nodes": {"Region": [{"code": "13", "name": "Sumatera Barat", ...}, ...], ...},
     "rels":  {"PARTY_TO": [{"from": "13.02", "to": "a1b2..."}, ...], ...}}

Node rows carry every property of ``schema.NODES[label]``; rel rows carry
``from`` and ``to`` (the keys of their end nodes) and the rel's properties.

The queries in ``kerjasama.queries`` are written in the Cypher both stores
read (shortest chains too: a breadth-first search of plain reads), so a
store needs nothing beyond ``load`` and ``run``.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from kerjasama.graph.gc_pause import paused_gc

Tables = dict[str, dict[str, list[dict[str, Any]]]]


def empty_tables() -> Tables:
    """Tables with every label and type of the schema and no rows.

    >>> sorted(empty_tables()["nodes"])
    ['Agreement', 'Official', 'Region', 'Sector', 'Source']
    """
    from kerjasama.graph.schema import NODES, RELS

    return {"nodes": {label: [] for label in NODES}, "rels": {t: [] for t in RELS}}


@paused_gc()  # a stream made as it is read: a national build's rows, see gc_pause
def gather(stream) -> Tables:
    """The tables of a stream of (part, name, rows), as one ``Tables``.

    >>> gather([("nodes", "Region", [{"code": "13"}])])["nodes"]["Region"]
    [{'code': '13'}]
    """
    tables = empty_tables()
    for part, name, rows in stream:
        tables[part][name] = rows
    return tables


class GraphStore(ABC):
    """One graph database. Subclasses: LadybugStore (embedded), Neo4jStore."""

    name: str = "store"

    @abstractmethod
    def load(self, tables: Tables) -> None:
        """Replace the whole graph with ``tables``."""

    def load_stream(self, stream) -> None:
        """Replace the whole graph with the tables of ``stream``, (part, name, rows) as
        ``graph.build.table_stream`` hands them out. This default gathers them and loads
        them at once; a store that can copy each table as it comes overrides it."""
        self.load(gather(stream))

    @abstractmethod
    def run(self, cypher: str, params: dict | None = None, *, write: bool = False) -> list[dict]:
        """Run Cypher with parameters; rows as dicts keyed by the RETURN names.

        Without ``write=True`` the query runs read-only, enforced by the
        database; a write is refused with ``ReadOnlyQuery``. Errors from the
        database are raised as ``QueryError`` with the database's message.
        """

    def close(self) -> None:
        """Release the database."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
