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

}  // namespace
}  // namespace bs::extract
