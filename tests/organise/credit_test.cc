#include "organise/credit.h"

#include <gtest/gtest.h>

#include <string>

#include "organise/features.h"

namespace bs {
namespace {

TEST(CreditTest, FindsCommonCreditLines) {
  EXPECT_EQ(FindCreditedSource("Body.\n\nThis article first appeared in The Harbour Post. It is "
                               "republished here."),
            "harbour-post");
  EXPECT_EQ(FindCreditedSource("(Via Gulf Daily)\n\nBody text."), "gulf-daily");
  EXPECT_EQ(FindCreditedSource("Body.\n\nThis story was originally published by Coast Times."),
            "coast-times");
  EXPECT_EQ(FindCreditedSource("Body.\n\n— The Island Star/Asia News Network"), "island-star");
  EXPECT_EQ(FindCreditedSource("This article first appeared in Pearl River Ledger and is part of "
                               "a partnership."),
            "pearl-river-ledger");
  EXPECT_EQ(FindCreditedSource("（本文转载自《海港日报》）正文。"), "海港日报");
  EXPECT_EQ(FindCreditedSource("An ordinary article with no credit at all."), "");
  EXPECT_EQ(FindCreditedSource(""), "");
}

TEST(CreditTest, ScansOnlyTheEndsOfHugeTexts) {
  std::string big(2 * 1024 * 1024, 'a');
  EXPECT_EQ(FindCreditedSource(big + "\n\n(Via Coast Times)"), "coast-times");
  std::string middle = big + "(Via Coast Times)" + big;
  EXPECT_EQ(FindCreditedSource(middle), "");
}

TEST(CreditTest, NormalisesNames) {
  EXPECT_EQ(NormaliseSourceName("The Harbour  Herald"), "harbour-herald");
  EXPECT_EQ(NormaliseSourceName("harbour-herald"), "harbour-herald");
  EXPECT_EQ(NormaliseSourceName("  "), "");
}

TEST(FeaturesTest, EntitiesMeetAcrossInflectionAndNumberFormats) {
  std::vector<std::uint32_t> en, de;
  ExtractEntities("The Philippines said 50,000 people left Manila.", "en", &en);
  ExtractEntities("Die Philippinen meldeten 50.000 Menschen aus Manila.", "de", &de);
  std::sort(en.begin(), en.end());
  std::sort(de.begin(), de.end());
  std::vector<std::uint32_t> common;
  std::set_intersection(en.begin(), en.end(), de.begin(), de.end(), std::back_inserter(common));
  EXPECT_EQ(common.size(), 3u);  // philip-, 50000, manila
  std::vector<std::uint32_t> none;
  // Short lowercase words are neither entities nor anchors.
  ExtractEntities("all plain words and no numbers", "en", &none);
  EXPECT_TRUE(none.empty());
}

std::vector<std::uint32_t> Common(std::string_view a, std::string_view lang_a,
                                  std::string_view b, std::string_view lang_b) {
  std::vector<std::uint32_t> x, y, common;
  ExtractEntities(a, lang_a, &x);
  ExtractEntities(b, lang_b, &y);
  std::sort(x.begin(), x.end());
  std::sort(y.begin(), y.end());
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
  return common;
}

TEST(FeaturesTest, EntitiesMeetAcrossAccentsAndScripts) {
  // erdoga-, ankara
  EXPECT_EQ(Common("Erdoğan spoke in Ankara.", "tr", "Erdogan visited Ankara.", "en").size(), 2u);
  // putin, moskva (six-letter keys: an inflected "Москву" would not meet)
  EXPECT_EQ(Common("Путин прибыл. Москва ждёт.", "ru", "Putin arrived in Moskva.", "en").size(), 2u);
  EXPECT_TRUE(Common("Путин прибыл.", "ru", "Paris waited.", "en").empty());
}

TEST(FeaturesTest, LongWordsAnchorRelatedLanguages) {
  // "pandemia"/"pandemie" and "coronavirus" meet; short words do not count.
  EXPECT_EQ(Common("la pandemia del coronavirus", "es", "die Pandemie und das Coronavirus", "de")
                .size(),
            2u);
  std::vector<std::uint32_t> none;
  ExtractEntities("a cat sat on the mat", "en", &none);
  EXPECT_TRUE(none.empty());
}

TEST(FeaturesTest, LowercaseSkipDoesNotBreakCapitalisedNamesAfterIt) {
  // Mixed-case parsing: the name after long lowercase words still counts.
  EXPECT_EQ(Common("yesterday afternoon Valparaiso", "en", "Valparaíso", "es").size(), 1u);
}

}  // namespace
}  // namespace bs
