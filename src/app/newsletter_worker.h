// The newsletter's part of `broadsheet serve`: a thread that, every tick,
// drafts and starts issues on time (newsletter/briefing_clock.h) and works
// through the send queue of every issue that is sending. It runs beside the
// ingest scheduler, not inside it, so a send of an hour never delays a poll.
//
// State lives in the store: a restarted process picks up a send where the
// last one stopped (the store's delivery states make that exact).
#pragma once

#include <atomic>

#include "app/newsletter_service.h"
#include "app/periodic_thread.h"
#include "store/store.h"

namespace bs {

class NewsletterWorker {
 public:
  // References must outlive the worker.
  NewsletterWorker(Store& store, NewsletterService& service, int tick_seconds);
  ~NewsletterWorker();  // stops and joins
  NewsletterWorker(const NewsletterWorker&) = delete;
  NewsletterWorker& operator=(const NewsletterWorker&) = delete;

  void Start() { thread_.Start(); }
  // Returns once the message in flight (if any) is settled.
  void Stop() { thread_.Stop(); }

 private:
  void Pass(const std::atomic<bool>& stopping);

  Store& store_;
  NewsletterService& service_;
  PeriodicThread thread_;  // last: stopped (by its destructor) before the rest goes
};

}  // namespace bs
