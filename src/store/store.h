// The storage contract. Everything above this layer talks to a `Store`; all SQL
// lives below it. SQLite (store/sqlite/) is the embedded default; a PostgreSQL
// backend implements the same interface for multi-node deployments.
//
// Thread-safety: a Store may be shared by threads; implementations serialise
// or pool connections internally. Every method is atomic: it either applies
// completely or returns an error and changes nothing.
#pragma once

#include <functional>
#include <map>
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

// ---- operator accounts (the /admin desk). The store keeps only hashes:
// passwords as libsodium argon2id strings, session tokens as a digest of the
// token, so a copy of the database grants no access.

// Ordered by increasing trust; the web layer maps roles to permissions.
enum class Role { kReader = 0, kModerator = 1, kEditor = 2, kAdmin = 3 };

struct Account {
  Id id = 0;
  std::string username;       // unique, compared case-insensitively (ASCII)
  std::string email;          // unique when set; "" = none
  std::string password_hash;  // crypto_pwhash_str output
  Role role = Role::kReader;
  Timestamp created_at = 0;
  bool disabled = false;
};

struct SessionRecord {
  std::string token_hash;   // hex digest of the cookie token; the key
  Id user_id = 0;
  std::string csrf_secret;  // hex key for this session's form tokens
  Timestamp created_at = 0;
  Timestamp expires_at = 0;  // absolute end of the session
  Timestamp last_seen = 0;
};

// Operator edits to a configured source. The configuration file stays the
// truth for everything else; SyncSource never touches these. An unset field
// means "use the configured value".
struct SourceOverride {
  std::string slug;
  std::optional<std::string> about;
  std::optional<std::map<std::string, std::string>> section_map;
};

// Replaces the configured values in `source` by those `o` sets.
void ApplySourceOverride(Source& source, const SourceOverride& o);

// Front-page pins.
inline constexpr int kMaxPins = 12;  // a block longer than a screen is no longer a highlight

enum class UpsertOutcome { kInserted, kUpdated, kUnchanged };

struct ArticleQuery {
  std::string section;  // slug; empty = any
  std::string region;   // slug; empty = any
  std::string source;   // slug; empty = any
  int limit = 20;   // implementations may cap it (SQLite: 1000); negative = 0
  int offset = 0;   // negative = 0
};

// ---- site search. Text is turned into index terms above the store (the
// text Analyzer: segmentation, stop words, stemming); the store only keeps
// and matches those terms, so it stays independent of any language.

// Index terms of one article, each field a space-separated list of
// already-normalised terms in text order.
struct SearchDocument {
  std::string headline;
  std::string standfirst;
  std::string body;
  std::string authors;
};

enum class SearchOrder { kRelevance, kNewest };

struct SearchQuery {
  // Every group must match; within a group any one term is enough (the
  // forms one query word may take: stemmed in several languages, unstemmed).
  // Terms are data, never query syntax: the store quotes them.
  std::vector<std::vector<std::string>> terms;
  std::string section;   // slug; empty = any
  std::string source;    // slug; empty = any
  std::string region;    // slug; empty = any
  std::string language;  // article language; empty = any
  std::optional<Timestamp> from;  // inclusive, on published (fetch time when unknown)
  std::optional<Timestamp> to;    // inclusive
  SearchOrder order = SearchOrder::kRelevance;
  int limit = 20;  // implementations may cap it (SQLite: 100); negative = 0
  int offset = 0;  // negative = 0
};

struct SearchResults {
  std::vector<Article> articles;  // the requested page, in order
  int total = 0;                  // matches over all pages
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

  // ---- site search. Defaults report kInternal so decorators and other
  // backends compile until they implement search.
  // Replaces the search entry of article `id` (which must exist). Does not
  // move DataVersion: readers see no change until the article itself does.
  virtual Status IndexArticleForSearch(Id id, const SearchDocument& doc) {
    return Status::Internal("search is not supported by this store");
  }
  // A query without terms matches nothing (total 0).
  virtual Result<SearchResults> Search(const SearchQuery& query) {
    return Status::Internal("search is not supported by this store");
  }

  // ---- operator data. These have defaults so decorators and other backends
  // keep compiling: reads answer "nothing stored", writes are refused.
  // Pins, overrides (and SetSourcePaused) move DataVersion; accounts and
  // sessions do not, since no public page shows them.

  // Fills account.id. InvalidArgument when the username or email is taken.
  virtual Status CreateAccount(Account& account);
  // Exact username match, ASCII case-insensitive.
  virtual Result<std::optional<Account>> FindAccount(const std::string& username);
  virtual Result<std::optional<Account>> GetAccount(Id id);
  virtual Result<std::vector<Account>> ListAccounts();

  virtual Status CreateSession(const SessionRecord& session);
  virtual Result<std::optional<SessionRecord>> GetSession(const std::string& token_hash);
  virtual Status TouchSession(const std::string& token_hash, Timestamp now);
  virtual Status DeleteSession(const std::string& token_hash);
  // Removes sessions whose expires_at <= now; returns how many.
  virtual Result<int> DeleteExpiredSessions(Timestamp now);

  virtual Result<std::vector<SourceOverride>> ListSourceOverrides();
  // Stores `o` for o.slug (NotFound for an unknown source); an override with
  // no field set removes the row.
  virtual Status SetSourceOverride(const SourceOverride& o);

  // Pinned articles in position order (lowest first), at most kMaxPins.
  virtual Result<std::vector<Article>> ListPinned();
  // Pins at the end, or moves an already pinned article to the end.
  // NotFound for an unknown id; LimitExceeded past kMaxPins.
  virtual Status PinArticle(Id article_id, Timestamp now);
  virtual Status UnpinArticle(Id article_id);

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
