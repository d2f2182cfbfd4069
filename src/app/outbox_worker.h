// The outbox's part of `broadsheet serve`: a thread that, every second,
// sends the transactional mail that requests queued (mail/outbox.h) over a
// Mailer (and SMTP connection) of its own. It runs on every node that has
// mail configured, with or without the ingest scheduler: leases in the store
// keep two nodes from sending one mail.
#pragma once

#include <atomic>
#include <memory>

#include "app/periodic_thread.h"
#include "mail/mailer.h"
#include "mail/outbox.h"
#include "store/store.h"

namespace bs {

class OutboxWorker {
 public:
  // `store` must outlive the worker.
  OutboxWorker(Store& store, std::unique_ptr<mail::Mailer> mailer, mail::OutboxOptions options = {});
  ~OutboxWorker() { Stop(); }
  OutboxWorker(const OutboxWorker&) = delete;
  OutboxWorker& operator=(const OutboxWorker&) = delete;

  void Start() { thread_.Start(); }
  void Stop() { thread_.Stop(); }

 private:
  void Pass(const std::atomic<bool>& stopping);

  Store& store_;
  const std::unique_ptr<mail::Mailer> mailer_;
  const mail::OutboxOptions options_;
  PeriodicThread thread_;  // last: stopped before the rest goes
};

}  // namespace bs
