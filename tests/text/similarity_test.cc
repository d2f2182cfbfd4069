#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/analyzer.h"
#include "text/minhash.h"
#include "text/shingles.h"
#include "text/simhash.h"

namespace bs {
namespace {

const char kStory[] =
    "Flood defences along the river were raised overnight as forecasters warned of further "
    "heavy rain across the valley. Hundreds of homes were evacuated and schools in three towns "
    "stayed closed while engineers inspected the embankments. The regional authority said "
    "emergency shelters had enough beds for everyone who needed one, and urged drivers to avoid "
    "the flooded roads near the old bridge until the water level began to fall.";

// The same story lightly edited, as a second outlet might run it.
const char kEdited[] =
    "Flood defences along the river were raised overnight after forecasters warned of more "
    "heavy rain across the valley. Hundreds of homes were evacuated and schools in three towns "
    "stayed shut while engineers inspected the embankments. The regional authority said "
    "emergency shelters had enough beds for everyone who needed one, and urged drivers to avoid "
    "the flooded roads near the old bridge until the water level began to fall.";

const char kOther[] =
    "The national orchestra opened its season with a programme of new works by young "
    "composers, drawing a full house to the concert hall. Critics praised the percussion "
    "section and the bold staging, though some listeners found the second half too long. The "
    "conductor said the orchestra would tour five cities in the spring and record an album.";

std::vector<std::string> Terms(const char* text) { return Analyzer().Analyze(text).terms; }

TEST(ShingleTest, CountAndOrderSensitivity) {
  std::vector<std::string> t = {"a", "b", "c", "d"};
  EXPECT_EQ(ShingleHashes(t, 2).size(), 3u);
  EXPECT_EQ(ShingleHashes(t, 1).size(), 4u);
  EXPECT_EQ(ShingleHashes({"a", "b"}, 3).size(), 1u);  // short text: one shingle
  EXPECT_TRUE(ShingleHashes({}, 3).empty());
  EXPECT_NE(ShingleHashes({"a", "b"}, 2), ShingleHashes({"b", "a"}, 2));
  EXPECT_EQ(ShingleHashes(t, 0).size(), 4u);    // clamped to 1
  EXPECT_EQ(ShingleHashes(t, 999).size(), 1u);  // clamped, then one window
}

TEST(ShingleTest, HashesAreStableAcrossReleases) {
  // Persisted values: this must only change with a migration.
  EXPECT_EQ(TermHash("flood"), 0xa83e8e8f78024606ull);
  std::vector<std::uint64_t> h = ShingleHashes({"flood", "river"}, 2);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0], 0x91a7e8ebcb5b86c9ull);
  EXPECT_EQ(MinHashSignature(h, 2), (std::vector<std::uint32_t>{0xeb49ae1bu, 0xe72bfd0cu}));
}

TEST(ShingleTest, FromTermHashesEqualsFromTerms) {
  const std::vector<std::string> terms = {"harbour", "pilot", "strike", "ship", "anchor", "pay"};
  std::vector<std::uint64_t> hashes;
  for (const std::string& t : terms) hashes.push_back(TermHash(t));
  for (int k : {1, 3, 4, 9}) EXPECT_EQ(ShingleHashesOf(hashes, k), ShingleHashes(terms, k)) << k;
  EXPECT_TRUE(ShingleHashesOf({}, 4).empty());
}

TEST(SimilarityTest, NearDuplicatesScoreHighUnrelatedLow) {
  auto a = ShingleHashes(Terms(kStory), 3);
  auto b = ShingleHashes(Terms(kEdited), 3);
  auto c = ShingleHashes(Terms(kOther), 3);

  EXPECT_GT(ExactJaccard(a, b), 0.6);
  EXPECT_LT(ExactJaccard(a, c), 0.05);

  auto sa = MinHashSignature(a, 128), sb = MinHashSignature(b, 128), sc = MinHashSignature(c, 128);
  EXPECT_EQ(sa.size(), 128u);
  EXPECT_GT(EstimateJaccard(sa, sb), 0.5);
  EXPECT_LT(EstimateJaccard(sa, sc), 0.1);
  EXPECT_NEAR(EstimateJaccard(sa, sb), ExactJaccard(a, b), 0.15);
  EXPECT_EQ(EstimateJaccard(sa, sa), 1.0);

  auto ha = SimHash(ShingleHashes(Terms(kStory), 1));
  auto hb = SimHash(ShingleHashes(Terms(kEdited), 1));
  auto hc = SimHash(ShingleHashes(Terms(kOther), 1));
  EXPECT_LE(HammingDistance(ha, hb), 8);
  EXPECT_GE(HammingDistance(ha, hc), 16);
  EXPECT_GT(SimHashSimilarity(ha, hb), SimHashSimilarity(ha, hc));
  EXPECT_EQ(SimHashTerms(Terms(kStory)), ha);
}

TEST(SimilarityTest, EmptyInputsAreNotSimilar) {
  EXPECT_EQ(SimHash({}), 0u);
  auto empty = MinHashSignature({}, 64);
  EXPECT_EQ(empty.size(), 64u);
  EXPECT_EQ(EstimateJaccard(empty, empty), 0.0);
  EXPECT_EQ(EstimateJaccard({}, {}), 0.0);
  EXPECT_EQ(ExactJaccard({}, {}), 0.0);
}

TEST(MinHashTest, BoundsAndPrefixCompatibility) {
  std::vector<std::uint64_t> s = {1, 2, 3, 4, 5};
  EXPECT_EQ(MinHashSignature(s, 0).size(), 1u);
  EXPECT_EQ(MinHashSignature(s, 100000).size(), static_cast<std::size_t>(kMaxMinHashPermutations));
  auto s64 = MinHashSignature(s, 64);
  auto s128 = MinHashSignature(s, 128);
  EXPECT_TRUE(std::equal(s64.begin(), s64.end(), s128.begin()));
  EXPECT_EQ(EstimateJaccard(s64, s128), 1.0);
  // Duplicates do not change a set's signature.
  EXPECT_EQ(MinHashSignature({1, 1, 2, 2, 3, 4, 5}, 64), s64);
}

}  // namespace
}  // namespace bs

namespace bs {
namespace {

// SimHash as Charikar describes it, written the plain way: the optimised
// version must agree bit for bit.
std::uint64_t ReferenceSimHash(const std::vector<std::uint64_t>& features) {
  if (features.empty()) return 0;
  long tally[64] = {};
  for (std::uint64_t f : features) {
    std::uint64_t h = Mix64(f);
    for (int b = 0; b < 64; ++b) tally[b] += (h >> b) & 1 ? 1 : -1;
  }
  std::uint64_t out = 0;
  for (int b = 0; b < 64; ++b)
    if (tally[b] > 0) out |= std::uint64_t{1} << b;
  return out;
}

TEST(SimHashTest, MatchesReference) {
  std::vector<std::uint64_t> f;
  for (std::uint64_t i = 0; i < 500; ++i) {
    f.push_back(Mix64(i * 7919));
    EXPECT_EQ(SimHash(f), ReferenceSimHash(f)) << i;
  }
  EXPECT_EQ(SimHash({42}), Mix64(42));  // one feature: its own bits
}

}  // namespace
}  // namespace bs
