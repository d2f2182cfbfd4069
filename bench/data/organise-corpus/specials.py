"""Traps, edge cases, syndicated copies and exact duplicates.

add_specials: weekly markets columns and letters pages (same headline, a new
event every time), a one-line brief, an empty-bodied photo gallery and a
~3,000-word feature.
add_copies: syndicated copies (same body plus boilerplate, sometimes a new
headline or a light edit) and exact duplicates.
"""

import datetime as dt
import re

# ------------------------------------------------------------------ markets wrap
WRAP_GAINERS = [
    ("Pelangi Telecom", "after it raised its dividend"),
    ("Kota Properties", "on news of a land sale in Johor"),
    ("Seri Plantations", "as palm oil prices climbed"),
    ("Harbour Shipping Lines", "after freight rates rose for a third week"),
    ("Nusa Digital", "after a brokerage upgraded the stock to buy"),
    ("Banyan Healthcare", "on stronger hospital admissions"),
    ("Lintang Energy", "as crude oil rose above $80"),
    ("Merbok Foods", "after quarterly profit beat forecasts"),
    ("Cahaya Solar", "on a new government tender"),
]
WRAP_LOSERS = [
    ("Teluk Airways", "on higher jet fuel costs"),
    ("Bukit Steel", "after it warned of weaker margins"),
    ("Sinar Retail", "as same-store sales fell"),
    ("Delta Rubber Gloves", "on falling glove prices"),
    ("Mutiara Bank", "after its bad-loan ratio rose"),
    ("Pantai Hotels", "as bookings slowed"),
    ("Rimba Timber", "after export orders dropped"),
    ("Gemilang Autos", "on a recall of 12,000 cars"),
]
WRAP_THEMES = [
    "Investors spent most of the week waiting for US inflation data, which arrived on Thursday slightly below forecasts.",
    "Regional markets were unsettled by a sell-off in technology shares in Seoul and Taipei early in the week.",
    "Trading volumes were thin ahead of a long weekend in several markets.",
    "Foreign funds were net buyers for the first time in a month, exchange data showed.",
    "Bond yields fell after the Philippine central bank signalled a pause, lifting rate-sensitive stocks across the region.",
    "Oil producers led the market as Brent crude climbed on supply worries.",
    "The week was dominated by earnings: more than 40 listed companies reported quarterly results.",
    "A stronger US dollar weighed on regional currencies and on companies with dollar debts.",
]
WRAP_OUTLOOK = [
    "Next week, attention turns to trade figures due on Tuesday.",
    "Strategists expect choppy trading until the central bank meets again.",
    "Analysts say the index needs to hold above its 200-day average to keep the rally going.",
    "Dealers expect quieter trading as the reporting season winds down.",
    "The coming week brings manufacturing surveys from across the region.",
]
WRAP_STRATEGISTS = [
    ("Kelvin Ang", "Marina Research", "We are seeing rotation, not panic"),
    ("Priya Nathan", "Seri Capital", "Dividend stocks remain the safe harbour for local funds"),
    ("Hafiz Roslan", "Bayfront Research", "Valuations are no longer cheap after this run"),
    ("Joanne Lau", "Pacific Dragon Securities", "Earnings, not interest rates, will drive the market from here"),
    ("Marcus Tay", "Lion Gate Advisers", "Retail investors have come back, and they are buying small caps"),
]


def _wrap(r, week_no):
    idx = round(r.uniform(1480, 1720), 2)
    chg = round(r.uniform(-2.8, 3.1), 2)
    up = chg >= 0
    g = r.choice(WRAP_GAINERS)
    l = r.choice(WRAP_LOSERS)
    s = r.choice(WRAP_STRATEGISTS)
    themes = r.sample(WRAP_THEMES, 2)
    title = "Markets wrap: %s" % (r.choice(["stocks end week higher", "shares gain for the week", "a firmer week for stocks"])
                                  if up else r.choice(["stocks end week lower", "shares slip for the week", "a weaker week for stocks"]))
    paras = [
        "The Straits Composite Index closed the week at %s, %s %.2f per cent from last Friday." % (
            f"{idx:,.2f}", "up" if up else "down", abs(chg)),
        themes[0],
        "%s was the best performer among large companies, rising %.1f per cent %s. %s fell %.1f per cent %s." % (
            g[0], r.uniform(4, 12), g[1], l[0], r.uniform(3, 11), l[1]),
        themes[1],
        "\"%s,\" said %s of %s." % (s[2], s[0], s[1]),
        r.choice(WRAP_OUTLOOK),
        "Markets wrap appears every Friday evening. Week %d." % week_no,
    ]
    return title, "\n\n".join(paras)


# ------------------------------------------------------------------ letters
LETTERS = [
    ("Jeepney fares", "The proposed fare increase will hit students hardest. My daughter rides three jeepneys to reach her college in Quezon City, and a rise of two pesos a ride adds up to more than her weekly snack money. Could the government not extend the student discount to all routes? — Remedios T., Marikina"),
    ("Trees on Katipunan", "Who decided to cut down the acacia trees along the avenue? They were older than most of the buildings. Road widening should not mean losing the only shade pedestrians have. — Ernesto P., Quezon City"),
    ("Flood control", "Every rainy season we read the same promises about flood control. Every rainy season my street is under water up to the knee. I invite the city engineer to visit in August, in rubber boots. — Marilou D., Malabon"),
    ("Thank you, nurses", "My father spent two weeks in the Philippine General Hospital last month. The nurses on the third floor worked double shifts without complaint. They deserve better pay and our gratitude. — Antonio R., Pasig"),
    ("Noise at night", "The karaoke next door runs until 2 a.m. every weekend. The barangay says it has no power to stop it. Is there anyone who does? — Lourdes M., Parañaque"),
    ("Libraries matter", "The closure of the branch library in our district is short-sighted. Children without internet at home did their homework there. A city that can build flyovers can keep a reading room open. — Dr Celso A., Manila"),
    ("Bike lanes", "I cycle to work along EDSA. The painted bike lane is used as a parking lot by delivery vans. Paint is not protection. — Jun-jun V., Mandaluyong"),
    ("Senior citizens' discount", "Some pharmacies ask for three documents before giving the discount seniors are entitled to by law. My mother, who is 82, should not have to bring a folder to buy her medicine. — Teresita L., Caloocan"),
    ("Reply on fares", "Your correspondent last week asked for a wider student discount. As a jeepney driver I agree, but who will pay for it? Diesel has gone up four times this year. — Mang Rodel, Cavite"),
    ("Typhoon relief", "Thank you to the volunteers who packed relief goods at our parish over the weekend. More than 2,000 families in Bicol will receive them. — Sister Agnes, Sampaloc"),
]


# ------------------------------------------------------------------ long feature
STATIONS = [
    "Kuala Lumpur Sentral", "Bandar Tasik Selatan", "Kajang Selatan", "Semenyih", "Nilai Barat",
    "Seremban Sentral", "Rantau", "Linggi", "Port Dickson Utara", "Alor Gajah", "Melaka Sentral",
    "Jasin", "Merlimau", "Muar", "Bakri", "Parit Sulong", "Batu Pahat", "Rengit", "Senggarang",
    "Pontian Besar", "Benut", "Pekan Nanas", "Kulai", "Senai Airport", "Skudai", "Gelang Patah",
    "Tanjung Kupang", "Iskandar Puteri", "Johor Bahru Sentral", "Pasir Gudang",
]
ST_OPEN = [
    "{st} sits at kilometre {km} of the line and is {design}.",
    "At kilometre {km} comes {st}, {design}.",
    "Trains reach {st} about {mins} minutes after leaving the capital. The station is {design}.",
    "{st} (kilometre {km}) is {design}.",
    "Next is {st}, {mins} minutes from Kuala Lumpur and {design}.",
]
DESIGNS = [
    "an elevated station with a curved roof of perforated steel",
    "a ground-level halt with two side platforms and a timber canopy",
    "built in a cutting, with the concourse at street level above the tracks",
    "a large interchange with four platforms and a bus terminal beside it",
    "a compact station whose walls are lined with locally made tiles",
    "designed around a central courtyard planted with fruit trees",
]
ST_AROUND = [
    "The surrounding area is mostly {area}, and planners expect {riders} passengers a day in the first year.",
    "Around it you will find {area}. Forecasts put daily use at {riders} passengers.",
    "Expect about {riders} passengers a day, most of them from {area} nearby.",
    "Its catchment is {area}; the operator's estimate is {riders} daily boardings.",
]
AREAS = [
    "oil palm estates and new housing estates", "small factories and workers' hostels",
    "the old town's shophouses and markets", "university campuses and student flats",
    "fishing villages and mangrove boardwalks", "a growing cluster of logistics warehouses",
    "kampung houses and paddy fields", "office towers and shopping malls",
]
ST_FEATURE = [
    "{feature}",
    "One detail stands out: {feature_l}",
    "Look out for this: {feature_l}",
    "What makes it different: {feature_l}",
]
FEATURES = [
    "A pedestrian bridge links the station directly to the district hospital.",
    "Solar panels on the roof supply about a third of the station's electricity.",
    "The ticket hall has a small gallery showing photographs of the railway's construction.",
    "A covered bicycle park holds 400 bicycles, the largest on the line.",
    "The platforms are long enough for eight-car trains, although only four-car sets run for now.",
    "A mural by local schoolchildren covers the wall of the concourse.",
    "Rainwater collected from the roof is used to flush the toilets.",
    "A night market is allowed on the station forecourt on Saturdays.",
    "The station was moved 300 metres during construction to save a 200-year-old banyan tree.",
    "Lifts are large enough for hospital stretchers, a request from the local council.",
]
VOICES = [
    ("Encik Razak", "a retired teacher", "I used to drive to my grandchildren. Now I read on the train"),
    ("Puan Salmah", "a kuih seller", "My customers come by train now, early in the morning"),
    ("Mr Tan Ah Kow", "a hardware shop owner", "Land prices near the station have already doubled"),
    ("Kavitha", "a nursing student", "It is safer than the bus at night"),
    ("Haziq", "a factory technician", "My commute went from ninety minutes to thirty-five"),
    ("Madam Lee", "who runs a coffee shop opposite the entrance", "Business is better, but parking is a problem"),
    ("Suresh", "a taxi driver", "Fewer long trips for me, more short ones from the station"),
    ("Nurul", "an office worker", "I gave up my car in the first week"),
    ("Pak Hamid", "a village headman", "We asked for this station for ten years"),
    ("Aiman", "a secondary school pupil", "We take the train to football matches now"),
]
ST_VOICE = [
    "\"{q},\" said {who}, {role}.",
    "{who}, {role}, put it simply: \"{q}.\"",
    "For {who}, {role}, the change is personal. \"{q},\" {who_s} said.",
]
ST_CONNECT = [
    "Feeder buses run every 15 minutes to {town}.",
    "A park-and-ride with {cars} spaces opened on the same day.",
    "Connections: a new bus route to {town} and {cars} parking spaces.",
    "The station has taxi bays, {cars} parking spaces and a shuttle to {town}.",
]


ST_TIMING = [
    "Trains call here {calls} times a day; the first departure towards the capital is at {h}.{m:02d} a.m.",
    "Building the station took {months} months and, at the peak, {workers} workers.",
    "The platforms are {plat} metres long and the concourse can hold {cap} people at once.",
]


def _station_extra(r, i, voice):
    """A local voice for the first ten stops, then facts, so no quote repeats."""
    if i < len(VOICES):
        return ST_VOICE[(i + 2) % len(ST_VOICE)].format(q=voice[2], who=voice[0], role=voice[1],
                                                        who_s=voice[0].split()[-1])
    return ST_TIMING[i % len(ST_TIMING)].format(calls=r.randint(30, 72), h=r.randint(5, 6),
                                                m=r.choice([0, 10, 15, 25, 40, 45]),
                                                months=r.randint(20, 44), workers=r.randint(3, 19) * 50,
                                                plat=r.choice([120, 160, 180, 200]), cap=r.randint(8, 40) * 100)


def _long_feature(r):
    paras = [
        "Ten years after it was first drawn on a map, the Lintas Selatan Rail Link is open. The 412-kilometre line cost RM52 billion, tunnels under a forest reserve and stops at 30 stations between the capital and the southern coast. We rode it from end to end on the first day, and this is our guide to every stop.",
        "A few numbers first. Trains run every 30 minutes at peak times and every hour late at night. The fastest service, which skips minor stations, covers the full route in one hour and forty minutes. Fares start at RM4 for a single stop and reach RM58 for the full journey in standard class.",
        "The line was built by Semenanjung Rail Consortium, which won the main contract in 2019. An official review in 2021 found that costs had risen by RM7 billion and pushed the opening back a year. The longest tunnel, under Gunung Tahan, was broken through in June 2023.",
    ]
    paras.append("A word on accessibility: every station has step-free access from the street to the platform, tactile paving and at least two lifts. Wheelchair users can book assistance through the operator's app up to an hour before travel, and staff told us the service had already been used more than 200 times on the first morning.")
    paras.append("How we did this: two reporters and a photographer boarded the first southbound service at 6 a.m., got off at every station, and caught the next train onwards. Ridership forecasts come from the operator's planning documents; the other details are our own observations.")
    # Distances are scaled so the last stop sits at the line's 412 km.
    steps = [0] + [r.randint(9, 19) for _ in STATIONS[1:]]
    total = sum(steps)
    cum, kms = 0, []
    for x in steps:
        cum += x
        kms.append(round(cum * 412 / total))
    mins = 0
    for i, st in enumerate(STATIONS):
        km = kms[i]
        mins += r.randint(3, 6) if i else 0
        voice = VOICES[i % len(VOICES)]
        feature = FEATURES[(i * 3) % len(FEATURES)]
        town = STATIONS[i - 1 if i else 1].replace(" Sentral", "").replace(" Airport", "") + " town centre"
        s = [
            ST_OPEN[i % len(ST_OPEN)].format(st=st, km=km, mins=mins, design=DESIGNS[(i * 7) % len(DESIGNS)]),
            ST_AROUND[(i + 1) % len(ST_AROUND)].format(area=AREAS[(i * 5) % len(AREAS)],
                                                       riders=f"{r.randint(18, 160) * 100:,}"),
            ST_FEATURE[i % len(ST_FEATURE)].format(feature=feature, feature_l=feature[0].lower() + feature[1:]),
            _station_extra(r, i, voice),
            ST_CONNECT[i % len(ST_CONNECT)].format(town=town, cars=r.randint(2, 30) * 50),
        ]
        paras.append("%d. %s — %s" % (i + 1, st, " ".join(s)))
    paras.append("By the time our train pulled into Pasir Gudang, the last stop, it was almost full. Many passengers were making the journey simply to say they had been on the first day. The real test, the operator admits, will come in a year, when the novelty has gone and only the commuters remain.")
    return "\n\n".join(paras)


def add_specials(c, PAPERS, rng_for, parse_time):
    # Weekly markets wrap: same column, same headline shape, new event each week.
    t = parse_time("2026-01-30T10:30")
    for w in range(9):
        r = rng_for("wrap", w)
        title, text = _wrap(r, 5 + w)
        day = t + dt.timedelta(days=7 * w)
        c.add(title, text, "straits-evening-post", day, "en", "business",
              "ev-markets-wrap-%s" % day.strftime("%Y-%m-%d"))
    # A second paper's weekly column in 2019 (same trap, other source, other year).
    t = parse_time("2019-07-05T11:00")
    for w in range(4):
        r = rng_for("wrap-hh", w)
        title, text = _wrap(r, 27 + w)
        text = text.replace("Markets wrap appears every Friday evening.", "The Harbour Herald markets column.")
        day = t + dt.timedelta(days=7 * w)
        c.add(title, text, "harbour-herald", day, "en", "business",
              "ev-markets-wrap-hh-%s" % day.strftime("%Y-%m-%d"))
    # Letters page: identical headline, different letters, different days.
    t = parse_time("2025-10-06T22:00")
    for d in range(5):
        day = t + dt.timedelta(days=d * 2)
        a, b = LETTERS[2 * d], LETTERS[2 * d + 1]
        text = "\n\n".join([a[0].upper(), a[1], b[0].upper(), b[1],
                            "Letters should be under 200 words and include the writer's name and town."])
        c.add("Letters to the editor", text, "manila-dispatch", day, "en", "society",
              "ev-letters-%s" % day.strftime("%Y-%m-%d"),
              slug="letters-to-the-editor-%s" % day.strftime("%Y%m%d"))
    # Edge cases.
    c.add("Stock exchange closed Monday", "The Colombo Stock Exchange will be closed on Monday for the Poya holiday.",
          "lanka-sentinel", parse_time("2024-12-13T12:00"), "en", "business", "ev-cse-holiday-2024-12")
    c.add("BREAKING: Strong quake hits Wakayama, Japan",
          "A magnitude 6.1 earthquake has struck Wakayama Prefecture in western Japan; no tsunami warning has been issued.",
          "manila-dispatch", parse_time("2025-07-09T18:41"), "en", "society", "ev-quake-wakayama-2025")
    c.add("Photo gallery: Colombo Harbour Marathon 2025", "", "lanka-sentinel", parse_time("2025-12-07T09:30"),
          "en", "sport", "ev-colombo-marathon-2025", topic="colombo-harbour-marathon")
    c.add("All aboard: a station-by-station guide to the Lintas Selatan line", _long_feature(rng_for("long")),
          "straits-evening-post", parse_time("2026-02-15T00:30"), "en", "business", "ev-rail-opening-2026",
          topic="selatan-rail-link")


# ------------------------------------------------------------------ copies
EN_PREFIX = [
    "This article first appeared in {name}. It is republished here under a content-sharing agreement.",
    "This story was originally published by {name}.",
    "(Via {name})",
]
EN_SUFFIX = [
    "— Asian Desk Network",
    "This article first appeared in {name} and is part of the Asian Desk Network partnership.",
    "Sign up for our morning newsletter to get the day's top stories in your inbox.",
    "Read more: https://{domain}/latest\n\nRead more: https://{copier_domain}/{section}",
    "Photo: {name}",
    "Copyright {name}. All rights reserved. Distributed by Asian Desk Network.",
    "Follow us on our social channels for breaking news.",
]
ZH_PREFIX = ["（本文转载自《{name}》）", "【{name}讯】"]
ZH_SUFFIX = ["欢迎订阅本报电子报，每天早上送达。", "图／{name}", "延伸阅读：https://{domain}/latest"]

WORD_EDITS = [(" per cent", "%"), ("said", "told reporters"), ("about ", "around "), ("on Monday", "on Monday local time")]


def _strip_house(text, p):
    """Drop the originating paper's byline/sign-off when syndicating."""
    paras = text.split("\n\n")
    if p["signoff"] and paras and paras[-1] == p["signoff"]:
        paras = paras[:-1]
    if p["byline"] and paras and paras[0] == p["byline"]:
        paras = paras[1:]
    return paras


def _bump_figure(text):
    """Correct one figure in the text (first 2+ digit number goes up by one)."""
    m = re.search(r"(?<![\d.,:])(\d{2,3})(?![\d.,:%])", text)
    if not m:
        return text, False
    n = int(m.group(1)) + 1
    return text[:m.start()] + str(n) + text[m.end():], True


def _lead_headline(text, p):
    """A copy desk's headline: the first clause of the lead, dateline removed."""
    paras = _strip_house(text, p)
    if not paras:
        return None
    lead = paras[0]
    m = re.match(r"^.{0,45}?(?: —| –|:) ", lead)
    if m:
        lead = lead[m.end():]
    clause = re.split(r"[,;]| on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", lead)[0]
    words = clause.strip().rstrip(".").split()
    # Only a lead whose first clause reads as a headline; live blogs and
    # quote-led or long leads keep the original headline.
    if not 4 <= len(words) <= 13 or clause.startswith(('"', "Welcome", "Counting", "This page", "Follow")):
        return None
    return " ".join(words)


def add_copies(c, originals, PAPERS, rng_for, parse_time):
    r = rng_for("copies")
    pool = [o for o in originals if o["text"] and PAPERS[o["source"]]["lang"] in ("en", "zh")]
    pool.sort(key=lambda o: o["id"])
    picks = r.sample(pool, 72)
    copies = 0
    events_sources = {}
    for o in c.rows:
        events_sources.setdefault(o["event"], set()).add(o["source"])
    for k, o in enumerate(picks):
        rr = rng_for("copy", o["id"])
        lang = PAPERS[o["source"]]["lang"]
        cands = [p for p, v in PAPERS.items() if v["lang"] == lang and p != o["source"]]
        fresh = [p for p in cands if p not in events_sources[o["event"]]]
        copier = rr.choice(fresh or cands)
        op = PAPERS[o["source"]]
        cp = PAPERS[copier]
        fmt = dict(name=op["name"], domain=op["domain"], copier_domain=cp["domain"], section=o["section"])
        paras = _strip_house(o["text"], op)
        title = o["title"]
        edits = []
        if lang == "en":
            if rr.random() < 0.5:
                paras.insert(0, rr.choice(EN_PREFIX).format(**fmt))
            for s in rr.sample(EN_SUFFIX, rr.choice([1, 1, 2])):
                paras.append(s.format(**fmt))
        else:
            if rr.random() < 0.5:
                paras.insert(0, rr.choice(ZH_PREFIX).format(**fmt))
            paras.append(rr.choice(ZH_SUFFIX).format(**fmt))
        # Light edits on some copies.
        x = rr.random()
        if lang == "en" and x < 0.18 and len(paras) > 4:
            # Trim the last body paragraph (the one before the appended boilerplate).
            body_end = len(paras) - 1
            del paras[body_end - 1]
            edits.append("trim")
        elif lang == "en" and x < 0.34:
            a, b = rr.choice(WORD_EDITS)
            joined = "\n\n".join(paras)
            if a in joined:
                paras = joined.replace(a, b, 1).split("\n\n")
                edits.append("word")
        elif lang == "en" and x < 0.44:
            joined, ok = _bump_figure("\n\n".join(paras))
            if ok:
                paras = joined.split("\n\n")
                paras.append("Correction: an earlier version of this story gave an incorrect figure.")
                edits.append("figure")
        y = rr.random()
        if lang == "en" and y < 0.2:
            title = _lead_headline(o["text"], PAPERS[o["source"]]) or title
            edits.append("headline")
        elif y < 0.45:
            title = (rr.choice(["%s | Asian Desk Network", "Syndicated: %s", "%s (partner content)"]) % title) if lang == "en" else title + "（转载）"
        pub = parse_time(o["published"][:16]) + dt.timedelta(minutes=rr.randint(180, 2880))
        c.add(title, "\n\n".join(paras), copier, pub, lang, o["section"], o["event"],
              duplicate_of=o["id"], topic=o["topic"])
        copies += 1
    # Exact duplicates: same text and title; feed re-delivery, mirrors and verbatim reposts.
    picked = {p["id"] for p in picks}
    rest = [o for o in pool if o["id"] not in picked]
    exact = 0
    for k, o in enumerate(r.sample(rest, 14)):
        pub = parse_time(o["published"][:16])
        mode = k % 3
        if mode == 0:  # the same feed item delivered twice: same URL, same time
            c.add(o["title"], o["text"], o["source"], pub, o["language"], o["section"], o["event"],
                  duplicate_of=o["id"], topic=o["topic"], url=o["url"])
        elif mode == 1:  # same paper, alternate URL (tracking parameter / mobile path)
            url = o["url"] + "?utm_source=rss" if k % 2 else o["url"].replace("://", "://m.", 1)
            c.add(o["title"], o["text"], o["source"], pub + dt.timedelta(minutes=5), o["language"],
                  o["section"], o["event"], duplicate_of=o["id"], topic=o["topic"], url=url)
        else:  # another paper reposting verbatim, title included
            lang = PAPERS[o["source"]]["lang"]
            other = [p for p, v in PAPERS.items() if v["lang"] == lang and p != o["source"]]
            src = r.choice(other)
            c.add(o["title"], o["text"], src, pub + dt.timedelta(minutes=rng_for("x", o["id"]).randint(30, 400)),
                  o["language"], o["section"], o["event"], duplicate_of=o["id"], topic=o["topic"])
        exact += 1
    return {"copies": copies, "exact": exact}
