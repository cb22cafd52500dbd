"""Records in, graph tables out: the whole graph, resolved and deduplicated in Python.

The graph is derived from the extraction records (one per source) and loaded
in one ``store.load(tables)`` (COPY, not per-row MERGE). Here:

- every region (552) with IN_PROVINCE edges and every sector (36) is a node,
  whether or not an agreement names it, so questions about "regions with no
  partner" have the regions to answer with;
- the same signing told by several sources is one Agreement with one
  REPORTED_IN edge per source: agreements match on party set, kind and
  signing date; where one source reports several agreements with the same
  parties, kind and date (two PKS on different sectors), they stay separate
  and other sources' reports are aligned to them by sector overlap;
- a register row and news about the same agreement (same parties and kind,
  dates at most ``REGISTER_DATE_WINDOW`` apart) are one agreement dated as
  the register has it; where sources disagree (the date, the sectors, the
  end date) the agreement's ``conflicts`` lists each value with its sources,
  and each REPORTED_IN edge keeps what that source said;
- an official is one node per region and normalised name (titles and degrees
  stripped, case folded, near-identical spellings in one region merged).

>>> tables = build_tables([])
>>> len(tables["nodes"]["Region"]), len(tables["nodes"]["Sector"]), len(tables["rels"]["IN_PROVINCE"])
(552, 36, 514)
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from kerjasama.graph.schema import KINDS
from kerjasama.graph.store import GraphStore, Tables, empty_tables, gather
from kerjasama.loaders import names
from kerjasama.loaders.regions import regions
from kerjasama.loaders.sectors import sectors

# -- names ----------------------------------------------------------------------------

def _plain(name: str) -> str:
    name = unicodedata.normalize("NFKC", name or "").strip()
    # A name in capitals ("H. ANDI ONY, S.E.") would read as a row of degrees.
    return name.title() if name.isupper() else name


@lru_cache(maxsize=1 << 16)
def clean_name(name: str) -> str:
    """A person's name without honorifics, titles and academic degrees (``loaders.names``).

    >>> clean_name("Dr. Drs. H. Akbar Ali, AP, M.Si.")
    'Akbar Ali'
    >>> clean_name("Hj. Rahmah SH MH"), clean_name("H. ANDI ONY, S.E.")
    ('Rahmah', 'Andi Ony')
    """
    return names.clean_name(_plain(name))


@lru_cache(maxsize=1 << 16)
def normalise_name(name: str) -> str:
    """The comparable form of a person's name: cleaned, punctuation dropped, case folded.

    >>> normalise_name("Dr. Drs. H. Akbar Ali, AP, M.Si.")
    'akbar ali'
    >>> normalise_name("ABDUL HAMID WAHID") == normalise_name("H. Abdul Hamid Wahid")
    True
    """
    return names.name_key(_plain(name))


def _same_person(a: str, b: str) -> bool:
    # Same region, same number of words, one or two letters apart ("Fawaid" / "Fawait").
    return len(a.split()) == len(b.split()) and fuzz.ratio(a, b) >= 90


# -- values ---------------------------------------------------------------------------

def _date(value) -> dt.date | None:
    if isinstance(value, str):  # records read from JSON: first
        return _iso_date(value)
    return value if isinstance(value, dt.date) else None


@lru_cache(maxsize=1 << 14)
def _iso_date(text: str) -> dt.date | None:
    # A national build parses the same few thousand days again and again.
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def _source(record: dict) -> dict:
    source = record.get("source")
    if isinstance(source, dict):
        return source
    # Records made elsewhere may carry the URL or path as a plain string.
    text = source if isinstance(source, str) else None
    url = text if text and re.match(r"https?://", text) else None
    return {"id": None, "path": None if url else text, "url": url, "title": None}


# -- agreements -----------------------------------------------------------------------

@dataclass(slots=True)
class _Report:
    """One agreement as one source reports it."""

    source: str
    parties: tuple[str, ...]
    kind: str
    signed_on: dt.date | None
    sectors: frozenset[str]
    signatories: list[tuple[str, str]]  # (official id, name)
    sentence: str | None
    title: str | None
    origin: str = "article"  # the source's kind: article, register or record
    label: str = ""  # how conflicts name the source: record id, and the row of a register
    extra: dict = field(default_factory=dict)  # number, status, duration_months, ends_on


@dataclass
class _Agreement:
    """The reports of one signing, merged."""

    reports: list[_Report] = field(default_factory=list)

    @property
    def sources(self) -> set[str]:
        return {r.source for r in self.reports}

    @property
    def sectors(self) -> frozenset[str]:
        if len(self.reports) == 1:
            return self.reports[0].sectors
        return frozenset().union(*(r.sectors for r in self.reports))


def _match_score(report: _Report, agreement: _Agreement) -> float | None:
    """How well a report fits a merged agreement with the same key; None: not the same."""
    mine, theirs = report.sectors, agreement.sectors
    if mine and theirs:
        shared = len(mine & theirs)
        return 1 + shared / len(mine | theirs) if shared else None
    return 0.5 if not mine and not theirs else 0.25


def _merge(reports: list[_Report]) -> list[_Agreement]:
    """Group the reports of one (parties, kind, date) key into agreements.

    Reports are taken source by source (in source-id order, so the result does
    not depend on ingest order); one source's reports never merge with each
    other; each goes to the best-fitting agreement not yet taken by its source.
    """
    if len(reports) == 1:  # most keys: one report, nothing to align
        return [_Agreement(list(reports))]
    by_source: dict[str, list[_Report]] = defaultdict(list)
    for r in reports:
        by_source[r.source].append(r)
    merged: list[_Agreement] = []
    for source in sorted(by_source):
        mine = sorted(by_source[source], key=lambda r: (sorted(r.sectors), r.sentence or ""))
        pairs = []
        for i, r in enumerate(mine):
            for j, a in enumerate(merged):
                score = _match_score(r, a)
                if score is not None:
                    pairs.append((-score, i, j))
        taken_r, taken_a = set(), set()
        for _, i, j in sorted(pairs):
            if i not in taken_r and j not in taken_a:
                merged[j].reports.append(mine[i])
                taken_r.add(i)
                taken_a.add(j)
        for i, r in enumerate(mine):
            if i not in taken_r:
                merged.append(_Agreement([r]))
    return merged


REGISTER_DATE_WINDOW = dt.timedelta(days=45)
"""How far news may date an agreement from the register's date and still be the same one."""

_REGISTER_FIELDS = ("number", "status", "duration_months", "ends_on")
_REGISTER_KEYS = frozenset(_REGISTER_FIELDS)


def _align_to_registers(reports: dict[tuple, list[_Report]]) -> dict[tuple, list[_Report]]:
    """Re-key reports so that news dated near a register row shares the register's key.

    A register is the inventory the agreement's own office keeps, so its date
    names the agreement; the news date is kept on its edge and in conflicts.
    Undated news is left alone: with no date it cannot be told which of a
    pair's agreements it reports.
    """
    if not any(r.origin == "register" for rs in reports.values() for r in rs):
        return reports  # no register row: every key stays as it is
    dates: dict[tuple, list] = defaultdict(list)
    for parties, kind, date in reports:
        dates[parties, kind].append(date)
    out: dict[tuple, list[_Report]] = defaultdict(list)
    for (parties, kind), keys in dates.items():
        registered = [d for d in keys
                      if d and any(r.origin == "register" for r in reports[parties, kind, d])]
        for date in keys:
            target = date
            if date and registered and date not in registered:
                near = min(registered, key=lambda d: (abs(d - date), d))
                if abs(near - date) <= REGISTER_DATE_WINDOW:
                    target = near
            out[parties, kind, target] += reports[parties, kind, date]
    return out


def _disagreement(name: str, values: dict) -> str | None:
    """One conflict line when sources give more than one value, else None."""
    if len(values) < 2:
        return None
    parts = [f"{value} ({', '.join(sorted(set(labels)))})" for value, labels in sorted(values.items())]
    return f"{name}: " + " / ".join(parts)


def conflicts(reports: list[_Report]) -> list[str]:
    """What the sources of one agreement disagree on, each value with its sources.

    >>> a = _Report("s1", ("14.01", "14.71"), "mou", dt.date(2024, 9, 6), frozenset({"perhubungan"}),
    ...             [], None, None, "register", "register-riau row 5", {"ends_on": "2029-09-05"})
    >>> b = _Report("s2", ("14.01", "14.71"), "mou", dt.date(2024, 9, 5), frozenset(), [], None,
    ...             None, "article", "seed-004")
    >>> conflicts([a, b])
    ['signed_on: 2024-09-05 (seed-004) / 2024-09-06 (register-riau row 5)']
    """
    if len(reports) < 2:  # one source does not disagree with itself
        return []
    lines = []
    dates: dict[str, list[str]] = defaultdict(list)
    sectors: dict[str, list[str]] = defaultdict(list)
    extra: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r in reports:
        if r.signed_on:
            dates[r.signed_on.isoformat()].append(r.label or r.source)
        if r.sectors:  # a source naming no sector does not disagree
            sectors[", ".join(sorted(r.sectors))].append(r.label or r.source)
        for name in ("duration_months", "ends_on"):
            if r.extra.get(name) is not None:
                extra[name][str(r.extra[name])].append(r.label or r.source)
    for name, values in [("signed_on", dates), ("sectors", sectors), *sorted(extra.items())]:
        line = _disagreement(name, values)
        if line:
            lines.append(line)
    return lines


def _register_values(reports: list[_Report]) -> dict:
    """number, status, duration and end date: from a register row first."""
    values = dict.fromkeys(_REGISTER_FIELDS)
    if len(reports) > 1:
        reports = sorted(reports, key=lambda r: (r.origin != "register", r.source))
    for r in reports:
        for name in _REGISTER_FIELDS:
            if values[name] is None and r.extra.get(name) is not None:
                values[name] = r.extra[name]
    values["ends_on"] = _date(values["ends_on"])
    return values


def agreement_id(parties, kind: str, signed_on, n: int = 1) -> str:
    """A deterministic, readable agreement id; ``n`` numbers agreements sharing a key.

    >>> agreement_id(["14.71", "14.01"], "mou", "2024-09-05")
    'mou-2024-09-05-14.01+14.71'
    >>> agreement_id(["14.01", "14.71"], "pks", None, 2)
    'pks-undated-14.01+14.71-2'
    """
    base = _agreement_base_id(tuple(sorted(parties)), kind, _date(signed_on))
    return base if n == 1 else f"{base}-{n}"


def _agreement_base_id(parties: tuple[str, ...], kind: str, date: dt.date | None) -> str:
    # parties sorted, date parsed: the build has both at hand.
    parts = "+".join(parties)
    if len(parts) > 40:
        parts = f"{len(parties)}p{_short_hash(parts)}"
    return f"{kind}-{date.isoformat() if date else 'undated'}-{parts}"


# -- the build ------------------------------------------------------------------------

class _Officials:
    """Officials per region, merged by normalised name."""

    def __init__(self):
        self.names: dict[str, Counter] = defaultdict(Counter)  # region -> key -> count
        self.written: dict[tuple[str, str], Counter] = defaultdict(Counter)
        self.titles: dict[tuple[str, str], Counter] = defaultdict(Counter)
        self._forms: dict[str, tuple[str, str]] = {}  # written name -> (key, cleaned)
        # (region, key, written name, title) -> mentions: one count per mention, the three
        # tallies above made from it once (a national build has ~240k mentions, ~1k distinct).
        self._mentions: Counter = Counter()

    def add(self, region: str, name: str, title: str | None) -> tuple[str, str] | None:
        """Count one mention; its (region, key), or None for a name with nothing to compare."""
        forms = self._forms.get(name)
        if forms is None:  # a national build sees each written name many times
            forms = self._forms[name] = (normalise_name(name), clean_name(name))
        key, written = forms
        if not key:
            return None
        self._mentions[region, key, written, title.strip() if title else None] += 1
        return region, key

    def _tally(self) -> None:
        for (region, key, written, title), n in self._mentions.items():
            self.names[region][key] += n
            self.written[region, key][written] += n
            if title is not None:
                self.titles[region, key][title] += n
        self._mentions.clear()

    def resolve(self) -> dict[tuple[str, str], str]:
        """(region, key) -> official id, near-identical spellings folded together."""
        self._tally()
        ids = {}
        for region, counts in self.names.items():
            canon: list[str] = []
            # The most often written spelling becomes the name the others fold into.
            for key in sorted(counts, key=lambda k: (-counts[k], k)):
                target = next((c for c in canon if _same_person(key, c)), None)
                if target is None:
                    canon.append(key)
                    target = key
                ids[region, key] = f"{region}|{target}"
        return ids


_NO_REGISTER_VALUES = dict.fromkeys(_REGISTER_FIELDS)


def _key_order(key: tuple) -> str:
    """A (parties, kind, date) key's place in the agreements' order, undated first, as one
    string: strings compare in C, tuples element by element (100k keys: 0.31 -> 0.20 s).
    Codes hold no control characters, so the joined string orders as the tuple does.

    >>> keys = [(("14.01", "14.71", "15"), "mou", None), (("14.01", "14.71"), "pks", None),
    ...         (("14.01", "14.71"), "mou", dt.date(2024, 9, 5)), (("14.01", "14.71"), "mou", None)]
    >>> sorted(keys, key=_key_order) == sorted(keys, key=lambda k: (k[0], k[1], k[2] or dt.date.min))
    True
    """
    parties, kind, date = key
    return "\1".join(parties) + "\0" + kind + "\0" + (date.isoformat() if date else "")


def _agreement_rows(reports: dict[tuple, list[_Report]], official_ids: dict
                    ) -> tuple[list[dict], list[tuple]]:
    """Agreement rows, key by key, and each agreement's edges as (id, parties, sectors,
    signing official ids, REPORTED_IN rows), for ``_add_edges``."""
    agreements, edges = [], []
    for key in sorted(reports, key=_key_order):
        base_id = _agreement_base_id(*key)
        group = reports[key]
        if len(group) == 1:  # most keys: one report, nothing to merge
            row, edge = _one_report(base_id, key, sorted(group[0].sectors), group[0],
                                    official_ids)
            agreements.append(row)
            edges.append(edge)
            continue
        # Sorted sectors computed once per agreement: sorted() was a third of the build.
        merged = [(sorted(a.sectors), a) for a in _merge(group)]
        if len(merged) > 1:
            merged.sort(key=lambda sa: (sa[0], min(sa[1].sources)))
        for n, (agreement_sectors, agreement) in enumerate(merged, start=1):
            aid = base_id if n == 1 else f"{base_id}-{n}"
            if len(agreement.reports) == 1:
                row, edge = _one_report(aid, key, agreement_sectors, agreement.reports[0],
                                        official_ids)
            else:
                row, edge = _reconciled(aid, key, agreement_sectors, agreement, official_ids)
            agreements.append(row)
            edges.append(edge)
    return agreements, edges


def _one_report(aid: str, key: tuple, agreement_sectors: list[str], report: _Report,
                official_ids: dict) -> tuple[dict, tuple]:
    """The row and edges of an agreement one source reports: nothing to reconcile."""
    parties, kind, date = key
    row = {"id": aid, "kind": kind, "signed_on": date, "parties": list(parties),
           "sectors": agreement_sectors, "title": report.title or None, "sources": 1}
    row.update(_register_values([report]) if report.extra else _NO_REGISTER_VALUES)
    row["conflicts"] = []
    signed = sorted({official_ids[ref] for ref in report.signatories})
    reported_rows = [{"from": aid, "to": report.source, "sentence": report.sentence,
                      "signed_on": report.signed_on, "sectors": list(agreement_sectors)}]
    return row, (aid, parties, agreement_sectors, signed, reported_rows)


def _reconciled(aid: str, key: tuple, agreement_sectors: list[str], agreement: _Agreement,
                official_ids: dict) -> tuple[dict, tuple]:
    """The row and edges of an agreement several sources report, with their conflicts."""
    parties, kind, date = key
    reported = agreement.reports
    titles = sorted({r.title for r in reported if r.title})
    row = {"id": aid, "kind": kind, "signed_on": date, "parties": list(parties),
           "sectors": agreement_sectors, "title": titles[0] if titles else None,
           "sources": len(agreement.sources)}
    row.update(_register_values(reported))
    row["conflicts"] = conflicts(reported)
    signed = sorted({official_ids[ref] for r in reported for ref in r.signatories})
    reported_rows = [{"from": aid, "to": r.source, "sentence": r.sentence,
                      "signed_on": r.signed_on, "sectors": sorted(r.sectors)}
                     for r in sorted(reported, key=lambda r: r.source)]
    return row, (aid, parties, agreement_sectors, signed, reported_rows)


def _add_edges(edges: list[tuple], rels: dict[str, list[dict]]) -> None:
    """The agreements' PARTY_TO, COVERS and SIGNED rows, from ``_agreement_rows``."""
    party_to, covers, signed_by = rels["PARTY_TO"], rels["COVERS"], rels["SIGNED"]
    for aid, parties, agreement_sectors, signed, _ in edges:
        party_to += [{"from": p, "to": aid} for p in parties]
        covers += [{"from": aid, "to": s} for s in agreement_sectors]
        signed_by += [{"from": oid, "to": aid} for oid in signed]


def build_tables(records: Iterable[dict], *, problems: list[str] | None = None) -> Tables:
    """The graph tables for ``records`` (plain dicts, see ``kerjasama.graph.store``).

    ``records`` is a list, taken in source-id order whatever its order, or an
    iterator that yields them in source-id order (``RecordStore.stream``), so
    that each record can be let go once it is read.

    Facts naming an unknown region or sector are left out; when ``problems``
    is a list, one line per left-out fact is appended to it.
    """
    return gather(table_stream(records, problems=problems))


def table_stream(records: Iterable[dict], *,
                 problems: list[str] | None = None) -> Iterator[tuple[str, str, list[dict]]]:
    """``build_tables`` table by table, as (part, name, rows), each table handed out as soon
    as it is complete: every node table before the relationships, and the agreements, made
    last, last of the nodes, then REPORTED_IN. A loader copies the first tables while the
    agreements are made, the agreements while REPORTED_IN is converted, and REPORTED_IN
    while the other edges are made.

    >>> [name for _, name, _ in table_stream([])][:5]
    ['Region', 'Official', 'Sector', 'Source', 'Agreement']
    """
    tables, reports, official_ids = _read_records(records, problems)
    nodes, rels = tables["nodes"], tables["rels"]
    for name in [n for n in nodes if n != "Agreement"]:
        yield "nodes", name, nodes.pop(name)
    nodes["Agreement"], edges = _agreement_rows(reports, official_ids)
    del reports  # each agreement's reports are in its row and edges now
    yield "nodes", "Agreement", nodes.pop("Agreement")
    # The largest edge table first, made at once from the rows at hand: the other edges are
    # made while it is copied, so that less of the copying is left once Python is done.
    del rels["REPORTED_IN"]
    yield "rels", "REPORTED_IN", [row for *_, reported_rows in edges for row in reported_rows]
    _add_edges(edges, rels)
    del edges
    for name in list(rels):
        yield "rels", name, rels.pop(name)


def _read_records(records: Iterable[dict], problems: list[str] | None):
    """The record pass: every table but the agreements and their edges, filled; the reports
    keyed by (parties, kind, date), aligned to the registers; official ids."""
    problems = problems if problems is not None else []
    region_rows = {r["code"]: r for r in regions()}
    sector_rows = {s["slug"]: s for s in sectors()}
    tables = empty_tables()
    nodes, rels = tables["nodes"], tables["rels"]

    nodes["Region"] = [dict(r) for r in region_rows.values()]
    rels["IN_PROVINCE"] = [{"from": r["code"], "to": r["province"]}
                           for r in region_rows.values() if r["province"]]
    nodes["Sector"] = [dict(s) for s in sector_rows.values()]

    officials = _Officials()
    mentions: dict[tuple[str, tuple[str, str]], str | None] = {}
    reports: dict[tuple, list[_Report]] = defaultdict(list)
    sources: dict[str, dict] = {}
    known_regions, known_sectors = region_rows.keys(), sector_rows.keys()

    if isinstance(records, (list, tuple)):
        records = sorted(records, key=lambda r: str(_source(r).get("id") or r.get("id")))
    for record in records:
        src = _source(record)
        sid = src.get("id") or str(record.get("id"))
        label = record.get("id") or sid
        if sid in sources:
            problems.append(f"{label}: a second record for source {sid}, left out")
            continue
        sources[sid] = {"id": sid, "path": src.get("path"), "url": src.get("url"),
                        "title": src.get("title"), "published": _date(record.get("published")),
                        "extractor": record.get("extractor")}

        def official(person: dict, title=None, sentence=None):
            region, name = person.get("region"), (person.get("name") or "").strip()
            ref = officials.add(region, name, title) if region in known_regions else None
            if ref is None:
                problems.append(f"{label}: official {name!r} with unknown region {region!r} left out")
                return None
            mentions.setdefault((sid, ref), sentence)
            return ref

        for person in record.get("officials") or []:
            official(person, person.get("title"), person.get("evidence"))

        for agreement in record.get("agreements") or []:
            kind = agreement.get("kind")
            named = agreement.get("parties") or []
            party_set = set(named)
            if party_set <= known_regions:  # nearly always: no unknown code to report
                parties = tuple(sorted(party_set))
            else:
                parties = tuple(sorted(party_set & known_regions))
                unknown = [p for p in named if p not in region_rows]
                problems.append(f"{label}: unknown region code(s) {', '.join(map(str, unknown))}")
            if kind not in KINDS or len(parties) < 2:
                problems.append(f"{label}: agreement {kind!r} between {list(parties)} left out"
                                " (needs a kind and two known regions)")
                continue
            named = agreement.get("sectors") or []
            agreement_sectors = frozenset(named)
            if not agreement_sectors <= known_sectors:
                bad_sectors = [s for s in named if s not in sector_rows]
                problems.append(f"{label}: unknown sector(s) {', '.join(map(str, bad_sectors))}")
                agreement_sectors &= known_sectors
            sentence = agreement.get("evidence")
            signatories = []
            for person in agreement.get("signatories") or []:
                ref = official(person, None, sentence)
                if ref:
                    signatories.append(ref)
            date = _date(agreement.get("signed_on"))
            row = agreement.get("row")
            reports[parties, kind, date].append(_Report(
                sid, parties, kind, date, agreement_sectors, signatories, sentence,
                agreement.get("title"), src.get("kind") or "article",
                f"{label} row {row}" if row else str(label),
                {} if _REGISTER_KEYS.isdisjoint(agreement)  # news: no register field
                else {k: agreement[k] for k in _REGISTER_FIELDS if agreement.get(k) is not None},
            ))

    official_ids = officials.resolve()
    official_rows: dict[str, dict] = {}
    for (region, key), oid in official_ids.items():
        row = official_rows.setdefault(oid, {"id": oid, "region": region,
                                              "_names": Counter(), "_titles": Counter()})
        row["_names"].update(officials.written[region, key])
        row["_titles"].update(officials.titles[region, key])
    for row in official_rows.values():
        names, titles = row.pop("_names"), row.pop("_titles")
        row["name"] = max(names, key=lambda n: (names[n], n))
        row["title"] = max(titles, key=lambda t: (titles[t], len(t), t)) if titles else None
    nodes["Official"] = sorted(official_rows.values(), key=lambda r: r["id"])
    rels["SERVES"] = [{"from": r["id"], "to": r["region"]} for r in nodes["Official"]]
    rels["MENTIONS"] = sorted(
        ({"from": sid, "to": official_ids[ref], "sentence": sentence}
         for (sid, ref), sentence in mentions.items()),
        key=lambda r: (r["from"], r["to"]),
    )
    # Two spellings folded into one official may both be mentioned by one source.
    rels["MENTIONS"] = list({(r["from"], r["to"]): r for r in rels["MENTIONS"]}.values())

    nodes["Source"] = [sources[s] for s in sorted(sources)]
    return tables, _align_to_registers(reports), official_ids


def build(records: Iterable[dict], store: GraphStore, *,
          problems: list[str] | None = None) -> dict:
    """Replace the graph in ``store`` with the one built from ``records`` (as ``build_tables``
    takes them); row counts.

    >>> import tempfile, pathlib
    >>> from kerjasama.graph.ladybug_store import LadybugStore
    >>> with LadybugStore(pathlib.Path(tempfile.mkdtemp()) / "graph.lbug") as store:
    ...     counts = build([], store)
    ...     store.run("MATCH (r:Region) RETURN count(r) AS n")
    [{'n': 552}]
    >>> counts["Region"], counts["Agreement"]
    (552, 0)
    """
    rows: dict[str, int] = {}

    def counted():
        for part, name, table in table_stream(records, problems=problems):
            rows[name] = len(table)
            yield part, name, table

    # Table by table: the embedded store copies the first tables while the agreements are
    # made, and lets each table's rows go once copied.
    store.load_stream(counted())
    return rows


def counts(tables: Tables) -> dict[str, int]:
    """Rows per node label and relationship type."""
    return {name: len(rows) for part in ("nodes", "rels") for name, rows in tables[part].items()}
