#include "web/view_format.h"

#include <gtest/gtest.h>

namespace bs::web {
namespace {

TEST(ViewFormat, HumanDate) {
  EXPECT_EQ(HumanDate(1'709'622'489), "5 March 2024");
  EXPECT_EQ(HumanDate(1'709'622'489, true), "5 March 2024, 07:08 UTC");
  EXPECT_EQ(HumanDate(0), "1 January 1970");
}

TEST(ViewFormat, TitleSlug) {
  EXPECT_EQ(TitleSlug("Bridge opens to traffic"), "bridge-opens-to-traffic");
  EXPECT_EQ(TitleSlug("  The world's 10 BEST -- maps!  "), "the-worlds-10-best-maps");
  EXPECT_EQ(TitleSlug("東京の天気"), "");
  EXPECT_EQ(TitleSlug("Café au lait"), "cafe-au-lait");
  EXPECT_EQ(TitleSlug("Łódź mayor’s plan"), "lodz-mayors-plan");
  EXPECT_EQ(TitleSlug("Straße"), "strasse");
  EXPECT_EQ(TitleSlug("Москва"), "moskva");
  EXPECT_EQ(TitleSlug("Tokyo 東京 weather"), "tokyo-weather");
  EXPECT_EQ(TitleSlug("a\xff\xfe b"), "a-b");
  EXPECT_EQ(TitleSlug(""), "");
  EXPECT_LE(TitleSlug(std::string(10'000, 'a')).size(), 80u);
  EXPECT_EQ(TitleSlug(std::string("a\0b<script>", 11)), "a-b-script");
}

TEST(ViewFormat, ArticlePath) {
  Article a;
  a.id = 42;
  a.title = "Rice prices steady";
  EXPECT_EQ(ArticlePath(a), "/article/42/rice-prices-steady");
  a.title = "価格";
  EXPECT_EQ(ArticlePath(a), "/article/42");
}

TEST(ViewFormat, JoinNames) {
  EXPECT_EQ(JoinNames({}), "");
  EXPECT_EQ(JoinNames({"A"}), "A");
  EXPECT_EQ(JoinNames({"A", "B"}), "A and B");
  EXPECT_EQ(JoinNames({"A", "B", "C"}), "A, B and C");
}

TEST(ViewFormat, StandfirstRepeatedByTheBodyIsShownOnce) {
  Article a;
  a.standfirst = "The crossing cuts the\n journey to the coast by an hour.";
  a.body_text = "The crossing cuts the journey to the coast by an hour.\n\nSecond paragraph.";
  EXPECT_TRUE(BodyOpensWithStandfirst(a));
  a.standfirst = "The crossing cuts the journey\u2026";  // a feed's shortened summary
  EXPECT_TRUE(BodyOpensWithStandfirst(a));
  a.standfirst = "Engineers say the bridge will carry 40,000 vehicles a day.";
  EXPECT_FALSE(BodyOpensWithStandfirst(a));
  a.standfirst = "Second paragraph.";  // only the opening counts
  EXPECT_FALSE(BodyOpensWithStandfirst(a));
  a.standfirst = "\u2026";
  EXPECT_FALSE(BodyOpensWithStandfirst(a));
  a.standfirst = "";
  EXPECT_FALSE(BodyOpensWithStandfirst(a));
}

TEST(ViewFormat, SafeUrlsAndLanguageTags) {
  EXPECT_EQ(SafeHttpUrl("https://example.org/a"), "https://example.org/a");
  EXPECT_EQ(SafeHttpUrl("javascript:alert(1)"), "");
  EXPECT_EQ(SafeHttpUrl("data:text/html,hi"), "");
  EXPECT_EQ(SafeHttpUrl("//example.org/a"), "");
  EXPECT_EQ(SafeHttpUrl(""), "");
  EXPECT_EQ(SafeLanguageTag("zh-Hant"), "zh-Hant");
  EXPECT_EQ(SafeLanguageTag("en\" onclick=\"x"), "");
  EXPECT_EQ(SafeLanguageTag(std::string(100, 'a')), "");
}

TEST(ViewFormat, TextDirection) {
  EXPECT_EQ(TextDirection("ur"), "rtl");
  EXPECT_EQ(TextDirection("ar-EG"), "rtl");
  EXPECT_EQ(TextDirection("FA"), "rtl");
  EXPECT_EQ(TextDirection("en"), "");
  EXPECT_EQ(TextDirection("bn"), "");
  EXPECT_EQ(TextDirection("arn"), "") << "Mapudungun is not Arabic";
  EXPECT_EQ(TextDirection(""), "");
}

}  // namespace
}  // namespace bs::web
