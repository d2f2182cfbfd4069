#include <gtest/gtest.h>

#include "core/time.h"
#include "feeds/feed.h"

namespace bs {
namespace {

Feed MustParse(std::string_view bytes, const std::string& url = "https://paper.example/news/feed.xml",
               const std::string& content_type = "") {
  auto r = ParseFeed(bytes, FeedContext{url, content_type});
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? r.value() : Feed{};
}

constexpr char kRss2[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
  <title>  The Harbour
     Gazette </title>
  <link>https://paper.example/</link>
  <item>
    <title>Ferry fares &amp; timetables revised</title>
    <link>/news/ferry-fares</link>
    <guid isPermaLink="false">gazette-ferry-0142</guid>
    <description><![CDATA[<p>New fares start <b>Monday</b>.</p>]]></description>
    <content:encoded>&lt;p&gt;Full text with &lt;a href="/img/map.html"&gt;map&lt;/a&gt;.&lt;/p&gt;</content:encoded>
    <pubDate>Tue, 05 Mar 2024 07:08:09 +0200</pubDate>
    <author>desk@paper.example (Ana Ruiz)</author>
    <dc:creator>Ben Okafor</dc:creator>
    <category>Transport</category>
    <category>Local</category>
    <dc:subject>Harbour</dc:subject>
    <enclosure url="/media/ferry.jpg" type="image/jpeg" length="1234"/>
  </item>
  <item>
    <title>Second story</title>
    <guid>https://paper.example/news/second</guid>
    <dc:date>2024-03-06T10:00:00Z</dc:date>
    <media:content url="https://cdn.paper.example/second.png" medium="image"/>
  </item>
  <item>
    <description>No title, no link, no guid.</description>
    <enclosure url="https://paper.example/pod.mp3" type="audio/mpeg" length="1"/>
    <media:thumbnail url="thumb.webp"/>
  </item>
</channel>
</rss>)";

TEST(RssTest, ChannelAndItemFields) {
  Feed f = MustParse(kRss2);
  EXPECT_EQ(f.format, "rss");
  EXPECT_EQ(f.title, "The Harbour Gazette");
  EXPECT_EQ(f.link, "https://paper.example/");
  EXPECT_FALSE(f.recovered);
  ASSERT_EQ(f.entries.size(), 3u);

  const FeedEntry& a = f.entries[0];
  EXPECT_EQ(a.title, "Ferry fares & timetables revised");
  EXPECT_EQ(a.link, "https://paper.example/news/ferry-fares");
  EXPECT_EQ(a.id, "gazette-ferry-0142");
  EXPECT_EQ(a.summary, "<p>New fares start <b>Monday</b>.</p>");
  EXPECT_EQ(a.content, "<p>Full text with <a href=\"https://paper.example/img/map.html\">map</a>.</p>");
  EXPECT_EQ(a.published, MakeTimestamp(2024, 3, 5, 5, 8, 9));
  EXPECT_FALSE(a.updated.has_value());
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Ana Ruiz", "Ben Okafor"}));
  EXPECT_EQ(a.categories, (std::vector<std::string>{"Transport", "Local", "Harbour"}));
  EXPECT_EQ(a.image, "https://paper.example/media/ferry.jpg");

  const FeedEntry& b = f.entries[1];
  // A guid without isPermaLink="false" doubles as the link.
  EXPECT_EQ(b.link, "https://paper.example/news/second");
  EXPECT_EQ(b.id, "https://paper.example/news/second");
  EXPECT_EQ(b.published, MakeTimestamp(2024, 3, 6, 10, 0, 0));
  EXPECT_EQ(b.image, "https://cdn.paper.example/second.png");

  const FeedEntry& c = f.entries[2];
  EXPECT_EQ(c.title, "");
  EXPECT_EQ(c.summary, "No title, no link, no guid.");
  EXPECT_EQ(c.image, "https://paper.example/news/thumb.webp");  // audio enclosure skipped
  EXPECT_EQ(c.id.rfind("urn:hash:", 0), 0u) << c.id;
}

TEST(RssTest, HashIdIsStable) {
  Feed f1 = MustParse(kRss2), f2 = MustParse(kRss2);
  EXPECT_EQ(f1.entries[2].id, f2.entries[2].id);
}

TEST(RssTest, Rss1Rdf) {
  constexpr char kRdf[] = R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://river.example/rss">
    <title>River Times</title>
    <link>https://river.example/</link>
  </channel>
  <item rdf:about="https://river.example/a/1">
    <title>Flood defences tested</title>
    <link>https://river.example/a/1</link>
    <description>Engineers ran the gates.</description>
    <dc:date>2023-11-02T08:30:00+05:30</dc:date>
    <dc:creator>Priya Nair</dc:creator>
    <dc:subject>Environment</dc:subject>
  </item>
</rdf:RDF>)";
  Feed f = MustParse(kRdf);
  EXPECT_EQ(f.format, "rdf");
  EXPECT_EQ(f.title, "River Times");
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0].id, "https://river.example/a/1");
  EXPECT_EQ(f.entries[0].published, MakeTimestamp(2023, 11, 2, 3, 0, 0));
  EXPECT_EQ(f.entries[0].authors, std::vector<std::string>{"Priya Nair"});
  EXPECT_EQ(f.entries[0].categories, std::vector<std::string>{"Environment"});
}

TEST(RssTest, Rss091WithHtmlEntitiesAndDoctype) {
  constexpr char kOld[] = R"(<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Caf&eacute;&nbsp;Society</title>
<item><title>Prices &mdash; up again&hellip;</title><link>http://old.example/1</link>
<description>Tom &amp; Jerry&#146;s caf&eacute; &copy; 2004 AT&T</description></item>
</channel></rss>)";
  Feed f = MustParse(kOld);
  EXPECT_EQ(f.title, "Caf\u00e9 Society");
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0].title, "Prices \u2014 up again\u2026");
  EXPECT_EQ(f.entries[0].summary, "Tom & Jerry\u2019s caf\u00e9 \u00a9 2004 AT&T");
  EXPECT_TRUE(f.recovered);  // undefined entities and a bare '&' were repaired
}

TEST(RssTest, XmlBaseAppliesToLinksAndContent) {
  constexpr char kBase[] = R"(<rss version="2.0" xml:base="https://base.example/root/">
<channel xml:base="section/"><title>B</title><link>home</link>
<item xml:base="/items/"><title>T</title><link>one.html</link>
<description>&lt;img src="pic.png"&gt; &lt;a href="https://abs.example/x"&gt;x&lt;/a&gt;</description></item>
</channel></rss>)";
  Feed f = MustParse(kBase, "https://ignored.example/feed");
  EXPECT_EQ(f.link, "https://base.example/root/section/home");
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0].link, "https://base.example/items/one.html");
  EXPECT_EQ(f.entries[0].summary,
            "<img src=\"https://base.example/items/pic.png\"> <a href=\"https://abs.example/x\">x</a>");
}

TEST(RssTest, RelativeLinksWithoutBaseStayRelative) {
  Feed f = MustParse("<rss><channel><item><link>/a</link></item></channel></rss>", "");
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0].link, "/a");
  EXPECT_EQ(f.entries[0].id, "/a");
}

TEST(RssTest, ScriptLinksAreDropped) {
  Feed f = MustParse(
      "<rss><channel><item><title>x</title><link>javascript:alert(1)</link>"
      "<enclosure url=\"data:image/png;base64,AAAA\" type=\"image/png\"/></item></channel></rss>");
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0].link, "");
  EXPECT_EQ(f.entries[0].image, "");
}

TEST(RssTest, UnescapedHtmlInDescriptionIsKept) {
  Feed f = MustParse(
      "<rss><channel><item><description><p>Para <em>one</em><br/>next</p></description>"
      "</item></channel></rss>");
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0].summary, "<p>Para <em>one</em><br />next</p>");
}

TEST(RssTest, HtmlInTitleIsStripped) {
  Feed f = MustParse(
      "<rss><channel><item><title>&lt;b&gt;Breaking:&lt;/b&gt;   storm\n warning</title>"
      "</item></channel></rss>");
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0].title, "Breaking: storm warning");
}

TEST(RssTest, UndeclaredPrefixesAreRecognised) {
  Feed f = MustParse(
      "<rss><channel><item><title>x</title><dc:creator>Lee Min</dc:creator>"
      "<dc:date>2024-01-02</dc:date></item></channel></rss>");
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0].authors, std::vector<std::string>{"Lee Min"});
  EXPECT_EQ(f.entries[0].published, MakeTimestamp(2024, 1, 2, 0, 0, 0));
}

TEST(RssTest, UnparseableDateIsAbsentNotAnError) {
  Feed f = MustParse("<rss><channel><item><pubDate>soon</pubDate></item></channel></rss>");
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_FALSE(f.entries[0].published.has_value());
}

}  // namespace
}  // namespace bs
