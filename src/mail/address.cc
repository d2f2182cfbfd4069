#include "mail/address.h"

#include <unicode/uchar.h>
#include <unicode/uidna.h>
#include <unicode/uspoof.h>

#include <cstdint>
#include <memory>

#include "core/ascii.h"
#include "core/utf8.h"

namespace bs::mail {
namespace {

struct IdnaCloser {
  void operator()(UIDNA* p) const { uidna_close(p); }
};
struct SpoofCloser {
  void operator()(USpoofChecker* p) const { uspoof_close(p); }
};
using IdnaPtr = std::unique_ptr<UIDNA, IdnaCloser>;
using SpoofPtr = std::unique_ptr<USpoofChecker, SpoofCloser>;

constexpr char kNotAllowed[] = "That address contains characters that are not allowed.";
constexpr char kBadDomain[] = "That address has a domain that is not valid.";
constexpr char kImitation[] = "That address has a domain that imitates another one.";

Status Invalid(const char* m) { return Status::InvalidArgument(m); }

bool IsAscii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

bool IsAsciiAlnum(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// RFC 5322 atext: letters, digits and these symbols.
bool IsAtext(unsigned char c) {
  return IsAsciiAlnum(c) || std::string_view("!#$%&'*+-/=?^_`{|}~").find(static_cast<char>(c)) != std::string_view::npos;
}

// A non-ASCII character in an RFC 6531 local part. Controls, spaces and
// format characters (zero-width joiners, BiDi overrides) are refused: they
// are invisible, so they only ever serve to make two addresses look alike.
// Unassigned and private-use code points have no agreed rendering at all.
bool IsAllowedUnicodeInLocal(UChar32 cp) {
  if (u_isUWhiteSpace(cp)) return false;
  switch (u_charType(cp)) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
      return false;
    default:
      return true;
  }
}

// `local` is valid UTF-8 free of ASCII controls and spaces (checked by the caller).
Status CheckLocalPart(std::string_view local) {
  if (local.empty()) return Invalid("That address has nothing before the @.");
  if (local.size() > kMaxLocalPartBytes) return Invalid("The part before the @ is too long.");
  if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos)
    return Invalid("That address has dots in the wrong places.");
  for (std::size_t i = 0; i < local.size();) {
    const auto c = static_cast<unsigned char>(local[i]);
    if (c < 0x80) {
      if (c != '.' && !IsAtext(c)) return Invalid(kNotAllowed);
      ++i;
      continue;
    }
    std::uint32_t cp = 0;
    const std::size_t n = DecodeUtf8(local, i, &cp);
    if (n == 0 || !IsAllowedUnicodeInLocal(static_cast<UChar32>(cp))) return Invalid(kNotAllowed);
    i += n;
  }
  return Status::Ok();
}

// One UTS 46 processor for the process: ICU documents a UIDNA as immutable
// and safe for concurrent conversions once opened. STD3 rules are on because
// a mail domain is a host name (letters, digits, hyphens): "exa_mple.org"
// cannot receive mail. Non-transitional to Unicode too, so "straße.de" is
// shown as registered rather than as "strasse.de".
const UIDNA* Idna() {
  static const IdnaPtr idna = [] {
    UErrorCode err = U_ZERO_ERROR;
    IdnaPtr p(uidna_openUTS46(UIDNA_NONTRANSITIONAL_TO_ASCII | UIDNA_NONTRANSITIONAL_TO_UNICODE |
                                  UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ | UIDNA_USE_STD3_RULES,
                              &err));
    return U_SUCCESS(err) ? std::move(p) : IdnaPtr();
  }();
  return idna.get();
}

// Likewise one spoof checker: uspoof.h documents the check and skeleton
// functions (which take a const checker) as safe to call concurrently.
const USpoofChecker* Spoof() {
  static const SpoofPtr checker = [] {
    UErrorCode err = U_ZERO_ERROR;
    SpoofPtr sc(uspoof_open(&err));
    if (U_FAILURE(err)) return SpoofPtr();
    uspoof_setChecks(sc.get(), USPOOF_RESTRICTION_LEVEL | USPOOF_MIXED_NUMBERS | USPOOF_INVISIBLE, &err);
    // Moderately restrictive: Latin may combine with one other Recommended
    // script except Cyrillic and Greek (the usual imitators of Latin), and
    // Han with Hiragana/Katakana or Hangul as Japanese and Korean write.
    uspoof_setRestrictionLevel(sc.get(), USPOOF_MODERATELY_RESTRICTIVE);
    return U_SUCCESS(err) ? std::move(sc) : SpoofPtr();
  }();
  return checker.get();
}

// UTS 46 conversion of a whole domain; an ICU error or any UIDNA_ERROR_*
// (bad label, too long, BiDi, CONTEXTJ) means the domain is not valid.
Result<std::string> Convert(std::string_view in, bool to_ascii) {
  const UIDNA* idna = Idna();
  if (!idna) return Status::Internal("ICU IDNA is unavailable");
  std::string out(512, '\0');
  for (int attempt = 0; attempt < 2; ++attempt) {
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    UErrorCode err = U_ZERO_ERROR;
    const auto len = static_cast<int32_t>(in.size());
    const auto cap = static_cast<int32_t>(out.size());
    const int32_t n = to_ascii ? uidna_nameToASCII_UTF8(idna, in.data(), len, out.data(), cap, &info, &err)
                               : uidna_nameToUnicodeUTF8(idna, in.data(), len, out.data(), cap, &info, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR && attempt == 0) {  // n is the length needed
      out.assign(static_cast<std::size_t>(n) + 1, '\0');
      continue;
    }
    if (U_FAILURE(err) || info.errors != 0 || n <= 0) return Invalid(kBadDomain);
    out.resize(static_cast<std::size_t>(n));
    return out;
  }
  return Invalid(kBadDomain);
}

// True when a non-ASCII label is made wholly of characters that look like
// ASCII ("сосоа" in Cyrillic reads as "cocoa"): one script, so the
// restriction level lets it through, but under an ASCII TLD it can only be
// an imitation (the rule browsers apply to IDNs in the address bar).
bool IsWholeScriptLookalike(const USpoofChecker* sc, std::string_view label) {
  char skeleton[1024];
  UErrorCode err = U_ZERO_ERROR;
  const int32_t n = uspoof_getSkeletonUTF8(sc, 0, label.data(), static_cast<int32_t>(label.size()), skeleton,
                                           sizeof skeleton, &err);
  if (U_FAILURE(err) || n <= 0 || n >= static_cast<int32_t>(sizeof skeleton)) return true;  // cannot vouch for it
  for (int32_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(skeleton[i]);
    if (!IsAsciiAlnum(c) && c != '-') return false;
  }
  return true;
}

// Checks each Unicode label on its own: a domain's labels may rightly be in
// different scripts ("例え.jp"), but no single label may mix them to deceive.
Status CheckLookalikes(std::string_view domain_unicode) {
  const USpoofChecker* sc = Spoof();
  if (!sc) return Status::Internal("ICU spoof checker is unavailable");
  const bool ascii_tld = IsAscii(domain_unicode.substr(domain_unicode.rfind('.') + 1));
  std::string_view rest = domain_unicode;
  while (!rest.empty()) {
    const std::size_t d = rest.find('.');
    const std::string_view label = rest.substr(0, d);
    rest = d == std::string_view::npos ? std::string_view() : rest.substr(d + 1);
    if (IsAscii(label)) continue;  // letters, digits, hyphens (STD3): one script
    UErrorCode err = U_ZERO_ERROR;
    const int32_t result = uspoof_checkUTF8(sc, label.data(), static_cast<int32_t>(label.size()), nullptr, &err);
    if (U_FAILURE(err) || result != 0) return Invalid(kImitation);
    if (ascii_tld && IsWholeScriptLookalike(sc, label)) return Invalid(kImitation);
  }
  return Status::Ok();
}

}  // namespace

Result<MailAddress> ParseAddress(std::string_view typed) {
  // First, before trimming or decoding: the cost of refusing stays constant.
  if (typed.size() > kMaxAddressBytes) return Invalid("That address is too long.");
  while (!typed.empty() && typed.front() == ' ') typed.remove_prefix(1);
  while (!typed.empty() && typed.back() == ' ') typed.remove_suffix(1);
  if (typed.empty()) return Invalid("Enter your email address.");
  if (!IsValidUtf8(typed)) return Invalid(kNotAllowed);
  for (unsigned char c : typed)
    if (c < 0x20 || c == 0x7f || c == ' ') return Invalid(kNotAllowed);
  // Quoted local parts ("john smith"@x) are valid RFC 5322 but serve no
  // reader, and many systems downstream mishandle them.
  if (typed.find('"') != std::string_view::npos) return Invalid("Addresses with quotation marks are not accepted.");
  const std::size_t at = typed.find('@');
  if (at == std::string_view::npos) return Invalid("That address has no @.");
  if (typed.find('@', at + 1) != std::string_view::npos) return Invalid("That address has more than one @.");

  MailAddress a;
  a.local = std::string(typed.substr(0, at));
  if (auto st = CheckLocalPart(a.local); !st.ok()) return st;
  const std::string_view domain = typed.substr(at + 1);
  if (domain.empty()) return Invalid("That address has no domain.");
  if (domain.front() == '[') return Invalid("Addresses at IP numbers are not accepted.");
  auto ascii = Convert(domain, true);
  if (!ascii.ok()) return ascii.status();
  a.domain = AsciiLower(*ascii);  // UTS 46 maps case already; this is a guarantee, not a step
  const std::size_t dot = a.domain.rfind('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 == a.domain.size())
    return Invalid("That address has no full domain (like example.org).");
  // No TLD is numeric, so "1.2.3.4" can only be an IP address.
  if (a.domain.find_first_not_of("0123456789", dot + 1) == std::string::npos)
    return Invalid("Addresses at IP numbers are not accepted.");
  auto unicode = Convert(a.domain, false);
  if (!unicode.ok()) return unicode.status();
  a.domain_unicode = std::move(*unicode);
  if (auto st = CheckLookalikes(a.domain_unicode); !st.ok()) return st;
  // Punycode can make the wire form longer than what was typed.
  if (a.ascii().size() > kMaxAddressBytes) return Invalid("That address is too long.");
  return a;
}

}  // namespace bs::mail
