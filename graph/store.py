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

Tables = dict[str, dict[str, list[dict[str, Any]]]]


def empty_tables() -> Tables:
    """Tables with every label and type of the schema and no rows.

    >>> sorted(empty_tables()["nodes"])
    ['Agreement', 'Official', 'Region', 'Sector', 'Source']
    """
    from kerjasama.graph.schema import NODES, RELS

    return {"nodes": {label: [] for label in NODES}, "rels": {t: [] for t in RELS}}


class GraphStore(ABC):
    """One graph database. Subclasses: LadybugStore (embedded), Neo4jStore."""

    name: str = "store"

    @abstractmethod
    def load(self, tables: Tables) -> None:
        """Replace the whole graph with ``tables``."""

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
