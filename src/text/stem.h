// Snowball stemming (libstemmer) by language.
//
// Thread-safety: safe from any thread. A Snowball stemmer object is not
// thread-safe, so each thread lazily creates its own per language and keeps
// it for the thread's life.
#pragma once

#include <string>
#include <string_view>

namespace bs {

// Whether `language` (ISO 639-1, e.g. "en", "de", "ru", "ar", "id") has a
// Snowball stemmer. Covers: ar ca da de el en es eu fi fr ga hi hu hy id it
// lt ms ne nl no/nb/nn pt ro ru sr sv ta tr yi.
bool HasStemmer(std::string_view language);

// Stem of `word`, which must be normalised (NormalizeForAnalysis) UTF-8.
// Returns `word` unchanged for a language without a stemmer, for words that
// contain no letters, and for words longer than kMaxStemInputBytes.
std::string Stem(std::string_view language, std::string_view word);

// Writes the stem into `*out` (replacing its contents); the allocation-free
// form of Stem for loops that reuse one string.
void StemInto(std::string_view language, std::string_view word, std::string* out);

// Words longer than this are not stemmed (Snowball's cost grows with length,
// and no real inflected word is this long).
inline constexpr std::size_t kMaxStemInputBytes = 64;

}  // namespace bs
