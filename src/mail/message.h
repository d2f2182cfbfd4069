// Composing mail: RFC 5322 messages with GMime.
//
// A message with an HTML part is multipart/alternative (text/plain first,
// then text/html, as RFC 2046 orders them from plainest to richest); both
// parts are UTF-8 in quoted-printable, so every line stays within 76
// characters whatever the text. Subjects and display names in any script
// become RFC 2047 encoded words. Lines end in CRLF.
//
// Everything a caller passes is checked: addresses through ParseAddress, and
// no CR, LF or NUL may reach a header (header injection is refused, never
// cleaned up silently).
//
// Thread-safe.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/status.h"
#include "core/time.h"

namespace bs::mail {

struct MailMessage {
  std::string from_address, from_name;  // the name may be any UTF-8
  std::string to_address, to_name;
  std::string reply_to;                 // "" = none
  std::string subject;                  // any UTF-8
  std::string text;                     // plain-text part, UTF-8, '\n' line ends
  std::string html;                     // "" = a text-only message
  std::vector<std::pair<std::string, std::string>> headers;  // extra, e.g. List-Unsubscribe; ASCII values
  std::string message_id;               // without <>; "" = random@<From's domain>
  Timestamp date = 0;                   // 0 = now
};

Result<std::string> ComposeMessage(const MailMessage& m);

// "Mon, 07 Dec 2026 05:00:00 +0000"
std::string FormatRfc5322Date(Timestamp t);

}  // namespace bs::mail
