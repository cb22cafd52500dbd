"""Plain-text articles dressed as saved news pages, to check that reading HTML loses nothing.

Each dev article (``tests/data/dev/*.txt``) is put verbatim into a page
template with the chrome a regional news site has: top bar, menu, search,
ad banners, breadcrumb, share buttons, "baca juga" boxes with other
headlines (naming other regions and other signings) inside the article,
tags, a sidebar of popular posts, related posts, footer and scripts. The
page carries no publication date in its metadata: the date, when there is
one, stays in the text where the article had it, so the comparison is
between the same information given two ways.

Run as a script to print the dev-corpus scores of both ways (it needs
``score.py`` of the shared evaluation kit)::

    python tests/html_pages.py [--keep DIR]
"""
from __future__ import annotations

import argparse
import html
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = HERE / "data" / "dev"
SCORE = HERE.parent.parent / "shared" / "eval" / "score.py"

# Headlines of other news, as see-also boxes and sidebars show them: they name
# regions and signings that the article itself does not report.
OTHER_NEWS = [
    "Gubernur Jambi Resmikan Jembatan Batanghari II, Kota Jambi dan Muaro Jambi Kian Dekat",
    "Pemko Padang Teken MoU dengan Pemkab Solok soal Air Bersih",
    "Bupati Siak Tinjau Banjir di Kecamatan Sungai Apit",
    "Pemprov Sumbar dan Pemkab Dharmasraya Sepakati Kerja Sama Jalan Provinsi",
    "Wali Kota Dumai Terima Kunjungan Kerja DPRD Bengkalis",
]

TEMPLATE = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Warta Daerah</title>
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Warta Daerah">
<link rel="stylesheet" href="/assets/style.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body class="single">
<div class="topbar"><a href="/redaksi">Redaksi</a> <a href="/pedoman">Pedoman Media Siber</a></div>
<header><a class="logo" href="/"><img src="/logo.png" alt="Warta Daerah"></a>
<nav class="menu"><ul><li><a href="/">Beranda</a></li><li><a href="/daerah">Daerah</a></li>
<li><a href="/politik">Politik</a></li><li><a href="/ekonomi">Ekonomi</a></li>
<li><a href="/olahraga">Olahraga</a></li><li><a href="/indeks">Indeks Berita</a></li></ul></nav>
<form class="search"><input name="q" placeholder="Cari berita"></form></header>
<div class="ads ads-top"><a href="https://iklan.example/promo"><img src="/iklan/banner.jpg" alt="Iklan: Promo Akhir Tahun"></a></div>
<div class="breadcrumb"><a href="/">Beranda</a> &raquo; <a href="/daerah">Daerah</a></div>
<main>
<article class="post">
<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Salin</a></div>
<div class="entry-content">
{body}
</div>
<div class="tags">Tag: <a href="/tag/kerja-sama">kerja sama</a> <a href="/tag/pemda">pemda</a></div>
</article>
<aside class="sidebar"><section class="widget"><h3>Terpopuler</h3><ul>
{popular}
</ul></section><div class="ads ads-sidebar"><img src="/iklan/umkm.jpg" alt="Iklan UMKM"></div></aside>
<section class="related-posts"><h3>Berita Terkait</h3><ul>{related}</ul></section>
</main>
<footer><p>&copy; 2024 Warta Daerah. Seluruh hak cipta dilindungi.</p>
<ul><li><a href="/tentang">Tentang Kami</a></li><li><a href="/kontak">Kontak</a></li></ul></footer>
<script src="/assets/jquery.min.js"></script>
<script>jQuery(function($){{ $('.share-bar a').on('click', function(e){{ e.preventDefault(); }}); }});</script>
</body>
</html>
"""


def _title(lines: list[str]) -> str:
    # The first line long enough to be a headline; dates and datelines are short.
    return next((ln for ln in lines if len(ln) >= 30), lines[0] if lines else "Berita")


STYLES = ("p", "br")
"""How the body is marked up: a ``<p>`` per paragraph, or one block broken by
``<br><br>`` (older regional sites and many government portals)."""


def wrap_article(text: str, style: str = "p") -> str:
    """The article ``text`` as a saved news page, every line of it a paragraph."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    body = []
    for i, line in enumerate(lines):
        body.append(f"<p>{html.escape(line)}</p>" if style == "p" else f"{html.escape(line)}<br><br>")
        if i == 2:
            body.append(f'<div class="baca-juga"><strong>Baca Juga:</strong> '
                        f'<a href="/b/1">{html.escape(OTHER_NEWS[0])}</a></div>')
        if i == 5:
            body.append(f'<p><strong>BACA JUGA:</strong> <a href="/b/2">{html.escape(OTHER_NEWS[1])}</a></p>')
            body.append('<div class="ads ads-inarticle"><ins class="adsbygoogle"></ins>'
                        '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>')
    popular = "\n".join(f'<li><a href="/p/{i}">{html.escape(h)}</a></li>' for i, h in enumerate(OTHER_NEWS[2:]))
    related = "".join(f'<li><a href="/r/{i}">{html.escape(h)}</a></li>' for i, h in enumerate(OTHER_NEWS[:2]))
    content = "\n".join(body) if style == "p" else '<div class="isi">' + "\n".join(body) + "</div>"
    return TEMPLATE.format(title=html.escape(_title(lines)), body=content,
                           popular=popular, related=related)


def write_pages(out: Path, dev: Path = DEV, style: str = "p") -> list[Path]:
    """Write ``<id>.html`` into ``out`` for every dev article; the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for txt in sorted(dev.glob("*.txt")):
        path = out / f"{txt.stem}.html"
        path.write_text(wrap_article(txt.read_text("utf-8"), style), "utf-8")
        paths.append(path)
    return paths


def predict(paths: list[Path], out: Path) -> None:
    """Write ``<id>.json``, the record ingest makes of each file, into ``out``."""
    from kerjasama.loaders.ingest import default_extractor, extract_document
    from kerjasama.loaders.sources import read_source

    out.mkdir(parents=True, exist_ok=True)
    for path in paths:
        docs, _ = read_source(path)
        record, _ = extract_document(docs[0], default_extractor)
        (out / f"{path.stem}.json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")


def score(pred: Path, dev: Path = DEV) -> dict:
    """score.py's JSON result for the records in ``pred``."""
    done = subprocess.run([sys.executable, str(SCORE), "--gold", str(dev), "--pred", str(pred), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def compare(work: Path, dev: Path = DEV) -> dict[str, dict]:
    """score.py's result for the text articles (``text``) and for them as pages of each style."""
    predict(sorted(dev.glob("*.txt")), work / "pred-text")
    scores = {"text": score(work / "pred-text", dev)}
    for style in STYLES:
        pages = write_pages(work / f"pages-{style}", dev, style)
        predict(pages, work / f"pred-html-{style}")
        scores[f"html-{style}"] = score(work / f"pred-html-{style}", dev)
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="write pages and predictions here")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp())
    scores = compare(work)
    print(f"{'measure':16}" + "".join(f" {name:>9}" for name in scores))
    for key in ["party pairs", "agreements", "sectors", "officials", "signatories"]:
        print(f"{key:16}" + "".join(f" {s[key]['f1']:9.3f}" for s in scores.values()) + "  (F1)")
    for key in ["signing date", "kind", "published date"]:
        print(f"{key:16}" + "".join(f" {s.get(key, {}).get('accuracy', 0):9.3f}" for s in scores.values())
              + "  (accuracy)")
    print(f"{'overall':16}" + "".join(f" {s['overall']:9.3f}" for s in scores.values()))
    print(f"pages and predictions in {work}")


if __name__ == "__main__":
    main()
