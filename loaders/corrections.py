"""Corrections: a planner's fixes to extracted records, kept apart so they survive re-extraction.

A correction names a record (by its id, such as the article's file name, or
its source id) and one agreement in it *by the values it had* (parties and
kind, and the date when several share those), not by position, so it still
finds its agreement when the extractor is improved and the record made
again. Corrections live in ``DATA/corrections.jsonl``, one per line in the
order they were made, and are applied to the records each time the graph is
built; the records themselves stay as the extractor made them.

Actions: ``set`` changes fields of an agreement (parties, kind, signed_on,
sectors, title, ends_on, duration_months, status) or of the record
(``published``); ``drop`` removes an agreement the extractor should not have
found; ``add`` adds one it missed.

>>> record = {"id": "seed-004", "published": "2024-11-21", "source": {"id": "ab" * 32},
...           "agreements": [{"parties": ["14.01", "14.71"], "kind": "mou",
...                           "signed_on": "2024-09-05", "sectors": []}]}
>>> fix = correction(record, 1, set={"kind": "pks", "signed_on": "2024-09-06"})
>>> fixed, notes = apply_corrections([record], [fix])
>>> fixed[0]["agreements"][0]["kind"], fixed[0]["agreements"][0]["signed_on"], notes
('pks', '2024-09-06', [])
>>> record["agreements"][0]["kind"]          # the stored record is left as it was
'mou'
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import os
from pathlib import Path

from kerjasama.errors import InputError

FILE = "corrections.jsonl"
ACTIONS = ("set", "drop", "add")
AGREEMENT_FIELDS = ("parties", "kind", "signed_on", "sectors", "title", "ends_on",
                    "duration_months", "status", "number")
RECORD_FIELDS = ("published",)
KINDS = ("plan", "mou", "pks")


def corrections_path(data_dir: str | os.PathLike) -> Path:
    return Path(data_dir) / FILE


def _key(agreement: dict) -> dict:
    return {"parties": sorted(agreement.get("parties") or []), "kind": agreement.get("kind"),
            "signed_on": agreement.get("signed_on"),
            "sectors": sorted(agreement.get("sectors") or [])}


def _iso(value, field: str) -> str | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InputError(f"{field}: {value!r} is not a date (YYYY-MM-DD)") from None


def check_values(values: dict, *, record_level: bool = False) -> dict:
    """The values of a ``set`` or ``add``, checked and normalised; InputError names the bad one.

    >>> check_values({"parties": ["14.71", "14.01"], "kind": "PKS"})
    {'parties': ['14.01', '14.71'], 'kind': 'pks'}
    """
    from kerjasama.loaders.regions import region
    from kerjasama.loaders.sectors import sector

    allowed = RECORD_FIELDS + AGREEMENT_FIELDS
    out = {}
    for field, value in values.items():
        if field not in allowed:
            raise InputError(f"{field!r} cannot be corrected; fields: {', '.join(allowed)}")
        if field == "parties":
            codes = sorted(set(value or []))
            bad = [c for c in codes if region(c) is None]
            if bad or len(codes) < 2:
                raise InputError(f"parties: need two or more region codes, got {', '.join(codes) or 'none'}")
            value = codes
        elif field == "kind":
            value = str(value or "").strip().casefold()
            if value not in KINDS:
                raise InputError(f"kind: {value!r} is not one of {', '.join(KINDS)}")
        elif field in ("signed_on", "ends_on", "published"):
            value = _iso(value, field)
        elif field == "sectors":
            value = sorted(set(value or []))
            bad = [s for s in value if sector(s) is None]
            if bad:
                raise InputError(f"sectors: {', '.join(bad)} not a sector slug")
        elif field == "duration_months":
            value = None if value in (None, "") else int(value)
        out[field] = value
    return out


def correction(record: dict, agreement: int | None = None, *, set: dict | None = None,
               drop: bool = False, add: dict | None = None, note: str | None = None) -> dict:
    """A correction of ``record``: of its ``agreement`` (1-based, as listed), or of the record.

    The agreement is remembered by its values at the time of the correction.
    """
    source = record.get("source") if isinstance(record.get("source"), dict) else {}
    fix: dict = {"record": record.get("id"), "source": source.get("id"),
                 "at": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()}
    if note:
        fix["note"] = note
    if add is not None:
        values = check_values(add)
        if "parties" not in values or "kind" not in values:
            raise InputError("an added agreement needs parties and kind")
        fix.update(action="add", values=values)
        return fix
    if agreement is None:
        if drop or not set:
            raise InputError("name the agreement to correct (its number) or a record field to set")
        values = check_values(set)
        if any(f not in RECORD_FIELDS for f in values):
            raise InputError("without an agreement number only the record's published date can be set")
        fix.update(action="set", target="record", values=values)
        return fix
    agreements = record.get("agreements") or []
    if not 1 <= agreement <= len(agreements):
        raise InputError(f"record {record.get('id')!r} has {len(agreements)} agreement(s), "
                         f"not an agreement {agreement}")
    fix["match"] = _key(agreements[agreement - 1])
    if drop:
        fix["action"] = "drop"
    else:
        values = check_values(set or {})
        if not values:
            raise InputError("nothing to correct: give a field to set, or drop")
        fix.update(action="set", values=values)
    return fix


def load(data_dir: str | os.PathLike) -> list[dict]:
    """The corrections kept in ``data_dir``, oldest first (none: an empty list)."""
    path = corrections_path(data_dir)
    try:
        lines = path.read_text("utf-8").splitlines()
    except FileNotFoundError:
        return []
    fixes = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            fix = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{path}: line {n} is not JSON ({err.msg})") from None
        if not isinstance(fix, dict) or fix.get("action") not in ACTIONS:
            raise InputError(f"{path}: line {n} is not a correction")
        fixes.append(fix)
    return fixes


def save(data_dir: str | os.PathLike, fixes: list[dict]) -> None:
    """Write all ``fixes`` (atomically: the file is replaced whole)."""
    from kerjasama.loaders.records import write_atomic

    text = "".join(json.dumps(f, ensure_ascii=False, sort_keys=True) + "\n" for f in fixes)
    write_atomic(corrections_path(data_dir), text)


def append(data_dir: str | os.PathLike, fix: dict) -> int:
    """Keep ``fix`` after the others; its number (1-based)."""
    fixes = load(data_dir)
    fixes.append(fix)
    save(data_dir, fixes)
    return len(fixes)


def remove(data_dir: str | os.PathLike, number: int) -> dict:
    """Take back correction ``number`` (1-based, as listed); the removed correction."""
    fixes = load(data_dir)
    if not 1 <= number <= len(fixes):
        raise InputError(f"there is no correction {number} (there are {len(fixes)})")
    removed = fixes.pop(number - 1)
    save(data_dir, fixes)
    return removed


_ORIGINAL = "_as_extracted"


def _find(agreements: list[dict], match: dict) -> int | None:
    """Index of the agreement a correction was made on, or None.

    Matched on the values as extracted, so two corrections of one agreement
    (its parties, then its kind) both find it.
    """
    keys = [a.get(_ORIGINAL) or _key(a) for a in agreements]
    same = [i for i, k in enumerate(keys)
            if k["parties"] == match["parties"] and k["kind"] == match["kind"]]
    if len(same) > 1:
        dated = [i for i in same if keys[i]["signed_on"] == match.get("signed_on")]
        same = dated or same
    if len(same) > 1:
        sectors = [i for i in same if keys[i]["sectors"] == match.get("sectors")]
        same = sectors or same
    return same[0] if same else None


def apply_corrections(records: list[dict], fixes: list[dict]) -> tuple[list[dict], list[str]]:
    """``(corrected copies of records, notes)``: a note for each correction that found nothing.

    A correction applies to the record with its source id; failing that, to
    records with the same record id (the same article saved again).
    """
    if not fixes:
        return records, []
    by_source = {}
    by_id: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        source = r.get("source") if isinstance(r.get("source"), dict) else {}
        if source.get("id"):
            by_source[source["id"]] = i
        by_id.setdefault(str(r.get("id")), []).append(i)
    out = list(records)
    copied: set[int] = set()
    notes = []
    for n, fix in enumerate(fixes, start=1):
        where = [by_source[fix["source"]]] if fix.get("source") in by_source else by_id.get(str(fix.get("record")), [])
        if not where:
            notes.append(f"correction {n}: record {fix.get('record')!r} is not stored; not applied")
            continue
        applied = False
        for i in where:
            if i not in copied:
                out[i] = copy.deepcopy(out[i])
                for a in out[i].get("agreements") or []:
                    a[_ORIGINAL] = _key(a)
                copied.add(i)
            applied |= _apply_one(out[i], fix)
        if not applied:
            notes.append(f"correction {n} ({describe(fix)}): its agreement is no longer in "
                         f"record {fix.get('record')!r}; not applied")
    for i in copied:
        for a in out[i].get("agreements") or []:
            a.pop(_ORIGINAL, None)
    return out, notes


def _apply_one(record: dict, fix: dict) -> bool:
    agreements = record.setdefault("agreements", [])
    if fix["action"] == "add":
        values = fix["values"]
        key = _key(values)
        if any(_key(a) == key for a in agreements):
            return True  # the extractor now finds it itself
        agreements.append({"signed_on": None, "sectors": [], "signatories": [], **values,
                           "evidence": "added by correction" + (f": {fix['note']}" if fix.get("note") else ""),
                           "corrected": sorted(values)})
        return True
    if fix.get("target") == "record":
        record.update(fix["values"])
        record["corrected"] = sorted(set(record.get("corrected") or []) | set(fix["values"]))
        return True
    i = _find(agreements, fix["match"])
    if i is None:
        return False
    if fix["action"] == "drop":
        agreements.pop(i)
        return True
    agreement = agreements[i]
    agreement.update(fix["values"])
    agreement["corrected"] = sorted(set(agreement.get("corrected") or []) | set(fix["values"]))
    return True


def describe(fix: dict) -> str:
    """One line saying what a correction does.

    >>> describe({"action": "set", "record": "seed-004", "values": {"kind": "pks"},
    ...           "match": {"parties": ["14.01", "14.71"], "kind": "mou"}})
    'seed-004: mou 14.01+14.71: set kind=pks'
    """
    what = fix.get("record") or (fix.get("source") or "")[:12]
    if fix["action"] == "add":
        return f"{what}: add {fix['values'].get('kind')} {'+'.join(fix['values'].get('parties', []))}"
    values = ", ".join(f"{k}={v if not isinstance(v, list) else ','.join(v)}"
                       for k, v in fix.get("values", {}).items())
    if fix.get("target") == "record":
        return f"{what}: set {values}"
    match = fix.get("match") or {}
    target = f"{match.get('kind')} {'+'.join(match.get('parties', []))}"
    return f"{what}: {target}: " + ("drop" if fix["action"] == "drop" else f"set {values}")
