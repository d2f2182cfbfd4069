#include "organise/posting_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <vector>

namespace bs {
namespace {

std::vector<std::uint32_t> Get(const PostingIndex& index, std::uint32_t key) {
  const std::vector<std::uint32_t>* list = index.Find(key);
  return list == nullptr ? std::vector<std::uint32_t>{} : *list;
}

TEST(PostingIndexTest, ListsStoriesOncePerKeyOldestFirst) {
  PostingIndex index;
  index.Post(7, 1, 4);
  index.Post(7, 2, 4);
  index.Post(7, 1, 4);  // already listed
  index.Post(9, 2, 4);
  EXPECT_EQ(Get(index, 7), (std::vector<std::uint32_t>{1, 2}));
  EXPECT_EQ(Get(index, 9), (std::vector<std::uint32_t>{2}));
  EXPECT_EQ(index.Find(8), nullptr);
  EXPECT_EQ(index.size(), 2u);
}

TEST(PostingIndexTest, FullListDropsItsOldest) {
  PostingIndex index;
  for (std::uint32_t s = 1; s <= 5; ++s) index.Post(3, s, 3);
  EXPECT_EQ(Get(index, 3), (std::vector<std::uint32_t>{3, 4, 5}));
}

// Many keys force the table to grow, and removals force rebuilds; every list
// must survive both, compared with a plain map doing the same.
TEST(PostingIndexTest, AgreesWithAMapThroughGrowthAndRemoval) {
  PostingIndex index;
  std::map<std::uint32_t, std::vector<std::uint32_t>> expected;
  std::uint64_t x = 12345;
  for (std::uint32_t story = 0; story < 5000; ++story) {
    for (int k = 0; k < 4; ++k) {
      x = x * 6364136223846793005ull + 1442695040888963407ull;
      // Keys 0 and 1 included: no key value may be reserved.
      const auto key = static_cast<std::uint32_t>((x >> 33) % 3000);
      index.Post(key, story, 8);
      std::vector<std::uint32_t>& e = expected[key];
      if (std::find(e.begin(), e.end(), story) != e.end()) continue;
      if (e.size() >= 8) e.erase(e.begin());
      e.push_back(story);
    }
    if (story % 1000 == 999) {
      auto drop = [&](std::uint32_t s) { return s % 3 == 0 || s + 2000 < story; };
      index.EraseIf(drop);
      for (auto it = expected.begin(); it != expected.end();) {
        std::erase_if(it->second, drop);
        it = it->second.empty() ? expected.erase(it) : std::next(it);
      }
    }
  }
  EXPECT_EQ(index.size(), expected.size());
  for (std::uint32_t key = 0; key < 3000; ++key) {
    auto it = expected.find(key);
    EXPECT_EQ(Get(index, key), it == expected.end() ? std::vector<std::uint32_t>{} : it->second)
        << key;
  }
  EXPECT_GT(index.MemoryBytes(), 0u);
}

TEST(PostingIndexTest, RemovingEverythingLeavesAnEmptyIndex) {
  PostingIndex index;
  for (std::uint32_t k = 0; k < 1000; ++k) index.Post(k, k, 4);
  index.EraseIf([](std::uint32_t) { return true; });
  EXPECT_EQ(index.size(), 0u);
  EXPECT_EQ(index.Find(5), nullptr);
  index.Post(5, 1, 4);
  EXPECT_EQ(Get(index, 5), (std::vector<std::uint32_t>{1}));
}

}  // namespace
}  // namespace bs
