// Class/id hints: token-wise classification with a shared cache gives the
// same answer as classifying the whole attribute text.
#include <gtest/gtest.h>

#include <libxml/HTMLparser.h>

#include "extract/dom.h"
#include "extract/hints.h"
#include "extract/html_document.h"

namespace bs::extract {
namespace {

// Hints of the first <div> of `html`, with and without a cache.
std::pair<std::uint32_t, std::uint32_t> DivHints(const std::string& html, HintCache& cache) {
  auto doc = ParseHtml(html);
  EXPECT_TRUE(doc.ok());
  Dom dom(xmlDocGetRootElement(doc->get()));
  int div = dom.Find(Tag::kDiv);
  EXPECT_GE(div, 0);
  return {ClassifyHints(dom[div].x, Tag::kDiv, &cache), ClassifyHints(dom[div].x, nullptr)};
}

TEST(Hints, TokensMatchWholeText) {
  HintCache cache;
  const char* cases[] = {
      "<div class=\"Share-Bar el-4f2a9c\">x</div>",
      "<div class=\"header  main\" id=\"Ad\">x</div>",
      "<div class=\"story-body\" role=\"complementary\" itemprop=\"articleBody\">x</div>",
      "<div class=\"readnext\tnav\">x</div>",
      "<div id=\"related-stories\" class=\"\">x</div>",
  };
  for (const char* html : cases) {
    auto [cached, uncached] = DivHints(html, cache);
    EXPECT_EQ(cached, uncached) << html;
    // Whole-text classification, lowered by hand.
    std::string lowered;
    auto doc = ParseHtml(html);
    Dom dom(xmlDocGetRootElement(doc->get()));
    int div = dom.Find(Tag::kDiv);
    for (const char* a : {"class", "id", "role", "itemprop"}) lowered += Attr(dom[div].x, a) + " ";
    for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_EQ(cached, ClassifyHintText(lowered)) << html;
  }
  // Second lookups come from the cache and agree.
  for (const char* html : cases) {
    auto [cached, uncached] = DivHints(html, cache);
    EXPECT_EQ(cached, uncached) << html;
  }
}

TEST(Hints, WordRulesNeedWordBoundaries) {
  EXPECT_EQ(ClassifyHintText("site-header") & kHintAd, 0u);
  EXPECT_NE(ClassifyHintText("ad slot") & kHintAd, 0u);
  EXPECT_NE(ClassifyHintText("top-ad") & kHintAd, 0u);
  EXPECT_EQ(ClassifyHintText("canvas") & kHintNav, 0u);
  EXPECT_NE(ClassifyHintText("main-nav") & kHintNav, 0u);
  EXPECT_NE(ClassifyHintText("sharebar") & kHintShare, 0u);
  EXPECT_NE(ClassifyHintText("article-body") & kHintPositive, 0u);
  EXPECT_EQ(ClassifyHintText("x9f3k"), 0u);
}

}  // namespace
}  // namespace bs::extract

namespace bs::extract {
namespace {

TEST(Hints, SharedIsNotShare) {
  EXPECT_EQ(ClassifyHintText("evolve-shared-mutable-history") & kHintShare, 0u);
  EXPECT_NE(ClassifyHintText("share-tools") & kHintShare, 0u);
  EXPECT_NE(ClassifyHintText("socialshare") & kHintShare, 0u);
  EXPECT_NE(ClassifyHintText("article-sharing") & kHintShare, 0u);
}

}  // namespace
}  // namespace bs::extract

namespace bs::extract {
namespace {

TEST(Hints, PrintLayoutMarkersAreNotPrintButtons) {
  EXPECT_EQ(ClassifyHintText("print-content") & kHintShare, 0u);
  EXPECT_EQ(ClassifyHintText("col print-full") & kHintShare, 0u);
  EXPECT_NE(ClassifyHintText("btn-print") & kHintShare, 0u);
  EXPECT_NE(ClassifyHintText("printbutton") & kHintShare, 0u);
}

// Classes that hide an element on some screens or media only, or hide a
// part of it, do not make it invisible; the plain words still do.
TEST(Hints, ResponsiveAndPartialHidingIsNotHidden) {
  for (const char* shown : {"hidden-xs col-md-8", "hide-for-print", "is-hidden-large",
                            "field field--label-hidden", "box overflow-hidden", "hidden-print"})
    EXPECT_EQ(ClassifyHintText(shown) & kHintHidden, 0u) << shown;
  for (const char* hidden : {"hidden", "is-hidden", "js-hide", "u-hidden promo-box", "hide"})
    EXPECT_NE(ClassifyHintText(hidden) & kHintHidden, 0u) << hidden;
}

// A body field whose label is hidden is not hidden itself.
TEST(Hints, BodyFieldWithHiddenLabelIsNotHidden) {
  std::string body;
  for (int i = 0; i < 4; ++i)
    body += "<p>The reservoir above the valley rose by a metre after the storm, and engineers "
            "opened the spillway for the first time in nine years, the water board said.</p>";
  std::string html = "<html><body><div class=\"node\"><h1>Spillway opened</h1>"
                     "<div class=\"field field-name-body field-label-hidden\">" + body +
                     "</div></div><div class=\"hidden-xs sidebar-links\"><a href=\"/a\">Weather</a>"
                     "</div></body></html>";
  auto doc = ParseHtml(html);
  ASSERT_TRUE(doc.ok());
  Dom dom(xmlDocGetRootElement(doc->get()));
  int field = -1;
  for (int i = 0; i < dom.size() && field < 0; ++i)
    if (dom[i].tag == Tag::kDiv && Attr(dom[i].x, "class").find("field-name-body") != std::string::npos) field = i;
  ASSERT_GE(field, 0);
  EXPECT_EQ(dom[field].hints & kHintHidden, 0u);
  EXPECT_FALSE(dom[field].skipped);
}

// The hyphenated spelling of a newsletter box is one too.
TEST(Hints, HyphenatedNewsletter) {
  EXPECT_NE(ClassifyHintText("news-letter-section") & kHintNewsletter, 0u);
  EXPECT_NE(ClassifyHintText("newsletter-signup") & kHintNewsletter, 0u);
}

}  // namespace
}  // namespace bs::extract
