// Compound splitting for languages that write compounds as one word
// (German, Dutch): "Impfstoffsuche" is "Impfstoff" + "Suche", "Coronakrise"
// is "Corona" + "Krise", "Landtagswahl" is "Landtag" + "-s-" + "Wahl". The
// stemmer leaves a compound whole, so the same concept written as a compound
// in one text and as separate words (or hyphenated, which the tokenizer
// splits) in another gives no shared term. Splitting into the parts lets
// them meet.
//
// Splitting is lexicon-driven: a word is split only when every part is a
// known word, allowing a linking element ("Fugenelement": -s-, -es-, -n-,
// -en-, -e-) after a non-final part. Among the splits, the one with the
// fewest parts wins (then the longest final part, the compound's head). A
// word that is itself in the lexicon is left whole: lexicalised compounds
// ("Wasserstoff", hydrogen) mean more than their parts.
//
// The splitter works on analysed terms (normalised, stemmed): only the final
// part carries the stemmer's suffix removal, so the lexicon holds each
// headword both as the stemmer writes it and in its stem's alphabet
// (umlauts and accents removed, as the Snowball German and Dutch stemmers
// do). The parts come back as term forms (stems), the keys the same words
// get when written alone.
//
// Where the lexicon comes from: the headwords of the FreeDict <lang>-eng
// dictionary index (text/bilingual_dictionary.h; Debian's
// dict-freedict-deu-eng and dict-freedict-nld-eng). Missing files turn
// splitting off for the language (logged once).
//
// Cost: a split is bounded by kMaxCompoundBytes (quadratic in the word's
// length, a few microseconds); CompoundParts memoises per thread.
//
// Thread-safety: a built CompoundSplitter is immutable. CompoundSplitterFor
// loads each language once (std::call_once); CompoundParts keeps a cache per
// thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace bs {

// Terms longer than this are not split: real compounds are shorter, and the
// split's cost grows with the square of the length.
inline constexpr std::size_t kMaxCompoundBytes = 48;
// Every part has at least this many letters: shorter "parts" are mostly
// prefixes and syllables that happen to be dictionary words ("ver", "ein").
inline constexpr std::size_t kMinCompoundPartCodepoints = 4;

class CompoundSplitter {
 public:
  // `language` (ISO 639-1) selects the stemmer, stop words and linking
  // elements.
  explicit CompoundSplitter(std::string_view language);

  // Adds one lexicon word (any case; normalised here). Words with anything
  // but letters, stop words and words shorter than a part are ignored.
  void AddWord(std::string_view word);
  // Call after the last AddWord, before Split.
  void Finish();

  // Reads the headwords of a dictd index (`headword TAB offset TAB length`
  // lines) into a splitter.
  static Result<CompoundSplitter> LoadDictdIndex(const std::string& path,
                                                 std::string_view language);

  // The parts of `term` (an analysed term: normalised and stemmed for the
  // splitter's language) as term forms, in order; empty when `term` is not a
  // compound of known words (or is itself known, too short or too long).
  std::vector<std::string> Split(std::string_view term) const;

  std::size_t forms() const { return words_.size() + stems_.size(); }
  std::size_t MemoryBytes() const {
    return (words_.capacity() + stems_.capacity()) * sizeof(std::uint64_t);
  }

 private:
  enum class Match : std::uint8_t { kNone, kStem, kWord };
  Match Lookup(std::uint64_t hash) const;

  std::string language_;
  // Sorted hashes of the headwords in the stem alphabet, and of their stems.
  std::vector<std::uint64_t> words_, stems_;
};

// Whether `language` writes compounds as one word and is split here.
bool SplitsCompounds(std::string_view language);

// The splitter for `language`, loaded on first use from the FreeDict index
// in DictdDirectory(); nullptr when the language is not split or its
// lexicon is missing.
const CompoundSplitter* CompoundSplitterFor(std::string_view language);

// CompoundSplitterFor(language)->Split(term), memoised per thread (news text
// repeats its words). The reference stays valid until the next call on the
// same thread.
const std::vector<std::string>& CompoundParts(std::string_view language, std::string_view term);

}  // namespace bs
