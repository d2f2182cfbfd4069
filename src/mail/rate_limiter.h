// Paces bulk sends to a configured number of messages per second: a token
// bucket holding at most one second's worth, so a pause (a slow server, a
// retry) is not followed by a burst above the rate.
//
// Not thread-safe; one per sending thread.
#pragma once

#include <chrono>
#include <functional>

namespace bs::mail {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  // `per_second` <= 0 means unlimited. `now` and `sleep` default to the
  // steady clock and std::this_thread::sleep_for (tests pass their own).
  explicit RateLimiter(double per_second, std::function<Clock::time_point()> now = {},
                       std::function<void(Clock::duration)> sleep = {});

  // Blocks until one message may go.
  void Acquire();

 private:
  const double rate_;
  const double burst_;
  std::function<Clock::time_point()> now_;
  std::function<void(Clock::duration)> sleep_;
  double tokens_;
  Clock::time_point last_;
};

}  // namespace bs::mail
