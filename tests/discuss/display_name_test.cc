#include "discuss/display_name.h"

#include <gtest/gtest.h>

namespace bs::discuss {
namespace {

TEST(DisplayName, CleansAndRefusesWithReaderFacingReasons) {
  EXPECT_EQ(CleanDisplayName("  Ana   Writer ").value(), "Ana Writer");
  EXPECT_EQ(CleanDisplayName("O'Neill-Ng").value(), "O'Neill-Ng");
  EXPECT_EQ(CleanDisplayName("\xe0\xb8\xaa\xe0\xb8\xa1\xe0\xb8\x8a\xe0\xb8\xb2\xe0\xb8\xa2").value(), "สมชาย")
      << "Thai letters and marks";
  EXPECT_TRUE(CleanDisplayName("王小明").ok());
  EXPECT_FALSE(CleanDisplayName("a").ok());
  EXPECT_FALSE(CleanDisplayName(std::string(41, 'a')).ok());
  EXPECT_FALSE(CleanDisplayName("<script>").ok());
  EXPECT_FALSE(CleanDisplayName("evil\xe2\x80\xaeman").ok()) << "right-to-left override";
  EXPECT_FALSE(CleanDisplayName("ze\xe2\x80\x8bro").ok()) << "zero-width space";
  EXPECT_FALSE(CleanDisplayName("p\xd0\xb0ypal").ok()) << "Latin with a Cyrillic a";
  EXPECT_FALSE(CleanDisplayName("\xff\xfe").ok());
  EXPECT_FALSE(CleanDisplayName(std::string(100'000, 'a')).ok());
}

TEST(DisplayName, KeysIgnoreCaseWidthAccentsAndLookalikes) {
  EXPECT_EQ(DisplayKey("Ana"), DisplayKey("ANA"));
  EXPECT_EQ(DisplayKey("Ana"), DisplayKey("\xc3\x81na")) << "accent";
  EXPECT_EQ(DisplayKey("Ana"), DisplayKey("\xd0\x90na")) << "Cyrillic A";
  EXPECT_EQ(DisplayKey("Ana"), DisplayKey("\xef\xbc\xa1na")) << "fullwidth A";
  EXPECT_EQ(DisplayKey("Ana Writer"), DisplayKey("ana.writer"));
  EXPECT_NE(DisplayKey("Ana"), DisplayKey("Anna"));
}

TEST(DisplayName, StaffPartnersAndAuthorityAreReserved) {
  ReservedNames reserved({"The Harbour Courier", "harbour", "desk-editor"});
  EXPECT_TRUE(reserved.Contains(DisplayKey("the harbour courier")));
  EXPECT_TRUE(reserved.Contains(DisplayKey("Harbour")));
  EXPECT_TRUE(reserved.Contains(DisplayKey("Desk Editor")));
  EXPECT_TRUE(reserved.Contains(DisplayKey("Moderator")));
  EXPECT_TRUE(reserved.Contains(DisplayKey("ADM1N"))) << "a digit for a letter";
  EXPECT_FALSE(reserved.Contains(DisplayKey("Harbour Fan")));
}

}  // namespace
}  // namespace bs::discuss
