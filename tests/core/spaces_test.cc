#include "core/spaces.h"

#include <gtest/gtest.h>

namespace bs {
namespace {

TEST(SpacesTest, CollapsesAsciiAndUnicodeRunsButKeepsTheIdeographicSpace) {
  EXPECT_EQ(CollapsedText("  a \t\n b\xC2\xA0\xE2\x80\x83" "c  "), "a b c");
  EXPECT_EQ(CollapsedText("\xE4\xB8\x80\xE3\x80\x80\xE4\xBA\x8C"), "\xE4\xB8\x80\xE3\x80\x80\xE4\xBA\x8C");
  EXPECT_EQ(CollapsedText("x\xFFy z"), "x\xFFy z");  // a stray byte is kept, not a space
  EXPECT_EQ(TrimSpace("\xC2\xA0 word \xE3\x80\x80"), "word");
  std::string out = "a\n";
  AppendCollapsed(out, "  b");
  EXPECT_EQ(out, "a\nb");
}

}  // namespace
}  // namespace bs
