#include "discuss/display_name.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uspoof.h>

#include <algorithm>
#include <memory>

#include "core/utf8.h"

namespace bs::discuss {
namespace {

struct SpoofCloser {
  void operator()(USpoofChecker* p) const { uspoof_close(p); }
};

// Its own checker (the mail layer's checks domains): names get the same
// "moderately restrictive" rule — Latin with one other script, not Cyrillic
// or Greek — plus invisible characters. uspoof documents the check and
// skeleton calls on a const checker as safe to make concurrently.
const USpoofChecker* Checker() {
  static const std::unique_ptr<USpoofChecker, SpoofCloser> checker = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<USpoofChecker, SpoofCloser> sc(uspoof_open(&err));
    if (U_FAILURE(err)) return std::unique_ptr<USpoofChecker, SpoofCloser>();
    uspoof_setChecks(sc.get(), USPOOF_RESTRICTION_LEVEL | USPOOF_INVISIBLE | USPOOF_MIXED_NUMBERS, &err);
    uspoof_setRestrictionLevel(sc.get(), USPOOF_MODERATELY_RESTRICTIVE);
    return U_SUCCESS(err) ? std::move(sc) : std::unique_ptr<USpoofChecker, SpoofCloser>();
  }();
  return checker.get();
}

bool AllowedPunctuation(UChar32 c) { return c == '.' || c == '-' || c == '_' || c == '\'' || c == 0x2019; }

// For reserved names only: digits read as the letters they stand in for
// ("adm1n"), and l as i (the skeleton already maps 1, I and l together).
// Looser than the uniqueness key, since claiming authority is worse than
// a near-collision between two readers.
std::string LooseKey(std::string_view key) {
  std::string out(key);
  for (char& c : out) {
    switch (c) {
      case '0': c = 'o'; break;
      case '1': case 'l': c = 'i'; break;
      case '3': c = 'e'; break;
      case '4': c = 'a'; break;
      case '5': c = 's'; break;
      case '7': c = 't'; break;
      case '8': c = 'b'; break;
      default: break;
    }
  }
  return out;
}

}  // namespace

Result<std::string> CleanDisplayName(std::string_view raw) {
  auto invalid = [](const char* m) { return Status::InvalidArgument(m); };
  if (raw.size() > 400) return invalid("That name is too long.");
  if (!IsValidUtf8(raw)) return invalid("That name contains bytes that are not text.");
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return Status::Internal("ICU NFC is unavailable");
  icu::UnicodeString s = nfc->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(raw.data(), static_cast<int32_t>(raw.size()))), err);
  if (U_FAILURE(err)) return Status::Internal("ICU normalisation failed");
  icu::UnicodeString clean;
  bool space = false;
  int chars = 0;
  for (int32_t i = 0; i < s.length();) {
    const UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c)) {
      space = true;
      continue;
    }
    const int8_t type = static_cast<int8_t>(u_charType(c));
    const bool letter = u_isalpha(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
    if (!letter && !u_isdigit(c) && !AllowedPunctuation(c))
      return invalid("Use letters, digits, spaces and . - _ ' only.");
    if (space && !clean.isEmpty()) clean.append(static_cast<UChar>(' '));
    space = false;
    clean.append(c);
    ++chars;
  }
  if (chars < static_cast<int>(kMinNameChars)) return invalid("That name is too short.");
  if (chars > static_cast<int>(kMaxNameChars)) return invalid("That name is too long.");
  if (const USpoofChecker* sc = Checker()) {
    UErrorCode e = U_ZERO_ERROR;
    const int32_t result = uspoof_check2(sc, clean.getBuffer(), clean.length(), nullptr, &e);
    if (U_SUCCESS(e) && result != 0) return invalid("That name mixes scripts in a way that imitates other names.");
  }
  std::string out;
  clean.toUTF8String(out);
  return out;
}

std::string DisplayKey(std::string_view name) {
  // Case and compatibility first (NFKC casefold: width, ligatures, case),
  // then the confusable skeleton, then only letters and digits count.
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* fold = icu::Normalizer2::getNFKCCasefoldInstance(err);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(std::min<std::size_t>(name.size(), 1000))));
  if (U_SUCCESS(err)) s = fold->normalize(s, err);
  icu::UnicodeString skeleton;
  if (const USpoofChecker* sc = Checker()) {
    UErrorCode e = U_ZERO_ERROR;
    uspoof_getSkeletonUnicodeString(sc, 0, s, skeleton, &e);
    if (U_FAILURE(e)) skeleton = s;
  } else {
    skeleton = s;
  }
  // Accents go: the skeleton keeps combining marks, the key does not.
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  if (U_SUCCESS(err)) skeleton = nfd->normalize(skeleton, err);
  icu::UnicodeString key;
  for (int32_t i = 0; i < skeleton.length();) {
    const UChar32 c = skeleton.char32At(i);
    i += U16_LENGTH(c);
    if (u_isalnum(c)) key.append(u_tolower(c));
  }
  std::string out;
  key.toUTF8String(out);
  return out;
}

ReservedNames::ReservedNames(const std::vector<std::string>& names) {
  for (const char* w : {"admin", "administrator", "moderator", "editor", "staff", "deleted", "official", "support"})
    keys_.push_back(LooseKey(DisplayKey(w)));
  for (const auto& n : names)
    if (std::string k = DisplayKey(n); !k.empty()) keys_.push_back(LooseKey(k));
  std::sort(keys_.begin(), keys_.end());
  keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());
}

bool ReservedNames::Contains(std::string_view display_key) const {
  return std::binary_search(keys_.begin(), keys_.end(), LooseKey(display_key));
}

}  // namespace bs::discuss
