// Language identification with CLD2.
//
// Thread-safety: pure functions; CLD2's tables are read-only, so any number
// of threads may detect at once.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace bs {

// CLD2 costs about 50 ns a byte here, so detection first reads a sample of
// this size (about 80 words; enough for a reliable verdict on ordinary news
// text) and only reads on, up to kMaxLanguageIdBytes, when the sample was
// inconclusive. The bounds keep the cost per article flat.
inline constexpr std::size_t kLanguageIdSampleBytes = 512;
inline constexpr std::size_t kMaxLanguageIdBytes = 8 * 1024;

// Outside knowledge that tilts a close call; all optional.
struct LanguageHints {
  std::string_view language;  // ISO 639-1 of the source or page ("fr", "zh-Hant", "pt-BR")
  std::string_view tld;       // top-level domain of the page's host ("de", "jp"; "co.uk" reads as "uk")
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
