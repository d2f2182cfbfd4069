// Mail addresses as readers type them into forms: validated and normalised
// before anything is stored or sent.
//
// Input over kMaxAddressBytes is refused before anything else looks at it, so
// a pasted megabyte costs nothing. Surrounding ASCII spaces are trimmed; any
// control character (CR, LF, NUL, TAB included), invalid UTF-8, quotes, IP
// literals and single-label domains are refused. The local part must be an
// RFC 5322 dot-atom of atext, or UTF-8 (RFC 6531) without controls, spaces
// or invisible format characters; it keeps its case.
//
// The domain is converted with UTS 46 (ICU, non-transitional, STD3 rules,
// BiDi and CONTEXTJ checks) to its lowercase ASCII form, which is what is
// stored, compared and put on the wire. Each Unicode label then goes through
// ICU's spoof checker at the moderately restrictive level, so labels that
// mix scripts to imitate another domain ("pаypal.com" with a Cyrillic "а",
// typed as such or as its xn-- form) are refused, while single-script IDNs
// ("bücher.de", "例え.jp", "ไทย.th", "пример.рф") pass.
//
// Every refusal is Status::InvalidArgument with a message fit to show the
// reader ("That address is too long.").
//
// Pure functions over immutable ICU objects; safe from any thread.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"

namespace bs::mail {

// RFC 5321's limit on a forward path; longer input is refused before any work.
inline constexpr std::size_t kMaxAddressBytes = 254;
// RFC 5321 section 4.5.3.1.1.
inline constexpr std::size_t kMaxLocalPartBytes = 64;

struct MailAddress {
  std::string local;           // as typed (RFC 5322 dot-atom, or UTF-8 per RFC 6531)
  std::string domain;          // ASCII (punycode A-labels), lowercase
  std::string domain_unicode;  // U-labels, for display
  std::string ascii() const { return local + "@" + domain; }  // local@domain
};

Result<MailAddress> ParseAddress(std::string_view typed);

}  // namespace bs::mail
