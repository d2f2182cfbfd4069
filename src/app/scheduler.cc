#include "app/scheduler.h"

#include <spdlog/spdlog.h>

#include "app/ingest.h"

namespace bs {

Scheduler::Scheduler(Store& store, const Config& config, LiveOrganisation& organisation)
    : store_(store), config_(config), organisation_(organisation) {}

Scheduler::~Scheduler() { Stop(); }

void Scheduler::Start() {
  std::lock_guard lock(mu_);
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { Loop(); });
}

void Scheduler::Stop() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Scheduler::Loop() {
  std::unique_lock lock(mu_);
  while (!stopping_) {
    lock.unlock();
    RunDueSources();
    lock.lock();
    cv_.wait_for(lock, std::chrono::seconds(config_.scheduler_tick_seconds),
                 [this] { return stopping_; });
  }
}

void Scheduler::RunDueSources() {
  auto stored = store_.ListSources();
  if (!stored.ok()) {
    spdlog::error("scheduler: {}", stored.status().ToString());
    return;
  }
  const Timestamp now = NowUtc();
  std::vector<std::string> due;
  for (const auto& cfg : config_.sources) {
    bool is_due = true;  // never fetched
    for (const auto& s : *stored) {
      if (s.slug != cfg.slug) continue;
      if (s.paused) is_due = false;
      else if (s.last_fetch) is_due = now - *s.last_fetch >= cfg.poll_interval_seconds;
    }
    if (is_due) due.push_back(cfg.slug);
  }
  if (due.empty()) return;
  Ingester ingester(store_, config_, &organisation_);
  auto report = ingester.RunOnce(due);
  if (!report.ok()) {
    spdlog::error("scheduled ingest failed: {}", report.status().ToString());
    return;
  }
  spdlog::info("scheduled ingest: {} sources, {} new, {} updated, {} failures", report->sources,
               report->inserted, report->updated, report->failures);
}

}  // namespace bs
