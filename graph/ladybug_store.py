"""The embedded graph store: LadybugDB, in-process and on disk.

The graph lives in one database file. ``load`` writes a complete new file
beside the old one with ``COPY FROM`` Arrow tables (per-row MERGE is two
orders of magnitude slower here, and the graph is derived anyway) and then
renames it over the old one, so a crash mid-load leaves the previous graph
intact and readers never see half a graph.

>>> import tempfile, pathlib
>>> from kerjasama.graph.store import empty_tables
>>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.lbug"
>>> tables = empty_tables()
>>> tables["nodes"]["Region"].append({"code": "13", "name": "Sumatera Barat",
...                                   "kind": "provinsi", "province": None})
>>> with LadybugStore(path) as store:
...     store.load(tables)
...     store.run("MATCH (r:Region) RETURN r.name AS name")
[{'name': 'Sumatera Barat'}]
"""
from __future__ import annotations

import os
from pathlib import Path

import ladybug
import pyarrow as pa

from kerjasama.errors import QueryError, ReadOnlyQuery

from kerjasama.graph.schema import NODES, RELS
from kerjasama.graph.store import GraphStore, Tables

ARROW_TYPES = {
    "STRING": pa.string(),
    "DATE": pa.date32(),
    "INT64": pa.int64(),
    "DOUBLE": pa.float64(),
    "STRING[]": pa.list_(pa.string()),
}

WRITE_REFUSED = "Cannot execute write operations in a read-only database"


def _ddl() -> list[str]:
    statements = []
    for node in NODES.values():
        cols = ", ".join(f"{name} {typ}" for name, typ in node.properties.items())
        statements.append(f"CREATE NODE TABLE {node.label}({cols}, PRIMARY KEY ({node.key}))")
    for rel in RELS.values():
        cols = "".join(f", {name} {typ}" for name, typ in rel.properties.items())
        statements.append(f"CREATE REL TABLE {rel.type}(FROM {rel.start} TO {rel.end}{cols})")
    return statements


def _arrow(rows: list[dict], columns: dict[str, str]) -> pa.Table:
    schema = pa.schema([(name, ARROW_TYPES[typ]) for name, typ in columns.items()])
    return pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in rows], schema=schema)


def _remove(path: Path) -> None:
    for p in (path, Path(str(path) + ".wal"), Path(str(path) + ".shadow")):
        if p.exists():
            p.unlink()


class LadybugStore(GraphStore):
    """The graph in a LadybugDB file (default ``DATA/graph.lbug``)."""

    name = "ladybug"

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self._db = None
        self._conn = None
        self._writable = False

    # -- connections -------------------------------------------------------
    def _connection(self, write: bool):
        # Reads open the file read-only, so the database itself refuses writes.
        if self._db is None or self._writable != write:
            self.close()
            if not self.path.exists():
                # An empty graph with the schema, so queries work before any ingest.
                self.load({"nodes": {}, "rels": {}})
            self._db = ladybug.Database(str(self.path), read_only=not write)
            self._conn = ladybug.Connection(self._db)
            self._writable = write
        return self._conn

    def close(self) -> None:
        self._conn = None
        if self._db is not None:
            self._db.close()
        self._db = None

    # -- GraphStore --------------------------------------------------------
    def load(self, tables: Tables) -> None:
        self.close()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".new")
        _remove(tmp)
        db = ladybug.Database(str(tmp))
        conn = ladybug.Connection(db)
        try:
            for statement in _ddl():
                conn.execute(statement)
            for label, node in NODES.items():
                rows = tables.get("nodes", {}).get(label) or []
                if rows:
                    rows_table = _arrow(rows, node.properties)  # noqa: F841 (named in COPY)
                    conn.execute(f"COPY {label} FROM rows_table")
            for rtype, rel in RELS.items():
                rows = tables.get("rels", {}).get(rtype) or []
                if rows:
                    rows_table = _arrow(rows, {"from": "STRING", "to": "STRING", **rel.properties})  # noqa: F841
                    conn.execute(f"COPY {rtype} FROM rows_table")
        finally:
            conn.close()
            db.close()
        os.replace(tmp, self.path)
        _remove(tmp)

    def run(self, cypher: str, params: dict | None = None, *, write: bool = False) -> list[dict]:
        conn = self._connection(write)
        try:
            result = conn.execute(cypher, params or {})
        except RuntimeError as err:
            message = str(err)
            if WRITE_REFUSED in message:
                raise ReadOnlyQuery(
                    "this query would change the graph; it runs only with write access"
                ) from None
            raise QueryError(message) from None
        if isinstance(result, list):
            result = result[-1]
        columns = result.get_column_names()
        return [dict(zip(columns, row)) for row in result.get_all()]

    def shortest_path(self, a: str, b: str, max_hops: int = 6) -> list[str] | None:
        # Ladybug's variable-length syntax; hops alternate Region-Agreement.
        rows = self.run(
            f"MATCH p = (x:Region)-[:PARTY_TO* SHORTEST 1..{2 * max_hops}]-(y:Region) "
            "WHERE x.code = $a AND y.code = $b "
            "RETURN properties(nodes(p), 'code') AS codes LIMIT 1",
            {"a": a, "b": b},
        )
        if not rows:
            return None
        return [c for c in rows[0]["codes"] if c is not None]
