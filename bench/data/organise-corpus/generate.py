#!/usr/bin/env python3
"""Generate the event-labelled evaluation corpus for Broadsheet's organiser.

Usage: python3 generate.py [--out corpus.jsonl] [--readme README.md]

Deterministic: every random choice comes from random.Random seeded with a
fixed constant mixed with a stable per-item key, so the output is identical on
every run and adding an event does not reshuffle the others.
See README.md for the format and the design.
"""

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import templates_en  # noqa: E402
import events  # noqa: E402
import cjk  # noqa: E402
import specials  # noqa: E402

SEED = 20260304


def rng_for(*key):
    """A Random seeded by SEED and a stable key (not Python's salted hash)."""
    h = hashlib.sha256(("%d|" % SEED + "|".join(map(str, key))).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


# --------------------------------------------------------------------------
# Papers: slug, name, domain, language, house style.
# dateline: format over CITY (upper), City, Mon (abbrev month), d (day).
# signoff: last paragraph, or "" for none. byline: first paragraph or "".
PAPERS = {
    "harbour-herald": dict(name="The Harbour Herald", domain="harbourherald.example", lang="en",
                           dateline="{CITY} —", byline="", signoff=""),
    "indus-ledger": dict(name="The Indus Ledger", domain="indusledger.example", lang="en",
                         dateline="{CITY}:", byline="", signoff="— Staff Correspondent"),
    "malabar-courier": dict(name="Malabar Courier", domain="malabarcourier.example", lang="en",
                            dateline="{City}, {Mon} {d}:", byline="", signoff=""),
    "manila-dispatch": dict(name="The Manila Dispatch", domain="maniladispatch.example", lang="en",
                            dateline="{CITY} (Dispatch) —", byline="",
                            signoff="Got a news tip? Write to the Dispatch newsdesk."),
    "padma-chronicle": dict(name="The Padma Chronicle", domain="padmachronicle.example", lang="en",
                            dateline="{City}, {Mon} {d} (Chronicle) –", byline="", signoff=""),
    "straits-evening-post": dict(name="Straits Evening Post", domain="straitseveningpost.example", lang="en",
                                 dateline="", byline="By Post staff writers", signoff=""),
    "mekong-tribune": dict(name="Mekong Tribune", domain="mekongtribune.example", lang="en",
                           dateline="{City} —", byline="", signoff="— Mekong Tribune with agencies"),
    "lanka-sentinel": dict(name="Lanka Sentinel", domain="lankasentinel.example", lang="en",
                           dateline="{CITY} (Sentinel) —", byline="", signoff=""),
    "shicheng-ribao": dict(name="狮城日报", domain="shichengribao.example", lang="zh",
                           dateline="", byline="", signoff="（本报讯）"),
    "haixia-huabao": dict(name="海峡华报", domain="haixiahuabao.example", lang="zh",
                          dateline="", byline="", signoff=""),
    "setouchi-nippo": dict(name="瀬戸内日報", domain="setouchinippo.example", lang="ja",
                           dateline="", byline="", signoff=""),
    "hanbit-ilbo": dict(name="한빛일보", domain="hanbitilbo.example", lang="ko",
                        dateline="", byline="", signoff=""),
}
EN_PAPERS = [p for p, v in PAPERS.items() if v["lang"] == "en"]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# UTC offsets (hours) of dateline cities, so "on Thursday" and "Jul 10" in an
# article are local dates even when the UTC timestamp falls on the day before.
CITY_TZ = {
    "Tokyo": 9, "Osaka": 9, "Seoul": 9, "Busan": 9,
    "Manila": 8, "Legazpi": 8, "Tuguegarao": 8, "Iloilo City": 8, "Kuala Lumpur": 8, "Singapore": 8,
    "Johor Bahru": 8,
    "Jakarta": 7, "Bangkok": 7, "Pathum Thani": 7, "Hanoi": 7, "Ho Chi Minh City": 7, "Vientiane": 7,
    "Nong Khai": 7, "Luang Prabang": 7, "Yangon": 6.5, "Dhaka": 6, "Chattogram": 6, "Cox's Bazar": 6,
    "Kathmandu": 5.75, "Colombo": 5.5, "Kandy": 5.5, "Mumbai": 5.5, "Kochi": 5.5, "Bengaluru": 5.5,
    "Bhubaneswar": 5.5, "Karachi": 5, "Lahore": 5, "Quetta": 5,
}


def parse_time(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M").replace(tzinfo=dt.timezone.utc)


def fmt_time(t):
    return t.strftime("%Y-%m-%dT%H:%M:00Z")


def slugify(title, fallback):
    words = re.findall(r"[a-z0-9]+", title.lower())
    slug = "-".join(words[:9])
    return slug if len(slug) >= 8 else fallback


class Facts(dict):
    """format_map source that derives X_short (last word) and X_cap on demand."""

    def __missing__(self, key):
        if key.endswith("_short") and key[:-6] in self:
            base = str(self[key[:-6]])
            if key == "qb_short" or key == "qa_short":
                return " ".join(base.split()[:5]).rstrip(",.;:")
            return base.split()[-1]
        if key.endswith("_nothe") and key[:-6] in self:
            base = str(self[key[:-6]])
            return base[4:] if base.lower().startswith("the ") else base
        if key.endswith("_cap") and key[:-4] in self:
            base = str(self[key[:-4]])
            return base[:1].upper() + base[1:]
        raise KeyError(key)


def derive(kind, f):
    """Kind-specific phrases computed from raw facts."""
    if kind == "rate":
        m = f["move"]
        rn, ro, bp = f["rate_new"], f["rate_old"], f["bp"]
        if m == "hike":
            f.update(head_full="raises key rate to %s%%" % rn,
                     dec1="raised its benchmark interest rate by %s basis points to %s per cent" % (bp, rn),
                     dec2="a %s-basis-point increase that takes the policy rate to %s%%" % (bp, rn),
                     headword="hike", borrower_effect="pay more on new loans",
                     from_phrase="up from %s per cent" % ro)
        elif m == "cut":
            f.update(head_full="cuts key rate to %s%%" % rn,
                     dec1="cut its benchmark interest rate by %s basis points to %s per cent" % (bp, rn),
                     dec2="a %s-basis-point reduction that brings the policy rate down to %s%%" % (bp, rn),
                     headword="cut", borrower_effect="see some relief on floating-rate loans",
                     from_phrase="down from %s per cent" % ro)
        else:
            f.update(head_full="holds key rate at %s%%" % rn,
                     dec1="left its benchmark interest rate unchanged at %s per cent" % rn,
                     dec2="a decision to keep the policy rate at %s%% for now" % rn,
                     headword="pause", borrower_effect="see no change in what they pay for now",
                     from_phrase="unchanged from its previous meeting")
    if kind == "project":
        f.setdefault("built", "is being built")
        f.setdefault("open_phrase", "is due to open in %s" % f["opens"])
        f.setdefault("status_line", "%s says work will be finished for an opening in %s." % (f["contractor"], f["opens"]))
    if kind == "match":
        m = int(f["minute"])
        suf = "th" if 10 <= m % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(m % 10, "th")
        f["minute_ord"] = "%d%s" % (m, suf)
    if kind == "race":
        f.setdefault("record", "well outside the course record")
        f.setdefault("record_note", "to victory")
    return f


def render_en(ev, angle_idx, paper_slug, pub, src_idx):
    kind = ev["kind"]
    angle = templates_en.KINDS[kind][angle_idx]
    p = PAPERS[paper_slug]
    f = Facts(ev["facts"])
    city = f.get("city", "")
    if city not in CITY_TZ:
        raise SystemExit("no time zone for dateline city %r (%s)" % (city, ev["label"]))
    t = parse_time(ev["when"]) + dt.timedelta(hours=CITY_TZ[city])
    f["weekday"] = WEEKDAYS[t.weekday()]
    f["date_long"] = "%s %d" % (MONTHS_LONG[t.month - 1], t.day)
    quotes = ev["quotes"]
    n = len(quotes)
    qa = quotes[src_idx % n]
    qb = quotes[(src_idx + 1) % n] if n > 1 else qa
    f.update(qa=qa[2], qa_who=qa[0], qa_role=qa[1], qb=qb[2], qb_who=qb[0], qb_role=qb[1])
    colors = ev.get("colors") or [""]
    f["ca"] = colors[src_idx % len(colors)]
    f["cb"] = colors[(src_idx + 1) % len(colors)] if len(colors) > 1 else f["ca"]
    derive(kind, f)
    r = rng_for(ev["label"], paper_slug, "head")
    title = r.choice(angle["head"]).format_map(f)
    title = ev.get("heads", {}).get(paper_slug) or title[0].upper() + title[1:]
    paras = [s.format_map(f) for s in angle["body"]]
    paras = [x for x in paras if x.strip()]
    # A paper's own lead, written by hand for some events, replaces the angle's.
    own = ev.get("leads", {}).get(paper_slug)
    if own:
        paras[0] = own
    # Third quote (if the event has one not used yet), framed per source.
    if n > 2:
        qc = quotes[(src_idx + 2) % n]
        f.update(qc=qc[2], qc_who=qc[0], qc_role=qc[1], qc_l=qc[2][:1].lower() + qc[2][1:])
        frame = templates_en.QUOTE_FRAMES[(src_idx + angle_idx) % len(templates_en.QUOTE_FRAMES)]
        paras.insert(min(3, len(paras)), frame.format_map(f))
    # Background (the event's own, else the kind's context), different per source.
    bg = ev.get("bg") or []
    ctx = [s.format_map(f) for s in templates_en.CONTEXT[kind]]
    pool = bg + ctx if bg else ctx
    paras.insert(len(paras) - 1 if src_idx % 2 else len(paras), pool[src_idx % len(pool)])
    if len(" ".join(paras).split()) < 120:
        paras.append(pool[(src_idx + 1) % len(pool)])
    # Facts like "the state weather bureau" may open a paragraph.
    paras = [x[0].upper() + x[1:] if x[0].islower() else x for x in paras]
    dl = p["dateline"]
    if dl:
        city = f.get("city", "")
        dline = dl.format(CITY=city.upper(), City=city, Mon=MONTHS[t.month - 1], d=t.day)
        paras[0] = dline + " " + paras[0]
    if p["byline"]:
        paras.insert(0, p["byline"])
    if p["signoff"]:
        paras.append(p["signoff"])
    return title, "\n\n".join(paras)


# --------------------------------------------------------------------------

class Corpus:
    def __init__(self):
        self.rows = []
        self.n = 0

    def add(self, title, text, source, published, language, section, event, duplicate_of=None,
            topic=None, slug=None, url=None):
        self.n += 1
        aid = "a%04d" % self.n
        if url is None:
            p = PAPERS[source]
            slug = slug or slugify(title, event.replace("ev-", "") + "-" + aid)
            url = "https://%s/%s/%s" % (p["domain"], section, slug)
        row = dict(id=aid, title=title, text=text, source=source, published=fmt_time(published),
                   language=language, url=url, section=section, event=event,
                   duplicate_of=duplicate_of, topic=topic)
        self.rows.append(row)
        return row


def build():
    c = Corpus()
    originals = []  # rows eligible to be syndicated
    evs = events.all_events()
    for ev in evs:
        t0 = parse_time(ev["when"])
        n_angles = len(templates_en.KINDS[ev["kind"]]) if ev.get("kind") else 0
        r = rng_for(ev["label"], "angles")
        order = list(range(n_angles))
        r.shuffle(order)
        # Live-blog angles only when the event asks for them (keeps the trap deliberate).
        live = [i for i in order if templates_en.KINDS[ev["kind"]][i]["head"][0].startswith("Live updates")] if n_angles else []
        if not ev.get("live"):
            order = [i for i in order if i not in live]
        else:
            order = live + [i for i in order if i not in live]
        for k, src in enumerate(ev.get("sources", [])):
            if k >= len(order):
                raise SystemExit("event %s has more sources than angles" % ev["label"])
            pub = t0 + dt.timedelta(minutes=r.randint(40, 60 * 18))
            title, text = render_en(ev, order[k], src, pub, k)
            row = c.add(title, text, src, pub, "en", ev["section"], ev["label"], topic=ev.get("topic"))
            originals.append(row)
        for k, (src, title, text) in enumerate(ev.get("cjk", [])):
            pub = t0 + dt.timedelta(minutes=r.randint(60, 60 * 20))
            if PAPERS[src]["signoff"]:
                text = text + "\n\n" + PAPERS[src]["signoff"]
            row = c.add(title, text, src, pub, PAPERS[src]["lang"], ev["section"], ev["label"],
                        topic=ev.get("topic"), slug="%s-%d" % (ev["label"].replace("ev-", ""), k + 1))
            originals.append(row)
    specials.add_specials(c, PAPERS, rng_for, parse_time)
    stats_extra = specials.add_copies(c, originals, PAPERS, rng_for, parse_time)
    renumber(c)
    return c, evs, stats_extra


def renumber(c):
    """Order the corpus by publication time (arrival order for the organiser)
    and give ids in that order; an original always precedes its copies."""
    order = sorted(range(len(c.rows)), key=lambda i: (c.rows[i]["published"], i))
    new_id = {c.rows[i]["id"]: "a%04d" % (k + 1) for k, i in enumerate(order)}
    rows = []
    for i in order:
        row = dict(c.rows[i])
        row["id"] = new_id[row["id"]]
        if row["duplicate_of"]:
            row["duplicate_of"] = new_id[row["duplicate_of"]]
        rows.append(row)
    c.rows = rows


def word_count(text, lang):
    if lang in ("zh", "ja"):
        return len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]", text)) // 2
    return len(text.split())


# Same-topic-different-event traps: groups of events an organiser is tempted to
# merge (same headline shape, same place, same column) but must keep apart.
TRAP_GROUPS = {
    "monthly rate decisions, Philippines (Jan-Apr 2026)": ["ev-ph-rate-2026-01", "ev-ph-rate-2026-02", "ev-ph-rate-2026-03", "ev-ph-rate-2026-04"],
    "two earthquakes in Japan, 2025": ["ev-quake-wakayama-2025", "ev-quake-miyagi-2025"],
    "two earthquakes in Indonesia, 2021": ["ev-quake-sulawesi-2021", "ev-quake-lombok-2021"],
    "two typhoons in Luzon (2020, 2024)": ["ev-storm-marisol-2020", "ev-storm-dalisay-2024"],
    "annual marathon editions, Colombo": ["ev-colombo-marathon-2023", "ev-colombo-marathon-2024", "ev-colombo-marathon-2025"],
    "cup finals, Mekong Club Cup": ["ev-mekong-cup-2022", "ev-mekong-cup-2024", "ev-mekong-cup-2026"],
    "garment strikes, Dhaka": ["ev-garment-strike-2019", "ev-garment-strike-2021", "ev-garment-strike-2023", "ev-garment-deal-2025"],
    "digital ID outages, Philippines": ["ev-ph-digital-id-outage-2023", "ev-ph-digital-id-outage-2025"],
}


def trap_groups(rows):
    labels = {r["event"] for r in rows}
    out = {}
    for name, evs in TRAP_GROUPS.items():
        missing = [e for e in evs if e not in labels]
        if missing:
            raise SystemExit("trap group %r names unknown events %s" % (name, missing))
        out[name] = len(evs)
    out["'Live updates:' headlines"] = len({r["event"] for r in rows if r["title"].startswith("Live updates")})
    out["'Letters to the editor' pages"] = len({r["event"] for r in rows if r["title"] == "Letters to the editor"})
    out["weekly 'Markets wrap' columns"] = len({r["event"] for r in rows if r["title"].startswith("Markets wrap")})
    return out


def stats(c, stats_extra):
    rows = c.rows
    from collections import Counter, defaultdict
    ev_sources = defaultdict(set)
    ev_langs = defaultdict(set)
    for r in rows:
        if r["duplicate_of"] is None:
            ev_sources[r["event"]].add(r["source"])
            ev_langs[r["event"]].add(r["language"])
    topics = defaultdict(set)
    for r in rows:
        if r["topic"]:
            topics[r["topic"]].add(r["event"])
    s = {
        "articles": len(rows),
        "events": len({r["event"] for r in rows}),
        "events_with_3plus_sources": sum(1 for v in ev_sources.values() if len(v) >= 3),
        "events_with_2plus_sources": sum(1 for v in ev_sources.values() if len(v) >= 2),
        "syndicated_copies": stats_extra["copies"],
        "exact_duplicates": stats_extra["exact"],
        "trap_groups": trap_groups(rows),
        "topics": {k: len(v) for k, v in sorted(topics.items())},
        "languages": dict(sorted(Counter(r["language"] for r in rows).items())),
        "sections": dict(sorted(Counter(r["section"] for r in rows).items())),
        "sources": dict(sorted(Counter(r["source"] for r in rows).items())),
        "cross_language_events": sum(1 for v in ev_langs.values() if len(v) >= 2),
        "cjk_only_multi_source_events": sum(
            1 for e, v in ev_langs.items() if "en" not in v and len(ev_sources[e]) >= 2),
        "years": dict(sorted(Counter(r["published"][:4] for r in rows).items())),
    }
    return s


SECTIONS = {"diplomacy", "politics", "business", "society", "sport", "technology"}
EDGE_EVENTS = {"ev-cse-holiday-2024-12"}


def validate(rows):
    """Fail loudly if the corpus breaks its own contract (see README)."""
    ids = {}
    for r in rows:
        assert set(r) == {"id", "title", "text", "source", "published", "language", "url", "section",
                          "event", "duplicate_of", "topic"}, r["id"]
        assert r["id"] not in ids, r["id"]
        ids[r["id"]] = r
        assert r["section"] in SECTIONS, r
        assert r["source"] in PAPERS and PAPERS[r["source"]]["lang"] == r["language"], r["id"]
        assert r["url"].startswith("https://") and ".example/" in r["url"], r["id"]
        assert "{" not in r["text"] and "}" not in r["title"], r["id"]
        d = r["duplicate_of"]
        if d:
            o = ids.get(d)
            assert o is not None and o["duplicate_of"] is None, r["id"]  # original is earlier
            assert o["event"] == r["event"] and o["topic"] == r["topic"], r["id"]
            assert o["published"] <= r["published"], r["id"]
        words = word_count(r["text"], r["language"])
        short_ok = r["event"] in EDGE_EVENTS or r["title"].startswith(("BREAKING", "Photo gallery"))
        long_ok = r["title"].startswith("All aboard")
        if r["language"] == "en" and not (short_ok or long_ok or r["duplicate_of"]):
            assert 80 <= words <= 400, (r["id"], words)


def write_readme_counts(path, s):
    lines = [
        "- articles: %d" % s["articles"],
        "- events: %d (with 2+ sources: %d; with 3+ sources: %d)" % (
            s["events"], s["events_with_2plus_sources"], s["events_with_3plus_sources"]),
        "- syndicated copies: %d; exact duplicates: %d" % (s["syndicated_copies"], s["exact_duplicates"]),
        "- cross-language events: %d; CJK-only events with 2+ sources: %d" % (
            s["cross_language_events"], s["cjk_only_multi_source_events"]),
        "- languages: " + ", ".join("%s %d" % kv for kv in s["languages"].items()),
        "- sections: " + ", ".join("%s %d" % kv for kv in s["sections"].items()),
        "- years: " + ", ".join("%s %d" % kv for kv in s["years"].items()),
        "- topics (events each): " + ", ".join("%s %d" % kv for kv in s["topics"].items()),
        "- trap groups (events each): " + "; ".join("%s %d" % kv for kv in s["trap_groups"].items()),
        "- articles per source: " + ", ".join("%s %d" % kv for kv in s["sources"].items()),
    ]
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    a, b = "<!-- stats:begin -->", "<!-- stats:end -->"
    i, j = text.index(a) + len(a), text.index(b)
    text = text[:i] + "\n" + "\n".join(lines) + "\n" + text[j:]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(HERE, "corpus.jsonl"))
    ap.add_argument("--stats", default=os.path.join(HERE, "stats.json"))
    a = ap.parse_args()
    c, evs, extra = build()
    validate(c.rows)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in c.rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    s = stats(c, extra)
    with open(a.stats, "w", encoding="utf-8") as fh:
        json.dump(s, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    write_readme_counts(os.path.join(HERE, "README.md"), s)
    print(json.dumps(s, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
