// Outgoing feeds, sitemaps, robots.txt and OPML: parsed back with libxml2 so
// "valid XML" is checked by a real parser, not by string matching.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/time.h"
#include "search_site_fixture.h"
#include "web/feeds_out.h"
#include "web/xml_text.h"

namespace bs::web::testing {
namespace {

using FeedsOut = SearchSiteTest;

TEST_F(FeedsOut, SectionRssParsesWithItemsOfThatSectionOnly) {
  Article w = Add("Ferry & <bridge> \"news\"", "Body ]]> with a CDATA end and \x01 control", "alpha", 1700000000,
                  "world");
  Add("Markets rally", "Shares rose.", "beta", 1700000500, "business");
  auto r = Fetch("/section/world/rss.xml");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(HeaderOf(r, "Content-Type"), "application/rss+xml; charset=utf-8");
  XmlDoc doc = ParseXml(r.body);
  ASSERT_TRUE(doc) << r.body;
  EXPECT_EQ(XPathTexts(doc.get(), "/rss/channel/title"), std::vector<std::string>{"The Test Desk: World"});
  EXPECT_EQ(XPathTexts(doc.get(), "/rss/channel/link"), std::vector<std::string>{"https://desk.example/section/world"});
  EXPECT_EQ(XPathTexts(doc.get(), "/rss/channel/item/title"),
            std::vector<std::string>{"Ferry & <bridge> \"news\""});
  const std::string link = "https://desk.example/article/" + std::to_string(w.id);
  ASSERT_EQ(XPathTexts(doc.get(), "/rss/channel/item/link").size(), 1u);
  EXPECT_EQ(XPathTexts(doc.get(), "/rss/channel/item/link")[0].rfind(link, 0), 0u);
  EXPECT_EQ(XPathTexts(doc.get(), "/rss/channel/item/pubDate"),
            std::vector<std::string>{"Tue, 14 Nov 2023 22:13:20 GMT"});
  EXPECT_EQ(XPathTexts(doc.get(), "/rss/channel/item/dc:creator"), std::vector<std::string>{"Mira Castell"});
  EXPECT_EQ(XPathTexts(doc.get(), "/rss/channel/item/source"), std::vector<std::string>{"Paper Alpha"});
  EXPECT_EQ(XPathTexts(doc.get(), "/rss/channel/atom:link[@rel='self']/@href"),
            std::vector<std::string>{"https://desk.example/section/world/rss.xml"});
}

TEST_F(FeedsOut, AtomFeedsForRegionAndSource) {
  Add("Ferry resumes", "Boats run.", "alpha", 1700000000);
  Add("Bridge opens", "Cars cross.", "beta", 1700001000);
  auto r = Fetch("/region/delta/atom.xml");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(HeaderOf(r, "Content-Type"), "application/atom+xml; charset=utf-8");
  XmlDoc doc = ParseXml(r.body);
  ASSERT_TRUE(doc) << r.body;
  EXPECT_EQ(XPathTexts(doc.get(), "/atom:feed/atom:entry/atom:title"),
            (std::vector<std::string>{"Bridge opens", "Ferry resumes"}));
  EXPECT_EQ(XPathTexts(doc.get(), "/atom:feed/atom:updated"), std::vector<std::string>{"2023-11-14T22:30:00Z"});
  EXPECT_EQ(XPathTexts(doc.get(), "/atom:feed/atom:entry/atom:published")[0], "2023-11-14T22:30:00Z");

  r = Fetch("/source/beta/atom.xml");
  doc = ParseXml(r.body);
  ASSERT_TRUE(doc);
  EXPECT_EQ(XPathTexts(doc.get(), "/atom:feed/atom:entry/atom:title"), std::vector<std::string>{"Bridge opens"});
  r = Fetch("/source/beta/rss.xml");
  doc = ParseXml(r.body);
  ASSERT_TRUE(doc);
  EXPECT_EQ(XPathTexts(doc.get(), "/rss/channel/item/title"), std::vector<std::string>{"Bridge opens"});
}

TEST_F(FeedsOut, AuthorAndTagRiversHaveFeeds) {
  Add("Ferry resumes", "Boats run.", "alpha", 1700000000, "world", "en", {"Harbour life"});
  Add("Bridge opens", "Cars cross.", "beta", 1700001000);
  auto r = Fetch("/author/Mira%20Castell/rss.xml");
  ASSERT_EQ(r.status, 200);
  XmlDoc doc = ParseXml(r.body);
  ASSERT_TRUE(doc) << r.body;
  EXPECT_EQ(XPathTexts(doc.get(), "/rss/channel/title"),
            std::vector<std::string>{"The Test Desk: Mira Castell"});
  EXPECT_EQ(XPathTexts(doc.get(), "/rss/channel/item/title"),
            (std::vector<std::string>{"Bridge opens", "Ferry resumes"}));
  EXPECT_EQ(XPathTexts(doc.get(), "/rss/channel/atom:link[@rel='self']/@href"),
            std::vector<std::string>{"https://desk.example/author/Mira%20Castell/rss.xml"});
  // Another spelling of the same path serves the same feed, under the
  // canonical address.
  r = Fetch("/author/Mira%20%43astell/rss.xml");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("https://desk.example/author/Mira%20Castell/rss.xml"), std::string::npos);

  r = Fetch("/tag/Harbour%20life/atom.xml");
  ASSERT_EQ(r.status, 200);
  doc = ParseXml(r.body);
  ASSERT_TRUE(doc) << r.body;
  EXPECT_EQ(XPathTexts(doc.get(), "/atom:feed/atom:entry/atom:title"),
            std::vector<std::string>{"Ferry resumes"});

  // The river pages point readers and feed readers at them.
  r = Fetch("/author/Mira%20Castell");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("href=\"/author/Mira%20Castell/rss.xml\""), std::string::npos);

  // Names nobody wrote under, and bytes that are not text, have none.
  EXPECT_EQ(Fetch("/author/Nobody%20Here/rss.xml").status, 404);
  EXPECT_EQ(Fetch("/tag/unused/atom.xml").status, 404);
  EXPECT_EQ(Fetch("/author/%FF%FE/rss.xml").status, 404);
  EXPECT_EQ(Fetch("/author/%zz/rss.xml").status, 404);
}

TEST_F(FeedsOut, UnknownSlugsAndFilesAre404) {
  EXPECT_EQ(Fetch("/section/nope/rss.xml").status, 404);
  EXPECT_EQ(Fetch("/region/nope/atom.xml").status, 404);
  EXPECT_EQ(Fetch("/source/nope/rss.xml").status, 404);
  EXPECT_EQ(Fetch("/section/world/feed.json").status, 404);
  EXPECT_EQ(Fetch("/sitemap-articles-0.xml").status, 404);
  EXPECT_EQ(Fetch("/sitemap-articles-99999999999.xml").status, 404);
  EXPECT_EQ(Fetch("/sitemap-articles-7.xml").status, 404);
}

TEST_F(FeedsOut, SearchFeedHasNewestMatches) {
  Add("Harbour strike ends", "Cranes move.", "alpha", 1700000000);
  Add("Harbour strike begins", "Cranes stop.", "alpha", 1690000000);
  Add("Budget passes", "Votes.", "alpha", 1700000500);
  auto r = Fetch("/search/rss.xml", "q=harbour%20strike");
  ASSERT_EQ(r.status, 200);
  XmlDoc doc = ParseXml(r.body);
  ASSERT_TRUE(doc) << r.body;
  EXPECT_EQ(XPathTexts(doc.get(), "/rss/channel/item/title"),
            (std::vector<std::string>{"Harbour strike ends", "Harbour strike begins"}));
  EXPECT_EQ(XPathTexts(doc.get(), "/rss/channel/atom:link/@href"),
            std::vector<std::string>{"https://desk.example/search/rss.xml?q=harbour%20strike"});
  r = Fetch("/search/atom.xml", "q=%22%2A%20NEAR(%FF");
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(ParseXml(r.body)) << "hostile query still gives a well-formed (empty) feed";
}

TEST_F(FeedsOut, RiverPagesAdvertiseTheirFeeds) {
  Add("Ferry resumes", "Boats run.", "alpha", 1700000000);
  auto r = Fetch("/section/world");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/section/world/rss.xml\""),
            std::string::npos);
  EXPECT_NE(r.body.find("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/section/world/atom.xml\""),
            std::string::npos);
  r = Fetch("/source/alpha", "page=1");
  EXPECT_NE(r.body.find("href=\"/source/alpha/rss.xml\""), std::string::npos);
}

TEST_F(FeedsOut, SitemapIndexAndPages) {
  Article a = Add("Ferry resumes", "Boats run.", "alpha", 1700000000);
  auto r = Fetch("/sitemap.xml");
  ASSERT_EQ(r.status, 200);
  XmlDoc doc = ParseXml(r.body);
  ASSERT_TRUE(doc) << r.body;
  EXPECT_EQ(XPathTexts(doc.get(), "/sm:sitemapindex/sm:sitemap/sm:loc"),
            (std::vector<std::string>{"https://desk.example/sitemap-pages.xml",
                                      "https://desk.example/sitemap-articles-1.xml"}));
  r = Fetch("/sitemap-pages.xml");
  doc = ParseXml(r.body);
  ASSERT_TRUE(doc);
  auto locs = XPathTexts(doc.get(), "/sm:urlset/sm:url/sm:loc");
  EXPECT_NE(std::find(locs.begin(), locs.end(), "https://desk.example/"), locs.end());
  EXPECT_NE(std::find(locs.begin(), locs.end(), "https://desk.example/section/business"), locs.end());
  EXPECT_NE(std::find(locs.begin(), locs.end(), "https://desk.example/region/delta"), locs.end());
  EXPECT_NE(std::find(locs.begin(), locs.end(), "https://desk.example/source/hua"), locs.end());
  r = Fetch("/sitemap-articles-1.xml");
  doc = ParseXml(r.body);
  ASSERT_TRUE(doc);
  locs = XPathTexts(doc.get(), "/sm:urlset/sm:url/sm:loc");
  ASSERT_EQ(locs.size(), 1u);
  EXPECT_EQ(locs[0].rfind("https://desk.example/article/" + std::to_string(a.id), 0), 0u);
  EXPECT_EQ(XPathTexts(doc.get(), "/sm:urlset/sm:url/sm:lastmod"), std::vector<std::string>{"2023-11-14T22:13:20Z"});
}

TEST_F(FeedsOut, NewsSitemapListsOnlyTheLastTwoDays) {
  const Timestamp now = NowUtc();
  Add("Fresh story", "New.", "hua", now - 3600, "world", "zh");
  Add("Stale story", "Old.", "alpha", now - 3 * 24 * 3600);
  auto r = Fetch("/news-sitemap.xml");
  ASSERT_EQ(r.status, 200);
  XmlDoc doc = ParseXml(r.body);
  ASSERT_TRUE(doc) << r.body;
  EXPECT_EQ(XPathTexts(doc.get(), "//news:news/news:title"), std::vector<std::string>{"Fresh story"});
  EXPECT_EQ(XPathTexts(doc.get(), "//news:publication/news:name"), std::vector<std::string>{"The Test Desk"});
  EXPECT_EQ(XPathTexts(doc.get(), "//news:publication/news:language"), std::vector<std::string>{"zh"});
  EXPECT_EQ(XPathTexts(doc.get(), "//news:news/news:publication_date"),
            std::vector<std::string>{FormatIso8601Utc(now - 3600)});
}

TEST_F(FeedsOut, RobotsTxt) {
  auto r = Fetch("/robots.txt");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(HeaderOf(r, "Content-Type"), "text/plain; charset=utf-8");
  EXPECT_NE(r.body.find("User-agent: *\n"), std::string::npos);
  EXPECT_NE(r.body.find("Allow: /\n"), std::string::npos);
  EXPECT_NE(r.body.find("Disallow: /admin\n"), std::string::npos);
  EXPECT_NE(r.body.find("Disallow: /search\n"), std::string::npos);
  EXPECT_NE(r.body.find("Sitemap: https://desk.example/sitemap.xml\n"), std::string::npos);
  EXPECT_NE(r.body.find("Sitemap: https://desk.example/news-sitemap.xml\n"), std::string::npos);
}

TEST_F(FeedsOut, SourcesOpml) {
  auto r = Fetch("/sources.opml");
  ASSERT_EQ(r.status, 200);
  XmlDoc doc = ParseXml(r.body);
  ASSERT_TRUE(doc) << r.body;
  EXPECT_EQ(XPathTexts(doc.get(), "/opml/@version"), std::vector<std::string>{"2.0"});
  EXPECT_EQ(XPathTexts(doc.get(), "/opml/body/outline/@xmlUrl"),
            (std::vector<std::string>{"https://alpha.example/feed.xml", "https://beta.example/feed.xml",
                                      "https://hua.example/feed.xml"}));
  EXPECT_EQ(XPathTexts(doc.get(), "/opml/body/outline/outline/@xmlUrl")[0],
            "https://desk.example/source/alpha/rss.xml");
}

TEST(XmlText, EscapesAndRepairs) {
  EXPECT_EQ(XmlEscape("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&apos;f");
  EXPECT_EQ(XmlEscape("]]>"), "]]&gt;");
  EXPECT_EQ(XmlEscape(std::string("x\0y", 3)), "x\xEF\xBF\xBDy");
  EXPECT_EQ(XmlEscape("\xFF"), "\xEF\xBF\xBD");
  EXPECT_EQ(XmlEscape("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD") << "surrogates are invalid";
  EXPECT_EQ(XmlEscape("\xEF\xBF\xBE"), "\xEF\xBF\xBD") << "U+FFFE is not an XML character";
  EXPECT_EQ(XmlEscape("tab\tnl\n\xE4\xB8\xAD"), "tab\tnl\n\xE4\xB8\xAD");
}

TEST(AlternateFeedLinks, OnlyForFeedablePages) {
  EXPECT_TRUE(AlternateFeedLinks("/", "x").is_empty_list());
  EXPECT_TRUE(AlternateFeedLinks("/article/3/x", "x").is_empty_list());
  EXPECT_EQ(AlternateFeedLinks("/region/delta?page=3", "x").list_value().size(), 2u);
}

}  // namespace
}  // namespace bs::web::testing
