#include "fetch/target.h"

#include <cctype>
#include <string>

#include "fetch/curl_handles.h"

namespace bs::fetch_internal {
namespace {

// Reads one part; "" when absent.
std::string GetPart(CURLU* u, CURLUPart part, unsigned flags = 0) {
  char* raw = nullptr;
  if (curl_url_get(u, part, &raw, flags) != CURLUE_OK) return "";
  CurlStringPtr owned(raw);
  return owned ? std::string(owned.get()) : std::string();
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

Result<FetchTarget> ParseTarget(std::string_view url) {
  if (url.size() > kMaxUrlBytes) {
    return Status::InvalidArgument("URL longer than " + std::to_string(kMaxUrlBytes) + " bytes");
  }
  if (url.find('\0') != std::string_view::npos) {
    return Status::InvalidArgument("URL contains a NUL byte");
  }
  EnsureCurlGlobalInit();
  CurlUrlPtr u(curl_url());
  if (!u) return Status::Internal("curl_url() failed: out of memory");
  const std::string text(url);
  // Non-http schemes are parsed too (so we can say "refused" rather than
  // "invalid"); CURLU_NON_SUPPORT_SCHEME lets curl parse schemes it lacks.
  if (curl_url_set(u.get(), CURLUPART_URL, text.c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
    return Status::InvalidArgument("unparsable URL: " + text);
  }
  FetchTarget t;
  t.scheme = Lower(GetPart(u.get(), CURLUPART_SCHEME));
  if (t.scheme != "http" && t.scheme != "https") {
    return Status::Refused("refused: " + text + " is not an http(s) URL");
  }
  t.host = Lower(GetPart(u.get(), CURLUPART_HOST));
  if (t.host.empty()) return Status::InvalidArgument("URL has no host: " + text);
  const std::string port = GetPart(u.get(), CURLUPART_PORT);  // empty when default
  const std::string default_port = t.scheme == "https" ? "443" : "80";
  t.origin = t.scheme + "://" + t.host;
  if (!port.empty() && port != default_port) t.origin += ":" + port;
  t.path_and_query = GetPart(u.get(), CURLUPART_PATH);
  if (t.path_and_query.empty()) t.path_and_query = "/";
  const std::string query = GetPart(u.get(), CURLUPART_QUERY);
  if (!query.empty()) t.path_and_query += "?" + query;
  t.url = GetPart(u.get(), CURLUPART_URL);
  if (t.url.empty()) return Status::InvalidArgument("unparsable URL: " + text);
  // curl keeps IPv6 hosts bracketed; the origin wants them that way, but
  // address checks want the bare literal.
  if (t.host.size() > 2 && t.host.front() == '[' && t.host.back() == ']') {
    t.host = t.host.substr(1, t.host.size() - 2);
  }
  return t;
}

}  // namespace bs::fetch_internal
