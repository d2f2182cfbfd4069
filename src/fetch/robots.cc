#include "fetch/robots.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

namespace bs {
namespace {

// A robots.txt with more rules than this is hostile or broken; the excess is
// dropped (fail-open on the excess, like truncating at kMaxRobotsBytes).
constexpr std::size_t kMaxRules = 10'000;
// Longer patterns cannot be meaningful and would make matching costly.
constexpr std::size_t kMaxPatternBytes = 2'048;
// Crawl-delay above this would starve a source; cap instead of obeying blindly.
constexpr double kMaxCrawlDelaySeconds = 60;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool IsUnreserved(unsigned char c) {
  return std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

// Brings patterns and paths to one spelling so that "/%7Ea" matches "/~a" and
// a UTF-8 pattern matches its percent-encoded path: unreserved characters are
// decoded, every other escape is upper-cased, raw non-ASCII bytes are encoded.
std::string NormalizeEncoding(std::string_view s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '%' && i + 2 < s.size() && HexValue(s[i + 1]) >= 0 && HexValue(s[i + 2]) >= 0) {
      const unsigned char decoded =
          static_cast<unsigned char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2]));
      if (IsUnreserved(decoded)) {
        out.push_back(static_cast<char>(decoded));
      } else {
        out.push_back('%');
        out.push_back(kHex[decoded >> 4]);
        out.push_back(kHex[decoded & 0xf]);
      }
      i += 2;
    } else if (c >= 0x80 || c <= 0x20) {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0xf]);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

// First word of a User-agent value, e.g. "Broadsheet/1.0 (x)" -> "broadsheet".
std::string AgentProduct(std::string_view value) {
  std::size_t end = 0;
  while (end < value.size() && value[end] != ' ' && value[end] != '\t' && value[end] != '/') ++end;
  return Lower(value.substr(0, end));
}

struct Group {
  std::vector<std::string> agents;  // lowercased product tokens
  std::vector<RobotsRule> rules;
  double crawl_delay = 0;
};

}  // namespace

bool RobotsPatternMatches(std::string_view pattern, std::string_view path) {
  bool anchored = false;
  if (!pattern.empty() && pattern.back() == '$') {
    anchored = true;
    pattern.remove_suffix(1);
  }
  // Iterative glob match: on mismatch, let the last '*' absorb one more byte.
  // Worst case O(|pattern| * |path|), bounded by kMaxPatternBytes.
  std::size_t i = 0, j = 0;
  std::size_t star = std::string_view::npos, mark = 0;
  while (i < path.size()) {
    if (!anchored && j == pattern.size()) return true;  // prefix match suffices
    if (j < pattern.size() && pattern[j] == '*') {
      star = j++;
      mark = i;
    } else if (j < pattern.size() && pattern[j] == path[i]) {
      ++i;
      ++j;
    } else if (star != std::string_view::npos) {
      j = star + 1;
      i = ++mark;
    } else {
      return false;
    }
  }
  while (j < pattern.size() && pattern[j] == '*') ++j;
  return j == pattern.size();
}

RobotsRules ParseRobots(std::string_view body, std::string_view agent_token) {
  if (body.size() > kMaxRobotsBytes) body = body.substr(0, kMaxRobotsBytes);
  const std::string token = Lower(agent_token);

  std::vector<Group> groups;
  bool last_was_agent = false;
  std::size_t total_rules = 0;
  std::size_t pos = 0;
  while (pos < body.size()) {
    std::size_t end = body.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = body.substr(pos, end - pos);
    pos = end + 1;
    if (const std::size_t hash = line.find('#'); hash != std::string_view::npos) {
      line = line.substr(0, hash);
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;  // blank or junk line: ignored
    const std::string key = Lower(Trim(line.substr(0, colon)));
    const std::string_view value = Trim(line.substr(colon + 1));

    if (key == "user-agent" || key == "useragent" || key == "user agent") {
      if (!last_was_agent || groups.empty()) groups.emplace_back();
      groups.back().agents.push_back(value == "*" ? "*" : AgentProduct(value));
      last_was_agent = true;
      continue;
    }
    const bool is_allow = key == "allow";
    const bool is_disallow = key == "disallow" || key == "dissallow" || key == "disalow";
    const bool is_delay = key == "crawl-delay";
    if (!is_allow && !is_disallow && !is_delay) continue;  // sitemap, host, unknown keys
    // A rule line ends the User-agent run; rules before any group are ignored.
    last_was_agent = false;
    if (groups.empty()) continue;
    if (is_delay) {
      double seconds = 0;
      try {
        seconds = std::stod(std::string(value));
      } catch (...) {  // std::invalid_argument / out_of_range: a malformed value is ignored
        seconds = 0;
      }
      if (seconds > 0) groups.back().crawl_delay = std::min(seconds, kMaxCrawlDelaySeconds);
      continue;
    }
    // An empty Disallow means "nothing disallowed"; an empty Allow adds nothing.
    if (value.empty()) continue;
    if (value.front() != '/' && value.front() != '*') continue;  // not a path pattern
    if (value.size() > kMaxPatternBytes || total_rules >= kMaxRules) continue;
    groups.back().rules.push_back(RobotsRule{is_allow, NormalizeEncoding(value)});
    ++total_rules;
  }

  auto collect = [&](std::string_view agent) {
    RobotsRules out;
    bool found = false;
    for (const Group& g : groups) {
      if (std::find(g.agents.begin(), g.agents.end(), agent) == g.agents.end()) continue;
      found = true;
      out.rules.insert(out.rules.end(), g.rules.begin(), g.rules.end());
      out.crawl_delay_seconds = std::max(out.crawl_delay_seconds, g.crawl_delay);
    }
    return found ? std::optional<RobotsRules>(std::move(out)) : std::nullopt;
  };
  if (auto specific = collect(token)) return *std::move(specific);
  if (auto any = collect("*")) return *std::move(any);
  return RobotsRules::AllowAll();
}

bool RobotsAllows(const RobotsRules& rules, std::string_view path_and_query) {
  if (path_and_query == "/robots.txt") return true;
  if (rules.disallow_all) return false;
  if (rules.rules.empty()) return true;
  const std::string path = NormalizeEncoding(path_and_query.empty() ? "/" : path_and_query);
  std::size_t best_len = 0;
  bool best_allow = true;
  bool matched = false;
  for (const RobotsRule& rule : rules.rules) {
    if (!RobotsPatternMatches(rule.pattern, path)) continue;
    const std::size_t len = rule.pattern.size();
    if (!matched || len > best_len || (len == best_len && rule.allow && !best_allow)) {
      best_len = len;
      best_allow = rule.allow;
      matched = true;
    }
  }
  return matched ? best_allow : true;
}

}  // namespace bs
