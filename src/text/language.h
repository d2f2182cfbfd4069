// Language identification with CLD2.
//
// Thread-safety: pure functions; CLD2's tables are read-only, so any number
// of threads may detect at once.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace bs {

// Detection reads only this much of a text: CLD2 is sure of a news article's
// language long before 16 KiB, and the bound keeps the cost per article flat.
inline constexpr std::size_t kMaxLanguageIdBytes = 16 * 1024;

// Outside knowledge that tilts a close call; all optional.
struct LanguageHints {
  std::string_view language;  // ISO 639-1 of the source or page ("fr", "zh-Hant", "pt-BR")
  std::string_view tld;       // top-level domain of the page's host, no dot ("de", "jp")
};

struct LanguageGuess {
  // ISO 639-1 code ("en", "zh", "ja", "he"), a three-letter ISO 639 code for
  // a language that has no two-letter one ("ceb", "haw"), or "" when unknown
  // (no letters, too little text, unsupported script).
  std::string code;
  // CLD2's own verdict that the top language clearly beat the runner-up.
  // Short texts are often unreliable even when right.
  bool reliable = false;
  // Share (0..100) of the letters CLD2 attributes to `code`.
  int percent = 0;
};

// Detects the main language of UTF-8 `text`. Invalid UTF-8 is repaired first
// (CLD2 itself refuses it). Never fails: an undecidable text gives code "".
LanguageGuess DetectLanguage(std::string_view text, const LanguageHints& hints = {});

// The primary subtag of a language tag, lowercased, with CLD2's legacy codes
// mapped to ISO 639-1 ("zh-Hant" -> "zh", "iw" -> "he", "EN_us" -> "en").
std::string PrimaryLanguage(std::string_view tag);

}  // namespace bs
