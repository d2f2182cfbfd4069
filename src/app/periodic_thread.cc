#include "app/periodic_thread.h"

namespace bs {

PeriodicThread::PeriodicThread(std::chrono::milliseconds interval, Pass pass)
    : interval_(interval), pass_(std::move(pass)) {}

PeriodicThread::~PeriodicThread() { Stop(); }

void PeriodicThread::Start() {
  std::lock_guard lock(mu_);
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { Loop(); });
}

void PeriodicThread::Stop() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void PeriodicThread::Loop() {
  std::unique_lock lock(mu_);
  while (!stopping_) {
    lock.unlock();
    pass_(stopping_);
    lock.lock();
    cv_.wait_for(lock, interval_, [this] { return stopping_.load(); });
  }
}

}  // namespace bs
