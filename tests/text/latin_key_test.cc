#include "text/latin_key.h"

#include <gtest/gtest.h>

#include <string>

#include "core/utf8.h"

namespace bs {
namespace {

std::string KeyOf(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size();) {
    std::uint32_t cp = 0;
    i += DecodeUtf8(word, i, &cp);
    AppendLatinKey(static_cast<char32_t>(cp), &out);
  }
  return out;
}

TEST(LatinKeyTest, AccentsFallAway) {
  EXPECT_EQ(KeyOf("Erdoğan"), "erdogan");
  EXPECT_EQ(KeyOf("München"), "munchen");
  EXPECT_EQ(KeyOf("Łódź"), "lodz");
  EXPECT_EQ(KeyOf("Straße"), "strasse");
  EXPECT_EQ(KeyOf("İstanbul"), "istanbul");
}

TEST(LatinKeyTest, CyrillicAndGreekAreTransliterated) {
  EXPECT_EQ(KeyOf("Москва"), "moskva");
  EXPECT_EQ(KeyOf("ЖУКОВ"), "zhukov");
  EXPECT_EQ(KeyOf("Київ"), "kiyiv");
  EXPECT_EQ(KeyOf("Αθήνα"), "athina");
}

TEST(LatinKeyTest, CaseDoesNotMatterAndOtherScriptsGiveNothing) {
  EXPECT_EQ(KeyOf("HARBOUR"), KeyOf("harbour"));
  EXPECT_EQ(KeyOf("2024"), "2024");
  EXPECT_EQ(KeyOf("東京"), "");
  EXPECT_EQ(KeyOf("- ,."), "");
  EXPECT_FALSE(HasLatinKey(U'東'));
  EXPECT_TRUE(HasLatinKey(U'ж'));
}

}  // namespace
}  // namespace bs
