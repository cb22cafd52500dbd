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

import glob
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import ladybug

from kerjasama.errors import GraphUnreadable, QueryError, ReadOnlyQuery

from kerjasama.graph.gc_pause import paused_gc
from kerjasama.graph.gil_switch import short_switch_interval
from kerjasama.graph.malloc_release import release_large_blocks
from kerjasama.graph.schema import NODES, RELS
from kerjasama.graph.store import GraphStore, Tables

WRITE_REFUSED = "Cannot execute write operations in a read-only database"
POOL_FULL = "buffer pool is full"

READ_POOL = 1 << 30
"""Least buffer pool of a read-only open, in bytes. LadybugDB's default is 80% of
the machine's memory, and setting that up is most of the cost of opening (28 ms
against 9 ms for the national graph, any size up to 8 GB costing about the
same); a read that needs more reopens with the default."""


def read_pool_size(path: Path) -> int:
    """Buffer pool for reading the database at ``path``: room for all its pages and
    the queries' own tables; 0 (LadybugDB's default) when that is most of the memory.

    >>> read_pool_size(Path("no-such-graph.lbug")) in (READ_POOL, 0)  # 0 below 1.3 GB of memory
    True
    """
    try:
        want = max(READ_POOL, 4 * path.stat().st_size)
    except OSError:
        want = READ_POOL
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return want
    return want if want < 0.8 * memory else 0


WRITE_POOL = 512 << 20
"""Least buffer pool of a load, in bytes. The default (80% of memory) cost ~35 MB more
resident memory during a load than a bounded pool; 100k synthetic agreements (a million
rows) load in a 128 MB pool, as fast as with the default."""


def write_pool_size(tables: Tables) -> int:
    """Buffer pool for loading ``tables``: ``WRITE_POOL``, or 1 KB per row when that is
    more (eight times what a national load was measured to need); 0 (LadybugDB's
    default) when that is most of the memory.

    >>> write_pool_size({"nodes": {}, "rels": {}}) in (WRITE_POOL, 0)
    True
    """
    rows = sum(len(r) for part in tables.values() for r in part.values())
    want = max(WRITE_POOL, rows << 10)
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return want
    return want if want < 0.8 * memory else 0


def _ddl() -> list[str]:
    statements = []
    for node in NODES.values():
        cols = ", ".join(f"{name} {typ}" for name, typ in node.properties.items())
        statements.append(f"CREATE NODE TABLE {node.label}({cols}, PRIMARY KEY ({node.key}))")
    for rel in RELS.values():
        cols = "".join(f", {name} {typ}" for name, typ in rel.properties.items())
        statements.append(f"CREATE REL TABLE {rel.type}(FROM {rel.start} TO {rel.end}{cols})")
    return statements


def _arrow(rows: list[dict], columns: dict[str, str]):
    # pyarrow (with numpy) takes longer to import than a question takes to answer, and
    # only loads need it.
    import pyarrow as pa

    types = {"STRING": pa.string(), "DATE": pa.date32(), "INT64": pa.int64(),
             "DOUBLE": pa.float64(), "STRING[]": pa.list_(pa.string())}
    # Column by column: a dict per row for Table.from_pylist was most of a national load
    # (100k agreements: 3.2 of 4.9 s).
    # The C library's allocator: Arrow's default (mimalloc) held about twice the bytes of
    # the tables here, at the moment the database needs its own memory.
    pool = pa.system_memory_pool()
    return pa.Table.from_arrays(
        [pa.array([row.get(name) for row in rows], type=types[typ], memory_pool=pool)
         for name, typ in columns.items()],
        names=list(columns))


_SIDECARS = ("wal", "shadow", "checkpoint", "tmp")


def _sidecars(path: Path) -> list[Path]:
    """The database's own files beside ``path``: write-ahead log, shadow pages, checkpoint
    and temporary files (``graph.lbug.wal``, ``graph.lbug.wal.checkpoint``, ...)."""
    prefix = path.name + "."
    return [p for p in path.parent.glob(glob.escape(prefix) + "*")
            if p.name[len(prefix):].split(".")[0] in _SIDECARS]


def _remove(path: Path, *, sidecars_only: bool = False) -> None:
    # A process killed while writing leaves these; the database refuses to open a file
    # beside another database's log, so they go with the file they belonged to.
    for p in ([] if sidecars_only else [path]) + _sidecars(path):
        try:
            p.unlink()
        except FileNotFoundError:
            pass


def _rebuild_hint(path: Path) -> str:
    return (f"the records are intact: rebuild the graph from them with "
            f"`kerjasama rebuild --data {path.parent}`")


def schema_differences(conn) -> list[str]:
    """How the tables in an open database differ from ``schema.NODES`` / ``RELS``.

    Empty when they match; else one short phrase per missing table or column.
    """
    found = {row[1] for row in conn.execute("CALL show_tables() RETURN *").get_all()}
    differences = []
    for name, columns in [(n.label, n.properties) for n in NODES.values()] + [
            (r.type, r.properties) for r in RELS.values()]:
        if name not in found:
            differences.append(f"no {name} table")
            continue
        have = {row[1] for row in conn.execute(f"CALL table_info('{name}') RETURN *").get_all()}
        differences += [f"{name} has no {c}" for c in columns if c not in have]
    return differences


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


OWN_SESSION = frozenset({"Agreement", "MENTIONS"})
"""Tables a load copies in a database session of their own. Closing a session lets go of
its buffer pool pages, which otherwise stay through every later COPY: the node tables
share one session, the relationships a second, and the largest of each (at article scale)
gets its own. A 20k-article rebuild peaked at 530-570 MB in one session, 485-513 MB in two
and 378-381 MB in four (with ``release_large_blocks``: 414-421 MB in two). Both tables also
copy faster alone (100k agreements: 1.3 -> 1.0 s, and 0.4 -> 0.2 s), paying for the two
session changes (0.1 and 0.2 s). A session per table slowed the relationships, each
reading its nodes' indexes again."""


def table_order(tables: Tables, *, consume: bool = False):
    """(part, name, rows) of ``tables`` in an order the database can copy them: node tables
    first, each part's ``OWN_SESSION`` table last. With ``consume`` each table is taken out
    of ``tables`` as it is handed out.

    >>> [name for _, name, _ in table_order({})][:5]
    ['Region', 'Official', 'Sector', 'Source', 'Agreement']
    """
    for part, names in (("nodes", NODES), ("rels", RELS)):
        held = tables.get(part, {})
        for name in sorted(names, key=lambda n: n in OWN_SESSION):
            yield part, name, (held.pop(name, None) if consume else held.get(name))


def _columns(part: str, name: str) -> dict[str, str]:
    if part == "nodes":
        return NODES[name].properties
    return {"from": "STRING", "to": "STRING", **RELS[name].properties}


def _arrow_tables(stream):
    """(part, name, Arrow table or None) for each (part, name, rows) of ``stream``."""
    for part, name, rows in stream:
        yield part, name, (_arrow(rows, _columns(part, name)) if rows else None)
        del rows


class _Writer:
    """Write sessions on the database file at ``path``, one at a time, each closed (and
    checkpointed) before the next; a statement that does not fit the buffer pool runs
    again in a session with LadybugDB's default pool (a COPY is all or nothing)."""

    def __init__(self, path: Path, pool: int):
        self.path, self.pool = path, pool
        self._db = self._conn = None

    def new_session(self) -> None:
        self.close()
        self._db = ladybug.Database(str(self.path), buffer_pool_size=self.pool)
        self._conn = ladybug.Connection(self._db)

    def execute(self, statement: str, parameters: dict | None = None) -> None:
        """Run ``statement``; ``parameters`` may hold the Arrow table a COPY reads."""
        try:
            self._conn.execute(statement, parameters or {})
        except RuntimeError as err:
            if POOL_FULL not in str(err) or self.pool == 0:
                raise
            self.pool = 0
            self.new_session()
            self.execute(statement, parameters)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._db.close()
        self._db = self._conn = None


@paused_gc()  # the tables' millions of rows: see gc_pause
@short_switch_interval()  # each COPY gets the lock back from the converter at once: see gil_switch
def _load_into(path: Path, stream, pool: int) -> None:
    """Write a new database file at ``path`` holding the schema and the tables of ``stream``
    ((part, name, rows), node tables first, as ``table_order`` gives them), in a buffer
    pool of ``pool`` bytes, or LadybugDB's default when a table does not fit.

    Tables are made and turned into Arrow in a second thread while the database copies
    the ones before: making and converting hold the interpreter, COPY lets go of it, so
    the two overlap on two cores (with a short switch interval, so that the COPY, taking
    the lock back now and then, does not wait for it).
    """
    release_large_blocks()  # each table's Arrow copy and COPY buffers, freed, leave the heap
    converted = _arrow_tables(stream)
    writer = _Writer(path, pool)
    with ThreadPoolExecutor(max_workers=1) as converter:
        # One table made ahead of the one being copied, not more: the agreements are made
        # while the sources are copied. Four ahead held more at once (20k-article rebuild
        # peak 485-489 -> 514 MB).
        upcoming = converter.submit(next, converted, None)
        try:
            writer.new_session()
            for statement in _ddl():
                writer.execute(statement)
            session_part = "nodes"
            while (item := upcoming.result()) is not None:
                upcoming = converter.submit(next, converted, None)
                part, name, rows = item
                if part != session_part or name in OWN_SESSION:  # see OWN_SESSION
                    writer.new_session()
                    session_part = part
                if rows is not None:
                    writer.execute(f"COPY {name} FROM $rows", {"rows": rows})
                # One table's Arrow copy at a time, not all of them until the end.
                del item, rows
        finally:
            writer.close()
            upcoming.cancel()
    from kerjasama.loaders.records import fsync_path  # loads only: not at every command's start

    fsync_path(path)  # the new file's bytes, then the rename, on disk before the old graph goes


class LadybugStore(GraphStore):
    """The graph in a LadybugDB file (default ``DATA/graph.lbug``)."""

    name = "ladybug"

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self._db = None
        self._conn = None
        self._writable = False
        self._bounded = True  # read-only opens use read_pool_size until a read needs more

    # -- connections -------------------------------------------------------
    def _connection(self, write: bool):
        # Reads open the file read-only, so the database itself refuses writes.
        if self._db is None or self._writable != write:
            self.close()
            if not self.path.exists():
                # An empty graph with the schema, so queries work before any ingest.
                self._create_empty()
            pool = read_pool_size(self.path) if self._bounded and not write else 0
            try:
                self._db = ladybug.Database(str(self.path), read_only=not write,
                                            buffer_pool_size=pool)
                self._conn = ladybug.Connection(self._db)
            except RuntimeError as err:
                self.close()
                if pool and POOL_FULL in str(err):
                    self._bounded = False
                    return self._connection(write)
                reason = str(err).splitlines()[0].removeprefix("Runtime exception: ")
                raise GraphUnreadable(
                    f"{self.path} cannot be opened ({reason}): it is damaged or was made by "
                    f"another version; {_rebuild_hint(self.path)}") from None
            self._writable = write
        return self._conn

    def _remove_orphaned_empties(self) -> None:
        # Empty graphs of readers killed while making one (their process is gone).
        prefix = self.path.name + ".empty-"
        for path in self.path.parent.glob(glob.escape(prefix) + "*"):
            pid = path.name[len(prefix):].split(".")[0]
            if pid.isdigit() and not _alive(int(pid)):
                _remove(self.path.with_name(prefix + pid))  # with its logs

    def _create_empty(self) -> None:
        # A reader may get here while the first ingest is loading the graph: build the
        # empty graph under a name of its own and link it into place only if the path is
        # still free, so neither the ingest's file nor its result is touched.
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f"{self.path.name}.empty-{os.getpid()}")
        _remove(tmp)
        try:
            _load_into(tmp, table_order({}), write_pool_size({}))
            try:
                os.link(tmp, self.path)
            except FileExistsError:
                pass
            except OSError:
                # A file system without hard links (a FAT drive): rename, unless the
                # graph appeared meanwhile.
                if not self.path.exists():
                    os.replace(tmp, self.path)
        finally:
            _remove(tmp)

    def close(self) -> None:
        self._conn = None
        if self._db is not None:
            self._db.close()
        self._db = None

    # -- GraphStore --------------------------------------------------------
    def load(self, tables: Tables, *, consume: bool = False) -> None:
        """Replace the graph with ``tables``. With ``consume`` the rows are taken out of
        ``tables`` as they are copied (it is left empty): a national rebuild then does
        not hold every row as Python dicts while the database loads."""
        self.load_stream(table_order(tables, consume=consume), pool=write_pool_size(tables))

    def load_stream(self, stream, *, pool: int | None = None) -> None:
        """Replace the graph with the tables of ``stream``, (part, name, rows) with the node
        tables first (``graph.build.table_stream``, ``table_order``), each table copied as
        it comes. ``pool``: buffer pool bytes (default: ``write_pool_size`` of no rows).

        >>> import tempfile, pathlib
        >>> from kerjasama.graph.build import table_stream
        >>> with LadybugStore(pathlib.Path(tempfile.mkdtemp()) / "graph.lbug") as store:
        ...     store.load_stream(table_stream([]))
        ...     store.run("MATCH (s:Sector) RETURN count(s) AS n")
        [{'n': 36}]
        """
        self.close()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".new")
        _remove(tmp)  # a load killed half-way left it; it was never the graph
        self._remove_orphaned_empties()
        _load_into(tmp, stream, write_pool_size({}) if pool is None else pool)
        # Logs a killed `cypher --write` left belong to the graph being replaced.
        _remove(self.path, sidecars_only=True)
        os.replace(tmp, self.path)
        _remove(tmp)
        from kerjasama.loaders.records import fsync_path

        fsync_path(self.path.parent)

    def run(self, cypher: str, params: dict | None = None, *, write: bool = False) -> list[dict]:
        conn = self._connection(write)
        try:
            result = conn.execute(cypher, params or {})
        except RuntimeError as err:
            message = str(err)
            if POOL_FULL in message and not write and self._bounded:
                # A read changes nothing, so it can run again with the default pool.
                self._bounded = False
                self.close()
                return self.run(cypher, params)
            if WRITE_REFUSED in message:
                raise ReadOnlyQuery(
                    "this query would change the graph; it runs only with write access"
                ) from None
            self._raise_if_stale(conn)
            raise QueryError(message) from None
        if isinstance(result, list):
            result = result[-1]
        columns = result.get_column_names()
        with paused_gc():  # a national read makes a row per agreement: see gc_pause
            return [dict(zip(columns, row)) for row in result.get_all()]

    def _raise_if_stale(self, conn) -> None:
        # Checked only when a query fails, so a current graph costs nothing: a graph from
        # an older version answers what it can and explains the rest.
        try:
            differences = schema_differences(conn)
        except RuntimeError:
            return
        if differences:
            raise GraphUnreadable(
                f"{self.path} was made by another version of kerjasama "
                f"({'; '.join(differences[:3])}); {_rebuild_hint(self.path)}")
