#include "mail/smtp_sender.h"

#include <algorithm>
#include <cstring>

namespace bs::mail {
namespace {

struct Upload {
  std::string_view data;
  std::size_t offset = 0;
  const std::function<Status()>* before_end = nullptr;
  bool hook_called = false;
  Status hook_status;
};

// libcurl pulls the body through this; returning 0 ends it, after which
// libcurl sends "CRLF.CRLF". The hook runs at exactly that point.
std::size_t ReadBody(char* buf, std::size_t size, std::size_t n, void* arg) {
  auto* up = static_cast<Upload*>(arg);
  const std::size_t room = size * n;
  if (up->offset < up->data.size()) {
    const std::size_t len = std::min(room, up->data.size() - up->offset);
    std::memcpy(buf, up->data.data() + up->offset, len);
    up->offset += len;
    return len;
  }
  if (up->before_end && *up->before_end && !up->hook_called) {
    up->hook_called = true;
    up->hook_status = (*up->before_end)();
    if (!up->hook_status.ok()) return CURL_READFUNC_ABORT;
  }
  return 0;
}

bool SafeEnvelopeAddress(std::string_view a) {
  if (a.empty() || a.size() > 254) return false;
  for (unsigned char c : a)
    if (c < 0x21 || c == 0x7f || c == '<' || c == '>') return false;
  return a.find('@') != std::string_view::npos;
}

// Between messages the connection idles while the next one is rendered and
// throttled; a server closing idle connections after this is normal.
constexpr long kLowSpeedBytesPerSecond = 1;
constexpr long kLowSpeedSeconds = 30;

}  // namespace

SmtpSender::SmtpSender(SmtpSettings settings) : settings_(std::move(settings)) {
  fetch_internal::EnsureCurlGlobalInit();
}

SendResult SmtpSender::Send(const Envelope& envelope, std::string_view message,
                            const std::function<Status()>& before_end_of_data) {
  if (settings_.url.empty()) return {SendOutcome::kPermanent, 0, "no SMTP server configured"};
  if (!SafeEnvelopeAddress(envelope.mail_from) || !SafeEnvelopeAddress(envelope.rcpt_to))
    return {SendOutcome::kPermanent, 0, "unusable envelope address"};
  if (!easy_) easy_.reset(curl_easy_init());
  if (!easy_) return {SendOutcome::kTransient, 0, "curl_easy_init failed"};
  CURL* h = easy_.get();
  // Options are set on every call: the handle (and its connection) is
  // reused, but nothing of the previous message must leak into this one.
  curl_easy_reset(h);
  Upload up{message, 0, &before_end_of_data};
  const std::string from = "<" + envelope.mail_from + ">";
  fetch_internal::CurlSlistPtr rcpt(curl_slist_append(nullptr, ("<" + envelope.rcpt_to + ">").c_str()));
  char error[CURL_ERROR_SIZE] = {0};
  curl_easy_setopt(h, CURLOPT_URL, settings_.url.c_str());
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(h, CURLOPT_MAIL_RCPT, rcpt.get());
  curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(h, CURLOPT_READFUNCTION, ReadBody);
  curl_easy_setopt(h, CURLOPT_READDATA, &up);
  // No CURLOPT_INFILESIZE: with a known size libcurl stops reading at the
  // last byte and never asks for the EOF at which the hook must run.
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, settings_.connect_timeout_ms);
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, settings_.total_timeout_ms);
  curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, kLowSpeedBytesPerSecond);
  curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, kLowSpeedSeconds);
  curl_easy_setopt(h, CURLOPT_USE_SSL, settings_.require_tls ? CURLUSESSL_ALL : CURLUSESSL_TRY);
  // Certificates are always verified (libcurl's default, kept after the
  // reset); a private relay's CA is trusted through ca_file, never by
  // switching verification off.
  if (!settings_.ca_file.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, settings_.ca_file.c_str());
  if (!settings_.helo_domain.empty()) {
    // libcurl takes the EHLO name from the URL's path.
    const std::string url = settings_.url + "/" + settings_.helo_domain;
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  }
  if (!settings_.username.empty()) {
    curl_easy_setopt(h, CURLOPT_USERNAME, settings_.username.c_str());
    curl_easy_setopt(h, CURLOPT_PASSWORD, settings_.password.c_str());
  }
  const CURLcode rc = curl_easy_perform(h);
  long code = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
  SendResult r;
  r.smtp_code = static_cast<int>(code);
  if (!up.hook_status.ok()) {
    r.outcome = SendOutcome::kTransient;
    r.detail = "not sent: " + up.hook_status.message();
    return r;
  }
  if (rc == CURLE_OK) {
    r.outcome = SendOutcome::kDelivered;
    return r;
  }
  r.detail = error[0] ? error : curl_easy_strerror(rc);
  if (code >= 500 && code < 600) {
    r.outcome = SendOutcome::kPermanent;
  } else if (rc == CURLE_LOGIN_DENIED && code == 0) {
    r.outcome = SendOutcome::kPermanent;  // wrong credentials do not heal by retrying
  } else {
    r.outcome = SendOutcome::kTransient;
    if (code < 400) r.smtp_code = 0;  // no failing reply: the network failed
  }
  // A failed transfer may leave the connection in any state; start afresh.
  easy_.reset();
  return r;
}

}  // namespace bs::mail
