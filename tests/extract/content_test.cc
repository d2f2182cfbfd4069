// Choosing the body: content split over several wrappers is kept whole.
#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "page_builder.h"

namespace bs {
namespace {

using testing::ProseParagraphs;

ExtractedArticle Extract(const std::string& html) {
  auto r = ExtractArticle(ExtractInput{html, "https://paper.example/guide.html", ""});
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : ExtractedArticle{};
}

// A how-to page: one long step and two short ones, each wrapped three deep
// with a heading beside the text, so no single wrapper level above the best
// block adds much prose.
TEST(Content, StepsWrappedSeveralLevelsDeepStayTogether) {
  const auto& ps = ProseParagraphs();
  auto step = [](const std::string& heading, const std::string& paras) {
    return "<div class=\"step\"><div class=\"step-inner\"><h3>" + heading +
           "</h3><div class=\"text\">" + paras + "</div></div></div>";
  };
  std::string page =
      "<html><body><div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/guides\">Guides</a></div>"
      "<div class=\"steps\">" +
      step("Before the meeting", "<p>" + ps[0] + "</p><p>" + ps[1] + "</p><p>" + ps[2] + "</p>") +
      step("At the pier", "<p>" + ps[3] + "</p>") + step("Afterwards", "<p>" + ps[4] + "</p>") +
      "</div><div class=\"site-foot\"><a href=\"/about\">About us</a></div></body></html>";
  auto a = Extract(page);
  for (const auto& p : ps) EXPECT_NE(a.text.find(p), std::string::npos) << p << "\n---\n" << a.text;
  EXPECT_EQ(a.text.find("About us"), std::string::npos);
}

// A long read in two sections, the second nested deeper beside a video, with
// a list of links between them: the page around them is too link-heavy to
// climb into and the second is no sibling of the first, but it is nearly as
// strong, so both are the body.
TEST(Content, TwoSectionsAroundALinkListAreBothKept) {
  const auto& ps = ProseParagraphs();
  std::string links = "<ul class=\"series\">";
  for (int i = 0; i < 14; ++i)
    links += "<li><a href=\"/part-" + std::to_string(i) + "\">Part " + std::to_string(i) +
             " of our series on island ferries and harbours</a></li>";
  links += "</ul>";
  std::string page =
      "<html><body><div class=\"page\"><div class=\"section\"><div class=\"post-content\"><p>" + ps[0] +
      "</p><p>" + ps[1] + "</p><p>" + ps[2] + "</p></div></div>" + links +
      "<div class=\"more\"><div class=\"video-box\"><iframe src=\"https://video.example/1\"></iframe></div>"
      "<div class=\"wrap\"><div class=\"section\"><div class=\"post-content\"><p>" + ps[3] + "</p><p>" + ps[4] +
      "</p><p>Ferry crews, for their part, said they would welcome a later shift, provided the "
      "operator kept the pay it had offered last winter.</p></div></div></div></div></div></body></html>";
  auto a = Extract(page);
  for (const auto& p : ps) EXPECT_NE(a.text.find(p), std::string::npos) << p << "\n---\n" << a.text;
}

// The article, wrapped a few levels deep, shares a column with a longer
// stream of teasers (headline links plus summaries): climbing past the
// wrappers must not take the stream in.
TEST(Content, ClimbStopsBeforeATeaserStream) {
  const auto& ps = ProseParagraphs();
  std::string stream = "<div class=\"stream\">";
  for (int i = 0; i < 8; ++i)
    stream += "<div class=\"item\"><h3><a href=\"/t" + std::to_string(i) +
              "\">Teaser headline number " + std::to_string(i) + " about the coast</a></h3>"
              "<p>Summary " + std::to_string(i) + ": a short account of another story from the "
              "coast, written to make readers click through.</p></div>";
  stream += "</div>";
  std::string page = "<html><body><div id=\"column\"><section class=\"story\"><div class=\"book\">"
                     "<div class=\"story-body\"><p>" + ps[0] + "</p><p>" + ps[1] + "</p><p>" + ps[2] +
                     "</p></div><div class=\"caption\">Photo: the pier at dusk.</div></div></section>" +
                     stream + "</div></body></html>";
  auto a = Extract(page);
  for (int i = 0; i < 3; ++i) EXPECT_NE(a.text.find(ps[i]), std::string::npos) << ps[i];
  EXPECT_EQ(a.text.find("Summary 3"), std::string::npos) << a.text;
}

// The lead paragraph sits in the article's <header> with the headline, a
// byline and a captioned picture, before the body's own wrapper: it is part
// of the article; the headline, byline and caption are not.
TEST(Content, LeadParagraphInTheArticleHeaderIsKept) {
  const auto& ps = ProseParagraphs();
  const std::string lead =
      "Islanders who work on the mainland have waited three years for an evening boat, and "
      "the board now says one may run by spring.";
  std::string page =
      "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><main><article>"
      "<header class=\"article-header\"><h1>Late ferry may return</h1>"
      "<div class=\"article-header__intro\"><p>" + lead + "</p></div>"
      "<div class=\"byline\">By Mira Osei, harbour correspondent for the Gazette</div>"
      "<div class=\"hero\"><img src=\"/img/pier.jpg\"><p>The pier at Westhaven on a calm "
      "evening last week, photographed from the harbour wall.</p></div></header>"
      "<div class=\"story-body\"><p>" + ps[0] + "</p><p>" + ps[1] + "</p><p>" + ps[2] +
      "</p></div></article></main></body></html>";
  auto a = Extract(page);
  EXPECT_NE(a.text.find(lead), std::string::npos) << a.text;
  EXPECT_LT(a.text.find(lead), a.text.find(ps[0])) << a.text;
  EXPECT_EQ(a.text.find("Late ferry may return"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Mira Osei"), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("calm evening"), std::string::npos) << a.text;
}

// Text before the headline (a teaser for another story above the article)
// is not a lead.
TEST(Content, LeadSearchStopsAtTheHeadline) {
  const auto& ps = ProseParagraphs();
  std::string page =
      "<html><body><main><div class=\"top-teaser\"><p>Elsewhere today: the lighthouse keepers' "
      "union has voted to accept the new rota after months of talks with the board.</p></div>"
      "<article><h1>Late ferry may return</h1><div class=\"story-body\"><p>" + ps[0] + "</p><p>" +
      ps[1] + "</p><p>" + ps[2] + "</p></div></article></main></body></html>";
  auto a = Extract(page);
  EXPECT_NE(a.text.find(ps[0]), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("lighthouse keepers"), std::string::npos) << a.text;
}

// A page builder wraps every text block in a "widget"; the article's text
// widgets are content, the sidebar's link-list widgets are not.
TEST(Content, PageBuilderTextWidgetsAreTheBody) {
  const auto& ps = ProseParagraphs();
  auto widget = [](const std::string& inner) {
    return "<div class=\"builder-element builder-widget builder-widget-text\">"
           "<div class=\"builder-widget-container\">" + inner + "</div></div>";
  };
  std::string recent = "<ul>";
  for (int i = 0; i < 6; ++i)
    recent += "<li><a href=\"/p" + std::to_string(i) + "\">Recent post number " + std::to_string(i) +
              " from the harbour desk</a></li>";
  recent += "</ul>";
  std::string page =
      "<html><body><div class=\"builder-section\"><div class=\"builder-column builder-col-66\">" +
      widget("<h1>Late ferry may return</h1>") + widget("<p>" + ps[0] + "</p><p>" + ps[1] + "</p>") +
      widget("<p>" + ps[2] + "</p><p>" + ps[3] + "</p>") +
      "</div><div class=\"builder-column builder-col-33\">" + widget("<h3>Recent posts</h3>" + recent) +
      "</div></div></body></html>";
  auto a = Extract(page);
  for (int i = 0; i < 4; ++i) EXPECT_NE(a.text.find(ps[i]), std::string::npos) << ps[i] << "\n---\n" << a.text;
  EXPECT_EQ(a.text.find("Recent post number"), std::string::npos) << a.text;
}

// A layout column whose class reads like a sidebar ("right-column") but
// holds nearly all the page's prose is where the article is.
TEST(Content, ColumnWithSidebarishClassHoldingTheProseIsTheBody) {
  const auto& ps = ProseParagraphs();
  std::string nav = "<div class=\"left-col\"><ul>";
  for (int i = 0; i < 40; ++i)
    nav += "<li><a href=\"/s" + std::to_string(i) + "\">Section number " + std::to_string(i) + " of the paper</a></li>";
  nav += "</ul><p class=\"note\">Subscribe for a weekly digest of harbour news.</p></div>";
  std::string page = "<html><body>" + nav + "<div class=\"right-column\"><div class=\"inner\"><p>" + ps[0] +
                     "</p><p>" + ps[1] + "</p><p>" + ps[2] + "</p><p>" + ps[3] + "</p></div></div></body></html>";
  auto a = Extract(page);
  for (int i = 0; i < 4; ++i) EXPECT_NE(a.text.find(ps[i]), std::string::npos) << ps[i] << "\n---\n" << a.text;
  EXPECT_EQ(a.text.find("Section number 3"), std::string::npos) << a.text;
}

// The story goes on in a block of its own after the main one (under a
// subheading); the comment form after it is not part of it.
TEST(Content, ProseContinuingAfterTheBodyIsKept) {
  const auto& ps = ProseParagraphs();
  auto block = [](const std::string& inner) {
    return "<section class=\"text-block\"><div class=\"row\"><div class=\"col\">" + inner +
           "</div></div></section>";
  };
  std::string page = "<html><body><main><h1>Late ferry may return</h1>" +
                     block("<p>" + ps[0] + "</p><p>" + ps[1] + "</p><p>" + ps[2] + "</p><p>" + ps[3] + "</p>") +
                     "<div class=\"media\"><img src=\"/a.jpg\"></div>" +
                     block("<h2>What happens next</h2><p>" + ps[4] + "</p>") +
                     "<div class=\"comments\"><h3>Leave a reply</h3><p>Your address will not be shown to "
                     "other readers of this page.</p></div></main></body></html>";
  auto a = Extract(page);
  for (const auto& p : ps) EXPECT_NE(a.text.find(p), std::string::npos) << p << "\n---\n" << a.text;
  EXPECT_EQ(a.text.find("Your address"), std::string::npos) << a.text;
}

// The article header is classed for everything in it, share buttons
// included; the lead paragraph in it is still the lead.
TEST(Content, LeadInAHeaderClassedForItsShareButtons) {
  const auto& ps = ProseParagraphs();
  const std::string lead =
      "Islanders who work on the mainland have waited three years for an evening boat, and "
      "the board now says one may run by spring.";
  std::string page =
      "<html><body><main><section class=\"story\"><div class=\"story-head story-head--with-share\">"
      "<h1>Late ferry to the outer islands may return by spring, harbour board says</h1>"
      "<div class=\"story-head__intro\">" + lead + "</div><div class=\"story-head__by\">Mira Osei, "
      "harbour correspondent, Westhaven, 12 March</div><div class=\"buttons\"><a href=\"/s/1\">Post "
      "this story</a> <a href=\"/s/2\">Send by mail</a></div></div>"
      "<div class=\"story-text\"><p>" + ps[0] + "</p><p>" + ps[1] + "</p><p>" + ps[2] +
      "</p></div></section></main></body></html>";
  auto a = Extract(page);
  EXPECT_NE(a.text.find(lead), std::string::npos) << a.text;
  EXPECT_EQ(a.text.find("Send by mail"), std::string::npos) << a.text;
}

}  // namespace
}  // namespace bs
