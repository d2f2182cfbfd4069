#include "text/tokenize.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/normalize.h"

namespace bs {
namespace {

std::vector<std::string> Words(std::string_view text) {
  std::string norm = NormalizeForAnalysis(text);
  std::vector<std::string> out;
  for (std::string_view t : Tokenize(norm)) out.emplace_back(t);
  return out;
}

bool Has(const std::vector<std::string>& v, const std::string& w) {
  return std::find(v.begin(), v.end(), w) != v.end();
}

TEST(TokenizeTest, EnglishSkipsPunctuationKeepsNumbers) {
  EXPECT_EQ(Words("The mayor's plan, costing $3.5bn (2024), won't pass!"),
            (std::vector<std::string>{"the", "mayor's", "plan", "costing", "3.5bn", "2024",
                                      "won't", "pass"}));
  EXPECT_EQ(Words("1,000 people -- e-mail U.S."),
            (std::vector<std::string>{"1,000", "people", "e", "mail", "u.s"}));
}

TEST(TokenizeTest, GermanCompoundsAndUmlauts) {
  EXPECT_EQ(Words("Die Bundesregierung prüft Übergangsfristen."),
            (std::vector<std::string>{"die", "bundesregierung", "prüft", "übergangsfristen"}));
}

TEST(TokenizeTest, ChineseSplitsIntoDictionaryWords) {
  std::vector<std::string> w = Words("中华人民共和国成立");
  ASSERT_GE(w.size(), 2u);
  // Neither one blob nor one token per character.
  EXPECT_LT(w.size(), 9u);
  EXPECT_TRUE(Has(w, "成立"));
}

TEST(TokenizeTest, JapaneseMixedScripts) {
  std::vector<std::string> w = Words("東京都は新しい気候対策を発表した。");
  ASSERT_GE(w.size(), 4u);
  EXPECT_TRUE(Has(w, "東京"));
  EXPECT_TRUE(Has(w, "発表"));
  EXPECT_FALSE(Has(w, "。"));
}

TEST(TokenizeTest, KoreanSplitsAtSpaces) {
  EXPECT_EQ(Words("서울시는 새로운 교통 정책을 발표했다."),
            (std::vector<std::string>{"서울시는", "새로운", "교통", "정책을", "발표했다"}));
}

TEST(TokenizeTest, ThaiDictionarySegmentation) {
  std::vector<std::string> w = Words("รัฐบาลประกาศนโยบายใหม่");
  ASSERT_GE(w.size(), 3u);
  EXPECT_TRUE(Has(w, "รัฐบาล"));
  EXPECT_TRUE(Has(w, "นโยบาย"));
}

TEST(TokenizeTest, ViewsPointIntoInput) {
  std::string text = "alpha beta";
  std::vector<std::string_view> t = Tokenize(text);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].data(), text.data());
  EXPECT_EQ(t[1].data(), text.data() + 6);
}

TEST(TokenizeTest, AppendsToExistingVector) {
  std::vector<std::string_view> out = {"keep"};
  std::string text = "one two";
  Tokenize(text, &out);
  EXPECT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0], "keep");
}

TEST(TokenizeTest, EmptyAndPunctuationOnly) {
  EXPECT_TRUE(Words("").empty());
  EXPECT_TRUE(Words("  ... !!! --- ").empty());
  EXPECT_EQ(Words("word"), std::vector<std::string>{"word"});
}

TEST(TokenizeTest, EmojiAreNotWords) {
  std::string emoji;
  for (int i = 0; i < 10000; ++i) emoji += "\xF0\x9F\x98\x80";  // 😀
  EXPECT_TRUE(Words(emoji).empty());
  EXPECT_EQ(Words("good 👍 news 🎉"), (std::vector<std::string>{"good", "news"}));
}

TEST(TokenizeTest, OverlongTokensDropped) {
  std::string longword(kMaxTokenBytes + 1, 'x');
  EXPECT_EQ(Words("a " + longword + " b"), (std::vector<std::string>{"a", "b"}));
  std::string okword(kMaxTokenBytes, 'y');
  EXPECT_EQ(Words(okword).size(), 1u);
}

TEST(TokenizeTest, InvalidUtf8AndNulsDoNotBreakWords) {
  std::string bad = std::string("alpha\xFF") + '\0' + "beta \xC3 gamma";
  std::vector<std::string> w = Words(bad);
  EXPECT_TRUE(Has(w, "alpha"));
  EXPECT_TRUE(Has(w, "beta"));
  EXPECT_TRUE(Has(w, "gamma"));
  // Raw invalid bytes straight into Tokenize: no crash, some result.
  std::vector<std::string_view> raw = Tokenize(bad);
  EXPECT_FALSE(raw.empty());
}

TEST(TokenizeTest, HugeInputIsBoundedAndFast) {
  std::string huge;
  while (huge.size() < 5 * 1024 * 1024) huge += "market rally continues ";
  std::string norm = NormalizeForAnalysis(huge);
  std::vector<std::string_view> t = Tokenize(norm);
  EXPECT_GT(t.size(), 100000u);
  EXPECT_LE(t.size(), kMaxAnalyzedBytes / 2);
}

}  // namespace
}  // namespace bs

namespace bs {
namespace {

std::vector<std::string> Fast(std::string_view text) {
  std::vector<std::string_view> v;
  Tokenize(text, &v);
  return {v.begin(), v.end()};
}

std::vector<std::string> Reference(std::string_view text) {
  std::vector<std::string_view> v;
  TokenizeWithIcu(text, &v);
  return {v.begin(), v.end()};
}

// The fast path must segment exactly as ICU does. Random strings over ASCII
// and the characters the fast path knows, mixed with some it must hand to ICU.
TEST(TokenizeDifferentialTest, RandomTextMatchesIcu) {
  std::vector<std::string> pieces;
  for (char c = 0x20; c < 0x7F; ++c) pieces.emplace_back(1, c);
  for (int i = 0; i < 6; ++i) {  // weight letters, digits and spaces up
    pieces.push_back("a");
    pieces.push_back("Z");
    pieces.push_back("7");
    pieces.push_back(" ");
  }
  for (const char* s : {"é", "ß", "ı", "ł", "Ж", "ж", "ѐ", "ӿ", "ǂ", "ɐ", "ª", "µ", "º", "·", "×",
                        "÷", "¡", "«", "»", "©", "°", "²", "\xC2\xA0", "‘", "’", "“", "”", "—", "–",
                        "…", "€", "․", "†", "‰", "\xD2\x82",
                        // characters the fast path does not know
                        "\xCC\x81", "中", "文", "ا", "😀", "α", "\xC2\xAD", "\xD2\x83", "ʰ", "：",
                        "\xE2\x80\xA7", "\t", "\n"})
    pieces.emplace_back(s);
  std::uint64_t state = 0x5eed;
  auto next = [&state] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>(state >> 33);
  };
  int mismatches = 0;
  for (int round = 0; round < 20000 && mismatches < 5; ++round) {
    std::string s;
    std::size_t len = 1 + next() % 24;
    for (std::size_t k = 0; k < len; ++k) s += pieces[next() % pieces.size()];
    if (Fast(s) != Reference(s)) {
      ++mismatches;
      ADD_FAILURE() << "fast path differs from ICU on [" << s << "]";
    }
  }
}

TEST(TokenizeDifferentialTest, MixedLanguageTextMatchesIcu) {
  const char* texts[] = {
      "Le président a déclaré: «l'économie va mieux», selon l'AFP — 3,5 % de croissance.",
      "Die Straße wurde für 1.200.000 € saniert; Anwohner (u.a. Familie Müller) protestierten.",
      "Москва, 12 мая — Правительство РФ одобрило законопроект о цифровом рубле.",
      "Kraków: władze miasta ogłosiły, że łódź podwodna… już płynie!",
      "İstanbul'da ağır yağış: şehir merkezinde ulaşım durdu.",
      "Tokyo (東京) reported 1,234 cases; the WHO’s envoy said “it’s under control”.",
      "e\xCC\x81te\xCC\x81 a\xCC\x8A ring",
      "email: press@example.org, tel. +44 20 7946 0000, ref_no 12_34",
  };
  for (const char* t : texts) {
    std::string norm = NormalizeForAnalysis(t);
    EXPECT_EQ(Fast(norm), Reference(norm)) << t;
    EXPECT_EQ(Fast(t), Reference(t)) << t;
  }
}

TEST(TokenizeDifferentialTest, DevCorpusMatchesIcu) {
  std::string dir = std::string(BROADSHEET_SOURCE_DIR) + "/../shared/data/organise-dev/bbc/business";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) GTEST_SKIP() << "no dev corpus at " << dir;
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() != ".txt" || ++files > 200) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string norm = NormalizeForAnalysis(ss.str());
    ASSERT_EQ(Fast(norm), Reference(norm)) << entry.path();
  }
  EXPECT_GT(files, 0);
}

}  // namespace
}  // namespace bs

namespace bs {
namespace {

// Random bytes (outside Tokenize's valid-UTF-8 contract) must still give
// tokens that lie inside the input and are not empty.
TEST(TokenizeRobustnessTest, RandomBytesStayInBounds) {
  std::uint64_t state = 7;
  auto next = [&state] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<unsigned>(state >> 33);
  };
  const char* seeds[] = {"中文", "😀", "ไทย", "é", "a", " ", "\xF0\x9F", "\xE4\xB8", "\x80", "\xFF"};
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    std::size_t len = next() % 40;
    for (std::size_t k = 0; k < len; ++k) {
      if (next() % 3 == 0) {
        s += seeds[next() % (sizeof(seeds) / sizeof(seeds[0]))];
      } else {
        s.push_back(static_cast<char>(next() & 0xFF));
      }
    }
    std::vector<std::string_view> tokens;
    Tokenize(s, &tokens);
    for (std::string_view t : tokens) {
      ASSERT_FALSE(t.empty());
      ASSERT_GE(t.data(), s.data());
      ASSERT_LE(t.data() + t.size(), s.data() + s.size());
    }
  }
}

}  // namespace
}  // namespace bs
