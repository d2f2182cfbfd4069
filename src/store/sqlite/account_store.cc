// Operator accounts and their sessions. Passwords and tokens arrive already
// hashed (web/auth does the cryptography); this file only stores and finds.
#include <string_view>

#include "store/sqlite/sqlite_store.h"

namespace bs::sqlite {
namespace {

// Stored as words so the table reads well in the sqlite3 shell and a CHECK
// constraint can reject anything else.
const char* RoleText(Role r) {
  switch (r) {
    case Role::kReader: return "reader";
    case Role::kModerator: return "moderator";
    case Role::kEditor: return "editor";
    case Role::kAdmin: return "admin";
  }
  return "reader";
}

Result<Role> RoleFromText(const std::string& s) {
  if (s == "reader") return Role::kReader;
  if (s == "moderator") return Role::kModerator;
  if (s == "editor") return Role::kEditor;
  if (s == "admin") return Role::kAdmin;
  return Status::ParseError("unknown role '" + s + "' in users table");
}

constexpr const char* kAccountColumns =
    "SELECT id, username, COALESCE(email, ''), password_hash, role, created_at, disabled FROM users";

constexpr const char* kSessionColumns =
    "SELECT token_hash, user_id, csrf_secret, created_at, expires_at, last_seen FROM sessions";

}  // namespace

Result<std::vector<Account>> SqliteStore::QueryAccounts(std::string_view where,
                                                        const std::string* text_arg,
                                                        std::optional<Id> id_arg) {
  auto s = cache_.Get(std::string(kAccountColumns) + std::string(where));
  if (!s.ok()) return s.status();
  Query q(**s);
  if (text_arg) q->Bind(*text_arg);
  if (id_arg) q->Bind(static_cast<std::int64_t>(*id_arg));
  std::vector<Account> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    Account a;
    a.id = q->Int(0);
    a.username = q->Text(1);
    a.email = q->Text(2);
    a.password_hash = q->Text(3);
    auto role = RoleFromText(q->Text(4));
    if (!role.ok()) return role.status();
    a.role = *role;
    a.created_at = q->Int(5);
    a.disabled = q->Int(6) != 0;
    out.push_back(std::move(a));
  }
  return out;
}

Status SqliteStore::CreateAccount(Account& account) {
  if (account.username.empty()) return Status::InvalidArgument("account without a username");
  if (account.password_hash.empty()) return Status::InvalidArgument("account without a password hash");
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  // Checked first for a clear message; the UNIQUE constraints still guard
  // against a race with another process.
  {
    auto s = cache_.Get(
        "SELECT username = ? COLLATE NOCASE FROM users WHERE username = ? COLLATE NOCASE"
        " OR (? <> '' AND email = ? COLLATE NOCASE)");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(account.username).Bind(account.username).Bind(account.email).Bind(account.email);
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (*row)
      return Status::InvalidArgument(q->Int(0) ? "username '" + account.username + "' is taken"
                                               : "email '" + account.email + "' is taken");
  }
  std::optional<std::string> email;
  if (!account.email.empty()) email = account.email;
  auto s = cache_.Get(
      "INSERT INTO users (username, email, password_hash, role, created_at, disabled)"
      " VALUES (?, ?, ?, ?, ?, ?)");
  if (!s.ok()) return s.status();
  {
    Query q(**s);
    q->Bind(account.username);
    if (email) q->Bind(*email); else q->Bind(std::optional<std::int64_t>());
    q->Bind(account.password_hash).Bind(RoleText(account.role))
        .Bind(static_cast<std::int64_t>(account.created_at)).Bind(account.disabled);
    if (auto st = q->Run(); !st.ok()) return st;
  }
  const Id id = sqlite3_last_insert_rowid(db_.get());
  if (auto st = (*tx)->Commit(); !st.ok()) return st;
  account.id = id;
  return Status::Ok();
}

Result<std::optional<Account>> SqliteStore::FindAccount(const std::string& username) {
  std::lock_guard lock(mu_);
  auto list = QueryAccounts(" WHERE username = ? COLLATE NOCASE", &username, std::nullopt);
  if (!list.ok()) return list.status();
  if (list->empty()) return std::optional<Account>();
  return std::optional<Account>(std::move(list->front()));
}

Result<std::optional<Account>> SqliteStore::GetAccount(Id id) {
  std::lock_guard lock(mu_);
  auto list = QueryAccounts(" WHERE id = ?", nullptr, id);
  if (!list.ok()) return list.status();
  if (list->empty()) return std::optional<Account>();
  return std::optional<Account>(std::move(list->front()));
}

Result<std::vector<Account>> SqliteStore::ListAccounts() {
  std::lock_guard lock(mu_);
  return QueryAccounts(" ORDER BY username COLLATE NOCASE", nullptr, std::nullopt);
}

// ---- sessions

Status SqliteStore::CreateSession(const SessionRecord& s) {
  if (s.token_hash.empty() || s.csrf_secret.empty())
    return Status::InvalidArgument("session without token hash or CSRF secret");
  std::lock_guard lock(mu_);
  return cache_.Run(
      "INSERT INTO sessions (token_hash, user_id, csrf_secret, created_at, expires_at, last_seen)"
      " VALUES (?, ?, ?, ?, ?, ?)",
      s.token_hash, static_cast<std::int64_t>(s.user_id), s.csrf_secret,
      static_cast<std::int64_t>(s.created_at), static_cast<std::int64_t>(s.expires_at),
      static_cast<std::int64_t>(s.last_seen));
}

Result<std::optional<SessionRecord>> SqliteStore::GetSession(const std::string& token_hash) {
  std::lock_guard lock(mu_);
  auto st = cache_.Get(std::string(kSessionColumns) + " WHERE token_hash = ?");
  if (!st.ok()) return st.status();
  Query q(**st);
  q->Bind(token_hash);
  auto row = q->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<SessionRecord>();
  SessionRecord s;
  s.token_hash = q->Text(0);
  s.user_id = q->Int(1);
  s.csrf_secret = q->Text(2);
  s.created_at = q->Int(3);
  s.expires_at = q->Int(4);
  s.last_seen = q->Int(5);
  return std::optional<SessionRecord>(std::move(s));
}

Status SqliteStore::TouchSession(const std::string& token_hash, Timestamp now) {
  std::lock_guard lock(mu_);
  return cache_.Run("UPDATE sessions SET last_seen = ? WHERE token_hash = ?",
                    static_cast<std::int64_t>(now), token_hash);
}

Status SqliteStore::DeleteSession(const std::string& token_hash) {
  std::lock_guard lock(mu_);
  return cache_.Run("DELETE FROM sessions WHERE token_hash = ?", token_hash);
}

Result<int> SqliteStore::DeleteExpiredSessions(Timestamp now) {
  std::lock_guard lock(mu_);
  if (auto st = cache_.Run("DELETE FROM sessions WHERE expires_at <= ?", static_cast<std::int64_t>(now));
      !st.ok())
    return st;
  return sqlite3_changes(db_.get());
}

}  // namespace bs::sqlite
