"""Printing rows as a table, JSON or CSV."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

import click


WRAP = 60
"""Table cells longer than this are wrapped onto several lines."""


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "; ".join(str(_plain(v)) for v in value)
    return value


def _json_default(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_json_default)


def emit(rows: list[dict], fmt: str, columns: list[str] | None = None) -> None:
    """Print ``rows`` (dicts) as ``table``, ``json`` or ``csv``."""
    if fmt == "json":
        click.echo(to_json(rows))
        return
    columns = columns or (list(rows[0]) if rows else [])
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_plain(row.get(c)) for c in columns])
        click.echo(buf.getvalue(), nl=False)
        return
    if not rows:
        click.echo("(no results)")
        return
    # Only tables need tabulate, a fifth of a command's start-up (~35 ms).
    from tabulate import tabulate

    table = [[_plain(row.get(c)) for c in columns] for row in rows]
    # Wrapping costs tabulate most of its time (0.3 s for 3,000 rows): only in columns
    # that hold a long cell.
    widths = [WRAP if any(len(str(r[i])) > WRAP for r in table) else None
              for i in range(len(columns))]
    click.echo(tabulate(table, headers=columns, tablefmt="simple", maxcolwidths=widths))


def echo_notes(notes: list[str], verbose: bool) -> None:
    """The count of notes on an ingest or build (facts left out of the graph, names read
    as a close match) on stderr; the notes themselves with --verbose."""
    if not notes:
        return
    click.echo(f"{len(notes)} notes: facts left out of the graph, names read as a close match"
               + (":" if verbose else " (--verbose lists them)."), err=True)
    if verbose:
        for line in notes:
            click.echo(f"  {line}", err=True)


VERBOSE_HELP = "List the notes: facts left out of the graph, names read as a close match."
