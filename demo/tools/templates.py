"""Per-paper HTML page templates.

Every paper renders through its own function, with its own markup and
metadata conventions, the way different newspaper CMSs do:
  indus     <article> with schema.org microdata (itemprop), heavy boilerplate
  straits   JSON-LD NewsArticle in <head>, div layout, human-readable dates
  hanriver  div soup, class="story-body", <br><br> between paragraphs, OpenGraph
  luzon     WordPress-style entry-content, OpenGraph + <time datetime>, heavy boilerplate
  padma     table layout, almost no metadata (date only as text)
  meridian  BEM classes, JSON-LD @graph, Japanese-style date display
  chao      <section class="article-detail">, Twitter/OpenGraph meta, <time>

render() returns (html, boilerplate) where boilerplate lists sentences that
appear on the page but are not part of the article (used as must_not_contain).
"""

import datetime as dt
import hashlib
import html
import json

ORIGIN = "@ORIGIN@"


def esc(s):
    return html.escape(s, quote=True)


def local(paper, a, field="dt"):
    return a[field] + dt.timedelta(minutes=paper["utc_offset"])


def iso_local(paper, when_utc):
    off = paper["utc_offset"]
    t = when_utc + dt.timedelta(minutes=off)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + f"+{off // 60:02d}:{off % 60:02d}"


def updated_dt(a):
    if not a.get("updated"):
        return None
    return dt.datetime.strptime(a["updated"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def label_of(paper, a):
    return a.get("label") or paper["labels"][a["section"]]


def img_url(paper_slug, a):
    return f"{ORIGIN}/{paper_slug}/img/{a['image'][0]}.svg"


def credit(paper, a):
    return f"Photo: {a['image'][2]}/{paper['name'].replace('The ', '')}"


def pick(seq, seed, n):
    """Deterministic choice of n items from seq."""
    h = hashlib.sha1(seed.encode()).digest()
    out, used = [], set()
    i = 0
    while len(out) < min(n, len(seq)):
        k = (h[i % len(h)] + i) % len(seq)
        i += 1
        if k in used:
            continue
        used.add(k)
        out.append(seq[k])
    return out


def related_articles(a, arts, index, n=3):
    """Explicit related links first, then same-section stories of the paper.

    Only stories published before `a`: these promos are placed by editors
    when the story is written, so they cannot point to the future.
    """
    older = [b for b in arts if b["dt"] < a["dt"]]
    out = [index[p] for p in (f"{a['paper']}/articles/{s}.html" for s in a["related"])
           if p in index and index[p] in older]
    out.sort(key=lambda b: b["dt"], reverse=True)
    for b in older:
        if len(out) >= n:
            break
        if b not in out and b["section"] == a["section"]:
            out.append(b)
    for b in older:
        if len(out) >= n:
            break
        if b not in out:
            out.append(b)
    return out[:n]


def most_read(a, arts, n=5):
    return [b for b in arts if b is not a][:n]


def byline_names(names, joiner=" and "):
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + joiner + names[-1]


COMMENTERS = ["Rehan K", "Ayesha from Clifton", "M. Siddiqui", "truthseeker88", "Farah N",
              "Old Karachiite", "J. dela Paz", "Nonoy B", "maria_c", "Ramil T", "KGS",
              "Bea L", "Tariq (Hyderabad)", "concerned citizen", "Liza M"]
COMMENTS = [
    "Good reporting. I would like to see a follow-up in six months to check whether any of this actually happened.",
    "We have heard these promises before. Let the numbers speak next year.",
    "Thank you for covering this properly instead of just printing the press release.",
    "The article should have included the views of the people most affected.",
    "My family has lived with this problem for twenty years. Nothing changes until someone is held accountable.",
    "Balanced piece. The quote from the opposition was the most honest part.",
    "Can the paper publish the full document? A summary is not enough.",
    "Interesting, but who is paying for all this?",
    "Finally some positive news for a change.",
    "Why is this not on the front page?",
]


# Reader comments under the Courier's Urdu-desk stories.
COMMENTS_UR = [
    "اچھی رپورٹ ہے۔ چھ مہینے بعد دوبارہ جا کر دیکھیے گا کہ واقعی کچھ بدلا یا نہیں۔",
    "ایسی مثبت خبریں کم ہی پڑھنے کو ملتی ہیں، شکریہ۔",
    "حکومت کو بھی اس طرح کے کاموں میں ہاتھ بٹانا چاہیے، صرف بیان کافی نہیں۔",
    "رپورٹ میں متاثرہ لوگوں کی بات زیادہ ہونی چاہیے تھی۔",
    "ہمارے محلے میں بھی ایسا ہی کچھ ہونا چاہیے۔",
    "یہ سب پیسہ کہاں سے آ رہا ہے، اس پر بھی لکھیے۔",
]


def comments_for(a, pool=COMMENTS):
    people = pick(COMMENTERS, a["slug"] + "p", 3)
    texts = pick(pool, a["slug"] + "c", 3)
    return list(zip(people, texts))


def jsonld(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1).replace("</", "<\\/")


def body_html(a, promos=None, p_tag="p", sep=None):
    """Body paragraphs; '## ' starts a subhead, '> ' a pull quote.

    promos: {paragraph index: html} inserted after that paragraph.
    sep: if given, paragraphs are joined by this separator instead of tags.
    """
    promos = promos or {}
    out = []
    for i, p in enumerate(a["paras"]):
        if p.startswith("## "):
            out.append(f"<h2>{esc(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{esc(p[2:])}</p></blockquote>")
        elif sep is not None:
            out.append(esc(p))
        else:
            out.append(f"<{p_tag}>{esc(p)}</{p_tag}>")
        if i in promos:
            out.append(promos[i])
    return (sep if sep is not None else "\n").join(out)


def logo_svg(paper):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="360" height="60" viewBox="0 0 360 60">
  <rect width="360" height="60" fill="#111"/>
  <text x="14" y="40" font-family="Georgia, serif" font-size="26" fill="#f4f1ea">{esc(paper['name'])}</text>
</svg>
"""


# ---------------------------------------------------------------------------
# The Indus Courier: microdata <article>, heavy boilerplate.

# The Courier's page chrome in English and, for its Urdu desk, in Urdu.
INDUS_UI = {
    "en": dict(
        share="Enjoyed this story? Share it.",
        news=("Sign up for The Courier Morning Brief, the day's essential news in five minutes. "
              "By providing your email you agree to our Privacy Policy and Terms of Use."),
        cookie=("We use cookies to improve your experience and to show you relevant advertising. "
                "By continuing to browse you accept our use of cookies."),
        policy=("Comments are moderated and generally will be posted if they are on-topic and not abusive. "
                "For more information, please see our Comments FAQ."),
        rights="Reproduction in whole or in part without permission is prohibited.",
        related="Related:", read_next="Read next:", ad="Advertisement", accept="Accept", learn="Learn more",
        nav=["Home", "Pakistan", "World", "Business", "Cricket", "Sci-Tech", "Life &amp; Style", "Opinion", "E-Paper"],
        edition="Karachi Edition", breaking="Breaking", by="By", desk="Courier Desk", published="Published",
        updated="Updated", email="Email", topics="Topics:", brief="The Courier Morning Brief",
        your_email="Your email", sign_up="Sign up", more_author="More from this author",
        comments="Comments", posted="Posted by {} | Report as abusive", most_read="Most read",
        copyright="All rights reserved.", links=["About us", "Advertise", "Contact", "Privacy Policy"],
        bio="{} reports for The Indus Courier from {}.", site="The Indus Courier", months=None),
    "ur": dict(
        share="یہ خبر پسند آئی؟ دوسروں تک پہنچائیں۔",
        news=("کوریئر صبح نامہ کے لیے سائن اپ کیجیے اور دن کی اہم ترین خبریں پانچ منٹ میں پڑھیے۔ "
              "ای میل فراہم کر کے آپ ہماری رازداری کی پالیسی اور شرائطِ استعمال سے اتفاق کرتے ہیں۔"),
        cookie=("ہم آپ کے تجربے کو بہتر بنانے اور متعلقہ اشتہارات دکھانے کے لیے کوکیز استعمال کرتے ہیں۔ "
                "ویب سائٹ کا استعمال جاری رکھ کر آپ کوکیز کے استعمال سے اتفاق کرتے ہیں۔"),
        policy=("تبصرے شائع ہونے سے پہلے دیکھے جاتے ہیں، اور موضوع سے متعلق اور شائستہ تبصرے عام طور پر شائع کر دیے جاتے ہیں۔ "
                "مزید معلومات کے لیے تبصروں سے متعلق عام سوالات دیکھیے۔"),
        rights="اجازت کے بغیر اس مواد کی مکمل یا جزوی اشاعت ممنوع ہے۔",
        related="یہ بھی پڑھیں:", read_next="مزید پڑھیں:", ad="اشتہار", accept="قبول ہے", learn="مزید جانیے",
        nav=["ہوم", "پاکستان", "دنیا", "کاروبار", "کرکٹ", "سائنس و ٹیکنالوجی", "طرزِ زندگی", "رائے", "ای پیپر"],
        edition="کراچی ایڈیشن", breaking="تازہ ترین", by="تحریر:", desk="کوریئر ڈیسک", published="شائع شدہ",
        updated="تازہ کاری", email="ای میل", topics="موضوعات:", brief="کوریئر صبح نامہ",
        your_email="آپ کا ای میل", sign_up="سائن اپ", more_author="اس مصنف کی مزید تحریریں",
        comments="تبصرے", posted="تبصرہ نگار: {} | نامناسب تبصرے کی اطلاع دیں", most_read="سب سے زیادہ پڑھی گئی خبریں",
        copyright="جملہ حقوق محفوظ ہیں۔", links=["ہمارے بارے میں", "اشتہار دیجیے", "رابطہ", "رازداری کی پالیسی"],
        bio="{} کراچی سے دی انڈس کوریئر کے لیے رپورٹنگ کرتے ہیں۔", site="دی انڈس کوریئر",
        months=["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"]),
}


def indus_date(ui, t):
    """A date as the Courier prints it: 'November 21, 2026' or '21 نومبر 2026'."""
    if ui["months"]:
        return f"{t.day} {ui['months'][t.month - 1]} {t.year}"
    return t.strftime('%B %-d, %Y')


def render_indus(paper, a, arts, index):
    P = "indus-courier"
    urdu = a["lang"] == "ur"
    ui = INDUS_UI["ur" if urdu else "en"]
    lt = local(paper, a)
    # The English and Urdu desks each promote their own stories.
    desk = [b for b in arts if b["lang"] == a["lang"]]
    rel = related_articles(a, desk, index, 3)
    mr = most_read(a, desk)
    cm = comments_for(a, COMMENTS_UR if urdu else COMMENTS)
    author = a["authors"][0] if a["authors"] else None
    bio = a.get("bio") or (ui["bio"].format(author, paper["city"]) if author else "")
    share, news, cookie, policy = ui["share"], ui["news"], ui["cookie"], ui["policy"]
    promos = {}
    if len(a["paras"]) > 4 and rel:
        promos[1] = (f'<aside class="inline-related"><span class="label">{ui["related"]}</span> '
                     f'<a href="{rel[0]["url"]}">{esc(rel[0]["title"])}</a></aside>')
    if len(a["paras"]) > 7 and len(rel) > 1:
        promos[4] = (f'<div class="ad-slot ad-inarticle" data-slot="mid">{ui["ad"]}</div>\n'
                     f'<aside class="inline-related"><span class="label">{ui["read_next"]}</span> '
                     f'<a href="{rel[1]["url"]}">{esc(rel[1]["title"])}</a></aside>')
    authors_html = " and ".join(
        f'<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'<a itemprop="name" href="{ORIGIN}/{P}/authors/{n.lower().replace(" ", "-")}.html">{esc(n)}</a></span>'
        for n in a["authors"]) or f'<span class="desk">{ui["desk"]}</span>'
    upd = updated_dt(a)
    upd_html = ""
    if upd:
        ul = upd + dt.timedelta(minutes=paper["utc_offset"])
        upd_html = (f' <span class="updated">{ui["updated"]} <time itemprop="dateModified" '
                    f'datetime="{iso_local(paper, upd)}">{ul.strftime("%B %-d, %Y %-I:%M%p").replace("AM", "am").replace("PM", "pm")}</time></span>')
    posted_by, report = ui["posted"].split(" | ")
    comments_html = "\n".join(
        f'<li class="comment"><p class="comment-text">{esc(t)}</p>'
        f'<p class="comment-meta">{esc(posted_by.format(n))} | <a href="#report" class="report">{report}</a></p></li>'
        for n, t in cm)
    # Urdu pages are right to left as a whole, chrome included.
    html_attrs = f'lang="{a["lang"]}"' + (' dir="rtl"' if urdu else '')
    weekday = lt.strftime('%A, ') if not urdu else ''
    nav = ui["nav"]
    links = ui["links"]
    page = f"""<!DOCTYPE html>
<html {html_attrs}>
<head>
<meta charset="{(a['encoding'] or 'utf-8').lower()}">
<title>{esc(a['title'])} | {ui["site"]}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(a['standfirst'])}">
<link rel="canonical" href="{a['url']}">
<link rel="stylesheet" href="{ORIGIN}/{P}/assets/courier.css">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"section": "{esc(label_of(paper, a))}"}});</script>
</head>
<body class="article-page">
<div id="cookie-consent" class="cookie-banner"><p>{cookie}</p><button type="button">{ui["accept"]}</button> <a href="{ORIGIN}/{P}/privacy.html">{ui["learn"]}</a></div>
<div class="ad-slot ad-leaderboard" data-slot="top">{ui["ad"]}</div>
<header class="masthead">
 <a class="logo" href="{ORIGIN}/{P}/"><img src="{ORIGIN}/{P}/img/logo.svg" alt="The Indus Courier"></a>
 <p class="edition">{ui["edition"]} &middot; {weekday}{indus_date(ui, lt)}</p>
 <nav class="primary"><ul><li><a href="{ORIGIN}/{P}/">{nav[0]}</a></li>{"".join(f'<li><a href="#">{n}</a></li>' for n in nav[1:])}</ul></nav>
 <div class="ticker"><span>{ui["breaking"]}</span> <a href="{mr[0]['url']}">{esc(mr[0]['title'])}</a></div>
</header>
<main class="layout">
<article class="story" itemscope itemtype="https://schema.org/NewsArticle">
 <meta itemprop="mainEntityOfPage" content="{a['url']}">
 <p class="kicker"><a href="#" itemprop="articleSection">{esc(label_of(paper, a))}</a></p>
 <h1 itemprop="headline">{esc(a['title'])}</h1>
 <p class="excerpt" itemprop="description">{esc(a['standfirst'])}</p>
 <div class="meta">{ui["by"]} {authors_html} <span class="dot">&middot;</span> {ui["published"]} <time itemprop="datePublished" datetime="{iso_local(paper, a['dt'])}">{indus_date(ui, lt)}</time>{upd_html}</div>
 <div class="share-top"><a href="#" class="share fb">Facebook</a> <a href="#" class="share x">X</a> <a href="#" class="share wa">WhatsApp</a> <a href="#" class="share mail">{ui["email"]}</a></div>
 <figure class="lead" itemprop="image" itemscope itemtype="https://schema.org/ImageObject">
  <img itemprop="url" src="{img_url(P, a)}" alt="{esc(a['image'][1])}" width="800" height="450">
  <figcaption><span itemprop="caption">{esc(a['image'][1])}</span> <span class="credit" itemprop="creditText">{esc(credit(paper, a))}</span></figcaption>
 </figure>
 <div class="story-text" itemprop="articleBody">
{body_html(a, promos)}
 </div>
 <div class="share-bottom"><p class="share-prompt">{share}</p><a href="#" class="share fb">Facebook</a> <a href="#" class="share x">X</a> <a href="#" class="share wa">WhatsApp</a></div>
 <div class="tags">{ui["topics"]} {' '.join(f'<a href="#" rel="tag">{esc(t)}</a>' for t in a['tags'])}</div>
 <section class="newsletter-promo"><h3>{ui["brief"]}</h3><p>{news}</p><form><input type="email" placeholder="{ui["your_email"]}"><button>{ui["sign_up"]}</button></form></section>
 {f'<aside class="author-box"><img src="{ORIGIN}/{P}/img/logo.svg" alt=""><h4>{esc(author)}</h4><p class="author-bio">{esc(bio)}</p><a href="#">{ui["more_author"]}</a></aside>' if author else ''}
 <section class="comments"><h3>{ui["comments"]} ({len(cm)})</h3>
  <p class="comment-policy">{policy}</p>
  <ol class="comment-list">
{comments_html}
  </ol>
 </section>
</article>
<aside class="sidebar">
 <div class="ad-slot ad-mpu" data-slot="side">{ui["ad"]}</div>
 <section class="most-read"><h3>{ui["most_read"]}</h3><ol>
{chr(10).join(f'  <li><a href="{b["url"]}">{esc(b["title"])}</a></li>' for b in mr)}
 </ol></section>
</aside>
</main>
<footer class="site-footer"><p>&copy; {lt.year} {ui["site"]}. {ui["copyright"]} {ui["rights"]}</p>
<ul><li><a href="#">{links[0]}</a></li><li><a href="#">{links[1]}</a></li><li><a href="#">{links[2]}</a></li><li><a href="{ORIGIN}/{P}/privacy.html">{links[3]}</a></li></ul></footer>
</body>
</html>
"""
    boiler = [share, news, cookie, policy, cm[0][1], f"{posted_by.format(cm[0][0])} | {report}", ui["rights"]]
    if bio:
        boiler.append(bio)
    for i in promos:
        boiler.append(rel[0]["title"] if i == 1 else rel[1]["title"])
    if mr[-1] not in rel:
        boiler.append(mr[-1]["title"])
    return page, boiler


# ---------------------------------------------------------------------------
# The Straits Ledger: JSON-LD, div layout.

def render_straits(paper, a, arts, index):
    P = "straits-ledger"
    lt = local(paper, a)
    rel = related_articles(a, arts, index, 3)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "description": a["standfirst"],
        "datePublished": iso_local(paper, a["dt"]),
        "dateModified": iso_local(paper, updated_dt(a) or a["dt"]),
        "author": [{"@type": "Person", "name": n} for n in a["authors"]],
        "image": {"@type": "ImageObject", "url": img_url(P, a), "caption": a["image"][1],
                  "width": 800, "height": 450},
        "articleSection": label_of(paper, a),
        "keywords": a["tags"],
        "inLanguage": a["lang"],
        "mainEntityOfPage": a["url"],
        "publisher": {"@type": "Organization", "name": "The Straits Ledger",
                      "logo": {"@type": "ImageObject", "url": f"{ORIGIN}/{P}/img/logo.svg"}},
    }
    zh = a["lang"].startswith("zh")
    if zh:
        date_txt = lt.strftime("%Y年%-m月%-d日 %H:%M")
        by = "、".join(a["authors"]) + " 报道"
        app = "下载《海峡账簿》应用程序，随时随地阅读新闻。"
    else:
        date_txt = lt.strftime("%b %-d, %Y, %-I:%M %p")
        by = "By " + byline_names(a["authors"])
        app = "Get the Ledger app for breaking news alerts and the daily e-paper."
    read_next = "".join(f'<li><a href="{b["url"]}">{esc(b["title"])}</a></li>' for b in rel)
    page = f"""<!doctype html>
<html lang="{a['lang']}">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} - The Straits Ledger</title>
<meta name="viewport" content="width=device-width">
<link rel="canonical" href="{a['url']}">
<script type="application/ld+json">
{jsonld(ld)}
</script>
<link rel="stylesheet" href="{ORIGIN}/{P}/static/ledger.css">
</head>
<body>
<div class="sl-top"><div class="sl-top__brand"><a href="{ORIGIN}/{P}/">The Straits Ledger</a></div>
<div class="sl-top__menu"><a href="#">Singapore</a> <a href="#">Asia</a> <a href="#">Business</a> <a href="#">Markets</a> <a href="#">Tech</a> <a href="#">Life</a> <a href="#">Sport</a> <a href="#">华文版</a> <a href="#" class="subscribe">Subscribe</a></div></div>
<div class="sl-wrap">
 <div class="sl-crumbs"><a href="{ORIGIN}/{P}/">Home</a> &rsaquo; <a href="#">{esc(label_of(paper, a))}</a></div>
 <div class="sl-article">
  <h1 class="headline">{esc(a['title'])}</h1>
  <h2 class="sl-article__dek">{esc(a['standfirst'])}</h2>
  <div class="byline"><span class="author-link">{esc(by)}</span> <span class="sep">|</span> <span class="date">{'' if zh else 'Published '}{date_txt}</span></div>
  <div class="sl-article__image"><img src="{img_url(P, a)}" alt=""><div class="sl-article__caption">{esc(a['image'][1])} <em>{esc(credit(paper, a))}</em></div></div>
  <div class="sl-article__content">
{body_html(a)}
  </div>
  <div class="sl-article__topics">Topics: {', '.join(f'<a href="#">{esc(t)}</a>' for t in a['tags'])}</div>
 </div>
 <div class="sl-app-promo"><p>{app}</p></div>
 <div class="sl-readnext"><h3>{'延伸阅读' if zh else 'Read next'}</h3><ul>{read_next}</ul></div>
</div>
<div class="sl-footer"><p>Copyright {lt.year} The Straits Ledger Pte Ltd. Co. Regn. No. 196800011L. All rights reserved.</p></div>
</body>
</html>
"""
    boiler = [app, "Co. Regn. No. 196800011L"] + ([rel[-1]["title"]] if rel else [])
    return page, boiler


# ---------------------------------------------------------------------------
# Han River Daily: div soup, <br><br> paragraphs, OpenGraph.

def render_hanriver(paper, a, arts, index):
    P = "hanriver-daily"
    lt = local(paper, a)
    ko = a["lang"] == "ko"
    emails = a.get("email") or ", ".join(
        f"{n.split()[-1].lower().replace('-', '')}{n.split()[0].lower()}@hanriver.example"
        for n in a["authors"] if n.isascii())
    if ko:
        date_txt = f"입력 {lt.strftime('%Y.%m.%d %H:%M')}"
        by = " ".join(f"{n} 기자" for n in a["authors"])
        copy = "한강일보 무단전재 및 재배포 금지"
        rel_title = "많이 본 기사"
    else:
        date_txt = f"Published : {lt.strftime('%b. %-d, %Y - %H:%M')}"
        by = "By " + byline_names(a["authors"])
        copy = "Unauthorized reproduction and redistribution of Han River Daily content is prohibited."
        rel_title = "Most Popular"
    syn = ""
    boiler = [copy]
    if a["syndicated_from"]:
        syn = f'<br /><br /><em class="source-note">This article first appeared in The Straits Ledger, a partner newspaper.</em>'
    mp = most_read(a, arts, 4)
    upd = updated_dt(a) or a["dt"]
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{a['lang']}" xml:lang="{a['lang']}">
<head>
{'<meta http-equiv="Content-Type" content="text/html; charset=euc-kr" />' if a['encoding'] else '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'}
<title>{esc(a['title'])} - Han River Daily</title>
<meta property="og:type" content="article" />
<meta property="og:site_name" content="Han River Daily" />
<meta property="og:title" content="{esc(a['title'])}" />
<meta property="og:description" content="{esc(a['standfirst'])}" />
<meta property="og:url" content="{a['url']}" />
<meta property="og:image" content="{img_url(P, a)}" />
<meta property="article:published_time" content="{iso_local(paper, a['dt'])}" />
<meta property="article:modified_time" content="{iso_local(paper, upd)}" />
<meta property="article:section" content="{esc(label_of(paper, a))}" />
<meta name="author" content="{esc(', '.join(a['authors']))}" />
<link rel="stylesheet" type="text/css" href="{ORIGIN}/{P}/css/common.css" />
</head>
<body>
<div id="wrap">
<div id="header"><div class="logo"><a href="{ORIGIN}/{P}/"><img src="{ORIGIN}/{P}/img/logo.svg" alt="Han River Daily" /></a></div>
<div class="gnb"><a href="#">National</a> | <a href="#">Politics</a> | <a href="#">North Korea</a> | <a href="#">Foreign Affairs</a> | <a href="#">Industry</a> | <a href="#">Finance</a> | <a href="#">Science &amp; Tech</a> | <a href="#">Culture</a> | <a href="#">Sports</a> | <a href="#">한국어</a></div></div>
<div id="container">
<div class="contents">
<div class="view_top"><div class="cate">{esc(label_of(paper, a))}</div>
<div class="art-title">{esc(a['title'])}</div>
<div class="art-sub">{esc(a['standfirst'])}</div>
<div class="byline">{esc(by)} {f'<span class="org">/ The Straits Ledger</span>' if a['syndicated_from'] else f'<span class="mail">({esc(emails)})</span>'}</div>
<div class="date">{date_txt}</div></div>
<div class="story-body" id="articleBody">
<div class="img_box"><table class="photo"><tr><td><img src="{img_url(P, a)}" alt="" /></td></tr><tr><td class="caption">{esc(a['image'][1])} ({esc(a.get('photo_credit') or a['image'][2] + '/Han River Daily')})</td></tr></table></div>
{body_html(a, sep='<br /><br />')}{syn}
</div>
<div class="copyright">{copy}</div>
</div>
<div class="right_box"><div class="tit">{rel_title}</div><ul>{''.join(f'<li><a href="{b["url"]}">{esc(b["title"])}</a></li>' for b in mp)}</ul></div>
</div>
<div id="footer">Han River Daily, 31 Sejong-daero Annex, Jung-gu, Seoul | Tel 02-000-0000 | Publisher &amp; Editor: Han River Media Co.</div>
</div>
</body>
</html>
"""
    boiler.append("Publisher & Editor: Han River Media Co.")
    return page, boiler


# ---------------------------------------------------------------------------
# The Luzon Herald: WordPress-style, heavy boilerplate.

def render_luzon(paper, a, arts, index):
    P = "luzon-herald"
    lt = local(paper, a)
    rel = related_articles(a, arts, index, 4)
    mr = most_read(a, arts)
    cm = comments_for(a)
    author = a["authors"][0] if a["authors"] else None
    bio = a.get("bio") or (f"{author} is a reporter for The Luzon Herald." if author else "")
    share = "Like this article? Spread the word:"
    news = ("Subscribe to the Herald Daily Digest and get the top stories in your inbox every morning. "
            "By providing your email you agree to our Privacy Policy.")
    cookie = ("This website uses cookies. By continuing to use this site you agree to our use of cookies "
              "as described in our Cookie Policy.")
    policy = ("Join the conversation. Comments are reviewed before they appear; "
              "personal attacks, hate speech and spam will be removed.")
    promos = {}
    if len(a["paras"]) > 3 and rel:
        promos[1] = (f'<div class="inline-promo"><strong>Read next:</strong> '
                     f'<a href="{rel[0]["url"]}">{esc(rel[0]["title"])}</a></div>')
    if len(a["paras"]) > 6 and len(rel) > 1:
        promos[4] = (f'<div class="inline-promo"><strong>On the same topic:</strong> '
                     f'<a href="{rel[1]["url"]}">{esc(rel[1]["title"])}</a></div>\n'
                     '<div class="herald-ad" id="div-gpt-ad-inarticle">ADVERTISEMENT</div>')
    authors_html = " and ".join(
        f'<span class="author vcard"><a class="url fn n" href="{ORIGIN}/{P}/author/{n.lower().replace(" ", "-")}/">{esc(n)}</a></span>'
        for n in a["authors"])
    upd = updated_dt(a) or a["dt"]
    comments_html = "\n".join(
        f'<li class="comment"><article class="comment-body"><div class="comment-content"><p>{esc(t)}</p></div>'
        f'<footer class="comment-meta">Posted by {esc(n)} | <a class="comment-report" href="#">Report as abusive</a></footer></article></li>'
        for n, t in cm)
    related_block = "".join(
        f'<div class="jp-relatedposts-post"><a href="{b["url"]}">{esc(b["title"])}</a><p>{esc(b["standfirst"])}</p></div>'
        for b in rel[2:])
    page = f"""<!DOCTYPE html>
<html lang="{a['lang']}-PH" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} &#8211; The Luzon Herald</title>
<meta property="og:locale" content="en_PH">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['standfirst'])}">
<meta property="og:url" content="{a['url']}">
<meta property="og:site_name" content="The Luzon Herald">
<meta property="og:image" content="{img_url(P, a)}">
<meta property="article:section" content="{esc(label_of(paper, a))}">
<meta property="article:published_time" content="{iso_local(paper, a['dt'])}">
<meta property="article:modified_time" content="{iso_local(paper, upd)}">
{''.join(f'<meta property="article:tag" content="{esc(t)}">' for t in a['tags'])}
<link rel="canonical" href="{a['url']}">
<link rel="stylesheet" id="herald-style-css" href="{ORIGIN}/{P}/wp-content/themes/herald/style.css" media="all">
</head>
<body class="post-template-default single single-post single-format-standard">
<div id="cookie-notice" role="dialog"><span class="cn-text">{cookie}</span> <a href="#" class="cn-accept">Ok</a></div>
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="{ORIGIN}/{P}/" rel="home">The Luzon Herald</a></p><p class="site-description">Truth without fear since 1946</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="#">Nation</a></li><li><a href="#">World</a></li><li><a href="#">Peace Process</a></li><li><a href="#">Business</a></li><li><a href="#">Lifestyle</a></li><li><a href="#">Sports</a></li><li><a href="#">Technology</a></li><li><a href="#">Opinion</a></li></ul></nav></header>
<div class="herald-ad" id="div-gpt-ad-top">ADVERTISEMENT</div>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{int(hashlib.sha1(a['slug'].encode()).hexdigest()[:5], 16)}" class="post type-post status-publish format-standard has-post-thumbnail hentry category-{label_of(paper, a).lower().replace(' ', '-')}">
<header class="entry-header">
<span class="cat-links"><a href="#" rel="category tag">{esc(label_of(paper, a))}</a></span>
<h1 class="entry-title">{esc(a['title'])}</h1>
<p class="entry-excerpt">{esc(a['standfirst'])}</p>
<div class="entry-meta"><span class="byline">By {authors_html}</span> <span class="posted-on"><time class="entry-date published" datetime="{iso_local(paper, a['dt'])}">{lt.strftime('%B %-d, %Y')}</time><time class="updated" datetime="{iso_local(paper, upd)}">{(upd + dt.timedelta(minutes=paper['utc_offset'])).strftime('%B %-d, %Y')}</time></span></div>
</header>
<div class="post-thumbnail"><figure class="wp-caption"><img width="800" height="450" src="{img_url(P, a)}" class="attachment-post-thumbnail wp-post-image" alt=""><figcaption class="wp-caption-text">{esc(a['image'][1])} {esc(credit(paper, a))}</figcaption></figure></div>
<div class="entry-content">
{body_html(a, promos)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{share}</h3><ul><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-twitter" href="#">X</a></li><li><a class="share-viber" href="#">Viber</a></li><li><a class="share-print" href="#">Print</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3>{related_block}</div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged {', '.join(f'<a href="#" rel="tag">{esc(t)}</a>' for t in a['tags'])}</span></footer>
{f'<div class="author-info"><h2 class="author-title">About {esc(author)}</h2><p class="author-bio">{esc(bio)}</p></div>' if author else ''}
<div class="newsletter-box"><h3>Herald Daily Digest</h3><p>{news}</p><input type="email" placeholder="Email address"><button>Subscribe</button></div>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">{len(cm)} thoughts on &ldquo;{esc(a['title'])}&rdquo;</h2>
<p class="comment-policy">{policy}</p>
<ol class="comment-list">
{comments_html}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><p class="comment-notes">Your email address will not be published. Required fields are marked *</p></div>
</div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_top-posts"><h2 class="widget-title">Trending now</h2><ul>
{chr(10).join(f'<li><a href="{b["url"]}">{esc(b["title"])}</a></li>' for b in mr)}
</ul></section><div class="herald-ad" id="div-gpt-ad-side">ADVERTISEMENT</div></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; {lt.year} The Luzon Herald Publishing Corp. All rights reserved. No part of this website may be reproduced without written permission.</div></footer>
</div>
</body>
</html>
"""
    boiler = [share, news, cookie, policy, cm[1][1], f"Posted by {cm[1][0]} | Report as abusive",
              "Your email address will not be published.",
              "No part of this website may be reproduced without written permission."]
    if bio:
        boiler.append(bio)
    for i in promos:
        boiler.append(rel[0]["title"] if i == 1 else rel[1]["title"])
    return page, boiler


# ---------------------------------------------------------------------------
# The Padma Observer: table layout, little metadata.

def render_padma(paper, a, arts, index):
    P = "padma-observer"
    lt = local(paper, a)
    place = a.get("dateline", "")
    who = byline_names(a["authors"]) if a["authors"] else a.get("byline", "Staff Correspondent")
    more = [b for b in arts if b is not a][:6]
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>The Padma Observer :: {esc(a['title'])}</title>
<meta name="description" content="{esc(a['standfirst'])}">
<meta name="keywords" content="{esc(', '.join(a['tags']))}">
<link rel="canonical" href="{a['url']}">
<link rel="stylesheet" href="{ORIGIN}/{P}/style.css" type="text/css">
</head>
<body bgcolor="#ffffff" topmargin="0">
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2" class="top-bar"><a href="{ORIGIN}/{P}/"><img src="{ORIGIN}/{P}/img/logo.svg" border="0" alt="The Padma Observer"></a>
<span class="today">{lt.strftime('%A, %-d %B, %Y')}</span></td></tr>
<tr><td colspan="2" class="menu"><a href="#">Home</a> :: <a href="#">National</a> :: <a href="#">City</a> :: <a href="#">International</a> :: <a href="#">Business</a> :: <a href="#">Sports</a> :: <a href="#">Tech</a> :: <a href="#">Editorial</a> :: <a href="#">Archive</a></td></tr>
<tr>
<td width="680" valign="top" class="content">
<div class="breadcrumb"><a href="{ORIGIN}/{P}/">Home</a> / <a href="#">{esc(label_of(paper, a))}</a></div>
<h1 class="news-title">{esc(a['title'])}</h1>
<h3 class="news-subtitle">{esc(a['standfirst'])}</h3>
<div class="news-author">{esc(who)}{', ' + esc(place) if place else ''}</div>
<div class="news-date">Publish: {lt.strftime('%A, %-d %B, %Y, %I:%M %p')}</div>
<table class="news-image" cellpadding="0" cellspacing="0"><tr><td><img src="{img_url(P, a)}" width="640"></td></tr>
<tr><td class="img-caption">{esc(a['image'][1])} &mdash; {esc(credit(paper, a))}</td></tr></table>
<div class="news-details">
{body_html(a)}
</div>
<div class="print-links"><a href="#">Print</a> | <a href="#">Send to a friend</a></div>
</td>
<td width="300" valign="top" class="right-col">
<div class="box"><div class="box-title">More News</div>
{''.join(f'<div class="more-item"><a href="{b["url"]}">{esc(b["title"])}</a></div>' for b in more)}
</div>
<div class="box"><div class="box-title">Archive</div><form><select><option>November 2026</option></select></form></div>
</td>
</tr>
<tr><td colspan="2" class="footer">Editor: Meherunnesa Kabir. Published by Padma Observer Ltd, Tejgaon, Dhaka-1208. Phone: 000-0000000. All rights reserved.</td></tr>
</table>
</body>
</html>
"""
    return page, ["Published by Padma Observer Ltd, Tejgaon, Dhaka-1208.", "Send to a friend"]


# ---------------------------------------------------------------------------
# The Meridian Shimbun: BEM classes, JSON-LD @graph.

def render_meridian(paper, a, arts, index):
    P = "meridian-shimbun"
    lt = local(paper, a)
    ja = a["lang"] == "ja"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "@id": f"{ORIGIN}/{P}/#org", "name": "The Meridian Shimbun",
             "logo": f"{ORIGIN}/{P}/img/logo.svg"},
            {"@type": "WebPage", "@id": a["url"], "url": a["url"], "name": a["title"],
             "breadcrumb": {"@type": "BreadcrumbList", "itemListElement": [
                 {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{ORIGIN}/{P}/"},
                 {"@type": "ListItem", "position": 2, "name": label_of(paper, a)}]}},
            {"@type": "NewsArticle", "@id": a["url"] + "#article", "isPartOf": {"@id": a["url"]},
             "headline": a["title"], "alternativeHeadline": a["standfirst"],
             "datePublished": iso_local(paper, a["dt"]),
             "dateModified": iso_local(paper, updated_dt(a) or a["dt"]),
             "author": {"@type": "Person", "name": a["authors"][0]} if len(a["authors"]) == 1
             else [{"@type": "Person", "name": n} for n in a["authors"]],
             "image": [img_url(P, a)], "articleSection": [label_of(paper, a)],
             "inLanguage": a["lang"], "publisher": {"@id": f"{ORIGIN}/{P}/#org"}},
        ],
    }
    if ja:
        date_txt = lt.strftime("%Y年%-m月%-d日 %H時%M分")
        by = "、".join(a["authors"])
        foot = "記事・写真の無断転載を禁じます。"
        cap = f"{a['image'][1]}（{a['image'][2]}撮影）"
    else:
        date_txt = lt.strftime("%B %-d, %Y %H:%M JST")
        by = "By " + byline_names(a["authors"]) + " / Meridian Staff Writer" + ("s" if len(a["authors"]) > 1 else "")
        foot = "No reproduction or republication without written permission."
        cap = f"{a['image'][1]} ({credit(paper, a)})"
    ranking = most_read(a, arts, 5)
    page = f"""<!DOCTYPE html>
<html lang="{a['lang']}">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | The Meridian Shimbun</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{a['url']}">
<script type="application/ld+json">{jsonld(graph)}</script>
</head>
<body class="l-body">
<header class="l-header"><div class="l-header__logo"><a href="{ORIGIN}/{P}/">The Meridian Shimbun</a></div>
<nav class="c-gnav"><ul class="c-gnav__list"><li class="c-gnav__item"><a href="#">Politics</a></li><li class="c-gnav__item"><a href="#">World</a></li><li class="c-gnav__item"><a href="#">Economy</a></li><li class="c-gnav__item"><a href="#">Society</a></li><li class="c-gnav__item"><a href="#">Science</a></li><li class="c-gnav__item"><a href="#">Sports</a></li><li class="c-gnav__item"><a href="#">日本語</a></li></ul></nav></header>
<main class="l-main">
<article class="p-article">
<div class="p-article__header">
<p class="p-article__category">{esc(label_of(paper, a))}</p>
<h1 class="p-article__title">{esc(a['title'])}</h1>
<p class="p-article__lead">{esc(a['standfirst'])}</p>
<p class="p-article__byline">{esc(by)}</p>
<p class="p-article__date">{date_txt}</p>
</div>
<div class="p-article__visual"><picture><img class="p-article__img" src="{img_url(P, a)}" alt=""></picture><p class="p-article__caption">{esc(cap)}</p></div>
<div class="p-article__body">
{body_html(a, p_tag='p')}
</div>
<div class="p-article__sns"><button class="c-sns c-sns--x">Post</button><button class="c-sns c-sns--line">LINE</button><button class="c-sns c-sns--fb">Share</button></div>
</article>
<aside class="p-ranking"><h2 class="p-ranking__title">{'アクセスランキング' if ja else 'Ranking'}</h2><ol>{''.join(f'<li class="p-ranking__item"><a href="{b["url"]}">{esc(b["title"])}</a></li>' for b in ranking)}</ol></aside>
</main>
<footer class="l-footer"><p class="l-footer__copy">Copyright &copy; The Meridian Shimbun. {foot}</p></footer>
</body>
</html>
"""
    return page, [foot]


# ---------------------------------------------------------------------------
# The Chao Phraya Times: <section class="article-detail">, Twitter/OG meta.

def render_chao(paper, a, arts, index):
    P = "chao-phraya-times"
    lt = local(paper, a)
    th = a["lang"] == "th"
    if th:
        months = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
                  "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
        date_txt = f"{lt.day} {months[lt.month - 1]} {lt.year + 543} เวลา {lt.strftime('%H:%M')} น."
        by = "โดย " + " และ ".join(a["authors"])
        foot = "สงวนลิขสิทธิ์ตามพระราชบัญญัติลิขสิทธิ์"
        tag_title = "แท็ก"
    else:
        date_txt = lt.strftime("%A, %B %-d, %Y %H:%M")
        by = "Story by " + byline_names(a["authors"])
        foot = "All rights reserved. Content may not be republished without permission of The Chao Phraya Times."
        tag_title = "Tags"
    latest = [b for b in arts if b is not a][:5]
    page = f"""<!DOCTYPE html>
<html lang="{a['lang']}">
<head>
<meta charset="UTF-8">
<title>{esc(a['title'])}</title>
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@chaophrayatimes">
<meta name="twitter:title" content="{esc(a['title'])}">
<meta name="twitter:image" content="{img_url(P, a)}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:description" content="{esc(a['standfirst'])}">
<meta property="og:image" content="{img_url(P, a)}">
<meta property="og:site_name" content="The Chao Phraya Times">
<meta property="article:published_time" content="{iso_local(paper, a['dt'])}">
<meta property="article:author" content="{esc(', '.join(a['authors']))}">
<link rel="canonical" href="{a['url']}">
</head>
<body>
<div class="topbar"><a class="brand" href="{ORIGIN}/{P}/">The Chao Phraya Times</a>
<ul class="nav"><li><a href="#">Thailand</a></li><li><a href="#">Regional</a></li><li><a href="#">Business</a></li><li><a href="#">Life</a></li><li><a href="#">Sports</a></li><li><a href="#">Tech</a></li><li><a href="#">ภาษาไทย</a></li></ul></div>
<div class="container">
<section class="article-detail">
<div class="section-name">{esc(label_of(paper, a))}</div>
<h1 class="title">{esc(a['title'])}</h1>
<p class="summary">{esc(a['standfirst'])}</p>
<div class="info"><span class="author">{esc(by)}</span> <time datetime="{iso_local(paper, a['dt'])}">{date_txt}</time></div>
<figure class="featured"><img src="{img_url(P, a)}" alt="{esc(a['image'][1])}"><figcaption>{esc(a['image'][1])} <small>{esc(credit(paper, a))}</small></figcaption></figure>
<div class="detail">
{body_html(a)}
</div>
<div class="tags"><b>{tag_title}:</b> {' '.join(f'<a href="#">{esc(t)}</a>' for t in a['tags'])}</div>
</section>
<aside class="latest"><h4>{'ข่าวล่าสุด' if th else 'Latest'}</h4>{''.join(f'<p><a href="{b["url"]}">{esc(b["title"])}</a></p>' for b in latest)}</aside>
</div>
<footer><p>&copy; The Chao Phraya Times {lt.year}. {foot}</p></footer>
</body>
</html>
"""
    return page, [foot]


RENDERERS = {"indus": render_indus, "straits": render_straits, "hanriver": render_hanriver,
             "luzon": render_luzon, "padma": render_padma, "meridian": render_meridian,
             "chao": render_chao}


def render(paper, a, arts, index):
    return RENDERERS[paper["template"]](paper, a, arts, index)


def front_page(paper, arts):
    items = "\n".join(
        f'<li><a href="articles/{a["slug"]}.html">{esc(a["title"])}</a> '
        f'<small>{local(paper, a).strftime("%Y-%m-%d")}</small><br>{esc(a["standfirst"])}</li>'
        for a in arts)
    feeds = " ".join(f'<link rel="alternate" type="{ {"atom": "application/atom+xml", "atom-relative": "application/atom+xml", "jsonfeed": "application/feed+json", "rdf": "application/rdf+xml"}.get(f["kind"], "application/rss+xml")}" href="{f["file"]}">' for f in paper["feeds"])
    note = ""
    if not arts:
        note = "<p>Our website is being rebuilt. New stories will appear here soon.</p>"
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(paper['name'])}</title>{feeds}</head>
<body>
<header><img src="img/logo.svg" alt="{esc(paper['name'])}"><p>{esc(paper['city'])}, since {paper['founded']}</p></header>
<p>{esc(paper['about'])}</p>
{note}
<ul class="stories">
{items}
</ul>
</body>
</html>
"""


def network_index(papers, by_paper):
    rows = "\n".join(
        f'<li><a href="{slug}/">{esc(p["name"])}</a> &mdash; {esc(p["city"])} '
        f'({len(by_paper.get(slug, []))} stories)</li>'
        for slug, p in papers.items())
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Asia Desk demo network</title></head>
<body>
<h1>Asia Desk demo network</h1>
<p>Fictional partner newspapers served from a loopback fixture server. Every paper, person and story here is invented.</p>
<ul>
{rows}
</ul>
</body>
</html>
"""
