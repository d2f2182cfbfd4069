// Body HTML to Markdown: structure survives, and text reads back as itself.
#include <gtest/gtest.h>

#include <string>

#include "extract/extractor.h"
#include "extract/markdown.h"
#include "page_builder.h"

namespace bs::extract {
namespace {

TEST(Markdown, ParagraphsAndHeadings) {
  EXPECT_EQ(HtmlToMarkdown("<h2>Harbour reopens</h2><p>Boats left at dawn.</p>"
                           "<h3>Fares</h3><p>Unchanged  for\n now.</p><h4>Notes</h4>"),
            "## Harbour reopens\n\nBoats left at dawn.\n\n### Fares\n\nUnchanged for now.\n\n#### Notes");
  EXPECT_EQ(HtmlToMarkdown(""), "");
  EXPECT_EQ(HtmlToMarkdown("  \n "), "");
  EXPECT_EQ(HtmlToMarkdown("<p> </p><h2></h2>"), "");
}

TEST(Markdown, InlineEmphasisAndLinks) {
  EXPECT_EQ(HtmlToMarkdown("<p>The <em>new</em> ferry is <strong>twice as fast</strong> "
                           "and <b><i>cheaper</i></b>.</p>"),
            "The *new* ferry is **twice as fast** and ***cheaper***.");
  // Whitespace at an element's edge stays outside the markers, where
  // CommonMark can still see them as emphasis.
  EXPECT_EQ(HtmlToMarkdown("<p>a<em> spaced </em>b</p>"), "a *spaced* b");
  EXPECT_EQ(HtmlToMarkdown("<p>x<strong> </strong>y</p>"), "x y");
  // Emphasis inside the same emphasis adds no markers.
  EXPECT_EQ(HtmlToMarkdown("<p><em>one <i>two</i></em></p>"), "*one two*");
  EXPECT_EQ(HtmlToMarkdown("<p>Read <a href=\"https://paper.example/a(1) b\">the <em>report</em></a>.</p>"),
            "Read [the *report*](https://paper.example/a%281%29%20b).");
  EXPECT_EQ(HtmlToMarkdown("<p><a href=\"https://paper.example/\"> </a>empty link</p>"), "empty link");
}

TEST(Markdown, MetacharactersInTextAreEscaped) {
  EXPECT_EQ(HtmlToMarkdown("<p>2*3 = 6, [a](b), `tick`, &lt;b&gt; \\ ~x~ a|b</p>"),
            "2\\*3 = 6, \\[a\\](b), \\`tick\\`, \\<b> \\\\ \\~x\\~ a\\|b");
  // Underscores inside words cannot emphasise; at word edges they could.
  EXPECT_EQ(HtmlToMarkdown("<p>snake_case and _edge_</p>"), "snake_case and \\_edge\\_");
  // '&' only where it would read as an entity.
  EXPECT_EQ(HtmlToMarkdown("<p>AT&amp;T &amp;copy; &amp;#169; &amp; more</p>"),
            "AT&T \\&copy; \\&#169; & more");
}

TEST(Markdown, LineStartMarkersAreEscaped) {
  EXPECT_EQ(HtmlToMarkdown("<p># not a heading</p>"), "\\# not a heading");
  EXPECT_EQ(HtmlToMarkdown("<p>#hashtag</p>"), "#hashtag");
  EXPECT_EQ(HtmlToMarkdown("<p>- not a list</p>"), "\\- not a list");
  EXPECT_EQ(HtmlToMarkdown("<p>+ plus</p>"), "\\+ plus");
  EXPECT_EQ(HtmlToMarkdown("<p>&gt; not a quote</p>"), "\\> not a quote");
  EXPECT_EQ(HtmlToMarkdown("<p>1984. A year.</p>"), "1984\\. A year.");
  EXPECT_EQ(HtmlToMarkdown("<p>3) third</p>"), "3\\) third");
  EXPECT_EQ(HtmlToMarkdown("<p>1.5 million</p>"), "1.5 million");
  EXPECT_EQ(HtmlToMarkdown("<p>===</p>"), "\\===");
  // After a hard break the next line is a line start too.
  EXPECT_EQ(HtmlToMarkdown("<p>first<br>- second<br><br>2. third<br></p>"),
            "first\\\n\\- second\\\n2\\. third");
  // A heading's closing hashes would vanish.
  EXPECT_EQ(HtmlToMarkdown("<h2>Learn C#</h2><h3>Issue #</h3>"), "## Learn C#\n\n### Issue \\#");
}

TEST(Markdown, NestedLists) {
  EXPECT_EQ(HtmlToMarkdown("<ul><li>tea<ul><li>green</li><li>black</li></ul></li><li>coffee</li></ul>"),
            "- tea\n  - green\n  - black\n- coffee");
  EXPECT_EQ(HtmlToMarkdown("<ol><li>one</li><li>two<ol><li>deep</li></ol></li></ol>"),
            "1. one\n2. two\n   1. deep");
  // Ten or more items: continuation lines line up with the wider marker.
  std::string html = "<ol>";
  for (int i = 0; i < 10; ++i) html += "<li>item<br>more</li>";
  html += "</ol>";
  std::string md = HtmlToMarkdown(html);
  EXPECT_NE(md.find("10. item\\\n    more"), std::string::npos) << md;
  // A list written straight into its parent list belongs to the previous item.
  EXPECT_EQ(HtmlToMarkdown("<ul><li>a</li><ul><li>b</li></ul></ul>"), "- a\n  - b");
  // Empty items are dropped; text starting like a marker is escaped.
  EXPECT_EQ(HtmlToMarkdown("<ul><li></li><li>- dash</li></ul>"), "- \\- dash");
  // Paragraphs inside an item stay inside it.
  EXPECT_EQ(HtmlToMarkdown("<ul><li><p>one</p><p>two</p></li></ul>"), "- one\n\n  two");
}

TEST(Markdown, AdjacentListsStayApart) {
  EXPECT_EQ(HtmlToMarkdown("<ul><li>a</li></ul><ul><li>b</li></ul>"), "- a\n\n* b");
  EXPECT_EQ(HtmlToMarkdown("<ol><li>a</li></ol><ol><li>b</li></ol>"), "1. a\n\n1) b");
}

TEST(Markdown, Blockquotes) {
  EXPECT_EQ(HtmlToMarkdown("<blockquote><p>We will rebuild.</p><p>Soon.</p></blockquote>"),
            "> We will rebuild.\n>\n> Soon.");
  EXPECT_EQ(HtmlToMarkdown("<blockquote>Bare <em>text</em><blockquote>inner</blockquote></blockquote>"),
            "> Bare *text*\n>\n> > inner");
  EXPECT_EQ(HtmlToMarkdown("<ul><li><blockquote>said</blockquote></li></ul>"), "- > said");
}

TEST(Markdown, FiguresAndImages) {
  EXPECT_EQ(HtmlToMarkdown("<figure><img src=\"https://p.example/a.jpg\" alt=\"Boats [moored]\">"
                           "<figcaption>The harbour at <em>dawn</em>.</figcaption></figure>"),
            "![Boats \\[moored\\]](https://p.example/a.jpg)\n\nThe harbour at *dawn*.");
  EXPECT_EQ(HtmlToMarkdown("<p>Logo <img src=\"https://p.example/l.png\" alt=\"\"> here</p>"),
            "Logo ![](https://p.example/l.png) here");
  EXPECT_EQ(HtmlToMarkdown("<p><a href=\"https://p.example/big\"><img src=\"https://p.example/s.png\" alt=\"map\"></a></p>"),
            "[![map](https://p.example/s.png)](https://p.example/big)");
  EXPECT_EQ(HtmlToMarkdown("<p><img alt=\"no source\"></p>"), "");
}

TEST(Markdown, TablesArePipeTables) {
  EXPECT_EQ(HtmlToMarkdown("<table><thead><tr><th>Port</th><th>Boats</th></tr></thead>"
                           "<tbody><tr><td>North | East</td><td>12</td></tr>"
                           "<tr><td>South<br>bay</td></tr></tbody></table>"),
            "| Port | Boats |\n| --- | --- |\n| North \\| East | 12 |\n| South bay |  |");
  // Blocks inside a cell become one line of text.
  EXPECT_EQ(HtmlToMarkdown("<table><tr><td><p>a</p><ul><li>b</li></ul></td></tr></table>"),
            "| a b |\n| --- |");
  EXPECT_EQ(HtmlToMarkdown("<table></table><p>after</p>"), "after");
}

// libxml2 itself gives up past 256 levels, so the depths stay under that.
TEST(Markdown, DeepNestingIsBoundedAndKeepsText) {
  std::string html;
  for (int i = 0; i < 80; ++i) html += "<blockquote><ul><li>";
  html += "<em>bottom</em>";
  std::string md = HtmlToMarkdown(html);
  EXPECT_NE(md.find("bottom"), std::string::npos);
  // Structure up to the bound (quote, list, quote...), flat text past it.
  EXPECT_EQ(md.rfind("> - > - ", 0), 0u) << md;
  EXPECT_LT(md.size(), 200u) << md;
  std::string spans;
  for (int i = 0; i < 250; ++i) spans += "<span>";
  spans += "x*y";
  EXPECT_EQ(HtmlToMarkdown(spans), "x\\*y");
}

TEST(Markdown, WideRowsAreCapped) {
  std::string html = "<table><tr>";
  for (int i = 0; i < 1000; ++i) html += "<td>c</td>";
  html += "</tr><tr><td>x</td></tr></table>";
  std::string md = HtmlToMarkdown(html);
  std::string second_row = md.substr(md.rfind('\n') + 1);
  EXPECT_LT(second_row.size(), 64u * 4 + 8) << second_row.size();
}

TEST(Markdown, TitleLine) {
  EXPECT_EQ(EscapeMarkdownLine("  1. The *best*\n ferry #"), "1\\. The \\*best\\* ferry \\#");
}

TEST(Markdown, ExtractedArticleConverts) {
  std::string body =
      "<h2>Background</h2>" + testing::ProseHtml() +
      "<ul><li>First point about the ferry timetable for the winter</li>"
      "<li>Second point about the fares charged on the night crossing</li></ul>";
  auto r = ExtractArticle(ExtractInput{testing::Page("<title>Ferry</title>", body),
                                       "https://paper.example/a.html", ""});
  ASSERT_TRUE(r.ok());
  std::string md = HtmlToMarkdown(r->html);
  EXPECT_NE(md.find("## Background"), std::string::npos) << md;
  EXPECT_NE(md.find("\n- First point about the ferry timetable"), std::string::npos) << md;
  EXPECT_EQ(md.find('<'), std::string::npos) << md;
}

}  // namespace
}  // namespace bs::extract
