#include "web/http_caching.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "core/compress.h"
#include "core/hash.h"

namespace bs::web {
namespace {

// Below this, compression saves less than the header it adds costs.
constexpr std::size_t kMinCompressBytes = 512;
// Brotli quality 5 and gzip level 6: most of the gain for a small CPU cost,
// and each page is compressed once per data version, not per request.
constexpr int kBrotliQuality = 5;
constexpr int kGzipLevel = 6;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool IsCompressible(std::string_view content_type) {
  return content_type.rfind("text/", 0) == 0 || content_type.find("json") != std::string_view::npos ||
         content_type.find("xml") != std::string_view::npos ||
         content_type.find("javascript") != std::string_view::npos ||
         content_type.find("svg") != std::string_view::npos;
}

}  // namespace

AcceptedCodings ParseAcceptEncoding(std::string_view accept_encoding) {
  double q_gzip = -1, q_br = -1, q_star = -1;  // -1: not mentioned
  while (!accept_encoding.empty()) {
    const std::size_t comma = accept_encoding.find(',');
    std::string_view item = accept_encoding.substr(0, comma);
    accept_encoding = comma == std::string_view::npos ? std::string_view() : accept_encoding.substr(comma + 1);
    double q = 1.0;
    const std::size_t semi = item.find(';');
    if (semi != std::string_view::npos) {
      std::string params = LowerAscii(Trim(item.substr(semi + 1)));
      const std::size_t qpos = params.find("q=");
      if (qpos != std::string::npos) q = std::strtod(params.c_str() + qpos + 2, nullptr);
      item = item.substr(0, semi);
    }
    const std::string name = LowerAscii(Trim(item));
    if (name == "gzip" || name == "x-gzip") q_gzip = q;
    if (name == "br") q_br = q;
    if (name == "*") q_star = q;
  }
  if (q_br < 0) q_br = q_star;
  if (q_gzip < 0) q_gzip = q_star;
  return AcceptedCodings{q_gzip > 0, q_br > 0};
}

bool IfNoneMatchMatches(std::string_view if_none_match, std::string_view etag) {
  auto strip_weak = [](std::string_view t) {
    t = Trim(t);
    if (t.size() >= 2 && (t[0] == 'W' || t[0] == 'w') && t[1] == '/') t.remove_prefix(2);
    return t;
  };
  const std::string_view want = strip_weak(etag);
  while (!if_none_match.empty()) {
    const std::size_t comma = if_none_match.find(',');
    const std::string_view item = strip_weak(if_none_match.substr(0, comma));
    if (item == "*" || (!item.empty() && item == want)) return true;
    if_none_match = comma == std::string_view::npos ? std::string_view() : if_none_match.substr(comma + 1);
  }
  return false;
}

std::shared_ptr<const PreparedBody> PrepareBody(std::string content_type, std::string cache_control,
                                                std::string body, bool compress) {
  auto p = std::make_shared<PreparedBody>();
  p->etag = "\"" + HexU64(Fnv1a64(body)) + "\"";
  if (compress && body.size() >= kMinCompressBytes && IsCompressible(content_type)) {
    p->gzip = GzipCompress(body, kGzipLevel);
    p->brotli = BrotliCompress(body, kBrotliQuality);
    // Keep a coding only when it actually shrinks the body.
    if (p->gzip.size() >= body.size()) p->gzip.clear();
    if (p->brotli.size() >= body.size()) p->brotli.clear();
  }
  p->content_type = std::move(content_type);
  p->cache_control = std::move(cache_control);
  p->identity = std::move(body);
  return p;
}

HttpResponse ServePrepared(const HttpRequest& req, const PreparedBody& body, int status) {
  HttpResponse r;
  r.status = status;
  AddSecurityHeaders(r);
  r.SetHeader("Content-Type", body.content_type);
  r.SetHeader("Cache-Control", body.cache_control);
  if (!body.gzip.empty() || !body.brotli.empty()) r.SetHeader("Vary", "Accept-Encoding");

  // Brotli is preferred when both are accepted: it is smaller for HTML.
  const AcceptedCodings accepted = ParseAcceptEncoding(req.Header("accept-encoding"));
  const std::string* payload = &body.identity;
  std::string coding;
  if (accepted.brotli && !body.brotli.empty()) {
    payload = &body.brotli;
    coding = "br";
  } else if (accepted.gzip && !body.gzip.empty()) {
    payload = &body.gzip;
    coding = "gzip";
  }
  if (!coding.empty()) r.SetHeader("Content-Encoding", coding);

  if (status == 200) {
    // Each coding is a different byte sequence, so each gets its own strong
    // validator; a validator of any coding still proves the client has the
    // current content.
    auto variant = [&](const std::string& c) {
      return c.empty() ? body.etag : body.etag.substr(0, body.etag.size() - 1) + "-" + c + "\"";
    };
    r.SetHeader("ETag", variant(coding));
    const std::string& inm = req.Header("if-none-match");
    if (!inm.empty() && (IfNoneMatchMatches(inm, variant("")) || IfNoneMatchMatches(inm, variant("gzip")) ||
                         IfNoneMatchMatches(inm, variant("br")))) {
      r.status = 304;
      return r;
    }
  }
  r.body = *payload;
  return r;
}

void AddSecurityHeaders(HttpResponse& response) {
  response.SetHeader("Content-Security-Policy",
                     "default-src 'self'; img-src * data:; style-src 'self'; script-src 'self'; "
                     "frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
  response.SetHeader("X-Content-Type-Options", "nosniff");
  response.SetHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  response.SetHeader("X-Frame-Options", "DENY");
}

}  // namespace bs::web
