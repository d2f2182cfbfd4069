"""The demo network's partner newspapers (all fictional)."""

# Each paper: its display data, its UTC offset (pages show local time), the
# category label it uses for each site section (its own vocabulary), the
# template it is rendered with, and its feeds.
#   labels: site section slug -> the paper's default category label.
#   extra_labels: further labels of the paper that map to a site section.
PAPERS = {
    "indus-courier": dict(
        name="The Indus Courier", short="Courier", city="Karachi", region="south-asia",
        lang="en", utc_offset=5 * 60, tzname="PKT", heavy=True, template="indus",
        founded=1951,
        about=("The Indus Courier is an English-language daily published in Karachi since 1951. "
               "Known for its port, energy and provincial politics reporting, it runs bureaus in "
               "Lahore, Quetta and Islamabad."),
        labels={"diplomacy": "World", "politics": "Pakistan", "business": "Business",
                "society": "Life & Style", "sport": "Sport", "technology": "Sci-Tech"},
        extra_labels={"Cricket": "sport"},
        default_section="politics",
        feeds=[dict(kind="rss2", file="rss.xml")],
    ),
    "straits-ledger": dict(
        name="The Straits Ledger", short="Ledger", city="Singapore", region="southeast-asia",
        lang="en", utc_offset=8 * 60, tzname="SGT", heavy=False, template="straits",
        founded=1968,
        about=("The Straits Ledger is Singapore's business-minded morning paper, founded in 1968. "
               "It covers regional markets, shipping and technology, and publishes a Chinese-language "
               "edition on weekends."),
        labels={"diplomacy": "Asia", "politics": "Singapore", "business": "Business",
                "society": "Life", "sport": "Sport", "technology": "Tech"},
        extra_labels={"Markets": "business"},
        default_section="business",
        feeds=[dict(kind="atom", file="atom.xml")],
    ),
    "hanriver-daily": dict(
        name="Han River Daily", short="Han River Daily", city="Seoul", region="northeast-asia",
        lang="en", utc_offset=9 * 60, tzname="KST", heavy=False, template="hanriver",
        founded=1987,
        about=("Han River Daily is a Seoul newspaper founded in 1987, publishing in Korean and English. "
               "Its English desk is known for industry and science coverage and for its reporting "
               "on inter-Korean affairs."),
        labels={"diplomacy": "Foreign Affairs", "politics": "Politics", "business": "Industry",
                "society": "Society", "sport": "Sports", "technology": "Science & Tech"},
        extra_labels={"North Korea": "diplomacy", "Finance": "business", "Culture": "society"},
        default_section="politics",
        feeds=[dict(kind="rdf", file="rdf.xml")],
    ),
    "luzon-herald": dict(
        name="The Luzon Herald", short="Herald", city="Manila", region="southeast-asia",
        lang="en", utc_offset=8 * 60, tzname="PHT", heavy=True, template="luzon",
        founded=1946,
        about=("The Luzon Herald is a Manila broadsheet founded in 1946. It has followed the "
               "Sierra Madre peace process since its first round of talks and keeps correspondents "
               "in Baguio, Cebu and Davao."),
        labels={"diplomacy": "World", "politics": "Nation", "business": "Business",
                "society": "Lifestyle", "sport": "Sports", "technology": "Technology"},
        extra_labels={"Peace Process": "diplomacy"},
        default_section="politics",
        feeds=[dict(kind="jsonfeed", file="feed.json")],
    ),
    "padma-observer": dict(
        name="The Padma Observer", short="Observer", city="Dhaka", region="south-asia",
        lang="en", utc_offset=6 * 60, tzname="BST", heavy=False, template="padma",
        founded=1972,
        about=("The Padma Observer is a Dhaka daily founded in 1972, with a large network of "
               "district correspondents. It is the network's lead source for coastal weather, "
               "garment industry and cricket news from Bangladesh."),
        labels={"diplomacy": "International", "politics": "National", "business": "Business",
                "society": "City", "sport": "Sports", "technology": "Tech"},
        extra_labels={"Environment": "society"},
        default_section="politics",
        feeds=[dict(kind="rss2-relative", file="rss.xml")],
    ),
    "meridian-shimbun": dict(
        name="The Meridian Shimbun", short="Meridian", city="Tokyo", region="northeast-asia",
        lang="en", utc_offset=9 * 60, tzname="JST", heavy=False, template="meridian",
        founded=1921,
        about=("The Meridian Shimbun is a Tokyo daily founded in 1921, publishing in Japanese with "
               "an English-language edition. It is strong on science, regional economies and "
               "professional baseball."),
        labels={"diplomacy": "World", "politics": "Politics", "business": "Economy",
                "society": "Society", "sport": "Sports", "technology": "Science"},
        extra_labels={"Baseball": "sport"},
        default_section="society",
        feeds=[dict(kind="atom-relative", file="feeds/atom.xml")],
    ),
    "chao-phraya-times": dict(
        name="The Chao Phraya Times", short="Times", city="Bangkok", region="southeast-asia",
        lang="en", utc_offset=7 * 60, tzname="ICT", heavy=False, template="chao",
        founded=1979,
        about=("The Chao Phraya Times is a Bangkok daily founded in 1979, publishing in English "
               "with a Thai-language city supplement. It covers Thai politics, tourism and the "
               "Mekong region."),
        labels={"diplomacy": "Regional", "politics": "Thailand", "business": "Business",
                "society": "Life", "sport": "Sports", "technology": "Tech"},
        extra_labels={},
        default_section="politics",
        # The CMS emits a damaged feed: see demo/README.md.
        feeds=[dict(kind="rss2-broken", file="feed.rss")],
    ),
    "oxus-gazette": dict(
        name="The Oxus Gazette", short="Gazette", city="Tashkent", region="central-asia",
        lang="en", utc_offset=5 * 60, tzname="UZT", heavy=False, template=None,
        founded=1994,
        about=("The Oxus Gazette is an English-language weekly from Tashkent covering Central Asian "
               "trade, transport and culture. It joined the network in 2026."),
        labels={"diplomacy": "Region", "politics": "Uzbekistan", "business": "Trade",
                "society": "Culture", "sport": "Sport", "technology": "Technology"},
        extra_labels={},
        default_section="business",
        # The paper moved its feed without a redirect: the configured URL is a 404.
        feeds=[dict(kind="missing", file="rss/latest.xml")],
    ),
}

REGIONS = [("south-asia", "South Asia"), ("southeast-asia", "Southeast Asia"),
           ("northeast-asia", "Northeast Asia"), ("central-asia", "Central Asia")]

SECTIONS = [("diplomacy", "Diplomacy"), ("politics", "Politics"), ("business", "Business"),
            ("society", "Society"), ("sport", "Sport"), ("technology", "Technology")]
