// Metadata sources and their reconciliation.
#include <gtest/gtest.h>

#include "core/time.h"
#include "extract/article_json.h"
#include "extract/extractor.h"
#include "extract/metadata.h"
#include "page_builder.h"

namespace bs {
namespace {

using testing::Page;
using testing::ProseHtml;

constexpr const char* kUrl = "https://paper.example/news/2024/ferry-timetable.html";

ExtractedArticle Extract(const std::string& html, const std::string& url = kUrl) {
  auto r = ExtractArticle(ExtractInput{html, url, ""});
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : ExtractedArticle{};
}

std::string Iso(const std::optional<Timestamp>& t) { return t ? FormatIso8601Utc(*t) : "none"; }

TEST(Metadata, JsonLdNewsArticle) {
  std::string head = R"(<script type="application/ld+json">
    {"@context":"https://schema.org","@type":"NewsArticle",
     "headline":"Island ferry timetable under review",
     "description":"Residents want the late crossing back.",
     "author":[{"@type":"Person","name":"Mira Koenig"},{"@type":"Person","name":"Tomas Varga"}],
     "datePublished":"2024-03-05T18:30:00+01:00","dateModified":"2024-03-06T08:00:00Z",
     "articleSection":"Local","keywords":"ferries, islands, transport","inLanguage":"en-GB",
     "publisher":{"@type":"Organization","name":"The Harbour Gazette"},
     "image":{"@type":"ImageObject","url":"/img/ferry.jpg","caption":"The evening ferry. Photo: Ana Ruiz"}}
    </script>)";
  auto a = Extract(Page(head, ProseHtml()));
  EXPECT_EQ(a.title, "Island ferry timetable under review");
  EXPECT_EQ(a.standfirst, "Residents want the late crossing back.");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Mira Koenig", "Tomas Varga"}));
  EXPECT_EQ(Iso(a.published), "2024-03-05T17:30:00Z");
  EXPECT_EQ(Iso(a.modified), "2024-03-06T08:00:00Z");
  EXPECT_EQ(a.section, "Local");
  EXPECT_EQ(a.tags, (std::vector<std::string>{"ferries", "islands", "transport"}));
  EXPECT_EQ(a.site_name, "The Harbour Gazette");
  EXPECT_EQ(a.lead_image.url, "https://paper.example/img/ferry.jpg");
  EXPECT_EQ(a.lead_image.caption, "The evening ferry.");
  EXPECT_EQ(a.lead_image.credit, "Ana Ruiz");
  // <html lang> wins over inLanguage; region subtags are dropped.
  EXPECT_EQ(a.language, "en");
}

TEST(Metadata, JsonLdGraphAndTypeArrays) {
  std::string head = R"(<script type="application/ld+json">
    {"@context":"https://schema.org","@graph":[
      {"@type":"Organization","name":"Gazette Media Group"},
      {"@type":"WebPage","name":"Page wrapper name"},
      {"@type":["ReportageNewsArticle","Article"],"headline":"Graph headline",
       "author":{"@type":"Person","name":"Lena Ortiz"},"datePublished":"2024-01-02"}]}
    </script>
    <script type="application/ld+json">{ this is not json </script>)";
  auto a = Extract(Page(head, ProseHtml()));
  EXPECT_EQ(a.title, "Graph headline");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Lena Ortiz"});
  EXPECT_EQ(Iso(a.published), "2024-01-02T00:00:00Z");
  EXPECT_EQ(a.site_name, "Gazette Media Group");
}

TEST(Metadata, JsonLdOrganisationAuthorIsNotAPerson) {
  std::string head = R"(<script type="application/ld+json">
    {"@type":"NewsArticle","headline":"Wire story","author":{"@type":"Organization","name":"Wire Agency"}}
    </script>)";
  auto a = Extract(Page(head, ProseHtml()));
  EXPECT_TRUE(a.authors.empty());
}

TEST(Metadata, OpenGraphAndArticleProperties) {
  std::string head = R"(
    <title>Ignored title | The Harbour Gazette</title>
    <meta property="og:title" content="Ferry trial starts next month">
    <meta property="og:site_name" content="The Harbour Gazette">
    <meta property="og:description" content="A smaller boat will run twice nightly.">
    <meta property="og:url" content="https://paper.example/news/ferry-trial">
    <meta property="og:image" content="https://cdn.paper.example/ferry.jpg">
    <meta property="og:locale" content="en_GB">
    <meta property="article:published_time" content="2024-02-01T09:15:00+00:00">
    <meta property="article:modified_time" content="2024-02-01T10:00:00+00:00">
    <meta property="article:section" content="Transport">
    <meta property="article:tag" content="Ferries">
    <meta property="article:tag" content="Islands">
    <meta name="author" content="Jonas Berg">)";
  auto a = Extract(Page(head, ProseHtml()));
  EXPECT_EQ(a.title, "Ferry trial starts next month");
  EXPECT_EQ(a.site_name, "The Harbour Gazette");
  EXPECT_EQ(a.standfirst, "A smaller boat will run twice nightly.");
  EXPECT_EQ(a.canonical_url, "https://paper.example/news/ferry-trial");
  EXPECT_EQ(a.lead_image.url, "https://cdn.paper.example/ferry.jpg");
  EXPECT_EQ(Iso(a.published), "2024-02-01T09:15:00Z");
  EXPECT_EQ(Iso(a.modified), "2024-02-01T10:00:00Z");
  EXPECT_EQ(a.section, "Transport");
  EXPECT_EQ(a.tags, (std::vector<std::string>{"Ferries", "Islands"}));
  EXPECT_EQ(a.authors, std::vector<std::string>{"Jonas Berg"});
}

TEST(Metadata, TwitterCardAndDublinCore) {
  std::string head = R"(
    <meta name="twitter:title" content="Night boats return">
    <meta name="twitter:image" content="/media/boat.png">
    <meta name="DC.creator" content="Ines Duarte">
    <meta name="DC.date.issued" content="2023-11-20T07:00:00Z">
    <meta name="DC.language" content="pt-BR">)";
  std::string page = "<html><head>" + head + "</head><body><article>" + ProseHtml() +
                     "</article></body></html>";
  auto a = Extract(page);
  EXPECT_EQ(a.title, "Night boats return");
  EXPECT_EQ(a.lead_image.url, "https://paper.example/media/boat.png");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Ines Duarte"});
  EXPECT_EQ(Iso(a.published), "2023-11-20T07:00:00Z");
  EXPECT_EQ(a.language, "pt");
}

TEST(Metadata, MicrodataAndTimeElement) {
  std::string before = R"(
    <h1 itemprop="headline">Microdata headline</h1>
    <div class="meta">By <span itemprop="author" itemscope itemtype="https://schema.org/Person">
      <a itemprop="name" href="/authors/k">Kofi Mensah</a></span>
      <time itemprop="datePublished" datetime="2024-04-10T12:00:00+02:00">10 April</time>
      <time class="updated" datetime="2024-04-11T12:00:00+02:00">11 April</time></div>
    <p class="kicker"><a href="/s" itemprop="articleSection">Harbours</a></p>)";
  auto a = Extract(Page("", ProseHtml(), before));
  EXPECT_EQ(a.title, "Microdata headline");
  EXPECT_EQ(a.authors, std::vector<std::string>{"Kofi Mensah"});
  EXPECT_EQ(Iso(a.published), "2024-04-10T10:00:00Z");
  EXPECT_EQ(Iso(a.modified), "2024-04-11T10:00:00Z");
  EXPECT_EQ(a.section, "Harbours");
  EXPECT_EQ(a.text.find("Kofi Mensah"), std::string::npos);
}

TEST(Metadata, BareTimeElementGivesDate) {
  auto a = Extract(Page("", ProseHtml(), "<time datetime=\"2022-06-01T05:00:00Z\">June 1</time>"));
  EXPECT_EQ(Iso(a.published), "2022-06-01T05:00:00Z");
}

TEST(Metadata, RelAuthorLink) {
  auto a = Extract(Page("", ProseHtml(), "<p>Words: <a rel=\"author\" href=\"/a/p\">Petra Novak</a></p>"));
  EXPECT_EQ(a.authors, std::vector<std::string>{"Petra Novak"});
}

TEST(Metadata, BylineTextWithTwoAuthors) {
  auto a = Extract(Page("", ProseHtml(), "<div class=\"byline\">By Sara Lindqvist and Omar Haddad</div>"));
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Sara Lindqvist", "Omar Haddad"}));
  EXPECT_EQ(a.text.find("Lindqvist"), std::string::npos);
}

TEST(Metadata, BylineAuthorLinkAndGluedDate) {
  std::string before = R"(<div class="byline"><span>by</span><a href="/author/lena-ortiz">Lena Ortiz</a><span>22 Mar 2024</span><span>5</span></div>)";
  auto a = Extract(Page("", ProseHtml(), before));
  EXPECT_EQ(a.authors, std::vector<std::string>{"Lena Ortiz"});
}

TEST(Metadata, BylinesOfOtherStoriesAreIgnored) {
  // A login bar whose class mentions "author", and a related-stories list
  // with its own bylines and dates, before the article's byline.
  std::string chrome = R"(<div class="user-authorbar"><a href="/login">Sign In</a> | <a href="/join">Sign Up</a></div>
    <aside class="related-stories"><ul><li><a href="/x">Other story</a> <span class="byline">By Petra Novak</span>
    <time datetime="2019-01-01T00:00:00Z">1 Jan</time></li></ul></aside>)";
  std::string page = "<html><head></head><body>" + chrome + "<article><div class=\"byline\">By Omar Haddad</div>" +
                     "<time pubdate datetime=\"2024-05-06T07:00:00Z\">6 May</time>" + ProseHtml() +
                     "</article></body></html>";
  auto a = Extract(page);
  EXPECT_EQ(a.authors, std::vector<std::string>{"Omar Haddad"});
  EXPECT_EQ(Iso(a.published), "2024-05-06T07:00:00Z");
}

TEST(Metadata, SmallAuthorBlockIsABylineNotABio) {
  std::string before = R"(<div class="author-info"><span class="byline">By <a href="/people/sara">Sara Lindqvist</a></span>
    <a href="https://social.example/sara">Follow</a></div>)";
  auto a = Extract(Page("", ProseHtml(), before));
  EXPECT_EQ(a.authors, std::vector<std::string>{"Sara Lindqvist"});
}

TEST(Metadata, MetaAuthorKeysInTrustOrder) {
  // Dublin Core creator beats a generic author tag; a profile URL is no name;
  // several article:author values are several authors.
  std::string head = R"(<meta name="author" content="Harbour Gazette Online">
    <meta property="dc:creator" content="Mira Koenig">)";
  EXPECT_EQ(Extract(Page(head, ProseHtml())).authors, std::vector<std::string>{"Mira Koenig"});
  std::string head2 = R"(<meta property="article:author" content="https://social.example/mira">
    <meta property="article:author" content="Mira Koenig"><meta property="article:author" content="Tomas Varga">)";
  EXPECT_EQ(Extract(Page(head2, ProseHtml())).authors, (std::vector<std::string>{"Mira Koenig", "Tomas Varga"}));
}

TEST(Metadata, OnePersonSiteKeepsItsOwnerAsAuthor) {
  std::string head = R"(<script type="application/ld+json">{"@type":"BlogPosting","headline":"Notes on tides",
    "author":{"@type":"Person","name":"Elin Strand"},"publisher":{"@type":"Organization","name":"Elin Strand"}}</script>)";
  EXPECT_EQ(Extract(Page(head, ProseHtml())).authors, std::vector<std::string>{"Elin Strand"});
  // An organisation credited as author under the site's name is no person.
  std::string head2 = R"(<meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Harbour Gazette">)";
  EXPECT_TRUE(Extract(Page(head2, ProseHtml())).authors.empty());
}

TEST(Metadata, TitleFromTitleTagWithoutSiteName) {
  std::string page = "<html><head><title>The Coast Post :: Storm closes the north pier</title></head>"
                     "<body><h1>Storm closes the north pier</h1><div>" + ProseHtml() + "</div></body></html>";
  auto a = Extract(page);
  EXPECT_EQ(a.title, "Storm closes the north pier");
  // The headline is not repeated in the body.
  EXPECT_EQ(a.text.find("Storm closes"), std::string::npos);
}

TEST(Metadata, CanonicalLinkResolvedAgainstPageUrl) {
  auto a = Extract(Page("<link rel=\"canonical\" href=\"/news/clean\">", ProseHtml()));
  EXPECT_EQ(a.canonical_url, "https://paper.example/news/clean");
  auto b = Extract(Page("", ProseHtml()));
  EXPECT_EQ(b.canonical_url, kUrl);
}

TEST(Metadata, AuthorBioFromAuthorBox) {
  std::string after = R"(<aside class="author-box"><h4>Mira Koenig</h4>
    <p class="author-bio">Mira Koenig covers transport and the islands for the Gazette.</p></aside>)";
  auto a = Extract(Page("<meta name=\"author\" content=\"Mira Koenig\">", ProseHtml(), "", after));
  EXPECT_EQ(a.author_bio, "Mira Koenig covers transport and the islands for the Gazette.");
  EXPECT_EQ(a.text.find("covers transport"), std::string::npos);
}

TEST(Metadata, LeadImageCaptionAndCreditFromFigure) {
  std::string before = R"(<figure><img src="/img/pier.jpg" alt="The pier">
    <figcaption>Waves break over the pier on Monday. <span class="credit">Photo: Lars Holm</span></figcaption></figure>)";
  auto a = Extract(Page("<meta property=\"og:image\" content=\"https://paper.example/img/pier.jpg\">",
                        ProseHtml(), before));
  EXPECT_EQ(a.lead_image.url, "https://paper.example/img/pier.jpg");
  EXPECT_EQ(a.lead_image.caption, "Waves break over the pier on Monday.");
  EXPECT_EQ(a.lead_image.credit, "Lars Holm");
}

TEST(Metadata, LeadImageFallsBackToFirstBodyFigure) {
  std::string body = "<figure><img src=\"/img/boat.jpg\"><figcaption>The new boat (Reuters)</figcaption></figure>" +
                     ProseHtml();
  auto a = Extract(Page("", body));
  EXPECT_EQ(a.lead_image.url, "https://paper.example/img/boat.jpg");
  EXPECT_EQ(a.lead_image.caption, "The new boat");
  EXPECT_EQ(a.lead_image.credit, "Reuters");
}

TEST(SplitCredit, CommonForms) {
  using extract::SplitCredit;
  EXPECT_EQ(SplitCredit("Crowds at the pier. REUTERS/Jan Smit"),
            (std::pair<std::string, std::string>{"Crowds at the pier.", "REUTERS/Jan Smit"}));
  EXPECT_EQ(SplitCredit("Smoke over the port — Photo: K. Islam/Observer"),
            (std::pair<std::string, std::string>{"Smoke over the port", "K. Islam/Observer"}));
  EXPECT_EQ(SplitCredit("Credit: Agency"), (std::pair<std::string, std::string>{"", "Agency"}));
  EXPECT_EQ(SplitCredit("Just a caption."), (std::pair<std::string, std::string>{"Just a caption.", ""}));
}

TEST(ArticleJson, HasAllKeys) {
  ExtractedArticle a;
  a.title = "T";
  a.published = 0;
  auto j = ArticleToJson(a);
  for (const char* k : {"title", "standfirst", "authors", "author_bio", "published", "modified",
                        "section", "tags", "language", "site_name", "canonical_url", "image",
                        "html", "text"})
    EXPECT_TRUE(j.contains(k)) << k;
  EXPECT_EQ(j["published"], "1970-01-01T00:00:00Z");
  EXPECT_TRUE(j["modified"].is_null());
  EXPECT_TRUE(j["image"].is_null());
  a.lead_image = {"https://x.example/i.jpg", "c", "d"};
  EXPECT_EQ(ArticleToJson(a)["image"]["credit"], "d");
}

}  // namespace
}  // namespace bs
