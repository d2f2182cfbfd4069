// Representation helpers shared by the site's pages and static files: ETags,
// conditional requests, content-coding negotiation and the security headers
// every response carries.
//
// A `PreparedBody` holds one representation in every coding this server
// sends, computed once, so a cached page is compressed once and then served
// to any number of clients. Immutable after construction; safe to share
// across threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "web/http_server.h"

namespace bs::web {

struct AcceptedCodings {
  bool gzip = false;
  bool brotli = false;
};

// Reads an Accept-Encoding value, honouring q-values ("gzip;q=0" refuses
// gzip) and "*".
AcceptedCodings ParseAcceptEncoding(std::string_view accept_encoding);

// True when an If-None-Match header value matches `etag` under the weak
// comparison RFC 9110 prescribes for If-None-Match ("*" matches anything).
bool IfNoneMatchMatches(std::string_view if_none_match, std::string_view etag);

struct PreparedBody {
  std::string content_type;
  std::string cache_control;
  std::string identity;
  std::string gzip;    // empty when not worth compressing
  std::string brotli;  // empty when not worth compressing
  std::string etag;    // quoted strong validator of `identity`
};

// Computes the ETag and, when `compress` is set, for compressible types
// above a small size, the gzip and brotli forms. Bodies served once (error
// pages) pass compress=false: compressing them would cost more CPU per
// request than it saves, and would make 404 floods expensive.
std::shared_ptr<const PreparedBody> PrepareBody(std::string content_type, std::string cache_control,
                                                std::string body, bool compress = true);

// Builds the 200 (or 304 when the client's validator matches) response for
// `body`, choosing the coding from the request. `status` lets error pages
// (404) reuse the same path; conditional handling applies only to 200.
HttpResponse ServePrepared(const HttpRequest& req, const PreparedBody& body, int status = 200);

// Content-Security-Policy, X-Content-Type-Options, Referrer-Policy, and
// X-Frame-Options for older browsers.
void AddSecurityHeaders(HttpResponse& response);

}  // namespace bs::web
