#include <gtest/gtest.h>

#include "core/time.h"
#include "feeds/feed.h"

namespace bs {
namespace {

TEST(JsonFeedTest, Version11Fields) {
  constexpr char kJson[] = R"({
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Island Daily",
    "home_page_url": "/",
    "items": [
      {"id": "42", "url": "/2024/03/05/reef", "title": "Reef survey\n published",
       "content_html": "<p>See <a href='/maps/reef'>map</a></p>", "summary": "Coral counts",
       "image": "/img/reef.jpg", "date_published": "2024-03-05T07:08:09+00:00",
       "date_modified": "2024-03-06T00:00:00Z", "authors": [{"name": "Sione Taufa"}, {"url": "x"}],
       "tags": ["Environment", "Pacific", 7]},
      {"id": 7, "content_text": "Text only", "author": {"name": "Old Style"},
       "banner_image": "https://cdn.example/banner.png"},
      "not an object"
    ]})";
  auto r = ParseFeed(kJson, FeedContext{"https://island.example/feed.json", "application/feed+json"});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Feed& f = *r;
  EXPECT_EQ(f.format, "json");
  EXPECT_EQ(f.title, "Island Daily");
  EXPECT_EQ(f.link, "https://island.example/");
  ASSERT_EQ(f.entries.size(), 2u);
  const FeedEntry& a = f.entries[0];
  EXPECT_EQ(a.id, "42");
  EXPECT_EQ(a.link, "https://island.example/2024/03/05/reef");
  EXPECT_EQ(a.title, "Reef survey published");
  EXPECT_EQ(a.content, "<p>See <a href='https://island.example/maps/reef'>map</a></p>");
  EXPECT_EQ(a.summary, "Coral counts");
  EXPECT_EQ(a.image, "https://island.example/img/reef.jpg");
  EXPECT_EQ(a.published, MakeTimestamp(2024, 3, 5, 7, 8, 9));
  EXPECT_EQ(a.updated, MakeTimestamp(2024, 3, 6, 0, 0, 0));
  EXPECT_EQ(a.authors, std::vector<std::string>{"Sione Taufa"});
  EXPECT_EQ(a.categories, (std::vector<std::string>{"Environment", "Pacific"}));
  const FeedEntry& b = f.entries[1];
  EXPECT_EQ(b.id, "7");
  EXPECT_EQ(b.content, "Text only");
  EXPECT_EQ(b.authors, std::vector<std::string>{"Old Style"});
  EXPECT_EQ(b.image, "https://cdn.example/banner.png");
}

TEST(JsonFeedTest, RejectsNonFeeds) {
  const FeedContext ctx{"https://x.example/f.json", ""};
  EXPECT_EQ(ParseFeed(R"({"title": "no version"})", ctx).status().code(), Status::Code::kParseError);
  EXPECT_EQ(ParseFeed(R"({"version": "https://jsonfeed.org/version/1", "items": [)", ctx).status().code(),
            Status::Code::kParseError);
  EXPECT_EQ(ParseFeed("{\"version\": 3}", ctx).status().code(), Status::Code::kParseError);
}

TEST(JsonFeedTest, WrongTypesAreIgnored) {
  auto r = ParseFeed(R"({"version": "https://jsonfeed.org/version/1.1", "title": true,
                         "items": {"id": "x"}})", FeedContext{});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title, "");
  EXPECT_TRUE(r->entries.empty());
}

TEST(JsonFeedTest, DeepNestingIsRefused) {
  std::string deep = R"({"version": "https://jsonfeed.org/version/1.1", "x": )";
  deep += std::string(100000, '[') + std::string(100000, ']') + "}";
  EXPECT_EQ(ParseFeed(deep, FeedContext{}).status().code(), Status::Code::kLimitExceeded);
}

TEST(JsonFeedTest, InvalidUtf8AndBomAreTolerated) {
  std::string json = "\xEF\xBB\xBF{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"A\xff\xfe B\"}";
  auto r = ParseFeed(json, FeedContext{});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->title, "A\uFFFD\uFFFD B");
}

}  // namespace
}  // namespace bs
