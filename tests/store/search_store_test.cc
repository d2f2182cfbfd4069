// The store half of site search: terms in, ranked and filtered articles out.
// Terms here are written by hand, as the web layer's analyser would produce.
#include <gtest/gtest.h>

#include <string>

#include "store_fixture.h"

namespace bs::testing {
namespace {

class SearchStore : public StoreTest {
 protected:
  // Stores an article and indexes the given term strings.
  Id Add(const std::string& source, const std::string& path, Timestamp published,
         const std::string& headline_terms, const std::string& body_terms,
         const std::string& section = "world", const std::string& language = "en") {
    Article a = MakeArticle(source, path, published);
    a.section = section;
    a.language = language;
    auto r = store_->UpsertArticle(a, MakeRaw(a));
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    SearchDocument doc;
    doc.headline = headline_terms;
    doc.body = body_terms;
    auto st = store_->IndexArticleForSearch(a.id, doc);
    EXPECT_TRUE(st.ok()) << st.ToString();
    return a.id;
  }

  static SearchQuery Terms(std::vector<std::vector<std::string>> groups) {
    SearchQuery q;
    q.terms = std::move(groups);
    return q;
  }

  std::vector<Id> Ids(const SearchQuery& q) {
    auto r = store_->Search(q);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    std::vector<Id> ids;
    if (r.ok())
      for (const auto& a : r->articles) ids.push_back(a.id);
    return ids;
  }
};

TEST_F(SearchStore, HeadlineMatchRanksAboveBodyMatch) {
  AddSource("alpha");
  const Id body_only = Add("alpha", "/1", 1700000300, "port strike end",
                           "talk ferri ferri ferri harbour queue");
  const Id headline = Add("alpha", "/2", 1700000100, "ferri servic restor", "boat run again");
  const Id none = Add("alpha", "/3", 1700000200, "budget vote", "minist tax");
  auto ids = Ids(Terms({{"ferri"}}));
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(ids[0], headline);
  EXPECT_EQ(ids[1], body_only);
  (void)none;
}

TEST_F(SearchStore, AllGroupsMustMatchAnyFormWithinAGroup) {
  AddSource("alpha");
  const Id a = Add("alpha", "/1", 1700000100, "harbour crane", "");
  const Id b = Add("alpha", "/2", 1700000200, "harbor crane", "");
  Add("alpha", "/3", 1700000300, "harbour strike", "");
  auto ids = Ids(Terms({{"harbour", "harbor"}, {"crane"}}));
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_TRUE((ids[0] == a && ids[1] == b) || (ids[0] == b && ids[1] == a));
}

TEST_F(SearchStore, FiltersAndDateOrder) {
  AddSource("alpha");
  AddSource("beta");
  const Id old_world = Add("alpha", "/1", 1700000100, "flood", "", "world");
  const Id new_world = Add("beta", "/2", 1700090000, "flood", "", "world");
  const Id sport = Add("alpha", "/3", 1700050000, "flood", "", "sport", "fr");

  SearchQuery q = Terms({{"flood"}});
  q.order = SearchOrder::kNewest;
  EXPECT_EQ(Ids(q), (std::vector<Id>{new_world, sport, old_world}));

  q.section = "world";
  EXPECT_EQ(Ids(q), (std::vector<Id>{new_world, old_world}));
  q.source = "alpha";
  EXPECT_EQ(Ids(q), (std::vector<Id>{old_world}));

  SearchQuery by_lang = Terms({{"flood"}});
  by_lang.language = "fr";
  EXPECT_EQ(Ids(by_lang), (std::vector<Id>{sport}));

  SearchQuery dated = Terms({{"flood"}});
  dated.order = SearchOrder::kNewest;
  dated.from = 1700050000;
  dated.to = 1700089999;
  EXPECT_EQ(Ids(dated), (std::vector<Id>{sport}));
}

TEST_F(SearchStore, PaginationKeepsTotal) {
  AddSource("alpha");
  std::vector<Id> all;
  for (int i = 0; i < 7; ++i)
    all.push_back(Add("alpha", "/" + std::to_string(i), 1700000000 + i * 100, "tide", ""));
  SearchQuery q = Terms({{"tide"}});
  q.order = SearchOrder::kNewest;
  q.limit = 3;
  q.offset = 3;
  auto r = store_->Search(q);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->total, 7);
  ASSERT_EQ(r->articles.size(), 3u);
  EXPECT_EQ(r->articles[0].id, all[3]);
  q.offset = 6;
  r = store_->Search(q);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->articles.size(), 1u);
  EXPECT_EQ(r->articles[0].id, all[0]);
  q.offset = 100;
  r = store_->Search(q);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->articles.empty());
  EXPECT_EQ(r->total, 7);
}

// More matches than the store ranks by relevance at once (2,000): the
// total is reported as "more than 1,000", a headline hit among recent
// matches still leads, the
// section filter still applies, a page past the ranked window is served, and
// date order (which then walks the articles newest-first) stays exact.
TEST_F(SearchStore, LargeMatchSetsKeepTotalFilterAndDeepPages) {
  AddSource("alpha");
  constexpr int kArticles = 2'100;
  std::vector<Id> ids;
  for (int i = 0; i < kArticles; ++i)
    ids.push_back(Add("alpha", "/" + std::to_string(i), 1700000000 + i * 60, i == kArticles - 50 ? "tide" : "quay",
                      "tide water", i % 3 == 0 ? "sport" : "world"));
  SearchQuery q = Terms({{"tide"}});
  auto r = store_->Search(q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->total, 1'000);
  EXPECT_TRUE(r->total_is_lower_bound);
  ASSERT_EQ(r->articles.size(), 20u);
  EXPECT_EQ(r->articles[0].id, ids[kArticles - 50]);

  q.section = "sport";
  r = store_->Search(q);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->total, kArticles / 3);
  EXPECT_FALSE(r->total_is_lower_bound);
  for (const auto& a : r->articles) EXPECT_EQ(a.section, "sport");

  // Past the counted range the page is still served.
  q.section.clear();
  q.offset = kArticles - 10;
  r = store_->Search(q);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->total, 1'000);
  EXPECT_EQ(r->articles.size(), 10u);

  // Date order over a common term, with and without a filter.
  q.order = SearchOrder::kNewest;
  q.offset = 0;
  r = store_->Search(q);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->articles.size(), 20u);
  EXPECT_EQ(r->articles[0].id, ids[kArticles - 1]);
  EXPECT_EQ(r->articles[19].id, ids[kArticles - 20]);
  EXPECT_TRUE(r->total_is_lower_bound);
  q.section = "sport";
  q.offset = 1;
  r = store_->Search(q);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->total, kArticles / 3);
  ASSERT_EQ(r->articles.size(), 20u);
  // Sport articles are every third from the first; offset 1 skips the newest.
  EXPECT_EQ(r->articles[0].id, ids[kArticles - 6]);
  EXPECT_EQ(r->articles[1].id, ids[kArticles - 9]);
}

// Just past the counting cap: the total says "more than 1,000", every page
// up to and beyond it is served in order, and exactly 1,000 matches stay an
// exact count.
TEST_F(SearchStore, TotalIsCappedAndPagesPastTheCapAreServed) {
  AddSource("alpha");
  constexpr int kArticles = 1'030;
  std::vector<Id> ids;
  for (int i = 0; i < kArticles; ++i)
    ids.push_back(Add("alpha", "/" + std::to_string(i), 1700000000 + i * 60, i < 1'000 ? "harbour" : "jetty", "quay"));
  SearchQuery q = Terms({{"harbour", "jetty"}});
  q.order = SearchOrder::kNewest;
  q.limit = 20;
  q.offset = 1'000;
  auto r = store_->Search(q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->total, 1'000);
  EXPECT_TRUE(r->total_is_lower_bound);
  // Matches 1,001 to 1,020 of 1,030, newest first.
  ASSERT_EQ(r->articles.size(), 20u);
  EXPECT_EQ(r->articles[0].id, ids[29]);
  EXPECT_EQ(r->articles[19].id, ids[10]);

  q.order = SearchOrder::kRelevance;
  r = store_->Search(q);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->articles.size(), 20u);

  q.offset = 1'040;
  r = store_->Search(q);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->articles.empty());

  // Exactly 1,000 matches are still an exact count.
  q = Terms({{"harbour"}});
  r = store_->Search(q);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->total, 1'000);
  EXPECT_FALSE(r->total_is_lower_bound);
}

TEST_F(SearchStore, ReindexReplacesTerms) {
  AddSource("alpha");
  const Id id = Add("alpha", "/1", 1700000100, "eclips", "");
  SearchDocument doc;
  doc.headline = "comet";
  ASSERT_TRUE(store_->IndexArticleForSearch(id, doc).ok());
  EXPECT_TRUE(Ids(Terms({{"eclips"}})).empty());
  EXPECT_EQ(Ids(Terms({{"comet"}})), std::vector<Id>{id});
}

TEST_F(SearchStore, IndexingUnknownArticleIsNotFound) {
  SearchDocument doc;
  doc.headline = "x";
  EXPECT_EQ(store_->IndexArticleForSearch(424242, doc).code(), Status::Code::kNotFound);
}

TEST_F(SearchStore, CjkTermsMatch) {
  AddSource("alpha");
  const Id id = Add("alpha", "/1", 1700000100, "中国 经济 增长", "", "world", "zh");
  Add("alpha", "/2", 1700000200, "经济 政策", "", "world", "zh");
  EXPECT_EQ(Ids(Terms({{"中国"}, {"经济"}})), std::vector<Id>{id});
}

TEST_F(SearchStore, HostileTermsAreDataNotSyntax) {
  AddSource("alpha");
  const Id id = Add("alpha", "/1", 1700000100, "near or and not", "");
  const std::vector<std::string> hostile = {
      "\"",       "\"\"\"",   "*",        "NEAR(",        "NEAR(a b)", "OR",  "AND",
      "NOT",      "headline:x", "^x",     "'); DROP TABLE articles; --", "a\"b", "(", ")",
      std::string("nul\0byte", 8), std::string(5000, 'x'), "\xff\xfe\x80", "{headline body}:x",
      "-", "+", ":", "",
  };
  for (const auto& h : hostile) {
    auto r = store_->Search(Terms({{h}}));
    ASSERT_TRUE(r.ok()) << "term " << h << ": " << r.status().ToString();
  }
  // The words FTS5 would read as operators are ordinary terms when quoted.
  EXPECT_EQ(Ids(Terms({{"near"}, {"or"}})), std::vector<Id>{id});
  EXPECT_EQ(Ids(Terms({{"NOT"}})), std::vector<Id>{id});
  // Still there after the DROP attempt.
  EXPECT_TRUE(store_->GetArticle(id).ok());
}

TEST_F(SearchStore, ManyGroupsAreBounded) {
  AddSource("alpha");
  Add("alpha", "/1", 1700000100, "a", "");
  SearchQuery q;
  for (int i = 0; i < 5000; ++i) q.terms.push_back({"w" + std::to_string(i)});
  auto r = store_->Search(q);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->total, 0);
}

TEST_F(SearchStore, NoTermsMatchesNothing) {
  AddSource("alpha");
  Add("alpha", "/1", 1700000100, "a", "");
  auto r = store_->Search(SearchQuery{});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->total, 0);
  EXPECT_TRUE(r->articles.empty());
}

}  // namespace
}  // namespace bs::testing
