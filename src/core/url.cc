// URL parsing on libcurl's URL API (CURLU). Every function parses afresh into
// its own handle, so all of them are thread-safe and hold no state.
#include "core/url.h"

#include <curl/curl.h>

#include <algorithm>
#include <array>
#include <memory>

#include "core/ascii.h"

namespace bs {
namespace {

// Real article and asset URLs stay well under 2 KiB; browsers and servers
// commonly refuse beyond ~8 KiB, so anything longer is broken markup or abuse.
constexpr std::size_t kMaxUrlLength = 8 * 1024;

// Query parameters that only identify a campaign or click, never content.
// Exact names, compared case-insensitively; any "utm_" prefix also matches.
constexpr std::array<std::string_view, 16> kTrackingParams = {
    "fbclid", "gclid",   "dclid",  "gclsrc", "msclkid", "mc_cid",  "mc_eid",  "yclid",
    "_ga",    "_gl",     "igshid", "ref_src", "cmpid", "twclid", "ttclid", "wt.mc_id",
};
constexpr std::string_view kTrackingPrefix = "utm_";

struct CurlUrlDeleter {
  void operator()(CURLU* u) const { curl_url_cleanup(u); }
};
using UrlHandle = std::unique_ptr<CURLU, CurlUrlDeleter>;

struct CurlFreeDeleter {
  void operator()(char* p) const { curl_free(p); }
};
using CurlString = std::unique_ptr<char, CurlFreeDeleter>;

// Spaces are accepted (and percent-encoded, with raw non-ASCII bytes) because
// feeds and hand-written HTML contain them far more often than they should.
constexpr unsigned kSetFlags = CURLU_ALLOW_SPACE | CURLU_URLENCODE;

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Trims surrounding whitespace and drops tabs and newlines anywhere, as
// browsers do: links in feeds and HTML are often wrapped across lines.
// Returns nullopt for inputs that are too long or carry a NUL (curl takes C
// strings, so a NUL would silently truncate the URL).
std::optional<std::string> CleanInput(std::string_view s) {
  if (s.size() > kMaxUrlLength) return std::nullopt;
  if (s.find('\0') != std::string_view::npos) return std::nullopt;
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  std::string out;
  out.reserve(s.size());
  for (char c : s)
    if (c != '\t' && c != '\n' && c != '\r') out.push_back(c);
  return out;
}

std::optional<std::string> GetPart(CURLU* u, CURLUPart part, unsigned flags = 0) {
  char* raw = nullptr;
  if (curl_url_get(u, part, &raw, flags) != CURLUE_OK || raw == nullptr) return std::nullopt;
  CurlString owned(raw);
  return std::string(owned.get());
}

bool IsHttpScheme(CURLU* u) {
  auto scheme = GetPart(u, CURLUPART_SCHEME);
  return scheme && (*scheme == "http" || *scheme == "https");
}

// Parses an absolute http(s) URL with a host, or returns null.
UrlHandle ParseHttp(std::string_view text) {
  auto clean = CleanInput(text);
  if (!clean || clean->empty()) return nullptr;
  UrlHandle u(curl_url());
  if (!u) return nullptr;
  if (curl_url_set(u.get(), CURLUPART_URL, clean->c_str(), kSetFlags) != CURLUE_OK) return nullptr;
  if (!IsHttpScheme(u.get())) return nullptr;
  auto host = GetPart(u.get(), CURLUPART_HOST);
  if (!host || host->empty()) return nullptr;
  return u;
}

// Full URL text, default port dropped; bounded like the inputs.
std::optional<std::string> Serialise(CURLU* u) {
  auto out = GetPart(u, CURLUPART_URL, CURLU_NO_DEFAULT_PORT);
  if (!out || out->size() > kMaxUrlLength) return std::nullopt;
  return out;
}

bool IsTrackingParam(std::string_view key) {
  const std::string k = AsciiLower(key);
  if (k.compare(0, kTrackingPrefix.size(), kTrackingPrefix) == 0) return true;
  return std::find(kTrackingParams.begin(), kTrackingParams.end(), k) != kTrackingParams.end();
}

// Rebuilds the raw (still percent-encoded) query without tracking parameters
// and empty "&&" pieces, keeping the rest in order.
std::string FilterQuery(std::string_view query) {
  std::string out;
  while (!query.empty()) {
    std::size_t amp = query.find('&');
    std::string_view piece = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (piece.empty()) continue;
    if (IsTrackingParam(piece.substr(0, piece.find('=')))) continue;
    if (!out.empty()) out.push_back('&');
    out.append(piece);
  }
  return out;
}

// RFC 3986 6.2.2.1: hex digits in percent-escapes are case-insensitive and
// uppercase is the normal form. curl emits lowercase for bytes it encodes
// itself and keeps what it was given elsewhere, so "%c3%a9" and "%C3%A9"
// would otherwise be two different article keys.
std::string UppercaseEscapes(std::string s) {
  auto is_hex = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  };
  for (std::size_t i = 0; i + 2 < s.size(); ++i) {
    if (s[i] != '%' || !is_hex(s[i + 1]) || !is_hex(s[i + 2])) continue;
    for (std::size_t j = i + 1; j <= i + 2; ++j)
      if (s[j] >= 'a' && s[j] <= 'f') s[j] = static_cast<char>(s[j] - 'a' + 'A');
    i += 2;
  }
  return s;
}

}  // namespace

std::optional<std::string> ResolveUrl(std::string_view base, std::string_view ref) {
  UrlHandle u = ParseHttp(base);
  if (!u) return std::nullopt;
  auto clean = CleanInput(ref);
  if (!clean) return std::nullopt;
  // RFC 3986 5.2.2: an empty reference is the base itself, and a
  // fragment-only one keeps the base's path and query. curl 7.88 gets both
  // wrong (it drops the last path segment), so they are handled here.
  if (clean->empty() || clean->front() == '#') {
    const char* fragment = clean->size() > 1 ? clean->c_str() + 1 : nullptr;
    if (curl_url_set(u.get(), CURLUPART_FRAGMENT, fragment, kSetFlags) != CURLUE_OK)
      return std::nullopt;
    return Serialise(u.get());
  }
  if (curl_url_set(u.get(), CURLUPART_URL, clean->c_str(), kSetFlags) != CURLUE_OK)
    return std::nullopt;
  if (!IsHttpScheme(u.get())) return std::nullopt;
  auto host = GetPart(u.get(), CURLUPART_HOST);
  if (!host || host->empty()) return std::nullopt;
  return Serialise(u.get());
}

std::optional<std::string> CanonicalizeUrl(std::string_view url) {
  UrlHandle u = ParseHttp(url);
  if (!u) return std::nullopt;
  CURLU* h = u.get();
  // curl lowercases the scheme but keeps the host's case. Only ASCII is
  // folded: non-ASCII (IDN) hosts stay as written, since curl 7.88's punycode
  // conversion is unreliable.
  auto host = GetPart(h, CURLUPART_HOST);
  if (!host) return std::nullopt;
  if (curl_url_set(h, CURLUPART_HOST, AsciiLower(*host).c_str(), 0) != CURLUE_OK)
    return std::nullopt;
  // Credentials never belong in a stored, displayed article key.
  curl_url_set(h, CURLUPART_USER, nullptr, 0);
  curl_url_set(h, CURLUPART_PASSWORD, nullptr, 0);
  curl_url_set(h, CURLUPART_FRAGMENT, nullptr, 0);
  if (auto query = GetPart(h, CURLUPART_QUERY)) {
    std::string kept = FilterQuery(*query);
    if (curl_url_set(h, CURLUPART_QUERY, kept.empty() ? nullptr : kept.c_str(), 0) != CURLUE_OK)
      return std::nullopt;
  }
  auto out = Serialise(h);
  if (!out) return std::nullopt;
  return UppercaseEscapes(std::move(*out));
}

std::optional<std::string> UrlHost(std::string_view url) {
  UrlHandle u = ParseHttp(url);
  if (!u) return std::nullopt;
  auto host = GetPart(u.get(), CURLUPART_HOST);
  if (!host) return std::nullopt;
  return AsciiLower(*host);
}

std::optional<std::string> UrlOrigin(std::string_view url) {
  UrlHandle u = ParseHttp(url);
  if (!u) return std::nullopt;
  auto scheme = GetPart(u.get(), CURLUPART_SCHEME);
  auto host = GetPart(u.get(), CURLUPART_HOST);
  if (!scheme || !host) return std::nullopt;
  std::string out = *scheme + "://" + AsciiLower(*host);
  // With CURLU_NO_DEFAULT_PORT curl reports no port when it is the scheme's.
  if (auto port = GetPart(u.get(), CURLUPART_PORT, CURLU_NO_DEFAULT_PORT)) out += ":" + *port;
  return out;
}

std::optional<std::string> UrlPathAndQuery(std::string_view url) {
  UrlHandle u = ParseHttp(url);
  if (!u) return std::nullopt;
  std::string out = GetPart(u.get(), CURLUPART_PATH).value_or("/");
  if (out.empty()) out = "/";
  if (auto query = GetPart(u.get(), CURLUPART_QUERY); query && !query->empty())
    out += "?" + *query;
  return out;
}

bool IsHttpUrl(std::string_view url) { return ParseHttp(url) != nullptr; }

}  // namespace bs
