// A site over a real SQLite store with a hand-made organisation: a story
// covered by three papers (one running a syndicated copy), a single-source
// story, and articles with authors and tags. Shared by the story page,
// article link and river tests.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "core/hash.h"
#include "store/store.h"
#include "web/http_server.h"
#include "web/site.h"

namespace bs::web::testing {

namespace fs = std::filesystem;

inline HttpRequest Request(const std::string& method, const std::string& path, const std::string& query = "",
                           std::vector<std::pair<std::string, std::string>> headers = {}) {
  HttpRequest r;
  r.method = method;
  r.path = path;
  r.query = query;
  r.target = query.empty() ? path : path + "?" + query;
  r.headers = std::move(headers);
  r.remote_address = "192.0.2.9";
  return r;
}

inline std::string Header(const HttpResponse& r, const std::string& name) {
  for (const auto& [n, v] : r.headers)
    if (n == name) return v;
  return "";
}

class StorySiteTest : public ::testing::Test {
 protected:
  static constexpr Timestamp kT0 = 1'780'000'000;  // 2026-05-28

  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("bs-web-story-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir_);
    auto opened = OpenSqliteStore((dir_ / "site.db").string());
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
    AddSource("alpha", "Paper Alpha", "delta", "en");
    AddSource("beta", "Beta Gazette", "delta", "en");
    AddSource("hua", "Hua Daily", "hills", "zh");

    // The flood story: alpha first, beta's syndicated copy of it, beta's
    // own report, then hua's in Chinese.
    flood_first_ = Add("River bursts its banks at the old mill", "alpha", kT0, "world", "en",
                       {"Ines Maro"}, {"floods", "weather"});
    flood_copy_ = Add("River bursts its banks at the old mill", "beta", kT0 + 600, "world", "en",
                      {"Ines Maro"}, {"floods"});
    flood_beta_ = Add("Volunteers fill sandbags through the night", "beta", kT0 + 3600, "world", "en",
                      {"Tomas Quell", "Ines Maro"}, {});
    flood_hua_ = Add("\xE6\xB2\xB3\xE6\xB0\xB4\xE6\xBC\xAB\xE5\xA0\xA4", "hua", kT0 + 7200, "world", "zh", {}, {});
    // An earlier story of the same topic, and a one-paper story.
    earlier_ = Add("Dam inspection finds cracks", "alpha", kT0 - 86400 * 30, "world", "en", {}, {"floods"});
    lonely_ = Add("Chess club elects a new captain", "alpha", kT0 + 100, "culture", "en", {"Tomas Quell"}, {});

    StoryRecord flood{flood_first_, "River bursts its banks at the old mill", kT0, kT0 + 7200, 4, 3};
    StoryRecord dam{earlier_, "Dam inspection finds cracks", kT0 - 86400 * 30, kT0 - 86400 * 30, 1, 1};
    StoryRecord chess{lonely_, "Chess club elects a new captain", kT0 + 100, kT0 + 100, 1, 1};
    std::vector<ArticleOrganisation> rows;
    rows.push_back({flood_first_, flood_first_, 0, {flood_beta_, flood_hua_}, {earlier_}, {lonely_}});
    rows.push_back({flood_copy_, flood_first_, flood_first_, {flood_hua_}, {}, {}});
    rows.push_back({flood_beta_, flood_first_, 0, {flood_first_, flood_hua_}, {earlier_}, {}});
    rows.push_back({flood_hua_, flood_first_, 0, {flood_first_}, {}, {}});
    rows.push_back({earlier_, earlier_, 0, {}, {}, {}});
    rows.push_back({lonely_, lonely_, 0, {}, {}, {flood_first_}});
    auto st = store_->ReplaceOrganisation({flood, dam, chess}, rows);
    ASSERT_TRUE(st.ok()) << st.status().ToString();
  }

  void TearDown() override {
    store_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  void AddSource(const std::string& slug, const std::string& name, const std::string& region,
                 const std::string& lang) {
    Source s;
    s.slug = slug;
    s.name = name;
    s.region = region;
    s.language = lang;
    s.homepage = "https://" + slug + ".example/";
    s.feed_urls = {"https://" + slug + ".example/feed.xml"};
    ASSERT_TRUE(store_->SyncSource(s).ok());
  }

  Id Add(const std::string& title, const std::string& source, Timestamp published, const std::string& section,
         const std::string& lang, std::vector<std::string> authors, std::vector<std::string> tags) {
    Article a;
    a.url = "https://" + source + ".example/news/" + std::to_string(++serial_);
    a.source_slug = source;
    a.title = title;
    a.teaser = "Teaser " + std::to_string(serial_);
    a.section = section;
    a.region = source == "hua" ? "hills" : "delta";
    a.language = lang;
    a.published = published;
    a.fetched_at = published + 60;
    a.authors = std::move(authors);
    a.tags = std::move(tags);
    a.body_html = "<p>Body " + std::to_string(serial_) + "</p>";
    a.body_text = "Body " + std::to_string(serial_);
    a.content_hash = ContentHasher().Add(a.url).Add(title).Hex();
    RawPage raw{a.url, a.url, "text/html", "<html>" + a.content_hash + "</html>", a.fetched_at};
    auto r = store_->UpsertArticle(a, raw);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return a.id;
  }

  SiteSettings Settings() const {
    SiteSettings s;
    s.sections = {{"world", "World"}, {"culture", "Culture"}};
    s.regions = {{"delta", "River Delta"}, {"hills", "High Hills"}};
    s.name = "The Test Desk";
    s.base_url = "https://desk.example/";
    s.template_dir = std::string(BROADSHEET_SOURCE_DIR) + "/templates";
    s.static_dir = std::string(BROADSHEET_SOURCE_DIR) + "/static";
    return s;
  }

  HttpResponse Fetch(const std::string& path, const std::string& query = "", const std::string& method = "GET",
                     std::vector<std::pair<std::string, std::string>> headers = {}) {
    if (!handler_) {
      auto h = MakeSiteHandler(*store_, Settings());
      EXPECT_TRUE(h.ok()) << h.status().ToString();
      if (!h.ok()) return HttpResponse{};
      handler_ = *h;
    }
    return handler_(Request(method, path, query, std::move(headers)));
  }

  std::string StoryPath() const { return "/story/" + std::to_string(flood_first_); }

  fs::path dir_;
  std::unique_ptr<Store> store_;
  HttpHandler handler_;
  int serial_ = 0;
  Id flood_first_ = 0, flood_copy_ = 0, flood_beta_ = 0, flood_hua_ = 0, earlier_ = 0, lonely_ = 0;
};

}  // namespace bs::web::testing
