#include "discuss/comment_format.h"

#include <gtest/gtest.h>

namespace bs::discuss {
namespace {

TEST(CommentHtml, ParagraphsBreaksAndQuotes) {
  EXPECT_EQ(CommentHtml("One\ntwo\n\nThree"), "<p>One<br>two</p><p>Three</p>");
  EXPECT_EQ(CommentHtml("> they said\n> more\nI disagree"),
            "<blockquote><p>they said<br>more</p></blockquote><p>I disagree</p>");
  EXPECT_EQ(CommentHtml("\n\n  \n"), "");
  EXPECT_EQ(CommentHtml("a\r\nb"), "<p>a<br>b</p>");
}

TEST(CommentHtml, LinksAreNofollowUgcAndPunctuationStaysOut) {
  EXPECT_EQ(CommentHtml("See https://example.org/a?b=1&c=2."),
            "<p>See <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow ugc\">"
            "https://example.org/a?b=1&amp;c=2</a>.</p>");
  EXPECT_EQ(CommentHtml("(www.example.org)"),
            "<p>(<a href=\"https://www.example.org\" rel=\"nofollow ugc\">www.example.org</a>)</p>");
  EXPECT_EQ(CommentHtml("javascript:alert(1)"), "<p>javascript:alert(1)</p>") << "only http(s) and www.";
  EXPECT_EQ(CommentHtml("nothttps://x.example"), "<p>nothttps://x.example</p>") << "links start words";
}

TEST(CommentHtml, NoMarkupEverComesThrough) {
  for (const char* payload : {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
                              "https://x.example/\"onmouseover=\"alert(1)", "<a href='javascript:alert(1)'>x</a>",
                              "&lt;script&gt;", "'-alert(1)-'"}) {
    const std::string html = CommentHtml(payload);
    EXPECT_EQ(html.find("<script"), std::string::npos) << html;
    EXPECT_EQ(html.find("<img"), std::string::npos) << html;
    EXPECT_EQ(html.find("<svg"), std::string::npos) << html;
    EXPECT_EQ(html.find(" onmouseover="), std::string::npos) << html;
    EXPECT_EQ(html.find("href='"), std::string::npos) << html;
  }
  EXPECT_EQ(CommentHtml("&lt;"), "<p>&amp;lt;</p>");
  EXPECT_EQ(CommentHtml(std::string("bad\xff\0byte", 9)), "<p>bad\xef\xbf\xbd\xef\xbf\xbd" "byte</p>");
}

}  // namespace
}  // namespace bs::discuss
