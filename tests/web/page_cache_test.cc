#include "web/page_cache.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace bs::web {
namespace {

std::shared_ptr<const PreparedBody> Page(const std::string& s) {
  return PrepareBody("text/plain; charset=utf-8", "public", s);
}

TEST(PageCache, HitsWithinAVersionAndDropsOnChange) {
  PageCache c;
  EXPECT_EQ(c.Get("front", 1), nullptr);
  c.Put("front", 1, Page("v1"));
  auto hit = c.Get("front", 1);
  ASSERT_NE(hit, nullptr);
  EXPECT_EQ(hit->identity, "v1");
  EXPECT_EQ(c.Get("front", 2), nullptr) << "a new data version empties the cache";
  EXPECT_EQ(c.size(), 0u);
  c.Put("front", 2, Page("v2"));
  EXPECT_EQ(c.Get("front", 2)->identity, "v2");
  // A render that raced with a change and carries the old version must not
  // be served under the new one.
  c.Put("article:1", 1, Page("old"));
  EXPECT_EQ(c.Get("article:1", 2), nullptr);
}

TEST(PageCache, RemembersTheThreadsAPageShows) {
  PageCache c;
  EXPECT_EQ(c.Threads("river", 1), nullptr);
  c.Put("river", 1, Page("r"), /*part=*/5, {3, 4});
  auto threads = c.Threads("river", 1);
  ASSERT_NE(threads, nullptr);
  EXPECT_EQ(*threads, (std::vector<Id>{3, 4}));
  EXPECT_NE(c.Get("river", 1, 5), nullptr);
  EXPECT_EQ(c.Get("river", 1, 6), nullptr) << "a thread moved: the page is stale";
  EXPECT_EQ(c.Threads("river", 2), nullptr) << "another data version";
  c.Put("front", 2, Page("f"));
  EXPECT_EQ(c.Threads("front", 2), nullptr) << "a page without threads";
}

TEST(PageCache, StaysBoundedInEntries) {
  PageCache c;
  for (int i = 0; i < 10'000; ++i) c.Put("k" + std::to_string(i), 7, Page("x"));
  EXPECT_LE(c.size(), 4096u);
  EXPECT_GT(c.size(), 0u);
}

TEST(PageCache, ConcurrentUse) {
  PageCache c;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&c, t] {
      for (int i = 0; i < 2000; ++i) {
        const std::int64_t version = i / 500;
        const std::string key = "k" + std::to_string(i % 50);
        if (auto p = c.Get(key, version)) {
          EXPECT_EQ(p->identity, key + "@" + std::to_string(version));
        } else {
          c.Put(key, version, Page(key + "@" + std::to_string(version)));
        }
      }
    });
  }
  for (auto& th : threads) th.join();
}

}  // namespace
}  // namespace bs::web
