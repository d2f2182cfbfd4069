// Slows password guessing on /admin/login: after kMaxFailures failed
// attempts within kWindowSeconds from one client address, or against one
// username, further attempts from that address / for that username are
// refused until the window has passed. Counting both stops one client trying
// many names and many clients trying one name. A success clears the
// username's count and the address's count.
//
// In memory only: a restart forgets counts, which the argon2 cost makes an
// acceptable trade for not writing to the database on every failure.
//
// Thread-safe (one mutex; the critical sections are tiny).
#pragma once

#include <cstddef>
#include <map>
#include <mutex>
#include <string>

#include "core/time.h"

namespace bs::web {

class LoginThrottle {
 public:
  static constexpr int kMaxFailures = 5;
  static constexpr Timestamp kWindowSeconds = 15 * 60;
  // Bounds memory under a flood of distinct addresses/usernames; when full,
  // expired entries are dropped, and if none are, the oldest one.
  static constexpr std::size_t kMaxTracked = 10'000;

  // True when an attempt from `address` for `username` may proceed.
  bool Allowed(const std::string& address, const std::string& username, Timestamp now);
  void RecordFailure(const std::string& address, const std::string& username, Timestamp now);
  void RecordSuccess(const std::string& address, const std::string& username);

 private:
  struct Entry {
    int failures = 0;
    Timestamp window_start = 0;
  };
  bool Blocked(const std::string& key, Timestamp now) const;
  void Fail(const std::string& key, Timestamp now);

  std::mutex mu_;
  std::map<std::string, Entry> entries_;  // "ip:<addr>" or "user:<lowercased name>"
};

}  // namespace bs::web
