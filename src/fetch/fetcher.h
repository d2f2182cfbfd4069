// HTTP fetching with libcurl multi: concurrent across hosts, polite per host.
//
// Politeness: per origin (scheme, host, port) at most
// `max_connections_per_host` requests are in flight and request starts are at
// least `per_host_delay_ms` apart (or the robots.txt Crawl-delay, if larger,
// capped at 60 s); `max_total_connections` bounds everything.
//
// robots.txt is fetched once per origin (and address policy) per Fetcher
// lifetime, under the same politeness, before any other request to that
// origin. Following RFC 9309: 2xx -> parsed; 4xx (and redirect chains that end
// nowhere) -> allow all; 5xx, network failure or timeout -> disallow all for
// the rest of this Fetcher's life. Each hop of a redirect chain is scheduled
// as a request of its own: checked against its origin's robots.txt and
// spaced by that origin's politeness, like a first request.
//
// SSRF guard: every socket is vetted at open time (after DNS, so redirects and
// DNS rebinding are covered) and every reused connection before its request;
// refused addresses never see a packet. See address_policy.h for the classes.
//
// Timeouts: hitting `total_timeout_ms` gives kLimitExceeded; a connect
// timeout (or any other transport failure) gives kNetworkError.
//
// Thread-safety: a Fetcher is used by one thread at a time. It owns its curl
// handles; requests and the `done` callback are borrowed for the duration of
// the call. `done` must not call back into the same Fetcher.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/time.h"
#include "fetch/address_policy.h"

namespace bs {

struct FetchOptions {
  std::string user_agent;          // empty: DefaultUserAgent(contact_url)
  long connect_timeout_ms = 10'000;
  long total_timeout_ms = 30'000;
  long max_redirects = 5;
  std::size_t max_body_bytes = 16u << 20;  // decoded body cap
  int max_connections_per_host = 2;
  long per_host_delay_ms = 1'000;  // gap between request starts on one host
  int max_total_connections = 32;
  bool honour_robots = true;
  // Appended to the default User-Agent as " (+<contact_url>)" so site owners
  // can reach the operator. Ignored when `user_agent` is set.
  std::string contact_url;
};

struct FetchRequest {
  std::string url;
  std::string etag;           // for If-None-Match
  std::string last_modified;  // for If-Modified-Since
  // Loopback, private and link-local addresses are refused unless true.
  // true is the same as address_policy = kAllowPrivate.
  bool allow_private_addresses = false;
  // Finer control for sources on the operator's own machine: kAllowLoopback
  // reaches 127.0.0.1 but still refuses e.g. a redirect into 10/8.
  AddressPolicy address_policy = AddressPolicy::kPublicOnly;
};

// The policy a request is fetched under (the more permissive of the two fields).
AddressPolicy EffectivePolicy(const FetchRequest& request);

// "Broadsheet/<version>" plus " (+contact)" when given.
std::string DefaultUserAgent(const std::string& contact_url);

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
