// Readers' display names: what may be one, and the key that makes two
// names "the same" for uniqueness — ignoring case, width, accents and
// characters that look alike across scripts (ICU's confusable skeleton,
// UTS 39), so "Ana", "ANA", "Ána" and "Аna" (Cyrillic А) are one name.
//
// Thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace bs::discuss {

inline constexpr std::size_t kMinNameChars = 2, kMaxNameChars = 40;

// The name as it will be shown (NFC, spaces trimmed and collapsed), or
// InvalidArgument with a reader-facing message: too short or long, a
// character that is not a letter, digit, space or . - _ ', invisible or
// direction-changing characters, or scripts mixed the way impostors mix them.
Result<std::string> CleanDisplayName(std::string_view raw);

// The uniqueness key of a clean name (or of any text, for reserved names).
std::string DisplayKey(std::string_view name);

// Keys no reader may take: the site's name, its partner papers' names and
// slugs, its staff's sign-in names, and words that claim authority.
class ReservedNames {
 public:
  ReservedNames(const std::vector<std::string>& names);
  bool Contains(std::string_view display_key) const;

 private:
  std::vector<std::string> keys_;
};

}  // namespace bs::discuss
