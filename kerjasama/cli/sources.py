"""Commands: correct, expiring."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from kerjasama.cli.app import main
from kerjasama.cli.options import data_option, format_option, open_store_from, store_options
from kerjasama.cli.output import emit
from kerjasama.errors import InputError


def _find_record(data_dir: Path, name: str) -> dict:
    """The stored record a planner means: by record id, source id (or its start), or source path."""
    from kerjasama.loaders.records import RecordStore

    records = RecordStore(data_dir).all()
    if not records:
        raise InputError(f"no records in {data_dir} yet: run `kerjasama ingest PATH...` first")

    def source(r):
        return r.get("source") if isinstance(r.get("source"), dict) else {}

    for test in (
        lambda r: source(r).get("id") == name,
        lambda r: str(r.get("id")) == name,
        lambda r: source(r).get("path") and (source(r)["path"] == name
                                             or Path(source(r)["path"]).name == name),
        lambda r: len(name) >= 8 and str(source(r).get("id") or "").startswith(name),
    ):
        found = [r for r in records if test(r)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            ids = ", ".join(str(source(r).get("id"))[:12] for r in found)
            raise InputError(f"{name!r} names {len(found)} records; give the source id: {ids}")
    raise InputError(f"no record {name!r} in {data_dir} (give a record id such as the "
                     "article's file name, or a source id)")


def _parties(text: str) -> list[str]:
    from kerjasama.loaders.gazetteer import resolve

    names = [n.strip() for n in text.replace(";", ",").split(",") if n.strip()]
    return sorted({resolve(n) for n in names})


def _sectors(text: str) -> list[str]:
    from kerjasama.loaders.sector_terms import sectors_in
    from kerjasama.loaders.sectors import sector

    slugs = set()
    for part in [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]:
        found = [part] if sector(part) else sectors_in(part)
        if not found:
            raise InputError(f"{part!r} is no sector (see the slugs in `kerjasama schema` or sectors.tsv)")
        slugs.update(found)
    return sorted(slugs)


def _agreement_rows(record: dict, names: dict[str, str]) -> list[dict]:
    rows = []
    for n, a in enumerate(record.get("agreements") or [], start=1):
        rows.append({"n": n, "kind": a.get("kind"), "signed_on": a.get("signed_on"),
                     "parties": [names.get(p, p) for p in a.get("parties") or []],
                     "sectors": a.get("sectors") or [],
                     "evidence": (a.get("evidence") or "")[:120]})
    return rows


@main.command()
@click.argument("record", required=False)
@click.argument("agreement", required=False, type=int)
@click.option("--kind", help="Set the kind: plan, mou or pks.")
@click.option("--date", "signed_on", metavar="YYYY-MM-DD", help="Set the signing date ('none' clears it).")
@click.option("--parties", metavar="NAMES", help='Set the parties: "Kab. Kampar, Kota Pekanbaru" (names or codes).')
@click.option("--sectors", metavar="SECTORS", help='Set the sectors: "perhubungan, persampahan" (slugs or phrases).')
@click.option("--ends", "ends_on", metavar="YYYY-MM-DD", help="Set the end date.")
@click.option("--published", metavar="YYYY-MM-DD", help="Set the record's own publication date.")
@click.option("--drop", is_flag=True, help="Remove the agreement: the extractor should not have found it.")
@click.option("--add", is_flag=True, help="Add an agreement the extractor missed (needs --kind and --parties).")
@click.option("--note", help="Why: kept with the correction.")
@click.option("--list", "list_all", is_flag=True, help="List every correction kept.")
@click.option("--undo", type=int, metavar="N", help="Take back correction N (see --list).")
@data_option
def correct(record, agreement, kind, signed_on, parties, sectors, ends_on, published, drop, add,
            note, list_all, undo, data_dir):
    """Fix a wrong extraction: a party, a kind, a date; the fix outlives re-extraction.

    \b
    Corrections are kept in DATA/corrections.jsonl apart from the records and
    applied each time the graph is built, so `kerjasama rebuild --reextract`
    and ingesting the article again keep them. An agreement is remembered by
    the values it had, not by its position.
      kerjasama correct seed-004                    # the record's agreements, numbered
      kerjasama correct seed-004 1 --kind pks --date 2024-09-06
      kerjasama correct seed-004 2 --parties "Kab. Kampar, Kota Pekanbaru"
      kerjasama correct seed-004 3 --drop --note "a PKS with a company"
      kerjasama correct seed-004 --add --kind mou --parties "Kampar, Siak"
      kerjasama correct --list
      kerjasama correct --undo 2
    """
    from kerjasama.loaders import corrections
    from kerjasama.loaders.ingest import rebuild
    from kerjasama.loaders.records import RecordStore
    from kerjasama.loaders.regions import regions

    if list_all or (record is None and undo is None):
        fixes = corrections.load(data_dir)
        if not fixes:
            click.echo(f"No corrections in {data_dir}.")
            return
        emit([{"n": n, "correction": corrections.describe(f), "note": f.get("note"), "at": f.get("at")}
              for n, f in enumerate(fixes, start=1)], "table", ["n", "correction", "note", "at"])
        return
    if undo is not None:
        with RecordStore(data_dir).writing():
            removed = corrections.remove(data_dir, undo)
        report = rebuild(data_dir)
        click.echo(f"Correction {undo} taken back ({corrections.describe(removed)}); "
                   f"graph rebuilt: {report.graph.get('Agreement', 0)} agreements.")
        return

    found = _find_record(data_dir, record)
    values = {}
    if kind is not None:
        values["kind"] = kind
    if signed_on is not None:
        values["signed_on"] = None if signed_on.lower() in ("none", "") else signed_on
    if parties is not None:
        values["parties"] = _parties(parties)
    if sectors is not None:
        values["sectors"] = _sectors(sectors)
    if ends_on is not None:
        values["ends_on"] = None if ends_on.lower() in ("none", "") else ends_on
    if published is not None:
        values["published"] = None if published.lower() in ("none", "") else published

    if not values and not drop and not add:
        names = {r["code"]: r["name"] for r in regions()}
        click.echo(f"Record {found.get('id')} (source {found['source']['id'][:12]}), "
                   f"published {found.get('published') or 'undated'}:")
        emit(_agreement_rows(found, names), "table",
             ["n", "kind", "signed_on", "parties", "sectors", "evidence"])
        return

    if add:
        fix = corrections.correction(found, add=values, note=note)
    elif agreement is None:
        fix = corrections.correction(found, set=values, note=note)
    else:
        fix = corrections.correction(found, agreement, set=values, drop=drop, note=note)
    with RecordStore(data_dir).writing():
        number = corrections.append(data_dir, fix)
    report = rebuild(data_dir)
    click.echo(f"Correction {number} kept in {corrections.corrections_path(data_dir)}: "
               f"{corrections.describe(fix)}")
    click.echo(f"Graph rebuilt: {report.graph.get('Agreement', 0)} agreements.")
    for line in report.warnings:
        if line.startswith("correction "):
            click.echo(f"warning: {line}", err=True)


@main.command()
@store_options
@click.option("--within", default=6, show_default=True, type=click.IntRange(min=0), metavar="MONTHS",
              help="List agreements that end within this many months.")
@click.option("--ended", "ended_since", default=0, show_default=True, type=click.IntRange(min=0),
              metavar="MONTHS", help="Also list those that ended up to this many months ago.")
@click.option("--region", help="Only agreements this region is a party to.")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Count from this date instead of today.")
@format_option()
def expiring(within, ended_since, region, today, fmt, **store_kwargs):
    """Agreements that end soon (end dates come from registers), soonest first.

    \b
      kerjasama expiring --within 12
      kerjasama expiring --within 6 --ended 3 --region "Kota Bengkulu"
    """
    from kerjasama.queries.expiring import expiring as find

    day = today.date() if today else dt.date.today()
    with open_store_from(**store_kwargs) as store:
        rows = find(store, within=within, today=day, region=region, ended_since=ended_since)
    emit(rows, fmt, ["ends_on", "months_left", "kind", "names", "title", "number", "status", "id"])
