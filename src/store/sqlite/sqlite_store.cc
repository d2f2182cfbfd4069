// Opening the database, sources, HTTP validators and the data version.
// Articles and raw pages live in article_store.cc.
#include "store/sqlite/sqlite_store.h"

#include "store/sqlite/json_columns.h"
#include "store/sqlite/migrations.h"

namespace bs {

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  auto s = sqlite::SqliteStore::Open(path);
  if (!s.ok()) return s.status();
  return std::unique_ptr<Store>(std::move(*s));
}

namespace sqlite {
namespace {

constexpr const char* kSourceColumns =
    "SELECT s.id, s.slug, s.name, s.homepage, s.feed_urls, s.region, s.language, s.about,"
    " s.section_map, s.default_section, s.poll_interval_seconds, s.local, s.paused,"
    " s.last_fetch, s.last_http_status, s.last_error,"
    " (SELECT COUNT(*) FROM articles a WHERE a.source_id = s.id)"
    " FROM sources s";

Result<Source> ReadSource(const Statement& st) {
  Source s;
  s.id = st.Int(0);
  s.slug = st.Text(1);
  s.name = st.Text(2);
  s.homepage = st.Text(3);
  auto feeds = DecodeStringList(st.Text(4));
  if (!feeds.ok()) return Status::ParseError("source " + s.slug + ": " + feeds.status().message());
  s.feed_urls = std::move(*feeds);
  s.region = st.Text(5);
  s.language = st.Text(6);
  s.about = st.Text(7);
  auto map = DecodeStringMap(st.Text(8));
  if (!map.ok()) return Status::ParseError("source " + s.slug + ": " + map.status().message());
  s.section_map = std::move(*map);
  s.default_section = st.Text(9);
  s.poll_interval_seconds = static_cast<int>(st.Int(10));
  s.local = st.Int(11) != 0;
  s.paused = st.Int(12) != 0;
  s.last_fetch = st.OptInt(13);
  s.last_http_status = static_cast<int>(st.Int(14));
  s.last_error = st.Text(15);
  s.item_count = static_cast<int>(st.Int(16));
  return s;
}

Status Pragma(sqlite3* db, const char* sql) {
  if (auto st = Exec(db, sql); !st.ok()) return Status::IoError(std::string(sql) + ": " + st.message());
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(const std::string& path) {
  auto db = OpenDatabase(path);
  if (!db.ok()) return db.status();
  sqlite3* h = db->get();
  // The busy timeout comes first so the pragmas below wait for other
  // processes rather than failing.
  sqlite3_busy_timeout(h, kBusyTimeoutMs);
  {
    auto mode = Statement::Prepare(h, "PRAGMA journal_mode=WAL");
    if (!mode.ok()) return mode.status();
    auto row = (*mode)->Step();
    if (!row.ok()) return row.status();
    std::string got = *row ? (*mode)->Text(0) : "";
    if (got != "wal" && path != ":memory:")
      return Status::IoError("cannot enable WAL journal on " + path + " (got '" + got + "')");
  }
  if (auto st = Pragma(h, "PRAGMA synchronous=NORMAL"); !st.ok()) return st;
  if (auto st = Pragma(h, "PRAGMA foreign_keys=ON"); !st.ok()) return st;
  // Deleted and overwritten rows are zeroed in pages that are written
  // anyway (no extra I/O), so an erased subscriber's address does not
  // linger in free space; EraseSubscriber turns on the full mode.
  if (auto st = Pragma(h, "PRAGMA secure_delete=FAST"); !st.ok()) return st;
  if (auto st = Migrate(h); !st.ok()) return st;
  return std::make_unique<SqliteStore>(Key(), std::move(*db));
}

SqliteStore::SqliteStore(Key, Database db) : db_(std::move(db)), cache_(db_.get()) {}

Status SqliteStore::BumpDataVersion() {
  return cache_.Run("UPDATE meta SET value = value + 1 WHERE key = 'data_version'");
}

Result<std::int64_t> SqliteStore::DataVersion() {
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT value FROM meta WHERE key = 'data_version'");
  if (!s.ok()) return s.status();
  Query q(**s);
  auto row = q->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Internal("meta.data_version is missing");
  return q->Int(0);
}

// ---- sources

Status SqliteStore::SyncSource(Source& source) {
  if (source.slug.empty()) return Status::InvalidArgument("source without a slug");
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  // The WHERE clause makes an identical configuration a no-op, so
  // sqlite3_changes() tells whether anything a reader sees has changed.
  auto st = cache_.Run(
      "INSERT INTO sources (slug, name, homepage, feed_urls, region, language, about,"
      " section_map, default_section, poll_interval_seconds, local)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
      " ON CONFLICT (slug) DO UPDATE SET name = excluded.name, homepage = excluded.homepage,"
      " feed_urls = excluded.feed_urls, region = excluded.region, language = excluded.language,"
      " about = excluded.about, section_map = excluded.section_map,"
      " default_section = excluded.default_section,"
      " poll_interval_seconds = excluded.poll_interval_seconds, local = excluded.local"
      " WHERE name IS NOT excluded.name OR homepage IS NOT excluded.homepage"
      " OR feed_urls IS NOT excluded.feed_urls OR region IS NOT excluded.region"
      " OR language IS NOT excluded.language OR about IS NOT excluded.about"
      " OR section_map IS NOT excluded.section_map"
      " OR default_section IS NOT excluded.default_section"
      " OR poll_interval_seconds IS NOT excluded.poll_interval_seconds"
      " OR local IS NOT excluded.local",
      source.slug, source.name, source.homepage, EncodeStringList(source.feed_urls),
      source.region, source.language, source.about, EncodeStringMap(source.section_map),
      source.default_section, source.poll_interval_seconds, source.local);
  if (!st.ok()) return st;
  if (sqlite3_changes(db_.get()) > 0)
    if (auto b = BumpDataVersion(); !b.ok()) return b;
  auto stored = QuerySources(&source.slug);
  if (!stored.ok()) return stored.status();
  if (stored->size() != 1) return Status::Internal("source " + source.slug + " vanished");
  if (auto c = (*tx)->Commit(); !c.ok()) return c;
  // Hand back what the store adds: identity, operator flag, health.
  const Source& s = stored->front();
  source.id = s.id;
  source.paused = s.paused;
  source.last_fetch = s.last_fetch;
  source.last_http_status = s.last_http_status;
  source.last_error = s.last_error;
  source.item_count = s.item_count;
  return Status::Ok();
}

Result<std::vector<Source>> SqliteStore::QuerySources(const std::string* slug) {
  static const std::string kAll = std::string(kSourceColumns) + " ORDER BY s.slug";
  static const std::string kOne = std::string(kSourceColumns) + " WHERE s.slug = ?";
  auto s = cache_.Get(slug ? kOne : kAll);
  if (!s.ok()) return s.status();
  Query q(**s);
  if (slug) q->Bind(*slug);
  std::vector<Source> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    auto src = ReadSource(*q);
    if (!src.ok()) return src.status();
    out.push_back(std::move(*src));
  }
  return out;
}

Result<std::vector<Source>> SqliteStore::ListSources() {
  std::lock_guard lock(mu_);
  return QuerySources(nullptr);
}

Result<Source> SqliteStore::GetSource(const std::string& slug) {
  std::lock_guard lock(mu_);
  auto list = QuerySources(&slug);
  if (!list.ok()) return list.status();
  if (list->empty()) return Status::NotFound("no source '" + slug + "'");
  return std::move(list->front());
}

Status SqliteStore::RecordSourceFetch(const std::string& slug, const SourceFetchReport& report) {
  std::lock_guard lock(mu_);
  auto st = cache_.Run(
      "UPDATE sources SET last_fetch = ?, last_http_status = ?, last_error = ? WHERE slug = ?",
      static_cast<std::int64_t>(report.at), report.http_status, report.error, slug);
  if (!st.ok()) return st;
  if (sqlite3_changes(db_.get()) == 0) return Status::NotFound("no source '" + slug + "'");
  return Status::Ok();
}

Status SqliteStore::SetSourcePaused(const std::string& slug, bool paused) {
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  auto exists = cache_.Get("SELECT paused FROM sources WHERE slug = ?");
  if (!exists.ok()) return exists.status();
  bool current = false;
  {
    Query q(**exists);
    q->Bind(slug);
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::NotFound("no source '" + slug + "'");
    current = q->Int(0) != 0;
  }
  if (current == paused) return Status::Ok();  // rolls back an empty transaction
  if (auto st = cache_.Run("UPDATE sources SET paused = ? WHERE slug = ?", paused, slug); !st.ok())
    return st;
  if (auto st = BumpDataVersion(); !st.ok()) return st;
  return (*tx)->Commit();
}

// ---- HTTP validators

Result<std::optional<HttpCacheEntry>> SqliteStore::GetHttpCache(const std::string& url) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT etag, last_modified FROM http_cache WHERE url = ?");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(url);
  auto row = q->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<HttpCacheEntry>();
  return std::optional<HttpCacheEntry>(HttpCacheEntry{q->Text(0), q->Text(1)});
}

Status SqliteStore::PutHttpCache(const std::string& url, const HttpCacheEntry& entry) {
  std::lock_guard lock(mu_);
  // Validators with nothing to send would make every later request
  // conditional on nothing; forget the URL instead.
  if (entry.etag.empty() && entry.last_modified.empty())
    return cache_.Run("DELETE FROM http_cache WHERE url = ?", url);
  return cache_.Run(
      "INSERT INTO http_cache (url, etag, last_modified) VALUES (?, ?, ?)"
      " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
      " last_modified = excluded.last_modified",
      url, entry.etag, entry.last_modified);
}

}  // namespace sqlite
}  // namespace bs
