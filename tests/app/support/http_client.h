// A minimal blocking HTTP client on libcurl for end-to-end tests against
// the project's own server on loopback.
#pragma once

#include <string>

namespace bs::testing {

struct HttpReply {
  long status = 0;  // 0 when the request failed
  std::string headers;  // raw header block, lowercased names not guaranteed
  std::string body;
};

HttpReply HttpGet(const std::string& url);
// POST with the given body and content type; no cookies are ever sent.
HttpReply HttpPost(const std::string& url, const std::string& body,
                   const std::string& content_type = "application/x-www-form-urlencoded");

// application/x-www-form-urlencoded escaping of one value.
std::string FormEscape(const std::string& value);

}  // namespace bs::testing
