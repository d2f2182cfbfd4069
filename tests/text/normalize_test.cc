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

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

namespace bs {
namespace {

// NormalizeForAnalysis lowers ASCII itself and hands only non-ASCII runs to
// ICU; the result must equal ICU's NFKC_Casefold of the whole text.
TEST(NormalizeDifferentialTest, MatchesIcuOnMixedText) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* icu_norm = icu::Normalizer2::getNFKCCasefoldInstance(status);
  ASSERT_TRUE(U_SUCCESS(status));
  auto reference = [&](const std::string& s) {
    std::string out;
    icu::StringByteSink<std::string> sink(&out);
    UErrorCode st = U_ZERO_ERROR;
    icu_norm->normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink,
                            nullptr, st);
    return out;
  };
  const char* pieces[] = {"a", "E", "z", " ", ".", "7", "Q", "\xCC\x81", "\xCC\xA7", "\xCC\x88",
                          "é", "É", "ß", "ẞ", "İ", "ı", "ﬁ", "Ａ", "ｶ", "\xEF\xBE\x9E", "가",
                          "\xE1\x84\x80", "\xE1\x85\xA1", "\xE1\x86\xA8", "Ω", "Σ", "中", "ー",
                          "\xC2\xA0", "\xC2\xAD", "½", "™", "①", "Ǆ", "\xE2\x80\x99"};
  std::uint64_t state = 42;
  auto next = [&state] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>(state >> 33);
  };
  const std::size_t n = sizeof(pieces) / sizeof(pieces[0]);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    std::size_t len = 1 + next() % 16;
    for (std::size_t k = 0; k < len; ++k) s += pieces[next() % n];
    std::string want = reference(s);
    // The only intended difference: typographic apostrophes become ASCII.
    for (std::size_t p = want.find("\xE2\x80\x99"); p != std::string::npos; p = want.find("\xE2\x80\x99"))
      want.replace(p, 3, "'");
    ASSERT_EQ(NormalizeForAnalysis(s), want) << "input [" << s << "]";
  }
}

}  // namespace
}  // namespace bs
