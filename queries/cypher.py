"""Analysts' Cypher: run a query read-only unless asked to write, and describe the schema.

Read-only is enforced by the database, not by inspecting the query: the
embedded store opens the file read-only, Neo4j runs the query in a read
transaction. A query that would change data raises ``ReadOnlyQuery``; a
query the database rejects raises ``QueryError`` with the database's message.

>>> from kerjasama.queries.example import example_store
>>> cypher(example_store(), "MATCH (r:Region {code: $code}) RETURN r.name AS name",
...        parse_params(["code=14.71"]))
[{'name': 'Kota Pekanbaru'}]
>>> cypher(example_store(), "MATCH (r:Region) SET r.name = 'x'")
Traceback (most recent call last):
...
kerjasama.errors.ReadOnlyQuery: this query would change the graph; it runs only with write access
>>> [(s["type"], s["name"], s["count"]) for s in schema(example_store())][:2]
[('node', 'Region', 552), ('node', 'Official', 8)]
"""
from __future__ import annotations

import json
from decimal import Decimal

from kerjasama.errors import InputError
from kerjasama.graph.schema import NODES, RELS
from kerjasama.graph.store import GraphStore


def parse_params(items) -> dict:
    """``NAME=VALUE`` pairs as query parameters: VALUE is text; ``NAME:=JSON`` for others.

    Text stays text (a region code like ``13.02`` must not become a number);
    ``:=`` takes numbers, booleans, lists and null as JSON.

    >>> parse_params(["code=13.02", "n:=5", "codes:=[\\"13\\", \\"14\\"]"])
    {'code': '13.02', 'n': 5, 'codes': ['13', '14']}
    """
    params = {}
    for item in items or ():
        name, sep, value = item.partition("=")
        if not sep or not name.rstrip(":"):
            raise InputError(f"parameter {item!r} is not NAME=VALUE or NAME:=JSON")
        if name.endswith(":"):
            name = name[:-1]
            try:
                params[name] = json.loads(value)
            except ValueError as err:
                raise InputError(f"parameter {name}: {value!r} is not JSON ({err})") from None
        else:
            params[name] = value
    return params


def cypher(store: GraphStore, query: str, params: dict | None = None, *,
           write: bool = False) -> list[dict]:
    """Rows of ``query`` as dicts keyed by the RETURN names; read-only unless ``write``."""
    if not (query or "").strip():
        raise InputError("the query is empty")
    return [{k: _plain(v) for k, v in row.items()} for row in store.run(query, params or {},
                                                                         write=write)]


def _plain(value):
    """Database numbers as Python's: LadybugDB sums integers into DECIMAL.

    >>> from decimal import Decimal
    >>> _plain(Decimal("2")), _plain(Decimal("2.5")), _plain([Decimal("1")])
    (2, 2.5, [1])
    """
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _count(store: GraphStore, pattern: str) -> int:
    return store.run(f"MATCH {pattern} RETURN count(*) AS n")[0]["n"]


def schema(store: GraphStore | None = None) -> list[dict]:
    """Node labels and relationship types with their properties (and counts, given a store).

    Each row: ``type`` (node or relationship), ``name``, ``pattern`` (how to
    match it), ``key`` (nodes), ``properties`` ({name: type}), ``count``
    (None without a store) and ``doc``.
    """
    rows = []
    for node in NODES.values():
        rows.append({"type": "node", "name": node.label, "pattern": f"(:{node.label})",
                     "key": node.key, "properties": dict(node.properties),
                     "count": _count(store, f"(n:{node.label})") if store else None,
                     "doc": node.doc})
    for rel in RELS.values():
        rows.append({"type": "relationship", "name": rel.type,
                     "pattern": f"(:{rel.start})-[:{rel.type}]->(:{rel.end})", "key": None,
                     "properties": dict(rel.properties),
                     "count": (_count(store, f"(:{rel.start})-[r:{rel.type}]->(:{rel.end})")
                               if store else None),
                     "doc": rel.doc})
    return rows
