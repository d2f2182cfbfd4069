#include "store/sqlite/migrations.h"

#include <gtest/gtest.h>

#include <string>

#include "store/sqlite/statement.h"
#include "store_fixture.h"

namespace bs::testing {
namespace {

class Migrations : public StoreTest {
 protected:
  // A second path in the test's directory, for databases built by hand.
  std::string OtherPath() const { return (dir_ / "other.db").string(); }

  static std::string One(sqlite3* db, const char* sql) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) return "<prepare failed>";
    std::string out;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
      out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return out;
  }
};

TEST_F(Migrations, NewDatabaseIsAtLatestVersionInWalMode) {
  store_.reset();
  auto db = sqlite::OpenDatabase(path_);
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(sqlite::SchemaVersion(db->get()).value(), sqlite::LatestSchemaVersion());
  EXPECT_EQ(One(db->get(), "PRAGMA journal_mode"), "wal");
  for (const char* table : {"meta", "sources", "http_cache", "articles", "raw_pages"}) {
    std::string sql = std::string("SELECT name FROM sqlite_master WHERE name = '") + table + "'";
    EXPECT_EQ(One(db->get(), sql.c_str()), table);
  }
}

TEST_F(Migrations, ReopeningIsANoOp) {
  AddSource("alpha");
  store_.reset();
  const std::int64_t before = FileDataVersion();
  std::string schema_before = One(watcher_.get(), "SELECT group_concat(sql, ';') FROM sqlite_master");
  for (int i = 0; i < 3; ++i) {
    auto s = OpenSqliteStore(path_);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
  }
  EXPECT_EQ(WatcherDataVersion(), before) << "opening an up-to-date database wrote to it";
  EXPECT_EQ(One(watcher_.get(), "SELECT group_concat(sql, ';') FROM sqlite_master"), schema_before);
}

TEST_F(Migrations, VersionOneDatabaseIsUpgradedKeepingData) {
  {
    auto db = sqlite::OpenDatabase(OtherPath());
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(sqlite::Migrate(db->get(), 1).ok());
    ASSERT_EQ(sqlite::SchemaVersion(db->get()).value(), 1);
    ASSERT_TRUE(sqlite::Exec(db->get(),
                             "INSERT INTO sources (slug, name) VALUES ('old', 'Old Paper');"
                             "INSERT INTO articles (url, source_id, title, fetched_at)"
                             " VALUES ('https://old.example/a', 1, 'Kept', 5);")
                    .ok());
    EXPECT_EQ(One(db->get(), "SELECT name FROM sqlite_master WHERE name = 'articles_by_section'"),
              "");
  }
  auto store = OpenSqliteStore(OtherPath());
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto a = (*store)->GetArticleByUrl("https://old.example/a");
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(a->has_value());
  EXPECT_EQ((*a)->title, "Kept");
  EXPECT_EQ((*a)->source_slug, "old");
  store->reset();

  auto db = sqlite::OpenDatabase(OtherPath());
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(sqlite::SchemaVersion(db->get()).value(), sqlite::LatestSchemaVersion());
  EXPECT_EQ(One(db->get(), "SELECT name FROM sqlite_master WHERE name = 'articles_by_section'"),
            "articles_by_section");
}

TEST_F(Migrations, NewerDatabaseIsRefused) {
  {
    auto db = sqlite::OpenDatabase(OtherPath());
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(sqlite::Migrate(db->get()).ok());
    std::string bump = "PRAGMA user_version = " + std::to_string(sqlite::LatestSchemaVersion() + 1);
    ASSERT_TRUE(sqlite::Exec(db->get(), bump.c_str()).ok());
  }
  auto store = OpenSqliteStore(OtherPath());
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("newer"), std::string::npos) << store.status().ToString();
}

TEST_F(Migrations, NotADatabaseIsAnError) {
  {
    std::FILE* f = std::fopen(OtherPath().c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::string junk(4096, '\x5a');
    std::fwrite(junk.data(), 1, junk.size(), f);
    std::fclose(f);
  }
  auto store = OpenSqliteStore(OtherPath());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kIoError);
  EXPECT_FALSE(OpenSqliteStore((dir_ / "no-such-dir" / "x.db").string()).ok());
}

TEST_F(Migrations, FailedMigrationLeavesVersionUnchanged) {
  auto db = sqlite::OpenDatabase(OtherPath());
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE(sqlite::Migrate(db->get(), 1).ok());
  // Sabotage: an object with the name v2 wants to create.
  ASSERT_TRUE(sqlite::Exec(db->get(), "CREATE TABLE articles_by_section (x)").ok());
  EXPECT_FALSE(sqlite::Migrate(db->get()).ok());
  EXPECT_EQ(sqlite::SchemaVersion(db->get()).value(), 1);
  // The v2 indexes created before the failure were rolled back too.
  EXPECT_EQ(One(db->get(), "SELECT name FROM sqlite_master WHERE name = 'articles_by_time'"), "");
}

}  // namespace
}  // namespace bs::testing
