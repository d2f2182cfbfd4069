#include <gtest/gtest.h>

#include "store_fixture.h"

namespace bs::testing {
namespace {

using SourceStore = StoreTest;

TEST_F(SourceStore, SyncInsertsAndRoundTripsConfiguration) {
  Source s = MakeSource("alpha");
  s.local = true;
  ASSERT_TRUE(store_->SyncSource(s).ok());
  EXPECT_GT(s.id, 0);
  auto got = store_->GetSource("alpha");
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(got->id, s.id);
  EXPECT_EQ(got->name, s.name);
  EXPECT_EQ(got->homepage, s.homepage);
  EXPECT_EQ(got->feed_urls, s.feed_urls);
  EXPECT_EQ(got->region, s.region);
  EXPECT_EQ(got->language, s.language);
  EXPECT_EQ(got->about, s.about);
  EXPECT_EQ(got->section_map, s.section_map);
  EXPECT_EQ(got->default_section, s.default_section);
  EXPECT_EQ(got->poll_interval_seconds, 600);
  EXPECT_TRUE(got->local);
  EXPECT_FALSE(got->paused);
  EXPECT_FALSE(got->last_fetch.has_value());
  EXPECT_EQ(got->item_count, 0);
}

TEST_F(SourceStore, ResyncKeepsIdPausedAndHealth) {
  Source s = AddSource("alpha");
  ASSERT_TRUE(store_->SetSourcePaused("alpha", true).ok());
  ASSERT_TRUE(store_->RecordSourceFetch("alpha", {1700000000, 503, "HTTP 503"}).ok());

  Source edited = MakeSource("alpha");
  edited.name = "Alpha Daily (renamed)";
  edited.feed_urls = {"https://alpha.example/new.xml"};
  edited.paused = false;  // config never carries the operator's flag
  ASSERT_TRUE(store_->SyncSource(edited).ok());
  EXPECT_EQ(edited.id, s.id);
  EXPECT_TRUE(edited.paused) << "SyncSource reports the stored flag";

  auto got = store_->GetSource("alpha").value();
  EXPECT_EQ(got.name, "Alpha Daily (renamed)");
  EXPECT_EQ(got.feed_urls, edited.feed_urls);
  EXPECT_TRUE(got.paused);
  EXPECT_EQ(got.last_fetch, 1700000000);
  EXPECT_EQ(got.last_http_status, 503);
  EXPECT_EQ(got.last_error, "HTTP 503");
}

TEST_F(SourceStore, ListIsOrderedBySlug) {
  AddSource("gamma");
  AddSource("alpha");
  AddSource("beta");
  auto list = store_->ListSources();
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ((*list)[0].slug, "alpha");
  EXPECT_EQ((*list)[1].slug, "beta");
  EXPECT_EQ((*list)[2].slug, "gamma");
}

TEST_F(SourceStore, UnknownSlugsAreNotFound) {
  EXPECT_EQ(store_->GetSource("ghost").status().code(), Status::Code::kNotFound);
  EXPECT_EQ(store_->RecordSourceFetch("ghost", {1, 200, ""}).code(), Status::Code::kNotFound);
  EXPECT_EQ(store_->SetSourcePaused("ghost", true).code(), Status::Code::kNotFound);
  Source empty;
  EXPECT_EQ(store_->SyncSource(empty).code(), Status::Code::kInvalidArgument);
}

TEST_F(SourceStore, RecordSourceFetchClearsOldError) {
  AddSource("alpha");
  ASSERT_TRUE(store_->RecordSourceFetch("alpha", {100, 0, "NetworkError: timeout"}).ok());
  ASSERT_TRUE(store_->RecordSourceFetch("alpha", {200, 200, ""}).ok());
  auto got = store_->GetSource("alpha").value();
  EXPECT_EQ(got.last_fetch, 200);
  EXPECT_EQ(got.last_http_status, 200);
  EXPECT_TRUE(got.last_error.empty());
}

TEST_F(SourceStore, DataVersionFollowsVisibleChangesOnly) {
  Source s = AddSource("alpha");
  std::int64_t v = store_->DataVersion().value();

  // Same configuration again: nothing changes.
  Source same = MakeSource("alpha");
  ASSERT_TRUE(store_->SyncSource(same).ok());
  EXPECT_EQ(store_->DataVersion().value(), v);

  // Health and validators do not invalidate pages.
  ASSERT_TRUE(store_->RecordSourceFetch("alpha", {1, 200, ""}).ok());
  ASSERT_TRUE(store_->PutHttpCache("https://alpha.example/rss.xml", {"\"e1\"", ""}).ok());
  EXPECT_EQ(store_->DataVersion().value(), v);

  // A configuration change does.
  Source renamed = MakeSource("alpha");
  renamed.about = "New blurb";
  ASSERT_TRUE(store_->SyncSource(renamed).ok());
  EXPECT_GT(store_->DataVersion().value(), v);
  v = store_->DataVersion().value();

  // Pausing does, but only when the flag actually flips.
  ASSERT_TRUE(store_->SetSourcePaused("alpha", true).ok());
  EXPECT_GT(store_->DataVersion().value(), v);
  v = store_->DataVersion().value();
  ASSERT_TRUE(store_->SetSourcePaused("alpha", true).ok());
  EXPECT_EQ(store_->DataVersion().value(), v);
}

TEST_F(SourceStore, HttpCacheRoundTripsAndOverwrites) {
  const std::string url = "https://alpha.example/rss.xml";
  auto none = store_->GetHttpCache(url);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());

  ASSERT_TRUE(store_->PutHttpCache(url, {"W/\"abc\"", "Tue, 05 Mar 2024 07:08:09 GMT"}).ok());
  auto got = store_->GetHttpCache(url).value();
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->etag, "W/\"abc\"");
  EXPECT_EQ(got->last_modified, "Tue, 05 Mar 2024 07:08:09 GMT");

  ASSERT_TRUE(store_->PutHttpCache(url, {"\"def\"", ""}).ok());
  got = store_->GetHttpCache(url).value();
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->etag, "\"def\"");
  EXPECT_EQ(got->last_modified, "");

  // Empty validators forget the URL.
  ASSERT_TRUE(store_->PutHttpCache(url, {"", ""}).ok());
  EXPECT_FALSE(store_->GetHttpCache(url).value().has_value());
}

TEST_F(SourceStore, ForeignKeysAreEnforced) {
  AddSource("alpha");
  Article a = MakeArticle("alpha", "/x");
  ASSERT_TRUE(store_->UpsertArticle(a, MakeRaw(a)).ok());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  std::unique_ptr<sqlite3, DbCloser> owner(db);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr), SQLITE_OK);
  // An article pointing at no source, and deleting a source still in use.
  EXPECT_NE(sqlite3_exec(db,
                         "INSERT INTO articles (url, source_id, fetched_at)"
                         " VALUES ('https://x.example/', 9999, 0)",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "DELETE FROM sources WHERE slug = 'alpha'", nullptr, nullptr, nullptr),
            SQLITE_OK);
  // Deleting an article takes its raw page with it.
  ASSERT_EQ(sqlite3_exec(db, "DELETE FROM articles", nullptr, nullptr, nullptr), SQLITE_OK);
  auto urls = store_->ListRawPageUrls();
  ASSERT_TRUE(urls.ok());
  EXPECT_TRUE(urls->empty());
}

}  // namespace
}  // namespace bs::testing
