// Stop words: the commonest function words of a language, which carry no
// topic and only add noise to similarity and search.
//
// The lists are small and built in; they hold normalised (NFKC case-folded)
// forms, so they are matched against tokens before stemming.
//
// Thread-safety: the sets are built once, on first use, and never change.
#pragma once

#include <string_view>

namespace bs {

// An immutable set of words for one language.
class StopWords {
 public:
  virtual ~StopWords() = default;
  virtual bool Contains(std::string_view normalised_word) const = 0;
  virtual std::size_t size() const = 0;
};

// The stop words of `language` (ISO 639-1: en de fr es it pt nl ru ar tr pl
// id ms zh ja ko th), or an empty set for any other language. The returned
// reference lives for the whole process.
const StopWords& StopWordsFor(std::string_view language);

// Shorthand for StopWordsFor(language).Contains(word).
bool IsStopWord(std::string_view language, std::string_view normalised_word);

}  // namespace bs
