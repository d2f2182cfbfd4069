// The storage contract. Everything above this layer talks to a `Store`; all SQL
// lives below it. SQLite (store/sqlite/) is the embedded default; a PostgreSQL
// backend implements the same interface for multi-node deployments.
//
// Thread-safety: a Store may be shared by threads; implementations serialise
// or pool connections internally. Every method is atomic: it either applies
// completely or returns an error and changes nothing.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/status.h"

namespace bs {

// Validators remembered per URL for conditional GET.
struct HttpCacheEntry {
  std::string etag;
  std::string last_modified;
};

// The outcome of one poll of a source, for its health line.
struct SourceFetchReport {
  Timestamp at = 0;
  int http_status = 0;   // 0 when no response (network error, refused)
  std::string error;     // empty on success
};

// A raw fetched page, kept so `reextract` can rebuild articles.
struct RawPage {
  std::string url;           // canonical URL of the article
  std::string final_url;     // URL after redirects, used to resolve relative links
  std::string content_type;  // from the HTTP header
  std::string body;          // uncompressed bytes as fetched
  Timestamp fetched_at = 0;
};

enum class UpsertOutcome { kInserted, kUpdated, kUnchanged };

struct ArticleQuery {
  std::string section;  // slug; empty = any
  std::string region;   // slug; empty = any
  std::string source;   // slug; empty = any
  int limit = 20;   // implementations may cap it (SQLite: 1000); negative = 0
  int offset = 0;   // negative = 0
};

class Store {
 public:
  virtual ~Store() = default;

  // ---- sources: configuration is the truth for identity and settings; the
  // store adds health and the paused flag an operator may set.
  // Inserts or updates by slug; keeps health and `paused`. Fills source.id.
  virtual Status SyncSource(Source& source) = 0;
  virtual Result<std::vector<Source>> ListSources() = 0;
  virtual Result<Source> GetSource(const std::string& slug) = 0;
  virtual Status RecordSourceFetch(const std::string& slug, const SourceFetchReport& report) = 0;
  virtual Status SetSourcePaused(const std::string& slug, bool paused) = 0;

  // ---- conditional GET validators
  virtual Result<std::optional<HttpCacheEntry>> GetHttpCache(const std::string& url) = 0;
  virtual Status PutHttpCache(const std::string& url, const HttpCacheEntry& entry) = 0;

  // ---- articles
  // Stores the raw page and the article in one transaction, keyed by the
  // canonical `article.url`. Nothing is written when the article's
  // content_hash and the raw page are unchanged. Fills article.id.
  // Upserting an existing URL updates that article in place (same id, every
  // other field replaced), which is how reextract rewrites articles: it
  // passes the stored raw page back with the new content.
  virtual Result<UpsertOutcome> UpsertArticle(Article& article, const RawPage& raw) = 0;
  virtual Result<std::optional<Article>> GetArticle(Id id) = 0;
  virtual Result<std::optional<Article>> GetArticleByUrl(const std::string& canonical_url) = 0;
  // Newest first by published time (fetch time when unknown).
  virtual Result<std::vector<Article>> ListArticles(const ArticleQuery& query) = 0;
  virtual Result<int> CountArticles(const ArticleQuery& query) = 0;

  // ---- raw pages, for reextract
  // Calls `visit` for every stored raw page; stops early and returns the
  // callback's error if it returns one.
  // `visit` must not call back into the store (the connection may be held).
  virtual Status ForEachRawPage(const std::function<Status(const RawPage&)>& visit) = 0;
  // Canonical URLs of all stored raw pages, oldest first; with GetRawPage this
  // lets a caller walk the pages while writing to the store.
  virtual Result<std::vector<std::string>> ListRawPageUrls() = 0;
  virtual Result<std::optional<RawPage>> GetRawPage(const std::string& canonical_url) = 0;

  // A counter that changes whenever any article or source changes; the web
  // layer keys its page cache on it. Source health (RecordSourceFetch) and
  // HTTP validators do not count as changes: a poll that finds nothing new
  // leaves cached pages valid.
  virtual Result<std::int64_t> DataVersion() = 0;
};

// Opens (creating if needed) an SQLite database at `path`, in WAL mode with
// foreign keys on, and applies pending schema migrations.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

}  // namespace bs
