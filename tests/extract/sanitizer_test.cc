// The body HTML contains only allow-listed markup and safe absolute URLs.
#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "page_builder.h"

namespace bs {
namespace {

using testing::Page;
using testing::ProseHtml;

TEST(Sanitizer, DangerousMarkupRemoved) {
  std::string nasty =
      "<script>alert('x')</script><style>p{color:red}</style>"
      "<iframe src=\"https://evil.example/\"></iframe>"
      "<p onclick=\"steal()\" style=\"color:red\" class=\"x\">Clicking this paragraph does "
      "nothing at all, whatever the page's authors once intended it to do.</p>"
      "<p>The board published its minutes, and readers who want more detail can see "
      "<a href=\"javascript:alert(1)\">this script link</a> about the vote, or "
      "<a href=\"data:text/html,hi\">this data link</a> with the figures, or <a href=\"/safe/page\">a safe page</a> "
      "that lists every sailing cancelled during the winter months of last year.</p>"
      "<p><img src=\"data:image/png;base64,AAAA\" alt=\"inline\"><img src=\"/pics/real.jpg\" onerror=\"x()\"></p>"
      "<form action=\"/post\"><input name=q><p>Search the archive</p></form>"
      "<object data=\"x.swf\"></object><embed src=\"y.swf\">";
  auto r = ExtractArticle(ExtractInput{Page("", ProseHtml(nasty)), "https://paper.example/a/b.html", ""});
  ASSERT_TRUE(r.ok());
  const std::string& h = r->html;
  for (const char* bad : {"<script", "alert(", "<style", "<iframe", "onclick", "onerror", "style=",
                          "class=", "javascript:", "data:", "<form", "<input", "<object", "<embed",
                          "Search the archive"})
    EXPECT_EQ(h.find(bad), std::string::npos) << bad << "\n" << h;
  EXPECT_NE(h.find("<a href=\"https://paper.example/safe/page\">a safe page</a>"), std::string::npos) << h;
  EXPECT_NE(h.find("this script link"), std::string::npos);  // text kept, link dropped
  EXPECT_NE(h.find("<img src=\"https://paper.example/pics/real.jpg\" alt=\"\">"), std::string::npos) << h;
  EXPECT_NE(h.find("Clicking this paragraph"), std::string::npos);
}

TEST(Sanitizer, OnlyAllowListedTags) {
  std::string body = "<h1>Top</h1><h3>Three</h3><h5>Five</h5><p><span><font>plain</font></span> "
                     "<em>em</em> <strong>strong</strong> <u>u</u> <code>code</code></p>" + ProseHtml();
  auto r = ExtractArticle(ExtractInput{Page("<title>Headline</title>", body), "https://paper.example/", ""});
  ASSERT_TRUE(r.ok());
  const std::string& h = r->html;
  EXPECT_NE(h.find("<h2>Top</h2>"), std::string::npos) << h;
  EXPECT_NE(h.find("<h3>Three</h3>"), std::string::npos) << h;
  EXPECT_NE(h.find("<h4>Five</h4>"), std::string::npos) << h;
  EXPECT_NE(h.find("<em>em</em>"), std::string::npos) << h;
  for (const char* bad : {"<h1", "<h5", "<span", "<font", "<u>", "<code", "<div", "<article"})
    EXPECT_EQ(h.find(bad), std::string::npos) << bad << "\n" << h;
}

TEST(Sanitizer, RelativeUrlsResolvedAndEscaped) {
  std::string body = ProseHtml("<p>Anyone who wants the detail can read <a href=\"../docs/report.pdf?a=1&amp;b=2\">the \"full\" report</a> "
                               "published by the board, or <a href=\"#notes\">the notes</a> at the end of this "
                               "article, or <a href=\"mailto:x@y.example\">mail us</a> with questions about the ferries.</p>");
  auto r = ExtractArticle(ExtractInput{Page("", body), "https://paper.example/news/2024/story.html", ""});
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->html.find("<a href=\"https://paper.example/news/docs/report.pdf?a=1&amp;b=2\">the &quot;full&quot; report</a>"),
            std::string::npos)
      << r->html;
  EXPECT_EQ(r->html.find("#notes"), std::string::npos);
  EXPECT_EQ(r->html.find("mailto:"), std::string::npos);
  EXPECT_NE(r->text.find("the \"full\" report"), std::string::npos);
}

TEST(Sanitizer, NoBaseUrlKeepsOnlyAbsoluteLinks) {
  std::string body = ProseHtml("<p>The operator's statement, which was published as a <a href=\"/rel\">relative</a> link on its site "
                               "and an <a href=\"https://other.example/x\">absolute</a> one elsewhere, said little that was new.</p>");
  auto r = ExtractArticle(ExtractInput{Page("", body), "", ""});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->html.find("/rel"), std::string::npos) << r->html;
  EXPECT_NE(r->html.find("href=\"https://other.example/x\""), std::string::npos) << r->html;
}

TEST(Sanitizer, TextIsEscapedInHtml) {
  std::string body = ProseHtml("<p>Prices rose 5% &lt;script&gt; &amp; fell again, said the harbour master on Friday.</p>");
  auto r = ExtractArticle(ExtractInput{Page("", body), "https://paper.example/", ""});
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->html.find("&lt;script&gt; &amp; fell"), std::string::npos) << r->html;
  EXPECT_NE(r->text.find("<script> & fell"), std::string::npos);
}

}  // namespace
}  // namespace bs
