// The story page and its feeds, through the site handler over a real store.
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "search_site_fixture.h"
#include "story_site_fixture.h"
#include "web/raw_http_client.h"

namespace bs::web::testing {
namespace {

using StoryPage = StorySiteTest;

std::size_t At(const std::string& hay, const std::string& needle) {
  const std::size_t p = hay.find(needle);
  EXPECT_NE(p, std::string::npos) << "missing: " << needle;
  return p;
}

// The JSON-LD blocks of a page, parsed.
std::vector<nlohmann::json> JsonLd(const std::string& html) {
  std::vector<nlohmann::json> out;
  const std::regex block("<script type=\"application/ld\\+json\">([^<]*)</script>");
  for (std::sregex_iterator it(html.begin(), html.end(), block), end; it != end; ++it)
    out.push_back(nlohmann::json::parse((*it)[1].str(), nullptr, /*allow_exceptions=*/false));
  return out;
}

TEST_F(StoryPage, ShowsTheCoverageOnATimelineOldestFirst) {
  auto r = Fetch(StoryPath());
  ASSERT_EQ(r.status, 200) << r.body;
  const std::string& html = r.body;
  EXPECT_NE(html.find("<h1 lang=\"en\">River bursts its banks at the old mill</h1>"), std::string::npos) << html;
  EXPECT_NE(html.find("3 sources, 4 articles"), std::string::npos);
  EXPECT_NE(html.find("First seen <time datetime=\"2026-05-28T20:26:40Z\">28 May 2026, 20:26 UTC</time>"),
            std::string::npos);
  // Timeline order: first report, the copy, beta's own, then hua's.
  const std::size_t timeline = At(html, "class=\"timeline\"");
  const std::size_t groups = At(html, "Coverage by region and source");
  const std::string tl = html.substr(timeline, groups - timeline);
  const std::size_t a = At(tl, "/article/" + std::to_string(flood_first_));
  const std::size_t b = At(tl, "/article/" + std::to_string(flood_copy_));
  const std::size_t c = At(tl, "/article/" + std::to_string(flood_beta_));
  const std::size_t d = At(tl, "/article/" + std::to_string(flood_hua_));
  EXPECT_LT(a, b);
  EXPECT_LT(b, c);
  EXPECT_LT(c, d);
  EXPECT_EQ(Count(tl, "(syndicated copy)"), 1u);
  EXPECT_NE(tl.find("lang=\"zh\""), std::string::npos) << "the Chinese headline carries its language";
  // Grouped by region (configuration order), then source.
  const std::string gr = html.substr(groups);
  EXPECT_LT(At(gr, "River Delta"), At(gr, "High Hills"));
  EXPECT_LT(At(gr, "Beta Gazette"), At(gr, "High Hills"));
  EXPECT_GT(At(gr, "Hua Daily"), At(gr, "High Hills"));
  EXPECT_EQ(html.find("/article/" + std::to_string(lonely_)), std::string::npos) << "other stories stay out";
}

TEST_F(StoryPage, CarriesCanonicalLinkFeedsAndJsonLd) {
  auto r = Fetch(StoryPath() + "/any-words-at-all");
  ASSERT_EQ(r.status, 200);
  const std::string canonical = "https://desk.example" + StoryPath() + "/river-bursts-its-banks-at-the-old-mill";
  EXPECT_NE(r.body.find("<link rel=\"canonical\" href=\"" + canonical + "\">"), std::string::npos);
  EXPECT_NE(r.body.find("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"" + StoryPath() + "/rss.xml\""),
            std::string::npos);
  EXPECT_NE(r.body.find("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + StoryPath() + "/atom.xml\""),
            std::string::npos);
  auto blocks = JsonLd(r.body);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0]["@type"], "ItemList");
  ASSERT_EQ(blocks[0]["itemListElement"].size(), 4u);
  EXPECT_EQ(blocks[0]["itemListElement"][0]["position"], 1);
  EXPECT_EQ(blocks[0]["itemListElement"][3]["url"].get<std::string>().rfind(
                "https://desk.example/article/" + std::to_string(flood_hua_), 0),
            0u);
  EXPECT_EQ(blocks[1]["@type"], "BreadcrumbList");
  EXPECT_EQ(blocks[1]["itemListElement"][1]["item"], canonical);
}

TEST_F(StoryPage, UnknownAndHostileIdsAre404) {
  for (const std::string& path : std::vector<std::string>{"/story/99999999999999999999", "/story/../../etc/passwd", "/story/0", "/story/-3", "/story/abc",
        "/story/", "/story", "/story/12abc", "/story/%31", "/story/424242",
        "/story/" + std::to_string(flood_beta_) /* an article, not a story */}) {
    auto r = Fetch(path);
    EXPECT_EQ(r.status, 404) << path;
    EXPECT_EQ(Header(r, "Cache-Control"), "no-store") << path;
  }
  for (const std::string& path : std::vector<std::string>{"/story/424242/rss.xml", "/story/0/atom.xml", "/story/99999999999999999999/rss.xml",
                                 "/story/x/rss.xml", "/story/" + std::to_string(flood_beta_) + "/atom.xml"})
    EXPECT_EQ(Fetch(path).status, 404) << path;
}

TEST_F(StoryPage, HeadAndConditionalGetUseTheETag) {
  auto get = Fetch(StoryPath());
  ASSERT_EQ(get.status, 200);
  const std::string etag = Header(get, "ETag");
  ASSERT_FALSE(etag.empty());
  auto head = Fetch(StoryPath(), "", "HEAD");
  // The HTTP server drops HEAD bodies; the page must answer like a GET.
  EXPECT_EQ(head.status, 200);
  EXPECT_EQ(Header(head, "ETag"), etag);
  EXPECT_EQ(Header(head, "Content-Type"), "text/html; charset=utf-8");
  auto again = Fetch(StoryPath(), "", "GET", {{"if-none-match", etag}});
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_EQ(Fetch(StoryPath(), "", "POST").status, 405);
}

TEST_F(StoryPage, RssAndAtomFeedsParseNewestFirst) {
  auto r = Fetch(StoryPath() + "/rss.xml");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(Header(r, "Content-Type"), "application/rss+xml; charset=utf-8");
  XmlDoc rss = ParseXml(r.body);
  ASSERT_TRUE(rss) << r.body;
  EXPECT_EQ(XPathTexts(rss.get(), "/rss/channel/title"),
            std::vector<std::string>{"The Test Desk: River bursts its banks at the old mill"});
  EXPECT_EQ(XPathTexts(rss.get(), "/rss/channel/link"),
            std::vector<std::string>{"https://desk.example" + StoryPath() + "/river-bursts-its-banks-at-the-old-mill"});
  auto links = XPathTexts(rss.get(), "/rss/channel/item/link");
  ASSERT_EQ(links.size(), 4u);
  EXPECT_EQ(links[0].rfind("https://desk.example/article/" + std::to_string(flood_hua_), 0), 0u);
  EXPECT_EQ(links[3].rfind("https://desk.example/article/" + std::to_string(flood_first_), 0), 0u);
  EXPECT_EQ(XPathTexts(rss.get(), "/rss/channel/atom:link[@rel='self']/@href"),
            std::vector<std::string>{"https://desk.example" + StoryPath() + "/rss.xml"});

  r = Fetch(StoryPath() + "/atom.xml");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(Header(r, "Content-Type"), "application/atom+xml; charset=utf-8");
  XmlDoc atom = ParseXml(r.body);
  ASSERT_TRUE(atom) << r.body;
  EXPECT_EQ(XPathTexts(atom.get(), "/atom:feed/atom:entry").size(), 4u);
  EXPECT_EQ(XPathTexts(atom.get(), "/atom:feed/atom:entry/atom:source/atom:title")[0], "Hua Daily");
  EXPECT_EQ(XPathTexts(atom.get(), "/atom:feed/atom:updated"), std::vector<std::string>{"2026-05-28T22:26:40Z"});
}

TEST_F(StoryPage, FrontPageListsOnlyMultiSourceStoriesAsTopStories) {
  auto r = Fetch("/");
  ASSERT_EQ(r.status, 200);
  const std::size_t top = At(r.body, "id=\"top-heading\"");
  const std::size_t end = r.body.find("</section>", top);
  const std::string block = r.body.substr(top, end - top);
  EXPECT_NE(block.find("href=\"" + StoryPath() + "/river-bursts-its-banks-at-the-old-mill\""), std::string::npos);
  EXPECT_NE(block.find("3 sources"), std::string::npos);
  EXPECT_EQ(block.find("/story/" + std::to_string(lonely_)), std::string::npos) << "one paper is not a top story";
  // Region lists under the main list do not repeat it: with one multi-source
  // story, no region list is left to show.
  EXPECT_EQ(block.find("High Hills"), std::string::npos) << "a region list repeated the main list";
  std::size_t first = block.find("/river-bursts-its-banks-at-the-old-mill");
  EXPECT_EQ(block.find("/river-bursts-its-banks-at-the-old-mill", first + 1), std::string::npos);
}

TEST_F(StoryPage, PagesSitemapListsMultiSourceStories) {
  auto r = Fetch("/sitemap-pages.xml");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<loc>https://desk.example" + StoryPath() + "/river-bursts-its-banks-at-the-old-mill</loc>"),
            std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("/story/" + std::to_string(lonely_)), std::string::npos) << "one paper is not a story page";
}

TEST_F(StoryPage, WithoutOrganisationTheFrontHasNoTopStories) {
  ASSERT_TRUE(store_->ReplaceOrganisation({}, {}).ok());
  auto r = Fetch("/");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body.find("Top stories"), std::string::npos);
  EXPECT_EQ(Fetch(StoryPath()).status, 404);
}

TEST_F(StoryPage, OverLoopbackHostileTargetsAre404AndHeadHasNoBody) {
  Fetch("/");  // builds the handler
  HttpServerOptions opts;
  opts.port = 0;
  opts.access_log = false;
  HttpServer server(opts, handler_);
  ASSERT_TRUE(server.Start().ok());
  for (const std::string target : {"/story/../../etc/passwd", "/story/%2e%2e/%2e%2e/etc", "/story/99999999999999999999",
                                   "/story/1%00", "/story/7/../../admin"}) {
    auto r = bs::testing::GetOnce(server.port(), target);
    ASSERT_TRUE(r.has_value()) << target;
    EXPECT_TRUE(r->status == 404 || r->status == 400) << target << " -> " << r->status;
  }
  bs::testing::RawHttpClient client(server.port());
  ASSERT_TRUE(client.connected());
  ASSERT_TRUE(client.Send("HEAD " + StoryPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
  auto head = client.Read(/*head=*/true);
  ASSERT_TRUE(head.has_value());
  EXPECT_EQ(head->status, 200);
  EXPECT_TRUE(head->body.empty());
  EXPECT_FALSE(head->Header("etag").empty());
  // The connection is still in step: a GET after the HEAD gets its own page.
  ASSERT_TRUE(client.Send("GET " + StoryPath() + "/rss.xml HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
  auto feed = client.Read();
  ASSERT_TRUE(feed.has_value());
  EXPECT_EQ(feed->status, 200);
  EXPECT_NE(feed->body.find("<rss"), std::string::npos);
  server.Stop();
}

}  // namespace
}  // namespace bs::web::testing
