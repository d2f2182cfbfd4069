#include "web/auth/login_throttle.h"

#include <algorithm>
#include <cctype>

namespace bs::web {
namespace {

std::string UserKey(const std::string& username) {
  std::string k = "user:";
  // Usernames match case-insensitively in the store, so must the counts.
  for (unsigned char c : username) k.push_back(static_cast<char>(std::tolower(c)));
  return k;
}

}  // namespace

bool LoginThrottle::Blocked(const std::string& key, Timestamp now) const {
  auto it = entries_.find(key);
  return it != entries_.end() && now - it->second.window_start < kWindowSeconds &&
         it->second.failures >= kMaxFailures;
}

bool LoginThrottle::Allowed(const std::string& address, const std::string& username, Timestamp now) {
  std::lock_guard lock(mu_);
  return !Blocked("ip:" + address, now) && !Blocked(UserKey(username), now);
}

void LoginThrottle::Fail(const std::string& key, Timestamp now) {
  auto it = entries_.find(key);
  if (it == entries_.end()) {
    if (entries_.size() >= kMaxTracked) {
      std::erase_if(entries_, [&](const auto& e) { return now - e.second.window_start >= kWindowSeconds; });
      if (entries_.size() >= kMaxTracked) {
        auto oldest = std::min_element(entries_.begin(), entries_.end(), [](const auto& a, const auto& b) {
          return a.second.window_start < b.second.window_start;
        });
        entries_.erase(oldest);
      }
    }
    it = entries_.emplace(key, Entry{0, now}).first;
  }
  if (now - it->second.window_start >= kWindowSeconds) it->second = Entry{0, now};
  ++it->second.failures;
}

void LoginThrottle::RecordFailure(const std::string& address, const std::string& username, Timestamp now) {
  std::lock_guard lock(mu_);
  Fail("ip:" + address, now);
  Fail(UserKey(username), now);
}

void LoginThrottle::RecordSuccess(const std::string& address, const std::string& username) {
  std::lock_guard lock(mu_);
  entries_.erase("ip:" + address);
  entries_.erase(UserKey(username));
}

}  // namespace bs::web
