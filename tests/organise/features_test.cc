#include "organise/features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "text/analyzer.h"
#include "text/bilingual_dictionary.h"

namespace bs {
namespace {

std::vector<std::uint32_t> Keys(const std::vector<KeyCount>& counts) {
  std::vector<std::uint32_t> out;
  for (const KeyCount& c : counts) out.push_back(c.key);
  std::sort(out.begin(), out.end());
  return out;
}

std::size_t CommonCount(const std::vector<KeyCount>& a, const std::vector<KeyCount>& b) {
  std::vector<std::uint32_t> x = Keys(a), y = Keys(b), common;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
  return common.size();
}

std::vector<std::uint32_t> Entities(std::string_view text) {
  std::vector<std::uint32_t> keys;
  ExtractEntities(text, "en", &keys);
  return keys;
}

TEST(FeaturesTest, EntityPrefixKeepsCloseButDistinctNamesApart) {
  // Six letters: a name and a longer name sharing its first five stay apart,
  // while inflected forms of one long name still meet.
  EXPECT_NE(Entities("Paris"), Entities("Parish"));
  EXPECT_NE(Entities("Maria"), Entities("Mariana"));
  EXPECT_EQ(Entities("Ukraine"), Entities("Ukrainian"));
}

TEST(FeaturesTest, InflectedWordsOfUnstemmedLanguagesShareTermKeys) {
  // Polish has no stemmer: "wyborach", "wyborów" and "wybory" differ only in
  // their endings, as do "komisji"/"komisja" and "głosowania"/"głosowanie".
  const Analyzer analyzer;
  const ArticleFeatures a =
      ComputeFeatures(analyzer, "", "Komisja ogłosiła wyniki: wybory i głosowanie.", "pl");
  const ArticleFeatures b =
      ComputeFeatures(analyzer, "", "Po wyborach komisji zarzucono błędy w głosowania.", "pl");
  EXPECT_GE(CommonCount(a.terms, b.terms), 3u);
}

TEST(FeaturesTest, DictionarySegmentedWordsAreNotCut) {
  // Chinese words do not inflect: cutting them would only merge distinct
  // words, so two texts without a common word share no term key.
  const Analyzer analyzer;
  const ArticleFeatures a = ComputeFeatures(analyzer, "", "政府宣布新的经济刺激计划。", "zh");
  const ArticleFeatures b = ComputeFeatures(analyzer, "", "球队赢得了冠军奖杯。", "zh");
  EXPECT_FALSE(a.terms.empty());
  EXPECT_EQ(CommonCount(a.terms, b.terms), 0u);
}

TEST(FeaturesTest, DuplicateKeysKeepWholeWordsInUnstemmedLanguages) {
  // Only the story terms are cut: the exact-copy key still tells two texts
  // apart that differ in word endings alone.
  const Analyzer analyzer;
  const std::string base = "Komisja wyborcza ogłosiła dziś wstępne wyniki głosowania w ";
  const ArticleFeatures a = ComputeFeatures(analyzer, "", base + "wyborach.", "pl");
  const ArticleFeatures b = ComputeFeatures(analyzer, "", base + "wyborów.", "pl");
  EXPECT_NE(a.body_hash, b.body_hash);
  EXPECT_EQ(CommonCount(a.terms, b.terms), a.terms.size());
}

TEST(FeaturesTest, TellsScriptsWithoutLatinKeys) {
  const Analyzer analyzer;
  EXPECT_TRUE(ComputeFeatures(analyzer, "", "政府宣布新的经济刺激计划，预计 2026 年实施。", "zh")
                  .caseless_script);
  EXPECT_TRUE(ComputeFeatures(analyzer, "", "أعلنت الحكومة خطة اقتصادية جديدة اليوم", "ar")
                  .caseless_script);
  // Cyrillic and Greek names have Latin keys (transliteration).
  EXPECT_FALSE(ComputeFeatures(analyzer, "", "Правительство объявило новый план.", "ru")
                   .caseless_script);
  EXPECT_FALSE(ComputeFeatures(analyzer, "", "The government announced a new plan.", "en")
                   .caseless_script);
}

TEST(FeaturesTest, EnglishPivotIsItsTermsOthersAreTranslated) {
  const Analyzer analyzer;
  const ArticleFeatures en =
      ComputeFeatures(analyzer, "Flood", "The river flooded the old town overnight.", "en");
  EXPECT_TRUE(en.pivot_is_terms);
  EXPECT_TRUE(en.pivot.empty());
  // A language without a bilingual dictionary has no pivot.
  const ArticleFeatures zh = ComputeFeatures(analyzer, "", "政府宣布新的经济刺激计划。", "zh");
  EXPECT_FALSE(zh.pivot_is_terms);
  EXPECT_TRUE(zh.pivot.empty());
  // Where one is installed, translated words meet the English text's terms.
  const ArticleFeatures de = ComputeFeatures(
      analyzer, "Hochwasser", "Der Fluss hat die Altstadt in der Nacht überflutet.", "de");
  if (EnglishPivot("de") == nullptr) GTEST_SKIP() << "no German-English dictionary installed";
  EXPECT_FALSE(de.pivot.empty());
  EXPECT_GE(CommonCount(en.terms, de.pivot), 1u);
}

}  // namespace
}  // namespace bs
