// The newsletter's tables (schema v8): subscribers and consents, issues and
// their edit log, the send queue, suppressions, secrets and rate limits.
// Only StartIssueSend and FinishIssueIfDone move data_version: they change
// what the public archive shows; nothing else here is on a public page.
#include <nlohmann/json.hpp>

#include <algorithm>

#include "core/utf8.h"
#include "store/sqlite/json_columns.h"
#include "store/sqlite/sqlite_store.h"

namespace bs::sqlite {
namespace {

constexpr const char* kSubscriberColumns =
    "SELECT id, email, state, editions, pending_editions, created_at, confirmed_at, unsubscribed_at,"
    " confirm_token_hash, confirm_expires_at, confirm_sent_at, soft_bounces, failed FROM subscribers";
constexpr const char* kIssueColumns =
    "SELECT id, edition, date, subject, intro, items, state, created_at, updated_at, send_at, sent_at,"
    " recipients FROM newsletter_issues";
// A stored address or token longer than this is not one.
constexpr std::size_t kMaxKeyBytes = 512;
constexpr std::size_t kMaxSecretBytes = 4096;
// Edition slugs per list and their length: a form offers a handful.
constexpr std::size_t kMaxEditions = 64;
constexpr std::size_t kMaxEditionBytes = 128;
// Kept of an SMTP error or an edit's detail; the rest is noise.
constexpr std::size_t kMaxErrorBytes = 500;
constexpr std::size_t kMaxEditDetailBytes = 2000;
constexpr int kMaxListed = 1000;

Status CheckBounded(std::string_view what, std::string_view s, std::size_t max) {
  if (s.size() > max) return Status::LimitExceeded(std::string(what) + " is too long");
  if (s.find('\0') != std::string_view::npos) return Status::InvalidArgument(std::string(what) + " contains NUL");
  return Status::Ok();
}

Status CheckEditions(const std::vector<std::string>& editions) {
  if (editions.size() > kMaxEditions) return Status::LimitExceeded("too many editions");
  for (const auto& e : editions) {
    if (e.empty()) return Status::InvalidArgument("empty edition slug");
    if (auto st = CheckBounded("edition slug", e, kMaxEditionBytes); !st.ok()) return st;
  }
  return Status::Ok();
}

Status CheckConsent(const ConsentRecord& c) {
  for (const std::string* s : {&c.action, &c.text_version, &c.page, &c.ip_hash})
    if (auto st = CheckBounded("consent field", *s, kMaxKeyBytes); !st.ok()) return st;
  return CheckEditions(c.editions);
}


// Start of the fixed window of `seconds` containing `now` (floor, so times
// before the epoch fall in the window that contains them too).
std::int64_t WindowStart(std::int64_t now, std::int64_t seconds) {
  std::int64_t r = now % seconds;
  if (r < 0) r += seconds;
  return now - r;
}

// Turns on SQLite's secure_delete for one erasure, so the deleted row's bytes
// are overwritten in the file instead of lingering in free space (the
// connection runs with "fast" otherwise, which already clears b-tree pages
// but not pages that become free). Restores "fast" on every path.
class SecureDeleteScope {
 public:
  explicit SecureDeleteScope(sqlite3* db) : db_(db) { status_ = Exec(db_, "PRAGMA secure_delete = ON"); }
  ~SecureDeleteScope() { Exec(db_, "PRAGMA secure_delete = FAST"); }
  SecureDeleteScope(const SecureDeleteScope&) = delete;
  SecureDeleteScope& operator=(const SecureDeleteScope&) = delete;
  const Status& status() const { return status_; }

 private:
  sqlite3* db_;
  Status status_;
};

// "YYYY-MM-DD" by shape; the newsletter layer decides which days exist.
bool LooksLikeDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (std::size_t i = 0; i < d.size(); ++i)
    if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9')) return false;
  return true;
}

std::string EncodeItems(const std::vector<IssueItem>& items) {
  nlohmann::json a = nlohmann::json::array();
  for (const auto& it : items)
    a.push_back({{"story_id", it.story_id},
                 {"article_id", it.article_id},
                 {"headline", it.headline},
                 {"summary", it.summary},
                 {"source_name", it.source_name},
                 {"region", it.region},
                 {"path", it.path},
                 {"other_sources", it.other_sources}});
  return a.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<std::vector<IssueItem>> DecodeItems(const std::string& text) {
  try {
    auto a = nlohmann::json::parse(text);
    std::vector<IssueItem> out;
    for (const auto& j : a) {
      IssueItem it;
      it.story_id = j.value("story_id", Id{0});
      it.article_id = j.value("article_id", Id{0});
      it.headline = j.value("headline", "");
      it.summary = j.value("summary", "");
      it.source_name = j.value("source_name", "");
      it.region = j.value("region", "");
      it.path = j.value("path", "");
      it.other_sources = j.value("other_sources", 0);
      out.push_back(std::move(it));
    }
    return out;
  } catch (const std::exception& e) {
    return Status::ParseError(std::string("issue items: ") + e.what());
  }
}

Status CheckIssue(const NewsletterIssue& i) {
  if (i.items.size() > kMaxIssueItems) return Status::LimitExceeded("too many items in an issue");
  for (auto [what, s] : {std::pair<const char*, const std::string*>{"subject", &i.subject}, {"intro", &i.intro}})
    if (auto st = CheckBounded(what, *s, kMaxIssueTextBytes); !st.ok()) return st;
  for (const auto& it : i.items)
    for (const std::string* s : {&it.headline, &it.summary, &it.source_name, &it.path, &it.region})
      if (auto st = CheckBounded("an item", *s, kMaxIssueTextBytes); !st.ok()) return st;
  return Status::Ok();
}

// What identifies an issue, checked when it is created (later saves never
// change it).
Status CheckIssueIdentity(const NewsletterIssue& i) {
  if (i.edition.empty()) return Status::InvalidArgument("issue without an edition");
  if (auto st = CheckBounded("edition slug", i.edition, kMaxEditionBytes); !st.ok()) return st;
  if (!LooksLikeDate(i.date)) return Status::InvalidArgument("issue date is not YYYY-MM-DD");
  return Status::Ok();
}

}  // namespace

// ---- secrets and rate limits

Result<std::string> SqliteStore::GetOrCreateSecret(const std::string& name, const std::string& candidate) {
  if (name.empty() || candidate.empty()) return Status::InvalidArgument("a secret needs a name and a value");
  if (auto st = CheckBounded("secret name", name, kMaxKeyBytes); !st.ok()) return st;
  if (candidate.size() > kMaxSecretBytes) return Status::LimitExceeded("secret is too long");
  std::lock_guard lock(mu_);
  // INSERT ... DO NOTHING is atomic across processes and secrets are never
  // deleted, so the SELECT sees whichever value was stored first.
  if (auto st = cache_.Run("INSERT INTO secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING", name,
                           candidate);
      !st.ok())
    return st;
  auto s = cache_.Get("SELECT value FROM secrets WHERE name = ?");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(name);
  auto row = q->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Internal("secret vanished: " + name);
  return q->Text(0);
}

Result<bool> SqliteStore::TakeRateLimit(const std::string& key, Timestamp now, int window_seconds, int max) {
  if (window_seconds <= 0 || max <= 0) return false;
  if (auto st = CheckBounded("rate-limit key", key, kMaxKeyBytes); !st.ok()) return st;
  const std::int64_t window = WindowStart(now, window_seconds);
  const std::int64_t window_end = window + window_seconds;
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  // Windows that ended are never read again, whatever their length.
  if (auto st = cache_.Run("DELETE FROM rate_limits WHERE window_end <= ?", static_cast<std::int64_t>(now)); !st.ok())
    return st;
  std::int64_t count = 0;
  {
    auto s = cache_.Get("SELECT count FROM rate_limits WHERE key = ? AND window_start = ?");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(key).Bind(window);
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (*row) count = q->Int(0);
  }
  if (count >= max) {
    // Keep the prune; the refused hit is not counted.
    if (auto st = (*tx)->Commit(); !st.ok()) return st;
    return false;
  }
  if (auto st = cache_.Run("INSERT INTO rate_limits (key, window_start, window_end, count) VALUES (?, ?, ?, 1)"
                           " ON CONFLICT (key, window_start) DO UPDATE SET count = count + 1",
                           key, window, window_end);
      !st.ok())
    return st;
  if (auto st = (*tx)->Commit(); !st.ok()) return st;
  return true;
}

// ---- subscribers

Result<std::optional<Subscriber>> SqliteStore::QuerySubscriber(std::string_view where, const std::string* text,
                                                               Id id) {
  auto s = cache_.Get(std::string(kSubscriberColumns) + " WHERE " + std::string(where));
  if (!s.ok()) return s.status();
  Query q(**s);
  if (text) q->Bind(*text); else q->Bind(static_cast<std::int64_t>(id));
  auto row = q->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<Subscriber>();
  Subscriber r;
  r.id = q->Int(0);
  r.email = q->Text(1);
  r.state = static_cast<SubscriberState>(q->Int(2));
  auto editions = DecodeStringList(q->Text(3));
  auto pending = DecodeStringList(q->Text(4));
  if (!editions.ok() || !pending.ok()) return Status::ParseError("subscriber editions");
  r.editions = std::move(*editions);
  r.pending_editions = std::move(*pending);
  r.created_at = q->Int(5);
  r.confirmed_at = q->OptInt(6);
  r.unsubscribed_at = q->OptInt(7);
  r.confirm_token_hash = q->Text(8);
  r.confirm_expires_at = q->Int(9);
  r.confirm_sent_at = q->Int(10);
  r.soft_bounces = static_cast<int>(q->Int(11));
  r.failed = q->Int(12) != 0;
  return std::optional<Subscriber>(std::move(r));
}

Result<std::optional<Subscriber>> SqliteStore::FindSubscriber(const std::string& email) {
  if (email.size() > kMaxKeyBytes) return std::optional<Subscriber>();
  std::lock_guard lock(mu_);
  return QuerySubscriber("email = ?", &email, 0);
}

Result<std::optional<Subscriber>> SqliteStore::GetSubscriber(Id id) {
  std::lock_guard lock(mu_);
  return QuerySubscriber("id = ?", nullptr, id);
}

Status SqliteStore::AddConsent(Id subscriber_id, const ConsentRecord& c) {
  if (auto st = CheckConsent(c); !st.ok()) return st;
  return cache_.Run("INSERT INTO consents (subscriber_id, at, action, text_version, page, editions, ip_hash)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    static_cast<std::int64_t>(subscriber_id), static_cast<std::int64_t>(c.at), c.action,
                    c.text_version, c.page, EncodeStringList(c.editions), c.ip_hash);
}

Status SqliteStore::SaveSignup(Subscriber& s, const ConsentRecord& consent) {
  if (auto st = CheckBounded("address", s.email, kMaxKeyBytes); !st.ok()) return st;
  if (s.email.empty()) return Status::InvalidArgument("empty address");
  if (auto st = CheckEditions(s.pending_editions); !st.ok()) return st;
  if (auto st = CheckBounded("token digest", s.confirm_token_hash, kMaxKeyBytes); !st.ok()) return st;
  if (auto st = CheckConsent(consent); !st.ok()) return st;
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  if (auto st = cache_.Run(
          "INSERT INTO subscribers (email, state, pending_editions, created_at, confirm_token_hash,"
          " confirm_expires_at, confirm_sent_at) VALUES (?, 0, ?, ?, ?, ?, ?)"
          " ON CONFLICT (email) DO UPDATE SET pending_editions = excluded.pending_editions,"
          " confirm_token_hash = excluded.confirm_token_hash, confirm_expires_at = excluded.confirm_expires_at,"
          " confirm_sent_at = excluded.confirm_sent_at",
          s.email, EncodeStringList(s.pending_editions), static_cast<std::int64_t>(s.created_at),
          s.confirm_token_hash, static_cast<std::int64_t>(s.confirm_expires_at),
          static_cast<std::int64_t>(s.confirm_sent_at));
      !st.ok())
    return st;
  auto stored = QuerySubscriber("email = ?", &s.email, 0);
  if (!stored.ok()) return stored.status();
  if (!*stored) return Status::Internal("subscriber vanished");
  if (auto st = AddConsent((*stored)->id, consent); !st.ok()) return st;
  if (auto st = (*tx)->Commit(); !st.ok()) return st;
  s = std::move(**stored);
  return Status::Ok();
}

Result<std::optional<Subscriber>> SqliteStore::ConfirmSubscriber(const std::string& token_hash, Timestamp now,
                                                                 const ConsentRecord& consent) {
  if (token_hash.empty() || token_hash.size() > kMaxKeyBytes) return std::optional<Subscriber>();
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  // The repeated "<> ''" lets SQLite use the partial index on tokens (it
  // cannot prove a bound parameter non-empty); without it, a full scan.
  auto found = QuerySubscriber("confirm_token_hash = ? AND confirm_token_hash <> ''", &token_hash, 0);
  if (!found.ok()) return found.status();
  if (!*found || (*found)->confirm_expires_at <= now) return std::optional<Subscriber>();
  const Id id = (*found)->id;
  // Clearing the token is what makes the link single-use.
  if (auto st = cache_.Run("UPDATE subscribers SET state = 1, editions = pending_editions, pending_editions = '[]',"
                           " confirmed_at = ?, unsubscribed_at = NULL, confirm_token_hash = '',"
                           " confirm_expires_at = 0 WHERE id = ?",
                           static_cast<std::int64_t>(now), static_cast<std::int64_t>(id));
      !st.ok())
    return st;
  ConsentRecord c = consent;
  if (c.editions.empty()) c.editions = (*found)->pending_editions;
  if (auto st = AddConsent(id, c); !st.ok()) return st;
  auto confirmed = QuerySubscriber("id = ?", nullptr, id);
  if (!confirmed.ok()) return confirmed.status();
  if (auto st = (*tx)->Commit(); !st.ok()) return st;
  return confirmed;
}

Status SqliteStore::SetSubscriberEditions(Id id, const std::vector<std::string>& editions,
                                          const ConsentRecord& consent) {
  if (auto st = CheckEditions(editions); !st.ok()) return st;
  if (auto st = CheckConsent(consent); !st.ok()) return st;
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  auto found = QuerySubscriber("id = ?", nullptr, id);
  if (!found.ok()) return found.status();
  if (!*found) return Status::NotFound("no subscriber " + std::to_string(id));
  // Choosing editions is not signing up: an address that never confirmed,
  // or left, confirms (again) through the sign-up form. InvalidArgument, so
  // the preferences page shows this instead of failing.
  if ((*found)->state != SubscriberState::kConfirmed)
    return Status::InvalidArgument("You are not subscribed at the moment. Sign up again to choose newsletters.");
  if (editions.empty()) {
    if (auto st = LeaveLocked(id, consent.at); !st.ok()) return st;
  } else if (auto st = cache_.Run("UPDATE subscribers SET editions = ? WHERE id = ?", EncodeStringList(editions),
                                  static_cast<std::int64_t>(id));
             !st.ok()) {
    return st;
  }
  if (auto st = AddConsent(id, consent); !st.ok()) return st;
  return (*tx)->Commit();
}

Status SqliteStore::LeaveLocked(Id id, Timestamp now) {
  // The open confirmation link closes too: leaving is the latest word.
  if (auto st = cache_.Run("UPDATE subscribers SET state = 2, unsubscribed_at = ?, confirm_token_hash = '',"
                           " confirm_expires_at = 0 WHERE id = ?",
                           static_cast<std::int64_t>(now), static_cast<std::int64_t>(id));
      !st.ok())
    return st;
  return cache_.Run("UPDATE deliveries SET state = 3 WHERE subscriber_id = ? AND state = 0",
                    static_cast<std::int64_t>(id));
}

Status SqliteStore::UnsubscribeSubscriber(Id id, Timestamp now, const ConsentRecord& consent) {
  if (auto st = CheckConsent(consent); !st.ok()) return st;
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  auto found = QuerySubscriber("id = ?", nullptr, id);
  if (!found.ok()) return found.status();
  if (!*found) return Status::NotFound("no subscriber " + std::to_string(id));
  if ((*found)->state == SubscriberState::kUnsubscribed) return Status::Ok();
  if (auto st = LeaveLocked(id, now); !st.ok()) return st;
  if (auto st = AddConsent(id, consent); !st.ok()) return st;
  return (*tx)->Commit();
}

Result<std::vector<ConsentRecord>> SqliteStore::ListConsents(Id subscriber_id) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT id, at, action, text_version, page, editions, ip_hash FROM consents"
                      " WHERE subscriber_id = ? ORDER BY id LIMIT 10000");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(static_cast<std::int64_t>(subscriber_id));
  std::vector<ConsentRecord> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    ConsentRecord c;
    c.id = q->Int(0);
    c.subscriber_id = subscriber_id;
    c.at = q->Int(1);
    c.action = q->Text(2);
    c.text_version = q->Text(3);
    c.page = q->Text(4);
    auto editions = DecodeStringList(q->Text(5));
    if (editions.ok()) c.editions = std::move(*editions);
    c.ip_hash = q->Text(6);
    out.push_back(std::move(c));
  }
  return out;
}

Result<std::vector<DeliveryRecord>> SqliteStore::ListSubscriberDeliveries(Id subscriber_id) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT d.issue_id, i.edition, i.date, d.state, d.attempts, d.sent_at, d.last_error"
                      " FROM deliveries d JOIN newsletter_issues i ON i.id = d.issue_id"
                      " WHERE d.subscriber_id = ? ORDER BY d.issue_id LIMIT 10000");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(static_cast<std::int64_t>(subscriber_id));
  std::vector<DeliveryRecord> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    DeliveryRecord d;
    d.issue_id = q->Int(0);
    d.edition = q->Text(1);
    d.date = q->Text(2);
    d.state = static_cast<DeliveryState>(q->Int(3));
    d.attempts = static_cast<int>(q->Int(4));
    d.sent_at = q->OptInt(5);
    d.last_error = q->Text(6);
    out.push_back(std::move(d));
  }
  return out;
}

Status SqliteStore::EraseSubscriber(Id id, const std::string& suppression_hash, Timestamp now) {
  if (suppression_hash.empty()) return Status::InvalidArgument("erasure without a suppression hash");
  if (auto st = CheckBounded("hash", suppression_hash, kMaxKeyBytes); !st.ok()) return st;
  std::lock_guard lock(mu_);
  SecureDeleteScope secure(db_.get());
  if (!secure.status().ok()) return secure.status();
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  auto found = QuerySubscriber("id = ?", nullptr, id);
  if (!found.ok()) return found.status();
  if (!*found) return Status::NotFound("no subscriber " + std::to_string(id));
  // ON DELETE CASCADE would do the first two; deleting them by name keeps
  // erasure complete on a connection without foreign keys too.
  for (const char* sql : {"DELETE FROM consents WHERE subscriber_id = ?", "DELETE FROM deliveries WHERE subscriber_id = ?",
                          "DELETE FROM subscribers WHERE id = ?"})
    if (auto st = cache_.Run(sql, static_cast<std::int64_t>(id)); !st.ok()) return st;
  if (auto st = cache_.Run("INSERT INTO suppressions (hash, reason, at) VALUES (?, 'erased', ?)"
                           " ON CONFLICT (hash) DO UPDATE SET reason = 'erased', at = excluded.at",
                           suppression_hash, static_cast<std::int64_t>(now));
      !st.ok())
    return st;
  return (*tx)->Commit();
}

Result<bool> SqliteStore::IsSuppressed(const std::string& suppression_hash) {
  if (suppression_hash.size() > kMaxKeyBytes) return false;
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT 1 FROM suppressions WHERE hash = ?");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(suppression_hash);
  auto row = q->Step();
  if (!row.ok()) return row.status();
  return *row;
}

Status SqliteStore::Suppress(const std::string& suppression_hash, const std::string& reason, Timestamp now) {
  if (suppression_hash.empty()) return Status::InvalidArgument("empty suppression hash");
  if (auto st = CheckBounded("hash", suppression_hash, kMaxKeyBytes); !st.ok()) return st;
  if (auto st = CheckBounded("suppression reason", reason, kMaxKeyBytes); !st.ok()) return st;
  std::lock_guard lock(mu_);
  return cache_.Run("INSERT INTO suppressions (hash, reason, at) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING",
                    suppression_hash, reason, static_cast<std::int64_t>(now));
}

Result<bool> SqliteStore::RecordBounce(const std::string& email, const std::string& suppression_hash, bool hard,
                                       int soft_limit, Timestamp now) {
  // Longer than any stored address: nobody we know.
  if (email.empty() || email.size() > kMaxKeyBytes) return false;
  if (auto st = CheckBounded("hash", suppression_hash, kMaxKeyBytes); !st.ok()) return st;
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  auto found = QuerySubscriber("email = ?", &email, 0);
  if (!found.ok()) return found.status();
  if (!*found) return false;  // nothing kept about strangers
  const Id id = (*found)->id;
  const int soft = (*found)->soft_bounces + (hard ? 0 : 1);
  const bool failed = (*found)->failed || hard || soft >= std::max(1, soft_limit);
  if (auto st = cache_.Run("UPDATE subscribers SET soft_bounces = ?, failed = ? WHERE id = ?", soft, failed,
                           static_cast<std::int64_t>(id));
      !st.ok())
    return st;
  // A failed address gets nothing more of any issue already enqueued.
  if (failed)
    if (auto st = cache_.Run("UPDATE deliveries SET state = 3 WHERE subscriber_id = ? AND state = 0",
                             static_cast<std::int64_t>(id));
        !st.ok())
      return st;
  // Only a hard bounce proves the address dead; soft ones (a full mailbox)
  // fail the subscriber but leave the address free to sign up again later.
  if (hard && !suppression_hash.empty())
    if (auto st = cache_.Run("INSERT INTO suppressions (hash, reason, at) VALUES (?, 'hard bounce', ?)"
                             " ON CONFLICT (hash) DO NOTHING",
                             suppression_hash, static_cast<std::int64_t>(now));
        !st.ok())
      return st;
  if (auto st = (*tx)->Commit(); !st.ok()) return st;
  return failed;
}

Result<int> SqliteStore::CountSubscribers(const std::string& edition) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get(edition.empty()
                          ? "SELECT COUNT(*) FROM subscribers WHERE state = 1 AND failed = 0 AND ? = ''"
                          : "SELECT COUNT(*) FROM subscribers s WHERE s.state = 1 AND s.failed = 0"
                            " AND EXISTS (SELECT 1 FROM json_each(s.editions) e WHERE e.value = ?)");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(edition);
  auto row = q->Step();
  if (!row.ok()) return row.status();
  return static_cast<int>(q->Int(0));
}

// ---- issues

Result<std::vector<NewsletterIssue>> SqliteStore::QueryIssues(const std::string& sql,
                                                              const std::vector<std::string>& text_args,
                                                              const std::vector<std::int64_t>& int_args) {
  auto s = cache_.Get(sql);
  if (!s.ok()) return s.status();
  Query q(**s);
  for (const auto& t : text_args) q->Bind(t);
  for (auto i : int_args) q->Bind(i);
  std::vector<NewsletterIssue> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    NewsletterIssue i;
    i.id = q->Int(0);
    i.edition = q->Text(1);
    i.date = q->Text(2);
    i.subject = q->Text(3);
    i.intro = q->Text(4);
    auto items = DecodeItems(q->Text(5));
    if (!items.ok()) return items.status();
    i.items = std::move(*items);
    i.state = static_cast<IssueState>(q->Int(6));
    i.created_at = q->Int(7);
    i.updated_at = q->Int(8);
    i.send_at = q->OptInt(9);
    i.sent_at = q->OptInt(10);
    i.recipients = static_cast<int>(q->Int(11));
    out.push_back(std::move(i));
  }
  return out;
}

Status SqliteStore::AddIssueEdit(Id issue_id, const IssueEdit& e) {
  return cache_.Run("INSERT INTO issue_edits (issue_id, editor_id, at, action, detail) VALUES (?, ?, ?, ?, ?)",
                    static_cast<std::int64_t>(issue_id), static_cast<std::int64_t>(e.editor_id),
                    static_cast<std::int64_t>(e.at), TruncateUtf8(e.action, 64), TruncateUtf8(e.detail, kMaxEditDetailBytes));
}

Result<bool> SqliteStore::CreateIssue(NewsletterIssue& issue, const IssueEdit& created) {
  if (auto st = CheckIssueIdentity(issue); !st.ok()) return st;
  if (auto st = CheckIssue(issue); !st.ok()) return st;
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  auto existing = QueryIssues(std::string(kIssueColumns) + " WHERE edition = ? AND date = ?",
                              {issue.edition, issue.date}, {});
  if (!existing.ok()) return existing.status();
  if (!existing->empty()) {
    issue = std::move(existing->front());
    return false;
  }
  if (auto st = cache_.Run("INSERT INTO newsletter_issues (edition, date, subject, intro, items, state, created_at,"
                           " updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
                           issue.edition, issue.date, issue.subject, issue.intro, EncodeItems(issue.items),
                           static_cast<std::int64_t>(issue.created_at), static_cast<std::int64_t>(issue.updated_at));
      !st.ok())
    return st;
  // Hand back the stored row: a new issue is a draft with nothing sent.
  issue.id = sqlite3_last_insert_rowid(db_.get());
  issue.state = IssueState::kDraft;
  issue.send_at.reset();
  issue.sent_at.reset();
  issue.recipients = 0;
  if (auto st = AddIssueEdit(issue.id, created); !st.ok()) return st;
  if (auto st = (*tx)->Commit(); !st.ok()) return st;
  return true;
}

Result<std::optional<NewsletterIssue>> SqliteStore::GetIssue(Id id) {
  std::lock_guard lock(mu_);
  auto r = QueryIssues(std::string(kIssueColumns) + " WHERE id = ?", {}, {static_cast<std::int64_t>(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<NewsletterIssue>();
  return std::optional<NewsletterIssue>(std::move(r->front()));
}

Result<std::optional<NewsletterIssue>> SqliteStore::FindIssue(const std::string& edition, const std::string& date) {
  std::lock_guard lock(mu_);
  auto r = QueryIssues(std::string(kIssueColumns) + " WHERE edition = ? AND date = ?", {edition, date}, {});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<NewsletterIssue>();
  return std::optional<NewsletterIssue>(std::move(r->front()));
}

Result<std::vector<NewsletterIssue>> SqliteStore::ListIssues(const std::string& edition,
                                                            const std::vector<IssueState>& states, int limit,
                                                            int offset) {
  std::string sql = std::string(kIssueColumns) + " WHERE (? = '' OR edition = ?)";
  if (!states.empty()) {
    sql += " AND state IN (";
    for (std::size_t i = 0; i < states.size(); ++i) sql += i ? ",?" : "?";
    sql += ")";
  }
  sql += " ORDER BY date DESC, id DESC LIMIT ? OFFSET ?";
  std::vector<std::int64_t> ints;
  for (auto st : states) ints.push_back(static_cast<std::int64_t>(st));
  ints.push_back(std::clamp(limit, 0, kMaxListed));
  ints.push_back(std::max(0, offset));
  std::lock_guard lock(mu_);
  return QueryIssues(sql, {edition, edition}, ints);
}

Status SqliteStore::UpdateIssue(const NewsletterIssue& issue, const IssueEdit& edit) {
  if (auto st = CheckIssue(issue); !st.ok()) return st;
  if (issue.state != IssueState::kDraft && issue.state != IssueState::kScheduled)
    return Status::InvalidArgument("an issue can only be saved as a draft or scheduled");
  if (issue.state == IssueState::kScheduled && !issue.send_at)
    return Status::InvalidArgument("a scheduled issue needs a time to send");
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  auto current = QueryIssues(std::string(kIssueColumns) + " WHERE id = ?", {}, {static_cast<std::int64_t>(issue.id)});
  if (!current.ok()) return current.status();
  if (current->empty()) return Status::NotFound("no issue " + std::to_string(issue.id));
  const IssueState state = current->front().state;
  if (state != IssueState::kDraft && state != IssueState::kScheduled)
    return Status::Refused("the issue is being sent and can no longer change");
  auto s = cache_.Get("UPDATE newsletter_issues SET subject = ?, intro = ?, items = ?, state = ?, send_at = ?,"
                      " updated_at = ? WHERE id = ?");
  if (!s.ok()) return s.status();
  {
    Query q(**s);
    q->Bind(issue.subject).Bind(issue.intro).Bind(EncodeItems(issue.items)).Bind(static_cast<std::int64_t>(issue.state));
    q->Bind(issue.send_at ? std::optional<std::int64_t>(*issue.send_at) : std::nullopt);
    q->Bind(static_cast<std::int64_t>(issue.updated_at)).Bind(static_cast<std::int64_t>(issue.id));
    if (auto st = q->Run(); !st.ok()) return st;
  }
  if (auto st = AddIssueEdit(issue.id, edit); !st.ok()) return st;
  return (*tx)->Commit();
}

Result<std::vector<IssueEdit>> SqliteStore::ListIssueEdits(Id issue_id) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT id, editor_id, at, action, detail FROM issue_edits WHERE issue_id = ? ORDER BY id LIMIT 10000");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(static_cast<std::int64_t>(issue_id));
  std::vector<IssueEdit> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    out.push_back({q->Int(0), issue_id, q->Int(1), q->Int(2), q->Text(3), q->Text(4)});
  }
  return out;
}

// ---- the send queue

Result<int> SqliteStore::StartIssueSend(Id issue_id, Timestamp now, const IssueEdit& edit) {
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  auto current = QueryIssues(std::string(kIssueColumns) + " WHERE id = ?", {}, {static_cast<std::int64_t>(issue_id)});
  if (!current.ok()) return current.status();
  if (current->empty()) return Status::NotFound("no issue " + std::to_string(issue_id));
  const NewsletterIssue& issue = current->front();
  if (issue.state == IssueState::kSending || issue.state == IssueState::kSent) return 0;
  // One statement, streamed inside SQLite: no subscriber list in memory.
  if (auto st = cache_.Run("INSERT OR IGNORE INTO deliveries (issue_id, subscriber_id, state, next_attempt_at)"
                           " SELECT ?, s.id, 0, ? FROM subscribers s WHERE s.state = 1 AND s.failed = 0"
                           " AND EXISTS (SELECT 1 FROM json_each(s.editions) e WHERE e.value = ?)",
                           static_cast<std::int64_t>(issue_id), static_cast<std::int64_t>(now), issue.edition);
      !st.ok())
    return st;
  const int enqueued = sqlite3_changes(db_.get());
  if (auto st = cache_.Run("UPDATE newsletter_issues SET state = 2, recipients = ?, updated_at = ? WHERE id = ?",
                           enqueued, static_cast<std::int64_t>(now), static_cast<std::int64_t>(issue_id));
      !st.ok())
    return st;
  IssueEdit e = edit;
  e.detail += " (" + std::to_string(enqueued) + " recipients)";
  if (auto st = AddIssueEdit(issue_id, e); !st.ok()) return st;
  if (auto st = BumpDataVersion(); !st.ok()) return st;
  if (auto st = (*tx)->Commit(); !st.ok()) return st;
  return enqueued;
}

Result<std::vector<DeliveryTask>> SqliteStore::ClaimDeliveries(Id issue_id, Timestamp now, int limit) {
  std::vector<DeliveryTask> out;
  if (limit <= 0) return out;
  limit = std::min(limit, kMaxDeliveryBatch);
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  // A walk of the pending-only index in subscriber order: each page reads
  // just the rows it returns. Subscribers who left or failed since the send
  // started are found on the way and cancelled, so every row is read once;
  // a page of them does not end the claim early while due rows remain.
  auto s = cache_.Get(
      "SELECT d.subscriber_id, d.attempts, s.state, s.failed, s.email, s.editions"
      " FROM deliveries d INDEXED BY deliveries_pending LEFT JOIN subscribers s ON s.id = d.subscriber_id"
      " WHERE d.issue_id = ? AND d.state = 0 AND d.subscriber_id > ? AND d.next_attempt_at <= ?"
      " ORDER BY d.subscriber_id LIMIT ?");
  if (!s.ok()) return s.status();
  auto cancel = cache_.Get("UPDATE deliveries SET state = 3 WHERE issue_id = ? AND subscriber_id = ? AND state = 0");
  if (!cancel.ok()) return cancel.status();
  std::vector<std::int64_t> gone;
  std::int64_t after = 0;
  for (;;) {
    const int want = limit - static_cast<int>(out.size());
    int read = 0;
    {
      Query q(**s);
      q->Bind(static_cast<std::int64_t>(issue_id)).Bind(after).Bind(static_cast<std::int64_t>(now)).Bind(want);
      for (;;) {
        auto row = q->Step();
        if (!row.ok()) return row.status();
        if (!*row) break;
        ++read;
        after = q->Int(0);
        const bool receives = !q->IsNull(2) && q->Int(2) == static_cast<int>(SubscriberState::kConfirmed) &&
                              q->Int(3) == 0;
        if (!receives) {
          gone.push_back(after);
          continue;
        }
        DeliveryTask t;
        t.issue_id = issue_id;
        t.subscriber_id = after;
        t.attempts = static_cast<int>(q->Int(1));
        t.email = q->Text(4);
        auto editions = DecodeStringList(q->Text(5));
        if (editions.ok()) t.editions = std::move(*editions);
        out.push_back(std::move(t));
      }
    }
    // Done when the batch is full or the walk ran out of due rows.
    if (static_cast<int>(out.size()) >= limit || read < want) break;
  }
  for (std::int64_t id : gone) {
    Query q(**cancel);
    q->Bind(static_cast<std::int64_t>(issue_id)).Bind(id);
    if (auto st = q->Run(); !st.ok()) return st;
  }
  // Nothing was written: end the transaction without a commit record.
  if (gone.empty()) return out;
  if (auto st = (*tx)->Commit(); !st.ok()) return st;
  return out;
}

Status SqliteStore::MarkDeliverySent(Id issue_id, Id subscriber_id, Timestamp now) {
  std::lock_guard lock(mu_);
  // Autocommit: one primary-key UPDATE is its own transaction, the only
  // write of the hot path (in WAL with synchronous=NORMAL, no fsync).
  auto s = cache_.Get("UPDATE deliveries SET state = 1, sent_at = ?, attempts = attempts + 1"
                      " WHERE issue_id = ? AND subscriber_id = ? AND state = 0");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(static_cast<std::int64_t>(now)).Bind(static_cast<std::int64_t>(issue_id)).Bind(static_cast<std::int64_t>(subscriber_id));
  if (auto st = q->Run(); !st.ok()) return st;
  // Not pending any more (cancelled meanwhile, or sent by another sender):
  // refusing here aborts the transfer before the server accepts it.
  if (sqlite3_changes(db_.get()) != 1) return Status::Refused("the delivery is no longer pending");
  return Status::Ok();
}

Status SqliteStore::MarkDeliveryRetry(Id issue_id, Id subscriber_id, Timestamp next_attempt_at, const std::string& error) {
  std::lock_guard lock(mu_);
  // From pending (refused before the data) or sent (refused at its end).
  // attempts counts each try once: MarkDeliverySent counted it already when
  // the try got that far. Failed and cancelled deliveries stay as they are.
  return cache_.Run("UPDATE deliveries SET attempts = attempts + (state = 0), state = 0, sent_at = NULL,"
                    " next_attempt_at = ?, last_error = ? WHERE issue_id = ? AND subscriber_id = ? AND state IN (0, 1)",
                    static_cast<std::int64_t>(next_attempt_at), TruncateUtf8(error, kMaxErrorBytes),
                    static_cast<std::int64_t>(issue_id), static_cast<std::int64_t>(subscriber_id));
}

Status SqliteStore::MarkDeliveryFailed(Id issue_id, Id subscriber_id, const std::string& error, Timestamp now) {
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  if (auto st = cache_.Run("UPDATE deliveries SET attempts = attempts + (state = 0), state = 2, sent_at = NULL,"
                           " last_error = ? WHERE issue_id = ? AND subscriber_id = ? AND state IN (0, 1)",
                           TruncateUtf8(error, kMaxErrorBytes), static_cast<std::int64_t>(issue_id),
                           static_cast<std::int64_t>(subscriber_id));
      !st.ok())
    return st;
  // Only a delivery that was open fails its subscriber: an unknown pair or a
  // settled one changes nothing.
  if (sqlite3_changes(db_.get()) == 0) return Status::Ok();
  if (auto st = cache_.Run("UPDATE subscribers SET failed = 1 WHERE id = ?", static_cast<std::int64_t>(subscriber_id));
      !st.ok())
    return st;
  if (auto st = cache_.Run("UPDATE deliveries SET state = 3 WHERE subscriber_id = ? AND state = 0",
                           static_cast<std::int64_t>(subscriber_id));
      !st.ok())
    return st;
  return (*tx)->Commit();
}

Result<DeliveryProgress> SqliteStore::GetDeliveryProgress(Id issue_id) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT state, COUNT(*), MIN(next_attempt_at) FROM deliveries WHERE issue_id = ? GROUP BY state");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(static_cast<std::int64_t>(issue_id));
  DeliveryProgress p;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    const int n = static_cast<int>(q->Int(1));
    switch (static_cast<DeliveryState>(q->Int(0))) {
      case DeliveryState::kPending: p.pending = n; p.next_attempt_at = q->Int(2); break;
      case DeliveryState::kSent: p.sent = n; break;
      case DeliveryState::kFailed: p.failed = n; break;
      case DeliveryState::kCancelled: p.cancelled = n; break;
    }
  }
  return p;
}

Result<bool> SqliteStore::FinishIssueIfDone(Id issue_id, Timestamp now) {
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  auto current = QueryIssues(std::string(kIssueColumns) + " WHERE id = ?", {}, {static_cast<std::int64_t>(issue_id)});
  if (!current.ok()) return current.status();
  if (current->empty()) return Status::NotFound("no issue " + std::to_string(issue_id));
  if (current->front().state == IssueState::kSent) return true;
  if (current->front().state != IssueState::kSending) return false;
  {
    auto s = cache_.Get("SELECT 1 FROM deliveries WHERE issue_id = ? AND state = 0 LIMIT 1");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(static_cast<std::int64_t>(issue_id));
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (*row) return false;
  }
  if (auto st = cache_.Run("UPDATE newsletter_issues SET state = 3, sent_at = ?, updated_at = ? WHERE id = ?",
                           static_cast<std::int64_t>(now), static_cast<std::int64_t>(now), static_cast<std::int64_t>(issue_id));
      !st.ok())
    return st;
  IssueEdit e;
  e.at = now;
  e.action = "sent";
  e.detail = "every delivery settled";
  if (auto st = AddIssueEdit(issue_id, e); !st.ok()) return st;
  if (auto st = BumpDataVersion(); !st.ok()) return st;
  if (auto st = (*tx)->Commit(); !st.ok()) return st;
  return true;
}

}  // namespace bs::sqlite
