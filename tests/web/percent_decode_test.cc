#include "web/percent_decode.h"

#include <gtest/gtest.h>

namespace bs::web {
namespace {

TEST(PercentDecode, DecodesEscapesAndLeavesOtherBytes) {
  EXPECT_EQ(PercentDecode("/a%20b/%C3%A9"), "/a b/\xC3\xA9");
  EXPECT_EQ(PercentDecode("%2e%2E"), "..") << "decoding happens; callers must check '..' after";
  EXPECT_EQ(PercentDecode("a+b"), "a+b");
  EXPECT_EQ(PercentDecode("a+b", true), "a b");
  EXPECT_EQ(PercentDecode(""), "");
}

TEST(PercentDecode, RejectsBadEscapesAndNul) {
  EXPECT_FALSE(PercentDecode("%"));
  EXPECT_FALSE(PercentDecode("abc%4"));
  EXPECT_FALSE(PercentDecode("%g0"));
  EXPECT_FALSE(PercentDecode("%00"));
  EXPECT_FALSE(PercentDecode(std::string_view("a\0b", 3)));
}

TEST(ParseQuery, SplitsDecodesAndSkipsBrokenPairs) {
  auto q = ParseQuery("page=2&q=hello+world&bad=%zz&&flag&x=%26");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0], (std::pair<std::string, std::string>{"page", "2"}));
  EXPECT_EQ(q[1].second, "hello world");
  EXPECT_EQ(q[2], (std::pair<std::string, std::string>{"flag", ""}));
  EXPECT_EQ(q[3].second, "&");
  EXPECT_EQ(QueryValue("a=1&page=7", "page"), "7");
  EXPECT_EQ(QueryValue("a=1", "page"), "");
}

TEST(ParseQuery, BoundsTheNumberOfPairs) {
  std::string many;
  for (int i = 0; i < 10000; ++i) many += "k=v&";
  EXPECT_LE(ParseQuery(many).size(), 64u);
}

TEST(PercentEncode, RoundTrips) {
  const std::string raw = "a b/c?d=\xE2\x82\xAC";
  EXPECT_EQ(PercentEncode(raw), "a%20b%2Fc%3Fd%3D%E2%82%AC");
  EXPECT_EQ(PercentEncode(raw, true), "a%20b/c%3Fd%3D%E2%82%AC");
  EXPECT_EQ(PercentDecode(PercentEncode(raw)), raw);
}

}  // namespace
}  // namespace bs::web
