"""Benchmarks: each figure measured against a baseline in the same process, on the same data.

    python benchmarks/run.py [--scale small|full] [--json]

Figures (each printed with its baseline and their ratio):

- extraction: articles/s of the full extractor (``extract_text``) on synthetic
  articles, against a spaCy pipeline (``spacy.blank("id")`` plus an
  EntityRuler holding the region names) that only tags regions, the two
  taking turns on tenths of the articles;
- graph build: agreements/s from records into the embedded store
  (``graph.build.build``: the tables made and copied table by table; the
  median of three builds after a small one), against
  row-by-row MERGE (one statement per node and relationship row) on a smaller
  slice, per agreement;
- Neo4j load through the Bolt test server: batched ``UNWIND $rows`` against
  one statement per row;
- questions: median latency of each question on the national graph;
- memory: peak resident memory of a child process ingesting synthetic
  articles, at two sizes, against the size of the records themselves.

``small`` finishes in a few minutes; ``full`` is national scale (100,000
agreements, 20,000 articles). ``tiny`` is for the test suite only.
spaCy is a benchmark-only dependency: ``pip install -e '.[bench]'``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (str(HERE), str(ROOT / "tests")):
    if p not in sys.path:
        sys.path.insert(0, p)

import articles  # noqa: E402  (benchmarks/articles.py)

SCALES = {
    # articles: extraction; agreements: build and questions; merge: the MERGE slice;
    # neo4j / neo4j_rows: agreements loaded batched / row by row; memory: two ingest sizes.
    "tiny": dict(articles=60, agreements=2_000, merge=60, neo4j=300, neo4j_rows=30,
                 memory=(40, 120), repeats=3),
    "small": dict(articles=1_000, agreements=10_000, merge=300, neo4j=5_000, neo4j_rows=300,
                  memory=(1_000, 4_000), repeats=5),
    "full": dict(articles=20_000, agreements=100_000, merge=2_000, neo4j=100_000,
                 neo4j_rows=2_000, memory=(5_000, 20_000), repeats=9),
}

TARGETS = {
    "extraction": "≥ 300 articles/s and ≥ 3x spaCy",
    "build": "100k agreements < 5 s and ≥ 100x MERGE",
    "lookup": "< 100 ms median",
    "analytics": "< 3 s median",
    "memory": "20k-article ingest peak < 500 MB",
}


def figure(name, value, unit, *, baseline=None, baseline_name=None, target=None, ok=None,
           **extra) -> dict:
    """One measured figure with its baseline and their ratio (value / baseline)."""
    ratio = value / baseline if baseline else None
    return {"name": name, "value": value, "unit": unit, "baseline": baseline,
            "baseline_name": baseline_name, "ratio": ratio, "target": target, "ok": ok, **extra}


def _clock(fn, *args, **kwargs):
    t = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - t, result


# -- extraction -------------------------------------------------------------------------
def spacy_tagger():
    """The baseline: blank Indonesian spaCy with an EntityRuler of the region names.

    Patterns are each region's listed name ("Kab. Kampar", "Kota Pekanbaru",
    "Riau") and its bare name ("Kampar"), matched case-insensitively.
    """
    import spacy

    from kerjasama.loaders.regions import regions

    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    patterns = []
    for r in regions():
        bare = articles._base(r["name"])
        for form in {r["name"], bare}:
            patterns.append({"label": "REGION", "pattern": form, "id": r["code"]})
    ruler.add_patterns(patterns)
    return nlp


ROUNDS = 10
"""Extraction and its baseline take turns on tenths of the articles, so that the machine
speeding up or slowing down during the run (this one's speed drifted by half between runs)
weighs on both alike: the ratio is the summed times of the same articles."""


def bench_extraction(n: int) -> list[dict]:
    from kerjasama.loaders.extract import extract_text

    arts = articles.generate(n, seed=11)
    texts = [a["text"] for a in arts]
    extract_text(texts[0], id="warm-up")  # load the gazetteer and patterns once
    try:
        nlp = spacy_tagger()
    except ImportError:  # the bench extra is not installed: the figure without its baseline
        nlp, name = None, "spaCy not installed (pip install -e '.[bench]')"
    else:
        list(nlp.pipe(texts[:5]))
        name = "spaCy blank('id') + EntityRuler, regions only"
    records, t_ours, t_spacy, tagged = [], 0.0, 0.0, 0
    step = -(-n // ROUNDS)
    for turn, start in enumerate(range(0, n, step)):
        part, part_texts = arts[start:start + step], texts[start:start + step]
        # Who goes first alternates, so neither is always the one after a pause.
        for who in ("ours", "spacy") if turn % 2 == 0 else ("spacy", "ours"):
            if who == "ours":
                seconds, result = _clock(lambda: [extract_text(a["text"], id=a["id"]) for a in part])
                t_ours += seconds
                records += result
            elif nlp is not None:
                seconds, result = _clock(lambda: sum(len(d.ents) for d in nlp.pipe(part_texts)))
                t_spacy += seconds
                tagged += result
    ours_rate = n / t_ours
    base = n / t_spacy if nlp is not None else None
    quality = agreement_quality(records, [a["expected"] for a in arts])
    return [figure("extraction", ours_rate, "articles/s", baseline=base, baseline_name=name,
                   target=TARGETS["extraction"],
                   ok=ours_rate >= 300 and base is not None and ours_rate >= 3 * base,
                   articles=n, chars=sum(map(len, texts)), rounds=ROUNDS,
                   regions_tagged_by_spacy=tagged if nlp is not None else None,
                   synthetic_sanity=quality)]


def agreement_quality(records: list[dict], expected: list[dict]) -> dict:
    """Precision/recall of agreements (parties, kind) and officials (name, region).

    A sanity check of extraction on synthetic text, not a target.

    >>> exp = [{"agreements": [{"parties": ["1", "2"], "kind": "mou"}],
    ...         "officials": [{"name": "Budi", "region": "1"}]}]
    >>> agreement_quality(exp, exp)["agreements"]["f1"]
    1.0
    """
    def score(key):
        tp = n_pred = n_gold = 0
        for rec, exp in zip(records, expected):
            pred, gold = [key(x) for x in rec.get(kind_of) or []], [key(x) for x in exp[kind_of]]
            n_pred, n_gold = n_pred + len(pred), n_gold + len(gold)
            rest = list(pred)
            for g in gold:
                if g in rest:
                    rest.remove(g)
                    tp += 1
        p = tp / n_pred if n_pred else 1.0
        r = tp / n_gold if n_gold else 1.0
        return {"precision": round(p, 3), "recall": round(r, 3),
                "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}

    out = {}
    kind_of = "agreements"
    out["agreements"] = score(lambda a: (tuple(sorted(a["parties"])), a["kind"]))
    kind_of = "officials"
    out["officials"] = score(lambda o: (" ".join(o["name"].casefold().split()), o["region"]))
    return out


# -- graph build ------------------------------------------------------------------------
def _merge_statements():
    """One MERGE statement per node label and relationship type, from the schema."""
    from kerjasama.graph.schema import NODES, RELS

    nodes = {}
    for label, node in NODES.items():
        sets = ", ".join(f"n.{p} = ${p}" for p in node.properties if p != node.key)
        nodes[label] = f"MERGE (n:{label} {{{node.key}: ${node.key}}}) ON CREATE SET {sets}"
    rels = {}
    for rtype, rel in RELS.items():
        start, end = NODES[rel.start], NODES[rel.end]
        sets = ", ".join(f"r.{p} = ${p}" for p in rel.properties)
        rels[rtype] = (f"MATCH (a:{rel.start} {{{start.key}: $from}}), "
                       f"(b:{rel.end} {{{end.key}: $to}}) MERGE (a)-[r:{rtype}]->(b)"
                       + (f" ON CREATE SET {sets}" if sets else ""))
    return nodes, rels


def merge_row_by_row(path: Path, tables: dict) -> None:
    """Load ``tables`` the way per-record code would: regions and sectors by COPY, then
    every other node and relationship row with its own MERGE statement."""
    import ladybug

    from kerjasama.graph.ladybug_store import LadybugStore
    from kerjasama.graph.store import empty_tables

    base = empty_tables()
    base["nodes"]["Region"] = tables["nodes"]["Region"]
    base["nodes"]["Sector"] = tables["nodes"]["Sector"]
    base["rels"]["IN_PROVINCE"] = tables["rels"]["IN_PROVINCE"]
    LadybugStore(path).load(base)
    node_q, rel_q = _merge_statements()
    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    try:
        for label in ("Source", "Official", "Agreement"):
            for row in tables["nodes"][label]:
                conn.execute(node_q[label], row)
        for rtype, rows in tables["rels"].items():
            if rtype == "IN_PROVINCE":
                continue
            for row in rows:
                conn.execute(rel_q[rtype], row)
    finally:
        conn.close()
        db.close()


def _graph_counts(path: Path) -> dict:
    from kerjasama.graph.ladybug_store import LadybugStore
    from kerjasama.graph.schema import NODES, RELS

    with LadybugStore(path) as store:
        out = {lab: store.run(f"MATCH (n:{lab}) RETURN count(n) AS n")[0]["n"] for lab in NODES}
        out.update({t: store.run(f"MATCH ()-[r:{t}]->() RETURN count(r) AS n")[0]["n"]
                    for t in RELS})
    return out


BUILD_REPEATS = 3
"""The same 100k build took 5.7-6.8 s in three runs here: one build is one draw of that."""


def bench_build(n_agreements: int, n_merge: int, work: Path) -> list[dict]:
    from kerjasama.graph.build import build, build_tables
    from kerjasama.graph.ladybug_store import LadybugStore
    from kerjasama.loaders.synthetic import synthetic_records

    records = synthetic_records(n_agreements, seed=3)
    # As the extraction's warm-up: a process's first load imports pyarrow, which loads
    # pandas on its first conversion (0.3 s), once.
    with LadybugStore(work / "warm-up.lbug") as store:
        build(records[:10], store)
    # The product's build: tables made and copied table by table, overlapping; the median
    # of BUILD_REPEATS builds, each into a new file.
    times = []
    for i in range(BUILD_REPEATS):
        with LadybugStore(work / f"build-{i}.lbug") as store:
            seconds, rows = _clock(build, records, store)
        times.append(seconds)
    t_build = statistics.median(times)
    n = rows["Agreement"]
    ours = n / t_build

    # The baseline on a slice of the same records; its graph must equal the COPY one.
    per = max(1, n_agreements // len(records))
    slice_records = records[: max(1, n_merge // per)]
    slice_tables = build_tables(slice_records)
    t_merge, _ = _clock(merge_row_by_row, work / "merge.lbug", slice_tables)
    m = len(slice_tables["nodes"]["Agreement"])
    store = LadybugStore(work / "copy.lbug")
    store.load(slice_tables)
    store.close()
    same = _graph_counts(work / "merge.lbug") == _graph_counts(work / "copy.lbug")
    base = m / t_merge
    return [figure("build", ours, "agreements/s", baseline=base,
                   baseline_name=f"row-by-row MERGE, {m} agreements",
                   target=TARGETS["build"],
                   # 100k in 5 s is 20,000 agreements/s; smaller scales are held to the rate.
                   ok=ours >= 20_000 and ours >= 100 * base,
                   agreements=n, seconds=t_build, seconds_each=times, merge_seconds=t_merge,
                   merge_graph_equal=same)]


# -- Neo4j ------------------------------------------------------------------------------
def bench_neo4j(n_agreements: int, n_rows: int, work: Path, log=print) -> list[dict]:
    """benchmarks/neo4j_load.py's figures: batched UNWIND through the Bolt test server,
    against the embedded COPY and against one statement per row."""
    import neo4j_load

    return neo4j_load.measure(n_agreements, n_rows, work, log=lambda *a: log(" ".join(map(str, a))))


# -- questions --------------------------------------------------------------------------
def bench_questions(n_agreements: int, repeats: int, work: Path, log=print) -> list[dict]:
    """benchmarks/questions.py's medians: each question asked ``repeats`` times with varied
    arguments on the national synthetic graph, opening the store each time as a command
    does; the baseline column holds the same with one store kept open (a notebook)."""
    import questions

    def quiet(*a):
        log(" ".join(map(str, a)))

    cold = questions.measure(n_agreements, repeats, work / "cold", log=quiet)
    warm = {q["question"]: q for q in questions.measure(n_agreements, repeats, work / "warm",
                                                          warm=True, log=quiet)}
    out = []
    for q in cold:
        target = None if q.get("target_ms") is None else f"< {q['target_ms']:,} ms median"
        extra = {k: v for k, v in q.items() if k not in ("question", "median_ms", "ok")}
        w = warm.get(q["question"], {}).get("median_ms")
        out.append(figure(f"question {q['question']}", q["median_ms"], "ms median",
                          baseline=w or None, baseline_name="store kept open" if w else None,
                          target=target, ok=q.get("ok"), warm_median_ms=w, **extra))
    return out


# -- memory -----------------------------------------------------------------------------
# Each child prints one JSON line: its own report and its peak resident set, read from
# VmHWM (the high-water mark of the child's own address space). ru_maxrss of a child
# (getrusage RUSAGE_CHILDREN, os.wait4) is not used: Linux carries the parent's peak
# over into a child at fork/exec, so a child of a 400 MB benchmark process reports 400 MB.
PEAK = """
def _peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
"""
INGEST_CHILD = PEAK + """
import json, sys, time
import kerjasama.loaders.ingest as ingest_module
# The peak before the graph rebuild: the per-article phase (read, extract, store) alone.
rebuild_graph, before_rebuild = ingest_module.rebuild_graph, []
def timed_rebuild(*args, **kwargs):
    before_rebuild.append(_peak_mb())
    return rebuild_graph(*args, **kwargs)
ingest_module.rebuild_graph = timed_rebuild
t = time.perf_counter()
report = ingest_module.ingest([sys.argv[1]], sys.argv[2])
print(json.dumps({"seconds": time.perf_counter() - t, "files": report.files, "new": report.new,
                  "failed": len(report.failed), "records": report.records,
                  "agreements": report.graph.get("Agreement"), "peak_mb": _peak_mb(),
                  "peak_before_rebuild_mb": before_rebuild[0] if before_rebuild else None}))
"""
# The floor: the same imports, one extraction and an empty graph built; no articles.
FLOOR_CHILD = PEAK + """
import json, sys
import kerjasama.loaders.ingest
from kerjasama.graph.build import build
from kerjasama.graph.ladybug_store import LadybugStore
from kerjasama.loaders.extract import extract_text
extract_text("Pemkab Kampar dan Pemkot Pekanbaru menandatangani MoU.", id="x")
with LadybugStore(sys.argv[1] + "/floor.lbug") as store:
    build([], store)
    store.run("MATCH (r:Region) RETURN count(r) AS n")
print(json.dumps({"peak_mb": _peak_mb()}))
"""


def child_peak(code: str, *args) -> dict:
    """Run ``code`` in a fresh Python; its JSON output (with ``peak_mb``)."""
    proc = subprocess.run([sys.executable, "-c", code, *map(str, args)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _dir_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir()) if folder.exists() else 0


def bench_memory(sizes, work: Path) -> list[dict]:
    small, large = sizes
    folder = work / "articles"
    articles.write(large, folder, seed=5)
    files = sorted(folder.glob("*.txt"))
    runs = {}
    for n in (small, large):
        part = work / f"articles-{n}"
        part.mkdir()
        for f in files[:n]:
            os.link(f, part / f.name)
        data = work / f"data-{n}"
        report = child_peak(INGEST_CHILD, part, data)
        runs[n] = dict(report, records_mb=_dir_bytes(data / "records") / 2**20)
    floor = child_peak(FLOOR_CHILD, work)["peak_mb"]
    grow_mb = runs[large]["peak_mb"] - runs[small]["peak_mb"]
    records_grow_mb = runs[large]["records_mb"] - runs[small]["records_mb"]
    per_article_kb = grow_mb * 1024 / (large - small)
    return [
        figure("memory", runs[large]["peak_mb"], f"MB peak RSS, ingest of {large:,} articles",
               baseline=floor, baseline_name="same imports and an empty graph",
               target=TARGETS["memory"],
               ok=runs[large]["peak_mb"] < 500 if large >= 20_000 else None,
               runs={str(k): v for k, v in runs.items()}),
        figure("memory growth", per_article_kb, f"KB per article ({small:,} -> {large:,})",
               baseline=records_grow_mb * 1024 / (large - small),
               baseline_name="record JSON on disk, KB per article", target=None, ok=None,
               peak_small_mb=runs[small]["peak_mb"], peak_large_mb=runs[large]["peak_mb"],
               # Extracting and storing article by article stays flat; the rebuild holds
               # every record, the graph tables and the database's load at once.
               peak_before_rebuild_mb={str(n): runs[n]["peak_before_rebuild_mb"] for n in runs},
               ingest_articles_per_s=runs[large]["files"] / runs[large]["seconds"]),
    ]


# -- report -----------------------------------------------------------------------------
def machine() -> dict:
    """The machine the figures came from."""
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "cpu": cpu, "ram_gb": ram,
            "python": platform.python_version(), "system": platform.platform(),
            # Other work on the machine skews every figure; a load near 0 means a quiet run.
            "load_average_1min": round(os.getloadavg()[0], 2)}


def _fmt(x) -> str:
    if x is None:
        return "-"
    if isinstance(x, float):
        return f"{x:,.1f}" if x >= 10 else f"{x:.3g}"
    return str(x)


def render(result: dict) -> str:
    """The figures as a plain-text table."""
    rows = [("figure", "value", "baseline", "ratio", "target", "met")]
    for f in result["figures"]:
        base = f"{_fmt(f['baseline'])} ({f['baseline_name']})" if f["baseline"] else "-"
        ratio = f"{f['ratio']:,.1f}x" if f["ratio"] else "-"
        met = {True: "yes", False: "NO", None: "-"}[f["ok"]]
        rows.append((f["name"], f"{_fmt(f['value'])} {f['unit']}", base, ratio,
                     f["target"] or "-", met))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    m = result["machine"]
    lines.append("")
    lines.append(f"scale {result['scale']} on {m['cpus']} CPUs ({m['cpu']}), {m['ram_gb']} GB RAM, "
                 f"Python {m['python']}; {result['seconds']:.0f} s; load average "
                 f"{m['load_average_before']} before, {m['load_average_1min']} after")
    return "\n".join(lines)


def render_markdown(result: dict) -> str:
    """The figures as a Markdown table (for the README), with the machine below."""
    lines = ["| figure | value | baseline | ratio | target | met |",
             "|---|---|---|---|---|---|"]
    for f in result["figures"]:
        base = f"{_fmt(f['baseline'])} ({f['baseline_name']})" if f["baseline"] else "-"
        ratio = f"{f['ratio']:,.1f}x" if f["ratio"] else "-"
        met = {True: "yes", False: "**no**", None: "-"}[f["ok"]]
        lines.append(f"| {f['name']} | {_fmt(f['value'])} {f['unit']} | {base} | {ratio} | "
                     f"{f['target'] or '-'} | {met} |")
    m = result["machine"]
    lines += ["", f"Scale `{result['scale']}`: {m['cpus']} CPUs ({m['cpu']}), {m['ram_gb']} GB "
              f"RAM, Python {m['python']}, {m['system']}; the run took "
              f"{result['seconds'] / 60:.1f} min (load average {m['load_average_before']} "
              f"before, {m['load_average_1min']} after)."]
    return "\n".join(lines)


SECTIONS = ["extraction", "build", "neo4j", "questions", "memory"]


def run(scale: str = "small", sections=None, log=print) -> dict:
    """Run the benchmarks of ``scale``; a dict with ``figures`` and ``machine``."""
    cfg = SCALES[scale]
    sections = sections or SECTIONS
    figures = []
    load = round(os.getloadavg()[0], 2)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kerjasama-bench-") as tmp:
        work = Path(tmp)
        for section in sections:
            log(f"[{time.perf_counter() - t0:6.1f} s] {section} ...")
            if section == "extraction":
                figures += bench_extraction(cfg["articles"])
            elif section == "build":
                figures += bench_build(cfg["agreements"], cfg["merge"], work)
            elif section == "neo4j":
                figures += bench_neo4j(cfg["neo4j"], cfg["neo4j_rows"], work, log)
            elif section == "questions":
                figures += bench_questions(cfg["agreements"], cfg["repeats"], work, log)
            elif section == "memory":
                figures += bench_memory(cfg["memory"], work)
    return {"scale": scale, "figures": figures, "machine": dict(machine(), load_average_before=load),
            "seconds": time.perf_counter() - t0}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", choices=sorted(SCALES), default="small")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--from-json", metavar="FILE",
                        help="print the figures of an earlier --json run instead of running")
    parser.add_argument("--only", action="append", choices=SECTIONS,
                        help="run only this section (repeatable)")
    args = parser.parse_args(argv)
    if args.from_json:
        result = json.loads(Path(args.from_json).read_text())
    else:
        result = run(args.scale, args.only, log=lambda s: print(s, file=sys.stderr, flush=True))
    if args.json:
        print(json.dumps(result, indent=1, default=str))
    else:
        print(render_markdown(result) if args.markdown else render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
