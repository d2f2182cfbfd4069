// Sending mail over SMTP with libcurl: one connection, opened on the first
// message and reused for every later one (one TCP/TLS handshake and EHLO for
// a whole newsletter send), reopened by itself after a drop.
//
// Answers are classified for the send queue: 2xx delivered; 4xx, timeouts
// and lost connections transient (retry later); 5xx permanent (never retry).
// A stalled server is cut off by a low-speed limit and the total timeout.
//
// Not thread-safe: one SmtpSender per sending thread.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/status.h"
#include "fetch/curl_handles.h"

namespace bs::mail {

struct SmtpSettings {
  std::string url;             // smtp://host:port (STARTTLS when offered) or smtps://host:port
  std::string username, password;  // "" = no AUTH
  bool require_tls = false;    // refuse to send in clear
  std::string ca_file;         // PEM bundle to trust instead of the system's ("" = system)
  long connect_timeout_ms = 10000;
  long total_timeout_ms = 60000;  // per message
  std::string helo_domain;     // "" = libcurl's default
};

struct Envelope {
  std::string mail_from;  // return path (VERP address)
  std::string rcpt_to;
};

enum class SendOutcome { kDelivered, kTransient, kPermanent };

struct SendResult {
  SendOutcome outcome = SendOutcome::kTransient;
  int smtp_code = 0;   // the server's last reply code; 0 when none came (network)
  std::string detail;  // for logs and the delivery row
};

class SmtpSender {
 public:
  explicit SmtpSender(SmtpSettings settings);

  // Sends `message` (CRLF line ends) to the envelope. `before_end_of_data`,
  // when set, is called once, after libcurl has taken the whole message and
  // before it sends the end-of-data marker that makes the server accept it;
  // when it returns an error the transfer is aborted, the server discards
  // the message, and the result is transient with that error. This is where
  // the send queue records a delivery, so a crash cannot deliver it twice.
  SendResult Send(const Envelope& envelope, std::string_view message,
                  const std::function<Status()>& before_end_of_data = {});

 private:
  const SmtpSettings settings_;
  fetch_internal::CurlEasyPtr easy_;  // kept between messages: it holds the connection
};

}  // namespace bs::mail
