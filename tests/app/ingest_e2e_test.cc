// End-to-end: the real `broadsheet` binary ingests partner sites served by the
// real `broadsheet-fixtures` binary on loopback, then serves the result.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>

#include <map>
#include <thread>

#include "fetch/fetcher.h"
#include "store/store.h"
#include "app/support/fixture_tree.h"
#include "app/support/process.h"

namespace bs {
namespace {

using namespace std::chrono_literals;
using testing::ChildProcess;
using testing::FeedItem;
using testing::RunProcess;
using testing::TempDir;
using testing::WriteFile;

const std::string kBinary = BROADSHEET_BINARY;
const std::string kFixtures = BROADSHEET_FIXTURES_BINARY;

std::vector<FeedItem> Items(const std::string& prefix, int n, const std::string& category) {
  std::vector<FeedItem> items;
  for (int i = 1; i <= n; ++i) {
    items.push_back(FeedItem{fmt::format("{} story number {}", prefix, i),
                             fmt::format("{}{}.html", prefix, i),
                             fmt::format("Mon, {:02} Nov 2026 08:00:00 +0800", i + 1),
                             fmt::format("2026-11-{:02}T00:00:00Z", i + 1), category});
  }
  return items;
}

void WritePages(const std::filesystem::path& dir, const std::string& prefix, int n) {
  for (int i = 1; i <= n; ++i)
    WriteFile(dir / fmt::format("{}{}.html", prefix, i),
              testing::ArticlePage(fmt::format("{} story number {}", prefix, i), "Mira Santos",
                                   fmt::format("2026-11-{:02}T00:00:00Z", i + 1), 5,
                                   fmt::format("{}-{}", prefix, i)));
}

// Starts the fixture server on a free port; returns its origin.
std::string StartFixtures(ChildProcess& child) {
  std::string line = child.WaitForLine("listening on", 10s);
  EXPECT_FALSE(line.empty()) << "fixture server did not start";
  auto pos = line.find("http://");
  return pos == std::string::npos ? "" : line.substr(pos);
}

struct SourceSpec {
  std::string slug;
  std::string feed;  // path on the fixture server or absolute URL
  bool local = true;
};

std::string Config(const std::filesystem::path& db, const std::string& origin,
                   const std::vector<SourceSpec>& sources, int delay_ms = 0) {
  std::string out = fmt::format(R"(
[site]
name = "Test Desk"
[storage]
database = "{}"
[web]
templates = "{}/templates"
static = "{}/static"
[server]
access_log = false
[fetch]
per_host_delay_ms = {}
total_timeout_ms = 2500
connect_timeout_ms = 2000
max_body_mb = 1
max_redirects = 4
[[sections]]
slug = "world"
name = "World"
[[sections]]
slug = "business"
name = "Business"
[[regions]]
slug = "south-asia"
name = "South Asia"
)",
                                db.string(), BROADSHEET_SOURCE_DIR, BROADSHEET_SOURCE_DIR, delay_ms);
  for (const auto& s : sources) {
    std::string feed = s.feed.rfind("http", 0) == 0 ? s.feed : origin + s.feed;
    out += fmt::format(R"(
[[sources]]
slug = "{0}"
name = "Paper {0}"
homepage = "{1}/{0}/"
feeds = ["{2}"]
region = "south-asia"
language = "en"
about = "Paper {0} is a test paper."
default_section = "business"
local = {3}
[sources.sections]
"World News" = "world"
)",
                       s.slug, origin, feed, s.local ? "true" : "false");
  }
  return out;
}

std::map<std::string, Source> SourcesBySlug(Store& store) {
  std::map<std::string, Source> out;
  auto list = store.ListSources();
  EXPECT_TRUE(list.ok());
  if (list.ok())
    for (auto& s : *list) out[s.slug] = s;
  return out;
}

class IngestEndToEnd : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = tmp_.path() / "site";
    WritePages(site_ / "alpha", "a", 4);
    WritePages(site_ / "beta", "b", 3);
    WritePages(site_ / "gamma", "c", 3);
    auto alpha = Items("a", 4, "World News");
    // robots.txt forbids /private/: this entry must be refused without a request.
    alpha.push_back(FeedItem{"Private", "../private/p.html", "Mon, 09 Nov 2026 08:00:00 GMT",
                             "2026-11-09T08:00:00Z", "World News"});
    WriteFile(site_ / "alpha" / "rss.xml", testing::Rss2("Alpha", alpha));
    WriteFile(site_ / "beta" / "atom.xml", testing::Atom("Beta", Items("b", 3, "Business")));
    WriteFile(site_ / "gamma" / "feed.json", testing::JsonFeed("Gamma", Items("c", 3, "World News")));
    WriteFile(site_ / "private" / "p.html", testing::ArticlePage("Private", "X", "2026-11-09", 3, "p"));
    WriteFile(site_ / "robots.txt", "User-agent: *\nDisallow: /private/\n");
    fixtures_ = std::make_unique<ChildProcess>(
        std::vector<std::string>{kFixtures, "--root", site_.string(), "--port", "0"});
    origin_ = StartFixtures(*fixtures_);
    ASSERT_FALSE(origin_.empty());
    db_ = tmp_.path() / "var" / "test.db";
  }

  std::string WriteConfig(const std::vector<SourceSpec>& sources, int delay_ms = 0) {
    auto path = tmp_.path() / "broadsheet.toml";
    WriteFile(path, Config(db_, origin_, sources, delay_ms));
    return path.string();
  }

  TempDir tmp_;
  std::filesystem::path site_, db_;
  std::unique_ptr<ChildProcess> fixtures_;
  std::string origin_;
};

TEST_F(IngestEndToEnd, IngestsIdempotentlyAndRecordsFailuresPerSource) {
  const std::vector<SourceSpec> sources = {
      {"alpha", "/alpha/rss.xml"},
      {"beta", "/beta/atom.xml"},
      {"gamma", "/gamma/feed.json"},
      {"server-error", "/_fault/status/500"},
      {"missing", "/nowhere/rss.xml"},
      {"slow", "/_fault/slow?ms=8000"},
      {"redirect-loop", "/_fault/redirect-loop"},
      {"oversized", "/_fault/big?mb=4"},
      {"gzip-bomb", "/_fault/gzip-bomb"},
      // Not marked local: the loopback address must be refused.
      {"not-local", "/alpha/rss.xml", false},
      // A private address is refused before any packet is sent.
      {"private", "http://10.255.255.1/feed.xml", false},
  };
  const std::string config = WriteConfig(sources);

  auto first = RunProcess({kBinary, "--config", config, "ingest"}, 60s);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("inserted 10,"), std::string::npos) << first.out;

  auto store = OpenSqliteStore(db_.string());
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto by_slug = SourcesBySlug(**store);
  EXPECT_EQ(by_slug["alpha"].item_count, 4);
  EXPECT_EQ(by_slug["beta"].item_count, 3);
  EXPECT_EQ(by_slug["gamma"].item_count, 3);
  EXPECT_NE(by_slug["alpha"].last_error.find("Refused"), std::string::npos)
      << "robots.txt: " << by_slug["alpha"].last_error;
  EXPECT_TRUE(by_slug["beta"].last_error.empty()) << by_slug["beta"].last_error;
  EXPECT_TRUE(by_slug["gamma"].last_error.empty()) << by_slug["gamma"].last_error;
  EXPECT_EQ(by_slug["beta"].last_http_status, 200);

  EXPECT_NE(by_slug["server-error"].last_error.find("HTTP 500"), std::string::npos);
  EXPECT_EQ(by_slug["server-error"].last_http_status, 500);
  EXPECT_NE(by_slug["missing"].last_error.find("HTTP 404"), std::string::npos);
  EXPECT_FALSE(by_slug["slow"].last_error.empty());
  EXPECT_NE(by_slug["redirect-loop"].last_error.find("LimitExceeded"), std::string::npos)
      << by_slug["redirect-loop"].last_error;
  EXPECT_NE(by_slug["oversized"].last_error.find("LimitExceeded"), std::string::npos)
      << by_slug["oversized"].last_error;
  EXPECT_NE(by_slug["gzip-bomb"].last_error.find("LimitExceeded"), std::string::npos)
      << by_slug["gzip-bomb"].last_error;
  EXPECT_NE(by_slug["not-local"].last_error.find("Refused"), std::string::npos)
      << by_slug["not-local"].last_error;
  EXPECT_NE(by_slug["private"].last_error.find("Refused"), std::string::npos)
      << by_slug["private"].last_error;
  for (const char* bad : {"server-error", "missing", "slow", "redirect-loop", "oversized",
                          "gzip-bomb", "not-local", "private"})
    EXPECT_EQ(by_slug[bad].item_count, 0) << bad;

  // Section mapping from the partner's own category.
  ArticleQuery world;
  world.section = "world";
  EXPECT_EQ((*store)->CountArticles(world).value(), 7);
  auto version_before = (*store)->DataVersion();
  ASSERT_TRUE(version_before.ok());

  // Second pass: feeds answer 304, nothing is fetched or rewritten.
  auto second = RunProcess({kBinary, "--config", config, "ingest", "alpha", "beta", "gamma"}, 60s);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.out.find("not modified 3"), std::string::npos) << second.out;
  EXPECT_NE(second.out.find("inserted 0, updated 0"), std::string::npos) << second.out;
  EXPECT_EQ((*store)->DataVersion().value(), version_before.value());

  // A changed article (the Atom feed says so) is refetched and updated in place.
  auto beta = Items("b", 3, "Business");
  beta[0].iso_date = "2026-11-20T10:00:00Z";
  WriteFile(site_ / "beta" / "atom.xml", testing::Atom("Beta", beta));
  WriteFile(site_ / "beta" / "b1.html",
            testing::ArticlePage("b story number 1", "Mira Santos", "2026-11-20T10:00:00Z", 6,
                                 "b-1-revised"));
  auto third = RunProcess({kBinary, "--config", config, "ingest", "beta"}, 60s);
  ASSERT_EQ(third.exit_code, 0) << third.err;
  EXPECT_NE(third.out.find("inserted 0, updated 1"), std::string::npos) << third.out;
  ArticleQuery all;
  all.limit = 100;
  // Storage, not the rivers: the generated pages are near-identical, so the
  // organiser may mark some as duplicates of others.
  all.include_duplicates = true;
  EXPECT_EQ((*store)->CountArticles(all).value(), 10);

  // Every stored article is organised; an operator's full recompute starts a
  // new epoch of the same organisation.
  const OrganisationMark mark = (*store)->GetOrganisationMark().value();
  EXPECT_EQ(mark.through, (*store)->LastArticleId().value());
  auto recompute = RunProcess({kBinary, "--config", config, "organise", "--recompute"}, 60s);
  ASSERT_EQ(recompute.exit_code, 0) << recompute.err;
  EXPECT_NE(recompute.out.find("organised 10 articles"), std::string::npos) << recompute.out;
  EXPECT_EQ((*store)->GetOrganisationMark().value(), (OrganisationMark{mark.epoch + 1, mark.through}));
  auto neither = RunProcess({kBinary, "--config", config, "organise"}, 60s);
  EXPECT_NE(neither.exit_code, 0);
  EXPECT_NE(neither.err.find("--recompute"), std::string::npos) << neither.err;
}

TEST_F(IngestEndToEnd, SigkillDuringIngestLeavesConsistentDatabaseAndNextRunCompletes) {
  constexpr int kPages = 24;
  WritePages(site_ / "many", "m", kPages);
  WriteFile(site_ / "many" / "rss.xml", testing::Rss2("Many", Items("m", kPages, "World News")));
  // A per-host delay spreads the run over a few seconds so it can be cut short.
  const std::string config = WriteConfig({{"many", "/many/rss.xml"}}, 150);

  {
    ChildProcess ingest({kBinary, "--config", config, "ingest"});
    auto deadline = std::chrono::steady_clock::now() + 30s;
    int stored = 0;
    while (std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(50ms);
      if (!std::filesystem::exists(db_)) continue;
      auto store = OpenSqliteStore(db_.string());
      if (!store.ok()) continue;
      auto n = (*store)->CountArticles(ArticleQuery{});
      stored = n.ok() ? *n : 0;
      if (stored >= 4) break;
    }
    ASSERT_GE(stored, 4);
    ingest.Kill(SIGKILL);
    ingest.Wait();
  }

  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &raw), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(raw, "PRAGMA integrity_check", -1, &stmt, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "ok");
  sqlite3_finalize(stmt);
  sqlite3_close(raw);

  auto store = OpenSqliteStore(db_.string());
  ASSERT_TRUE(store.ok());
  ArticleQuery all;
  all.limit = 1000;
  all.include_duplicates = true;
  const int after_kill = (*store)->CountArticles(all).value();
  EXPECT_LT(after_kill, kPages) << "the run was meant to be cut short";

  auto rerun = RunProcess({kBinary, "--config", config, "ingest"}, 60s);
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_EQ((*store)->CountArticles(all).value(), kPages);
  auto urls = (*store)->ListRawPageUrls();
  ASSERT_TRUE(urls.ok());
  EXPECT_EQ(urls->size(), static_cast<std::size_t>(kPages));
  for (const auto& a : (*store)->ListArticles(all).value()) {
    EXPECT_FALSE(a.body_text.empty()) << a.url;
    EXPECT_FALSE(a.title.empty()) << a.url;
  }
}

TEST_F(IngestEndToEnd, ServesFrontSectionAndArticlePages) {
  const std::string config = WriteConfig({{"alpha", "/alpha/rss.xml"}});
  auto ingest = RunProcess({kBinary, "--config", config, "ingest"}, 60s);
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;

  ChildProcess serve({kBinary, "--config", config, "serve", "--port", "0", "--no-scheduler"});
  std::string line = serve.WaitForLine("serving", 10s);
  ASSERT_FALSE(line.empty());
  auto pos = line.find("http://");
  ASSERT_NE(pos, std::string::npos);
  std::string base = line.substr(pos);
  while (!base.empty() && (base.back() == '/' || base.back() == '\r')) base.pop_back();

  auto store = OpenSqliteStore(db_.string());
  ASSERT_TRUE(store.ok());
  ArticleQuery q;
  auto articles = (*store)->ListArticles(q);
  ASSERT_TRUE(articles.ok());
  ASSERT_FALSE(articles->empty());
  const Article& a = articles->front();

  FetchOptions options;
  options.honour_robots = false;
  options.per_host_delay_ms = 0;
  Fetcher fetcher(options);
  auto get = [&](const std::string& path) {
    FetchRequest req;
    req.url = base + path;
    req.address_policy = AddressPolicy::kAllowLoopback;
    return fetcher.Fetch(req);
  };
  auto front = get("/");
  ASSERT_TRUE(front.ok()) << front.status().ToString();
  EXPECT_EQ(front->http_status, 200);
  EXPECT_NE(front->body.find(a.title), std::string::npos);

  auto section = get("/section/" + a.section);
  ASSERT_TRUE(section.ok());
  EXPECT_EQ(section->http_status, 200);
  EXPECT_NE(section->body.find("Paper alpha"), std::string::npos);

  auto article = get("/article/" + std::to_string(a.id));
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->http_status, 200);
  EXPECT_NE(article->body.find(a.title), std::string::npos);
  EXPECT_NE(article->body.find("Mira Santos"), std::string::npos);
  EXPECT_NE(article->body.find("Paragraph 3 of the"), std::string::npos);
  EXPECT_EQ(article->body.find("Enjoyed this story"), std::string::npos);
  EXPECT_NE(article->body.find(a.url), std::string::npos) << "link to the original";

  auto health = get("/healthz");
  ASSERT_TRUE(health.ok());
  EXPECT_EQ(health->http_status, 200);
  auto missing = get("/article/999999");
  ASSERT_TRUE(missing.ok());
  EXPECT_EQ(missing->http_status, 404);

  serve.Kill(SIGTERM);
  EXPECT_EQ(serve.Wait(), 0) << "graceful shutdown on SIGTERM";
}

}  // namespace
}  // namespace bs
