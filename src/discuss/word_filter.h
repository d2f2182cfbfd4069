// Banned and suspect words, matched the way commenters try to dodge them:
// through case, accents, lookalike letters from other scripts, digit and
// symbol substitutions ("1d10t", "$tup!d"), repeated letters ("stuuupid")
// and spacing ("s t u p i d", "s.t.u.p.i.d").
//
// Matching is by whole words (and whole phrases for multi-word entries) on
// a folded "skeleton" of each word, never by substring, so "class" never
// matches "ass" and "Scunthorpe" is safe. Two rules keep the folding from
// inventing matches: a word matches an entry only when it has at least as
// many letters as the entry (dodging never shortens a word, and without
// the rule "as" would match "ass" once repeats collapse), and the folding
// of digits and symbols applies only inside words that also have letters
// (so "2024" or "100%" stay numbers).
//
// Thread-safety: a WordFilter is immutable after construction.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace bs::discuss {

// A word as matching sees it: `skeleton` is the folded form, `letters` the
// count of letters and substitutes it was folded from; `stripped` and
// `stripped_letters` the same without leading and trailing symbols.
struct FoldedWord {
  std::string skeleton;
  std::size_t letters = 0;
  std::string stripped;
  std::size_t stripped_letters = 0;
};

// The words of `text` in order, folded. Runs of three or more one-letter
// words ("s t u p i d") are joined into one word. Reads at most
// kMaxFilteredBytes of `text`; invalid UTF-8 is repaired, never trusted.
std::vector<FoldedWord> FoldWords(std::string_view text);

inline constexpr std::size_t kMaxFilteredBytes = 64u << 10;

struct WordMatch {
  std::string entry;  // the list entry, as configured
};

class WordFilter {
 public:
  WordFilter() = default;
  // `entries` are words or short phrases; blank entries are ignored.
  explicit WordFilter(const std::vector<std::string>& entries);

  // The first entry `text` contains, if any.
  std::optional<WordMatch> Find(std::string_view text) const;
  // The same, over words already folded (one fold serves several lists).
  std::optional<WordMatch> Find(const std::vector<FoldedWord>& words) const;

  bool empty() const { return entries_.empty(); }

 private:
  struct Entry {
    std::string original;
    std::vector<FoldedWord> words;
  };
  std::vector<Entry> entries_;
  // Entries by the skeleton of their first word: a comment's words are
  // looked up, not compared against every entry.
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_;
};

}  // namespace bs::discuss
