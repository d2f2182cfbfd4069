#include "store/sqlite/migrations.h"

#include <array>
#include <string>

#include "store/sqlite/statement.h"

namespace bs::sqlite {
namespace {

// Conventions: timestamps are INTEGER Unix seconds (NULL = unknown); lists
// and maps are JSON text; text columns default to '' so reads need no NULL
// handling.
constexpr std::array<const char*, 12> kMigrations = {
    // ---- v1: tables
    R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
INSERT INTO meta (key, value) VALUES ('data_version', 0);

CREATE TABLE sources (
  id                    INTEGER PRIMARY KEY,
  slug                  TEXT NOT NULL UNIQUE,
  name                  TEXT NOT NULL DEFAULT '',
  homepage              TEXT NOT NULL DEFAULT '',
  feed_urls             TEXT NOT NULL DEFAULT '[]',
  region                TEXT NOT NULL DEFAULT '',
  language              TEXT NOT NULL DEFAULT '',
  about                 TEXT NOT NULL DEFAULT '',
  section_map           TEXT NOT NULL DEFAULT '{}',
  default_section       TEXT NOT NULL DEFAULT '',
  poll_interval_seconds INTEGER NOT NULL DEFAULT 900,
  local                 INTEGER NOT NULL DEFAULT 0,
  paused                INTEGER NOT NULL DEFAULT 0,
  last_fetch            INTEGER,
  last_http_status      INTEGER NOT NULL DEFAULT 0,
  last_error            TEXT NOT NULL DEFAULT ''
);

CREATE TABLE http_cache (
  url           TEXT PRIMARY KEY,
  etag          TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL DEFAULT ''
);

CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  url           TEXT NOT NULL UNIQUE,
  source_id     INTEGER NOT NULL REFERENCES sources(id),
  guid          TEXT NOT NULL DEFAULT '',
  title         TEXT NOT NULL DEFAULT '',
  standfirst    TEXT NOT NULL DEFAULT '',
  authors       TEXT NOT NULL DEFAULT '[]',
  author_bio    TEXT NOT NULL DEFAULT '',
  published     INTEGER,
  updated       INTEGER,
  fetched_at    INTEGER NOT NULL,
  section       TEXT NOT NULL DEFAULT '',
  region        TEXT NOT NULL DEFAULT '',
  language      TEXT NOT NULL DEFAULT '',
  tags          TEXT NOT NULL DEFAULT '[]',
  image_url     TEXT NOT NULL DEFAULT '',
  image_caption TEXT NOT NULL DEFAULT '',
  image_credit  TEXT NOT NULL DEFAULT '',
  body_html     TEXT NOT NULL DEFAULT '',
  body_text     TEXT NOT NULL DEFAULT '',
  teaser        TEXT NOT NULL DEFAULT '',
  content_hash  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE raw_pages (
  id           INTEGER PRIMARY KEY,
  article_id   INTEGER NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
  final_url    TEXT NOT NULL DEFAULT '',
  content_type TEXT NOT NULL DEFAULT '',
  body         BLOB NOT NULL,
  raw_hash     TEXT NOT NULL,
  fetched_at   INTEGER NOT NULL
);
)sql",

    // ---- v2: indexes for the rivers. The sort key is the exact expression
    // ListArticles orders by, so SQLite walks the index instead of sorting.
    // Ascending on purpose: walked backwards it yields "time DESC, id DESC"
    // (the rowid is the index's implicit last column); a DESC key would leave
    // the id tie-break to a temporary sort.
    R"sql(
CREATE INDEX articles_by_time ON articles (COALESCE(published, fetched_at));
CREATE INDEX articles_by_section ON articles (section, COALESCE(published, fetched_at));
CREATE INDEX articles_by_region ON articles (region, COALESCE(published, fetched_at));
CREATE INDEX articles_by_source ON articles (source_id, COALESCE(published, fetched_at));
CREATE INDEX raw_pages_by_time ON raw_pages (fetched_at);
)sql",

    // ---- v3: site search. Full-text index over analyser terms (already
    // normalised, stemmed and space-separated by the caller), keyed by
    // article id as rowid. unicode61 only splits at spaces and punctuation
    // here; diacritics are kept because the analyser already decided them.
    R"sql(
CREATE VIRTUAL TABLE article_search USING fts5(
  headline, standfirst, body, authors,
  tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER article_search_on_delete AFTER DELETE ON articles BEGIN
  DELETE FROM article_search WHERE rowid = old.id;
END;
)sql",

    // ---- v4: operator desk. Accounts and sessions hold only hashes (see
    // store.h). Overrides and pins live beside the configured sources so
    // SyncSource, which rewrites `sources` from the configuration, cannot
    // clobber an operator's edit. Self-contained: depends only on v1.
    R"sql(
CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  email         TEXT UNIQUE COLLATE NOCASE,  -- NULL = none; NULLs never collide
  password_hash TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('reader', 'moderator', 'editor', 'admin')),
  created_at    INTEGER NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sessions (
  token_hash  TEXT PRIMARY KEY,
  user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_secret TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL,
  last_seen   INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE source_overrides (
  source_id   INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
  about       TEXT,  -- NULL = the configured text
  section_map TEXT   -- JSON object; NULL = the configured map
);

CREATE TABLE pinned (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  pinned_at  INTEGER NOT NULL
);
)sql",

    // ---- v5: the organiser's verdicts. Stories and per-article rows are
    // derived data, replaced as a whole by every recomputation, so they carry
    // no foreign key to each other (a story id is its founding article's id).
    // Editor operations live apart in story_edits, a log that recomputation
    // replays. section_origin is core/model.h's SectionOrigin; rows that
    // predate it count as mapped (2): nothing already published moves to a
    // classifier's guess behind the operator's back.
    R"sql(
ALTER TABLE articles ADD COLUMN section_origin INTEGER NOT NULL DEFAULT 2;
ALTER TABLE articles ADD COLUMN section_confidence REAL NOT NULL DEFAULT 1.0;

CREATE TABLE stories (
  id            INTEGER PRIMARY KEY,
  title         TEXT NOT NULL DEFAULT '',
  first_seen    INTEGER NOT NULL,
  last_updated  INTEGER NOT NULL,
  article_count INTEGER NOT NULL,
  source_count  INTEGER NOT NULL
);
CREATE INDEX stories_by_update ON stories (last_updated);

CREATE TABLE article_organisation (
  article_id   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  story_id     INTEGER NOT NULL DEFAULT 0,
  duplicate_of INTEGER NOT NULL DEFAULT 0,
  read_next    TEXT NOT NULL DEFAULT '[]',  -- JSON arrays of article ids, best first
  same_topic   TEXT NOT NULL DEFAULT '[]',
  related      TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX article_organisation_by_story ON article_organisation (story_id);
-- Partial: duplicates are few, and rivers exclude them through this index.
CREATE INDEX article_organisation_duplicates ON article_organisation (duplicate_of)
  WHERE duplicate_of <> 0;

CREATE TABLE story_edits (
  seq       INTEGER PRIMARY KEY AUTOINCREMENT,
  kind      TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
  article_a INTEGER NOT NULL,
  article_b INTEGER NOT NULL DEFAULT 0,
  editor_id INTEGER NOT NULL DEFAULT 0,
  at        INTEGER NOT NULL
);

CREATE TABLE models (
  name  TEXT PRIMARY KEY,
  bytes BLOB NOT NULL
);
)sql",

    // ---- v6: search filters without reading article rows. An article row
    // holds its whole body (kilobytes, usually a leaf page of its own), so
    // checking the section of every full-text match read one page per
    // match: tens of thousands of page reads for a common word. This index
    // covers every column a search filter or date order reads, keyed by id,
    // so the same check reads a few hundred small index pages instead.
    // Search names it with INDEXED BY (the planner would otherwise take the
    // rowid lookup).
    R"sql(
CREATE INDEX articles_search_filters ON articles
  (id, section, region, source_id, language, published, fetched_at);
)sql",

    // ---- v7: the page's own canonical address, when it names another one
    // (a syndicated copy pointing at its original). Rows stored before keep
    // '' until the next re-ingest or reextract fills it in.
    R"sql(
ALTER TABLE articles ADD COLUMN page_canonical_url TEXT NOT NULL DEFAULT '';
)sql",

    // ---- v8: the newsletter. Subscribers hold the only copy of an address;
    // consents and deliveries hang off them (ON DELETE CASCADE, and
    // EraseSubscriber deletes them explicitly too), so erasing a subscriber
    // leaves only the suppression hash. Editions are a JSON list per
    // subscriber: StartIssueSend filters them with json_each inside one
    // INSERT ... SELECT, so an issue's 100,000 deliveries are enqueued without
    // the subscribers ever leaving SQLite.
    // Deliveries are keyed (issue, subscriber), WITHOUT ROWID: the send queue
    // holds a copy at most once by construction, and MarkDeliverySent (the
    // hot path, hundreds a second, each its own commit) is one primary-key
    // UPDATE that touches only the partial index below. That index holds
    // pending rows only, in subscriber order with their due time, so a claim
    // walks exactly the rows it hands out (plus any it cancels) however many
    // copies were already sent, and filters due times without a table read.
    // deliveries_by_subscriber serves the cascade on erase, cancellations on
    // unsubscribe and bounce, and the subscriber's export.
    // A confirmation token is looked up by its digest; the partial unique
    // index skips the '' of subscribers with no link open.
    // Rate-limit rows carry their window's end, so one prune serves keys of
    // every window length. Secrets live here too, so every process (and
    // later every node) signs and counts alike.
    R"sql(
CREATE TABLE secrets (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE rate_limits (
  key          TEXT NOT NULL,
  window_start INTEGER NOT NULL,
  window_end   INTEGER NOT NULL,  -- first second after the window: prunable from then on
  count        INTEGER NOT NULL,
  PRIMARY KEY (key, window_start)
) WITHOUT ROWID;
CREATE INDEX rate_limits_by_end ON rate_limits (window_end);

CREATE TABLE subscribers (
  id                 INTEGER PRIMARY KEY,
  email              TEXT NOT NULL UNIQUE COLLATE NOCASE,
  state              INTEGER NOT NULL DEFAULT 0,   -- SubscriberState
  editions           TEXT NOT NULL DEFAULT '[]',
  pending_editions   TEXT NOT NULL DEFAULT '[]',
  created_at         INTEGER NOT NULL,
  confirmed_at       INTEGER,
  unsubscribed_at    INTEGER,
  confirm_token_hash TEXT NOT NULL DEFAULT '',
  confirm_expires_at INTEGER NOT NULL DEFAULT 0,
  confirm_sent_at    INTEGER NOT NULL DEFAULT 0,
  soft_bounces       INTEGER NOT NULL DEFAULT 0,
  failed             INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX subscribers_by_token ON subscribers (confirm_token_hash) WHERE confirm_token_hash <> '';

CREATE TABLE consents (
  id            INTEGER PRIMARY KEY,
  subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
  at            INTEGER NOT NULL,
  action        TEXT NOT NULL,
  text_version  TEXT NOT NULL DEFAULT '',
  page          TEXT NOT NULL DEFAULT '',
  editions      TEXT NOT NULL DEFAULT '[]',
  ip_hash       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consents_by_subscriber ON consents (subscriber_id);

CREATE TABLE suppressions (
  hash   TEXT PRIMARY KEY,
  reason TEXT NOT NULL,
  at     INTEGER NOT NULL
);

CREATE TABLE newsletter_issues (
  id         INTEGER PRIMARY KEY,
  edition    TEXT NOT NULL,
  date       TEXT NOT NULL,
  subject    TEXT NOT NULL DEFAULT '',
  intro      TEXT NOT NULL DEFAULT '',
  items      TEXT NOT NULL DEFAULT '[]',  -- JSON array of IssueItem objects
  state      INTEGER NOT NULL DEFAULT 0,  -- IssueState
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  send_at    INTEGER,
  sent_at    INTEGER,
  recipients INTEGER NOT NULL DEFAULT 0,
  UNIQUE (edition, date)
);
CREATE INDEX newsletter_issues_by_state ON newsletter_issues (state, date);

CREATE TABLE issue_edits (
  id        INTEGER PRIMARY KEY,
  issue_id  INTEGER NOT NULL REFERENCES newsletter_issues(id) ON DELETE CASCADE,
  editor_id INTEGER NOT NULL DEFAULT 0,
  at        INTEGER NOT NULL,
  action    TEXT NOT NULL,
  detail    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX issue_edits_by_issue ON issue_edits (issue_id);

CREATE TABLE deliveries (
  issue_id        INTEGER NOT NULL REFERENCES newsletter_issues(id) ON DELETE CASCADE,
  subscriber_id   INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
  state           INTEGER NOT NULL DEFAULT 0,  -- DeliveryState
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL DEFAULT 0,
  sent_at         INTEGER,
  last_error      TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (issue_id, subscriber_id)
) WITHOUT ROWID;
CREATE INDEX deliveries_pending ON deliveries (issue_id, subscriber_id, next_attempt_at) WHERE state = 0;
CREATE INDEX deliveries_by_subscriber ON deliveries (subscriber_id);
)sql",
    // v8: the outbox of transactional mail (confirmations, sign-in links,
    // notifications). A web request only stores the rendered message; a
    // worker sends it, so no request waits on SMTP and a request for a known
    // address takes as long as one for a new one. Due pending rows are found
    // by the partial index; settled rows keep no message and are pruned.
    R"sql(
CREATE TABLE mail_outbox (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL,
  recipient       TEXT NOT NULL,
  message         BLOB NOT NULL,
  state           INTEGER NOT NULL DEFAULT 0,  -- OutboxState
  attempts        INTEGER NOT NULL DEFAULT 0,
  created_at      INTEGER NOT NULL,
  next_attempt_at INTEGER NOT NULL,
  settled_at      INTEGER,
  last_error      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE state = 0;
CREATE INDEX mail_outbox_settled ON mail_outbox (settled_at) WHERE state != 0;
)sql",
    // v10: readers' discussion. Readers are users with role 'reader' and a
    // profile; operators keep theirs (a staff member comments under the
    // desk name). A comment's thread_id is the canonical article of its copy
    // group when posted; a thread is read through the group's ids, so it
    // follows the canonical when the organisation changes. thread_versions
    // is what the page cache keys a thread's pages on (no comment change
    // moves data_version). display_key is unique among readers only: staff
    // and partner names are reserved by the web layer, which knows them.
    R"sql(
CREATE TABLE reader_profiles (
  user_id         INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  display_name    TEXT NOT NULL,
  display_key     TEXT,  -- NULL once deleted
  email_confirmed INTEGER NOT NULL DEFAULT 0,
  notify_replies  INTEGER NOT NULL DEFAULT 0,
  banned_until    INTEGER NOT NULL DEFAULT 0,
  deleted         INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX reader_profiles_key ON reader_profiles (display_key) WHERE display_key IS NOT NULL;

CREATE TABLE account_tokens (
  digest     TEXT PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  purpose    TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX account_tokens_by_user ON account_tokens (user_id);

CREATE TABLE comments (
  id         INTEGER PRIMARY KEY,
  thread_id  INTEGER NOT NULL,
  article_id INTEGER NOT NULL,
  parent_id  INTEGER NOT NULL DEFAULT 0,
  depth      INTEGER NOT NULL DEFAULT 0,
  author_id  INTEGER NOT NULL REFERENCES users(id),
  body       TEXT NOT NULL,
  state      INTEGER NOT NULL,  -- CommentState
  reasons    TEXT NOT NULL DEFAULT '[]',
  spam       REAL NOT NULL DEFAULT 0,
  featured   INTEGER NOT NULL DEFAULT 0,
  likes      INTEGER NOT NULL DEFAULT 0,
  reports    INTEGER NOT NULL DEFAULT 0,
  network    TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  edited_at  INTEGER
);
CREATE INDEX comments_by_thread ON comments (thread_id, parent_id, created_at);
CREATE INDEX comments_by_parent ON comments (parent_id) WHERE parent_id <> 0;
CREATE INDEX comments_by_author ON comments (author_id, created_at);
CREATE INDEX comments_by_network ON comments (network, created_at);
CREATE INDEX comments_by_state ON comments (state, created_at);
CREATE INDEX comments_reported ON comments (created_at) WHERE reports > 0;

CREATE TABLE comment_likes (
  comment_id INTEGER NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
  user_id    INTEGER NOT NULL,
  PRIMARY KEY (comment_id, user_id)
) WITHOUT ROWID;
CREATE INDEX comment_likes_by_user ON comment_likes (user_id);

CREATE TABLE comment_reports (
  comment_id INTEGER NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
  user_id    INTEGER NOT NULL,
  reason     TEXT NOT NULL,
  note       TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  PRIMARY KEY (comment_id, user_id)
) WITHOUT ROWID;
CREATE INDEX comment_reports_by_user ON comment_reports (user_id);

CREATE TABLE thread_versions (
  thread_id INTEGER PRIMARY KEY,
  version   INTEGER NOT NULL
);
CREATE TABLE thread_states (
  thread_id INTEGER PRIMARY KEY,
  closed    INTEGER NOT NULL
);

CREATE TABLE moderation_log (
  id           INTEGER PRIMARY KEY,
  moderator_id INTEGER NOT NULL DEFAULT 0,
  comment_id   INTEGER NOT NULL DEFAULT 0,
  user_id      INTEGER NOT NULL DEFAULT 0,
  action       TEXT NOT NULL,
  detail       TEXT NOT NULL DEFAULT '',
  at           INTEGER NOT NULL
);
CREATE INDEX moderation_log_by_time ON moderation_log (at);

CREATE TABLE banned_domains (
  domain TEXT PRIMARY KEY COLLATE NOCASE,
  at     INTEGER NOT NULL
);

CREATE TABLE moderator_sources (
  user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  source_slug TEXT NOT NULL,
  PRIMARY KEY (user_id, source_slug)
) WITHOUT ROWID;
)sql",
    // v11: moderators who asked for a digest of their queue, at an address
    // of their choosing (desk accounts need none otherwise); last_sent_at is
    // claimed before a digest is queued, so two nodes never send one twice.
    R"sql(
CREATE TABLE moderator_digests (
  user_id      INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  email        TEXT NOT NULL,
  last_sent_at INTEGER NOT NULL DEFAULT 0
);
)sql",
    // v12: incremental organisation. The mark says which articles the stored
    // organisation covers (ids up to `through`, organised in id order), which
    // editor edits it includes, and which full recompute it descends from
    // (`epoch`); the snapshot is the
    // organiser's state at an earlier point of the same epoch, kept in
    // chunks so no single value grows past what either backend stores well.
    R"sql(
CREATE TABLE organisation_mark (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  epoch   INTEGER NOT NULL,
  through INTEGER NOT NULL,
  edits   INTEGER NOT NULL  -- the last story_edits.seq applied
);
INSERT INTO organisation_mark (id, epoch, through, edits) VALUES (1, 0, 0, 0);

CREATE TABLE organiser_snapshot (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  epoch    INTEGER NOT NULL,
  through  INTEGER NOT NULL,
  saved_at INTEGER NOT NULL,
  edits    INTEGER NOT NULL,
  size     INTEGER NOT NULL,
  chunks   INTEGER NOT NULL
);
CREATE TABLE organiser_snapshot_chunks (
  chunk INTEGER PRIMARY KEY,
  bytes BLOB NOT NULL
);

ALTER TABLE story_edits ADD COLUMN after_article INTEGER NOT NULL DEFAULT 0;
)sql",
};

}  // namespace

int LatestSchemaVersion() { return static_cast<int>(kMigrations.size()); }

Result<int> SchemaVersion(sqlite3* db) {
  auto stmt = Statement::Prepare(db, "PRAGMA user_version");
  if (!stmt.ok()) return stmt.status();
  auto row = (*stmt)->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Internal("PRAGMA user_version returned no row");
  return static_cast<int>((*stmt)->Int(0));
}

Status Migrate(sqlite3* db, int target) {
  if (target < 0) target = LatestSchemaVersion();
  if (target > LatestSchemaVersion())
    return Status::InvalidArgument("unknown schema version " + std::to_string(target));
  // Common case first: an up-to-date file needs no write lock at all.
  auto current = SchemaVersion(db);
  if (!current.ok()) return current.status();
  if (*current == LatestSchemaVersion() && target == LatestSchemaVersion()) return Status::Ok();
  for (;;) {
    auto tx = Transaction::Begin(db);
    if (!tx.ok()) return tx.status();
    // Re-read under the write lock: another process may have migrated.
    auto version = SchemaVersion(db);
    if (!version.ok()) return version.status();
    if (*version > LatestSchemaVersion())
      return Status::InvalidArgument("database schema v" + std::to_string(*version) +
                                     " is newer than this program (v" +
                                     std::to_string(LatestSchemaVersion()) + ")");
    if (*version >= target) return Status::Ok();  // transaction rolls back: nothing written
    if (auto st = Exec(db, kMigrations[static_cast<std::size_t>(*version)]); !st.ok())
      return Status::IoError("migration to v" + std::to_string(*version + 1) + ": " +
                             st.message());
    // PRAGMA takes no parameters; the value is a trusted integer.
    std::string bump = "PRAGMA user_version = " + std::to_string(*version + 1);
    if (auto st = Exec(db, bump.c_str()); !st.ok()) return st;
    if (auto st = (*tx)->Commit(); !st.ok()) return st;
  }
}

}  // namespace bs::sqlite
