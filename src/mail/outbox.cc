#include "mail/outbox.h"

#include <algorithm>

namespace bs::mail {

Status EnqueueMail(Store& store, const Mailer& mailer, const MailMessage& m, std::string_view kind, Timestamp now) {
  if (!mailer.configured()) return Status::Refused("mail is not configured ([mail] smtp_url)");
  auto bytes = mailer.Render(m);
  if (!bytes.ok()) return bytes.status();
  OutboxMail mail;
  mail.kind = std::string(kind);
  mail.recipient = m.to_address;
  mail.message = std::move(bytes).value();
  return store.EnqueueOutboxMail(mail, now);
}

namespace {

Timestamp RetryAt(const OutboxOptions& o, int attempts_before, Timestamp now) {
  const int doublings = std::clamp(attempts_before, 0, 20);
  const std::int64_t delay = static_cast<std::int64_t>(o.retry_base_seconds) << doublings;
  return now + std::min<std::int64_t>(delay, 86400);
}

}  // namespace

Result<OutboxReport> DrainOutbox(Store& store, Mailer& mailer, const OutboxOptions& options, Timestamp now,
                                 const std::atomic<bool>* stop) {
  OutboxReport report;
  for (;;) {
    if (stop && stop->load()) return report;
    auto batch = store.ClaimOutbox(now, options.lease_seconds, options.batch, now - options.keep_settled_seconds);
    if (!batch.ok()) return batch.status();
    if (batch->empty()) return report;
    for (const OutboxMail& m : *batch) {
      if (stop && stop->load()) return report;  // the rest are leased; another pass takes them
      Status marked = Status::Ok();
      const SendResult r = mailer.Deliver(m.recipient, m.message, [&] {
        marked = store.MarkOutboxSent(m.id, now);
        return marked;
      });
      if (r.outcome == SendOutcome::kDelivered) {
        ++report.sent;
        continue;
      }
      if (marked.code() == Status::Code::kRefused) continue;  // settled elsewhere meanwhile
      if (!marked.ok()) return marked;                        // the store failed: stop, retry next pass
      const bool last_try = m.attempts + 1 >= options.max_attempts;
      if (r.outcome == SendOutcome::kPermanent || last_try) {
        if (auto st = store.MarkOutboxFailed(m.id, r.detail, now); !st.ok()) return st;
        ++report.failed;
      } else {
        if (auto st = store.MarkOutboxRetry(m.id, m.message, RetryAt(options, m.attempts, now), r.detail); !st.ok())
          return st;
        ++report.retried;
      }
    }
  }
}

}  // namespace bs::mail
