// Works through the send queue of one issue: each pending (issue,
// subscriber) delivery is personalised, throttled and handed to the SMTP
// server over one reused connection.
//
// Delivery semantics, across crashes and restarts:
//  * At most once: the delivery is marked sent in the store from inside the
//    SMTP transfer, after the whole message has been handed over and before
//    the end-of-data marker that makes the server accept it
//    (SmtpSender's before_end_of_data). A process killed before that point
//    leaves the delivery pending and the server discards the partial
//    message; killed after it, the delivery is never attempted again.
//  * Exactly once unless the address fails: a pending delivery is retried
//    with exponential back-off when the server answers 4xx (the mark is
//    undone); a 5xx fails it and marks the subscriber failed. A connection
//    lost after the end of data is ambiguous; it counts as delivered, since
//    a duplicate is the worse mistake for a newsletter.
//  The one window left is the few microseconds between the store's commit
//  and libcurl writing the end-of-data marker: a kill exactly there loses
//  that one copy rather than sending it twice.
//
// Memory is flat in the number of subscribers: deliveries are claimed in
// batches. Not thread-safe; one IssueSender per sending thread, with a
// Mailer of its own.
#pragma once

#include <atomic>
#include <functional>

#include "core/status.h"
#include "core/templates.h"
#include "mail/mailer.h"
#include "newsletter/subscriptions.h"
#include "store/store.h"

namespace bs::newsletter {

struct SendOptions {
  int batch = 500;                  // deliveries claimed per store read
  double messages_per_second = 10;  // <= 0 = as fast as the server takes them
  Timestamp retry_base_seconds = 60;   // first retry after a 4xx; doubles each time
  Timestamp retry_max_seconds = 6 * 3600;
  int max_attempts = 8;             // then the delivery fails
  // Keep going until nothing is pending (sleeping until retries fall due);
  // false returns as soon as nothing is due now (the scheduler comes back).
  bool wait_for_retries = true;
};

struct SendReport {
  int delivered = 0;  // this run
  int retried = 0;
  int failed = 0;
  bool finished = false;  // the issue is sent
  DeliveryProgress progress;  // totals at the end of the run
};

class IssueSender {
 public:
  // References must outlive the sender. `subscriptions` gives the signed links.
  IssueSender(Store& store, mail::Mailer& mailer, const Subscriptions& subscriptions, const TemplateSet& templates,
              std::string site_name);

  // Sends what is pending of `issue_id` (which must be sending, else it only
  // reports). Stops early, between messages, when `stop` becomes true.
  // `on_progress` (may be empty) is called after a batch, at most once a
  // second.
  Result<SendReport> Run(Id issue_id, const SendOptions& options, const std::atomic<bool>* stop = nullptr,
                         const std::function<void(const DeliveryProgress&)>& on_progress = {});

 private:
  Store& store_;
  mail::Mailer& mailer_;
  const Subscriptions& subscriptions_;
  const TemplateSet& templates_;
  const std::string site_name_;
};

// The edition a slug names, or nullptr.
const Edition* FindEdition(const NewsletterSettings& settings, const std::string& slug);

}  // namespace bs::newsletter
