// Composing mail: RFC 5322 messages with GMime.
//
// Headers: Date (given or now, always +0000), From, Reply-To, To, Subject,
// Message-ID, the caller's extra headers, MIME-Version, Content-Type. A
// message with an HTML part is multipart/alternative (text/plain first, then
// text/html, as RFC 2046 orders them from plainest to richest); without one
// it is a single text/plain part. Both parts are UTF-8 in quoted-printable,
// so body lines stay within 76 characters whatever the script; line ends in
// the text ("\n", "\r\n" or "\r") all become CRLF. Subjects and display
// names in any script become RFC 2047 UTF-8 encoded words, folded by GMime.
//
// Extra headers (List-Unsubscribe, List-Id, ...) must be printable ASCII and
// are written as given, folded at spaces to 78 columns where they have
// spaces; a line that would still pass RFC 5322's 998 is refused. They may
// not repeat a header the composer writes itself (From, Subject, Content-*,
// Bcc, ...): a second copy makes an ambiguous message.
//
// Everything a caller passes is checked: addresses through ParseAddress (the
// ASCII form goes on the wire), UTF-8 validity, and no CR, LF, NUL or other
// control may reach a header. Header injection is refused with
// InvalidArgument, never cleaned up silently.
//
// Pure functions; safe from any thread.
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
  std::string subject;                  // any UTF-8: Chinese, Thai, Urdu
  std::string text;                     // plain-text part, UTF-8, '\n' line ends
  std::string html;                     // HTML part; "" = a text-only message (no multipart)
  std::vector<std::pair<std::string, std::string>> headers;  // extra, e.g. List-Unsubscribe; ASCII values
  std::string message_id;               // without <>; "" = "<random>@<domain of from_address>"
  Timestamp date = 0;                   // 0 = now
};

// The message's bytes, CRLF line ends. InvalidArgument for anything unsafe
// or malformed in `m`; LimitExceeded past 4 MiB of body or 32 extra headers.
Result<std::string> ComposeMessage(const MailMessage& m);

// "Mon, 07 Dec 2026 05:00:00 +0000" (RFC 5322 section 3.3, always UTC).
std::string FormatRfc5322Date(Timestamp t);

}  // namespace bs::mail
