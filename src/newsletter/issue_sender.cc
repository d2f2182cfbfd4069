#include "newsletter/issue_sender.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "mail/rate_limiter.h"
#include "newsletter/issue_mail.h"

namespace bs::newsletter {
namespace {

// While waiting for retries, look at `stop` this often.
constexpr auto kStopPoll = std::chrono::milliseconds(200);
// Progress is a count over the issue's whole queue, so it is taken at most
// this often rather than after every batch (at a million subscribers that
// count would otherwise cost more than the sending).
constexpr auto kProgressEvery = std::chrono::seconds(1);

Timestamp Backoff(const SendOptions& o, int attempts) {
  Timestamp d = std::max<Timestamp>(1, o.retry_base_seconds);
  for (int i = 0; i < attempts && d < o.retry_max_seconds; ++i) d *= 2;
  return std::min(d, o.retry_max_seconds);
}

bool Stopped(const std::atomic<bool>* stop) { return stop && stop->load(); }

}  // namespace

const Edition* FindEdition(const NewsletterSettings& settings, const std::string& slug) {
  for (const auto& e : settings.editions)
    if (e.slug == slug) return &e;
  return nullptr;
}

IssueSender::IssueSender(Store& store, mail::Mailer& mailer, const Subscriptions& subscriptions,
                         const TemplateSet& templates, std::string site_name)
    : store_(store),
      mailer_(mailer),
      subscriptions_(subscriptions),
      templates_(templates),
      site_name_(std::move(site_name)) {}

Result<SendReport> IssueSender::Run(Id issue_id, const SendOptions& options, const std::atomic<bool>* stop,
                                    const std::function<void(const DeliveryProgress&)>& on_progress) {
  SendReport report;
  auto issue = store_.GetIssue(issue_id);
  if (!issue.ok()) return issue.status();
  if (!*issue) return Status::NotFound("no newsletter issue " + std::to_string(issue_id));
  const Edition* edition = FindEdition(subscriptions_.settings(), (*issue)->edition);
  if (!edition) return Status::InvalidArgument("issue " + std::to_string(issue_id) + " is of unknown edition '" +
                                               (*issue)->edition + "'");
  auto mail = IssueMail::Render(**issue, *edition, subscriptions_.settings(), templates_, subscriptions_.links(),
                                site_name_);
  if (!mail.ok()) return mail.status();
  const std::string mailbox = "unsubscribe@" + mailer_.settings().BounceDomain();
  mail::RateLimiter limiter(options.messages_per_second);
  auto last_progress = std::chrono::steady_clock::now() - kProgressEvery;

  while (!Stopped(stop) && (*issue)->state == IssueState::kSending) {
    auto batch = store_.ClaimDeliveries(issue_id, NowUtc(), std::clamp(options.batch, 1, kMaxDeliveryBatch));
    if (!batch.ok()) return batch.status();
    if (batch->empty()) {
      auto done = store_.FinishIssueIfDone(issue_id, NowUtc());
      if (!done.ok()) return done.status();
      if (*done) break;
      auto progress = store_.GetDeliveryProgress(issue_id);
      if (!progress.ok()) return progress.status();
      if (!options.wait_for_retries || !progress->next_attempt_at) break;
      // Sleep until the earliest retry, looking at `stop` now and then.
      while (!Stopped(stop) && NowUtc() < *progress->next_attempt_at) std::this_thread::sleep_for(kStopPoll);
      continue;
    }
    for (const DeliveryTask& task : *batch) {
      if (Stopped(stop)) break;
      const mail::MailMessage m =
          mail->For(task.email, subscriptions_.UnsubscribeToken(task.subscriber_id),
                    subscriptions_.ManageToken(task.subscriber_id), mailbox);
      auto bytes = mailer_.Render(m);
      if (!bytes.ok()) {
        // A message that cannot be composed never will be: fail it, go on.
        if (auto st = store_.MarkDeliveryFailed(issue_id, task.subscriber_id, bytes.status().message(), NowUtc());
            !st.ok())
          return st;
        ++report.failed;
        continue;
      }
      limiter.Acquire();
      bool marked = false;
      Status mark_error;
      const mail::SendResult r = mailer_.Deliver(task.email, *bytes, [&]() -> Status {
        mark_error = store_.MarkDeliverySent(issue_id, task.subscriber_id, NowUtc());
        marked = mark_error.ok();
        return mark_error;
      });
      // Refused: the delivery stopped being pending after the claim (the
      // subscriber left); the transfer was aborted, so skip it. Any other
      // error is the store failing: stop, nothing was sent.
      if (mark_error.code() == Status::Code::kRefused) continue;
      if (!mark_error.ok()) return mark_error;
      if (r.outcome == mail::SendOutcome::kDelivered || (marked && r.smtp_code == 0 &&
                                                         r.outcome == mail::SendOutcome::kTransient)) {
        if (r.outcome != mail::SendOutcome::kDelivered)
          spdlog::warn("newsletter: connection lost after the end of data for subscriber {}; counted as sent",
                       task.subscriber_id);
        ++report.delivered;
        continue;
      }
      if (r.outcome == mail::SendOutcome::kPermanent || task.attempts + 1 >= options.max_attempts) {
        if (auto st = store_.MarkDeliveryFailed(issue_id, task.subscriber_id,
                                                "SMTP " + std::to_string(r.smtp_code) + ": " + r.detail, NowUtc());
            !st.ok())
          return st;
        ++report.failed;
        continue;
      }
      if (auto st = store_.MarkDeliveryRetry(issue_id, task.subscriber_id,
                                             NowUtc() + Backoff(options, task.attempts),
                                             "SMTP " + std::to_string(r.smtp_code) + ": " + r.detail);
          !st.ok())
        return st;
      ++report.retried;
    }
    if (on_progress && std::chrono::steady_clock::now() - last_progress >= kProgressEvery) {
      last_progress = std::chrono::steady_clock::now();
      auto progress = store_.GetDeliveryProgress(issue_id);
      if (!progress.ok()) return progress.status();
      on_progress(*progress);
    }
  }
  auto progress = store_.GetDeliveryProgress(issue_id);
  if (!progress.ok()) return progress.status();
  report.progress = *progress;
  auto final_issue = store_.GetIssue(issue_id);
  if (!final_issue.ok()) return final_issue.status();
  report.finished = *final_issue && (*final_issue)->state == IssueState::kSent;
  return report;
}

}  // namespace bs::newsletter
