"""Records made elsewhere: JSON and JSON Lines files of extraction records.

A file holds one record (a JSON object), a list of records (a JSON array),
or one record per line (JSON Lines). Each record must have SCHEMA.md's shape;
one that does not is reported with the file, its line (or position) and the
reason, while the good ones load. A file that is not JSON at all is an
``InputError`` naming the file.

Records without provenance get it here: ``source.kind`` is ``"record"`` and
``source.id`` is the sha256 of the record's own canonical JSON, which is also
the text kept for it, so loading the same record twice changes nothing.

>>> records, problems = parse_records('''{"id": "x-1", "published": "2024-11-21", "agreements":
... [{"parties": ["14.71", "14.01"], "kind": "mou", "signed_on": "2024-09-05", "sectors": [],
...   "signatories": []}], "officials": []}''', name="x.json")
>>> records[0]["agreements"][0]["parties"], records[0]["source"]["kind"], problems
(['14.01', '14.71'], 'record', [])
>>> _, problems = parse_records('{"id": "y", "agreements": [{"parties": ["99.99"], "kind": "nota"}]}',
...                             name="y.json")
>>> print(problems[0]["reason"])
agreements[0].parties: '99.99' is not a region code; agreements[0].kind: 'nota' is not one of plan, mou, pks
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from kerjasama.errors import InputError

KINDS = ("plan", "mou", "pks")
SOURCE_KINDS = ("article", "register", "record")


def _codes() -> set[str]:
    from kerjasama.loaders.regions import regions

    return {r["code"] for r in regions()}


def _slugs() -> set[str]:
    from kerjasama.loaders.sectors import sectors

    return {s["slug"] for s in sectors()}


def _iso(value, where: str, errors: list[str]) -> str | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        errors.append(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)")
        return None


def _people(items, where: str, codes: set[str], errors: list[str], need_title: bool) -> list[dict]:
    if items is None:
        return []
    if not isinstance(items, list):
        errors.append(f"{where}: must be a list")
        return []
    people = []
    for i, person in enumerate(items):
        here = f"{where}[{i}]"
        if not isinstance(person, dict) or not isinstance(person.get("name"), str) or not person["name"].strip():
            errors.append(f"{here}: needs a name")
            continue
        region = person.get("region")
        if region is not None and region not in codes:
            errors.append(f"{here}.region: {region!r} is not a region code")
            continue
        if need_title and not isinstance(person.get("title"), (str, type(None))):
            errors.append(f"{here}.title: must be text")
            continue
        people.append(dict(person))
    return people


def _agreement(a, where: str, codes: set[str], slugs: set[str], errors: list[str]) -> dict:
    if not isinstance(a, dict):
        errors.append(f"{where}: must be an object")
        return {}
    out = dict(a)
    parties = a.get("parties")
    if not isinstance(parties, list) or not all(isinstance(p, str) for p in parties):
        errors.append(f"{where}.parties: must be a list of region codes")
    else:
        bad = [p for p in parties if p not in codes]
        for p in bad:
            errors.append(f"{where}.parties: {p!r} is not a region code")
        if not bad and len(set(parties)) < 2:
            errors.append(f"{where}.parties: an agreement needs two or more regions")
        out["parties"] = sorted(set(parties))
    kind = a.get("kind")
    if isinstance(kind, str) and kind.strip().casefold() in KINDS:
        out["kind"] = kind = kind.strip().casefold()  # "MoU" is mou
    if kind not in KINDS:
        errors.append(f"{where}.kind: {a.get('kind')!r} is not one of {', '.join(KINDS)}")
    out["signed_on"] = _iso(a.get("signed_on"), f"{where}.signed_on", errors)
    if "ends_on" in a:
        out["ends_on"] = _iso(a.get("ends_on"), f"{where}.ends_on", errors)
    sectors = a.get("sectors") or []
    if not isinstance(sectors, list):
        errors.append(f"{where}.sectors: must be a list of sector slugs")
    else:
        for s in sectors:
            if s not in slugs:
                errors.append(f"{where}.sectors: {s!r} is not a sector slug")
        out["sectors"] = sorted(set(sectors))
    out["signatories"] = _people(a.get("signatories"), f"{where}.signatories", codes, errors, False)
    return out


def validate_record(obj, *, codes: set[str] | None = None, slugs: set[str] | None = None) -> dict:
    """``obj`` as a clean record (parties and sectors sorted), or InputError with every reason.

    >>> validate_record(["not", "a", "record"])
    Traceback (most recent call last):
    ...
    kerjasama.errors.InputError: not a record: a JSON object with "id" and "agreements" is expected, got a list
    """
    codes = codes if codes is not None else _codes()
    slugs = slugs if slugs is not None else _slugs()
    if not isinstance(obj, dict) or "agreements" not in obj or "id" not in obj:
        got = type(obj).__name__ if not isinstance(obj, dict) else "an object with keys " + ", ".join(
            sorted(obj)[:6]) or "an empty object"
        got = {"list": "a list", "str": "a string", "int": "a number", "float": "a number"}.get(got, got)
        raise InputError(f'not a record: a JSON object with "id" and "agreements" is expected, got {got}')
    errors: list[str] = []
    record = dict(obj)
    if not isinstance(obj["id"], str) or not obj["id"].strip():
        errors.append("id: must be a non-empty string")
    record["published"] = _iso(obj.get("published"), "published", errors)
    agreements = obj.get("agreements")
    if not isinstance(agreements, list):
        errors.append("agreements: must be a list")
        agreements = []
    record["agreements"] = [_agreement(a, f"agreements[{i}]", codes, slugs, errors)
                            for i, a in enumerate(agreements)]
    record["officials"] = _people(obj.get("officials"), "officials", codes, errors, True)
    source = obj.get("source")
    if isinstance(source, str):
        # Hand-made records often give just the article's address.
        record["source"] = {"url": source} if "://" in source else {"path": source}
    elif source is not None and not isinstance(source, dict):
        errors.append("source: must be an object or the article's address")
    if errors:
        raise InputError("; ".join(errors))
    return record


def canonical_text(record: dict) -> str:
    """The text kept for a record that came as JSON: its canonical JSON (stable key order)."""
    return json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def with_provenance(record: dict, *, path: str | None = None) -> tuple[dict, str]:
    """``(record, text)``: the record with a ``source`` of kind ``record`` and its kept text.

    The id is the hash of the record without its ``source`` and
    ``extractor``, so the same record loaded from two files is stored once.
    """
    bare = {k: v for k, v in record.items() if k not in ("source", "extractor")}
    text = canonical_text(bare)
    given = record.get("source") if isinstance(record.get("source"), dict) else {}
    source = {"path": path, "url": None, "title": None, **{k: v for k, v in given.items() if k != "id"},
              "id": hashlib.sha256(text.encode("utf-8")).hexdigest(), "kind": "record"}
    if given.get("id") and given.get("id") != source["id"]:
        source["original_id"] = given["id"]
    out = dict(bare)
    out["source"] = source
    out["extractor"] = record.get("extractor") or "import"
    return out, text


def _objects(text: str, name: str) -> list[tuple[str, object]]:
    """``[(where, parsed)]`` for a JSON document or JSON Lines text."""
    stripped = text.strip()
    if not stripped:
        raise InputError(f"{name}: empty file, no records")
    try:
        doc = json.loads(stripped)
    except json.JSONDecodeError:
        doc = None
        lines = text.splitlines()
        out = []
        for n, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                out.append((f"line {n}", json.loads(line)))
            except json.JSONDecodeError as err:
                if n == 1 and not line.lstrip().startswith(("{", "[")):
                    raise InputError(f"{name}: not JSON or JSON Lines ({err.msg} at line 1)") from None
                out.append((f"line {n}", err))
        return out
    if isinstance(doc, list):
        return [(f"item {i + 1}", obj) for i, obj in enumerate(doc)]
    return [("record", doc)]


def parse_records(text: str, *, name: str = "<records>") -> tuple[list[dict], list[dict]]:
    """``(records, problems)`` from JSON or JSON Lines text.

    Each problem is ``{"file", "row", "reason"}``: ``row`` is ``"line N"``,
    ``"item N"`` or ``"record"``.
    """
    codes, slugs = _codes(), _slugs()
    records, problems = [], []
    for where, obj in _objects(text, name):
        if isinstance(obj, json.JSONDecodeError):
            problems.append({"file": name, "row": where, "reason": f"not JSON: {obj.msg}"})
            continue
        try:
            record = validate_record(obj, codes=codes, slugs=slugs)
        except InputError as err:
            problems.append({"file": name, "row": where, "reason": str(err)})
            continue
        records.append(with_provenance(record, path=name)[0])
    return records, problems


def read_records(path: str | Path) -> tuple[list[dict], list[dict]]:
    """``parse_records`` of a file; a file that is not JSON is an InputError naming it."""
    path = Path(path)
    try:
        text = path.read_text("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text, so not JSON records") from None
    except OSError as err:
        raise InputError(f"{path}: {err.strerror}") from None
    return parse_records(text, name=str(path))


def write_records(records: list[dict], path: str | Path) -> None:
    """Write ``records`` as JSON Lines, one record per line (the format ``read_records`` reads)."""
    with open(path, "w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
