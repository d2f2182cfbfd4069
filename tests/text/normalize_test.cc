#include "text/normalize.h"

#include <gtest/gtest.h>

#include <string>

namespace bs {
namespace {

TEST(NormalizeTest, FullwidthBecomesAscii) {
  EXPECT_EQ(NormalizeForAnalysis("ＡＢＣ１２３ｘｙｚ"), "abc123xyz");
}

TEST(NormalizeTest, CaseFoldsLatinGreekCyrillic) {
  EXPECT_EQ(NormalizeForAnalysis("Harbour BRIDGE"), "harbour bridge");
  EXPECT_EQ(NormalizeForAnalysis("ΑΘΗΝΑ"), "αθηνα");
  EXPECT_EQ(NormalizeForAnalysis("МОСКВА"), "москва");
}

TEST(NormalizeTest, GermanSharpSFoldsToSs) {
  EXPECT_EQ(NormalizeForAnalysis("Straße"), "strasse");
  EXPECT_EQ(NormalizeForAnalysis("STRASSE"), "strasse");
  // Capital sharp s (U+1E9E) folds the same way.
  EXPECT_EQ(NormalizeForAnalysis("STRAẞE"), "strasse");
}

TEST(NormalizeTest, TurkishDottedAndDotlessIAreStable) {
  // Language-neutral folding: dotless ı stays, dotted capital İ keeps its dot
  // as a combining mark, plain I becomes i. Same bytes, same result.
  EXPECT_EQ(NormalizeForAnalysis("ı"), "ı");
  EXPECT_EQ(NormalizeForAnalysis("İ"), "i\xCC\x87");
  EXPECT_EQ(NormalizeForAnalysis("ISTANBUL"), "istanbul");
  EXPECT_EQ(NormalizeForAnalysis("İstanbul"), NormalizeForAnalysis("İSTANBUL"));
}

TEST(NormalizeTest, ComposesAndExpandsCompatibilityForms) {
  EXPECT_EQ(NormalizeForAnalysis("e\xCC\x81t\xC3\xA9"), "\xC3\xA9t\xC3\xA9");  // é composed
  EXPECT_EQ(NormalizeForAnalysis("ﬁnal"), "final");                            // ligature
  EXPECT_EQ(NormalizeForAnalysis("ｶﾀｶﾅ"), "カタカナ");                          // halfwidth kana
  EXPECT_EQ(NormalizeForAnalysis("co\xC2\xADop"), "coop");                     // soft hyphen
}

TEST(NormalizeTest, TypographicApostropheBecomesAscii) {
  EXPECT_EQ(NormalizeForAnalysis("Don\xE2\x80\x99t"), "don't");
}

TEST(NormalizeTest, InvalidUtf8AndControlsAreRepaired) {
  std::string bad = std::string("ab\xFF\xFE") + '\0' + "c\x01" + "d\xC3";
  std::string out = NormalizeForAnalysis(bad);
  EXPECT_EQ(out, "ab\xEF\xBF\xBD\xEF\xBF\xBD c d\xEF\xBF\xBD");
  EXPECT_EQ(out.find('\0'), std::string::npos);
}

TEST(NormalizeTest, EmptyStaysEmpty) {
  bool truncated = true;
  EXPECT_EQ(NormalizeForAnalysis("", &truncated), "");
  EXPECT_FALSE(truncated);
}

TEST(NormalizeTest, HugeInputIsBounded) {
  std::string huge(5 * 1024 * 1024, 'A');
  bool truncated = false;
  std::string out = NormalizeForAnalysis(huge, &truncated);
  EXPECT_TRUE(truncated);
  EXPECT_EQ(out.size(), kMaxAnalyzedBytes);
  EXPECT_EQ(out.front(), 'a');
}

TEST(NormalizeTest, ExpansionIsBounded) {
  // U+FDFA (one Arabic ligature, 3 bytes) expands to 33 bytes under NFKC.
  std::string s;
  while (s.size() + 3 <= kMaxAnalyzedBytes) s += "\xEF\xB7\xBA";
  bool truncated = false;
  std::string out = NormalizeForAnalysis(s, &truncated);
  EXPECT_TRUE(truncated);
  EXPECT_LE(out.size(), kMaxNormalizedBytes);
}

TEST(TruncateUtf8Test, NeverSplitsASequence) {
  std::string s = "a\xE4\xB8\xAD";  // a + 中
  EXPECT_EQ(TruncateUtf8(s, 4), s);
  EXPECT_EQ(TruncateUtf8(s, 3), "a");
  EXPECT_EQ(TruncateUtf8(s, 2), "a");
  EXPECT_EQ(TruncateUtf8(s, 1), "a");
  EXPECT_EQ(TruncateUtf8(s, 0), "");
}

}  // namespace
}  // namespace bs
