// Word segmentation with ICU's word BreakIterator (Unicode UAX #29 rules plus
// ICU's dictionaries for Chinese, Japanese, Thai, Lao, Khmer and Burmese, which
// write without spaces). Korean is split at spaces; particles stay attached.
//
// Most news text is Latin or Cyrillic words between spaces; such chunks are
// segmented by a small built-in implementation of the same rules, and only
// the rest goes to ICU (tests check both give identical tokens).
//
// Thread-safety: safe from any thread. Each thread clones one shared iterator
// on first use and reuses it, so there is no locking and no per-call setup.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace bs {

// Tokens longer than this many bytes are dropped: they are URLs, hashes or
// base64 that leaked into text, useless for similarity and search, and the
// bound keeps per-term memory small.
inline constexpr std::size_t kMaxTokenBytes = 96;

// Appends to `out` the words of `text`: runs of letters, digits, kana or
// ideographs (with UAX #29 joiners, so "don't", "3.5", "1,000" and "u.s" stay
// whole). Spaces, punctuation, symbols and emoji are skipped, as are tokens
// made only of "_" and "@" and tokens longer than kMaxTokenBytes. The views
// point into `text`, which must outlive them. Only the first
// kMaxNormalizedBytes of `text` are read.
//
// `text` must be valid UTF-8, normally the output of NormalizeForAnalysis
// (which bounds its size); invalid bytes are not an error but their
// segmentation is unspecified.
void Tokenize(std::string_view text, std::vector<std::string_view>* out);

// The same segmentation computed by ICU alone, without Tokenize's fast path
// for Latin and Cyrillic stretches. Slower; kept as the reference the fast
// path is tested against.
void TokenizeWithIcu(std::string_view text, std::vector<std::string_view>* out);

// Convenience form of Tokenize.
std::vector<std::string_view> Tokenize(std::string_view text);

}  // namespace bs
