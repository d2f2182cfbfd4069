// The outbox of transactional mail (schema v9): a small queue, written by
// requests and drained by mail/outbox.h. Leases (a due time moved on at
// claim) keep two workers from sending one mail; the SMTP end-of-data hook
// (MarkOutboxSent) keeps a crash from sending it twice.
#include "core/utf8.h"
#include "store/sqlite/sqlite_store.h"

namespace bs::sqlite {
namespace {

constexpr std::size_t kMaxKindBytes = 32;
constexpr std::size_t kMaxRecipientBytes = 512;
constexpr std::size_t kMaxOutboxErrorBytes = 500;

}  // namespace

Status SqliteStore::EnqueueOutboxMail(OutboxMail& mail, Timestamp now) {
  if (mail.kind.empty() || mail.kind.size() > kMaxKindBytes) return Status::InvalidArgument("bad outbox kind");
  if (mail.recipient.empty() || mail.recipient.size() > kMaxRecipientBytes ||
      mail.recipient.find('\0') != std::string::npos)
    return Status::InvalidArgument("bad outbox recipient");
  if (mail.message.empty()) return Status::InvalidArgument("empty outbox message");
  if (mail.message.size() > kMaxOutboxMessageBytes) return Status::LimitExceeded("outbox message is too large");
  std::lock_guard lock(mu_);
  if (auto st = cache_.Run("INSERT INTO mail_outbox (kind, recipient, message, created_at, next_attempt_at)"
                           " VALUES (?, ?, ?, ?, ?)",
                           mail.kind, mail.recipient, BlobArg{mail.message}, static_cast<std::int64_t>(now),
                           static_cast<std::int64_t>(now));
      !st.ok())
    return st;
  mail.id = sqlite3_last_insert_rowid(db_.get());
  mail.attempts = 0;
  return Status::Ok();
}

Result<std::vector<OutboxMail>> SqliteStore::ClaimOutbox(Timestamp now, int lease_seconds, int limit,
                                                         Timestamp prune_before) {
  std::vector<OutboxMail> out;
  if (limit <= 0) return out;
  limit = std::min(limit, kMaxOutboxBatch);
  std::lock_guard lock(mu_);
  auto tx = Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  if (auto st = cache_.Run("DELETE FROM mail_outbox WHERE state != 0 AND settled_at < ?",
                           static_cast<std::int64_t>(prune_before));
      !st.ok())
    return st;
  {
    auto s = cache_.Get("SELECT id, kind, recipient, message, attempts FROM mail_outbox INDEXED BY mail_outbox_due"
                        " WHERE state = 0 AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?");
    if (!s.ok()) return s.status();
    Query q(**s);
    q->Bind(static_cast<std::int64_t>(now)).Bind(limit);
    for (;;) {
      auto row = q->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      OutboxMail m;
      m.id = q->Int(0);
      m.kind = q->Text(1);
      m.recipient = q->Text(2);
      m.message = q->Blob(3);
      m.attempts = static_cast<int>(q->Int(4));
      out.push_back(std::move(m));
    }
  }
  for (const auto& m : out)
    if (auto st = cache_.Run("UPDATE mail_outbox SET next_attempt_at = ? WHERE id = ?",
                             static_cast<std::int64_t>(now + lease_seconds), static_cast<std::int64_t>(m.id));
        !st.ok())
      return st;
  if (auto st = (*tx)->Commit(); !st.ok()) return st;
  return out;
}

Status SqliteStore::MarkOutboxSent(Id id, Timestamp now) {
  std::lock_guard lock(mu_);
  if (auto st = cache_.Run("UPDATE mail_outbox SET state = 1, message = x'', settled_at = ?, attempts = attempts + 1"
                           " WHERE id = ? AND state = 0",
                           static_cast<std::int64_t>(now), static_cast<std::int64_t>(id));
      !st.ok())
    return st;
  if (sqlite3_changes(db_.get()) != 1) return Status::Refused("the mail is no longer pending");
  return Status::Ok();
}

Status SqliteStore::MarkOutboxRetry(Id id, const std::string& message, Timestamp next_attempt_at,
                                    const std::string& error) {
  if (message.empty() || message.size() > kMaxOutboxMessageBytes)
    return Status::InvalidArgument("a retried outbox mail needs its message");
  std::lock_guard lock(mu_);
  // From pending (refused before the data) or sent (refused at its end);
  // attempts counts each try once, as for deliveries.
  return cache_.Run("UPDATE mail_outbox SET attempts = attempts + (state = 0), state = 0, message = ?,"
                    " settled_at = NULL, next_attempt_at = ?, last_error = ? WHERE id = ? AND state IN (0, 1)",
                    BlobArg{message}, static_cast<std::int64_t>(next_attempt_at),
                    TruncateUtf8(error, kMaxOutboxErrorBytes), static_cast<std::int64_t>(id));
}

Status SqliteStore::MarkOutboxFailed(Id id, const std::string& error, Timestamp now) {
  std::lock_guard lock(mu_);
  return cache_.Run("UPDATE mail_outbox SET attempts = attempts + (state = 0), state = 2, message = x'',"
                    " settled_at = ?, last_error = ? WHERE id = ? AND state IN (0, 1)",
                    static_cast<std::int64_t>(now), TruncateUtf8(error, kMaxOutboxErrorBytes),
                    static_cast<std::int64_t>(id));
}

Result<int> SqliteStore::CountPendingOutbox() {
  std::lock_guard lock(mu_);
  auto s = cache_.Get("SELECT COUNT(*) FROM mail_outbox WHERE state = 0");
  if (!s.ok()) return s.status();
  Query q(**s);
  auto row = q->Step();
  if (!row.ok()) return row.status();
  return *row ? static_cast<int>(q->Int(0)) : 0;
}

}  // namespace bs::sqlite
