"""Loading into a Bolt server: batched ``UNWIND $rows`` against the embedded COPY and against
one statement per row.

    python benchmarks/neo4j_load.py [--agreements 100000] [--rows 1000] [--batch 5000] [--json]

The same seeded synthetic national graph (``kerjasama.loaders.synthetic``) is
loaded three ways:

- the embedded store: ``LadybugStore.load`` (COPY FROM Arrow);
- the Bolt server: ``Neo4jStore.load`` into an empty database (batched
  ``UNWIND $rows`` through ``execute_query``), then the same tables again
  (load by difference: reads everything, writes nothing);
- the Bolt server row by row, on a small slice: one ``execute_query`` per
  node and relationship row (regions, sectors and IN_PROVINCE loaded batched
  first, as any real loader would), the way per-record code would write.

The Bolt server is ArcadeDB from ``arcadedb-embedded`` (tests/bolt_server.py)
unless ``--neo4j URI`` (or NEO4J_URI, with NEO4J_USERNAME / NEO4J_PASSWORD /
NEO4J_DATABASE) names a real server; its database is emptied first.
Each figure is printed with its baseline and their ratio.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "tests") not in sys.path:
    sys.path.insert(0, str(ROOT / "tests"))  # tests/bolt_server.py

SEED = 7


def _clock(fn, *args):
    t = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - t, result


def _figure(name, value, unit, baseline=None, baseline_name=None, **extra) -> dict:
    # The shape of benchmarks/run.py's figures, so the runner can include these.
    return {"name": name, "value": value, "unit": unit, "baseline": baseline,
            "baseline_name": baseline_name, "ratio": value / baseline if baseline else None,
            "target": None, "ok": None, **extra}


@contextlib.contextmanager
def bolt_store(uri=None, user=None, password=None, database=None, batch_size=None):
    """A Neo4jStore on ``uri``, or on a Bolt test server started for the run; emptied."""
    from kerjasama.graph.neo4j_store import BATCH, Neo4jStore

    with contextlib.ExitStack() as stack:
        if uri is None:
            from bolt_server import BoltServer

            server = stack.enter_context(BoltServer())
            uri, user, password, database = (server.uri, server.user, server.password,
                                             server.database)
        store = stack.enter_context(Neo4jStore(uri, user=user, password=password,
                                               database=database,
                                               batch_size=batch_size or BATCH))
        store.run("MATCH (n) DETACH DELETE n", write=True)
        yield store


def _expected_counts(tables) -> dict:
    return {**{k: len(v) for k, v in tables["nodes"].items()},
            **{k: len(v) for k, v in tables["rels"].items()}}


def load_row_by_row(store, tables) -> None:
    """Base nodes batched, then one statement per Agreement/Source/Official row and per rel."""
    from kerjasama.graph.schema import NODES, RELS
    from kerjasama.graph.store import empty_tables

    base = empty_tables()
    base["nodes"]["Region"] = tables["nodes"]["Region"]
    base["nodes"]["Sector"] = tables["nodes"]["Sector"]
    base["rels"]["IN_PROVINCE"] = tables["rels"]["IN_PROVINCE"]
    store.load(base)
    t = time.perf_counter()
    for label in ("Source", "Official", "Agreement"):
        node = NODES[label]
        cypher = f"MERGE (n:{label} {{{node.key}: $row.{node.key}}}) SET n = $row"
        for row in tables["nodes"][label]:
            store.run(cypher, {"row": {p: row.get(p) for p in node.properties}}, write=True)
    for rtype, rel in RELS.items():
        if rtype == "IN_PROVINCE":
            continue
        start, end = NODES[rel.start], NODES[rel.end]
        cypher = (f"MATCH (a:{rel.start} {{{start.key}: $from}}) "
                  f"MATCH (b:{rel.end} {{{end.key}: $to}}) "
                  f"CREATE (a)-[r:{rtype}]->(b) SET r = $props")
        for row in tables["rels"][rtype]:
            store.run(cypher, {"from": row["from"], "to": row["to"],
                               "props": {p: row.get(p) for p in rel.properties}}, write=True)
    return time.perf_counter() - t


def measure(n_agreements: int = 100_000, n_rows: int = 1_000, work: Path | None = None, *,
            batch_size: int | None = None, uri=None, user=None, password=None,
            database=None, log=print) -> list[dict]:
    """The three loads; figures as dicts (value, baseline, ratio, and the raw seconds)."""
    from kerjasama.graph.ladybug_store import LadybugStore
    from kerjasama.loaders.synthetic import synthetic_tables

    work = Path(work or tempfile.mkdtemp(prefix="kerjasama-bench-"))
    tables = synthetic_tables(n_agreements, seed=SEED)
    n_rels = sum(len(v) for v in tables["rels"].values())
    log(f"{n_agreements} synthetic agreements: "
        f"{sum(len(v) for v in tables['nodes'].values())} nodes, {n_rels} relationships")

    embedded = LadybugStore(work / "neo4j-bench.lbug")
    t_copy, _ = _clock(embedded.load, tables)
    embedded.close()
    log(f"  embedded COPY:            {t_copy:8.2f} s")

    with bolt_store(uri, user, password, database, batch_size) as store:
        t_batched, written = _clock(store.load, tables)
        log(f"  Bolt UNWIND batches:      {t_batched:8.2f} s  "
            f"({store.batch_size} rows a batch; {written['nodes_written']} nodes, "
            f"{written['rels_written']} relationships)")
        same = store.counts() == _expected_counts(tables)
        t_again, again = _clock(store.load, tables)
        log(f"  Bolt same tables again:   {t_again:8.2f} s  (wrote {again})")
        server = "ArcadeDB (arcadedb-embedded)" if uri is None else "Neo4j"

    slice_tables = synthetic_tables(n_rows, seed=SEED)
    with bolt_store(uri, user, password, database, batch_size) as store:
        t_rows = load_row_by_row(store, slice_tables)
        same_rows = store.counts() == _expected_counts(slice_tables)
        log(f"  Bolt row by row ({n_rows}):  {t_rows:8.2f} s")

    batched = n_agreements / t_batched
    return [
        _figure("neo4j load", batched, "agreements/s", baseline=n_agreements / t_copy,
                baseline_name="embedded COPY, same tables", server=server,
                agreements=n_agreements, relationships=n_rels, seconds=t_batched,
                copy_seconds=t_copy, counts_equal=same),
        _figure("neo4j load vs row by row", batched, "agreements/s",
                baseline=n_rows / t_rows,
                baseline_name=f"one statement per row, {n_rows} agreements", server=server,
                row_seconds=t_rows, row_counts_equal=same_rows),
        _figure("neo4j reload unchanged", t_again, "s", baseline=t_batched,
                baseline_name="first load", writes=again),
    ]


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--agreements", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=1_000,
                        help="agreements in the row-by-row slice")
    parser.add_argument("--batch", type=int, default=None, help="rows per UNWIND batch")
    parser.add_argument("--neo4j", default=os.environ.get("NEO4J_URI"), metavar="URI",
                        help="a real server instead of the Bolt test server (emptied!)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    figures = measure(args.agreements, args.rows, batch_size=args.batch, uri=args.neo4j,
                      user=os.environ.get("NEO4J_USERNAME"),
                      password=os.environ.get("NEO4J_PASSWORD"),
                      database=os.environ.get("NEO4J_DATABASE"),
                      log=(lambda *_: None) if args.json else print)
    if args.json:
        print(json.dumps(figures, indent=2, default=str))
        return
    for f in figures:
        ratio = f"{f['ratio']:.3g}x" if f["ratio"] is not None else "-"
        print(f"{f['name']:<26} {f['value']:>12,.1f} {f['unit']:<13} vs {f['baseline']:>12,.1f} "
              f"({f['baseline_name']}): {ratio}")


if __name__ == "__main__":
    main()
