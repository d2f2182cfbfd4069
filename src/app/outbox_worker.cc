#include "app/outbox_worker.h"

#include <spdlog/spdlog.h>

namespace bs {

OutboxWorker::OutboxWorker(Store& store, std::unique_ptr<mail::Mailer> mailer, mail::OutboxOptions options)
    : store_(store),
      mailer_(std::move(mailer)),
      options_(options),
      // A second: a reader waiting for a confirmation link waits no longer,
      // and an idle poll is one indexed lookup.
      thread_(std::chrono::seconds(1), [this](const std::atomic<bool>& stopping) { Pass(stopping); }) {}

void OutboxWorker::Pass(const std::atomic<bool>& stopping) {
  auto report = mail::DrainOutbox(store_, *mailer_, options_, NowUtc(), &stopping);
  if (!report.ok()) {
    spdlog::error("outbox: {}", report.status().ToString());
    return;
  }
  if (report->sent || report->retried || report->failed)
    spdlog::info("outbox: {} sent, {} to retry, {} failed", report->sent, report->retried, report->failed);
}

}  // namespace bs
