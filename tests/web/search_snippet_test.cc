// Snippets from original text: passage choice, marking through the
// analyser, bounds and bad bytes.
#include "web/search_snippet.h"

#include <gtest/gtest.h>

#include "web/search_index.h"

namespace bs::web {
namespace {

std::string Render(const std::vector<SnippetPart>& parts) {
  std::string out;
  for (const auto& p : parts) out += p.match ? "[" + p.text + "]" : p.text;
  return out;
}

TEST(SearchSnippet, PicksTheMatchingPassageAndMarksInflections) {
  const AnalyzedQuery q = AnalyzeQuery("election results", "en", "en");
  const std::string text =
      "The weather was mild.\nCounting continued after the elections. Results are due on Friday.";
  EXPECT_EQ(Render(MakeSnippet(text, q.all_terms, "en")), "Counting continued after the [elections].");
}

TEST(SearchSnippet, LongPassageIsCutAroundTheMatch) {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "filler words here ";
  text += "the lighthouse stands";
  for (int i = 0; i < 60; ++i) text += " more words after";
  const AnalyzedQuery q = AnalyzeQuery("lighthouse", "en", "en");
  const auto parts = MakeSnippet(text, q.all_terms, "en");
  const std::string s = Render(parts);
  EXPECT_NE(s.find("[lighthouse]"), std::string::npos);
  EXPECT_LE(s.size(), kSnippetBytes + 16);
  EXPECT_EQ(s.rfind("\xE2\x80\xA6", 0), 0u) << "ellipsis where the front was cut";
}

TEST(SearchSnippet, NoMatchGivesTheOpening) {
  const AnalyzedQuery q = AnalyzeQuery("zebra", "en", "en");
  EXPECT_EQ(Render(MakeSnippet("First sentence. Second one.", q.all_terms, "en")), "First sentence.");
  EXPECT_TRUE(MakeSnippet("", q.all_terms, "en").empty());
}

TEST(SearchSnippet, InvalidUtf8AndNulsAreSafe) {
  const AnalyzedQuery q = AnalyzeQuery("harbour", "en", "en");
  const std::string text = std::string("bad \xFF\xFE bytes \0 then harbour", 29);
  const std::string s = Render(MakeSnippet(text, q.all_terms, "en"));
  EXPECT_NE(s.find("[harbour]"), std::string::npos);
  EXPECT_EQ(s.find('\xFF'), std::string::npos);
}

TEST(SearchSnippet, ChineseWithoutSpaces) {
  const AnalyzedQuery q = AnalyzeQuery("经济", "", "en");
  ASSERT_FALSE(q.groups.empty());
  const std::string s = Render(MakeSnippet("今天的新闻。第三季度经济增长放缓。", q.all_terms, "zh"));
  EXPECT_NE(s.find("[经济]"), std::string::npos) << s;
}

TEST(AnalyzeQuery, BoundsWordsAndBytes) {
  std::string many;
  for (int i = 0; i < 100; ++i) many += "word" + std::to_string(i) + " ";
  const AnalyzedQuery q = AnalyzeQuery(many, "en", "en");
  EXPECT_EQ(q.groups.size(), kMaxQueryWords);
  EXPECT_TRUE(q.truncated);
  const AnalyzedQuery big = AnalyzeQuery(std::string(10 * 1024, 'x'), "", "en");
  EXPECT_TRUE(big.truncated);
  EXPECT_LE(big.groups.size(), 1u);
  EXPECT_TRUE(AnalyzeQuery("the of and", "en", "en").groups.empty()) << "stop words only";
}

}  // namespace
}  // namespace bs::web
