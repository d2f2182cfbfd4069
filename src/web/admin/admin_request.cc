#include "web/admin/admin_request.h"

#include <cctype>

#include "web/percent_decode.h"

namespace bs::web {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<std::map<std::string, std::string>> ParseAdminForm(const HttpRequest& req) {
  std::string_view type = req.Header("content-type");
  type = Trim(type.substr(0, type.find(';')));
  if (Lower(type) != "application/x-www-form-urlencoded") return std::nullopt;
  if (req.body.size() > kMaxAdminFormBytes) return std::nullopt;
  std::map<std::string, std::string> out;
  for (auto& [k, v] : ParseQuery(req.body)) out.emplace(std::move(k), std::move(v));
  return out;
}

std::string SessionCookieValue(const HttpRequest& req) { return CookieValue(req, kSessionCookie); }

std::string CookieValue(const HttpRequest& req, std::string_view name) {
  std::string_view header = req.Header("cookie");
  while (!header.empty()) {
    const std::size_t semi = header.find(';');
    std::string_view part = Trim(header.substr(0, semi));
    header = semi == std::string_view::npos ? std::string_view() : header.substr(semi + 1);
    const std::size_t eq = part.find('=');
    if (eq == std::string_view::npos || Trim(part.substr(0, eq)) != name) continue;
    return std::string(Trim(part.substr(eq + 1)));
  }
  return "";
}

std::string OriginOf(std::string_view url) {
  const std::size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return "";
  const std::string scheme = Lower(url.substr(0, scheme_end));
  if (scheme != "http" && scheme != "https") return "";
  std::string_view rest = url.substr(scheme_end + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (rest.empty() || rest.find('@') != std::string_view::npos) return "";
  std::string host = Lower(rest);
  // The default port names the same origin as no port.
  if (scheme == "https" && host.ends_with(":443")) host.resize(host.size() - 4);
  if (scheme == "http" && host.ends_with(":80")) host.resize(host.size() - 3);
  return scheme + "://" + host;
}

bool SameOriginRequest(const HttpRequest& req, const std::string& base_url) {
  if (Lower(req.Header("sec-fetch-site")) == "cross-site") return false;
  std::string site = OriginOf(base_url);
  const std::string& origin = req.Header("origin");
  const std::string& referer = req.Header("referer");
  if (origin.empty() && referer.empty()) return true;
  auto matches = [&](const std::string& seen) {
    if (seen.empty()) return false;
    if (!site.empty()) return seen == site;
    // No configured origin: accept the origin the browser addressed, on
    // either scheme (a TLS-terminating proxy may sit in front).
    const std::string host = Lower(req.Header("host"));
    return !host.empty() && (seen == "http://" + host || seen == "https://" + host);
  };
  if (!origin.empty()) return matches(OriginOf(origin));  // "null" has no origin: refused
  return matches(OriginOf(referer));
}

}  // namespace bs::web
