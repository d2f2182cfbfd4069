// Text normalisation for analysis: the one form every later step (tokenising,
// stop words, stemming, hashing) agrees on.
//
// Thread-safety: pure functions; safe to call from any thread.
#pragma once

#include "core/utf8.h"  // TruncateUtf8

#include <cstddef>
#include <string>
#include <string_view>

namespace bs {

// Analysis looks at no more than this much of a text. A news article is a few
// KiB; anything past 1 MiB is a scraping accident (a whole site glued into one
// page) and would only cost time while adding nothing to similarity or search.
inline constexpr std::size_t kMaxAnalyzedBytes = 1 << 20;

// Normalisation can expand text (one Arabic ligature becomes 33 bytes), so its
// output is cut at this size too; it keeps all offsets well inside ICU's
// 32-bit indexes.
inline constexpr std::size_t kMaxNormalizedBytes = 4 * kMaxAnalyzedBytes;


// NFKC with Unicode case folding (ICU's NFKC_Casefold): fullwidth letters and
// digits become ASCII, ligatures are split, "ß" folds to "ss", "İ" to "i̇",
// default-ignorable characters (soft hyphens, zero-width joiners) vanish,
// and typographic apostrophes (U+2019, U+02BC) become ASCII "'".
// Case folding is language-neutral on purpose: Turkish dotless "ı" stays "ı"
// and "I" becomes "i", so the same bytes always give the same terms.
//
// Invalid UTF-8 is repaired first (U+FFFD per bad byte), NULs and C0 controls
// other than tab/LF/CR become spaces (they separate words in scraped text),
// and only the first kMaxAnalyzedBytes of input are
// read (and at most kMaxNormalizedBytes written); `*truncated` (optional)
// says whether anything was cut. The result is
// always valid UTF-8.
std::string NormalizeForAnalysis(std::string_view text, bool* truncated = nullptr);

}  // namespace bs
