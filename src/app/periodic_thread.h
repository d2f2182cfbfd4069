// A background thread that runs one pass of work, waits an interval (or
// until stopped) and runs the next: the shape of every worker inside
// `broadsheet serve`. The pass is given the stop flag so a long pass (a
// newsletter send) can end between two messages.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace bs {

class PeriodicThread {
 public:
  using Pass = std::function<void(const std::atomic<bool>& stopping)>;
  PeriodicThread(std::chrono::milliseconds interval, Pass pass);
  ~PeriodicThread();  // stops and joins
  PeriodicThread(const PeriodicThread&) = delete;
  PeriodicThread& operator=(const PeriodicThread&) = delete;

  void Start();
  // Returns once the pass in progress (if any) has returned.
  void Stop();

 private:
  void Loop();

  const std::chrono::milliseconds interval_;
  const Pass pass_;
  std::atomic<bool> stopping_{false};
  std::mutex mu_;
  std::condition_variable cv_;
  std::thread thread_;
};

}  // namespace bs
