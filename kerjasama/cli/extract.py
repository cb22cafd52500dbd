"""Commands: extract."""
from __future__ import annotations

import click

from kerjasama.cli.app import main
from kerjasama.cli.options import format_option
from kerjasama.cli.output import to_json


def _summary(record: dict) -> str:
    from kerjasama.loaders.regions import region

    def name(code):
        r = region(code)
        return r["name"] if r else code

    lines = [f"{record['id']}  published {record.get('published') or '?'}"]
    agreements = record.get("agreements") or []
    if not agreements:
        lines.append("No agreement between regional governments.")
    for a in agreements:
        parties = " + ".join(name(c) for c in a["parties"])
        lines.append(f"- {a['kind'].upper()} {parties}, signed {a.get('signed_on') or '?'}")
        if a.get("sectors"):
            lines.append(f"    sectors: {', '.join(a['sectors'])}")
        if a.get("signatories"):
            signers = ", ".join(f"{s['name']} ({name(s['region'])})" for s in a["signatories"])
            lines.append(f"    signed by: {signers}")
    officials = record.get("officials") or []
    if officials:
        lines.append("Officials:")
        for o in officials:
            lines.append(f"- {o['title']} {name(o['region'])}: {o['name']}")
    return "\n".join(lines)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@format_option("text", "json", default="text")
def extract(file, fmt):
    """Print the extraction record of one article FILE (writes nothing).

    \b
      kerjasama extract berita.txt
      kerjasama extract --format json berita.txt > berita.json
    """
    from kerjasama.loaders.extract import extract_file

    record = extract_file(file)
    click.echo(to_json(record) if fmt == "json" else _summary(record))
