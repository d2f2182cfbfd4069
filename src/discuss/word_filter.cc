#include "discuss/word_filter.h"

#include <unicode/uchar.h>

#include "core/utf8.h"
#include "text/latin_key.h"
#include "text/normalize.h"

namespace bs::discuss {
namespace {

// Digits and symbols that stand in for letters. Digits fold only inside a
// word with letters; the symbols below also end a word when they trail it
// ("stupid!"), which is why a word keeps a second, stripped skeleton.
char Substitute(char32_t cp) {
  switch (cp) {
    case '0': return 'o';
    case '1': return 'i';
    case '3': return 'e';
    case '4': return 'a';
    case '5': return 's';
    case '7': return 't';
    case '8': return 'b';
    case '9': return 'g';
    case '@': return 'a';
    case '$': return 's';
    case '!': return 'i';
    case '|': return 'i';
    case '+': return 't';
    case 0x20AC: return 'e';  // euro sign
    default: return 0;
  }
}

bool IsDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }

// One word as read, before folding: its characters, each either a letter's
// Latin key, another script's letter (kept as is) or a substitute.
struct RawChar {
  std::string key;  // lowercase ASCII, or the UTF-8 of a letter without a Latin key
  bool substitute = false;
  bool digit = false;
};

// "l" and "i" (and the "1", "|" and "!" that stand for either) meet, and
// runs of one character collapse, so "stuuupid", "1d10t" and "idiot" agree.
std::string Skeleton(const std::vector<RawChar>& chars, std::size_t begin, std::size_t end) {
  std::string folded;
  for (std::size_t i = begin; i < end; ++i) folded += chars[i].key;
  std::string out;
  for (char c : folded) {
    if (c == 'l') c = 'i';
    if (!out.empty() && out.back() == c && static_cast<unsigned char>(c) < 0x80) continue;
    out.push_back(c);
  }
  return out;
}

void EmitWord(const std::vector<RawChar>& chars, std::vector<FoldedWord>* out) {
  if (chars.empty()) return;
  bool has_letter = false, all_digits = true;
  for (const RawChar& c : chars) {
    has_letter |= !c.substitute;
    all_digits &= c.digit;
  }
  if (!has_letter) {
    // A number ("2024") or a run of symbols: never folded into letters.
    if (!all_digits) return;
    FoldedWord w;
    for (const RawChar& c : chars) w.skeleton += c.key;  // the digits themselves
    w.letters = chars.size();
    w.stripped = w.skeleton;
    w.stripped_letters = w.letters;
    out->push_back(std::move(w));
    return;
  }
  // Inside a word with letters, digits stand for letters too ("1d10t").
  std::vector<RawChar> folded = chars;
  for (RawChar& c : folded)
    if (c.digit) c.key.assign(1, Substitute(static_cast<unsigned char>(c.key[0])));
  FoldedWord w;
  w.skeleton = Skeleton(folded, 0, folded.size());
  w.letters = chars.size();
  std::size_t b = 0, e = chars.size();
  while (b < e && chars[b].substitute && !chars[b].digit) ++b;
  while (e > b && chars[e - 1].substitute && !chars[e - 1].digit) --e;
  w.stripped = Skeleton(folded, b, e);
  w.stripped_letters = e - b;
  out->push_back(std::move(w));
}

bool Matches(const FoldedWord& text, const FoldedWord& entry) {
  return (text.skeleton == entry.skeleton && text.letters >= entry.letters) ||
         (text.stripped == entry.skeleton && text.stripped_letters >= entry.letters);
}

}  // namespace

std::vector<FoldedWord> FoldWords(std::string_view text) {
  const std::string norm = NormalizeForAnalysis(TruncateUtf8(text, kMaxFilteredBytes));
  std::vector<FoldedWord> words;
  std::vector<RawChar> current;
  for (std::size_t i = 0; i < norm.size();) {
    std::uint32_t cp = 0;
    std::size_t len = DecodeUtf8(norm, i, &cp);
    if (len == 0) {  // cannot happen after normalisation; step over it anyway
      ++i;
      continue;
    }
    const std::string_view bytes(norm.data() + i, len);
    i += len;
    RawChar c;
    if (const char sub = Substitute(cp)) {
      c.key.assign(1, IsDigit(cp) ? static_cast<char>(cp) : sub);
      c.substitute = true;
      c.digit = IsDigit(cp);
    } else if (HasLatinKey(cp)) {
      AppendLatinKey(cp, &c.key);
    } else if (u_isalpha(static_cast<UChar32>(cp)) || (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK)) {
      c.key.assign(bytes);  // another script's letter, or a mark on one
    }
    if (c.key.empty()) {  // a separator: space, punctuation, emoji
      EmitWord(current, &words);
      current.clear();
      continue;
    }
    current.push_back(std::move(c));
  }
  EmitWord(current, &words);
  // "s t u p i d": three or more one-letter words in a row are one word.
  std::vector<FoldedWord> joined;
  for (std::size_t i = 0; i < words.size();) {
    std::size_t j = i;
    while (j < words.size() && words[j].letters == 1) ++j;
    if (j - i >= 3) {
      FoldedWord w;
      for (std::size_t k = i; k < j; ++k) {
        if (w.skeleton.empty() || w.skeleton.back() != words[k].skeleton[0]) w.skeleton += words[k].skeleton;
      }
      w.letters = j - i;
      w.stripped = w.skeleton;
      w.stripped_letters = w.letters;
      joined.push_back(std::move(w));
      i = j;
    } else {
      joined.push_back(std::move(words[i]));
      ++i;
    }
  }
  return joined;
}

WordFilter::WordFilter(const std::vector<std::string>& entries) {
  for (const std::string& e : entries) {
    auto words = FoldWords(e);
    if (words.empty()) continue;
    // An entry is matched by its skeletons; its letter counts are the
    // minimum a dodged spelling has.
    for (FoldedWord& w : words) w.letters = std::min(w.letters, w.stripped_letters);
    entries_.push_back({e, std::move(words)});
    by_first_[entries_.back().words[0].skeleton].push_back(entries_.size() - 1);
  }
}

std::optional<WordMatch> WordFilter::Find(std::string_view text) const {
  if (entries_.empty()) return std::nullopt;
  return Find(FoldWords(text));
}

std::optional<WordMatch> WordFilter::Find(const std::vector<FoldedWord>& words) const {
  for (std::size_t i = 0; i < words.size(); ++i) {
    for (const std::string* key : {&words[i].skeleton, &words[i].stripped}) {
      auto it = by_first_.find(*key);
      if (it == by_first_.end()) continue;
      for (std::size_t index : it->second) {
        const Entry& e = entries_[index];
        if (i + e.words.size() > words.size()) continue;
        bool all = true;
        for (std::size_t k = 0; k < e.words.size() && all; ++k) all = Matches(words[i + k], e.words[k]);
        if (all) return WordMatch{e.original};
      }
    }
  }
  return std::nullopt;
}

}  // namespace bs::discuss
