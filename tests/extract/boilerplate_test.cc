// Each class of boilerplate is left out of the body; real content stays.
#include <gtest/gtest.h>

#include "extract/boilerplate.h"
#include "extract/dom.h"
#include "extract/extractor.h"
#include "extract/html_document.h"
#include "page_builder.h"

namespace bs {
namespace {

using testing::Page;
using testing::ProseHtml;
using testing::ProseParagraphs;

constexpr const char* kUrl = "https://paper.example/news/story.html";

ExtractedArticle Extract(const std::string& html) {
  auto r = ExtractArticle(ExtractInput{html, kUrl, ""});
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : ExtractedArticle{};
}

void ExpectAllProse(const ExtractedArticle& a) {
  for (const auto& p : ProseParagraphs()) EXPECT_NE(a.text.find(p), std::string::npos) << p;
}

void ExpectAbsent(const ExtractedArticle& a, const std::string& s) {
  EXPECT_EQ(a.text.find(s), std::string::npos) << "kept: " << s << "\n--- text:\n" << a.text;
  EXPECT_EQ(a.html.find(s), std::string::npos) << "kept in html: " << s;
}

TEST(Boilerplate, SharePrompts) {
  auto a = Extract(Page("", ProseHtml(), "",
                        "<div class=\"share-bottom\"><p>Enjoyed this story? Share it.</p>"
                        "<a href=\"/s/fb\">Facebook</a></div>"
                        "<p>Like this article? Spread the word:</p>"));
  ExpectAllProse(a);
  ExpectAbsent(a, "Enjoyed this story");
  ExpectAbsent(a, "Spread the word");
  ExpectAbsent(a, "Facebook");
}

TEST(Boilerplate, NewsletterBlock) {
  auto a = Extract(Page("", ProseHtml(
      "<div class=\"signup-box\"><h3>The Morning Tide</h3><p>Get the day's news in five minutes. "
      "By providing your email you agree to our Privacy Policy.</p><form><input type=email>"
      "<button>Sign up</button></form></div>")));
  ExpectAllProse(a);
  ExpectAbsent(a, "Morning Tide");
  ExpectAbsent(a, "By providing your email");
}

TEST(Boilerplate, InlinePromosWithLabels) {
  std::string promos =
      "<p><strong>Related</strong><a href=\"/older\">The pier that time forgot</a></p>"
      "<aside class=\"inline\"><span>Read next:</span> <a href=\"/x\">Harbour dues to rise</a></aside>"
      "<div><span class=\"label\">On the same topic</span><a href=\"/y\">A window for the islands?</a></div>"
      "<p>Also read: <a href=\"/z\">Lighthouse keepers remember</a></p>";
  auto a = Extract(Page("", ProseHtml(promos)));
  ExpectAllProse(a);
  ExpectAbsent(a, "The pier that time forgot");
  ExpectAbsent(a, "Harbour dues to rise");
  ExpectAbsent(a, "A window for the islands?");
  ExpectAbsent(a, "Lighthouse keepers remember");
}

TEST(Boilerplate, CommentsAndPolicy) {
  std::string after =
      "<p>We welcome comments that advance the story through relevant opinion and data.</p>"
      "<div id=\"discussion\"><div class=\"c\"><p>This ferry never runs on time anyway, and nobody "
      "at the board seems to care about the people on the islands at all.</p>"
      "<p>Posted by islander42 | <a href=\"#r\">Report as abusive</a></p></div></div>"
      "<ol class=\"comment-list\"><li><p>Great piece, thank you for covering the outer islands "
      "so carefully and at such length.</p></li></ol>";
  auto a = Extract(Page("", ProseHtml(), "", after));
  ExpectAllProse(a);
  ExpectAbsent(a, "We welcome comments");
  ExpectAbsent(a, "never runs on time");
  ExpectAbsent(a, "Report as abusive");
  ExpectAbsent(a, "Great piece");
}

TEST(Boilerplate, CookieBannerNavFooterAds) {
  std::string chrome =
      "<div class=\"consent-layer\"><p>We use cookies to improve your experience.</p>"
      "<button>Accept</button></div>"
      "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World news</a></li></ul></nav>"
      "<footer><p>© 2024 The Harbour Gazette. All rights reserved.</p></footer>";
  std::string ad = "<div class=\"ad-slot\">Advertisement</div>";
  auto a = Extract(Page("", ProseHtml(ad), "", "", chrome));
  ExpectAllProse(a);
  ExpectAbsent(a, "We use cookies");
  ExpectAbsent(a, "World news");
  ExpectAbsent(a, "All rights reserved");
  ExpectAbsent(a, "Advertisement");
}

TEST(Boilerplate, AuthorBoxRepeat) {
  auto a = Extract(Page("", ProseHtml(), "<div class=\"byline\">By Mira Koenig</div>",
                        "<div class=\"about-author\"><h4>About Mira Koenig</h4><p>Mira Koenig has "
                        "reported on the islands since 2010.</p></div>"));
  ExpectAllProse(a);
  ExpectAbsent(a, "reported on the islands since");
  ExpectAbsent(a, "About Mira");
}

TEST(Boilerplate, RelatedListAndTags) {
  std::string after =
      "<div class=\"tags\">Topics: <a href=\"/t/1\">Ferries</a> <a href=\"/t/2\">Islands</a></div>"
      "<section><h3>More stories</h3><ul><li><a href=\"/1\">Bridge plan shelved again</a></li>"
      "<li><a href=\"/2\">Tourist numbers climb on the coast</a></li></ul></section>";
  auto a = Extract(Page("", ProseHtml(), "", after));
  ExpectAllProse(a);
  ExpectAbsent(a, "Bridge plan shelved");
  ExpectAbsent(a, "Topics:");
}

TEST(Boilerplate, ContentStructuresKept) {
  std::string body = ProseHtml() +
                     "<h2>What the islanders want</h2>"
                     "<ul><li>A late boat on weekdays</li><li>Cheaper season tickets</li></ul>"
                     "<blockquote><p>We are not asking for much, just a way home.</p></blockquote>"
                     "<table><tr><th>Route</th><th>Last boat</th></tr><tr><td>North</td><td>19:00</td></tr></table>"
                     "<figure><img src=\"/i/q.jpg\"><figcaption>The queue at the pier.</figcaption></figure>"
                     "<p>The board meets again in March.</p>";
  auto a = Extract(Page("", body));
  ExpectAllProse(a);
  for (const char* s : {"What the islanders want", "A late boat on weekdays", "just a way home",
                        "Last boat", "19:00", "The board meets again in March."})
    EXPECT_NE(a.text.find(s), std::string::npos) << s << "\n" << a.text;
  for (const char* tag : {"<h2>", "<ul>", "<li>", "<blockquote>", "<table>", "<th>", "<td>",
                          "<figure>", "<img src=\"https://paper.example/i/q.jpg\"",
                          "<figcaption>The queue at the pier.</figcaption>"})
    EXPECT_NE(a.html.find(tag), std::string::npos) << tag << "\n" << a.html;
  // Captions belong to their image, not to the prose.
  EXPECT_EQ(a.text.find("The queue at the pier."), std::string::npos);
}

TEST(Boilerplate, ShortClosingParagraphKept) {
  auto a = Extract(Page("", ProseHtml() + "<p>Results are expected by Monday.</p>"));
  EXPECT_NE(a.text.find("Results are expected by Monday."), std::string::npos);
  EXPECT_TRUE(a.text.ends_with("Results are expected by Monday."));
}

TEST(Boilerplate, ProseMentioningPhrasesIsKept) {
  // Ordinary sentences that share words with boilerplate patterns.
  std::string extra =
      "<p>Related costs, the operator said, had doubled since the fuel shortage began.</p>"
      "<p>He declined to comment.</p>";
  auto a = Extract(Page("", ProseHtml(extra)));
  EXPECT_NE(a.text.find("Related costs, the operator said"), std::string::npos);
  EXPECT_NE(a.text.find("He declined to comment."), std::string::npos);
}

TEST(IsBoilerplateText, Patterns) {
  using extract::IsBoilerplateText;
  EXPECT_TRUE(IsBoilerplateText("RelatedThe man who sold the pier", true));
  EXPECT_TRUE(IsBoilerplateText("Read next: Harbour dues", true));
  EXPECT_TRUE(IsBoilerplateText("On the same topicA window", true));
  EXPECT_TRUE(IsBoilerplateText("Posted by someone | Report as abusive", true));
  EXPECT_TRUE(IsBoilerplateText("Advertisement", false));
  EXPECT_FALSE(IsBoilerplateText("Relatedly, the board agreed.", false));
  EXPECT_FALSE(IsBoilerplateText("Subscribers to the ferry pass pay less.", false));
}

// Credit and source lines are attribution; sentences that merely start with
// the same word are not.
TEST(IsBoilerplateText, CreditLines) {
  using extract::IsBoilerplateText;
  EXPECT_TRUE(IsBoilerplateText("Photo: Harbour Board archive", false));
  EXPECT_TRUE(IsBoilerplateText("Crédits photos : Agence du Port", false));
  EXPECT_TRUE(IsBoilerplateText("Quelle: Hafenamt Westhaven", false));
  EXPECT_FALSE(IsBoilerplateText("Photographs of the old pier hang in the hall.", false));
  EXPECT_FALSE(IsBoilerplateText("Source of the delay: a broken winch, the board said.", false));
}

TEST(Boilerplate, ParagraphsSeparatedByBlankLines) {
  auto a = Extract(Page("", ProseHtml()));
  const auto& ps = ProseParagraphs();
  std::string expected;
  for (const auto& p : ps) expected += (expected.empty() ? "" : "\n\n") + p;
  EXPECT_EQ(a.text, expected);
}

TEST(Boilerplate, BrSeparatedParagraphs) {
  const auto& ps = ProseParagraphs();
  std::string body = "<div class=\"story-body\">" + ps[0] + "<br><br>" + ps[1] + "<br /><br />" + ps[2] +
                     "<br>" + ps[3] + "</div>";
  auto a = Extract("<html><body><div class=\"nav\"><a href=\"/\">Home</a></div>" + body + "</body></html>");
  EXPECT_NE(a.text.find(ps[0] + "\n\n" + ps[1] + "\n\n" + ps[2]), std::string::npos) << a.text;
  EXPECT_NE(a.html.find("<p>" + ps[1] + "</p>"), std::string::npos) << a.html;
}

// A heading over a block that was removed (a list of links to other
// stories) goes with it; section headings over kept text stay.
TEST(Boilerplate, HeadingOverRemovedBlockGoes) {
  std::string links = "<ul>";
  for (int i = 0; i < 4; ++i)
    links += "<li><a href=\"/s" + std::to_string(i) + "\">Another harbour story, part " + std::to_string(i) +
             "</a></li>";
  links += "</ul>";
  const auto& ps = ProseParagraphs();
  std::string body = "<p>" + ps[0] + "</p><p>" + ps[1] + "</p><h2>What the board decided</h2><p>" + ps[2] +
                     "</p><h3>Worth your time</h3>" + links + "<h3>The trial boat</h3><h4>Timetable</h4><p>" +
                     ps[3] + "</p><p>" + ps[4] + "</p>";
  auto a = Extract(Page("", body));
  ExpectAllProse(a);
  ExpectAbsent(a, "Worth your time");
  ExpectAbsent(a, "Another harbour story");
  EXPECT_NE(a.html.find("What the board decided"), std::string::npos) << a.html;
  EXPECT_NE(a.html.find("The trial boat"), std::string::npos) << a.html;
  EXPECT_NE(a.html.find("Timetable"), std::string::npos) << a.html;
}

// A linked name or a tagged phrase inside a sentence stays with the
// sentence, whatever its link density or class says.
TEST(Boilerplate, LinkedPhraseInsideASentenceStays) {
  std::string para =
      "<p>The crossing was opened by <a href=\"/people/mira-osei\"><strong>Mira Osei</strong></a>, the "
      "harbour master, who said the <span class=\"tag\">evening service</span> would run until March "
      "at the earliest.</p>";
  auto a = Extract(Page("", ProseHtml(para)));
  ExpectAllProse(a);
  EXPECT_NE(a.text.find("opened by Mira Osei, the harbour master, who said the evening service would run"),
            std::string::npos)
      << a.text;
}

// Section headings wrapped in blocks classed "header" (a CMS module's
// heading) are the article's subheadings, not the page header.
TEST(Boilerplate, SubheadingsClassedHeaderStay) {
  const auto& ps = ProseParagraphs();
  std::string body = "<p>" + ps[0] + "</p><p>" + ps[1] + "</p>"
                     "<div class=\"module module-header\"><h3 id=\"module-header-2\">Fares and passes</h3></div>"
                     "<p>" + ps[2] + "</p><header class=\"fold-head\"><h3>The trial boat</h3></header><p>" + ps[3] +
                     "</p><p>" + ps[4] + "</p>";
  auto a = Extract(Page("", body));
  ExpectAllProse(a);
  EXPECT_NE(a.text.find("Fares and passes"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("The trial boat"), std::string::npos) << a.text;
}

// A short post whose container carries its category and tags as classes
// ("post category-news tag-harbour") is content, not a meta block; so is a
// content module's <header> holding its paragraphs.
TEST(Boilerplate, ShortPostContainerWithMetaClassesStays) {
  const auto& ps = ProseParagraphs();
  std::string html =
      "<html><body><div id=\"content\"><div class=\"post-7 post category-news tag-harbour\"><p>" + ps[0] +
      "</p><p>" + ps[1] + "</p></div><section class=\"module\"><header class=\"module-text\"><p>" + ps[2] +
      "</p><p>" + ps[3] + "</p></header></section><div class=\"more\"><p>" + ps[4] + "</p><p>" + ps[0] +
      "</p><p>" + ps[1] + "</p><p>" + ps[2] + "</p></div></div></body></html>";
  auto doc = extract::ParseHtml(html);
  ASSERT_TRUE(doc.ok());
  extract::Dom dom(xmlDocGetRootElement(doc->get()));
  int content = -1;
  for (int i = 0; i < dom.size() && content < 0; ++i)
    if (dom[i].tag == extract::Tag::kDiv) content = i;
  ASSERT_GE(content, 0);
  auto drop = extract::FindBoilerplate(dom, {content}, "");
  for (int i = content; i < dom[content].end; ++i) EXPECT_EQ(drop[static_cast<std::size_t>(i)], 0) << i;
}

// A teaser box for another story inside the body goes; the story's own
// lead classed "teaser" before the body stays.
TEST(Boilerplate, InlineTeaserForAnotherStoryGoes) {
  const std::string lead =
      "Islanders who work on the mainland have waited three years for an evening boat, and "
      "the board now says one may run by spring.";
  std::string teaser = "<div class=\"inline-teaser\"><p>Lighthouse keepers accept the new rota after "
                       "months of talks. <a href=\"/keepers\">Read the story</a></p></div>";
  auto a = Extract(Page("", ProseHtml(teaser), "<h1>Late ferry may return</h1><p class=\"teaser-text\">" + lead + "</p>"));
  ExpectAllProse(a);
  ExpectAbsent(a, "Lighthouse keepers");
  EXPECT_NE(a.text.find(lead), std::string::npos) << a.text;
}

}  // namespace
}  // namespace bs
