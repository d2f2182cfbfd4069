// The article page's coverage links (syndication, full coverage, read next,
// same topic, related), author and tag links and share links; and the
// author and tag rivers they lead to.
#include <gtest/gtest.h>

#include "search_site_fixture.h"
#include "story_site_fixture.h"
#include "web/view_format.h"

namespace bs::web::testing {
namespace {

class ArticleLinks : public StorySiteTest {
 protected:
  std::string Page(Id id) {
    auto r = Fetch("/article/" + std::to_string(id));
    EXPECT_EQ(r.status, 200) << r.body;
    return r.body;
  }
};

// The text of the sidebar section whose heading id is `heading_id`, or "".
std::string Sidebar(const std::string& html, const std::string& heading_id) {
  const std::size_t at = html.find("id=\"" + heading_id + "\"");
  if (at == std::string::npos) return "";
  return html.substr(at, html.find("</section>", at) - at);
}

TEST_F(ArticleLinks, CanonicalArticleNamesItsSyndicatedCopiesAndFullCoverage) {
  const std::string html = Page(flood_first_);
  EXPECT_NE(html.find("Also published by <a href=\"/article/" + std::to_string(flood_copy_)), std::string::npos)
      << html;
  EXPECT_NE(html.find(">Beta Gazette</a>."), std::string::npos);
  EXPECT_EQ(html.find("This text was first published by"), std::string::npos) << "the canonical copy is no copy";
  EXPECT_NE(html.find("<a href=\"/story/" + std::to_string(flood_first_) +
                      "/river-bursts-its-banks-at-the-old-mill\">Full coverage: 3 sources</a>"),
            std::string::npos);
  const std::string next = Sidebar(html, "read-next-heading");
  EXPECT_LT(next.find("/article/" + std::to_string(flood_beta_)), next.find("/article/" + std::to_string(flood_hua_)));
  EXPECT_NE(next.find("lang=\"zh\""), std::string::npos);
  const std::string topic = Sidebar(html, "same-topic-heading");
  EXPECT_NE(topic.find("href=\"/story/" + std::to_string(earlier_) + "/dam-inspection-finds-cracks\""), std::string::npos)
      << "earlier stories link to their story pages";
  const std::string related = Sidebar(html, "related-heading");
  EXPECT_NE(related.find("/article/" + std::to_string(lonely_)), std::string::npos);
}

TEST_F(ArticleLinks, CopyPointsAtTheFirstPublication) {
  const std::string html = Page(flood_copy_);
  EXPECT_NE(html.find("This text was first published by Paper Alpha: <a href=\"/article/" +
                      std::to_string(flood_first_)),
            std::string::npos)
      << html;
  EXPECT_EQ(html.find("Also published by"), std::string::npos) << "no other copies besides this one";
  // Read next skips the article the note already links.
  EXPECT_EQ(Sidebar(html, "read-next-heading").find("/article/" + std::to_string(flood_first_)), std::string::npos);
}

TEST_F(ArticleLinks, SingleArticleStoryHasNoCoverageLinkAndEmptyListsAreOmitted) {
  const std::string html = Page(earlier_);
  EXPECT_EQ(html.find("Full coverage"), std::string::npos);
  EXPECT_EQ(html.find("read-next-heading"), std::string::npos);
  EXPECT_EQ(html.find("related-heading"), std::string::npos);
}

TEST_F(ArticleLinks, AuthorsTagsAndShareAreLinks) {
  const std::string html = Page(flood_beta_);
  EXPECT_NE(html.find("By <a href=\"/author/Tomas%20Quell\" rel=\"author\">Tomas Quell</a> and "
                      "<a href=\"/author/Ines%20Maro\" rel=\"author\">Ines Maro</a>"),
            std::string::npos)
      << html;
  const std::string first = Page(flood_first_);
  EXPECT_NE(first.find("<a href=\"/tag/floods\" rel=\"tag\">floods</a>"), std::string::npos);
  const std::string own = "https://desk.example/article/" + std::to_string(flood_first_) +
                          "/river-bursts-its-banks-at-the-old-mill";
  EXPECT_NE(first.find("<a href=\"" + own + "\">" + own + "</a>"), std::string::npos) << "plain share URL";
  EXPECT_NE(first.find("href=\"mailto:?subject=River%20bursts"), std::string::npos);
}

TEST_F(ArticleLinks, AuthorRiverListsThatAuthorOnly) {
  auto r = Fetch("/author/Tomas%20Quell");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("<h1>Tomas Quell</h1>"), std::string::npos);
  EXPECT_NE(r.body.find("/article/" + std::to_string(lonely_)), std::string::npos);
  EXPECT_NE(r.body.find("/article/" + std::to_string(flood_beta_)), std::string::npos);
  EXPECT_EQ(r.body.find("/article/" + std::to_string(flood_first_) + "/"), std::string::npos);
  EXPECT_NE(r.body.find("<link rel=\"canonical\" href=\"https://desk.example/author/Tomas%20Quell\">"),
            std::string::npos);
}

TEST_F(ArticleLinks, TagRiverLeavesSyndicatedCopiesOut) {
  auto r = Fetch("/tag/floods");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("/article/" + std::to_string(flood_first_)), std::string::npos);
  EXPECT_NE(r.body.find("/article/" + std::to_string(earlier_)), std::string::npos);
  EXPECT_EQ(r.body.find("/article/" + std::to_string(flood_copy_)), std::string::npos) << "one copy per text";
}

TEST_F(ArticleLinks, UnknownAndHostileNamesAre404) {
  for (const std::string& path : std::vector<std::string>{"/author/Nobody%20Here", "/tag/nothing", "/author/", "/tag/%ZZ", "/author/%00x",
                                 "/author/%FF%FE", "/tag/a/b", "/author/" + std::string(700, 'x')}) {
    EXPECT_EQ(Fetch(path).status, 404) << path;
  }
  EXPECT_EQ(Fetch("/author/Tomas%20Quell", "page=2").status, 404) << "past the last page";
  EXPECT_EQ(Fetch("/author/Tomas%20Quell", "page=0").status, 404);
}

TEST_F(ArticleLinks, RiversPaginate) {
  for (int i = 0; i < 25; ++i) Add("Note " + std::to_string(i), "alpha", kT0 + 10'000 + i, "world", "en", {"Pat Lu"}, {});
  auto p1 = Fetch("/author/Pat%20Lu");
  ASSERT_EQ(p1.status, 200);
  EXPECT_NE(p1.body.find("<a rel=\"next\" href=\"/author/Pat%20Lu?page=2\">"), std::string::npos);
  auto p2 = Fetch("/author/Pat%20Lu", "page=2");
  ASSERT_EQ(p2.status, 200);
  EXPECT_NE(p2.body.find("Page 2 of 2"), std::string::npos);
  EXPECT_NE(p2.body.find("<a rel=\"prev\" href=\"/author/Pat%20Lu\">"), std::string::npos);
  EXPECT_EQ(Fetch("/author/Pat%20Lu", "page=3").status, 404);
}

TEST(NamePaths, DotSegmentsAreEscaped) {
  EXPECT_EQ(AuthorPath(".."), "/author/%2E%2E");
  EXPECT_EQ(TagPath("."), "/tag/%2E");
  EXPECT_EQ(TagPath("a.b"), "/tag/a.b");
  EXPECT_EQ(AuthorPath("\xE6\x9D\x8E \xE6\x98\x8E"), "/author/%E6%9D%8E%20%E6%98%8E");
  EXPECT_EQ(StoryPath(7, "Hello, world"), "/story/7/hello-world");
  EXPECT_EQ(StoryPath(7, "\xE6\xB2\xB3"), "/story/7");
}

}  // namespace
}  // namespace bs::web::testing
