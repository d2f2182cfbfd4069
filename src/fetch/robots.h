// robots.txt (RFC 9309) parsing and matching. Pure functions, no I/O;
// RobotsRules is an immutable value and safe to share between threads.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bs {

// The product token Broadsheet looks for in User-agent lines.
inline constexpr std::string_view kRobotsAgentToken = "broadsheet";

// Google and RFC 9309 both suggest parsing at least 500 KiB; anything past that
// is ignored so that a hostile robots.txt cannot cost unbounded memory/time.
inline constexpr std::size_t kMaxRobotsBytes = 512 * 1024;

struct RobotsRule {
  bool allow = false;
  std::string pattern;  // starts with '/' or '*'; may contain '*' and a final '$'
};

struct RobotsRules {
  // The rules of the group(s) that apply to our agent; empty = allow all.
  std::vector<RobotsRule> rules;
  // Set when the whole site is off limits regardless of rules (robots.txt
  // unreachable or answering 5xx).
  bool disallow_all = false;
  // Crawl-delay of the applicable group in seconds, 0 when absent. Not part of
  // RFC 9309 but widely used; the fetcher treats it as a minimum per-host gap.
  double crawl_delay_seconds = 0;

  static RobotsRules AllowAll() { return RobotsRules{}; }
  static RobotsRules DisallowAll() {
    RobotsRules r;
    r.disallow_all = true;
    return r;
  }
};

// Parses robots.txt `body` (only its first kMaxRobotsBytes) and returns the
// rules for `agent_token` (matched case-insensitively against the first word
// of each User-agent line), falling back to the "*" groups, else allow-all.
// Several groups naming the same agent are merged, as RFC 9309 requires.
RobotsRules ParseRobots(std::string_view body, std::string_view agent_token = kRobotsAgentToken);

// Whether `path_and_query` ("/a/b?c=d") may be fetched. The longest matching
// pattern wins; on a tie Allow wins; no match allows. "/robots.txt" is always
// allowed.
bool RobotsAllows(const RobotsRules& rules, std::string_view path_and_query);

// Whether `pattern` (with '*' and trailing '$' wildcards) matches a prefix of
// `path` (or all of it when anchored with '$'). Exposed for tests.
bool RobotsPatternMatches(std::string_view pattern, std::string_view path);

}  // namespace bs
