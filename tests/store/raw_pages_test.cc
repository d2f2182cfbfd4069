#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/compress.h"
#include "store_fixture.h"

namespace bs::testing {
namespace {

using RawPages = StoreTest;

std::string BinaryBody(std::size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::string s(n, '\0');
  for (auto& c : s) c = static_cast<char>(rng() & 0xff);
  // Plus the specific troublemakers: NULs, a lone continuation byte, an
  // overlong encoding and a truncated sequence at the very end.
  static const char kTricky[] = "\0\0\x80\xc0\xaf<p>\xe2\x82";
  s.append(kTricky, sizeof kTricky - 1);
  return s;
}

TEST_F(RawPages, BinaryBodiesRoundTrip) {
  AddSource("alpha");
  std::vector<std::string> bodies = {BinaryBody(100000, 1), std::string(1, '\0'), "",
                                     BinaryBody(17, 2)};
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    Article a = MakeArticle("alpha", "/raw" + std::to_string(i));
    a.fetched_at = 100 + static_cast<Timestamp>(i);
    RawPage raw = MakeRaw(a, bodies[i]);
    raw.final_url = "https://alpha.example/final/" + std::to_string(i);
    raw.content_type = "application/octet-stream";
    ASSERT_TRUE(store_->UpsertArticle(a, raw).ok());
  }

  auto urls = store_->ListRawPageUrls();
  ASSERT_TRUE(urls.ok());
  ASSERT_EQ(urls->size(), bodies.size());
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    // Oldest first.
    EXPECT_EQ((*urls)[i], "https://alpha.example/raw" + std::to_string(i));
    auto page = store_->GetRawPage((*urls)[i]);
    ASSERT_TRUE(page.ok()) << page.status().ToString();
    ASSERT_TRUE(page->has_value());
    EXPECT_EQ((*page)->body, bodies[i]) << i;
    EXPECT_EQ((*page)->url, (*urls)[i]);
    EXPECT_EQ((*page)->final_url, "https://alpha.example/final/" + std::to_string(i));
    EXPECT_EQ((*page)->content_type, "application/octet-stream");
    EXPECT_EQ((*page)->fetched_at, 100 + static_cast<Timestamp>(i));
  }

  std::size_t seen = 0;
  auto st = store_->ForEachRawPage([&](const RawPage& p) {
    EXPECT_EQ(p.body, bodies[seen]);
    ++seen;
    return Status::Ok();
  });
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(seen, bodies.size());
}

TEST_F(RawPages, StoredCompressed) {
  AddSource("alpha");
  Article a = MakeArticle("alpha", "/big");
  std::string body;
  for (int i = 0; i < 20000; ++i) body += "<p>The same paragraph again.</p>\n";
  ASSERT_TRUE(store_->UpsertArticle(a, MakeRaw(a, body)).ok());

  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  std::unique_ptr<sqlite3, DbCloser> owner(db);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT body FROM raw_pages", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  std::string stored(static_cast<const char*>(sqlite3_column_blob(st, 0)),
                     static_cast<std::size_t>(sqlite3_column_bytes(st, 0)));
  sqlite3_finalize(st);
  EXPECT_LT(stored.size(), body.size() / 20);
  EXPECT_EQ(ZstdDecompress(stored, body.size()).value(), body);
}

TEST_F(RawPages, VisitorErrorStopsTheWalk) {
  AddSource("alpha");
  for (int i = 0; i < 5; ++i) {
    Article a = MakeArticle("alpha", "/p" + std::to_string(i));
    ASSERT_TRUE(store_->UpsertArticle(a, MakeRaw(a, "page " + std::to_string(i))).ok());
  }
  int calls = 0;
  auto st = store_->ForEachRawPage([&](const RawPage&) {
    return ++calls == 2 ? Status::Internal("stop here") : Status::Ok();
  });
  EXPECT_EQ(st.code(), Status::Code::kInternal);
  EXPECT_EQ(st.message(), "stop here");
  EXPECT_EQ(calls, 2);
  // The store is usable afterwards (the walk's statement was reset).
  EXPECT_EQ(store_->ListRawPageUrls().value().size(), 5u);
}

TEST_F(RawPages, CorruptStoredBlobIsAnErrorNotACrash) {
  AddSource("alpha");
  Article a = MakeArticle("alpha", "/c");
  ASSERT_TRUE(store_->UpsertArticle(a, MakeRaw(a)).ok());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  std::unique_ptr<sqlite3, DbCloser> owner(db);
  ASSERT_EQ(sqlite3_exec(db, "UPDATE raw_pages SET body = x'28b52ffd0000ffff'", nullptr, nullptr,
                         nullptr),
            SQLITE_OK);
  auto page = store_->GetRawPage(a.url);
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), Status::Code::kParseError);
  EXPECT_FALSE(store_->ForEachRawPage([](const RawPage&) { return Status::Ok(); }).ok());
}

TEST_F(RawPages, MissingPageIsEmpty) {
  auto page = store_->GetRawPage("https://alpha.example/none");
  ASSERT_TRUE(page.ok());
  EXPECT_FALSE(page->has_value());
  EXPECT_TRUE(store_->ListRawPageUrls().value().empty());
}

}  // namespace
}  // namespace bs::testing
