#include "text/analyzer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "text/normalize.h"

namespace bs {
namespace {

bool Has(const std::vector<std::string>& v, const std::string& w) {
  return std::find(v.begin(), v.end(), w) != v.end();
}

const char kEnglish[] =
    "Negotiations between the rail unions and the operators resumed on Monday. The unions said "
    "they had negotiated in good faith and that the strikes planned for December would go ahead "
    "unless the operators improved their offer.";

TEST(AnalyzerTest, EnglishTermsAreStemmedWithoutStopWords) {
  AnalyzedText a = Analyzer().Analyze(kEnglish);
  EXPECT_EQ(a.language, "en");
  EXPECT_TRUE(a.language_reliable);
  EXPECT_FALSE(a.truncated);
  EXPECT_FALSE(Has(a.terms, "the"));
  EXPECT_FALSE(Has(a.terms, "and"));
  EXPECT_TRUE(Has(a.terms, "negoti"));
  EXPECT_EQ(std::count(a.terms.begin(), a.terms.end(), "negoti"), 2);
  EXPECT_TRUE(Has(a.terms, "union"));
  EXPECT_GT(a.token_count, a.terms.size());
}

TEST(AnalyzerTest, OptionsTurnStepsOff) {
  AnalyzedText a = Analyzer(AnalyzerOptions{false, false}).Analyze(kEnglish);
  EXPECT_TRUE(Has(a.terms, "the"));
  EXPECT_TRUE(Has(a.terms, "negotiations"));
  EXPECT_EQ(a.terms.size(), a.token_count);
}

TEST(AnalyzerTest, FrenchElisionIsStripped) {
  AnalyzedText a = Analyzer().AnalyzeAs("L'économie de l'Europe", "fr");
  AnalyzedText b = Analyzer().AnalyzeAs("économie Europe", "fr");
  EXPECT_EQ(a.terms, b.terms);
}

TEST(AnalyzerTest, ChineseDropsFunctionWords) {
  AnalyzedText a = Analyzer().Analyze("政府的新政策已经在全国范围内实施了，市场的反应非常积极。");
  EXPECT_EQ(a.language, "zh");
  EXPECT_FALSE(Has(a.terms, "的"));
  EXPECT_TRUE(Has(a.terms, "政府"));
}

TEST(AnalyzerTest, HintUsedWhenDetectionUnsure) {
  AnalyzedText a = Analyzer().Analyze("Wahlen", "de");
  EXPECT_EQ(a.language, "de");
}

TEST(AnalyzerTest, AnalyzeAsForcesLanguage) {
  AnalyzedText q = Analyzer().AnalyzeAs("Negotiations", "en");
  EXPECT_EQ(q.language, "en");
  EXPECT_FALSE(q.language_reliable);
  EXPECT_EQ(q.terms, std::vector<std::string>{"negoti"});
  AnalyzedText none = Analyzer().AnalyzeAs("Negotiations", "");
  EXPECT_EQ(none.terms, std::vector<std::string>{"negotiations"});
}

TEST(AnalyzerTest, BadInput) {
  Analyzer an;
  AnalyzedText empty = an.Analyze("");
  EXPECT_EQ(empty.language, "");
  EXPECT_TRUE(empty.terms.empty());

  AnalyzedText one = an.Analyze("Parliament");
  EXPECT_EQ(one.token_count, 1u);

  std::string nul = std::string("vote") + '\0' + "count\xFF\xFE";
  AnalyzedText n = an.AnalyzeAs(nul, "en");
  EXPECT_TRUE(Has(n.terms, "vote"));
  EXPECT_TRUE(Has(n.terms, "count"));

  std::string emoji;
  for (int i = 0; i < 10000; ++i) emoji += "\xF0\x9F\x98\x80";
  AnalyzedText e = an.Analyze(emoji);
  EXPECT_TRUE(e.terms.empty());

  std::string huge;
  while (huge.size() < 5 * 1024 * 1024) huge += std::string(kEnglish) + " ";
  AnalyzedText h = an.Analyze(huge);
  EXPECT_TRUE(h.truncated);
  EXPECT_EQ(h.language, "en");
  EXPECT_LE(h.token_count, kMaxAnalyzedBytes / 2);
}

TEST(AnalyzerTest, SharedAcrossThreads) {
  const Analyzer an;
  // Latin text takes the built-in segmenter; CJK and Thai take each
  // thread's ICU iterator clone and dictionaries.
  const std::string texts[] = {kEnglish, "政府的新政策已经在全国范围内实施了，市场的反应非常积极。",
                               "東京都は新しい気候対策を発表した。",
                               "รัฐบาลประกาศมาตรการเศรษฐกิจใหม่และตลาดตอบรับในทางบวก"};
  std::vector<AnalyzedText> want;
  for (const std::string& t : texts) want.push_back(an.Analyze(t));
  std::vector<int> bad(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 100; ++i) {
        const std::size_t k = static_cast<std::size_t>(i + t) % 4;
        if (an.Analyze(texts[k]).terms != want[k].terms) ++bad[t];
      }
    });
  for (auto& th : threads) th.join();
  for (int b : bad) EXPECT_EQ(b, 0);
}

}  // namespace
}  // namespace bs

namespace bs {
namespace {

TEST(AnalyzerScriptsTest, JapaneseKoreanThai) {
  Analyzer an;
  AnalyzedText ja = an.Analyze("政府は新しい経済対策を発表した。対策には子育て支援の拡充が含まれる。");
  EXPECT_EQ(ja.language, "ja");
  EXPECT_FALSE(Has(ja.terms, "は"));
  EXPECT_FALSE(Has(ja.terms, "の"));
  EXPECT_TRUE(Has(ja.terms, "政府"));

  AnalyzedText ko = an.Analyze("정부는 새로운 경제 대책을 발표했다. 그리고 시장은 긍정적으로 반응했다.");
  EXPECT_EQ(ko.language, "ko");
  EXPECT_FALSE(Has(ko.terms, "그리고"));
  EXPECT_TRUE(Has(ko.terms, "정부는"));

  AnalyzedText th = an.Analyze("รัฐบาลประกาศมาตรการเศรษฐกิจใหม่และตลาดตอบรับในทางบวก");
  EXPECT_EQ(th.language, "th");
  EXPECT_FALSE(Has(th.terms, "และ"));
  EXPECT_TRUE(Has(th.terms, "รัฐบาล"));
}

TEST(AnalyzerScriptsTest, SameStoryTwoOutletsShareTerms) {
  // Case, typography and inflection differ; the terms must not.
  Analyzer an;
  AnalyzedText a = an.AnalyzeAs("Ministers NEGOTIATED the Treaty’s terms", "en");
  AnalyzedText b = an.AnalyzeAs("ministers negotiate the treaty's term", "en");
  EXPECT_EQ(a.terms, b.terms);
}

}  // namespace
}  // namespace bs
