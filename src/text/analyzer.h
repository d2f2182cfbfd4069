// The text-analysis facade: from raw article text to the terms that
// duplicate detection, clustering, related coverage and search all share.
//
//   text -> NormalizeForAnalysis -> DetectLanguage -> Tokenize
//        -> drop stop words -> strip French/Italian/Catalan elisions -> Stem
//
// Thread-safety: an Analyzer is immutable after construction; one instance
// may be shared by any number of threads.
//
// Memory: each thread that analyses keeps a cache of token outcomes per
// language it meets (about 1 MiB each, at most 16 per thread) plus one
// ICU word-break iterator and one Snowball stemmer per language, all freed
// when the thread exits.
//
// Cost (one core, 2-3 KB articles): roughly 40-100 µs for Latin and Cyrillic
// text, 120-230 µs for Thai, Chinese and Japanese (ICU dictionary lookups);
// bench/text_speed prints current figures.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bs {

struct AnalyzedText {
  // ISO 639-1 code the terms were produced for ("" when unknown; then no
  // stop words or stemming were applied).
  std::string language;
  bool language_reliable = false;  // detection was confident (false when forced)
  // Normalised, stop-word-free, stemmed terms in text order, duplicates kept.
  std::vector<std::string> terms;
  std::size_t token_count = 0;  // words found before stop-word removal
  bool truncated = false;       // input was longer than kMaxAnalyzedBytes
};

struct AnalyzerOptions {
  bool remove_stop_words = true;
  bool stem = true;
};

class Analyzer {
 public:
  Analyzer() = default;
  explicit Analyzer(AnalyzerOptions options) : options_(options) {}

  // Analyses `text` (UTF-8, may be invalid or huge: it is repaired and
  // bounded). The language is detected; `language_hint` (e.g. the source's
  // configured language) and `tld_hint` tilt detection, and the hint is used
  // outright when detection is unreliable.
  AnalyzedText Analyze(std::string_view text, std::string_view language_hint = {},
                       std::string_view tld_hint = {}) const;

  // Analyses `text` as `language` without detecting (for search queries,
  // which are too short to identify and must match the indexed terms of the
  // language being searched). An empty `language` means no stop words or
  // stemming.
  AnalyzedText AnalyzeAs(std::string_view text, std::string_view language) const;

 private:
  void FillTerms(std::string_view normalised, AnalyzedText* out) const;

  AnalyzerOptions options_;
};

}  // namespace bs
