#include "fetch/transfer.h"

#include <sys/socket.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <string_view>

namespace bs::fetch_internal {
namespace {

// Validators longer than this are not real ETags/dates; refusing them keeps a
// hostile stored value from bloating every request.
constexpr std::size_t kMaxValidatorBytes = 1024;
// Response header values we keep (ETag, Last-Modified, Content-Type) are cut
// to this; curl itself bounds a whole header line at 100 KiB.
constexpr std::size_t kMaxKeptHeaderBytes = 1024;
// Slack when deciding whether a timeout was the total-time limit: curl's
// timer and ours start a few milliseconds apart.
constexpr long kTimeoutSlackMs = 50;

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i]))) {
      return false;
    }
  }
  return true;
}

std::string_view TrimHeaderValue(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() &&
         (v.back() == ' ' || v.back() == '\t' || v.back() == '\r' || v.back() == '\n')) {
    v.remove_suffix(1);
  }
  return v.substr(0, kMaxKeptHeaderBytes);
}

bool SafeHeaderValue(const std::string& v) {
  return v.size() <= kMaxValidatorBytes &&
         v.find_first_of(std::string_view("\r\n\0", 3)) == std::string::npos;
}

}  // namespace

std::string AddressRefusalMessage(const std::string& url, AddressClass cls, const std::string& ip) {
  return "refused: " + url + " resolves to " + AddressClassName(cls) + " address " + ip;
}

Result<std::unique_ptr<Transfer>> Transfer::Create(const TransferSpec& spec,
                                                   const FetchOptions& options,
                                                   const std::string& user_agent) {
  if (!SafeHeaderValue(spec.etag) || !SafeHeaderValue(spec.last_modified)) {
    return Status::InvalidArgument("conditional-GET validator is too long or contains CR/LF/NUL");
  }
  EnsureCurlGlobalInit();
  std::unique_ptr<Transfer> t(new Transfer());  // private constructor; owned at once
  t->spec_ = spec;
  t->total_timeout_ms_ = options.total_timeout_ms;
  t->max_redirects_ = options.max_redirects;
  t->easy_.reset(curl_easy_init());
  if (!t->easy_) return Status::Internal("curl_easy_init failed");
  CURL* e = t->easy_.get();

  auto append = [&](const std::string& line) -> bool {
    curl_slist* head = curl_slist_append(t->headers_.get(), line.c_str());
    if (head == nullptr) return false;
    // `head` is the old list plus one node (or a new list): take it over
    // without freeing the nodes it shares with the old pointer.
    static_cast<void>(t->headers_.release());
    t->headers_.reset(head);
    return true;
  };
  if (!spec.etag.empty() && !append("If-None-Match: " + spec.etag)) {
    return Status::Internal("out of memory building headers");
  }
  if (!spec.last_modified.empty() && !append("If-Modified-Since: " + spec.last_modified)) {
    return Status::Internal("out of memory building headers");
  }

  bool ok = true;
  auto set = [&](CURLcode c) { ok = ok && c == CURLE_OK; };
  set(curl_easy_setopt(e, CURLOPT_URL, spec.url.c_str()));
  set(curl_easy_setopt(e, CURLOPT_PRIVATE, t.get()));
  set(curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->error_buffer_));
  set(curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L));
  // Only http(s), also after redirects: no file://, gopher:// or dict:// tricks.
  set(curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https"));
  set(curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"));
  set(curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, spec.follow_redirects ? 1L : 0L));
  set(curl_easy_setopt(e, CURLOPT_MAXREDIRS, options.max_redirects));
  // Ignore http_proxy & co: a proxy would hide the real peer from the SSRF
  // guard, and fetching through an unconfigured proxy is never intended.
  set(curl_easy_setopt(e, CURLOPT_PROXY, ""));
  // "" = every encoding this libcurl can decode (gzip, deflate, br, zstd).
  set(curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, ""));
  set(curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, options.connect_timeout_ms));
  set(curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, options.total_timeout_ms));
  // Rejects a too-large Content-Length before any body arrives; the decoded
  // size is enforced separately in OnBody.
  set(curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE,
                       static_cast<curl_off_t>(spec.truncate_body ? 0 : spec.max_body_bytes)));
  set(curl_easy_setopt(e, CURLOPT_USERAGENT, user_agent.c_str()));
  if (t->headers_) set(curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers_.get()));
  set(curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Transfer::OnBody));
  set(curl_easy_setopt(e, CURLOPT_WRITEDATA, t.get()));
  set(curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &Transfer::OnHeader));
  set(curl_easy_setopt(e, CURLOPT_HEADERDATA, t.get()));
  set(curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, &Transfer::OnOpenSocket));
  set(curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, t.get()));
  set(curl_easy_setopt(e, CURLOPT_PREREQFUNCTION, &Transfer::OnPreRequest));
  set(curl_easy_setopt(e, CURLOPT_PREREQDATA, t.get()));
  if (!ok) return Status::Internal("libcurl rejected an option (too old a libcurl?)");
  return t;
}

Transfer::~Transfer() {
  if (multi_ != nullptr && easy_) curl_multi_remove_handle(multi_, easy_.get());
}

Status Transfer::Attach(CURLM* multi) {
  started_ = std::chrono::steady_clock::now();
  const CURLMcode mc = curl_multi_add_handle(multi, easy_.get());
  if (mc != CURLM_OK) {
    return Status::Internal(std::string("curl_multi_add_handle: ") + curl_multi_strerror(mc));
  }
  multi_ = multi;
  return Status::Ok();
}

std::size_t Transfer::OnBody(char* data, std::size_t size, std::size_t count, void* self) {
  auto* t = static_cast<Transfer*>(self);
  const std::size_t n = size * count;
  std::string& body = t->response_.body;
  // The cap is checked on decoded bytes: this is what stops a small gzip
  // "bomb" from inflating into gigabytes.
  if (n > t->spec_.max_body_bytes - std::min(body.size(), t->spec_.max_body_bytes)) {
    if (t->spec_.truncate_body) {
      body.append(data, t->spec_.max_body_bytes - body.size());
      t->body_truncated_ = true;
    } else {
      t->body_too_large_ = true;
    }
    return 0;  // anything but n aborts the transfer
  }
  body.append(data, n);
  return n;
}

std::size_t Transfer::OnHeader(char* data, std::size_t size, std::size_t count, void* self) {
  auto* t = static_cast<Transfer*>(self);
  const std::size_t n = size * count;
  const std::string_view line(data, n);
  if (StartsWithNoCase(line, "HTTP/")) {
    // A new response (after a redirect or a 1xx): forget the previous hop's
    // headers and any body it sent.
    t->response_.etag.clear();
    t->response_.last_modified.clear();
    t->response_.content_type.clear();
    t->response_.body.clear();
  } else if (StartsWithNoCase(line, "etag:")) {
    t->response_.etag = std::string(TrimHeaderValue(line.substr(5)));
  } else if (StartsWithNoCase(line, "last-modified:")) {
    t->response_.last_modified = std::string(TrimHeaderValue(line.substr(14)));
  } else if (StartsWithNoCase(line, "content-type:")) {
    t->response_.content_type = std::string(TrimHeaderValue(line.substr(13)));
  }
  return n;
}

bool Transfer::CheckAddress(AddressClass cls, const std::string& ip_text) {
  if (AddressAllowed(spec_.policy, cls)) return true;
  refused_class_ = cls;
  refused_ip_ = ip_text.empty() ? "?" : ip_text;
  return false;
}

// Runs before every new connection, after DNS: the one place that sees the
// actual peer, so redirects and DNS rebinding cannot dodge it, and a refused
// address never receives a single packet.
curl_socket_t Transfer::OnOpenSocket(void* self, curlsocktype purpose, curl_sockaddr* address) {
  auto* t = static_cast<Transfer*>(self);
  if (purpose == CURLSOCKTYPE_IPCXN &&
      !t->CheckAddress(ClassifyAddress(&address->addr), AddressToText(&address->addr))) {
    return CURL_SOCKET_BAD;
  }
  return socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
}

// Runs before each request, also on a reused keep-alive connection (which
// skips OnOpenSocket): a connection opened for a more permissive request must
// not serve a stricter one.
int Transfer::OnPreRequest(void* self, char* primary_ip, char* /*local_ip*/, int /*primary_port*/,
                           int /*local_port*/) {
  auto* t = static_cast<Transfer*>(self);
  std::string ip = primary_ip != nullptr ? primary_ip : "";
  if (const std::size_t zone = ip.find('%'); zone != std::string::npos) ip.resize(zone);
  return t->CheckAddress(ClassifyAddressText(ip), ip) ? CURL_PREREQFUNC_OK : CURL_PREREQFUNC_ABORT;
}

Result<FetchResponse> Transfer::Finish(CURLcode code) {
  CURL* e = easy_.get();
  const long elapsed_ms = static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                                std::chrono::steady_clock::now() - started_)
                                                .count());
  char* effective = nullptr;
  if (curl_easy_getinfo(e, CURLINFO_EFFECTIVE_URL, &effective) == CURLE_OK &&
      effective != nullptr) {
    response_.final_url = effective;
  } else {
    response_.final_url = spec_.url;
  }
  long status = 0;
  curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
  response_.http_status = status;
  if (!spec_.follow_redirects && status >= 300 && status < 400) {
    char* target = nullptr;  // Location resolved against this URL; null without one
    if (curl_easy_getinfo(e, CURLINFO_REDIRECT_URL, &target) == CURLE_OK && target != nullptr)
      redirect_url_ = target;
  }

  // A refusal only decides the outcome if no other address of the host
  // worked (curl tries each resolved address in turn).
  if (code != CURLE_OK && refused())
    return Status::Refused(AddressRefusalMessage(response_.final_url, refused_class_, refused_ip_));
  if (body_too_large_) {
    return Status::LimitExceeded("response body of " + response_.final_url + " exceeds " +
                                 std::to_string(spec_.max_body_bytes) + " bytes");
  }
  const std::string detail = error_buffer_[0] != '\0' ? error_buffer_ : curl_easy_strerror(code);
  switch (code) {
    case CURLE_OK:
      break;
    case CURLE_WRITE_ERROR:
      if (body_truncated_) break;  // robots.txt cut at its cap: use what we have
      return Status::NetworkError("write error fetching " + spec_.url + ": " + detail);
    case CURLE_TOO_MANY_REDIRECTS:
      return Status::LimitExceeded("more than " + std::to_string(max_redirects_) +
                                   " redirects fetching " + spec_.url);
    case CURLE_FILESIZE_EXCEEDED:
      return Status::LimitExceeded("response of " + response_.final_url + " announces more than " +
                                   std::to_string(spec_.max_body_bytes) + " bytes");
    case CURLE_OPERATION_TIMEDOUT:
      // Running out the total budget is a broken limit; a connect timeout
      // well inside it is a plain network failure.
      if (elapsed_ms + kTimeoutSlackMs >= total_timeout_ms_) {
        return Status::LimitExceeded("fetching " + spec_.url + " took longer than " +
                                     std::to_string(total_timeout_ms_) + " ms");
      }
      return Status::NetworkError("timed out connecting to " + spec_.url + ": " + detail);
    case CURLE_UNSUPPORTED_PROTOCOL:
      return Status::Refused("refused: " + spec_.url + " redirects to a non-http(s) URL");
    default:
      return Status::NetworkError("fetching " + spec_.url + ": " + detail);
  }
  response_.not_modified = status == 304;
  if (response_.not_modified) {
    // Servers may omit validators on 304; the caller's ones are still valid.
    if (response_.etag.empty()) response_.etag = spec_.etag;
    if (response_.last_modified.empty()) response_.last_modified = spec_.last_modified;
  }
  return std::move(response_);
}

void EnsureCurlGlobalInit() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

}  // namespace bs::fetch_internal
