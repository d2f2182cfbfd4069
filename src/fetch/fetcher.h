// HTTP fetching with libcurl multi: concurrent across hosts, polite per host.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/time.h"

namespace bs {

struct FetchOptions {
  std::string user_agent;          // default: "Broadsheet/<version> (+homepage)"
  long connect_timeout_ms = 10'000;
  long total_timeout_ms = 30'000;
  long max_redirects = 5;
  std::size_t max_body_bytes = 16u << 20;  // decoded body cap
  int max_connections_per_host = 2;
  long per_host_delay_ms = 1'000;  // gap between request starts on one host
  int max_total_connections = 32;
  bool honour_robots = true;
};

struct FetchRequest {
  std::string url;
  std::string etag;           // for If-None-Match
  std::string last_modified;  // for If-Modified-Since
  // Loopback, private and link-local addresses are refused unless true.
  bool allow_private_addresses = false;
};

struct FetchResponse {
  long http_status = 0;
  bool not_modified = false;  // 304
  std::string final_url;      // after redirects
  std::string content_type;
  std::string etag;
  std::string last_modified;
  std::string body;           // decoded (gzip/deflate/br undone)
};

class Fetcher {
 public:
  explicit Fetcher(FetchOptions options);
  ~Fetcher();
  Fetcher(const Fetcher&) = delete;
  Fetcher& operator=(const Fetcher&) = delete;

  // Fetches all requests concurrently, obeying per-host limits and robots.txt,
  // and calls `done(index, result)` on the calling thread as each finishes.
  // Any HTTP answer (including 4xx/5xx and 304) is an OK result carrying
  // http_status; errors are transport failures (kNetworkError), broken limits
  // (kLimitExceeded: size, redirects, time) and policy (kRefused: robots.txt,
  // private address, non-http scheme).
  void FetchAll(const std::vector<FetchRequest>& requests,
                const std::function<void(std::size_t, Result<FetchResponse>)>& done);

  Result<FetchResponse> Fetch(const FetchRequest& request);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace bs
