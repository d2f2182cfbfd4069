#include <gtest/gtest.h>

#include "feeds/feed_text.h"
#include "feeds/html_entities.h"
#include "feeds/readers.h"

namespace bs::feeds {
namespace {

TEST(HtmlEntitiesTest, Lookup) {
  EXPECT_EQ(LookupHtmlEntity("nbsp"), U'\u00A0');
  EXPECT_EQ(LookupHtmlEntity("yuml"), U'\u00FF');
  EXPECT_EQ(LookupHtmlEntity("Omega"), U'\u03A9');
  EXPECT_EQ(LookupHtmlEntity("sigmaf"), U'\u03C2');
  EXPECT_EQ(LookupHtmlEntity("mdash"), U'\u2014');
  EXPECT_EQ(LookupHtmlEntity("zwnj"), U'\u200C');
  EXPECT_EQ(LookupHtmlEntity("AMP"), U'&');
  EXPECT_FALSE(LookupHtmlEntity("Nbsp"));  // names are case-sensitive
  EXPECT_FALSE(LookupHtmlEntity(""));
  EXPECT_FALSE(LookupHtmlEntity("nosuchentity"));
}

TEST(HtmlEntitiesTest, Decode) {
  EXPECT_EQ(DecodeHtmlEntities("a &amp;lt; b"), "a &lt; b");  // once only
  EXPECT_EQ(DecodeHtmlEntities("&#233;&#xe9;&#XE9;&eacute;"), "éééé");
  EXPECT_EQ(DecodeHtmlEntities("&#151;"), "\u2014");
  EXPECT_EQ(DecodeHtmlEntities("&#0;&#x110000;&#xD800;"), "\uFFFD\uFFFD\uFFFD");
  EXPECT_EQ(DecodeHtmlEntities("AT&T &nosuch; &amp"), "AT&T &nosuch; &amp");
}

TEST(FeedTextTest, CollapseWhitespace) {
  EXPECT_EQ(CollapseWhitespace("  a \t\n b\xC2\xA0\xC2\xA0 c  "), "a b c");
  EXPECT_EQ(CollapseWhitespace(""), "");
}

TEST(FeedTextTest, HtmlToPlainText) {
  EXPECT_EQ(HtmlToPlainText("<b>Bold</b> &amp; <i>it</i>"), "Bold & it");
  EXPECT_EQ(HtmlToPlainText("one<br>two"), "one two");
  EXPECT_EQ(HtmlToPlainText("<img alt=\"a>b\" src=x>caption"), "caption");
  EXPECT_EQ(HtmlToPlainText("1 < 2 and 3 > 2"), "1 < 2 and 3 > 2");
}

TEST(FeedTextTest, ResolveLink) {
  EXPECT_EQ(ResolveLink("https://a.example/x/y", "../z"), "https://a.example/z");
  EXPECT_EQ(ResolveLink("https://a.example/x/y", "  https://b.example/  "), "https://b.example/");
  EXPECT_EQ(ResolveLink("", "https://b.example/p"), "https://b.example/p");
  EXPECT_EQ(ResolveLink("", "rel/p"), "rel/p");
  EXPECT_EQ(ResolveLink("https://a.example/", "javascript:alert(1)"), "");
  EXPECT_EQ(ResolveLink("https://a.example/", "JavaScript:alert(1)"), "");
  EXPECT_EQ(ResolveLink("https://a.example/", "mailto:x@a.example"), "");
  EXPECT_EQ(ResolveLink("https://a.example/", ""), "");
}

TEST(FeedTextTest, ResolveLinksInHtml) {
  const std::string base = "https://a.example/dir/page";
  EXPECT_EQ(ResolveLinksInHtml("<a href=\"x.html\">x</a>", base),
            "<a href=\"https://a.example/dir/x.html\">x</a>");
  EXPECT_EQ(ResolveLinksInHtml("<IMG SRC='/i.png' alt=\"a.png\">", base),
            "<IMG SRC='https://a.example/i.png' alt=\"a.png\">");
  EXPECT_EQ(ResolveLinksInHtml("<a href=q?a=1&amp;b=2>q</a>", base),
            "<a href=https://a.example/dir/q?a=1&amp;b=2>q</a>");
  // Absolute, script and comment content are untouched.
  const std::string untouched =
      "<a href=\"https://b.example/\">b</a><a href=\"javascript:x()\">j</a><!-- <a href=\"c\"> -->";
  EXPECT_EQ(ResolveLinksInHtml(untouched, base), untouched);
  EXPECT_EQ(ResolveLinksInHtml("a < b <", base), "a < b <");
  EXPECT_EQ(ResolveLinksInHtml("<a href=\"x\"", base), "<a href=\"https://a.example/dir/x\"");
}

TEST(FeedTextTest, CleanAuthor) {
  EXPECT_EQ(CleanAuthor("jo@example.com (Jo Bloggs)"), "Jo Bloggs");
  EXPECT_EQ(CleanAuthor("Jo Bloggs (jo@example.com)"), "Jo Bloggs");
  EXPECT_EQ(CleanAuthor("Jo Bloggs <jo@example.com>"), "Jo Bloggs");
  EXPECT_EQ(CleanAuthor("  Jo   Bloggs "), "Jo Bloggs");
  EXPECT_EQ(CleanAuthor("jo@example.com"), "jo@example.com");
  EXPECT_EQ(CleanAuthor("Jo (Features)"), "Jo (Features)");
}

}  // namespace
}  // namespace bs::feeds
