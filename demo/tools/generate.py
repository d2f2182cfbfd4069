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

from papers import PAPERS, REGIONS, SECTIONS  # noqa: E402
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
        if a["lang"] == "ur":
            cut = p.find("۔ ")  # Urdu full stop
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


FEED_FORMATS = {"rss2": "rss2", "rss2-relative": "rss2", "rss2-broken": "rss2", "atom": "atom",
                "atom-relative": "atom", "rdf": "rss1-rdf", "jsonfeed": "jsonfeed-1.1", "missing": "rss2"}


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a valid TOML basic string


# The newsletter and the loopback mail server of the demo.
NEWSLETTER_CONFIG = [
    "[mail]",
    "# scripts/demo starts a loopback SMTP server that keeps every message under var/mail/.",
    "smtp_url = \"smtp://127.0.0.1:8025\"",
    "from = \"briefings@asiadesk.example\"",
    "from_name = \"Asia Desk Briefings\"",
    "messages_per_second = 50",
    "",
    "[comments]",
    "# The demo's news is fixed in time: its threads stay open however old it gets.",
    "close_after_days = 0",
    "",
    "[newsletter]",
    "name = \"Asia Desk Briefings\"",
    "blurb = \"Our Asia Desk Briefings newsletter presents curated stories from our partner newspapers in South, Southeast and Northeast Asia. Sign up and stay updated with the latest news.\"",
    "terms_text = \"The Asia Desk Briefings are free. We send the editions you choose, once a day, and nothing else.\\n\\nEvery message carries a link to change your editions, download your data or leave at once.\"",
    "",
    "[[newsletter.editions]]",
    "slug = \"daily\"",
    "name = \"The Daily Briefing\"",
    "description = \"The day's most covered stories from every region.\"",
    "send_time = \"07:00\"",
    "",
    "[[newsletter.editions]]",
    "slug = \"south-asia\"",
    "name = \"South Asia\"",
    "description = \"Stories from our partners in South Asia.\"",
    "region = \"south-asia\"",
    "send_time = \"07:15\"",
    "",
    "[[newsletter.editions]]",
    "slug = \"southeast-asia\"",
    "name = \"Southeast Asia\"",
    "description = \"Stories from our partners in Southeast Asia.\"",
    "region = \"southeast-asia\"",
    "send_time = \"07:15\"",
    "",
    "[[newsletter.editions]]",
    "slug = \"northeast-asia\"",
    "name = \"Northeast Asia\"",
    "description = \"Stories from our partners in Northeast Asia.\"",
    "region = \"northeast-asia\"",
    "send_time = \"07:15\"",
    ""
]


def write_config():
    """demo/broadsheet.toml; @FIXTURES@ is replaced by the fixture server's origin."""
    out = ["# Demo configuration: the fictional Asia Desk partner network.",
           "# Generated by demo/tools/generate.py from demo/tools/papers.py; edit those, not this.",
           "# @FIXTURES@ is replaced with http://127.0.0.1:<fixture port> by scripts/demo.",
           "",
           "[site]",
           'name = "Asia Desk"',
           'tagline = "Stories from partner newspapers across Asia"',
           'base_url = "http://127.0.0.1:8080"',
           'time_zone = "Asia/Singapore"',
           "",
           "[storage]",
           'database = "var/demo.db"',
           "",
           "[fetch]",
           "per_host_delay_ms = 20          # the demo's papers all live on one loopback host",
           "per_host_connections = 2",
           ""]
    out += NEWSLETTER_CONFIG
    for slug, name in SECTIONS:
        out += ["[[sections]]", f"slug = {toml_str(slug)}", f"name = {toml_str(name)}", ""]
    for slug, name in REGIONS:
        out += ["[[regions]]", f"slug = {toml_str(slug)}", f"name = {toml_str(name)}", ""]
    for slug, p in PAPERS.items():
        feeds = ", ".join(toml_str(f"@FIXTURES@/{slug}/{f['file']}") for f in p["feeds"])
        note = {"rss2-broken": "# this paper's feed is malformed (recoverable): see demo/README.md",
                "missing": "# this feed URL is a 404 (the paper moved its feed): source health shows the error"}
        for f in p["feeds"]:
            if f["kind"] in note:
                out.append(note[f["kind"]])
        out += ["[[sources]]",
                f"slug = {toml_str(slug)}",
                f"name = {toml_str(p['name'])}",
                f"homepage = {toml_str('@FIXTURES@/' + slug + '/')}",
                f"feeds = [{feeds}]",
                f"region = {toml_str(p['region'])}",
                f"language = {toml_str(p['lang'])}",
                f"about = {toml_str(p['about'])}",
                f"default_section = {toml_str(p['default_section'])}",
                "poll_interval = 900",
                "local = true",
                "[sources.sections]"]
        mapping = {label: sec for sec, label in p["labels"].items()}
        mapping.update(p["extra_labels"])
        for label, sec in mapping.items():
            out.append(f"{toml_str(label)} = {toml_str(sec)}")
        out.append("")
    with open(os.path.join(DEMO, "broadsheet.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


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
    feed_facts = []
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
                if a.get("http_charset"):
                    # Sidecar read by the fixture server: the HTTP header declares the charset too.
                    with open(out + ".content-type", "w") as f:
                        f.write(f"text/html; charset={a['http_charset']}\n")
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
                "event_role": a.get("event_role") or ("report" if a["event"] else None),
                "syndicated_from": a["syndicated_from"],
                "heavy_boilerplate": paper.get("heavy", False),
                "words": word_count(a),
                "must_contain": must_contain(a),
                "must_not_contain": boiler,
            })
        with open(os.path.join(pdir, "index.html"), "w", encoding="utf-8") as f:
            f.write(templates.front_page(paper, arts))
        for feed in paper["feeds"]:
            fact = {"path": f"{slug}/{feed['file']}", "source": slug, "format": FEED_FORMATS[feed["kind"]],
                    "items": len(arts)}
            if feed["kind"] == "rss2":
                fact.update(link_query="utm_source=rss&utm_medium=feed&utm_campaign=latest")
            if feed["kind"] == "missing":
                fact.update(http_status=404, items=0)
            if feed["kind"] == "rss2-broken":
                fact.update(malformed=["text before the XML declaration", "unescaped & in an item title and the channel description",
                                       "undefined HTML entities (&nbsp; &mdash; &copy;)", "truncated inside the last item"],
                            recoverable_items=len(arts) - 1)
            feed_facts.append(fact)
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

    write_config()
    expected.sort(key=lambda e: e["path"])
    with open(os.path.join(DEMO, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({
            "events": {"cyclone-sarai": {
                "summary": "Cyclone Sarai makes landfall near Kutubdia island, Bangladesh",
                "core_facts": ["landfall near Kutubdia island around 3am local time on Thursday 19 November 2026",
                               "sustained winds of about 150 km/h", "at least 11 dead",
                               "about 1.2 million people evacuated to cyclone shelters",
                               "Chattogram port suspended for at least 36 hours; about 70 ships moved to anchorage"],
                "papers": sorted({a["paper"] for a in ALL_ARTICLES if a["event"] == "cyclone-sarai"})}},
            "running_topics": {"sierra-madre-peace-process": sorted(
                a["path"] for a in ALL_ARTICLES if "New Sierra Madre Front" in a["tags"])},
            "feeds": feed_facts,
            "articles": expected,
        }, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(expected)} articles, {sum(e['words'] for e in expected)} words")


if __name__ == "__main__":
    main()
