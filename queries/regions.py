"""Regions as people name them in a question, and the names the graph gives them.

A REGION argument is a Kemendagri code (``13.02``) or a name as people type
it ("Kab. Kampar", "Kota Solok", "Sumbar"). Names go through the project's
gazetteer, which knows the many ways news writes them; a name that fits
several regions raises ``AmbiguousRegion`` with the candidates' codes.

>>> resolve_region("13.02")
'13.02'
>>> resolve_region("Kota Solok"), resolve_region("Pemkab Kampar"), resolve_region("Sumbar")
('13.72', '14.01', '13')
>>> resolve_region("Solok")
Traceback (most recent call last):
...
kerjasama.errors.AmbiguousRegion: 'Solok' is ambiguous: 13.02, 13.72
>>> describe_candidates(["13.02", "13.72"])
'13.02 (Kab. Solok), 13.72 (Kota Solok)'
"""
from __future__ import annotations

import re

from kerjasama.errors import UnknownRegion
from kerjasama.graph.store import GraphStore
from kerjasama.loaders.gazetteer import resolve
from kerjasama.loaders.regions import region

CODE = re.compile(r"^\d{2}(\.\d{2})?$")


def resolve_region(text: str, kind: str | None = None) -> str:
    """The code of the region ``text`` names: a code, or a name as people type it.

    ``kind`` (provinsi, kabupaten, kota) narrows the candidates. Raises
    ``UnknownRegion`` or ``AmbiguousRegion`` (with ``candidates``).
    """
    text = (text or "").strip()
    if CODE.match(text):
        found = region(text)
        if found is None or (kind and found["kind"] != kind):
            raise UnknownRegion(f"no {kind or 'region'} has the code {text!r}")
        return text
    return resolve(text, kind=kind)


def describe_candidates(codes) -> str:
    """Candidate codes with their names, for a message a person reads."""
    parts = []
    for code in codes:
        found = region(code)
        parts.append(f"{code} ({found['name']})" if found else code)
    return ", ".join(parts)


def region_names(store: GraphStore) -> dict[str, str]:
    """Code -> name of every region in the graph (one small read)."""
    rows = store.run("MATCH (r:Region) RETURN r.code AS code, r.name AS name")
    return {row["code"]: row["name"] for row in rows}


def region_rows(store: GraphStore) -> dict[str, dict]:
    """Code -> {code, name, kind, province} of every region in the graph."""
    rows = store.run("MATCH (r:Region) RETURN r.code AS code, r.name AS name, "
                     "r.kind AS kind, r.province AS province")
    return {row["code"]: row for row in rows}
