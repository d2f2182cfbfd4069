#include "mail/address.h"

#include <unicode/uidna.h>
#include <unicode/uspoof.h>

#include <cctype>
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

// RFC 5322 atext, the characters of a dot-atom besides letters and digits.
bool IsAtext(unsigned char c) {
  if (std::isalnum(c)) return true;
  for (char x : std::string_view("!#$%&'*+-/=?^_`{|}~"))
    if (c == static_cast<unsigned char>(x)) return true;
  return false;
}

Status Invalid(const char* m) { return Status::InvalidArgument(m); }

Status CheckLocalPart(std::string_view local) {
  if (local.empty()) return Invalid("That address has nothing before the @.");
  if (local.size() > kMaxLocalPartBytes) return Invalid("The part before the @ is too long.");
  if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos)
    return Invalid("That address has dots in the wrong places.");
  for (unsigned char c : local) {
    if (c >= 0x80) continue;  // UTF-8 (RFC 6531); validity checked for the whole input
    if (c != '.' && !IsAtext(c)) return Invalid("That address contains characters that are not allowed.");
  }
  return Status::Ok();
}

// ICU's converters are immutable once opened and documented as thread-safe
// for concurrent conversions; opening them is the costly part.
const UIDNA* Idna() {
  static const std::unique_ptr<UIDNA, IdnaCloser> idna = [] {
    UErrorCode err = U_ZERO_ERROR;
    UIDNA* p = uidna_openUTS46(UIDNA_NONTRANSITIONAL_TO_ASCII | UIDNA_NONTRANSITIONAL_TO_UNICODE |
                                   UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ | UIDNA_USE_STD3_RULES,
                               &err);
    return std::unique_ptr<UIDNA, IdnaCloser>(U_SUCCESS(err) ? p : nullptr);
  }();
  return idna.get();
}

// The spoof checker is not documented as thread-safe for checks, so each
// call clones the configured one (cheap next to a sign-up).
std::unique_ptr<USpoofChecker, SpoofCloser> SpoofChecker() {
  static const std::unique_ptr<USpoofChecker, SpoofCloser> base = [] {
    UErrorCode err = U_ZERO_ERROR;
    USpoofChecker* sc = uspoof_open(&err);
    if (U_SUCCESS(err)) {
      uspoof_setChecks(sc, USPOOF_RESTRICTION_LEVEL | USPOOF_INVISIBLE | USPOOF_MIXED_NUMBERS, &err);
      uspoof_setRestrictionLevel(sc, USPOOF_MODERATELY_RESTRICTIVE);
    }
    return std::unique_ptr<USpoofChecker, SpoofCloser>(U_SUCCESS(err) ? sc : nullptr);
  }();
  if (!base) return nullptr;
  UErrorCode err = U_ZERO_ERROR;
  USpoofChecker* clone = uspoof_clone(base.get(), &err);
  return std::unique_ptr<USpoofChecker, SpoofCloser>(U_SUCCESS(err) ? clone : nullptr);
}

Result<std::string> Convert(std::string_view in, bool to_ascii) {
  const UIDNA* idna = Idna();
  if (!idna) return Status::Internal("ICU IDNA is unavailable");
  char out[512];
  UIDNAInfo info = UIDNA_INFO_INITIALIZER;
  UErrorCode err = U_ZERO_ERROR;
  const int32_t n = to_ascii ? uidna_nameToASCII_UTF8(idna, in.data(), static_cast<int32_t>(in.size()), out,
                                                      sizeof out, &info, &err)
                             : uidna_nameToUnicodeUTF8(idna, in.data(), static_cast<int32_t>(in.size()), out,
                                                       sizeof out, &info, &err);
  if (U_FAILURE(err) || info.errors != 0 || n <= 0 || n >= static_cast<int32_t>(sizeof out))
    return Invalid("That address has a domain that is not valid.");
  return std::string(out, static_cast<std::size_t>(n));
}

}  // namespace

Result<MailAddress> ParseAddress(std::string_view typed) {
  if (typed.size() > kMaxAddressBytes + 64) return Invalid("That address is too long.");
  while (!typed.empty() && (typed.front() == ' ')) typed.remove_prefix(1);
  while (!typed.empty() && (typed.back() == ' ')) typed.remove_suffix(1);
  if (typed.empty()) return Invalid("Enter your email address.");
  if (typed.size() > kMaxAddressBytes) return Invalid("That address is too long.");
  if (!IsValidUtf8(typed)) return Invalid("That address contains characters that are not allowed.");
  for (unsigned char c : typed)
    if (c < 0x20 || c == 0x7f || c == ' ') return Invalid("That address contains characters that are not allowed.");
  const std::size_t at = typed.rfind('@');
  if (at == std::string_view::npos) return Invalid("That address has no @.");
  if (typed.find('@') != at || typed.find('"') != std::string_view::npos)
    return Invalid("That address contains characters that are not allowed.");
  MailAddress a;
  a.local = std::string(typed.substr(0, at));
  if (auto st = CheckLocalPart(a.local); !st.ok()) return st;
  std::string_view domain = typed.substr(at + 1);
  if (domain.empty()) return Invalid("That address has no domain.");
  if (domain.front() == '[') return Invalid("Addresses at IP numbers are not accepted.");
  auto ascii = Convert(domain, true);
  if (!ascii.ok()) return ascii.status();
  a.domain = AsciiLower(*ascii);
  const std::size_t dot = a.domain.rfind('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 == a.domain.size())
    return Invalid("That address has no full domain (like example.org).");
  const std::string_view tld = std::string_view(a.domain).substr(dot + 1);
  if (tld.find_first_not_of("0123456789") == std::string_view::npos)
    return Invalid("Addresses at IP numbers are not accepted.");
  auto unicode = Convert(a.domain, false);
  if (!unicode.ok()) return unicode.status();
  a.domain_unicode = std::move(*unicode);
  if (a.domain_unicode != a.domain) {
    // Only IDNs can imitate: check each Unicode label on its own, since a
    // domain's labels may rightly be in different scripts.
    auto checker = SpoofChecker();
    if (!checker) return Status::Internal("ICU spoof checker is unavailable");
    std::string_view rest = a.domain_unicode;
    while (!rest.empty()) {
      const std::size_t d = rest.find('.');
      const std::string_view label = rest.substr(0, d);
      UErrorCode err = U_ZERO_ERROR;
      const int32_t result =
          uspoof_checkUTF8(checker.get(), label.data(), static_cast<int32_t>(label.size()), nullptr, &err);
      if (U_FAILURE(err) || result != 0)
        return Invalid("That address has a domain that imitates another one.");
      rest = d == std::string_view::npos ? std::string_view() : rest.substr(d + 1);
    }
  }
  if (a.ascii().size() > kMaxAddressBytes) return Invalid("That address is too long.");
  return a;
}

}  // namespace bs::mail
