// Transactional mail through the store's outbox: a request renders its mail
// and stores it (EnqueueMail, a few milliseconds, no network); a worker
// sends what is due (DrainOutbox) over its own SMTP connection. So no web
// request waits on an SMTP server, a sign-up for a known address answers as
// fast as one for a new address, and a mail outlives a restart or a relay
// that is down for an hour.
//
// Sending follows the newsletter's rule: the mail is marked sent just before
// the SMTP end of data, so a crash never sends it twice; a transient failure
// is retried with doubling delays until max_attempts, a permanent one fails it.
#pragma once

#include <atomic>
#include <string_view>

#include "core/status.h"
#include "mail/mailer.h"
#include "store/store.h"

namespace bs::mail {

struct OutboxOptions {
  int batch = 50;                // mails claimed at a time
  int lease_seconds = 300;       // a claimed mail is not claimed again for this long
  int retry_base_seconds = 60;   // first retry after a transient failure; doubles
  int max_attempts = 8;          // then it fails (about four hours of retries)
  int keep_settled_seconds = 86400;  // settled rows (without messages) kept for the desk
};

struct OutboxReport {
  int sent = 0;
  int retried = 0;
  int failed = 0;
};

// Renders `m` with the mailer's From, Reply-To and DKIM key and stores it as
// due now. An error when mail is not configured, the message cannot be
// composed, or the store refuses it: nothing is queued then.
Status EnqueueMail(Store& store, const Mailer& mailer, const MailMessage& m, std::string_view kind, Timestamp now);

// Sends every mail due at `now` (claiming batch after batch) until none is
// left or `*stop` is set. Store errors stop the drain and are returned.
Result<OutboxReport> DrainOutbox(Store& store, Mailer& mailer, const OutboxOptions& options, Timestamp now,
                                 const std::atomic<bool>* stop = nullptr);

}  // namespace bs::mail
