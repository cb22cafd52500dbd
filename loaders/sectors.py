"""The sector slugs: the 32 urusan pemerintahan of UU 23/2014 and four supporting functions.

>>> len(sectors())
36
>>> sector("pertanian")["name"]
'Pertanian'
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> dict[str, dict]:
    text = resources.files("kerjasama.loaders").joinpath("data/sectors.tsv").read_text("utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    return {r["slug"]: {"slug": r["slug"], "name": r["urusan"], "category": r["group"]} for r in rows}


def sectors() -> list[dict]:
    """Every sector as ``{"slug", "name", "category"}``."""
    return [dict(s) for s in _table().values()]


def sector(slug: str) -> dict | None:
    """The sector with this slug, or None."""
    s = _table().get(slug)
    return dict(s) if s else None
