#include "text/stem.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "text/stopwords.h"

namespace bs {
namespace {

TEST(StemTest, EnglishInflectionsShareAStem) {
  EXPECT_EQ(Stem("en", "negotiations"), Stem("en", "negotiated"));
  EXPECT_EQ(Stem("en", "running"), Stem("en", "runs"));
  EXPECT_EQ(Stem("en", "elections"), "elect");
}

TEST(StemTest, OtherLanguages) {
  EXPECT_EQ(Stem("de", "verhandlungen"), Stem("de", "verhandlung"));
  EXPECT_EQ(Stem("fr", "négociations"), Stem("fr", "négociation"));
  EXPECT_EQ(Stem("es", "elecciones"), Stem("es", "elección"));
  EXPECT_EQ(Stem("ru", "выборы"), Stem("ru", "выборов"));
  EXPECT_TRUE(HasStemmer("ar"));
  EXPECT_TRUE(HasStemmer("ms"));
}

TEST(StemTest, NoStemmerIsNoOp) {
  EXPECT_FALSE(HasStemmer("zh"));
  EXPECT_FALSE(HasStemmer(""));
  EXPECT_EQ(Stem("zh", "经济"), "经济");
  EXPECT_EQ(Stem("", "running"), "running");
  EXPECT_EQ(Stem("xx", "running"), "running");
}

TEST(StemTest, NumbersEmptyAndLongWordsUnchanged) {
  EXPECT_EQ(Stem("en", "2024"), "2024");
  EXPECT_EQ(Stem("en", ""), "");
  std::string longword(kMaxStemInputBytes + 1, 's');
  EXPECT_EQ(Stem("en", longword), longword);
}

TEST(StemTest, CacheReturnsSameAnswerAsFreshStem) {
  // Fill the per-thread cache with many words, then ask again.
  std::vector<std::string> first;
  for (int i = 0; i < 10000; ++i) first.push_back(Stem("en", "testing" + std::to_string(i) + "s"));
  for (int i = 0; i < 10000; ++i) EXPECT_EQ(Stem("en", "testing" + std::to_string(i) + "s"), first[i]);
  EXPECT_EQ(Stem("en", "negotiations"), Stem("en", "negotiations"));
}

TEST(StemTest, ThreadsStemIndependently) {
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &mismatches] {
      const char* lang = t % 2 ? "en" : "de";
      std::string want = Stem(lang, "zeitungen");
      for (int i = 0; i < 2000; ++i)
        if (Stem(lang, "zeitungen") != want) ++mismatches[t];
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(StopWordsTest, ListsExistAndMatchNormalisedForms) {
  for (const char* lang : {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "ar", "tr", "pl", "id",
                           "ms", "zh", "ja", "ko", "th"}) {
    EXPECT_GT(StopWordsFor(lang).size(), 20u) << lang;
  }
  EXPECT_TRUE(IsStopWord("en", "the"));
  EXPECT_TRUE(IsStopWord("en", "don't"));
  EXPECT_FALSE(IsStopWord("en", "parliament"));
  EXPECT_TRUE(IsStopWord("de", "dass"));
  EXPECT_TRUE(IsStopWord("de", "über"));
  EXPECT_TRUE(IsStopWord("zh", "的"));
  EXPECT_TRUE(IsStopWord("ja", "の"));
  EXPECT_TRUE(IsStopWord("th", "และ"));
  EXPECT_TRUE(IsStopWord("ru", "что"));
  EXPECT_FALSE(IsStopWord("xx", "the"));
  EXPECT_EQ(StopWordsFor("xx").size(), 0u);
}

}  // namespace
}  // namespace bs
