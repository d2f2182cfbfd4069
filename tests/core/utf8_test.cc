#include "core/utf8.h"

#include <gtest/gtest.h>

namespace bs {
namespace {

TEST(Utf8, DecodesAndRejectsInvalidForms) {
  std::uint32_t cp = 0;
  EXPECT_EQ(DecodeUtf8("\xE4\xB8\xAD", 0, &cp), 3u);
  EXPECT_EQ(cp, 0x4E2Du);
  EXPECT_EQ(DecodeUtf8("\xF0\x9F\x98\x80", 0, &cp), 4u);
  for (const char* bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE4\xB8",
                          "\x80", "\xFF"})
    EXPECT_EQ(DecodeUtf8(bad, 0, &cp), 0u) << bad;
  EXPECT_TRUE(IsValidUtf8("plain ASCII, 中文, ไทย"));
  EXPECT_FALSE(IsValidUtf8("truncated \xE4\xB8"));
}

TEST(Utf8, EncodesAndReplacesWhatTextMustNotHold) {
  std::string out;
  AppendUtf8(out, U'é');
  AppendUtf8(out, 0x1F600);
  EXPECT_EQ(out, "é\xF0\x9F\x98\x80");
  for (char32_t bad : {char32_t{0}, char32_t{0xD800}, char32_t{0x110000}}) {
    std::string r;
    AppendUtf8(r, bad);
    EXPECT_EQ(r, "\xEF\xBF\xBD");
  }
}

}  // namespace
}  // namespace bs
