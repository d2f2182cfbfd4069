// Mail addresses as readers type them into forms: validated and normalised
// before anything is stored or sent.
//
// The domain is converted with UTS 46 (ICU, non-transitional, with the BiDi
// and CONTEXTJ checks) to its ASCII form, which is what is stored, compared
// and put on the wire; labels that mix scripts in ways used to imitate other
// domains ("pаypal.com" with a Cyrillic "а") are refused by ICU's spoof
// checker at a moderately restrictive level, while single-script IDNs
// ("bücher.de", "例え.jp", "ไทย.th") pass. The local part keeps its case.
//
// Pure functions; safe from any thread.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace bs::mail {

// RFC 5321's limit on a forward path; longer input is refused before any work.
inline constexpr std::size_t kMaxAddressBytes = 254;
inline constexpr std::size_t kMaxLocalPartBytes = 64;

struct MailAddress {
  std::string local;           // as typed (RFC 5322 dot-atom, or UTF-8 per RFC 6531)
  std::string domain;          // ASCII (A-labels), lowercase
  std::string domain_unicode;  // for display
  std::string ascii() const { return local + "@" + domain; }
};

// InvalidArgument with a message fit to show a reader.
Result<MailAddress> ParseAddress(std::string_view typed);

}  // namespace bs::mail
