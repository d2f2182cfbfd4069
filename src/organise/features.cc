#include "organise/features.h"
#include "core/utf8.h"

#include <algorithm>
#include <span>
#include <unordered_map>

#include "core/hash.h"
#include "organise/credit.h"
#include "text/minhash.h"
#include "text/normalize.h"
#include "text/shingles.h"
#include "text/bilingual_dictionary.h"
#include "text/stopwords.h"
#include "text/latin_key.h"
#include "text/stem.h"

namespace bs {
namespace {

// Entities are compared by their first few letters: "Philippine" and
// "Philippines", "Ukraine" and "Ukraina", "Pandemie" and "pandemia" meet.
// Six letters rather than five: on the SemEval 2022 task 8 dev pairs five
// merges more distinct names and words and costs precision (same-story F1
// 0.762 at five, 0.775 at six, 0.769 at seven, 0.761 at eight, 0.753 at
// four).
constexpr std::size_t kEntityPrefixBytes = 6;
// Words of languages without a stemmer (Polish, Czech, Ukrainian...) are cut
// to this many code points before they become term keys: a crude but
// well-known stand-in for stemming in inflecting languages ("wyborach",
// "wyborów", "wybory" meet as "wybor"). Only alphabetic scripts are cut;
// dictionary-segmented scripts (Chinese, Japanese, Thai) do not inflect.
constexpr std::size_t kUnstemmedPrefixCodepoints = 5;
// Long lowercase words are mostly content words, and many are international
// ("coronavirus", "pandemia"/"pandemie", "referendum"): their accent-free
// prefixes are anchors that meet across related languages without a
// dictionary, as entities do. Shorter words are too often function words or
// false friends.
constexpr int kAnchorMinCodepoints = 8;
// Entity scanning stops after this many bytes of text: the lead and the first
// part of the body name the actors; the bound keeps huge bodies cheap.
constexpr std::size_t kEntityScanBytes = 24 * 1024;
// Salt so an entity key never equals a term key in shared tables.
constexpr std::uint64_t kEntitySalt = 0x9e3779b97f4a7c15ull;

// Decodes one UTF-8 code point at s[i]; returns its length (1 for invalid).
int Decode(std::string_view s, std::size_t i, char32_t* cp) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (i + len > s.size()) len = 1;
  if (len == 1) {
    *cp = c < 0x80 ? c : 0xFFFD;
    return 1;
  }
  char32_t v = c & (0x7F >> len);
  for (int k = 1; k < len; ++k) v = (v << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *cp = v;
  return len;
}

bool IsWordCodepoint(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  // Latin-1 letters, Latin Extended, Greek, Cyrillic (the scripts where
  // capitalisation marks proper nouns).
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  if (c >= 0x370 && c <= 0x52F) return true;
  return false;
}

bool IsUpper(char32_t c) {
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  // Latin Extended-A pairs upper/lower, but the parity flips twice (Ĺ..ň and
  // Ź..ž put the capital on odd code points; ı and ĸ have none).
  if (c >= 0x100 && c <= 0x137) return c != 0x131 && (c % 2) == 0;
  if (c >= 0x139 && c <= 0x148) return (c % 2) == 1;
  if (c >= 0x14A && c <= 0x177) return (c % 2) == 0;
  if (c == 0x178) return true;
  if (c >= 0x179 && c <= 0x17E) return (c % 2) == 1;
  if (c >= 0x391 && c <= 0x3A9) return true;
  if (c >= 0x400 && c <= 0x42F) return true;
  return false;
}

char32_t Lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F && c != 0x130 && IsUpper(c)) return c + 1;
  if (c == 0x130) return 'i';  // Turkish dotted capital I
  if (c >= 0x391 && c <= 0x3A9) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}


// Cuts `term` to kUnstemmedPrefixCodepoints when it is written in an
// alphabetic script: Latin, Greek, Cyrillic, Armenian, Hebrew and Arabic
// letters take one or two UTF-8 bytes; a lead byte of 0xE0 or more starts
// the Indic, Thai and East Asian scripts, which are left whole.
void CutUnstemmed(std::string* term) {
  if (term->empty() || static_cast<unsigned char>((*term)[0]) >= 0xE0) return;
  std::size_t i = 0, n = 0;
  while (i < term->size() && n < kUnstemmedPrefixCodepoints) {
    char32_t c;
    i += Decode(*term, i, &c);
    ++n;
  }
  term->resize(i);
}

// Counts in a small open-addressing table: a text repeats many of its words,
// and sorting every occurrence was a measurable share of the organiser's
// time. Keys are hashes already, so their low bits pick the slot. The
// counts come out in table order: every consumer either ignores order (IDF)
// or sorts the keys it keeps (MakeStoryVector).
std::vector<KeyCount> CountKeys(std::vector<std::uint32_t>* keys) {
  std::vector<KeyCount> out;
  if (keys->empty()) return out;
  std::size_t size = 16;
  while (size < keys->size() * 2) size <<= 1;
  const std::size_t mask = size - 1;
  thread_local std::vector<KeyCount> table;  // count 0 marks an empty slot
  table.assign(size, KeyCount{});
  for (std::uint32_t k : *keys) {
    std::size_t i = k & mask;
    while (table[i].count != 0 && table[i].key != k) i = (i + 1) & mask;
    table[i].key = k;
    table[i].count += 1;
  }
  for (const KeyCount& c : table) {
    if (c.count != 0) out.push_back(c);
  }
  return out;
}

// Removes repeated values, keeping first occurrences in order, through an
// open-addressing table rather than a sort (values are well-mixed hashes).
void RemoveRepeats(std::vector<std::uint64_t>* values) {
  std::size_t size = 16;
  while (size < values->size() * 2) size <<= 1;
  const std::size_t mask = size - 1;
  thread_local std::vector<std::uint64_t> table;  // 0 marks an empty slot
  table.assign(size, 0);
  bool seen_zero = false;
  std::size_t kept = 0;
  for (std::uint64_t v : *values) {
    bool fresh;
    if (v == 0) {
      fresh = !seen_zero;
      seen_zero = true;
    } else {
      std::size_t i = v & mask;
      while (table[i] != 0 && table[i] != v) i = (i + 1) & mask;
      fresh = table[i] == 0;
      table[i] = v;
    }
    if (fresh) (*values)[kept++] = v;
  }
  values->resize(kept);
}

}  // namespace

void ExtractEntities(std::string_view text, std::string_view language,
                     std::vector<std::uint32_t>* keys) {
  text = TruncateUtf8(text, kEntityScanBytes);
  std::string word;  // lowercased current word (for the stop-word check)
  std::string latin;  // its script- and accent-insensitive key
  std::string digits;
  bool capital = false, has_digit = false, has_letter = false;
  int codepoints = 0;
  auto flush = [&]() {
    if (has_digit && !has_letter && digits.size() >= 2) {
      // Numbers keep only their digits so "50,000", "50.000" and "50 000"
      // meet across languages.
      keys->push_back(static_cast<std::uint32_t>(Mix64(Fnv1a64(digits) ^ kEntitySalt)));
    } else if (capital && has_letter && codepoints >= 2 && latin.size() >= 2 &&
               !IsStopWord(language, word) && !IsStopWord("en", word)) {
      // The key is the Latin rendering's prefix, so "Erdoğan"/"Erdogan" and
      // "Путин"/"Putin" meet as well as inflected forms.
      if (latin.size() > kEntityPrefixBytes) latin.resize(kEntityPrefixBytes);
      keys->push_back(static_cast<std::uint32_t>(Mix64(Fnv1a64(latin) ^ kEntitySalt)));
    } else if (!capital && !has_digit && codepoints >= kAnchorMinCodepoints) {
      // Anchors share the entity key space: "Pandemie" (a German noun, so
      // capitalised) and "pandemia" then meet too.
      if (latin.size() > kEntityPrefixBytes) latin.resize(kEntityPrefixBytes);
      keys->push_back(static_cast<std::uint32_t>(Mix64(Fnv1a64(latin) ^ kEntitySalt)));
    }
    word.clear();
    latin.clear();
    digits.clear();
    capital = has_digit = has_letter = false;
    codepoints = 0;
  };
  for (std::size_t i = 0; i < text.size();) {
    char32_t c;
    const int len = Decode(text, i, &c);
    const bool joiner = (c == ',' || c == '.') && has_digit && !has_letter && i + 1 < text.size() &&
                        text[i + 1] >= '0' && text[i + 1] <= '9';
    if (IsWordCodepoint(c)) {
      if (codepoints == 0) capital = IsUpper(c) || (c >= '0' && c <= '9');
      if (!capital) {
        // A lowercase word can only be an anchor: its key prefix and length
        // are all that is needed.
        if (latin.size() < kEntityPrefixBytes) AppendLatinKey(c, &latin);
        ++codepoints;
        i += len;
        continue;
      }
      if (c >= '0' && c <= '9') {
        has_digit = true;
        digits.push_back(static_cast<char>(c));
      } else {
        has_letter = true;
      }
      AppendUtf8(word, Lower(c));
      if (latin.size() < kEntityPrefixBytes) AppendLatinKey(c, &latin);
      ++codepoints;
    } else if (!joiner) {
      if (codepoints > 0) flush();
    }
    i += len;
  }
  if (codepoints > 0) flush();
}

ArticleFeatures ComputeFeatures(const Analyzer& analyzer, std::string_view title,
                                std::string_view text, std::string_view language_hint) {
  ArticleFeatures f;
  // A language given by the caller (the partner's configured language) is
  // trusted: detection is the costliest step of analysis, and a desk knows
  // what its partners publish in. Without one, the language is detected.
  AnalyzedText body = language_hint.empty() ? analyzer.Analyze(text)
                                            : analyzer.AnalyzeAs(text, language_hint);
  f.language = body.language;
  if (f.language.empty() && !language_hint.empty()) f.language = std::string(language_hint);
  // Titles are too short to identify; they are analysed as the body's language.
  AnalyzedText head = analyzer.AnalyzeAs(title, f.language);
  f.body_terms = body.terms.size();

  // Each body term is hashed once, for the shingles and (unless cut below)
  // for its term key.
  std::vector<std::uint64_t> term_hashes;
  term_hashes.reserve(body.terms.size());
  for (const std::string& t : body.terms) term_hashes.push_back(TermHash(t));

  if (!body.terms.empty()) {
    std::vector<std::uint64_t> shingles = ShingleHashesOf(term_hashes, kShingleWidth);
    RemoveRepeats(&shingles);  // a set: the signature ignores order
    f.shingle_count = static_cast<std::uint32_t>(shingles.size());
    f.minhash = MinHashSignature(shingles, kMinHashSlots);
    if (body.terms.size() >= 3) {
      ContentHasher h;
      for (const std::string& t : body.terms) h.Add(t);
      f.body_hash = h.value() | 1;  // never 0, which means "none"
    }
  }

  // Judged on the words (not the raw text), so punctuation, figures and a
  // few quoted Latin names do not count.
  std::size_t latin_terms = 0;
  for (const std::string& t : body.terms) {
    if (t.empty()) continue;
    char32_t c;
    Decode(t, 0, &c);
    latin_terms += HasLatinKey(c) ? 1 : 0;
  }
  f.caseless_script = latin_terms * 2 < body.terms.size();

  // Before cutting: the dictionary is keyed by whole (stemmed) words.
  f.pivot_is_terms = f.language == "en";
  if (!f.pivot_is_terms) {
    if (const BilingualDictionary* dict = EnglishPivot(f.language)) {
      std::vector<std::uint32_t> keys;
      keys.reserve((body.terms.size() + kLeadTerms) * 2);
      auto add = [&](const std::string& t, int repeat) {
        std::span<const std::uint32_t> tr = dict->Translate(t);
        // A word the dictionary lacks is mostly a name or an international
        // word, spelled as in English ("merkel", "covid", "nato"): it is
        // kept as it is (SemEval dev pairs: pivot AUC for de-en 0.87 ->
        // 0.93, es-it 0.88 -> 0.91).
        const std::uint32_t self = static_cast<std::uint32_t>(TermHash(t));
        if (tr.empty()) tr = std::span<const std::uint32_t>(&self, 1);
        for (std::uint32_t k : tr) {
          for (int r = 0; r < repeat; ++r) keys.push_back(k);
        }
      };
      for (const std::string& t : head.terms) add(t, kTitleTermRepeat);
      for (std::size_t i = 0; i < body.terms.size(); ++i) add(body.terms[i], i < kLeadTerms ? 2 : 1);
      f.pivot = CountKeys(&keys);
    }
  }

  // After the shingles: near-duplicate detection wants the exact words.
  if (!HasStemmer(f.language)) {
    for (std::size_t i = 0; i < body.terms.size(); ++i) {
      CutUnstemmed(&body.terms[i]);
      term_hashes[i] = TermHash(body.terms[i]);
    }
    for (std::string& t : head.terms) CutUnstemmed(&t);
  }

  std::vector<std::uint32_t> keys;
  keys.reserve(body.terms.size() + head.terms.size() * kTitleTermRepeat + kLeadTerms);
  for (const std::string& t : head.terms) {
    const auto k = static_cast<std::uint32_t>(TermHash(t));
    for (int r = 0; r < kTitleTermRepeat; ++r) keys.push_back(k);
  }
  for (std::size_t i = 0; i < body.terms.size(); ++i) {
    const auto k = static_cast<std::uint32_t>(term_hashes[i]);
    keys.push_back(k);
    if (i < kLeadTerms) keys.push_back(k);
  }
  f.terms = CountKeys(&keys);

  keys.clear();
  ExtractEntities(text, f.language, &keys);
  f.entities = CountKeys(&keys);
  f.credited_source = FindCreditedSource(text);
  return f;
}

}  // namespace bs
