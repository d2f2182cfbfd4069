// Readers' discussion (schema v10): reader profiles and their links,
// comments, likes, reports, thread states and versions, the moderation log
// and bans. A thread is read through its copy group's article ids, passed
// as a JSON array (json_each), so every query stays one cached statement.
#include <algorithm>

#include "core/utf8.h"
#include "store/sqlite/json_columns.h"
#include "store/sqlite/sqlite_store.h"

namespace bs {

const char* CommentStateName(CommentState s) {
  switch (s) {
    case CommentState::kPublished: return "published";
    case CommentState::kHeld: return "held";
    case CommentState::kRejected: return "rejected";
    case CommentState::kDeleted: return "deleted";
    case CommentState::kHidden: return "hidden";
  }
  return "held";
}

namespace sqlite {
namespace {

constexpr std::size_t kMaxNameBytes = 200;
constexpr std::size_t kMaxDetailBytes = 2000;
constexpr std::size_t kMaxGroup = 1000;  // copies of one article: a handful in practice
constexpr int kMaxListed = 1000;

std::int64_t I64(Id id) { return static_cast<std::int64_t>(id); }

// The columns every comment read selects, and the author's name with them.
constexpr const char* kCommentColumns =
    "SELECT c.id, c.thread_id, c.article_id, c.parent_id, c.depth, c.author_id,"
    " CASE WHEN p.deleted THEN '' ELSE COALESCE(p.display_name, u.username, '') END,"
    " c.body, c.state, c.reasons, c.spam, c.featured, c.likes, c.reports, c.network, c.created_at, c.edited_at"
    " FROM comments c LEFT JOIN users u ON u.id = c.author_id LEFT JOIN reader_profiles p ON p.user_id = c.author_id";

Result<Comment> ReadComment(const Statement& q) {
  Comment c;
  c.id = q.Int(0);
  c.thread_id = q.Int(1);
  c.article_id = q.Int(2);
  c.parent_id = q.Int(3);
  c.depth = static_cast<int>(q.Int(4));
  c.author_id = q.Int(5);
  c.author_name = q.Text(6);
  c.body = q.Text(7);
  const auto state = q.Int(8);
  if (state < 0 || state > 4) return Status::ParseError("unknown comment state in comments table");
  c.state = static_cast<CommentState>(state);
  auto reasons = DecodeStringList(q.Text(9));
  if (!reasons.ok()) return reasons.status();
  c.reasons = std::move(reasons).value();
  c.spam = q.Double(10);
  c.featured = q.Int(11) != 0;
  c.likes = static_cast<int>(q.Int(12));
  c.reports = static_cast<int>(q.Int(13));
  c.network = q.Text(14);
  c.created_at = q.Int(15);
  c.edited_at = q.OptInt(16);
  return c;
}

Status CheckText(std::string_view what, std::string_view s, std::size_t max) {
  if (s.size() > max) return Status::LimitExceeded(std::string(what) + " is too long");
  if (s.find('\0') != std::string_view::npos) return Status::InvalidArgument(std::string(what) + " contains NUL");
  return Status::Ok();
}

Result<std::string> GroupJson(const std::vector<Id>& group) {
  if (group.empty() || group.size() > kMaxGroup) return Status::InvalidArgument("bad thread group");
  std::vector<std::int64_t> ids(group.begin(), group.end());
  return EncodeIdList(ids);
}

}  // namespace

// ---- helpers (caller holds mu_) -------------------------------------------

Status SqliteStore::BumpThreadVersion(Id thread_id) {
  return cache_.Run("INSERT INTO thread_versions (thread_id, version) VALUES (?, 1)"
                    " ON CONFLICT (thread_id) DO UPDATE SET version = version + 1",
                    I64(thread_id));
}

Status SqliteStore::InsertModerationAction(const ModerationAction& a) {
  return cache_.Run("INSERT INTO moderation_log (moderator_id, comment_id, user_id, action, detail, at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    I64(a.moderator_id), I64(a.comment_id), I64(a.user_id), TruncateUtf8(a.action, 64),
                    TruncateUtf8(a.detail, kMaxDetailBytes), static_cast<std::int64_t>(a.at));
}

Result<std::vector<Comment>> SqliteStore::QueryComments(Statement& s) {
  std::vector<Comment> out;
  for (;;) {
    auto row = s.Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    auto c = ReadComment(s);
    if (!c.ok()) return c.status();
    out.push_back(std::move(c).value());
  }
  return out;
}

// ---- readers -----------------------------------------------------------------

Status SqliteStore::CreateReader(Account& account, ReaderProfile& profile) {
  if (auto st = CheckText("display name", profile.display_name, kMaxNameBytes); !st.ok()) return st;
  if (profile.display_name.empty() || profile.display_key.empty()) return Status::InvalidArgument("a reader needs a name");
  if (account.email.empty()) return Status::InvalidArgument("a reader needs an email address");
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  {
    auto s = cache_.Get("SELECT 1 FROM reader_profiles WHERE display_key = ?");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(profile.display_key);
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (*row) return Status::InvalidArgument("name is taken");
  }
  {
    auto s = cache_.Get("SELECT 1 FROM users WHERE email = ? COLLATE NOCASE");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(account.email);
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (*row) return Status::InvalidArgument("email is taken");
  }
  // The username is internal for readers (they sign in by address): the
  // id keeps it unique without asking the reader for a second name.
  const std::string placeholder = "reader-pending-" + profile.display_key;
  if (auto st = cache_.Run("INSERT INTO users (username, email, password_hash, role, created_at, disabled)"
                           " VALUES (?, ?, ?, 'reader', ?, 0)",
                           TruncateUtf8(placeholder, 250), account.email, account.password_hash,
                           static_cast<std::int64_t>(account.created_at));
      !st.ok())
    return st;
  const Id id = sqlite3_last_insert_rowid(db_.get());
  if (auto st = cache_.Run("UPDATE users SET username = ? WHERE id = ?", "reader-" + std::to_string(id), I64(id));
      !st.ok())
    return st;
  if (auto st = cache_.Run("INSERT INTO reader_profiles (user_id, display_name, display_key, email_confirmed,"
                           " notify_replies) VALUES (?, ?, ?, ?, ?)",
                           I64(id), profile.display_name, profile.display_key, profile.email_confirmed,
                           profile.notify_replies);
      !st.ok())
    return st;
  if (auto st = (*tx)->Commit(); !st.ok()) return st;
  account.id = id;
  account.username = "reader-" + std::to_string(id);
  account.role = Role::kReader;
  profile.user_id = id;
  return Status::Ok();
}

Result<std::optional<ReaderProfile>> SqliteStore::GetReaderProfile(Id user_id) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT user_id, display_name, COALESCE(display_key, ''), email_confirmed, notify_replies,"
                      " banned_until, deleted FROM reader_profiles WHERE user_id = ?");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(I64(user_id));
  auto row = q->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<ReaderProfile>();
  ReaderProfile p;
  p.user_id = q->Int(0);
  p.display_name = q->Text(1);
  p.display_key = q->Text(2);
  p.email_confirmed = q->Int(3) != 0;
  p.notify_replies = q->Int(4) != 0;
  p.banned_until = q->Int(5);
  p.deleted = q->Int(6) != 0;
  return std::optional<ReaderProfile>(std::move(p));
}

Result<std::optional<Account>> SqliteStore::FindAccountByEmail(const std::string& email) {
  if (email.empty()) return std::optional<Account>();
  std::lock_guard lock(mu_);
  auto list = QueryAccounts(" WHERE email = ? COLLATE NOCASE", &email, std::nullopt);
  if (!list.ok()) return list.status();
  if (list->empty()) return std::optional<Account>();
  return std::optional<Account>(std::move(list->front()));
}

Result<bool> SqliteStore::DisplayKeyTaken(const std::string& display_key, Id except_user) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT 1 FROM reader_profiles WHERE display_key = ? AND user_id <> ?");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(display_key).Bind(I64(except_user));
  auto row = q->Step();
  if (!row.ok()) return row.status();
  return *row;
}

Status SqliteStore::UpdateReaderProfile(const ReaderProfile& p) {
  if (auto st = CheckText("display name", p.display_name, kMaxNameBytes); !st.ok()) return st;
  if (p.display_name.empty() || p.display_key.empty()) return Status::InvalidArgument("a reader needs a name");
  std::lock_guard lock(mu_);
  auto st = cache_.Run("UPDATE reader_profiles SET display_name = ?, display_key = ?, notify_replies = ?"
                       " WHERE user_id = ? AND deleted = 0",
                       p.display_name, p.display_key, p.notify_replies, I64(p.user_id));
  if (!st.ok()) {
    if (st.message().find("UNIQUE") != std::string::npos) return Status::InvalidArgument("name is taken");
    return st;
  }
  if (sqlite3_changes(db_.get()) != 1) return Status::NotFound("no such reader");
  return Status::Ok();
}

Status SqliteStore::ConfirmReaderEmail(Id user_id) {
  std::lock_guard lock(mu_);
  return cache_.Run("UPDATE reader_profiles SET email_confirmed = 1 WHERE user_id = ?", I64(user_id));
}

Status SqliteStore::SetAccountPassword(Id user_id, const std::string& password_hash) {
  if (password_hash.empty() || password_hash.size() > 512) return Status::InvalidArgument("bad password hash");
  std::lock_guard lock(mu_);
  if (auto st = cache_.Run("UPDATE users SET password_hash = ? WHERE id = ?", password_hash, I64(user_id)); !st.ok())
    return st;
  if (sqlite3_changes(db_.get()) != 1) return Status::NotFound("no such account");
  return Status::Ok();
}

Status SqliteStore::SetReaderBan(Id user_id, Timestamp banned_until, const ModerationAction& action) {
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  if (auto st = cache_.Run("UPDATE reader_profiles SET banned_until = ? WHERE user_id = ?",
                           static_cast<std::int64_t>(banned_until), I64(user_id));
      !st.ok())
    return st;
  if (sqlite3_changes(db_.get()) != 1) return Status::NotFound("no such reader");
  if (auto st = InsertModerationAction(action); !st.ok()) return st;
  return (*tx)->Commit();
}

Status SqliteStore::DeleteReader(Id user_id, Timestamp now) {
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  // Every thread the reader wrote in changes.
  {
    auto s = cache_.Get("SELECT DISTINCT thread_id FROM comments WHERE author_id = ?");
    if (!s.ok()) return s.status();
    std::vector<Id> threads;
    {
      Query q(**s);
      q->Bind(I64(user_id));
      for (;;) {
        auto row = q->Step();
        if (!row.ok()) return row.status();
        if (!*row) break;
        threads.push_back(q->Int(0));
      }
    }
    for (Id t : threads)
      if (auto st = BumpThreadVersion(t); !st.ok()) return st;
  }
  // Likes and reports the reader gave are taken back from the counts.
  for (const char* sql :
       {"UPDATE comments SET likes = likes - 1 WHERE id IN (SELECT comment_id FROM comment_likes WHERE user_id = ?1)",
        "UPDATE comments SET reports = reports - 1 WHERE id IN (SELECT comment_id FROM comment_reports WHERE user_id = ?1)",
        "DELETE FROM comment_likes WHERE user_id = ?1", "DELETE FROM comment_reports WHERE user_id = ?1",
        "UPDATE comments SET body = '', state = 3, network = '' WHERE author_id = ?1",
        "DELETE FROM sessions WHERE user_id = ?1", "DELETE FROM account_tokens WHERE user_id = ?1",
        "DELETE FROM moderator_sources WHERE user_id = ?1",
        "UPDATE reader_profiles SET display_name = '', display_key = NULL, notify_replies = 0, deleted = 1"
        " WHERE user_id = ?1",
        "UPDATE users SET username = 'deleted-' || id, email = NULL, password_hash = '', disabled = 1 WHERE id = ?1"})
    if (auto st = cache_.Run(sql, I64(user_id)); !st.ok()) return st;
  ModerationAction a;
  a.user_id = user_id;
  a.action = "delete_account";
  a.at = now;
  if (auto st = InsertModerationAction(a); !st.ok()) return st;
  return (*tx)->Commit();
}

Status SqliteStore::CreateAccountToken(const AccountToken& t) {
  if (t.digest.empty() || t.digest.size() > 128) return Status::InvalidArgument("bad token digest");
  std::lock_guard lock(mu_);
  // Old links of the same purpose die with a new one, and expired ones go.
  if (auto st = cache_.Run("DELETE FROM account_tokens WHERE (user_id = ? AND purpose = ?) OR expires_at < ?",
                           I64(t.user_id), t.purpose, static_cast<std::int64_t>(t.expires_at) - 30 * 86400);
      !st.ok())
    return st;
  return cache_.Run("INSERT INTO account_tokens (digest, user_id, purpose, expires_at) VALUES (?, ?, ?, ?)", t.digest,
                    I64(t.user_id), t.purpose, static_cast<std::int64_t>(t.expires_at));
}

Result<std::optional<Id>> SqliteStore::ConsumeAccountToken(const std::string& digest, const std::string& purpose,
                                                           Timestamp now) {
  if (digest.empty() || digest.size() > 128) return std::optional<Id>();
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  std::optional<Id> user;
  {
    auto s = cache_.Get("SELECT user_id, purpose, expires_at FROM account_tokens WHERE digest = ?");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(digest);
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return std::optional<Id>();
    if (q->Text(1) == purpose && q->Int(2) > now) user = q->Int(0);
  }
  // Single use, and a wrong-purpose or expired token is spent as well.
  if (auto st = cache_.Run("DELETE FROM account_tokens WHERE digest = ?", digest); !st.ok()) return st;
  if (auto st = (*tx)->Commit(); !st.ok()) return st;
  return user;
}

// ---- comments ------------------------------------------------------------------

Result<std::vector<Id>> SqliteStore::ListCopyGroup(Id article_id) {
  std::lock_guard lock(mu_);
  Id canonical = 0;
  {
    auto s = cache_.Get("SELECT a.id, COALESCE(o.duplicate_of, 0) FROM articles a"
                        " LEFT JOIN article_organisation o ON o.article_id = a.id WHERE a.id = ?");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(I64(article_id));
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::NotFound("no such article");
    canonical = q->Int(1) != 0 ? q->Int(1) : article_id;
  }
  std::vector<Id> out = {canonical};
  auto s = cache_.Get("SELECT article_id FROM article_organisation"
                      " WHERE duplicate_of = ? AND duplicate_of <> 0 ORDER BY article_id LIMIT 1000");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(I64(canonical));
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    if (q->Int(0) != canonical) out.push_back(q->Int(0));
  }
  if (std::find(out.begin(), out.end(), article_id) == out.end()) out.push_back(article_id);
  return out;
}

Status SqliteStore::CreateComment(Comment& c) {
  if (auto st = CheckText("comment", c.body, kMaxCommentBytes); !st.ok()) return st;
  if (c.depth < 0 || c.depth > 2) return Status::InvalidArgument("replies go three deep");
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  if (auto st = cache_.Run("INSERT INTO comments (thread_id, article_id, parent_id, depth, author_id, body, state,"
                           " reasons, spam, network, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           I64(c.thread_id), I64(c.article_id), I64(c.parent_id), c.depth, I64(c.author_id), c.body,
                           static_cast<int>(c.state), EncodeStringList(c.reasons), c.spam, c.network,
                           static_cast<std::int64_t>(c.created_at));
      !st.ok())
    return st;
  c.id = sqlite3_last_insert_rowid(db_.get());
  if (auto st = BumpThreadVersion(c.thread_id); !st.ok()) return st;
  return (*tx)->Commit();
}

Result<std::optional<Comment>> SqliteStore::GetComment(Id id) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get(std::string(kCommentColumns) + " WHERE c.id = ?");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(I64(id));
  auto list = QueryComments(**s);
  if (!list.ok()) return list.status();
  if (list->empty()) return std::optional<Comment>();
  return std::optional<Comment>(std::move(list->front()));
}

Result<std::vector<Comment>> SqliteStore::ListThread(const std::vector<Id>& group, Id viewer, ThreadSort sort,
                                                     int limit, int offset) {
  auto ids = GroupJson(group);
  if (!ids.ok()) return ids.status();
  limit = std::clamp(limit, 0, kMaxThreadPage);
  offset = std::max(offset, 0);
  std::lock_guard lock(mu_);
  // Visible: published, hidden (shown as such), deleted (as "[deleted]"),
  // and the viewer's own held comments.
  const std::string visible = " AND (c.state IN (0, 3, 4) OR (c.state = 1 AND c.author_id = ?))";
  const char* order = sort == ThreadSort::kNewest      ? " ORDER BY c.featured DESC, c.created_at DESC, c.id DESC"
                      : sort == ThreadSort::kMostLiked ? " ORDER BY c.featured DESC, c.likes DESC, c.created_at, c.id"
                                                       : " ORDER BY c.featured DESC, c.created_at, c.id";
  auto top = cache_.Get(std::string(kCommentColumns) +
                        " WHERE c.thread_id IN (SELECT value FROM json_each(?)) AND c.parent_id = 0" + visible + order +
                        " LIMIT ? OFFSET ?");
  if (!top.ok()) return top.status();
  std::vector<Comment> out;
  {
    Query q(**top);
    q->Bind(*ids).Bind(I64(viewer)).Bind(limit).Bind(offset);
    auto list = QueryComments(**top);
    if (!list.ok()) return list.status();
    out = std::move(list).value();
  }
  // Replies of the page's comments, two levels down, oldest first (a
  // conversation reads in order whatever the top level's sort).
  // "parent_id <> 0" lets SQLite use the partial index of replies (it
  // cannot prove a bound parameter non-zero on its own).
  auto replies = cache_.Get(std::string(kCommentColumns) + " WHERE c.parent_id = ? AND c.parent_id <> 0" + visible +
                            " ORDER BY c.created_at, c.id LIMIT 1000");
  if (!replies.ok()) return replies.status();
  std::vector<Comment> result;
  std::function<Status(const Comment&)> add = [&](const Comment& c) -> Status {
    result.push_back(c);
    if (c.depth >= 2) return Status::Ok();
    std::vector<Comment> children;
    {
      Query q(**replies);
      q->Bind(I64(c.id)).Bind(I64(viewer));
      auto list = QueryComments(**replies);
      if (!list.ok()) return list.status();
      children = std::move(list).value();
    }
    for (const auto& child : children)
      if (auto st = add(child); !st.ok()) return st;
    return Status::Ok();
  };
  for (const auto& c : out)
    if (auto st = add(c); !st.ok()) return st;
  return result;
}

Result<std::pair<int, int>> SqliteStore::CountThread(const std::vector<Id>& group) {
  auto ids = GroupJson(group);
  if (!ids.ok()) return ids.status();
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT COUNT(*) FILTER (WHERE state = 0), COUNT(*) FILTER (WHERE parent_id = 0)"
                      " FROM comments WHERE thread_id IN (SELECT value FROM json_each(?)) AND state IN (0, 3, 4)");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(*ids);
  auto row = q->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::make_pair(0, 0);
  return std::make_pair(static_cast<int>(q->Int(0)), static_cast<int>(q->Int(1)));
}

Result<std::map<Id, int>> SqliteStore::CountComments(const std::vector<Id>& thread_ids) {
  std::map<Id, int> out;
  if (thread_ids.empty()) return out;
  auto ids = GroupJson(thread_ids);
  if (!ids.ok()) return ids.status();
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT thread_id, COUNT(*) FROM comments WHERE thread_id IN (SELECT value FROM json_each(?))"
                      " AND state = 0 GROUP BY thread_id");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(*ids);
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    out[q->Int(0)] = static_cast<int>(q->Int(1));
  }
  return out;
}

Result<std::int64_t> SqliteStore::ThreadVersion(const std::vector<Id>& group) {
  if (group.empty() || group.size() > kMaxGroup) return Status::InvalidArgument("bad thread group");
  std::lock_guard lock(mu_);
  // Every cached article page asks this, so it is a primary-key lookup per
  // member (groups are a handful), not a json_each join. A sum, so a change
  // in any member's thread changes the group's version.
  auto s = cache_.Get("SELECT version FROM thread_versions WHERE thread_id = ?");
  if (!s.ok()) return s.status();
  std::int64_t sum = 0;
  for (Id id : group) {
    Query q(**s);
    q->Bind(I64(id));
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (*row) sum += q->Int(0);
  }
  return sum;
}

Status SqliteStore::EditComment(Id id, Id author_id, const std::string& body, CommentState state,
                                const std::vector<std::string>& reasons, double spam, Timestamp now) {
  if (auto st = CheckText("comment", body, kMaxCommentBytes); !st.ok()) return st;
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  // A moderator's decision taken meanwhile (rejected, hidden) is not undone
  // by an edit: only published and held comments change.
  if (auto st = cache_.Run("UPDATE comments SET body = ?, state = ?, reasons = ?, spam = ?, edited_at = ?"
                           " WHERE id = ? AND author_id = ? AND state IN (0, 1)",
                           body, static_cast<int>(state), EncodeStringList(reasons), spam,
                           static_cast<std::int64_t>(now), I64(id), I64(author_id));
      !st.ok())
    return st;
  if (sqlite3_changes(db_.get()) != 1) return Status::Refused("this comment cannot be edited");
  {
    auto s = cache_.Get("SELECT thread_id FROM comments WHERE id = ?");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(I64(id));
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (*row)
      if (auto st = BumpThreadVersion(q->Int(0)); !st.ok()) return st;
  }
  return (*tx)->Commit();
}

Status SqliteStore::DeleteOwnComment(Id id, Id author_id) {
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  if (auto st = cache_.Run("UPDATE comments SET body = '', state = 3, featured = 0 WHERE id = ? AND author_id = ?"
                           " AND state <> 3",
                           I64(id), I64(author_id));
      !st.ok())
    return st;
  if (sqlite3_changes(db_.get()) != 1) return Status::NotFound("no such comment of yours");
  if (auto st = cache_.Run("INSERT INTO thread_versions (thread_id, version)"
                           " SELECT thread_id, 1 FROM comments WHERE id = ?"
                           " ON CONFLICT (thread_id) DO UPDATE SET version = version + 1",
                           I64(id));
      !st.ok())
    return st;
  return (*tx)->Commit();
}

Result<bool> SqliteStore::LikeComment(Id id, Id user_id) {
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  {
    auto s = cache_.Get("SELECT thread_id FROM comments WHERE id = ? AND state = 0");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(I64(id));
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::NotFound("no such comment");
    const Id thread = q->Int(0);
    if (auto st = cache_.Run("INSERT OR IGNORE INTO comment_likes (comment_id, user_id) VALUES (?, ?)", I64(id),
                             I64(user_id));
        !st.ok())
      return st;
    if (sqlite3_changes(db_.get()) == 0) return false;
    if (auto st = cache_.Run("UPDATE comments SET likes = likes + 1 WHERE id = ?", I64(id)); !st.ok()) return st;
    if (auto st = BumpThreadVersion(thread); !st.ok()) return st;
  }
  if (auto st = (*tx)->Commit(); !st.ok()) return st;
  return true;
}

Result<bool> SqliteStore::ReportComment(const CommentReport& r, int hide_at) {
  if (auto st = CheckText("report note", r.note, 500); !st.ok()) return st;
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  Id thread = 0;
  int state = 0;
  {
    auto s = cache_.Get("SELECT thread_id, state FROM comments WHERE id = ?");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(I64(r.comment_id));
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row || q->Int(1) == static_cast<int>(CommentState::kDeleted)) return Status::NotFound("no such comment");
    thread = q->Int(0);
    state = static_cast<int>(q->Int(1));
  }
  if (auto st = cache_.Run("INSERT OR IGNORE INTO comment_reports (comment_id, user_id, reason, note, created_at)"
                           " VALUES (?, ?, ?, ?, ?)",
                           I64(r.comment_id), I64(r.user_id), r.reason, r.note, static_cast<std::int64_t>(r.created_at));
      !st.ok())
    return st;
  if (sqlite3_changes(db_.get()) == 0) return Status::InvalidArgument("you have reported this comment already");
  if (auto st = cache_.Run("UPDATE comments SET reports = reports + 1 WHERE id = ?", I64(r.comment_id)); !st.ok())
    return st;
  // Reports from readers in good standing: not banned, with a confirmed
  // address and an approved comment of their own; or staff.
  int good = 0;
  {
    auto s = cache_.Get(
        "SELECT COUNT(*) FROM comment_reports r JOIN users u ON u.id = r.user_id"
        " LEFT JOIN reader_profiles p ON p.user_id = r.user_id WHERE r.comment_id = ? AND u.disabled = 0 AND"
        " (u.role <> 'reader' OR (p.banned_until = 0 AND p.email_confirmed = 1 AND"
        "  EXISTS (SELECT 1 FROM comments c WHERE c.author_id = r.user_id AND c.state = 0)))");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(I64(r.comment_id));
    auto row = q->Step();
    if (!row.ok()) return row.status();
    good = *row ? static_cast<int>(q->Int(0)) : 0;
  }
  bool hidden = false;
  if (state == static_cast<int>(CommentState::kPublished) && hide_at > 0 && good >= hide_at) {
    if (auto st = cache_.Run("UPDATE comments SET state = 4 WHERE id = ?", I64(r.comment_id)); !st.ok()) return st;
    ModerationAction a;
    a.comment_id = r.comment_id;
    a.action = "hide";
    a.detail = std::to_string(good) + " reports";
    a.at = r.created_at;
    if (auto st = InsertModerationAction(a); !st.ok()) return st;
    hidden = true;
  }
  if (auto st = BumpThreadVersion(thread); !st.ok()) return st;
  if (auto st = (*tx)->Commit(); !st.ok()) return st;
  return hidden;
}

Result<std::vector<CommentReport>> SqliteStore::ListCommentReports(Id comment_id) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get(
      "SELECT r.comment_id, r.user_id, CASE WHEN p.deleted THEN '' ELSE COALESCE(p.display_name, u.username, '') END,"
      " r.reason, r.note, r.created_at FROM comment_reports r LEFT JOIN users u ON u.id = r.user_id"
      " LEFT JOIN reader_profiles p ON p.user_id = r.user_id WHERE r.comment_id = ? ORDER BY r.created_at LIMIT 1000");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(I64(comment_id));
  std::vector<CommentReport> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    out.push_back({q->Int(0), q->Int(1), q->Text(2), q->Text(3), q->Text(4), q->Int(5)});
  }
  return out;
}

Status SqliteStore::ModerateComment(Id id, CommentState state, bool featured, const ModerationAction& action) {
  if (state == CommentState::kDeleted) return Status::InvalidArgument("moderators reject; authors delete");
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  // A comment its author deleted stays deleted.
  // A rejection keeps its reason with the comment ("moderator:spam"): the
  // author is told it, and `train --comments` learns from it.
  const bool rejecting = state == CommentState::kRejected;
  if (auto st = cache_.Run("UPDATE comments SET state = ?, featured = ?,"
                           " reasons = CASE WHEN ? THEN ? ELSE reasons END WHERE id = ? AND state <> 3",
                           static_cast<int>(state), featured, rejecting,
                           EncodeStringList({"moderator:" + std::string(TruncateUtf8(action.detail, 200))}), I64(id));
      !st.ok())
    return st;
  if (sqlite3_changes(db_.get()) != 1) return Status::NotFound("no such comment (or its author deleted it)");
  if (auto st = InsertModerationAction(action); !st.ok()) return st;
  if (auto st = cache_.Run("INSERT INTO thread_versions (thread_id, version) SELECT thread_id, 1 FROM comments"
                           " WHERE id = ? ON CONFLICT (thread_id) DO UPDATE SET version = version + 1",
                           I64(id));
      !st.ok())
    return st;
  return (*tx)->Commit();
}

Result<std::vector<Comment>> SqliteStore::ListModerationQueue(const std::string& queue,
                                                              const std::vector<std::string>& sources, int limit) {
  limit = std::clamp(limit, 1, kMaxListed);
  std::string where;
  if (queue == "held") where = " WHERE c.state IN (1, 4)";
  else if (queue == "reported") where = " WHERE c.reports > 0 AND c.state IN (0, 4)";
  else if (queue == "published") where = " WHERE c.state = 0";
  else if (queue == "rejected") where = " WHERE c.state = 2";
  else return Status::InvalidArgument("unknown queue '" + queue + "'");
  std::vector<std::string> slugs = sources;
  if (slugs.size() > 1000) return Status::InvalidArgument("too many sources");
  std::lock_guard lock(mu_);
  auto s = cache_.Get(std::string(kCommentColumns) + where +
                      " AND (? = 0 OR c.article_id IN (SELECT a.id FROM articles a"
                      " JOIN sources s ON s.id = a.source_id WHERE s.slug IN (SELECT value FROM json_each(?))))"
                      " ORDER BY c.created_at DESC, c.id DESC LIMIT ?");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(static_cast<int>(slugs.size())).Bind(EncodeStringList(slugs)).Bind(limit);
  return QueryComments(**s);
}

Result<std::vector<ModerationAction>> SqliteStore::ListModerationLog(int limit) {
  limit = std::clamp(limit, 1, kMaxListed);
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT id, moderator_id, comment_id, user_id, action, detail, at FROM moderation_log"
                      " ORDER BY at DESC, id DESC LIMIT ?");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(limit);
  std::vector<ModerationAction> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    out.push_back({q->Int(0), q->Int(1), q->Int(2), q->Int(3), q->Text(4), q->Text(5), q->Int(6)});
  }
  return out;
}

Status SqliteStore::LogModeration(const ModerationAction& action) {
  std::lock_guard lock(mu_);
  return InsertModerationAction(action);
}

Result<int> SqliteStore::CountCommentsByAuthorSince(Id author_id, Timestamp since) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT COUNT(*) FROM comments WHERE author_id = ? AND created_at > ?");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(I64(author_id)).Bind(static_cast<std::int64_t>(since));
  auto row = q->Step();
  if (!row.ok()) return row.status();
  return *row ? static_cast<int>(q->Int(0)) : 0;
}

Result<int> SqliteStore::CountCommentsFromNetworkSince(const std::string& network, Timestamp since) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT COUNT(*) FROM comments WHERE network = ? AND created_at > ?");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(network).Bind(static_cast<std::int64_t>(since));
  auto row = q->Step();
  if (!row.ok()) return row.status();
  return *row ? static_cast<int>(q->Int(0)) : 0;
}

Result<int> SqliteStore::CountApprovedComments(Id author_id) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT COUNT(*) FROM (SELECT 1 FROM comments INDEXED BY comments_by_author"
                      " WHERE author_id = ? AND state = 0 LIMIT 1000)");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(I64(author_id));
  auto row = q->Step();
  if (!row.ok()) return row.status();
  return *row ? static_cast<int>(q->Int(0)) : 0;
}

Result<std::vector<Comment>> SqliteStore::ListAuthorComments(Id author_id, int limit) {
  limit = std::clamp(limit, 1, 100'000);
  std::lock_guard lock(mu_);
  auto s = cache_.Get(std::string(kCommentColumns) + " WHERE c.author_id = ? ORDER BY c.created_at DESC, c.id DESC LIMIT ?");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(I64(author_id)).Bind(limit);
  return QueryComments(**s);
}

Status SqliteStore::SetThreadClosed(Id thread_id, bool closed, const ModerationAction& action) {
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  if (auto st = cache_.Run("INSERT INTO thread_states (thread_id, closed) VALUES (?, ?)"
                           " ON CONFLICT (thread_id) DO UPDATE SET closed = excluded.closed",
                           I64(thread_id), closed);
      !st.ok())
    return st;
  if (auto st = InsertModerationAction(action); !st.ok()) return st;
  if (auto st = BumpThreadVersion(thread_id); !st.ok()) return st;
  return (*tx)->Commit();
}

Result<std::optional<bool>> SqliteStore::ThreadClosed(const std::vector<Id>& group) {
  auto ids = GroupJson(group);
  if (!ids.ok()) return ids.status();
  std::lock_guard lock(mu_);
  // Any explicit close in the group closes it; else any explicit open opens it.
  auto s = cache_.Get("SELECT MAX(closed) FROM thread_states WHERE thread_id IN (SELECT value FROM json_each(?))");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(*ids);
  auto row = q->Step();
  if (!row.ok()) return row.status();
  if (!*row || q->IsNull(0)) return std::optional<bool>();
  return std::optional<bool>(q->Int(0) != 0);
}

Status SqliteStore::BanEmailDomain(const std::string& domain, const ModerationAction& action) {
  if (domain.empty() || domain.size() > 253 || domain.find('\0') != std::string::npos)
    return Status::InvalidArgument("bad domain");
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  if (auto st = cache_.Run("INSERT OR IGNORE INTO banned_domains (domain, at) VALUES (?, ?)", domain,
                           static_cast<std::int64_t>(action.at));
      !st.ok())
    return st;
  if (auto st = InsertModerationAction(action); !st.ok()) return st;
  return (*tx)->Commit();
}

Result<bool> SqliteStore::EmailDomainBanned(const std::string& domain) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT 1 FROM banned_domains WHERE domain = ?");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(domain);
  auto row = q->Step();
  if (!row.ok()) return row.status();
  return *row;
}

Status SqliteStore::SetModeratorSources(Id user_id, const std::vector<std::string>& sources) {
  if (sources.size() > 1000) return Status::InvalidArgument("too many sources");
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  if (auto st = cache_.Run("DELETE FROM moderator_sources WHERE user_id = ?", I64(user_id)); !st.ok()) return st;
  for (const auto& slug : sources)
    if (auto st = cache_.Run("INSERT OR IGNORE INTO moderator_sources (user_id, source_slug) VALUES (?, ?)",
                             I64(user_id), slug);
        !st.ok())
      return st;
  return (*tx)->Commit();
}

Result<std::vector<std::string>> SqliteStore::GetModeratorSources(Id user_id) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT source_slug FROM moderator_sources WHERE user_id = ? ORDER BY source_slug");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(I64(user_id));
  std::vector<std::string> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    out.push_back(q->Text(0));
  }
  return out;
}

Status SqliteStore::SetModeratorDigest(Id user_id, const std::string& email) {
  if (email.size() > 320) return Status::InvalidArgument("address too long");
  std::lock_guard lock(mu_);
  if (email.empty()) return cache_.Run("DELETE FROM moderator_digests WHERE user_id = ?", I64(user_id));
  return cache_.Run("INSERT INTO moderator_digests (user_id, email) VALUES (?, ?)"
                    " ON CONFLICT (user_id) DO UPDATE SET email = excluded.email",
                    I64(user_id), email);
}

Result<std::optional<ModeratorDigest>> SqliteStore::GetModeratorDigest(Id user_id) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT user_id, email, last_sent_at FROM moderator_digests WHERE user_id = ?");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(I64(user_id));
  auto row = q->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<ModeratorDigest>();
  return std::optional<ModeratorDigest>(ModeratorDigest{q->Int(0), q->Text(1), q->Int(2)});
}

Result<std::vector<ModeratorDigest>> SqliteStore::ListDueModeratorDigests(Timestamp due_before, int limit) {
  std::lock_guard lock(mu_);
  // Only staff who may still moderate: a disabled or demoted account's
  // digest stays stored but is not sent.
  auto s = cache_.Get("SELECT d.user_id, d.email, d.last_sent_at FROM moderator_digests d JOIN users u ON u.id = d.user_id"
                      " WHERE d.last_sent_at <= ? AND u.disabled = 0 AND u.role IN ('moderator', 'editor', 'admin')"
                      " ORDER BY d.last_sent_at LIMIT ?");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(static_cast<std::int64_t>(due_before)).Bind(std::clamp(limit, 1, 1000));
  std::vector<ModeratorDigest> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    out.push_back(ModeratorDigest{q->Int(0), q->Text(1), q->Int(2)});
  }
  return out;
}

Result<bool> SqliteStore::ClaimModeratorDigest(Id user_id, Timestamp due_before, Timestamp now) {
  std::lock_guard lock(mu_);
  if (auto st = cache_.Run("UPDATE moderator_digests SET last_sent_at = ? WHERE user_id = ? AND last_sent_at <= ?",
                           static_cast<std::int64_t>(now), I64(user_id), static_cast<std::int64_t>(due_before));
      !st.ok())
    return st;
  return sqlite3_changes(db_.get()) > 0;
}

Result<std::string> SqliteStore::CommentSource(Id comment_id) {
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT s.slug FROM comments c JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id"
                      " WHERE c.id = ?");
  if (!s.ok()) return s.status();
  Query q(**s);
  q->Bind(I64(comment_id));
  auto row = q->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::NotFound("no such comment");
  return q->Text(0);
}

}  // namespace sqlite
}  // namespace bs
