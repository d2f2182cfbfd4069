// The background poller inside `broadsheet serve`: every tick it runs one
// ingest pass over the sources whose poll interval has elapsed.
#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

#include "app/config.h"
#include "app/organisation_pipeline.h"
#include "store/store.h"

namespace bs {

class Scheduler {
 public:
  // `store`, `config` and `organisation` must outlive the Scheduler.
  Scheduler(Store& store, const Config& config, LiveOrganisation& organisation);
  ~Scheduler();  // stops and joins
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  void Start();
  // Returns after the current pass (if any) finishes its in-flight work.
  void Stop();

 private:
  void Loop();
  void RunDueSources();

  Store& store_;
  const Config& config_;
  // Kept across passes: each pass organises only its new articles.
  LiveOrganisation& organisation_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace bs
