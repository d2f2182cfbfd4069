#include "app/newsletter_worker.h"

#include <spdlog/spdlog.h>

#include "newsletter/briefing_clock.h"
#include "newsletter/issue_sender.h"

namespace bs {

NewsletterWorker::NewsletterWorker(Store& store, NewsletterService& service, int tick_seconds)
    : store_(store),
      service_(service),
      thread_(std::chrono::seconds(tick_seconds), [this](const std::atomic<bool>& stopping) { Pass(stopping); }) {}

NewsletterWorker::~NewsletterWorker() { Stop(); }

void NewsletterWorker::Pass(const std::atomic<bool>& stopping) {
  const Config& config = service_.config();
  auto sending = newsletter::RunNewsletterClock(store_, config.newsletter, NowUtc());
  if (!sending.ok()) {
    spdlog::error("newsletter: {}", sending.status().ToString());
    return;
  }
  if (sending->empty()) return;
  auto mailer = service_.NewMailer();
  if (!mailer.ok()) {
    spdlog::error("newsletter: {}", mailer.status().ToString());
    return;
  }
  newsletter::IssueSender sender(store_, **mailer, service_.subscriptions(), service_.templates(), config.site_name);
  newsletter::SendOptions options;
  options.messages_per_second = config.mail.messages_per_second;
  options.retry_base_seconds = config.newsletter.retry_seconds;
  options.wait_for_retries = false;  // come back next tick; retries are minutes apart
  for (Id id : *sending) {
    auto report = sender.Run(id, options, &stopping);
    if (!report.ok()) {
      spdlog::error("newsletter: sending issue {}: {}", id, report.status().ToString());
      continue;
    }
    if (report->delivered || report->failed || report->retried)
      spdlog::info("newsletter: issue {}: {} sent, {} to retry, {} failed; {} of {} settled{}", id,
                   report->delivered, report->retried, report->failed,
                   report->progress.sent + report->progress.failed + report->progress.cancelled,
                   report->progress.total(), report->finished ? " (done)" : "");
  }
}

}  // namespace bs
