#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "store_fixture.h"

namespace bs::testing {
namespace {

using Concurrency = StoreTest;

// Four threads write overlapping articles, read lists and record health at
// once. Afterwards every article is present exactly once and the file is
// intact.
TEST_F(Concurrency, FourThreadsSharingOneStore) {
  AddSource("alpha");
  AddSource("beta");
  constexpr int kThreads = 4;
  constexpr int kPerThread = 60;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        // Half the URLs are shared between thread pairs, so upserts race on
        // the same rows.
        const int n = (i % 2 == 0) ? i : t * 1000 + i;
        Article a = MakeArticle(n % 2 == 0 ? "alpha" : "beta", "/c" + std::to_string(n));
        if (!store_->UpsertArticle(a, MakeRaw(a)).ok()) ++failures;
        ArticleQuery q;
        q.limit = 5;
        if (!store_->ListArticles(q).ok()) ++failures;
        if (!store_->RecordSourceFetch(t % 2 == 0 ? "alpha" : "beta", {i, 200, ""}).ok())
          ++failures;
        if (!store_->DataVersion().ok()) ++failures;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);

  // Shared even numbers: 30 distinct; private odd ones: 30 per thread.
  const int expected = kPerThread / 2 + kThreads * (kPerThread / 2);
  ArticleQuery all;
  all.limit = 1000;
  EXPECT_EQ(store_->CountArticles(all).value(), expected);
  EXPECT_EQ(static_cast<int>(store_->ListArticles(all).value().size()), expected);
  EXPECT_EQ(static_cast<int>(store_->ListRawPageUrls().value().size()), expected);
  auto sources = store_->ListSources().value();
  EXPECT_EQ(sources[0].item_count + sources[1].item_count, expected);

  store_.reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  std::unique_ptr<sqlite3, DbCloser> owner(db);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "ok");
  sqlite3_finalize(st);
}

// Two stores on one file behave like two processes: WAL and the busy
// timeout let both write without "database is locked" errors.
TEST_F(Concurrency, TwoConnectionsOnOneFile) {
  AddSource("alpha");
  auto second = Open();
  ASSERT_NE(second, nullptr);
  std::atomic<int> failures{0};
  auto writer = [&](Store* s, int base) {
    for (int i = 0; i < 40; ++i) {
      Article a = MakeArticle("alpha", "/w" + std::to_string(base + i));
      auto r = s->UpsertArticle(a, MakeRaw(a));
      if (!r.ok()) {
        ++failures;
        ADD_FAILURE() << r.status().ToString();
      }
    }
  };
  std::thread t1(writer, store_.get(), 0);
  std::thread t2(writer, second.get(), 1000);
  t1.join();
  t2.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(store_->CountArticles(ArticleQuery{}).value(), 80);
  EXPECT_EQ(second->CountArticles(ArticleQuery{}).value(), 80);
}

}  // namespace
}  // namespace bs::testing
