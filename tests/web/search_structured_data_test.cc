// Article-page metadata: canonical link to the partner's original, JSON-LD
// NewsArticle and BreadcrumbList that parse as JSON, Twitter card tags.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>

#include "search_site_fixture.h"
#include "web/structured_data.h"

namespace bs::web::testing {
namespace {

using ArticleMetadata = SearchSiteTest;

// The bodies of every <script type="application/ld+json"> block.
std::vector<std::string> JsonLdBlocks(const std::string& html) {
  std::vector<std::string> out;
  const std::string open = "<script type=\"application/ld+json\">";
  for (std::size_t p = html.find(open); p != std::string::npos; p = html.find(open, p + 1)) {
    const std::size_t start = p + open.size();
    const std::size_t end = html.find("</script>", start);
    if (end == std::string::npos) break;
    out.push_back(html.substr(start, end - start));
  }
  return out;
}

TEST_F(ArticleMetadata, CanonicalPointsToOriginalAndJsonLdHasTheFields) {
  Article a = Add("Bridge </script><script>alert(1)</script> opens", "Cars cross the river.", "alpha", 1700000000);
  auto r = Fetch("/article/" + std::to_string(a.id));
  ASSERT_EQ(r.status, 200);
  const std::string& b = r.body;
  EXPECT_NE(b.find("<link rel=\"canonical\" href=\"" + a.url + "\">"), std::string::npos);
  EXPECT_EQ(b.find("<script>alert"), std::string::npos) << "no script breakout";

  auto blocks = JsonLdBlocks(b);
  ASSERT_EQ(blocks.size(), 2u);
  nlohmann::json article = nlohmann::json::parse(blocks[0], nullptr, /*allow_exceptions=*/false);
  ASSERT_FALSE(article.is_discarded()) << blocks[0];
  EXPECT_EQ(article["@type"], "NewsArticle");
  EXPECT_EQ(article["headline"], a.title) << "escaped for HTML, same string for JSON";
  EXPECT_EQ(article["datePublished"], "2023-11-14T22:13:20Z");
  EXPECT_EQ(article["dateModified"], "2023-11-14T22:13:20Z");
  ASSERT_TRUE(article["author"].is_array());
  EXPECT_EQ(article["author"][0]["@type"], "Person");
  EXPECT_EQ(article["author"][0]["name"], "Mira Castell");
  EXPECT_EQ(article["publisher"]["name"], "The Test Desk");
  EXPECT_EQ(article["sourceOrganization"]["name"], "Paper Alpha");
  EXPECT_EQ(article["isBasedOn"], a.url);
  EXPECT_EQ(article["url"].get<std::string>().rfind("https://desk.example/article/" + std::to_string(a.id), 0), 0u);

  nlohmann::json crumbs = nlohmann::json::parse(blocks[1], nullptr, false);
  ASSERT_FALSE(crumbs.is_discarded()) << blocks[1];
  EXPECT_EQ(crumbs["@type"], "BreadcrumbList");
  ASSERT_EQ(crumbs["itemListElement"].size(), 3u);
  EXPECT_EQ(crumbs["itemListElement"][0]["item"], "https://desk.example/");
  EXPECT_EQ(crumbs["itemListElement"][1]["name"], "World");
  EXPECT_EQ(crumbs["itemListElement"][1]["item"], "https://desk.example/section/world");
  EXPECT_EQ(crumbs["itemListElement"][2]["position"], 3);

  EXPECT_NE(b.find("<meta name=\"twitter:card\" content=\"summary\">"), std::string::npos);
  EXPECT_NE(b.find("<meta name=\"twitter:title\""), std::string::npos);
}

TEST(StructuredData, ImageAndInvalidUtf8) {
  SiteSettings s;
  s.name = "Desk";
  s.base_url = "https://desk.example";
  Article a;
  a.id = 4;
  a.url = "https://alpha.example/a";
  a.title = "Bad \xFF bytes & <tags>";
  a.image.url = "https://img.example/x.jpg";
  a.published = 1700000000;
  const std::string out = NewsArticleJsonLd(a, nullptr, s);
  EXPECT_EQ(out.find('<'), std::string::npos);
  EXPECT_EQ(out.find('>'), std::string::npos);
  nlohmann::json j = nlohmann::json::parse(out, nullptr, false);
  ASSERT_FALSE(j.is_discarded());
  EXPECT_EQ(j["image"][0], "https://img.example/x.jpg");
  EXPECT_EQ(j["headline"], "Bad \xEF\xBF\xBD bytes & <tags>");
  // A non-http original never becomes the canonical link.
  a.url = "javascript:alert(1)";
  EXPECT_EQ(NewsArticleJsonLd(a, nullptr, s).find("isBasedOn"), std::string::npos);
}

}  // namespace
}  // namespace bs::web::testing
