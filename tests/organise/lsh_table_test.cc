#include "organise/lsh_table.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <vector>

namespace bs {
namespace {

std::vector<std::uint32_t> Sorted(const LshTable& t, std::uint64_t key) {
  std::vector<std::uint32_t> out;
  t.Find(key, 1000, &out);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(LshTableTest, FindsValuesUnderTheirKeyUpToALimit) {
  LshTable t;
  for (std::uint32_t v = 0; v < 10; ++v) t.Insert(42, v);
  t.Insert(43, 99);
  EXPECT_EQ(Sorted(t, 43), (std::vector<std::uint32_t>{99}));
  EXPECT_EQ(Sorted(t, 42).size(), 10u);
  std::vector<std::uint32_t> few;
  t.Find(42, 3, &few);
  EXPECT_EQ(few.size(), 3u);
  EXPECT_TRUE(Sorted(t, 44).empty());
}

// Growth and many removals (as articles leave the duplicate window) must
// never lose or resurrect an entry; a plain multimap is the reference.
TEST(LshTableTest, AgreesWithAMultimapThroughGrowthAndRemoval) {
  LshTable t;
  std::map<std::uint64_t, std::multiset<std::uint32_t>> expected;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> live;
  std::uint64_t x = 7;
  auto next = [&] { return x = x * 6364136223846793005ull + 1442695040888963407ull; };
  for (std::uint32_t v = 0; v < 40000; ++v) {
    // Few distinct keys, so probe chains are long and full of equal keys.
    // Spread over 64 bits, as band keys are: keys that fold to the same 32
    // bits share a bucket by design.
    const std::uint64_t key = (next() % 5000 + 1) * 0x9E3779B97F4A7C15ull;
    t.Insert(key, v);
    expected[key].insert(v);
    live.push_back({key, v});
    if (v % 3 == 0 && live.size() > 100) {
      const std::size_t i = static_cast<std::size_t>(next() % live.size());
      auto [k, val] = live[i];
      live[i] = live.back();
      live.pop_back();
      t.Erase(k, val);
      expected[k].erase(expected[k].find(val));
    }
  }
  EXPECT_EQ(t.size(), live.size());
  for (const auto& [key, values] : expected) {
    EXPECT_EQ(Sorted(t, key), std::vector<std::uint32_t>(values.begin(), values.end())) << key;
  }
  // Erasing what is not there changes nothing.
  t.Erase(1, 123456789);
  EXPECT_EQ(t.size(), live.size());
}

}  // namespace
}  // namespace bs
