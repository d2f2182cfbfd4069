// Thin RAII layer over the SQLite C API, internal to store/sqlite.
//
// Ownership: `Database` owns a sqlite3 connection; `Statement` owns one
// prepared statement and must not outlive the Database it came from.
// `StatementCache` owns the statements it hands out; a `Query` borrows one and
// resets it (releasing any read snapshot) when it goes out of scope.
//
// Thread-safety: none of these classes lock. SqliteStore serialises all use of
// one connection behind its own mutex.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/status.h"

namespace bs::sqlite {

struct DatabaseDeleter {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Database = std::unique_ptr<sqlite3, DatabaseDeleter>;

struct StatementDeleter {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};

// Opens `path` read-write, creating it if needed.
Result<Database> OpenDatabase(const std::string& path);

// "context: message (code)" from the connection's last error.
Status DbError(sqlite3* db, std::string_view context);

// Runs one or more statements that return no rows (DDL, PRAGMA, BEGIN...).
Status Exec(sqlite3* db, const char* sql);

// Marks bytes to bind as a BLOB rather than TEXT.
struct BlobArg {
  std::string_view bytes;
};

// A prepared statement. Bind() calls fill parameters left to right; a binding
// failure is remembered and reported by the next Step()/Run().
class Statement {
 public:
  static Result<std::unique_ptr<Statement>> Prepare(sqlite3* db, std::string_view sql);
  // Only Prepare() can make the key, so statements are always prepared.
  class Key {
    friend class Statement;
    Key() = default;
  };
  Statement(Key, sqlite3* db, sqlite3_stmt* s) : db_(db), stmt_(s) {}

  Statement& Bind(std::int64_t v);
  Statement& Bind(int v) { return Bind(static_cast<std::int64_t>(v)); }
  Statement& Bind(bool v) { return Bind(static_cast<std::int64_t>(v ? 1 : 0)); }
  Statement& Bind(double v);
  Statement& Bind(std::optional<std::int64_t> v);
  Statement& Bind(std::string_view text);  // must be valid for the statement's use
  Statement& Bind(const char* text) { return Bind(std::string_view(text)); }
  Statement& Bind(const std::string& text) { return Bind(std::string_view(text)); }
  Statement& BindBlob(std::string_view bytes);
  Statement& Bind(BlobArg blob) { return BindBlob(blob.bytes); }

  // Advances one row: true when a row is available, false when done.
  Result<bool> Step();
  // Steps to completion, for statements that return no rows.
  Status Run();

  std::int64_t Int(int col) const { return sqlite3_column_int64(stmt_.get(), col); }
  std::optional<std::int64_t> OptInt(int col) const;
  double Double(int col) const { return sqlite3_column_double(stmt_.get(), col); }
  bool IsNull(int col) const { return sqlite3_column_type(stmt_.get(), col) == SQLITE_NULL; }
  std::string Text(int col) const;
  std::string Blob(int col) const;
  // The blob in place: valid until the next Step or Reset (no copy, for
  // values of megabytes).
  std::string_view BlobView(int col) const;

  // Clears bindings and rewinds; ends the statement's read of the database.
  void Reset();

 private:
  Statement& Check(int rc);

  sqlite3* db_;
  std::unique_ptr<sqlite3_stmt, StatementDeleter> stmt_;
  int next_ = 1;       // next parameter index
  int bind_rc_ = SQLITE_OK;
};

// Resets its statement on destruction so no statement keeps a read snapshot
// open between store calls (other processes' commits stay visible).
class Query {
 public:
  explicit Query(Statement& s) : s_(&s) {}
  ~Query() { s_->Reset(); }
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;
  Statement* operator->() const { return s_; }
  Statement& operator*() const { return *s_; }

 private:
  Statement* s_;
};

// Prepares each distinct SQL text once per connection.
class StatementCache {
 public:
  explicit StatementCache(sqlite3* db) : db_(db) {}
  // Returns the statement for `sql`, reset and unbound. Owned by the cache.
  Result<Statement*> Get(std::string_view sql);

  // Prepares (or reuses) `sql`, binds `args` in order and steps to completion.
  template <typename... Args>
  Status Run(std::string_view sql, const Args&... args) {
    auto s = Get(sql);
    if (!s.ok()) return s.status();
    Query q(**s);
    (q->Bind(args), ...);
    return q->Run();
  }

 private:
  sqlite3* db_;
  std::unordered_map<std::string, std::unique_ptr<Statement>> cache_;
};

// BEGIN IMMEDIATE on construction (taking the write lock up front avoids
// deadlocking on a read-to-write upgrade); rolls back unless committed.
class Transaction {
 public:
  static Result<std::unique_ptr<Transaction>> Begin(sqlite3* db);
  class Key {
    friend class Transaction;
    Key() = default;
  };
  Transaction(Key, sqlite3* db) : db_(db) {}
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  Status Commit();

 private:
  sqlite3* db_;
  bool open_ = true;
};

}  // namespace bs::sqlite
