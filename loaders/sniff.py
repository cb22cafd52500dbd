"""What kind of source a file is, judged by its content first and its name second.

Planners save pages as ``.htm``, ``.html`` or with no extension at all, export
registers from spreadsheets as ``.csv`` or ``.txt``, and receive JSON under
any name. The first bytes decide; the extension only breaks ties.

Kinds: ``html``, ``xlsx``, ``csv``, ``json``, ``jsonl``, ``text`` (plain text
and Markdown articles), and ``None`` for anything else (a PDF, an image, a
legacy ``.xls``), which ingest reports instead of guessing.

>>> sniff_bytes(b"<!DOCTYPE html><html><body><p>x</p></body></html>")
'html'
>>> sniff_bytes(b'{"id": "a", "agreements": []}')
'json'
>>> sniff_bytes(b'{"id": "a"}\\n{"id": "b"}\\n{"id": "c", "cut sh\\n{"id": "d"}\\n')
'jsonl'
>>> sniff_bytes(b"No;Judul;Para Pihak;Tanggal\\n1;MoU;Kab. Kampar, Kota Pekanbaru;5/9/2024\\n")
'csv'
>>> sniff_bytes("Pj Bupati Kampar Hambali menandatangani MoU, Rabu.\\n\\nIsi berita.".encode())
'text'
>>> sniff_bytes(b"%PDF-1.7 ...") is None
True
>>> sniff_bytes(b"[Foto] Bupati Kampar dan Wali Kota Pekanbaru teken MoU.\\nIsi berita.")
'text'
>>> sniff_bytes(b'[{"id": "a", "agreements": [], "note": "cut sh')
'json'

"""
from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

KINDS = ("html", "xlsx", "csv", "json", "jsonl", "text")

_HTML = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<meta|<!--|<\?xml[^>]*>\s*<!doctype\s+html)",
                   re.IGNORECASE)
_HTML_ANYWHERE = re.compile(rb"<(html|body|article|div|p)[\s>]", re.IGNORECASE)
# A page saved as one file (MHTML): a MIME message whose first part is the HTML.
_MHTML = re.compile(rb"^(From:[^\n]*\n)?(\S+:[^\n]*\n)*?MIME-Version:", re.IGNORECASE)
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\xd0\xcf\x11\xe0")  # xls/doc: OLE2
_SNIFF_BYTES = 64 * 1024
_JSON_START = re.compile(r'^(\[\s*[{\["\d\]-]|\{\s*"[^"\n]*"\s*:)')


def _text(head: bytes) -> str | None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 with its byte order mark: Notepad's and Excel's "Unicode" text.
        return head[:len(head) // 2 * 2].decode("utf-16", errors="replace")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return head.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _looks_json(text: str) -> str | None:
    stripped = text.strip()
    if not stripped or stripped[0] not in "[{":
        return None
    try:
        json.loads(stripped)
        return "json"
    except ValueError:
        pass
    lines = [ln for ln in stripped.splitlines() if ln.strip()]
    # The head may cut the last line short, and an export may hold a broken
    # line: JSON Lines when the first line and most of the others parse.
    complete = lines[:-1] or lines
    parsed = 0
    for line in complete:
        try:
            json.loads(line)
            parsed += 1
        except ValueError:
            if line is complete[0]:
                break
    else:
        if parsed * 2 >= len(complete):
            return "jsonl"
    # A big JSON document cut short by the head still starts like one; an
    # article that opens with "[Foto]" or "{Advertorial}" does not.
    return "json" if _JSON_START.match(stripped) else None


def _looks_csv(text: str) -> bool:
    # (a data file's comment lines are no rows: "# Diekspor: 12/02/2025 10:15 WIB")
    lines = [ln for ln in text.splitlines()[:30] if ln.strip() and not ln.startswith("#")][:20]
    if len(lines) < 2:
        return False
    try:
        dialect = csv.Sniffer().sniff("\n".join(lines[:10]), delimiters=",;\t|")
    except csv.Error:
        return False
    rows = list(csv.reader(io.StringIO("\n".join(lines)), dialect))
    widths = [len(r) for r in rows]
    # A table: at least three columns, and most rows as wide as the header.
    # Prose with commas gives ragged widths.
    if widths[0] < 3:
        return False
    same = sum(1 for w in widths if w == widths[0])
    return same >= max(2, 0.8 * len(widths))


def sniff_bytes(head: bytes, name: str = "") -> str | None:
    """The kind of a source from its first bytes (and its file name, for ties)."""
    suffix = Path(name).suffix.lower()
    if head.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(head)).namelist()
        except zipfile.BadZipFile:
            # Only the head of a larger file: the first entry name is in plain sight.
            names = [head[30:200].decode("latin-1")]
        if any(n.startswith(("xl/", "[Content_Types]")) for n in names) or suffix == ".xlsx":
            return "xlsx"
        return None
    if head.startswith(_BINARY_MAGIC):
        return None
    if _MHTML.match(head[:2048]) and b"text/html" in head.lower():
        return "html"
    text = _text(head)
    if text is None or "\x00" in text:
        return None
    if _HTML.match(head) or (suffix in (".html", ".htm") and _HTML_ANYWHERE.search(head)):
        return "html"
    kind = _looks_json(text)
    if kind:
        return kind
    if suffix in (".json", ".jsonl", ".ndjson") and re.match(r'\s*([\[{"]|null\b|true\b|false\b|-?\d)', text):
        # Named JSON and shaped like it, but broken or not records: the records reader
        # says what is wrong, rather than the file going in as an article.
        return "json" if suffix == ".json" else "jsonl"
    if _looks_csv(text):
        return "csv"
    if suffix in (".csv", ".tsv") and re.search(r"[,;\t|].*\n.*[,;\t|]", text):
        # A table whose quoting is broken: the register reader reports it.
        return "csv"
    if _HTML_ANYWHERE.search(head) and head.count(b"</") >= 3:
        return "html"
    return "text"  # blank text too: the text reader says "no text in the file"


def sniff(path: str | Path) -> str | None:
    """The kind of the source file at ``path`` (see the module's docstring)."""
    path = Path(path)
    with open(path, "rb") as fh:
        head = fh.read(_SNIFF_BYTES)
    if head.startswith(b"PK\x03\x04"):
        # Read the whole zip: its table of contents sits at the end.
        try:
            names = zipfile.ZipFile(path).namelist()
        except zipfile.BadZipFile:
            # A damaged workbook: the XLSX reader says so, rather than "not a source".
            return "xlsx" if path.suffix.lower() == ".xlsx" else None
        return "xlsx" if any(n.startswith("xl/") for n in names) else None
    return sniff_bytes(head, path.name)
