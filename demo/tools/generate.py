#!/usr/bin/env python3
"""Renders the demo partner network from article data.

Reads the article lists in demo/tools/articles/*.py and writes, under
demo/site/: one HTML page per article (each paper has its own page
template, the way real newspaper CMSs differ), each paper's feed(s), its
front page, small SVG lead images, robots.txt and the network index; plus
demo/expected.json (ground truth for tests).

Usage: python3 demo/tools/generate.py      (from the repository root or anywhere)

Output is deterministic: running it twice produces identical files.
"""

import datetime as dt
import hashlib
import html
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.dirname(HERE)
SITE = os.path.join(DEMO, "site")
sys.path.insert(0, HERE)

from papers import PAPERS  # noqa: E402
from articles import ALL_ARTICLES  # noqa: E402
import templates  # noqa: E402
import feeds  # noqa: E402

ORIGIN = "@ORIGIN@"


def esc(s):
    return html.escape(s, quote=True)


def parse_utc(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def paragraphs(body):
    return [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]


def must_contain(a):
    """Two body sentences: the first of the second paragraph and of the second-to-last."""
    text = [p for p in a["paras"] if not p.startswith(("## ", "> "))]
    picks = [text[1 if len(text) > 2 else 0], text[-2 if len(text) > 2 else -1]]
    out = []
    for p in picks:
        cut = p.find(". ")
        s = p if cut < 0 else p[:cut + 1]
        if a["lang"] in ("zh", "ja", "zh-Hans", "zh-Hant"):
            cut = p.find("。")
            s = p if cut < 0 else p[:cut + 1]
        if s not in out:
            out.append(s)
    return out


def word_count(a):
    """Whitespace words; for scripts written without spaces (Chinese,
    Japanese, Thai) an estimate of characters / 2."""
    if a["lang"].split("-")[0] in ("zh", "ja", "th"):
        return sum(len(p.replace(" ", "")) for p in paragraphs(a["body"])) // 2
    return sum(len(p.split()) for p in paragraphs(a["body"]))


def svg_image(label, seed):
    """A small original illustration: gradient sky, sun, hills, label."""
    h = hashlib.sha1(seed.encode()).digest()
    hue1, hue2 = h[0] * 360 // 256, h[1] * 360 // 256
    sx = 80 + h[2] * 3
    hills = " ".join(
        f"L{x},{230 + (h[(i + 3) % 20] % 90)}" for i, x in enumerate(range(0, 801, 100)))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="hsl({hue1},55%,62%)"/>
      <stop offset="1" stop-color="hsl({hue2},60%,85%)"/>
    </linearGradient>
  </defs>
  <rect width="800" height="450" fill="url(#sky)"/>
  <circle cx="{sx}" cy="110" r="46" fill="hsl({(hue1 + 40) % 360},80%,88%)" opacity="0.9"/>
  <path d="M0,450 L0,300 {hills} L800,450 Z" fill="hsl({hue2},35%,32%)" opacity="0.85"/>
  <rect x="0" y="380" width="800" height="70" fill="rgba(0,0,0,0.45)"/>
  <text x="24" y="425" font-family="Georgia, serif" font-size="30" fill="#ffffff">{esc(label)}</text>
</svg>
"""


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)

    by_paper = {}
    for a in ALL_ARTICLES:
        a.setdefault("event", None)
        a.setdefault("syndicated_from", None)
        a.setdefault("lang", PAPERS[a["paper"]]["lang"])
        a.setdefault("updated", None)
        a.setdefault("tags", [])
        a.setdefault("related", [])
        a.setdefault("encoding", None)
        a["path"] = f"{a['paper']}/articles/{a['slug']}.html"
        a["url"] = f"{ORIGIN}/{a['path']}"
        a["paras"] = paragraphs(a["body"])
        a["dt"] = parse_utc(a["published"])
        by_paper.setdefault(a["paper"], []).append(a)
    for arts in by_paper.values():
        arts.sort(key=lambda a: a["dt"], reverse=True)
    index = {a["path"]: a for a in ALL_ARTICLES}
    for a in ALL_ARTICLES:
        if a["syndicated_from"]:
            assert a["syndicated_from"] in index, a["syndicated_from"]

    expected = []
    for slug, paper in PAPERS.items():
        arts = by_paper.get(slug, [])
        pdir = os.path.join(SITE, slug)
        os.makedirs(os.path.join(pdir, "articles"), exist_ok=True)
        os.makedirs(os.path.join(pdir, "img"), exist_ok=True)
        # Images: one SVG per distinct name, plus the masthead logo.
        seen = set()
        for a in arts:
            name = a["image"][0]
            if name not in seen:
                seen.add(name)
                label = a["image"][3] if len(a["image"]) > 3 else name.replace("-", " ").capitalize()
                with open(os.path.join(pdir, "img", name + ".svg"), "w", encoding="utf-8") as f:
                    f.write(svg_image(label, slug + name))
        with open(os.path.join(pdir, "img", "logo.svg"), "w", encoding="utf-8") as f:
            f.write(templates.logo_svg(paper))
        for a in arts:
            page, boiler = templates.render(paper, a, arts, index)
            out = os.path.join(SITE, a["path"])
            if a["encoding"]:
                # Legacy-encoded page: write UTF-8, then transcode with iconv.
                tmp = out + ".utf8"
                with open(tmp, "w", encoding="utf-8") as f:
                    f.write(page)
                with open(out, "wb") as f:
                    subprocess.run(["iconv", "-f", "UTF-8", "-t", a["encoding"], tmp],
                                   stdout=f, check=True)
                os.remove(tmp)
            else:
                with open(out, "w", encoding="utf-8") as f:
                    f.write(page)
            expected.append({
                "path": a["path"],
                "source": slug,
                "title": a["title"],
                "authors": a["authors"],
                "published": a["published"],
                "section": a["section"],
                "language": a["lang"],
                "encoding": a["encoding"] or "UTF-8",
                "event": a["event"],
                "syndicated_from": a["syndicated_from"],
                "heavy_boilerplate": paper.get("heavy", False),
                "words": word_count(a),
                "must_contain": must_contain(a),
                "must_not_contain": boiler,
            })
        with open(os.path.join(pdir, "index.html"), "w", encoding="utf-8") as f:
            f.write(templates.front_page(paper, arts))
        for feed in paper["feeds"]:
            if not arts and feed["kind"] != "missing":
                continue
            text = feeds.render(feed, paper, arts)
            if text is None:
                continue  # a configured feed that is deliberately missing (404)
            fp = os.path.join(pdir, feed["file"])
            os.makedirs(os.path.dirname(fp), exist_ok=True)
            with open(fp, "w", encoding="utf-8") as f:
                f.write(text)

    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("# Demo partner network\nUser-agent: *\nDisallow: /private/\n")
    os.makedirs(os.path.join(SITE, "private"), exist_ok=True)
    with open(os.path.join(SITE, "private", "draft.html"), "w") as f:
        f.write("<!doctype html><title>Draft</title><p>Unpublished draft. Crawlers must not fetch this page.</p>\n")
    with open(os.path.join(SITE, "index.html"), "w", encoding="utf-8") as f:
        f.write(templates.network_index(PAPERS, by_paper))

    expected.sort(key=lambda e: e["path"])
    with open(os.path.join(DEMO, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"articles": expected}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(expected)} articles, {sum(e['words'] for e in expected)} words")


if __name__ == "__main__":
    main()
