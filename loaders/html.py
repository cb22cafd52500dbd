"""Saved web pages: the article's title, publication date and main text.

A page saved from the browser carries the article inside the site's chrome:
menus, ads, share buttons, "baca juga" (read also) boxes with unrelated
headlines, footers and scripts. ``trafilatura`` finds the main text and the
page metadata; the "baca juga" lines that sit inside the article body are
dropped here, since their headlines name other regions and other signings.

>>> page = read_page('''<html><head><title>Kampar dan Pekanbaru Teken MoU - Riau Pos</title>
... <meta property="article:published_time" content="2024-11-21T08:00:00+07:00"></head>
... <body><nav><a href="/">Beranda</a> <a href="/riau">Riau</a></nav>
... <article><h1>Kampar dan Pekanbaru Teken MoU</h1>
... <p>Pj Bupati Kampar Hambali dan Pj Walikota Pekanbaru Risnandar Mahiwa menandatangani
... Kesepakatan Bersama di Bangkinang, Rabu, 5 September 2024.</p>
... <p>BACA JUGA: Gubernur Jambi Resmikan Jembatan Baru</p>
... <p>Kerja sama ini mencakup layanan bus dan persampahan di wilayah perbatasan.</p>
... </article><footer>Hak cipta Riau Pos</footer></body></html>''')
>>> page["title"], page["published"]
('Kampar dan Pekanbaru Teken MoU', '2024-11-21')
>>> "BACA JUGA" in page["text"], "Beranda" in page["text"], "Hambali" in page["text"]
(False, False, True)
"""
from __future__ import annotations

import re
from pathlib import Path

import trafilatura

from kerjasama.errors import InputError

# Lines inside the article body that only point to other articles.
_SEE_ALSO = re.compile(
    r"^\W*(baca|lihat|simak)\s+(juga|pula)\b|^\W*(artikel|berita)\s+(terkait|lainnya)\b"
    r"|^\W*(read|see)\s+also\b",
    re.IGNORECASE,
)

# Blocks of site chrome that trafilatura can mistake for article text when
# they sit inside the article element: see-also boxes, ads, share bars.
_PRUNE = [
    "//*[contains(translate(@class,'BACJUG','bacjug'),'baca')]",
    "//*[contains(translate(@id,'BACJUG','bacjug'),'baca')]",
    "//*[contains(@class,'related') or contains(@id,'related')]",
    "//*[contains(@class,'terkait') or contains(@id,'terkait')]",
    "//*[contains(@class,'iklan') or contains(@id,'iklan') or contains(@class,'advert')]",
    "//*[contains(@class,'share') or contains(@class,'social')]",
    "//ins", "//script", "//style", "//noscript", "//iframe",
]
# Only the page's own metadata (meta tags, JSON-LD, <time>, the URL) gives
# the publication date: a search through the body text would pick up the
# signing date or a date from a sidebar.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_MIN_WORDS = 12
# Site names appended to the <title>: "Headline - Riau Pos", "Headline | Antara".
_SITE_SUFFIX = re.compile(r"\s+[-|–—»:]\s+[^-|–—»:]{2,40}$")


_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
_MHTML = re.compile(rb"^(From:[^\n]*\n)?(\S+:[^\n]*\n)*?MIME-Version:", re.IGNORECASE)


def _decode(content: str | bytes) -> str:
    """Page bytes as text: UTF-8, else the page's declared charset, else a detected one."""
    if isinstance(content, str):
        return content
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(content[:4096])
    if declared:
        try:
            return content.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(content).best()
    return str(best) if best is not None else content.decode("cp1252", errors="replace")


def _from_mhtml(content: bytes) -> tuple[str, str | None] | None:
    """(HTML, page address) of a page saved as one MHTML file, or None if it is not one.

    Browsers' "save as single file" writes the page and its images as one
    MIME message; the first text/html part is the page.
    """
    if not _MHTML.match(content[:2048]):
        return None
    import email
    from email import policy

    message = email.message_from_bytes(content, policy=policy.default)
    url = message.get("Snapshot-Content-Location")
    for part in message.walk():
        if part.get_content_type() == "text/html":
            url = url or part.get("Content-Location")
            return part.get_content(), url
    return None


def _clean_text(text: str) -> str:
    # trafilatura gives one block per line; a blank line between them reads
    # like the plain-text articles, where paragraphs are separated that way.
    lines = [line.strip() for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line and not _SEE_ALSO.match(line))


def _title(doc) -> str | None:
    title = (doc.title or "").strip()
    if not title:
        return None
    # trafilatura takes the <h1> when there is one; a bare <title> still has the site name.
    stripped = _SITE_SUFFIX.sub("", title)
    return stripped or title


def read_page(content: str | bytes, *, url: str | None = None) -> dict:
    """The page's ``{"title", "published", "text", "url"}``; published is ISO or None.

    Raises InputError when the page holds no article text.
    """
    if isinstance(content, bytes) and (saved := _from_mhtml(content)):
        content, url = saved[0], url or saved[1]
    html = _decode(content)
    saved_from = _SAVED_FROM.search(html[:2048])
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, favor_recall=True, prune_xpath=_PRUNE,
        date_extraction_params=_DATE_PARAMS,
    )
    text = _clean_text(doc.text or "") if doc is not None else ""
    # A page of menus only (an index page, a login wall) leaves a few words at best.
    if len(text.split()) < _MIN_WORDS:
        raise InputError("no article text found in the page")
    return {
        "title": _title(doc),
        "published": doc.date or None,
        "text": text,
        "url": url or doc.url or (saved_from.group(1) if saved_from else None),
    }


def article_text(page: dict) -> str:
    """The text the article extractor reads: the headline, then the body.

    The headline often names both parties and the kind of agreement, so it is
    kept in front of the body unless the body already starts with it.

    >>> article_text({"title": "A dan B Teken MoU", "text": "Isi berita."})
    'A dan B Teken MoU\\n\\nIsi berita.'
    >>> article_text({"title": "A dan B", "text": "A dan B\\n\\nIsi."})
    'A dan B\\n\\nIsi.'
    """
    title, text = (page.get("title") or "").strip(), page["text"]
    if not title or text[: len(title) + 40].lower().find(title.lower()) >= 0:
        return text
    return f"{title}\n\n{text}"


def read_page_file(path: str | Path) -> dict:
    """``read_page`` of a file; a page that cannot be read is an InputError naming the file."""
    path = Path(path)
    try:
        return read_page(path.read_bytes(), url=None)
    except InputError as err:
        raise InputError(f"{path}: {err}") from None
    except OSError as err:
        raise InputError(f"{path}: {err.strerror}") from None
