#include "mail/rate_limiter.h"

#include <algorithm>
#include <thread>

namespace bs::mail {

RateLimiter::RateLimiter(double per_second, std::function<Clock::time_point()> now,
                         std::function<void(Clock::duration)> sleep)
    : rate_(per_second),
      burst_(std::max(1.0, per_second)),
      now_(now ? std::move(now) : std::function<Clock::time_point()>([] { return Clock::now(); })),
      sleep_(sleep ? std::move(sleep) : std::function<void(Clock::duration)>([](Clock::duration d) {
        std::this_thread::sleep_for(d);
      })),
      tokens_(1.0),  // the first message goes at once
      last_(now_()) {}

void RateLimiter::Acquire() {
  if (rate_ <= 0) return;
  for (;;) {
    const Clock::time_point t = now_();
    tokens_ = std::min(burst_, tokens_ + std::chrono::duration<double>(t - last_).count() * rate_);
    last_ = t;
    if (tokens_ >= 1.0) {
      tokens_ -= 1.0;
      return;
    }
    sleep_(std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>((1.0 - tokens_) / rate_)));
  }
}

}  // namespace bs::mail
