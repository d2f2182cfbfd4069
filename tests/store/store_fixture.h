// Shared set-up for the SQLite store tests: a fresh temporary directory per
// test and builders for sources, articles and raw pages.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <string>

#include "store/store.h"

namespace bs::testing {

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (std::filesystem::temp_directory_path() / "bs-store-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    path_ = (dir_ / "broadsheet.db").string();
    store_ = Open();
    ASSERT_NE(store_, nullptr);
  }
  void TearDown() override {
    store_.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }

  std::unique_ptr<Store> Open() {
    auto s = OpenSqliteStore(path_);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(*s) : nullptr;
  }

  static Source MakeSource(const std::string& slug) {
    Source s;
    s.slug = slug;
    s.name = "The " + slug + " Gazette";
    s.homepage = "https://" + slug + ".example/";
    s.feed_urls = {"https://" + slug + ".example/rss.xml", "https://" + slug + ".example/atom"};
    s.region = "south-asia";
    s.language = "en";
    s.about = "A daily paper.";
    s.section_map = {{"politics", "politics"}, {"world news", "world"}};
    s.default_section = "world";
    s.poll_interval_seconds = 600;
    return s;
  }

  // A synced source, so articles can refer to it.
  Source AddSource(const std::string& slug) {
    Source s = MakeSource(slug);
    auto st = store_->SyncSource(s);
    EXPECT_TRUE(st.ok()) << st.ToString();
    return s;
  }

  static Article MakeArticle(const std::string& source, const std::string& path,
                             std::optional<Timestamp> published = std::nullopt) {
    Article a;
    a.url = "https://" + source + ".example" + path;
    a.source_slug = source;
    a.guid = "guid:" + path;
    a.title = "Title of " + path;
    a.standfirst = "Standfirst";
    a.authors = {"Ana Writer", "Bo Reporter"};
    a.author_bio = "Covers the port.";
    a.published = published;
    a.fetched_at = 1700000000;
    a.section = "world";
    a.region = "south-asia";
    a.language = "en";
    a.tags = {"ports", "trade"};
    a.image = {"https://img.example/x.jpg", "A crane", "Photo: Desk"};
    a.body_html = "<p>Body of " + path + "</p>";
    a.body_text = "Body of " + path;
    a.teaser = "Body";
    a.content_hash = "hash-" + path;
    return a;
  }

  static RawPage MakeRaw(const Article& a, std::string body = "<html>page</html>") {
    return RawPage{a.url, a.url, "text/html; charset=utf-8", std::move(body), a.fetched_at};
  }

  // SQLite's own change counter, seen from a second connection: it moves
  // exactly when another connection commits a write.
  std::int64_t FileDataVersion() {
    sqlite3* db = nullptr;
    if (sqlite3_open(path_.c_str(), &db) != SQLITE_OK) {
      sqlite3_close(db);
      ADD_FAILURE() << "cannot open " << path_;
      return -1;
    }
    watcher_.reset(db);
    return WatcherDataVersion();
  }
  std::int64_t WatcherDataVersion() {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(watcher_.get(), "PRAGMA data_version", -1, &st, nullptr);
    std::int64_t v = -1;
    if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
  }

  struct DbCloser {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
  };

  std::filesystem::path dir_;
  std::string path_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<sqlite3, DbCloser> watcher_;
};

}  // namespace bs::testing
