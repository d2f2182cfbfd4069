#include "store/sqlite/statement.h"

namespace bs::sqlite {

Result<Database> OpenDatabase(const std::string& path) {
  sqlite3* raw = nullptr;
  // NOMUTEX: the store serialises access itself, so SQLite's own per-call
  // locking would only add cost.
  int rc = sqlite3_open_v2(path.c_str(), &raw,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                           nullptr);
  Database db(raw);  // owns the handle even when open failed
  if (rc != SQLITE_OK) {
    std::string msg = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
    return Status::IoError("open " + path + ": " + msg);
  }
  sqlite3_extended_result_codes(db.get(), 1);
  return db;
}

Status DbError(sqlite3* db, std::string_view context) {
  return Status::IoError(std::string(context) + ": " + sqlite3_errmsg(db) + " (" +
                         std::to_string(sqlite3_extended_errcode(db)) + ")");
}

Status Exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string msg = err ? err : sqlite3_errstr(rc);
  sqlite3_free(err);
  return Status::IoError(std::string("sqlite: ") + msg + " (" + std::to_string(rc) + ")");
}

Result<std::unique_ptr<Statement>> Statement::Prepare(sqlite3* db, std::string_view sql) {
  sqlite3_stmt* raw = nullptr;
  // PERSISTENT: these statements live as long as the connection.
  int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
  if (rc != SQLITE_OK) return DbError(db, "prepare");
  if (raw == nullptr) return Status::Internal("empty SQL statement");
  return std::make_unique<Statement>(Key(), db, raw);
}

Statement& Statement::Check(int rc) {
  if (rc != SQLITE_OK && bind_rc_ == SQLITE_OK) bind_rc_ = rc;
  ++next_;
  return *this;
}

Statement& Statement::Bind(std::int64_t v) {
  return Check(sqlite3_bind_int64(stmt_.get(), next_, v));
}

Statement& Statement::Bind(double v) {
  return Check(sqlite3_bind_double(stmt_.get(), next_, v));
}

Statement& Statement::Bind(std::optional<std::int64_t> v) {
  if (!v) return Check(sqlite3_bind_null(stmt_.get(), next_));
  return Bind(*v);
}

Statement& Statement::Bind(std::string_view text) {
  // SQLITE_TRANSIENT: SQLite copies, so temporaries are safe to pass.
  return Check(sqlite3_bind_text64(stmt_.get(), next_, text.data(), text.size(),
                                   SQLITE_TRANSIENT, SQLITE_UTF8));
}

Statement& Statement::BindBlob(std::string_view bytes) {
  // A zero-length blob must still be a blob, not NULL: pass a valid pointer.
  static const char kEmpty = 0;
  const char* p = bytes.empty() ? &kEmpty : bytes.data();
  return Check(sqlite3_bind_blob64(stmt_.get(), next_, p, bytes.size(), SQLITE_TRANSIENT));
}

Result<bool> Statement::Step() {
  if (bind_rc_ != SQLITE_OK)
    return Status::IoError(std::string("bind: ") + sqlite3_errstr(bind_rc_));
  int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return DbError(db_, "step");
}

Status Statement::Run() {
  for (;;) {
    auto r = Step();
    if (!r.ok()) return r.status();
    if (!*r) return Status::Ok();
  }
}

std::optional<std::int64_t> Statement::OptInt(int col) const {
  if (sqlite3_column_type(stmt_.get(), col) == SQLITE_NULL) return std::nullopt;
  return sqlite3_column_int64(stmt_.get(), col);
}

std::string Statement::Text(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_.get(), col));
  int n = sqlite3_column_bytes(stmt_.get(), col);
  return p ? std::string(p, static_cast<std::size_t>(n)) : std::string();
}

std::string Statement::Blob(int col) const {
  const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_.get(), col));
  int n = sqlite3_column_bytes(stmt_.get(), col);
  return p ? std::string(p, static_cast<std::size_t>(n)) : std::string();
}

std::string_view Statement::BlobView(int col) const {
  const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_.get(), col));
  int n = sqlite3_column_bytes(stmt_.get(), col);
  return p ? std::string_view(p, static_cast<std::size_t>(n)) : std::string_view();
}

void Statement::Reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
  next_ = 1;
  bind_rc_ = SQLITE_OK;
}

Result<Statement*> StatementCache::Get(std::string_view sql) {
  auto it = cache_.find(std::string(sql));
  if (it != cache_.end()) {
    it->second->Reset();
    return it->second.get();
  }
  auto prepared = Statement::Prepare(db_, sql);
  if (!prepared.ok()) return prepared.status();
  Statement* s = prepared->get();
  cache_.emplace(std::string(sql), std::move(*prepared));
  return s;
}

Result<std::unique_ptr<Transaction>> Transaction::Begin(sqlite3* db) {
  if (auto st = Exec(db, "BEGIN IMMEDIATE"); !st.ok()) return st;
  return std::make_unique<Transaction>(Key(), db);
}

Transaction::~Transaction() {
  // Rollback failure leaves nothing better to do; SQLite then rolls back
  // when the connection closes.
  if (open_) (void)Exec(db_, "ROLLBACK");
}

Status Transaction::Commit() {
  auto st = Exec(db_, "COMMIT");
  if (st.ok()) open_ = false;
  return st;
}

}  // namespace bs::sqlite
