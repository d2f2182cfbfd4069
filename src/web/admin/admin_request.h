// Request checks for the /admin desk: bounded form parsing, the session
// cookie, and the same-origin check on state-changing requests.
//
// Pure functions; safe from any thread.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "web/http_server.h"

namespace bs::web {

inline constexpr char kSessionCookie[] = "bs_session";

// Admin forms are small; the server's 1 MiB cap is for the public site's
// needs, the desk refuses anything larger than this before parsing.
inline constexpr std::size_t kMaxAdminFormBytes = 64 * 1024;

// Decoded fields of an application/x-www-form-urlencoded body; the first of
// repeated names wins. nullopt when the content type is another one or the
// body is larger than kMaxAdminFormBytes.
std::optional<std::map<std::string, std::string>> ParseAdminForm(const HttpRequest& req);

// The bs_session value from the Cookie header, or "".
std::string SessionCookieValue(const HttpRequest& req);
// The value of cookie `name`, or "".
std::string CookieValue(const HttpRequest& req, std::string_view name);

// "scheme://host[:port]" of an absolute http(s) URL, lowercased; "" if none.
std::string OriginOf(std::string_view url);

// True unless the request says it comes from another origin: Origin (when
// present) must equal the site's origin, else Referer (when present) must
// start with it; Sec-Fetch-Site "cross-site" is refused. Without base_url
// the site's origin is taken from the Host header. A request with none of
// these headers passes: the CSRF token is the primary defence, this check
// a second one.
bool SameOriginRequest(const HttpRequest& req, const std::string& base_url);

}  // namespace bs::web
