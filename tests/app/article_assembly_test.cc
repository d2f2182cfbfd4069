#include "app/article_assembly.h"

#include <gtest/gtest.h>

namespace bs {
namespace {

TEST(TeaserTest, CutsAtWordBoundary) {
  std::string body(50, 'x');
  body = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda";
  std::string t = MakeTeaser("", body, 30);
  EXPECT_LE(t.size(), 30u + 3);  // plus the ellipsis
  EXPECT_EQ(t.back(), "…"[2]);
  EXPECT_EQ(t.find("lambda"), std::string::npos);
}

TEST(TeaserTest, NeverSplitsAUtf8Character) {
  std::string cjk;
  for (int i = 0; i < 200; ++i) cjk += "中";
  std::string t = MakeTeaser("", cjk, 100);
  // Every character is 3 bytes; the cut must land on a boundary.
  EXPECT_EQ((t.size() - 3) % 3, 0u);
}

TEST(TeaserTest, PrefersStandfirstAndFirstParagraph) {
  EXPECT_EQ(MakeTeaser("Stand.", "Body."), "Stand.");
  EXPECT_EQ(MakeTeaser("", "First para.\n\nSecond para."), "First para.");
}

TEST(AssembleTest, FeedHeadlinePageMetadata) {
  Source src;
  src.slug = "paper";
  src.region = "south-asia";
  src.language = "en";
  src.section_map = {{"world", "diplomacy"}};
  std::vector<Taxon> sections = {{"diplomacy", "Diplomacy"}, {"business", "Business"}};
  FeedEntry e;
  e.id = "g1";
  e.title = "Talks resume";
  e.categories = {"World"};
  e.published = 1000;
  e.authors = {"Feed Author"};
  ExtractedArticle p;
  p.title = "Talks resume | The Paper";
  p.authors = {"Page Author"};
  p.published = 2000;
  p.text = "Body one.\n\nBody two.";
  p.html = "<p>Body one.</p><p>Body two.</p>";
  Article a = AssembleArticle(src, sections, e, p, "https://paper.example/a");
  EXPECT_EQ(a.title, "Talks resume");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Page Author"});
  EXPECT_EQ(a.published, 2000);
  EXPECT_EQ(a.section, "diplomacy");
  EXPECT_EQ(a.region, "south-asia");
  EXPECT_EQ(a.teaser, "Body one.");
  EXPECT_FALSE(a.content_hash.empty());

  // The hash tracks visible content only.
  Article b = a;
  b.fetched_at = 99;
  EXPECT_EQ(ArticleContentHash(b), a.content_hash);
  b.body_text += " More.";
  EXPECT_NE(ArticleContentHash(b), a.content_hash);
}

TEST(AssembleTest, SectionOriginSaysWhetherThePartnerLabelledIt) {
  Source src;
  src.slug = "paper";
  src.section_map = {{"world", "diplomacy"}};
  src.default_section = "business";
  std::vector<Taxon> sections = {{"diplomacy", "Diplomacy"}, {"business", "Business"}};
  ExtractedArticle p;
  p.text = "Body.";
  FeedEntry mapped;
  mapped.categories = {"World"};
  Article a = AssembleArticle(src, sections, mapped, p, "https://paper.example/a");
  EXPECT_EQ(a.section, "diplomacy");
  EXPECT_EQ(a.section_origin, SectionOrigin::kMapping);
  EXPECT_DOUBLE_EQ(a.section_confidence, 1.0);

  FeedEntry unlabelled;
  unlabelled.categories = {"Odds and ends"};
  Article b = AssembleArticle(src, sections, unlabelled, p, "https://paper.example/b");
  EXPECT_EQ(b.section, "business");
  EXPECT_EQ(b.section_origin, SectionOrigin::kDefault);
  EXPECT_LT(b.section_confidence, 0.5);
}

TEST(AssembleTest, KeepsThePagesCanonicalOnlyWhenItNamesAnotherAddress) {
  Source src;
  src.slug = "paper";
  FeedEntry e;
  ExtractedArticle p;
  p.text = "Body.";
  const std::string url = "https://paper.example/a";

  p.canonical_url = "https://paper.example/a?utm_source=feed";  // itself, with tracking
  EXPECT_EQ(AssembleArticle(src, {}, e, p, url).page_canonical_url, "");

  p.canonical_url = "https://origin.example/story/1";  // the partner that ran it first
  Article copy = AssembleArticle(src, {}, e, p, url);
  EXPECT_EQ(copy.page_canonical_url, "https://origin.example/story/1");
  p.canonical_url = "";
  EXPECT_NE(AssembleArticle(src, {}, e, p, url).content_hash, copy.content_hash);
}

}  // namespace
}  // namespace bs
