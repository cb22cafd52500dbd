"""The graph on a Neo4j server (or anything that speaks Bolt and Cypher), through the official driver.

Writes go through ``driver.execute_query`` in batches of ``UNWIND $rows``
with parameters only; labels, types and key names come from
``kerjasama.graph.schema``, never from users. Node keys are guarded by
uniqueness constraints, created if missing.

``load`` brings the server's graph to exactly the tables given, by
difference rather than by clearing and reloading: it reads the keys and
properties already there, deletes the nodes and relationships that are no
longer in the tables, and writes only what is new or changed. On a shared
server readers never see an empty graph while a load runs, re-loading the
same tables writes nothing, and a load cut off half-way is completed by the
next one. Labels and types outside the schema are left alone (give
kerjasama its own database with ``NEO4J_DATABASE`` if the server holds
other data).

``run`` without ``write=True`` runs in a READ-mode transaction (READ
routing) that is always rolled back, and refuses a query the server reports
as a write with ``ReadOnlyQuery``. Neo4j itself refuses writes in READ mode;
the rollback and the check of the server's own summary cover servers that
ignore the access mode (ArcadeDB's Bolt plugin does).

>>> store = Neo4jStore("bolt://127.0.0.1:7687", user="neo4j", password="secret")
>>> store
Neo4jStore('bolt://127.0.0.1:7687', database=None)
>>> store.close()
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from contextlib import contextmanager
from typing import Any, Iterator

import neo4j
from neo4j.exceptions import DriverError, Neo4jError, ServiceUnavailable
from neo4j.graph import Node, Path, Relationship

from kerjasama.errors import QueryError, ReadOnlyQuery
from kerjasama.graph.schema import NODES, RELS
from kerjasama.graph.store import GraphStore, Tables

BATCH = 5_000
"""Rows per ``UNWIND $rows`` transaction: big enough to amortise a round trip,
small enough to stay well under a server's message limit (16 MB on ArcadeDB)."""

READ_REFUSED = {
    # What Neo4j answers when a READ-mode transaction tries to write.
    "Neo.ClientError.Statement.AccessMode",
    "Neo.ClientError.General.ReadOnly",
    "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
    "Neo.ClientError.Cluster.NotALeader",
    "Neo.ClientError.Transaction.ForbiddenDueToTransactionType",
}

REFUSED = "this query would change the graph; it runs only with write access"

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _name(name: str) -> str:
    # Schema names are written into Cypher; make sure they can only ever be names.
    if not _NAME.match(name):
        raise ValueError(f"not a Cypher name: {name!r}")
    return name


def constraint_statements() -> list[str]:
    """The uniqueness constraints on the node keys of the schema.

    >>> constraint_statements()[0]
    'CREATE CONSTRAINT region_code_unique IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE'
    """
    return [
        f"CREATE CONSTRAINT {_name(n.label.lower())}_{_name(n.key)}_unique IF NOT EXISTS "
        f"FOR (n:{_name(n.label)}) REQUIRE n.{_name(n.key)} IS UNIQUE"
        for n in NODES.values()
    ]


# -- values ------------------------------------------------------------------
def to_python(value: Any) -> Any:
    """A driver value as the embedded store returns it: dates as ``datetime.date``.

    Nodes, relationships and paths become dicts shaped like LadybugDB's
    (``_LABEL``, ``_ID``, ``_NODES``, ``_RELS``), with every schema property
    present (None when unset).

    >>> import neo4j.time
    >>> to_python({"d": neo4j.time.Date(2024, 4, 26), "xs": [neo4j.time.Date(2024, 1, 2)]})
    {'d': datetime.date(2024, 4, 26), 'xs': [datetime.date(2024, 1, 2)]}
    """
    if isinstance(value, (neo4j.time.Date, neo4j.time.DateTime, neo4j.time.Time)):
        return value.to_native()
    if isinstance(value, neo4j.time.Duration):
        if value.months == 0:
            return dt.timedelta(days=value.days, seconds=value.seconds,
                                microseconds=value.nanoseconds // 1000)
        return value
    if isinstance(value, list):
        return [to_python(v) for v in value]
    if isinstance(value, dict):
        return {k: to_python(v) for k, v in value.items()}
    if isinstance(value, Node):
        label = min(value.labels) if value.labels else None
        props = dict.fromkeys(NODES[label].properties) if label in NODES else {}
        props.update(to_python(dict(value)))
        return {"_ID": value.element_id, "_LABEL": label, **props}
    if isinstance(value, Relationship):
        props = dict.fromkeys(RELS[value.type].properties) if value.type in RELS else {}
        props.update(to_python(dict(value)))
        return {"_SRC": value.start_node.element_id if value.start_node else None,
                "_DST": value.end_node.element_id if value.end_node else None,
                "_LABEL": value.type, "_ID": value.element_id, **props}
    if isinstance(value, Path):
        return {"_NODES": [to_python(n) for n in value.nodes],
                "_RELS": [to_python(r) for r in value.relationships]}
    return value


def _to_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value))


def _coerce(row: dict, columns: dict[str, str]) -> dict:
    """A table row with exactly the schema's columns, in the types the driver sends."""
    out = {}
    for name, typ in columns.items():
        value = row.get(name)
        if value is not None:
            if typ == "DATE":
                value = _to_date(value)
            elif typ.endswith("[]"):
                value = list(value)
        out[name] = value
    return out


def _frozen(props: dict) -> tuple:
    """Properties as a hashable value, comparable between tables and the server."""
    def freeze(v):
        v = to_python(v)
        return tuple(freeze(x) for x in v) if isinstance(v, list) else v

    return tuple(sorted((k, freeze(v)) for k, v in props.items() if v is not None))


def _batches(rows: list, size: int) -> Iterator[list]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


# -- the store ----------------------------------------------------------------
class Neo4jStore(GraphStore):
    """The graph on a Neo4j server at ``uri`` (``bolt://``, ``neo4j://``, ``neo4j+s://`` ...)."""

    name = "neo4j"

    def __init__(self, uri: str, *, user: str | None = None, password: str | None = None,
                 database: str | None = None, batch_size: int = BATCH):
        self.uri = uri
        self.database = database or None
        self.batch_size = batch_size
        self.last_load: dict[str, int] | None = None  # what the latest load wrote
        self._connected = False
        auth = (user or "neo4j", password or "") if (user or password) else None
        try:
            # The password lives in the driver only: never on self, so never in a repr or log.
            self._driver = neo4j.GraphDatabase.driver(uri, auth=auth)
        except (ValueError, DriverError) as err:
            # The driver's message repeats the URI as given, password and all.
            message = self._scrub(str(err))
            if password:
                message = message.replace(password, "***")
            raise QueryError(f"cannot use Neo4j URI {self._safe_uri()}: {message}") from None

    def __repr__(self) -> str:
        return f"Neo4jStore({self._safe_uri()!r}, database={self.database!r})"

    def _safe_uri(self) -> str:
        # A URI may carry user:password@; never show that part.
        return re.sub(r"//[^/@]*@", "//", self.uri)

    def _scrub(self, message: str) -> str:
        """``message`` with the URI as given replaced by its safe form."""
        return message.replace(self.uri, self._safe_uri())

    def close(self) -> None:
        self._driver.close()

    # -- errors ---------------------------------------------------------------
    @contextmanager
    def _errors(self, write: bool) -> Iterator[None]:
        try:
            yield
        except Neo4jError as err:
            message = err.message or str(err)
            if not write and err.code in READ_REFUSED:
                raise ReadOnlyQuery(f"{REFUSED} ({message})") from None
            raise QueryError(message) from None
        except ServiceUnavailable as err:
            raise QueryError(f"cannot reach Neo4j at {self._safe_uri()}: "
                             f"{self._scrub(str(err))}") from None
        except DriverError as err:
            raise QueryError(f"Neo4j at {self._safe_uri()}: {self._scrub(str(err))}") from None

    def _connect(self) -> None:
        # Once, before the first write: execute_query retries an unreachable server
        # for half a minute, so find out at once instead.
        if not self._connected:
            with self._errors(write=True):
                self._driver.verify_connectivity()
            self._connected = True

    # -- low level ------------------------------------------------------------
    def _write(self, cypher: str, params: dict | None = None) -> neo4j.EagerResult:
        self._connect()
        with self._errors(write=True):
            return self._driver.execute_query(cypher, params or {}, database_=self.database,
                                              routing_=neo4j.RoutingControl.WRITE)

    def _read(self, cypher: str, params: dict | None = None) -> list[neo4j.Record]:
        # Our own, known read-only Cypher (the load's look at what is there).
        self._connect()
        with self._errors(write=True):
            return self._driver.execute_query(cypher, params or {}, database_=self.database,
                                              routing_=neo4j.RoutingControl.READ).records

    def _write_batches(self, cypher: str, rows: list) -> int:
        for batch in _batches(rows, self.batch_size):
            self._write(cypher, {"rows": batch})
        return len(rows)

    # -- GraphStore -----------------------------------------------------------
    def run(self, cypher: str, params: dict | None = None, *, write: bool = False) -> list[dict]:
        if write:
            result = self._write(cypher, params)
            return [to_python(dict(r)) for r in result.records]
        with self._errors(write=False):
            with self._driver.session(database=self.database,
                                      default_access_mode=neo4j.READ_ACCESS) as session:
                tx = session.begin_transaction()
                try:
                    result = tx.run(cypher, params or {})
                    rows = [to_python(dict(r)) for r in result]
                    summary = result.consume()
                finally:
                    # Never committed: whatever a server that ignores READ mode did is undone.
                    tx.close()
        counters = summary.counters
        if (summary.query_type not in (None, "r") or counters.contains_updates
                or counters.contains_system_updates):
            kind = {"w": "write", "rw": "read-write", "s": "schema"}.get(summary.query_type, "write")
            raise ReadOnlyQuery(f"{REFUSED} (the server reports a {kind} query)")
        return rows

    def load(self, tables: Tables) -> dict[str, int]:
        """Make the server's graph equal to ``tables``; counts of what was written.

        Returns ``nodes_deleted``, ``nodes_written`` (new or changed),
        ``rels_deleted`` and ``rels_written``.
        """
        nodes = _node_rows(tables)
        rels = _rel_rows(tables, nodes)
        counts = dict.fromkeys(("nodes_deleted", "nodes_written", "rels_deleted", "rels_written"), 0)
        for statement in constraint_statements():
            self._write(statement)
        for label, rows in nodes.items():
            deleted, written = self._sync_nodes(label, rows)
            counts["nodes_deleted"] += deleted
            counts["nodes_written"] += written
        for rtype, rows in rels.items():
            deleted, written = self._sync_rels(rtype, rows)
            counts["rels_deleted"] += deleted
            counts["rels_written"] += written
        self.last_load = counts
        return counts

    def counts(self) -> dict[str, int]:
        """Nodes per label and relationships per type of the schema, as on the server."""
        out = {}
        for label in NODES:
            out[label] = self._read(f"MATCH (n:{_name(label)}) RETURN count(n) AS n")[0]["n"]
        for rtype, rel in RELS.items():
            out[rtype] = self._read(
                f"MATCH (:{_name(rel.start)})-[r:{_name(rtype)}]->(:{_name(rel.end)}) "
                "RETURN count(r) AS n")[0]["n"]
        return out

    # -- load by difference ------------------------------------------------------
    def _sync_nodes(self, label: str, rows: dict[str, dict]) -> tuple[int, int]:
        key = _name(NODES[label].key)
        label = _name(label)
        there = {r["k"]: _frozen(r["p"]) for r in
                 self._read(f"MATCH (n:{label}) RETURN n.{key} AS k, properties(n) AS p")}
        stale = [k for k in there if k not in rows]
        changed = [row for k, row in rows.items() if there.get(k) != _frozen(row)]
        self._write_batches(f"UNWIND $rows AS k MATCH (n:{label} {{{key}: k}}) DETACH DELETE n",
                            stale)
        # SET n = row replaces every property; a None in the row removes one.
        self._write_batches(f"UNWIND $rows AS row MERGE (n:{label} {{{key}: row.{key}}}) "
                            "SET n = row", changed)
        return len(stale), len(changed)

    def _sync_rels(self, rtype: str, rows: list[dict]) -> tuple[int, int]:
        rel = RELS[rtype]
        start, end = NODES[rel.start], NODES[rel.end]
        pattern = (f"(a:{_name(start.label)} {{{_name(start.key)}: p.from}})"
                   f"-[r:{_name(rtype)}]->(b:{_name(end.label)} {{{_name(end.key)}: p.to}})")
        there: dict[tuple, list] = defaultdict(list)
        # Without properties in the schema, the ends are all there is to compare (and to read).
        props = "properties(r)" if rel.properties else "{}"
        for r in self._read(f"MATCH (a:{start.label})-[r:{rtype}]->(b:{end.label}) "
                            f"RETURN a.{start.key} AS f, b.{end.key} AS t, {props} AS p"):
            there[(r["f"], r["t"])].append(_frozen(r["p"]))
        wanted: dict[tuple, list] = defaultdict(list)
        for row in rows:
            wanted[(row["from"], row["to"])].append(row)
        # A pair whose relationships differ in any way gets all of them rewritten.
        differ = {pair for pair in set(there) | set(wanted)
                  if sorted(there.get(pair, [])) != sorted(_frozen(r["props"]) for r in wanted.get(pair, []))}
        stale = [{"from": f, "to": t} for f, t in differ if (f, t) in there]
        self._write_batches(f"UNWIND $rows AS p MATCH {pattern} DELETE r", stale)
        new = [row for pair in differ for row in wanted.get(pair, [])]
        # Properties in the CREATE map (a null one is simply not set): cheaper than a SET.
        props = ", ".join(f"{_name(p)}: p.props.{p}" for p in rel.properties)
        self._write_batches(
            f"UNWIND $rows AS p MATCH (a:{start.label} {{{start.key}: p.from}}), "
            f"(b:{end.label} {{{end.key}: p.to}}) CREATE (a)-[:{rtype}"
            + (f" {{{props}}}" if props else "") + "]->(b)",
            new)
        return sum(len(there[p]) for p in differ if p in there), len(new)


def _node_rows(tables: Tables) -> dict[str, dict[str, dict]]:
    """Node rows per label, keyed by their key; a repeated key is an error, as in the embedded store."""
    out: dict[str, dict[str, dict]] = {}
    for label, node in NODES.items():
        rows: dict[str, dict] = {}
        for row in tables.get("nodes", {}).get(label) or []:
            row = _coerce(row, node.properties)
            key = row[node.key]
            if key is None or key in rows:
                raise QueryError(f"{label}: {'missing' if key is None else 'repeated'} "
                                 f"{node.key} {key!r}")
            rows[key] = row
        out[label] = rows
    return out


def _rel_rows(tables: Tables, nodes: dict[str, dict[str, dict]]) -> dict[str, list[dict]]:
    """Relationship rows per type as ``{from, to, props}``; both ends must be in the node tables."""
    out = {}
    for rtype, rel in RELS.items():
        rows = []
        for row in tables.get("rels", {}).get(rtype) or []:
            for end, label in (("from", rel.start), ("to", rel.end)):
                if row.get(end) not in nodes[label]:
                    raise QueryError(f"{rtype}: no {label} with {NODES[label].key} "
                                     f"{row.get(end)!r}")
            rows.append({"from": row["from"], "to": row["to"],
                         "props": _coerce(row, rel.properties)})
        out[rtype] = rows
    return out
