// Word-to-English translation from FreeDict bilingual dictionaries in dictd
// format (Debian's dict-freedict-<lang>-eng packages), so that texts in two
// languages can be compared in one "pivot" vocabulary: English term keys.
//
// A dictd dictionary is two files: `<name>.index`, one line per headword
// ("headword TAB base64-offset TAB base64-length"), and `<name>.dict.dz`
// (dictzip, readable as plain gzip) holding the entry texts the index points
// into. Only one-word headwords are kept. Each is normalised and stemmed as
// the analyser would for its language, so an analysed term is looked up
// directly; its translations (the first few senses of the entry text) are
// stemmed as English and kept as TermHash keys, the same keys English text
// gets.
//
// Where the files live: $BROADSHEET_DICTD_DIR if set, else /usr/share/dictd
// (the Debian location). A missing dictionary turns translation off for that
// language (logged once); a malformed one is rejected with a ParseError,
// never trusted past its bounds.
//
// Thread-safety: a loaded BilingualDictionary is immutable. EnglishPivot
// loads each language at most once (std::call_once) and may be called from
// any thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace bs {

// Per headword, at most this many English keys: the first senses are the
// common ones; later ones are rare uses that would only add noise.
inline constexpr std::size_t kMaxTranslationKeys = 6;
// Dictionary files larger than this are not a FreeDict dictionary (the
// largest, German-English, is 13 MB of index and 100 MB of text).
inline constexpr std::size_t kMaxDictdIndexBytes = 64u << 20;
inline constexpr std::size_t kMaxDictdTextBytes = 512u << 20;

class BilingualDictionary {
 public:
  // Reads `<base>.index` and `<base>.dict.dz` (or an uncompressed
  // `<base>.dict`). `language` (ISO 639-1) selects how headwords are stemmed.
  static Result<BilingualDictionary> Load(const std::string& base, std::string_view language);

  // English term keys for an analysed term of the dictionary's language
  // (normalised and stemmed as the analyser produces it); empty if unknown.
  std::span<const std::uint32_t> Translate(std::string_view term) const;

  std::size_t headwords() const { return keys_.size(); }
  std::size_t MemoryBytes() const {
    return keys_.capacity() * sizeof(std::uint64_t) + starts_.capacity() * sizeof(std::uint32_t) +
           values_.capacity() * sizeof(std::uint32_t);
  }

  // Exposed for tests: English keys of one entry text (its first line is the
  // headword line and is skipped), in sense order, at most
  // kMaxTranslationKeys.
  static std::vector<std::uint32_t> ParseEntry(std::string_view entry);
  // The key English text gets for `word` (lowercase ASCII): TermHash of its
  // English stem, cut to 32 bits as organise feature keys are.
  static std::uint32_t EnglishKey(std::string_view word);

 private:
  std::vector<std::uint64_t> keys_;    // sorted hashes of stemmed headwords
  std::vector<std::uint32_t> starts_;  // keys_.size() + 1 offsets into values_
  std::vector<std::uint32_t> values_;  // English keys
};

// The dictionary from `language` (ISO 639-1) into English, loaded on first
// use; nullptr when there is none (English itself, a language without a
// FreeDict package, or one not installed or unreadable).
const BilingualDictionary* EnglishPivot(std::string_view language);

// The directory EnglishPivot reads: $BROADSHEET_DICTD_DIR or /usr/share/dictd.
std::string DictdDirectory();

}  // namespace bs
