// Runs the extractor over every article page of the demo network and checks
// it against the network's ground truth (demo/expected.json).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "core/file.h"
#include "core/time.h"
#include "extract/extractor.h"

namespace bs {
namespace {

constexpr std::size_t kMaxFixtureBytes = 8u << 20;
const std::string kOrigin = "http://127.0.0.1:8080";

std::string DemoPath(const std::string& rel) {
  return std::string(BROADSHEET_SOURCE_DIR) + "/demo/" + rel;
}

std::string Normalise(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string WithOrigin(std::string s) {
  for (std::size_t p; (p = s.find("@ORIGIN@")) != std::string::npos;) s.replace(p, 8, kOrigin);
  return s;
}

TEST(DemoPages, MatchGroundTruth) {
  auto expected_bytes = ReadFileBytes(DemoPath("expected.json"), kMaxFixtureBytes);
  ASSERT_TRUE(expected_bytes.ok()) << expected_bytes.status().ToString();
  auto expected = nlohmann::json::parse(*expected_bytes, nullptr, false);
  ASSERT_FALSE(expected.is_discarded());
  int pages = 0;
  for (const auto& art : expected["articles"]) {
    const std::string path = art["path"].get<std::string>();
    SCOPED_TRACE(path);
    auto bytes = ReadFileBytes(DemoPath("site/" + path), kMaxFixtureBytes);
    ASSERT_TRUE(bytes.ok());
    std::string page = WithOrigin(*bytes);
    auto result = ExtractArticle(ExtractInput{page, kOrigin + "/" + path, "text/html"});
    ASSERT_TRUE(result.ok()) << result.status().ToString();
    const ExtractedArticle& a = *result;
    ++pages;
    EXPECT_EQ(a.title, art["title"].get<std::string>());
    EXPECT_EQ(a.authors, art["authors"].get<std::vector<std::string>>());
    EXPECT_EQ(a.language, art["language"].get<std::string>());
    if (a.published) {
      EXPECT_EQ(FormatIso8601Utc(*a.published), art["published"].get<std::string>());
    }
    EXPECT_EQ(a.canonical_url, kOrigin + "/" + path);
    std::string text = Normalise(a.text);
    for (const auto& s : art["must_contain"])
      EXPECT_NE(text.find(Normalise(s.get<std::string>())), std::string::npos)
          << "missing: " << s.get<std::string>();
    for (const auto& s : art["must_not_contain"])
      EXPECT_EQ(text.find(Normalise(s.get<std::string>())), std::string::npos)
          << "boilerplate kept: " << s.get<std::string>();
    EXPECT_EQ(a.html.find("<script"), std::string::npos);
  }
  EXPECT_GE(pages, 80);
}

}  // namespace
}  // namespace bs
