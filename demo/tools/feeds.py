"""Feed writers, one per format the demo network exercises.

  rss2           RSS 2.0, absolute links carrying utm_* tracking parameters (the
                 pages' canonical URLs are clean), dc:creator, media:content, <category>
  rss2-relative  RSS 2.0, links relative to the feed URL, content:encoded
  rss2-broken    RSS 2.0 damaged the way real CMSs damage it (recoverable)
  atom           Atom 1.0 with xml:base and relative links
  atom-relative  Atom 1.0 in a subfolder, links like ../articles/x.html, no xml:base
  rdf            RSS 1.0 (RDF) with Dublin Core
  jsonfeed       JSON Feed 1.1
  missing        not written: the configured URL answers 404
"""

import datetime as dt
import email.utils
import html
import json

from templates import ORIGIN, body_html, iso_local, label_of, img_url, updated_dt

ESC = html.escape


def rfc822(paper, when_utc):
    off = dt.timezone(dt.timedelta(minutes=paper["utc_offset"]))
    return email.utils.format_datetime(when_utc.astimezone(off))


def newest(arts):
    return max(a["dt"] for a in arts)


def rss2(paper, arts, slug, feed):
    items = []
    for a in arts:
        cats = [label_of(paper, a)] + a["tags"][:1]
        items.append(f"""  <item>
   <title>{ESC(a['title'], False)}</title>
   <link>{a['url']}?utm_source=rss&amp;utm_medium=feed&amp;utm_campaign=latest</link>
   <guid isPermaLink="true">{a['url']}</guid>
   <pubDate>{rfc822(paper, a['dt'])}</pubDate>
{''.join(f'   <dc:creator>{ESC(n, False)}</dc:creator>{chr(10)}' for n in a['authors'])}{''.join(f'   <category>{ESC(c, False)}</category>{chr(10)}' for c in cats)}   <description>{ESC(a['standfirst'], False)}</description>
   <media:content url="{img_url(slug, a)}" medium="image" type="image/svg+xml" width="800" height="450">
    <media:description>{ESC(a['image'][1], False)}</media:description>
    <media:credit>{ESC(a['image'][2], False)}</media:credit>
   </media:content>
  </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
 <channel>
  <title>{ESC(paper['name'], False)} - Latest</title>
  <link>{ORIGIN}/{slug}/</link>
  <atom:link href="{ORIGIN}/{slug}/{feed['file']}" rel="self" type="application/rss+xml"/>
  <description>Latest news from {ESC(paper['name'], False)}, {paper['city']}</description>
  <language>{paper['lang']}</language>
  <lastBuildDate>{rfc822(paper, newest(arts))}</lastBuildDate>
  <ttl>15</ttl>
{chr(10).join(items)}
 </channel>
</rss>
"""


def rss2_relative(paper, arts, slug, feed):
    items = []
    for i, a in enumerate(arts):
        who = ", ".join(a["authors"]) or a.get("byline", "Staff Correspondent")
        items.append(f"""<item>
<title><![CDATA[{a['title']}]]></title>
<link>articles/{a['slug']}.html</link>
<guid isPermaLink="false">padma-observer-{abs(hash_slug(a['slug'])) % 900000 + 100000}</guid>
<pubDate>{rfc822(paper, a['dt'])}</pubDate>
<author>news@padma-observer.example ({ESC(who, False)})</author>
<category>{ESC(label_of(paper, a), False)}</category>
<description><![CDATA[{a['standfirst']}]]></description>
<content:encoded><![CDATA[<p><img src="{img_url(slug, a)}" alt=""></p>
{body_html(a)}]]></content:encoded>
<enclosure url="{img_url(slug, a)}" type="image/svg+xml" length="0"/>
</item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>{ESC(paper['name'], False)}</title>
<link>./</link>
<description>News from Bangladesh and beyond</description>
<language>en-bd</language>
<copyright>Padma Observer Ltd</copyright>
<pubDate>{rfc822(paper, newest(arts))}</pubDate>
{chr(10).join(items)}
</channel>
</rss>
"""


def hash_slug(s):
    h = 0
    for c in s.encode():
        h = (h * 131 + c) % 1000003
    return h


def rss2_broken(paper, arts, slug, feed):
    """Damaged like a misconfigured PHP CMS: a notice printed before the XML
    declaration, raw '&' in text, HTML entities XML does not define, and the
    output cut off inside the last item. A tolerant parser still gets all but
    the last entry."""
    items = []
    for a in arts:
        title = a["title"]  # deliberately NOT escaped: raw & survives
        desc = ESC(a["standfirst"], False).replace(". ", ".&nbsp; ", 1)
        items.append(f"""<item>
<title>{title}</title>
<link>{a['url']}</link>
<guid>{a['url']}</guid>
<pubDate>{rfc822(paper, a['dt'])}</pubDate>
<dc:creator>{ESC(', '.join(a['authors']), False)}</dc:creator>
<category>{ESC(label_of(paper, a), False)}</category>
<description>{desc}&nbsp;&mdash; The Chao Phraya Times</description>
<media:thumbnail url="{img_url(slug, a)}"/>
</item>""")
    text = f"""
<b>Notice</b>:  Undefined index: HTTP_ACCEPT_LANGUAGE in <b>/var/www/cpt/feed.php</b> on line <b>41</b><br />
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
<title>The Chao Phraya Times &copy; Latest</title>
<link>{ORIGIN}/{slug}/</link>
<description>Bangkok news & views</description>
<lastBuildDate>{rfc822(paper, newest(arts))}</lastBuildDate>
{chr(10).join(items)}
</channel>
</rss>
"""
    # Truncate in the middle of the last item's description.
    cut = text.rfind("<description>") + len("<description>") + 25
    return text[:cut]


def atom(paper, arts, slug, feed, relative_prefix="articles/", xml_base=True):
    entries = []
    for a in arts:
        upd = updated_dt(a) or a["dt"]
        entries.append(f"""  <entry>
    <title type="text">{ESC(a['title'], False)}</title>
    <link rel="alternate" type="text/html" href="{relative_prefix}{a['slug']}.html"/>
    <id>tag:{slug}.example,{a['dt'].strftime('%Y-%m-%d')}:{a['slug']}</id>
    <published>{iso_local(paper, a['dt'])}</published>
    <updated>{iso_local(paper, upd)}</updated>
{''.join(f'    <author><name>{ESC(n, False)}</name></author>{chr(10)}' for n in a['authors'])}    <category term="{ESC(label_of(paper, a))}"/>
    <summary type="html">{ESC(ESC(a['standfirst'], False), False)}</summary>
    <link rel="enclosure" type="image/svg+xml" href="{'' if xml_base else '../'}img/{a['image'][0]}.svg"/>
  </entry>""")
    base = f' xml:base="{ORIGIN}/{slug}/"' if xml_base else ""
    self_href = feed["file"] if xml_base else feed["file"].split("/")[-1]
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"{base} xml:lang="{paper['lang']}">
  <title>{ESC(paper['name'], False)}</title>
  <subtitle>{ESC(paper['city'], False)} news since {paper['founded']}</subtitle>
  <link rel="self" href="{self_href}"/>
  <link rel="alternate" type="text/html" href="{'./' if xml_base else '../'}"/>
  <id>tag:{slug}.example,2005:feed</id>
  <updated>{iso_local(paper, newest(arts))}</updated>
{chr(10).join(entries)}
</feed>
"""


def rdf(paper, arts, slug, feed):
    seq = "\n".join(f'    <rdf:li rdf:resource="{a["url"]}"/>' for a in arts)
    items = "\n".join(f"""<item rdf:about="{a['url']}">
  <title>{ESC(a['title'], False)}</title>
  <link>{a['url']}</link>
  <description>{ESC(a['standfirst'], False)}</description>
  <dc:date>{iso_local(paper, a['dt'])}</dc:date>
  <dc:subject>{ESC(label_of(paper, a), False)}</dc:subject>
{''.join(f'  <dc:creator>{ESC(n, False)}</dc:creator>{chr(10)}' for n in a['authors'])}  <dc:language>{a['lang']}</dc:language>
</item>""" for a in arts)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="{ORIGIN}/{slug}/{feed['file']}">
  <title>{ESC(paper['name'], False)}</title>
  <link>{ORIGIN}/{slug}/</link>
  <description>News from Seoul in English</description>
  <dc:date>{iso_local(paper, newest(arts))}</dc:date>
  <items>
   <rdf:Seq>
{seq}
   </rdf:Seq>
  </items>
</channel>
{items}
</rdf:RDF>
"""


def jsonfeed(paper, arts, slug, feed):
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": paper["name"],
        "home_page_url": f"{ORIGIN}/{slug}/",
        "feed_url": f"{ORIGIN}/{slug}/{feed['file']}",
        "description": "Latest stories from The Luzon Herald, Manila",
        "language": "en-PH",
        "icon": f"{ORIGIN}/{slug}/img/logo.svg",
        "items": [{
            "id": f"{ORIGIN}/{slug}/?p={a['slug']}",
            "url": a["url"],
            "title": a["title"],
            "summary": a["standfirst"],
            "content_text": a["paras"][0],
            "image": img_url(slug, a),
            "date_published": iso_local(paper, a["dt"]),
            "date_modified": iso_local(paper, updated_dt(a) or a["dt"]),
            "authors": [{"name": n} for n in a["authors"]],
            "tags": [label_of(paper, a)] + a["tags"],
            "language": a["lang"],
        } for a in arts],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def render(feed, paper, arts):
    slug = next(k for k, v in __import__("papers").PAPERS.items() if v is paper)
    kind = feed["kind"]
    if kind == "missing":
        return None
    if kind == "rss2":
        return rss2(paper, arts, slug, feed)
    if kind == "rss2-relative":
        return rss2_relative(paper, arts, slug, feed)
    if kind == "rss2-broken":
        return rss2_broken(paper, arts, slug, feed)
    if kind == "atom":
        return atom(paper, arts, slug, feed)
    if kind == "atom-relative":
        return atom(paper, arts, slug, feed, relative_prefix="../articles/", xml_base=False)
    if kind == "rdf":
        return rdf(paper, arts, slug, feed)
    if kind == "jsonfeed":
        return jsonfeed(paper, arts, slug, feed)
    raise ValueError(kind)
