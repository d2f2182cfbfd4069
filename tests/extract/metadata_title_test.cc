// Title choice and JSON-LD reading on small hand-written pages.
#include <gtest/gtest.h>

#include "core/time.h"
#include "extract/extractor.h"
#include "extract/metadata_jsonld.h"
#include "extract/metadata_title.h"
#include "page_builder.h"

namespace bs {
namespace {

using testing::Page;
using testing::ProseHtml;

constexpr const char* kUrl = "https://www.lanterndaily.example/towns/2025/bridge-repairs.html";

ExtractedArticle Extract(const std::string& html, const std::string& url = kUrl) {
  auto r = ExtractArticle(ExtractInput{html, url, ""});
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : ExtractedArticle{};
}

std::string Iso(const std::optional<Timestamp>& t) { return t ? FormatIso8601Utc(*t) : "none"; }

TEST(JsonLd, CdataAndCommentWrappersAreRemoved) {
  EXPECT_EQ(extract::UnwrapScriptText("\n  <![CDATA[\n {\"a\":1} \n ]]>\n"), "{\"a\":1}");
  EXPECT_EQ(extract::UnwrapScriptText("//<![CDATA[\n{\"a\":1}\n//]]>"), "{\"a\":1}");
  EXPECT_EQ(extract::UnwrapScriptText("<!--\n{\"a\":1};\n-->"), "{\"a\":1}");
  EXPECT_EQ(extract::UnwrapScriptText("{\"a\":1}"), "{\"a\":1}");
}

TEST(JsonLd, ArticleInsideCdataIsRead) {
  std::string head = R"(<script type="application/ld+json">
    <![CDATA[
    {"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge repairs finish early",
     "datePublished":"2025-04-02T06:30:00-04:00","author":[{"@type":"Person","name":"Noor Haddad"}]}
    ]]></script>
    <meta property="og:title" content="Bridge is open again, a month early">
    <meta property="article:published_time" content="2025-04-03T00:00:00Z">)";
  auto a = Extract(Page(head, ProseHtml()));
  EXPECT_EQ(a.title, "Bridge repairs finish early");
  EXPECT_EQ(Iso(a.published), "2025-04-02T10:30:00Z");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Noor Haddad"});
}

TEST(JsonLd, AuthorReferencesResolveAcrossTheGraph) {
  std::vector<std::string> blocks = {R"({"@context":"https://schema.org","@graph":[
      {"@type":"BlogPosting","headline":"Notes from the river walk",
       "author":[{"@id":"https://lanterndaily.example/#/person/1"},{"@id":"https://lanterndaily.example/#org"}]},
      {"@type":"Organization","@id":"https://lanterndaily.example/#org","name":"Lantern Daily"}]})",
                                     R"({"@type":"Person","@id":"https://lanterndaily.example/#/person/1",
      "givenName":"Ilse","familyName":"Brandt"})"};
  auto facts = extract::ReadJsonLd(blocks);
  ASSERT_EQ(facts.articles.size(), 1u);
  EXPECT_EQ(facts.articles[0].authors, std::vector<std::string>{"Ilse Brandt"});
  EXPECT_EQ(facts.articles[0].organisation_authors, 1);
  EXPECT_EQ(facts.publisher, "Lantern Daily");
}

TEST(JsonLd, MainArticleIsTheOneForThisPage) {
  std::vector<std::string> blocks = {R"([
      {"@type":"NewsArticle","headline":"Other story","url":"https://lanterndaily.example/other"},
      {"@type":"NewsArticle","headline":"This story","url":"https://lanterndaily.example/this/"}])"};
  auto facts = extract::ReadJsonLd(blocks);
  const auto* main = extract::MainJsonLdArticle(facts, {"https://www.lanterndaily.example/this"});
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->headline, "This story");
  EXPECT_EQ(extract::MainJsonLdArticle(facts, {"https://lanterndaily.example/none"})->headline, "Other story");
}

TEST(JsonLd, NameBeatsAHeadlineNothingElseStates) {
  // Some encyclopaedia-style pages put a one-line description in "headline".
  std::string head = R"(<title>Harbour lighthouse - Lantern Wiki</title>
    <script type="application/ld+json">{"@type":"Article","name":"Harbour lighthouse",
      "headline":"tower on the north mole built in 1871"}</script>)";
  std::string page = "<html><head>" + head + "</head><body><h1>Harbour lighthouse</h1><article>" +
                     ProseHtml() + "</article></body></html>";
  EXPECT_EQ(Extract(page).title, "Harbour lighthouse");
}

TEST(JsonLd, HeadlineThatNamesTheSiteIsIgnored) {
  std::string head = R"(<script type="application/ld+json">{"@type":"NewsArticle","name":"Lantern Daily",
      "publisher":{"@type":"Organization","name":"Lantern Daily"}}</script>
    <meta property="og:title" content="Night market moves to the quay">)";
  EXPECT_EQ(Extract(Page(head, ProseHtml())).title, "Night market moves to the quay");
}

TEST(JsonLd, TruncatedHeadlineIsCompletedFromTheHeading) {
  std::string head = R"(<script type="application/ld+json">{"@type":"NewsArticle",
      "headline":"Council approves the long-delayed plan to rebuild the east quay and…"}</script>)";
  std::string before = "<h1>Council approves the long-delayed plan to rebuild the east quay and the fish market</h1>";
  EXPECT_EQ(Extract(Page(head, ProseHtml(), before)).title,
            "Council approves the long-delayed plan to rebuild the east quay and the fish market");
}

TEST(Title, SiteNameRecognisedByItsLeadingWordsOrTheHost) {
  // og:site_name carries a tagline; the title's suffix is its first part.
  std::string a = R"(<meta property="og:site_name" content="Lantern Daily - News from the valley">
    <meta property="og:title" content="Ferry fares frozen for a year | Lantern Daily">)";
  EXPECT_EQ(Extract(Page(a, ProseHtml())).title, "Ferry fares frozen for a year");
  // A suffix that is the first words of the site name.
  std::string b = R"(<meta property="og:site_name" content="Lantern Media Group">
    <meta property="og:title" content="Ferry fares frozen for a year - Lantern Media">)";
  EXPECT_EQ(Extract(Page(b, ProseHtml())).title, "Ferry fares frozen for a year");
  // No site name at all: the host names the site.
  std::string c = R"(<meta property="og:title" content="Ferry fares frozen for a year · LanternDaily.example">)";
  EXPECT_EQ(Extract(Page(c, ProseHtml())).title, "Ferry fares frozen for a year");
  // A dash inside a headline is not decoration.
  std::string d = R"(<meta property="og:title" content="Ferries - and the people who run them">)";
  EXPECT_EQ(Extract(Page(d, ProseHtml())).title, "Ferries - and the people who run them");
}

TEST(Title, DecorationDroppedWhenTheHeadingStatesTheHeadline) {
  std::string head = R"(<meta property="og:title" content="Quay market reopens | Towns | Valley Press">)";
  std::string before = "<h1>Quay market reopens</h1>";
  EXPECT_EQ(Extract(Page(head, ProseHtml(), before), "https://unrelated.example/a").title,
            "Quay market reopens");
}

TEST(Title, HeadlineInApplicationNameIsNotASiteName) {
  std::string head = R"(<meta name="application-name" content="Tram line extended to the hospital">
    <meta property="og:title" content="Tram line extended to the hospital">)";
  EXPECT_EQ(Extract(Page(head, ProseHtml())).title, "Tram line extended to the hospital");
  // A page whose only title is its site's name has no headline there.
  std::string home = R"(<meta property="og:site_name" content="Lantern Daily">
    <meta property="og:title" content="Lantern Daily"><title>Lantern Daily</title>)";
  EXPECT_EQ(Extract("<html><head>" + home + "</head><body><h1>Tram line extended</h1><article>" +
                    ProseHtml() + "</article></body></html>").title,
            "Tram line extended");
}

TEST(Title, DublinCoreAndSpaceSeparatedProperties) {
  std::string head = R"(<title>Lantern Daily</title>
    <meta property="x:title dc:title" content="Allotments get a water supply">
    <meta property="og:title twitter:title" content="Water for the allotments">)";
  EXPECT_EQ(Extract(Page(head, ProseHtml())).title, "Allotments get a water supply");
  // A property= value beats a name= one for the same key.
  std::string head2 = R"(<meta name="og:title" content="Old template title">
    <meta property="og:title" content="Allotments get a water supply">)";
  EXPECT_EQ(Extract(Page(head2, ProseHtml())).title, "Allotments get a water supply");
}

TEST(Title, TitleElementPartRepeatedByTheArticleHeading) {
  // The first h1 is the site's logo; the article's heading comes later and
  // carries a permalink mark.
  std::string page = R"(<html><head><title>Rebuilding the pier — Harbour Notes</title></head><body>
    <header><h1>Harbour Notes</h1></header><article><h1>Rebuilding the pier<a href="#x">¶</a></h1>)" +
                     ProseHtml() + "</article></body></html>";
  EXPECT_EQ(Extract(page, "https://notes.example/pier").title, "Rebuilding the pier");
  // An <svg><title> icon label is not the page title.
  std::string icons = R"(<html><head></head><body><svg><title>menu-icon</title></svg>
    <article><h1>Pier rebuilt</h1>)" + ProseHtml() + "</article></body></html>";
  EXPECT_EQ(Extract(icons, "https://notes.example/pier").title, "Pier rebuilt");
}

TEST(Title, ChooseTitleDirectly) {
  extract::TitleSources s;
  s.declared = {"Market day moves to Saturday :: Valley Press"};
  s.site_names = {"Valley Press"};
  EXPECT_EQ(extract::ChooseTitle(s), "Market day moves to Saturday");
  s.declared = {"Valley Press"};  // only the site's name: no title
  EXPECT_EQ(extract::ChooseTitle(s), "");
  s.h1s = {"Market day moves to Saturday"};
  EXPECT_EQ(extract::ChooseTitle(s), "Market day moves to Saturday");
}

}  // namespace
}  // namespace bs
