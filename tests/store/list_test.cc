#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store_fixture.h"

namespace bs::testing {
namespace {

class ListArticles : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    AddSource("alpha");
    AddSource("beta");
    // Ten articles: alternating sources, sections by thirds, regions by
    // halves. Even ones have a published time, odd ones only a fetch time,
    // so the order must interleave the two.
    for (int i = 0; i < 10; ++i) {
      std::optional<Timestamp> published;
      if (i % 2 == 0) published = 1000 + i * 10;
      Article a = MakeArticle(i % 2 == 0 ? "alpha" : "beta", "/a" + std::to_string(i), published);
      a.fetched_at = 1000 + i * 10;
      a.section = i % 3 == 0 ? "politics" : "world";
      a.region = i < 5 ? "south-asia" : "europe";
      ASSERT_TRUE(store_->UpsertArticle(a, MakeRaw(a)).ok());
    }
  }

  std::vector<std::string> Paths(const ArticleQuery& q) {
    std::vector<std::string> out;
    auto list = store_->ListArticles(q);
    EXPECT_TRUE(list.ok()) << list.status().ToString();
    if (!list.ok()) return out;
    for (const auto& a : *list) out.push_back(a.url.substr(a.url.rfind('/') + 1));
    return out;
  }
};

TEST_F(ListArticles, NewestFirstUsingFetchTimeWhenUnpublished) {
  ArticleQuery q;
  q.limit = 100;
  EXPECT_EQ(Paths(q), (std::vector<std::string>{"a9", "a8", "a7", "a6", "a5", "a4", "a3", "a2",
                                                "a1", "a0"}));
}

TEST_F(ListArticles, PublishedTimeWinsOverFetchTime) {
  Article old = MakeArticle("alpha", "/old-news", 10);
  old.fetched_at = 999999;  // fetched late, published long ago
  ASSERT_TRUE(store_->UpsertArticle(old, MakeRaw(old)).ok());
  ArticleQuery q;
  q.limit = 100;
  EXPECT_EQ(Paths(q).back(), "old-news");
}

TEST_F(ListArticles, TiesBreakByNewestId) {
  Article x = MakeArticle("alpha", "/tie-x", 5000);
  Article y = MakeArticle("alpha", "/tie-y", 5000);
  ASSERT_TRUE(store_->UpsertArticle(x, MakeRaw(x)).ok());
  ASSERT_TRUE(store_->UpsertArticle(y, MakeRaw(y)).ok());
  ArticleQuery q;
  q.limit = 2;
  EXPECT_EQ(Paths(q), (std::vector<std::string>{"tie-y", "tie-x"}));
}

TEST_F(ListArticles, Filters) {
  ArticleQuery q;
  q.limit = 100;
  q.section = "politics";
  EXPECT_EQ(Paths(q), (std::vector<std::string>{"a9", "a6", "a3", "a0"}));
  EXPECT_EQ(store_->CountArticles(q).value(), 4);

  q = ArticleQuery{};
  q.limit = 100;
  q.source = "beta";
  EXPECT_EQ(Paths(q), (std::vector<std::string>{"a9", "a7", "a5", "a3", "a1"}));
  EXPECT_EQ(store_->CountArticles(q).value(), 5);

  q = ArticleQuery{};
  q.limit = 100;
  q.region = "europe";
  q.section = "world";
  q.source = "alpha";
  EXPECT_EQ(Paths(q), (std::vector<std::string>{"a8"}));
  EXPECT_EQ(store_->CountArticles(q).value(), 1);

  q.source = "no-such-source";
  EXPECT_TRUE(Paths(q).empty());
  EXPECT_EQ(store_->CountArticles(q).value(), 0);
}

TEST_F(ListArticles, Pagination) {
  ArticleQuery q;
  q.limit = 4;
  EXPECT_EQ(Paths(q), (std::vector<std::string>{"a9", "a8", "a7", "a6"}));
  q.offset = 4;
  EXPECT_EQ(Paths(q), (std::vector<std::string>{"a5", "a4", "a3", "a2"}));
  q.offset = 8;
  EXPECT_EQ(Paths(q), (std::vector<std::string>{"a1", "a0"}));
  q.offset = 12;
  EXPECT_TRUE(Paths(q).empty());
  // Count ignores paging.
  EXPECT_EQ(store_->CountArticles(q).value(), 10);
}

TEST_F(ListArticles, OutOfRangePagingIsClamped) {
  ArticleQuery q;
  q.limit = -5;
  EXPECT_TRUE(Paths(q).empty());
  q.limit = 1 << 30;
  q.offset = -3;
  EXPECT_EQ(Paths(q).size(), 10u);
}

TEST_F(ListArticles, DefaultQueryReturnsTwenty) {
  for (int i = 0; i < 25; ++i) {
    Article a = MakeArticle("alpha", "/more" + std::to_string(i));
    ASSERT_TRUE(store_->UpsertArticle(a, MakeRaw(a)).ok());
  }
  EXPECT_EQ(store_->ListArticles(ArticleQuery{}).value().size(), 20u);
  EXPECT_EQ(store_->CountArticles(ArticleQuery{}).value(), 35);
}

TEST_F(ListArticles, SourceItemCountsAreComputed) {
  EXPECT_EQ(store_->GetSource("alpha").value().item_count, 5);
  EXPECT_EQ(store_->GetSource("beta").value().item_count, 5);
}

TEST_F(ListArticles, FilteredQueriesUseAnIndex) {
  // Guards the v2 indexes against a change to the ORDER BY expression.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  std::unique_ptr<sqlite3, DbCloser> owner(db);
  const std::pair<const char*, const char*> cases[] = {
      {"", "articles_by_time"},
      {" WHERE a.section = ?", "articles_by_section"},
      {" WHERE a.region = ?", "articles_by_region"},
      {" WHERE a.source_id = (SELECT id FROM sources WHERE slug = ?)", "articles_by_source"},
  };
  for (const auto& [where, index] : cases) {
    std::string sql = std::string("EXPLAIN QUERY PLAN SELECT a.id FROM articles a") + where +
                      " ORDER BY COALESCE(a.published, a.fetched_at) DESC, a.id DESC";
    sqlite3_stmt* st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK);
    std::string plan;
    while (sqlite3_step(st) == SQLITE_ROW)
      plan += reinterpret_cast<const char*>(sqlite3_column_text(st, 3)) + std::string("\n");
    sqlite3_finalize(st);
    EXPECT_NE(plan.find(index), std::string::npos) << plan;
    EXPECT_EQ(plan.find("TEMP B-TREE"), std::string::npos) << plan;
  }
}

}  // namespace
}  // namespace bs::testing
