#include "fetch/fetcher.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <map>
#include <optional>
#include <utility>

#include "fetch/curl_handles.h"
#include "fetch/robots.h"
#include "fetch/target.h"
#include "fetch/transfer.h"

namespace bs {

using fetch_internal::CurlMultiPtr;
using fetch_internal::FetchTarget;
using fetch_internal::Transfer;
using fetch_internal::TransferSpec;
using Clock = std::chrono::steady_clock;

namespace {

// The scheduler wakes at least this often even when curl reports nothing, so
// a missed wakeup can only cost this much latency.
constexpr long kMaxPollMs = 500;
// Per-origin state (robots rules, politeness clock) is kept for the Fetcher's
// lifetime; past this many origins it is dropped and rebuilt, which costs one
// extra robots.txt fetch per origin but bounds memory.
constexpr std::size_t kMaxRememberedOrigins = 10'000;

std::string RobotsKey(const std::string& origin, AddressPolicy policy) {
  return origin + '#' + std::to_string(static_cast<int>(policy));
}

// RFC 9309 section 2.3.1: what a robots.txt fetch outcome means. `why` is set
// when the outcome (rather than the file's rules) shuts the whole site.
RobotsRules RobotsFromOutcome(CURLcode code, const Result<FetchResponse>& r, std::string& why) {
  if (!r.ok()) {
    // A redirect chain that ends nowhere usable counts as "unavailable"
    // (allow all); anything else means the site is unreachable (disallow).
    if (code == CURLE_TOO_MANY_REDIRECTS || code == CURLE_UNSUPPORTED_PROTOCOL) {
      return RobotsRules::AllowAll();
    }
    why = "robots.txt could not be fetched (" + r.status().ToString() + ")";
    return RobotsRules::DisallowAll();
  }
  const long status = r->http_status;
  if (status >= 200 && status < 300) return ParseRobots(r->body);
  // 429 asks us to back off: treated like a server error, as major crawlers do.
  if (status == 429 || status >= 500) {
    why = "robots.txt answered HTTP " + std::to_string(status);
    return RobotsRules::DisallowAll();
  }
  return RobotsRules::AllowAll();  // 4xx and odd leftovers: no robots.txt
}

}  // namespace

AddressPolicy EffectivePolicy(const FetchRequest& request) {
  return request.allow_private_addresses ? AddressPolicy::kAllowPrivate : request.address_policy;
}

std::string DefaultUserAgent(const std::string& contact_url) {
  std::string ua = std::string("Broadsheet/") + BROADSHEET_VERSION;
  if (!contact_url.empty()) ua += " (+" + contact_url + ")";
  return ua;
}

struct Fetcher::Impl {
  struct HostState {
    int in_flight = 0;
    Clock::time_point next_start{};
    double crawl_delay_seconds = 0;
  };
  enum class RobotsState { kUnknown, kFetching, kReady };
  struct RobotsEntry {
    RobotsState state = RobotsState::kUnknown;
    RobotsRules rules;
    std::string why_disallow_all;  // for error messages; see RobotsFromOutcome
  };
  struct Pending {
    std::size_t index;
    FetchTarget target;
    const FetchRequest* request;  // borrowed from FetchAll's argument
    long hops = 0;                // redirects followed to reach `target`
  };
  // Requests of one origin under one address policy, in submission order.
  struct Queue {
    std::string origin;
    AddressPolicy policy = AddressPolicy::kPublicOnly;
    std::deque<Pending> items;
  };
  struct Active {
    std::unique_ptr<Transfer> transfer;
    std::size_t index = 0;
    std::string queue_key;
    std::string origin;
    bool is_robots = false;
    const FetchRequest* request = nullptr;  // page requests only
    long hops = 0;
  };
  using Done = std::function<void(std::size_t, Result<FetchResponse>)>;

  FetchOptions options;
  std::string user_agent;
  CurlMultiPtr multi;
  std::map<std::string, HostState> hosts;     // by origin
  std::map<std::string, RobotsEntry> robots;  // by RobotsKey
  std::map<CURL*, Active> active;

  Clock::duration HostDelay(const HostState& h) const {
    const double ms =
        std::max(static_cast<double>(options.per_host_delay_ms), h.crawl_delay_seconds * 1000.0);
    return std::chrono::milliseconds(static_cast<long>(ms));
  }

  Status StartTransfer(const TransferSpec& spec, Active entry) {
    Result<std::unique_ptr<Transfer>> t = Transfer::Create(spec, options, user_agent);
    if (!t.ok()) return t.status();
    Status s = (*t)->Attach(multi.get());
    if (!s.ok()) return s;
    CURL* easy = (*t)->easy();
    entry.transfer = std::move(*t);
    active.emplace(easy, std::move(entry));
    return Status::Ok();
  }

  // Starts whatever politeness allows; returns when the next start becomes
  // possible (time_point::max() if only a completion can unblock things).
  Clock::time_point StartReady(std::map<std::string, Queue>& queues, const Done& done) {
    const Clock::time_point now = Clock::now();
    Clock::time_point wake = Clock::time_point::max();
    for (auto& [key, q] : queues) {
      while (!q.items.empty()) {
        if (active.size() >= static_cast<std::size_t>(options.max_total_connections)) return wake;
        RobotsEntry* rb = options.honour_robots ? &robots[key] : nullptr;
        if (rb != nullptr && rb->state == RobotsState::kFetching) break;
        if (rb != nullptr && rb->state == RobotsState::kReady &&
            !RobotsAllows(rb->rules, q.items.front().target.path_and_query)) {
          Pending p = std::move(q.items.front());
          q.items.pop_front();
          done(p.index,
               Status::Refused(rb->why_disallow_all.empty()
                                   ? "refused: robots.txt of " + q.origin + " disallows " +
                                         p.target.url
                                   : "refused: " + p.target.url + ": " + rb->why_disallow_all +
                                         ", so the site is off limits for this run"));
          continue;
        }
        HostState& h = hosts[q.origin];
        if (h.in_flight >= options.max_connections_per_host) break;
        if (now < h.next_start) {
          wake = std::min(wake, h.next_start);
          break;
        }
        h.in_flight++;
        h.next_start = now + HostDelay(h);
        if (rb != nullptr && rb->state == RobotsState::kUnknown) {
          TransferSpec spec;
          spec.url = q.origin + "/robots.txt";
          spec.policy = q.policy;
          spec.truncate_body = true;
          spec.max_body_bytes = kMaxRobotsBytes;
          Status s = StartTransfer(spec, Active{nullptr, 0, key, q.origin, true});
          if (!s.ok()) {
            h.in_flight--;
            FailQueue(
                q, [&](const Pending&) { return s; }, done);
            break;
          }
          rb->state = RobotsState::kFetching;
          continue;
        }
        Pending p = std::move(q.items.front());
        q.items.pop_front();
        TransferSpec spec;
        spec.url = p.target.url;
        spec.etag = p.request->etag;
        spec.last_modified = p.request->last_modified;
        spec.policy = q.policy;
        spec.max_body_bytes = options.max_body_bytes;
        spec.follow_redirects = false;  // each hop comes back through this queue
        Status s = StartTransfer(spec, Active{nullptr, p.index, key, q.origin, false, p.request,
                                              p.hops});
        if (!s.ok()) {
          h.in_flight--;
          done(p.index, s);
        }
      }
    }
    return wake;
  }

  template <typename MakeStatus>
  static void FailQueue(Queue& q, MakeStatus make_status, const Done& done) {
    while (!q.items.empty()) {
      Pending p = std::move(q.items.front());
      q.items.pop_front();
      done(p.index, make_status(p));
    }
  }

  void Complete(CURL* easy, CURLcode code, std::map<std::string, Queue>& queues, const Done& done) {
    auto it = active.find(easy);
    if (it == active.end()) return;  // not ours; cannot happen with a private multi handle
    Active a = std::move(it->second);
    active.erase(it);
    hosts[a.origin].in_flight--;
    Result<FetchResponse> result = a.transfer->Finish(code);
    const bool address_refused = !result.ok() && a.transfer->refused();
    const AddressClass refused_class = a.transfer->refused_class();
    const std::string refused_ip = a.transfer->refused_ip();
    const std::string redirect = a.transfer->redirect_url();
    a.transfer.reset();  // detach before running user code

    if (!a.is_robots) {
      if (result.ok() && !redirect.empty()) {
        FollowRedirect(a, redirect, queues, done);
      } else {
        done(a.index, std::move(result));
      }
      return;
    }
    RobotsEntry& rb = robots[a.queue_key];
    Queue& q = queues[a.queue_key];
    if (address_refused) {
      // Every request waiting on this origin would hit the same wall. Not
      // cached: DNS may say otherwise next time.
      rb.state = RobotsState::kUnknown;
      FailQueue(
          q,
          [&](const Pending& p) {
            return Status::Refused(
                fetch_internal::AddressRefusalMessage(p.target.url, refused_class, refused_ip));
          },
          done);
      return;
    }
    rb.why_disallow_all.clear();
    rb.rules = RobotsFromOutcome(code, result, rb.why_disallow_all);
    rb.state = RobotsState::kReady;
    hosts[a.origin].crawl_delay_seconds = rb.rules.crawl_delay_seconds;
  }

  // Queues `target` for request `index`, reached after `hops` redirects, or
  // reports why it cannot be fetched at all.
  static void Enqueue(std::size_t index, const FetchRequest* request, Result<FetchTarget> target,
                      long hops, std::map<std::string, Queue>& queues, const Done& done) {
    if (!target.ok()) {
      done(index, target.status());
      return;
    }
    const AddressPolicy policy = EffectivePolicy(*request);
    // An IP literal can be judged before anything (robots.txt included) is sent.
    const AddressClass literal = ClassifyAddressText(target->host);
    if (literal != AddressClass::kUnsupported && !AddressAllowed(policy, literal)) {
      done(index, Status::Refused(
                      fetch_internal::AddressRefusalMessage(target->url, literal, target->host)));
      return;
    }
    Queue& q = queues[RobotsKey(target->origin, policy)];
    q.origin = target->origin;
    q.policy = policy;
    q.items.push_back(Pending{index, std::move(*target), request, hops});
  }

  void FollowRedirect(const Active& a, const std::string& location,
                      std::map<std::string, Queue>& queues, const Done& done) {
    if (a.hops >= options.max_redirects) {
      done(a.index, Status::LimitExceeded("more than " + std::to_string(options.max_redirects) +
                                          " redirects fetching " + a.request->url));
      return;
    }
    Result<FetchTarget> target = fetch_internal::ParseTarget(location);
    if (!target.ok() && target.status().code() == Status::Code::kRefused) {
      target = Status::Refused("refused: " + a.request->url + " redirects to a non-http(s) URL");
    }
    Enqueue(a.index, a.request, std::move(target), a.hops + 1, queues, done);
  }

  void FetchAll(const std::vector<FetchRequest>& requests, const Done& done) {
    // State left over from a call that unwound (a throwing `done`).
    active.clear();
    for (auto& [origin, h] : hosts) h.in_flight = 0;
    for (auto& [key, rb] : robots) {
      if (rb.state == RobotsState::kFetching) rb.state = RobotsState::kUnknown;
    }
    if (robots.size() > kMaxRememberedOrigins) robots.clear();
    if (hosts.size() > kMaxRememberedOrigins) hosts.clear();

    std::map<std::string, Queue> queues;
    for (std::size_t i = 0; i < requests.size(); ++i) {
      Enqueue(i, &requests[i], fetch_internal::ParseTarget(requests[i].url), 0, queues, done);
    }

    while (true) {
      const Clock::time_point wake = StartReady(queues, done);
      const bool waiting = std::any_of(queues.begin(), queues.end(),
                                       [](const auto& kv) { return !kv.second.items.empty(); });
      if (active.empty() && !waiting) break;
      if (active.empty() && wake == Clock::time_point::max()) {
        // Nothing running and nothing schedulable: a bug, but never hang on it.
        for (auto& [key, q] : queues) {
          FailQueue(
              q, [](const Pending&) { return Status::Internal("fetch scheduler stalled"); }, done);
        }
        break;
      }
      int running = 0;
      curl_multi_perform(multi.get(), &running);
      bool finished_any = false;
      int left = 0;
      while (CURLMsg* msg = curl_multi_info_read(multi.get(), &left)) {
        if (msg->msg != CURLMSG_DONE) continue;
        // Copy out first: Complete() removes the handle, invalidating `msg`.
        CURL* easy = msg->easy_handle;
        const CURLcode code = msg->data.result;
        Complete(easy, code, queues, done);
        finished_any = true;
      }
      if (finished_any) continue;  // slots freed: schedule before sleeping
      long timeout_ms = kMaxPollMs;
      if (wake != Clock::time_point::max()) {
        const auto until =
            std::chrono::duration_cast<std::chrono::milliseconds>(wake - Clock::now());
        timeout_ms = std::clamp<long>(until.count() + 1, 0, kMaxPollMs);
      }
      curl_multi_poll(multi.get(), nullptr, 0, static_cast<int>(timeout_ms), nullptr);
    }
  }
};

Fetcher::Fetcher(FetchOptions options) : impl_(std::make_unique<Impl>()) {
  fetch_internal::EnsureCurlGlobalInit();
  // Nonsensical limits would stall the scheduler; clamp them to the minimum.
  options.max_connections_per_host = std::max(1, options.max_connections_per_host);
  options.max_total_connections = std::max(1, options.max_total_connections);
  options.per_host_delay_ms = std::max(0L, options.per_host_delay_ms);
  impl_->user_agent =
      options.user_agent.empty() ? DefaultUserAgent(options.contact_url) : options.user_agent;
  impl_->options = std::move(options);
  impl_->multi.reset(curl_multi_init());
  if (impl_->multi) {
    curl_multi_setopt(impl_->multi.get(), CURLMOPT_MAX_TOTAL_CONNECTIONS,
                      static_cast<long>(impl_->options.max_total_connections));
    curl_multi_setopt(impl_->multi.get(), CURLMOPT_MAX_HOST_CONNECTIONS,
                      static_cast<long>(impl_->options.max_connections_per_host));
  }
}

Fetcher::~Fetcher() {
  // Transfers must leave the multi handle before it is cleaned up.
  if (impl_) impl_->active.clear();
}

void Fetcher::FetchAll(const std::vector<FetchRequest>& requests,
                       const std::function<void(std::size_t, Result<FetchResponse>)>& done) {
  if (!impl_->multi) {
    for (std::size_t i = 0; i < requests.size(); ++i) {
      done(i, Status::Internal("curl_multi_init failed"));
    }
    return;
  }
  impl_->FetchAll(requests, done);
}

Result<FetchResponse> Fetcher::Fetch(const FetchRequest& request) {
  std::optional<Result<FetchResponse>> out;
  FetchAll({request}, [&](std::size_t, Result<FetchResponse> r) { out.emplace(std::move(r)); });
  if (!out) return Status::Internal("fetch finished without a result");
  return *std::move(out);
}

}  // namespace bs
