"""Records made from the gold files of the dev articles, with provenance as ingest stores it."""
from __future__ import annotations

import json
from pathlib import Path

from kerjasama.loaders.records import content_id

DEV = Path(__file__).resolve().parent / "data" / "dev"


def gold_record(name: str) -> dict:
    """The gold record of dev article ``name`` with a source block like ingest's."""
    record = json.loads((DEV / f"{name}.json").read_text("utf-8"))
    text = (DEV / f"{name}.txt").read_text("utf-8")
    url = record.get("source")
    record["source"] = {"id": content_id(text), "path": f"{name}.txt", "url": url,
                        "title": None, "kind": "article"}
    record["extractor"] = "gold"
    return record


def gold_records() -> list[dict]:
    return [gold_record(p.stem) for p in sorted(DEV.glob("*.json"))]
