// Per-article features shared by duplicate detection, story clustering and
// related coverage: computed once at Add time from the text layer's Analyzer,
// then kept only as compact signatures (never the text).
//
// Thread-safety: pure functions; the Analyzer passed in may be shared.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/analyzer.h"

namespace bs {

// MinHash slots per article: 64 gives a Jaccard estimate within about ±0.06,
// enough to tell syndicated copies (0.6–1.0) from same-event rewrites
// (under 0.3), at 256 bytes per article held.
inline constexpr int kMinHashSlots = 64;
// Word-shingle width for near-duplicates: 4 stemmed content words survive
// light edits yet are rare enough across different texts.
inline constexpr int kShingleWidth = 4;
// Bodies with fewer analysed terms than this are matched as near-duplicates
// only when almost identical: a few words carry too few shingles to estimate.
inline constexpr std::size_t kShortBodyTerms = 25;
// Title terms count this many times: a headline states the story, but alone
// it is weak evidence, so it is only a boost over the body.
inline constexpr int kTitleTermRepeat = 2;
// The lead (first paragraphs) states the event; its terms get a boost.
inline constexpr std::size_t kLeadTerms = 60;

// A feature key with its raw count (before IDF weighting).
struct KeyCount {
  std::uint32_t key = 0;
  float count = 0;
};

struct ArticleFeatures {
  std::string language;
  // Hash of the analysed body terms, 0 when the body has too few terms to be
  // a meaningful exact-duplicate key (empty galleries, one-line notices).
  std::uint64_t body_hash = 0;
  std::vector<std::uint32_t> minhash;  // kMinHashSlots values, empty if no body
  std::uint32_t shingle_count = 0;     // distinct shingles behind `minhash`
  std::size_t body_terms = 0;
  // Stemmed content words of title (boosted), lead (boosted) and body. This
  // and the other key counts below are in no particular order.
  std::vector<KeyCount> terms;
  // Language-independent evidence: capitalised words (proper nouns), numbers
  // and long words ("anchors", often international), each cut to a short
  // accent- and script-insensitive prefix so inflected forms, close
  // spellings and transliterations meet.
  std::vector<KeyCount> entities;
  // Most words are in a script without Latin keys (Chinese, Japanese, Thai,
  // Arabic...): the entities of such a text are only its figures and the
  // Latin-script names it quotes.
  bool caseless_script = false;
  // The words in the pivot vocabulary, English term keys, so texts in two
  // languages can meet on their words: an English text's pivot is its
  // `terms` (pivot_is_terms, nothing stored); another language's is its
  // words translated through a bilingual dictionary (text/
  // bilingual_dictionary.h), boosted as `terms` are; empty when there is no
  // dictionary for the language.
  std::vector<KeyCount> pivot;
  bool pivot_is_terms = false;
  std::string credited_source;  // NormaliseSourceName of a credit line, or ""
};

// Computes everything above. `language_hint` may be empty.
ArticleFeatures ComputeFeatures(const Analyzer& analyzer, std::string_view title,
                                std::string_view text, std::string_view language_hint);

// Appends entity keys (see ArticleFeatures::entities) found in raw `text`;
// exposed for tests. `language` selects the stop words to reject.
void ExtractEntities(std::string_view text, std::string_view language,
                     std::vector<std::uint32_t>* keys);

}  // namespace bs
