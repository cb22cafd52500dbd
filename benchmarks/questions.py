"""Median latency of the network questions on a national-scale synthetic graph.

    python benchmarks/questions.py [--agreements 100000] [--repeats 9] [--seed 0] [--json]

Builds the seeded synthetic graph of ``kerjasama.loaders.synthetic`` (all 552
regions, 36 sectors, N agreements) in a temporary embedded store, then asks
each question ``repeats`` times with varied arguments (a different sector,
region or pair of regions each time, drawn with the seed) and prints the
median, fastest and slowest latency. Each timing includes opening the store
read-only, as a command does, unless ``--warm`` keeps one store open (as a
notebook does).

Targets (BRIEF.md, issue 3): lookups (sector, partners, agreements, path)
under 100 ms, central and communities within 3 s, on this 2-core machine.

>>> figures = measure(2_000, repeats=2, log=lambda *a: None)
>>> sorted(f["question"] for f in figures)[:3]
['agreements', 'agreements --between', 'central betweenness']
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

LOOKUP_MS = 100
ANALYTICS_MS = 3_000


def _questions(rng: random.Random, region_names: list[str], slugs: list[str]):
    """(name, target ms, function of a store) for every question, arguments drawn from rng."""
    from kerjasama.queries.agreements import agreements
    from kerjasama.queries.centrality import central
    from kerjasama.queries.communities import communities
    from kerjasama.queries.isolated import isolated
    from kerjasama.queries.partners import partners
    from kerjasama.queries.path import path
    from kerjasama.queries.provinces import provinces
    from kerjasama.queries.sector import sector
    from kerjasama.queries.stalled import stalled

    def pick():
        return rng.choice(region_names)

    return [
        ("open the store", None, lambda s: s.run("RETURN 1 AS one")),
        ("sector", LOOKUP_MS, lambda s: sector(s, rng.choice(slugs))),
        ("partners", LOOKUP_MS, lambda s: partners(s, pick())),
        ("partners --kind pks --sector", LOOKUP_MS,
         lambda s: partners(s, pick(), kind="pks", sector=rng.choice(slugs[:8]))),
        ("agreements", LOOKUP_MS, lambda s: agreements(s, region=pick())),
        ("agreements --between", LOOKUP_MS, lambda s: agreements(s, between=[pick(), pick()])),
        ("path", LOOKUP_MS, lambda s: path(s, pick(), pick())),
        ("central degree", ANALYTICS_MS, lambda s: central(s, top=10)),
        ("central betweenness", ANALYTICS_MS, lambda s: central(s, top=10, by="betweenness")),
        ("communities", ANALYTICS_MS, lambda s: communities(s)),
        ("stalled", None, lambda s: stalled(s, as_of="2026-06-30")),
        ("provinces", None, lambda s: provinces(s)),
        ("isolated", None, lambda s: isolated(s)),
    ]


def measure(n_agreements: int = 100_000, repeats: int = 9, work: Path | None = None, *,
            seed: int = 0, warm: bool = False, log=print) -> list[dict]:
    """Latency of every question; one dict per question (milliseconds)."""
    from kerjasama.graph.ladybug_store import LadybugStore
    from kerjasama.loaders.regions import regions
    from kerjasama.loaders.sectors import sectors
    from kerjasama.loaders.synthetic import synthetic_tables

    work = Path(work or tempfile.mkdtemp(prefix="kerjasama-bench-"))
    t = time.perf_counter()
    tables = synthetic_tables(n_agreements, seed=seed)
    t_gen = time.perf_counter() - t
    path = work / "questions.lbug"
    t = time.perf_counter()
    with LadybugStore(path) as store:
        store.load(tables)
    t_load = time.perf_counter() - t
    pairs = len({tuple(p) for a in tables["nodes"]["Agreement"]
                 for p in _pairs(a["parties"])})
    n_party_to = len(tables["rels"]["PARTY_TO"])
    # A planner's process asking a question does not hold the build's tables: kept, their
    # millions of objects would make every garbage collection during a question walk them.
    del tables
    gc.collect()
    log(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
        f"{'one store kept open' if warm else 'the store opened for each question'}")
    log(f"{n_agreements:,} synthetic agreements, {n_party_to:,} PARTY_TO, "
        f"{pairs:,} region pairs; generated in {t_gen:.1f} s, loaded in {t_load:.1f} s")

    rng = random.Random(seed)
    # Names as people type them: the gazetteer's own names are unambiguous.
    names = [r["name"] for r in regions()]
    slugs = [s["slug"] for s in sectors()]
    figures = []
    shared = LadybugStore(path) if warm else None
    try:
        for name, target, ask in _questions(rng, names, slugs):
            times, cpu, sizes = [], [], []
            for _ in range(repeats):
                t, c = time.perf_counter(), time.process_time()
                if shared is not None:
                    rows = ask(shared)
                else:
                    with LadybugStore(path) as store:
                        rows = ask(store)
                times.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
                sizes.append(len(rows))
            median = statistics.median(times)
            figures.append({"question": name, "median_ms": round(median, 1),
                            "min_ms": round(min(times), 1), "max_ms": round(max(times), 1),
                            # CPU of this process (all its threads): less swayed by
                            # other work on the machine than the wall clock.
                            "cpu_median_ms": round(statistics.median(cpu), 1),
                            "rows_median": statistics.median(sizes), "repeats": repeats,
                            "target_ms": target,
                            "ok": None if target is None else median < target,
                            "agreements": n_agreements, "warm": warm})
            log(f"  {name:30s} median {median:8.1f} ms  (min {min(times):7.1f}, "
                f"max {max(times):7.1f}; CPU {statistics.median(cpu):7.1f}; "
                f"target {'-' if target is None else f'< {target} ms'})")
    finally:
        if shared is not None:
            shared.close()
    return figures


def _pairs(parties):
    from kerjasama.queries.filters import pairs

    return pairs(parties)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agreements", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--warm", action="store_true",
                        help="keep one store open (a notebook) instead of opening per question")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    log = (lambda *a: print(*a, file=sys.stderr)) if args.json else print
    figures = measure(args.agreements, args.repeats, seed=args.seed, warm=args.warm, log=log)
    if args.json:
        print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
