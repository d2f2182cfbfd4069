#include "organise/similarity.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <vector>

namespace bs {
namespace {

std::vector<WeightedKey> Vec(std::vector<std::uint32_t> keys) {
  std::vector<WeightedKey> v;
  for (std::uint32_t k : keys) v.push_back({k, 1.0f});
  return v;  // keys given in ascending order
}

TEST(StorySimilarityTest, CrossLanguageWordsThatMeetStronglyCount) {
  // Two texts in different languages whose entities barely meet but whose
  // words largely do (names and figures spelled alike) are one story.
  StoryVector a, b;
  a.terms = Vec({1, 2, 3, 4, 5, 6});
  b.terms = Vec({1, 2, 3, 7, 8, 9});
  a.entities = Vec({100, 101, 102, 103});
  b.entities = Vec({200, 201, 202, 203});
  const StoryEvidence cross = StorySimilarity(a, b, /*same_language=*/false);
  EXPECT_DOUBLE_EQ(cross.entity_cosine, 0.0);
  EXPECT_TRUE(IsSameStory(cross));
  // A weak word overlap alone is not enough across languages (one shared
  // word in 6 and 20: cosine 0.09).
  b.terms = Vec({1, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25});
  EXPECT_FALSE(IsSameStory(StorySimilarity(a, b, false)));
}

TEST(StorySimilarityTest, CrossLanguageEntitiesStillDecide) {
  StoryVector a, b;
  a.terms = Vec({1, 2, 3});
  b.terms = Vec({4, 5, 6});
  a.entities = Vec({100, 101, 102, 103});
  b.entities = Vec({100, 101, 202, 203});  // cosine 0.5
  EXPECT_TRUE(IsSameStory(StorySimilarity(a, b, false)));
  // One shared entity in 4 and 16: cosine 0.125.
  b.entities = Vec({100, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214,
                    215});
  EXPECT_FALSE(IsSameStory(StorySimilarity(a, b, false)));
}

TEST(StorySimilarityTest, SharedEntitiesCountForMoreAcrossScripts) {
  // One shared entity in 4 and 16 (cosine 0.125): chance between two
  // Latin-script languages, but a Chinese text shares only figures and
  // Latin-script names with an English one, so there it decides.
  StoryVector en, other;
  en.terms = Vec({1, 2, 3});
  other.terms = Vec({4, 5, 6});
  en.entities = Vec({100, 101, 102, 103});
  other.entities = Vec({100, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213,
                        214, 215});
  EXPECT_FALSE(IsSameStory(StorySimilarity(en, other, false)));
  other.caseless_script = true;
  EXPECT_TRUE(IsSameStory(StorySimilarity(en, other, false)));
  EXPECT_TRUE(IsSameStory(StorySimilarity(other, en, false)));
  EXPECT_TRUE(IsSameStory(StoryQuery(en).Similarity(other, false)));
  EXPECT_TRUE(IsSameStory(StoryQuery(other).Similarity(en, false)));
  // Within one language the words decide as before.
  EXPECT_FALSE(IsSameStory(StorySimilarity(en, other, true)));
}

TEST(StorySimilarityTest, CentroidIsCaselessOnlyWhileAllItsArticlesAre) {
  StoryVector zh, en, centroid;
  zh.terms = Vec({1});
  zh.caseless_script = true;
  en.terms = Vec({2});
  AccumulateCentroid(zh, 1.0f, &centroid);
  EXPECT_TRUE(centroid.caseless_script);
  AccumulateCentroid(zh, 1.0f, &centroid);
  EXPECT_TRUE(centroid.caseless_script);
  AccumulateCentroid(en, 1.0f, &centroid);
  EXPECT_FALSE(centroid.caseless_script);
}

TEST(StorySimilarityTest, QueryMatchesPairwiseScore) {
  StoryVector a, b;
  a.terms = Vec({1, 2, 3, 4});
  b.terms = Vec({2, 3, 9});
  a.entities = Vec({100, 101});
  b.entities = Vec({101, 300});
  a.pivot_is_terms = true;
  b.pivot = Vec({1, 2, 3, 4, 7, 8, 9, 10, 11});
  for (bool caseless : {false, true}) {
    b.caseless_script = caseless;
    for (bool same : {true, false}) {
      const StoryEvidence pair = StorySimilarity(a, b, same);
      const StoryEvidence query = StoryQuery(a).Similarity(b, same);
      EXPECT_DOUBLE_EQ(pair.score, query.score);
      EXPECT_DOUBLE_EQ(pair.pivot_cosine, query.pivot_cosine);
      const StoryEvidence back = StoryQuery(b).Similarity(a, same);
      EXPECT_DOUBLE_EQ(StorySimilarity(b, a, same).score, back.score);
    }
  }
}

// Full-size random vectors: the query's table then has keys that find
// their home slot and the next one taken, which must still score exactly as
// the pairwise merge does, sharing keys or not.
TEST(StorySimilarityTest, QueryMatchesPairwiseScoreOnFullVectors) {
  std::mt19937 rng(7);
  auto random_vector = [&](std::size_t n, std::uint32_t range) {
    std::set<std::uint32_t> keys;
    while (keys.size() < n) keys.insert(rng() % range);
    std::vector<WeightedKey> v;
    std::uniform_real_distribution<float> weight(0.01f, 1.0f);
    for (std::uint32_t k : keys) v.push_back({k, weight(rng)});
    return v;
  };
  int overlapping = 0;
  for (int trial = 0; trial < 500; ++trial) {
    StoryVector a, b;
    // A small key range makes the two vectors share many keys.
    const std::uint32_t range = trial % 2 == 0 ? 400 : 1u << 30;
    a.terms = random_vector(kArticleTopTerms, range);
    b.terms = random_vector(kCentroidTopTerms, range);
    a.entities = random_vector(kArticleTopEntities, range);
    b.entities = random_vector(kCentroidTopEntities, range);
    const StoryEvidence pair = StorySimilarity(a, b, true);
    const StoryEvidence query = StoryQuery(a).Similarity(b, true);
    ASSERT_EQ(pair.term_cosine, query.term_cosine) << "trial " << trial;
    ASSERT_EQ(pair.entity_cosine, query.entity_cosine) << "trial " << trial;
    ASSERT_EQ(pair.score, query.score) << "trial " << trial;
    overlapping += pair.term_cosine > 0.1 ? 1 : 0;
  }
  EXPECT_GT(overlapping, 150);  // the comparison covered real overlaps
}

TEST(StorySimilarityTest, TranslatedWordsDecideAcrossLanguages) {
  // An English text (pivot = its terms) and a translated one: no entities
  // or words in common, but half their translated words meet.
  StoryVector en, de;
  en.terms = Vec({1, 2, 3, 4, 5, 6});
  en.pivot_is_terms = true;
  de.terms = Vec({50, 51, 52, 53, 54, 55});
  de.pivot = Vec({1, 2, 3, 40, 41, 42});
  en.entities = Vec({100, 101});
  de.entities = Vec({200, 201});
  const StoryEvidence cross = StorySimilarity(en, de, /*same_language=*/false);
  EXPECT_DOUBLE_EQ(cross.pivot_cosine, 0.5);
  EXPECT_TRUE(IsSameStory(cross));
  EXPECT_TRUE(IsSameStory(StoryQuery(de).Similarity(en, false)));
  // One translated word in common of 6 and 16 is chance.
  de.pivot = Vec({1, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 60, 61, 62, 63, 64});
  EXPECT_FALSE(IsSameStory(StorySimilarity(en, de, false)));
  // The pivot is only for pairs in different languages.
  de.pivot = Vec({1, 2, 3, 4, 5, 6});
  EXPECT_DOUBLE_EQ(StorySimilarity(en, de, true).pivot_cosine, 0.0);
  EXPECT_FALSE(IsSameStory(StorySimilarity(en, de, true)));
}

TEST(StorySimilarityTest, CentroidPivotIsItsTermsUntilATranslatedArticleJoins) {
  StoryVector en, de, centroid;
  en.terms = Vec({1, 2});
  en.pivot_is_terms = true;
  de.terms = Vec({50});
  de.pivot = Vec({2, 3});
  AccumulateCentroid(en, 1.0f, &centroid);
  EXPECT_TRUE(centroid.pivot_is_terms);
  EXPECT_TRUE(centroid.pivot.empty());  // nothing stored for English stories
  AccumulateCentroid(de, 1.0f, &centroid);
  EXPECT_FALSE(centroid.pivot_is_terms);
  // English terms 1, 2 plus translated 2, 3.
  ASSERT_EQ(centroid.pivot.size(), 3u);
  EXPECT_FLOAT_EQ(centroid.pivot[1].weight, 2.0f);
  // An English article joining later adds its terms to the pivot.
  AccumulateCentroid(en, 1.0f, &centroid);
  EXPECT_FLOAT_EQ(centroid.pivot[0].weight, 2.0f);
  // A story that starts with a translated article has its own pivot.
  StoryVector other;
  AccumulateCentroid(de, 1.0f, &other);
  EXPECT_FALSE(other.pivot_is_terms);
  EXPECT_EQ(other.pivot.size(), 2u);
}

}  // namespace
}  // namespace bs
