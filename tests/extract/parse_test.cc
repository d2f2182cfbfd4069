// Preparing pages for the parser: script and style bodies are cut, nothing
// else changes.
#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "extract/html_document.h"
#include "page_builder.h"

namespace bs::extract {
namespace {

TEST(StripRawText, EmptiesScriptsAndStyles) {
  EXPECT_EQ(StripRawText("<p>a</p><script>var x = '<p>b</p>';</script><style>p{color:red}</style><p>c</p>"),
            "<p>a</p><script></script><style></style><p>c</p>");
}

TEST(StripRawText, KeepsJsonLd) {
  std::string ld = "<script type=\"application/ld+json\">{\"headline\":\"Tide tables\"}</script>";
  EXPECT_EQ(StripRawText(ld + "<script src=\"x.js\"></script>"), ld + "<script src=\"x.js\"></script>");
  std::string upper = "<SCRIPT TYPE='Application/LD+JSON'>{}</SCRIPT>";
  EXPECT_EQ(StripRawText(upper), upper);
}

TEST(StripRawText, ClosingTagMatchedWithoutCase) {
  EXPECT_EQ(StripRawText("<Script>if (a < b) {}</SCRIPT ><p>after</p>"), "<Script></SCRIPT ><p>after</p>");
}

TEST(StripRawText, QuotedGreaterThanInStartTag) {
  EXPECT_EQ(StripRawText("<script data-x=\"a>b\">code()</script>z"), "<script data-x=\"a>b\"></script>z");
}

TEST(StripRawText, OtherElementsAndCommentsUntouched) {
  std::string s = "<scripture>Psalm</scripture><styles>x</styles><!-- <script> --><p>kept</p>";
  EXPECT_EQ(StripRawText(s), s);
}

TEST(StripRawText, UnterminatedLeftAlone) {
  std::string s = "<p>a</p><script>never closed <p>b</p>";
  EXPECT_EQ(StripRawText(s), s);
  std::string t = "<p>a</p><style";
  EXPECT_EQ(StripRawText(t), t);
}

TEST(StripRawText, PageExtractsTheSame) {
  // Markup-like text inside a script must not leak into, or cut, the body.
  std::string head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                     "\"headline\":\"Ferry timetable\"}</script>";
  std::string noisy = "<script>document.write('<div class=\"article-body\"><p>Injected "
                      "paragraph, long enough to score if it were parsed as text.</p></div>');</script>"
                      "<style>.article-body p { margin: 0 }</style>";
  auto r = ExtractArticle(ExtractInput{bs::testing::Page(head, noisy + bs::testing::ProseHtml()),
                                       "https://paper.example/a.html", ""});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title, "Ferry timetable");
  EXPECT_EQ(r->text.find("Injected"), std::string::npos) << r->text;
  for (const auto& p : bs::testing::ProseParagraphs()) EXPECT_NE(r->text.find(p), std::string::npos);
}

}  // namespace
}  // namespace bs::extract
