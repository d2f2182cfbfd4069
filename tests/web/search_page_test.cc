// /search end to end: analysed queries against the real store, ranking,
// filters, order, paging, highlighted snippets, CJK/Thai and hostile input.
#include <gtest/gtest.h>

#include <string>

#include "search_site_fixture.h"
#include "web/percent_decode.h"

namespace bs::web::testing {
namespace {

using SearchPage = SearchSiteTest;

std::string Q(const std::string& words) { return "q=" + PercentEncode(words); }

TEST_F(SearchPage, HeadlineMatchRanksAboveBodyMatch) {
  Add("Budget talks drag on", "Ministers met near the harbour after the harbour authority warned.", "alpha",
      1700009000);
  Add("Harbour cranes stand idle", "Dock workers stopped work on Monday.", "beta", 1700000000);
  Add("Orchestra tours the coast", "Violins and cellos.", "alpha", 1700005000);
  auto r = Fetch("/search", Q("harbour"));
  ASSERT_EQ(r.status, 200);
  const std::string& b = r.body;
  EXPECT_NE(b.find("2 stories found"), std::string::npos);
  const auto headline = b.find("cranes stand idle");
  const auto body_only = b.find("Budget talks drag on");
  ASSERT_NE(headline, std::string::npos);
  ASSERT_NE(body_only, std::string::npos);
  EXPECT_LT(headline, body_only);
  EXPECT_EQ(b.find("Orchestra"), std::string::npos);
  EXPECT_NE(b.find("<mark>Harbour</mark> cranes"), std::string::npos) << "headline highlighted";
}

TEST_F(SearchPage, StemmedQueryFindsInflectedWordsAndMarksThem) {
  Add("Flooding closes roads", "Rivers flooded three villages overnight.");
  auto r = Fetch("/search", Q("floods"));
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("1 story found"), std::string::npos);
  EXPECT_NE(r.body.find("<mark>Flooding</mark>"), std::string::npos);
  EXPECT_NE(r.body.find("<mark>flooded</mark>"), std::string::npos);
}

TEST_F(SearchPage, FiltersNarrowResultsAndStayInLinks) {
  Add("Port tax rises", "The port raised its tax.", "alpha", 1700000000, "business");
  Add("Port reopens", "The port opened again.", "beta", 1700100000, "world");
  Add("Port closes", "The port shut down.", "alpha", 1700200000, "world");
  EXPECT_NE(Fetch("/search", Q("port")).body.find("3 stories found"), std::string::npos);
  auto r = Fetch("/search", Q("port") + "&section=business");
  EXPECT_NE(r.body.find("1 story found"), std::string::npos);
  EXPECT_NE(r.body.find("</mark> tax rises"), std::string::npos);
  r = Fetch("/search", Q("port") + "&source=beta");
  EXPECT_NE(r.body.find("1 story found"), std::string::npos);
  EXPECT_NE(r.body.find("</mark> reopens"), std::string::npos);
  // 1700100000 is 2023-11-16; 1700200000 is 2023-11-17.
  r = Fetch("/search", Q("port") + "&from=2023-11-16&to=2023-11-16");
  EXPECT_NE(r.body.find("1 story found"), std::string::npos);
  EXPECT_NE(r.body.find("</mark> reopens"), std::string::npos);
  r = Fetch("/search", Q("port") + "&lang=zh");
  EXPECT_NE(r.body.find("0 stories found"), std::string::npos);
  // Malformed filters are ignored, not errors.
  r = Fetch("/search", Q("port") + "&from=16/11/2023&section=%3Cb%3E&page=-3&sort=sideways");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("3 stories found"), std::string::npos);
  // The form shows the chosen filter.
  r = Fetch("/search", Q("port") + "&section=business");
  EXPECT_NE(r.body.find("<option value=\"business\" selected>"), std::string::npos);
}

TEST_F(SearchPage, DateOrderIsNewestFirst) {
  Add("Old bridge story", "bridge", "alpha", 1700000000);
  Add("Bridge bridge bridge", "bridge bridge", "alpha", 1600000000);
  Add("New bridge story", "bridge", "alpha", 1700500000);
  auto r = Fetch("/search", Q("bridge") + "&sort=date");
  ASSERT_EQ(r.status, 200);
  const auto n = r.body.find("New <mark>bridge</mark> story");
  const auto o = r.body.find("Old <mark>bridge</mark> story");
  const auto oldest = r.body.find("<mark>Bridge</mark> <mark>bridge</mark>");
  ASSERT_NE(n, std::string::npos);
  ASSERT_NE(o, std::string::npos);
  ASSERT_NE(oldest, std::string::npos);
  EXPECT_LT(n, o);
  EXPECT_LT(o, oldest);
  EXPECT_NE(r.body.find("<option value=\"date\" selected>"), std::string::npos);
}

// Past 1,000 matches the store stops counting: the page says "more than",
// and paging goes on while full pages come back.
TEST_F(SearchPage, CappedTotalSaysMoreThanAndKeepsPaging) {
  for (int i = 0; i < 1'045; ++i) Add("Ferry notice " + std::to_string(i), "sailing times", "alpha", 1700000000 + i);
  auto r = Fetch("/search", Q("ferry") + "&sort=date");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("More than 1,000 stories found"), std::string::npos);
  EXPECT_NE(r.body.find("Page 1 of more than 50"), std::string::npos);
  EXPECT_NE(r.body.find("sort=date&amp;page=2\""), std::string::npos);
  // Page 51 is beyond the counted range but full, so a next link follows.
  r = Fetch("/search", Q("ferry") + "&sort=date&page=51");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(Count(r.body, "class=\"search-result\""), 20u);
  EXPECT_NE(r.body.find("Page 51 of more than 51"), std::string::npos);
  EXPECT_NE(r.body.find("rel=\"next\""), std::string::npos);
  // The last, short page has no next link.
  r = Fetch("/search", Q("ferry") + "&sort=date&page=53");
  EXPECT_EQ(Count(r.body, "class=\"search-result\""), 5u);
  EXPECT_NE(r.body.find("Ferry</mark> notice 0<"), std::string::npos) << "oldest on the last page";
  EXPECT_EQ(r.body.find("rel=\"next\""), std::string::npos);
  EXPECT_NE(r.body.find("rel=\"prev\""), std::string::npos);
}

TEST_F(SearchPage, PaginationKeepsQueryAndFilters) {
  for (int i = 0; i < 25; ++i) Add("Tide report " + std::to_string(i), "tide tables", "alpha", 1700000000 + i);
  auto r = Fetch("/search", Q("tide") + "&section=world&sort=date");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("25 stories found"), std::string::npos);
  EXPECT_EQ(Count(r.body, "class=\"search-result\""), 20u);
  EXPECT_NE(r.body.find("Page 1 of 2"), std::string::npos);
  EXPECT_NE(r.body.find("href=\"/search?q=tide&amp;section=world&amp;sort=date&amp;page=2\""), std::string::npos);
  r = Fetch("/search", Q("tide") + "&section=world&sort=date&page=2");
  EXPECT_EQ(Count(r.body, "class=\"search-result\""), 5u);
  EXPECT_NE(r.body.find("Tide</mark> report 0<"), std::string::npos) << "oldest on the last page";
  // A page past the end is an empty page, not an error.
  r = Fetch("/search", Q("tide") + "&page=9");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(Count(r.body, "class=\"search-result\""), 0u);
}

TEST_F(SearchPage, SnippetEscapesOriginalTextAndMarksMatches) {
  Add("Council notes", "Opening line.\nA <script>alert(1)</script> sign & a \"quoted\" harbour notice.");
  auto r = Fetch("/search", Q("harbour"));
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body.find("<script>alert"), std::string::npos);
  EXPECT_NE(r.body.find("&lt;script&gt;alert(1)&lt;/script&gt; sign &amp; a &quot;quoted&quot; <mark>harbour</mark> notice."),
            std::string::npos);
}

TEST_F(SearchPage, ChineseQueryFindsChineseArticle) {
  Add("中国经济增长放缓", "国家统计局公布的数据显示，第三季度经济增长放缓。出口也有所下降。", "hua", 1700000000,
      "world", "zh");
  Add("港口工人罢工", "码头工人周一停工。", "hua", 1700000100, "world", "zh");
  auto r = Fetch("/search", Q("经济"));
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("1 story found"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("<mark>经济</mark>"), std::string::npos);
  // Unspaced multi-word query, segmented like the article.
  r = Fetch("/search", Q("中国经济"));
  EXPECT_NE(r.body.find("1 story found"), std::string::npos);
  r = Fetch("/search", Q("码头工人"));
  EXPECT_NE(r.body.find("1 story found"), std::string::npos);
  EXPECT_NE(r.body.find("罢工"), std::string::npos);
}

TEST_F(SearchPage, ThaiQueryFindsThaiArticle) {
  Add("รัฐบาลประกาศนโยบายใหม่", "วันนี้รัฐบาลประกาศนโยบายเศรษฐกิจใหม่เพื่อช่วยเกษตรกร", "alpha", 1700000000, "world",
      "th");
  Add("ฝนตกหนักในภาคใต้", "น้ำท่วมหลายหมู่บ้าน", "alpha", 1700000100, "world", "th");
  auto r = Fetch("/search", Q("นโยบาย"));
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("1 story found"), std::string::npos);
  EXPECT_NE(r.body.find("<mark>นโยบาย</mark>"), std::string::npos);
}

TEST_F(SearchPage, HostileQueriesGiveOrdinaryPages) {
  Add("Harbour cranes stand idle", "Dock workers stopped work.");
  const std::vector<std::string> raw_queries = {
      Q("\""), Q("\"\"\""), Q("*"), Q("harbour*"), Q("NEAR("), Q("NEAR(harbour cranes, 2)"), Q("OR"),
      Q("harbour OR"), Q("AND NOT"), Q("-harbour"), Q("headline:harbour"), Q("{headline}: x"),
      Q("' OR 1=1; DROP TABLE articles; --"), Q(std::string(10 * 1024, 'a')),
      Q(std::string(5000, '"')), "q=%FF%FE%80harbour", "q=%C0%AF", "q=" + std::string(3000, '%'),
      "q=harbour&q=second", Q(std::string(200, ' ') + "harbour"), Q("\xE2\x80\x8B"),
  };
  for (const auto& rq : raw_queries) {
    auto r = Fetch("/search", rq);
    EXPECT_EQ(r.status, 200) << rq.substr(0, 80);
    EXPECT_NE(r.body.find("<form class=\"search-form\""), std::string::npos) << rq.substr(0, 80);
  }
  // Operators are words: the harbour article is still found.
  for (const auto& q : {"harbour\"", "(harbour)", "harbour*", "\"harbour\" OR", "harbour:"}) {
    auto r = Fetch("/search", Q(q));
    EXPECT_NE(r.body.find("cranes stand idle"), std::string::npos) << q;
  }
  // 10 kB of words: bounded, still answers.
  std::string many;
  for (int i = 0; i < 2000; ++i) many += "harbour ";
  EXPECT_EQ(Fetch("/search", Q(many)).status, 200);
  // Still intact after the DROP attempt.
  EXPECT_NE(Fetch("/search", Q("cranes")).body.find("1 story found"), std::string::npos);
}

TEST_F(SearchPage, EmptyQueryShowsTheFormOnly) {
  Add("Harbour cranes stand idle", "Dock workers stopped work.");
  auto r = Fetch("/search");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<form class=\"search-form\""), std::string::npos);
  EXPECT_EQ(r.body.find("search-result\""), std::string::npos);
  EXPECT_EQ(r.body.find("stories found"), std::string::npos);
  // Only stop words: a query, but nothing to match.
  r = Fetch("/search", Q("the and of"));
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("0 stories found"), std::string::npos);
}

TEST_F(SearchPage, HeaderHasSearchBoxAndPageLinksItsFeed) {
  Add("Harbour cranes stand idle", "Dock workers stopped work.");
  auto r = Fetch("/search", Q("harbour cranes"));
  EXPECT_NE(r.body.find("<form class=\"site-search\" action=\"/search\""), std::string::npos);
  EXPECT_NE(r.body.find("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/search/rss.xml?q=harbour%20cranes\""),
            std::string::npos);
  EXPECT_NE(HeaderOf(r, "Cache-Control").find("private"), std::string::npos);
}

TEST_F(SearchPage, ReindexAllRebuildsTheIndex) {
  Article a = Add("Lighthouse keeper retires", "After forty years.");
  // An article stored without indexing (a database from before search).
  Article b;
  b.url = "https://alpha.example/stories/unindexed";
  b.source_slug = "alpha";
  b.title = "Lighthouse repainted";
  b.body_text = "Red and white.";
  b.language = "en";
  b.fetched_at = 1700000000;
  b.content_hash = "h";
  ASSERT_TRUE(store_->UpsertArticle(b, RawPage{b.url, b.url, "text/html", "x", 1700000000}).ok());
  EXPECT_NE(Fetch("/search", Q("lighthouse")).body.find("1 story found"), std::string::npos);
  ASSERT_TRUE(ReindexAll(*store_).ok());
  EXPECT_NE(Fetch("/search", Q("lighthouse")).body.find("2 stories found"), std::string::npos);
}

}  // namespace
}  // namespace bs::web::testing
