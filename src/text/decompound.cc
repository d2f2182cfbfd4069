#include "text/decompound.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <fstream>
#include <memory>
#include <mutex>

#include <spdlog/spdlog.h>

#include "core/hash.h"
#include "text/bilingual_dictionary.h"
#include "text/normalize.h"
#include "text/stem.h"
#include "text/stopwords.h"

namespace bs {
namespace {

// The dictd index of the largest FreeDict dictionary (German) is 13 MB.
constexpr std::size_t kMaxIndexBytes = 64u << 20;
// Lexicon words longer than this are themselves compounds or phrases; as
// parts they would never be needed (a longer part is found as its own parts).
constexpr std::size_t kMaxLexiconWordBytes = kMaxCompoundBytes;
// Memoised splits per thread: the working German vocabulary of a news
// stream; a slot is a short string and usually no parts.
constexpr std::size_t kCacheSlots = 4096;

// Linking elements that may follow a non-final part, longest first so
// "-es-" is tried before "-s-". German: Arbeit-s-markt, Bund-es-land,
// Sonne-n-schein, Frau-en-bild, Hund-e-hütte; Dutch: stad-s-park,
// boek-en-kast, the same letters.
constexpr std::array<std::string_view, 5> kLinkers = {"es", "en", "s", "n", "e"};

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Only letters: ASCII a-z (after case folding) or non-ASCII UTF-8, which in
// a normalised German or Dutch headword is an accented letter.
bool AllLetters(std::string_view w) {
  for (char c : w) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && !(u >= 'a' && u <= 'z')) return false;
  }
  return true;
}

std::size_t Codepoints(std::string_view w) {
  std::size_t n = 0;
  for (char c : w) n += IsContinuation(c) ? 0 : 1;
  return n;
}

// The stem alphabet: the Snowball German and Dutch stemmers remove umlauts
// and accents from the whole word, so a non-final part inside a stemmed
// compound is written without them ("Führerschein" -> "fuhrerschein").
// Folds the Latin-1 lowercase vowels with diacritics (U+00E0-U+00FC).
std::string FoldAccents(std::string_view w) {
  std::string out;
  out.reserve(w.size());
  for (std::size_t i = 0; i < w.size(); ++i) {
    const auto c = static_cast<unsigned char>(w[i]);
    if (c == 0xC3 && i + 1 < w.size()) {
      const auto d = static_cast<unsigned char>(w[i + 1]);
      const char32_t cp = 0xC0 + (d & 0x3F);
      char base = 0;
      if (cp >= 0xE0 && cp <= 0xE5) base = 'a';
      else if (cp >= 0xE8 && cp <= 0xEB) base = 'e';
      else if (cp >= 0xEC && cp <= 0xEF) base = 'i';
      else if (cp >= 0xF2 && cp <= 0xF6) base = 'o';
      else if (cp >= 0xF9 && cp <= 0xFC) base = 'u';
      if (base != 0) {
        out.push_back(base);
        ++i;
        continue;
      }
    }
    out.push_back(static_cast<char>(c));
  }
  return out;
}

struct SplitterSlot {
  const char* iso1;
  const char* iso3;
  std::once_flag once;
  std::unique_ptr<CompoundSplitter> splitter;
};

// Languages that glue compounds and have a FreeDict <lang>-eng index
// Debian packages (scripts/install-deps installs both).
std::array<SplitterSlot, 2> g_slots{{{"de", "deu", {}, {}}, {"nl", "nld", {}, {}}}};

}  // namespace

CompoundSplitter::CompoundSplitter(std::string_view language) : language_(language) {}

void CompoundSplitter::AddWord(std::string_view word) {
  if (word.empty() || word.size() > kMaxLexiconWordBytes * 2) return;
  std::string normal;
  if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    // ASCII needs only lowercasing, which spares most headwords the ICU call.
    normal.assign(word);
    for (char& c : normal) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
  } else {
    normal = NormalizeForAnalysis(word);
  }
  if (normal.size() > kMaxLexiconWordBytes || !AllLetters(normal) ||
      Codepoints(normal) < kMinCompoundPartCodepoints || IsStopWord(language_, normal)) {
    return;
  }
  words_.push_back(Fnv1a64(FoldAccents(normal)));
  std::string stem;
  StemInto(language_, normal, &stem);
  if (Codepoints(stem) >= kMinCompoundPartCodepoints) stems_.push_back(Fnv1a64(stem));
}

void CompoundSplitter::Finish() {
  for (std::vector<std::uint64_t>* v : {&words_, &stems_}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
    v->shrink_to_fit();
  }
}

CompoundSplitter::Match CompoundSplitter::Lookup(std::uint64_t hash) const {
  if (std::binary_search(words_.begin(), words_.end(), hash)) return Match::kWord;
  if (std::binary_search(stems_.begin(), stems_.end(), hash)) return Match::kStem;
  return Match::kNone;
}

Result<CompoundSplitter> CompoundSplitter::LoadDictdIndex(const std::string& path,
                                                          std::string_view language) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Status::NotFound("cannot open " + path);
  // Checked before reading, so no line can be longer than the bound.
  const std::streamoff size = in.tellg();
  if (size < 0 || static_cast<std::uint64_t>(size) > kMaxIndexBytes) {
    return Status::ParseError(path + " is too large");
  }
  in.seekg(0);
  CompoundSplitter s(language);
  std::string line;
  while (std::getline(in, line)) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    const std::string_view head(line.data(), tab);
    // dictd's own entries ("00-database-info") fail the letters-only test.
    if (head.find(' ') != std::string_view::npos) continue;
    s.AddWord(head);
  }
  s.Finish();
  if (s.words_.empty()) return Status::ParseError(path + ": no usable headwords");
  return s;
}

std::vector<std::string> CompoundSplitter::Split(std::string_view term) const {
  std::vector<std::string> parts;
  const std::size_t n = term.size();
  if (n > kMaxCompoundBytes || n == 0 || words_.empty()) return parts;
  // Code point count before each byte offset (offsets inside a sequence are
  // never part boundaries).
  std::array<std::uint8_t, kMaxCompoundBytes + 1> cp{};
  for (std::size_t i = 0; i < n; ++i) cp[i + 1] = static_cast<std::uint8_t>(cp[i] + (IsContinuation(term[i]) ? 0 : 1));
  if (cp[n] < 2 * kMinCompoundPartCodepoints) return parts;
  auto boundary = [&](std::size_t i) { return i == n || !IsContinuation(term[i]); };
  auto long_enough = [&](std::size_t i, std::size_t j) {
    return std::size_t{cp[j]} - cp[i] >= kMinCompoundPartCodepoints;
  };
  // match[i][j]: how term[i, j) is known. Hashed incrementally from each
  // start, so the whole table costs n²/2 byte steps.
  std::array<std::array<Match, kMaxCompoundBytes + 1>, kMaxCompoundBytes + 1> match{};
  for (std::size_t i = 0; i < n; ++i) {
    if (!boundary(i)) continue;
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (std::size_t j = i; j < n; ++j) {
      h ^= static_cast<unsigned char>(term[j]);
      h *= 0x100000001b3ull;
      if (boundary(j + 1) && long_enough(i, j + 1)) match[i][j + 1] = Lookup(h);
    }
  }
  // A known word is not split (see the header).
  if (match[0][n] != Match::kNone) return parts;

  // Costs in tenths: a part costs 10, so fewer parts win. A non-final part
  // stands in the compound as written, so it should be a word as written
  // (with or without a linking element); one known only as a stem ("schul"
  // of "Schule", whose -e the compound drops) costs 5 more, which decides
  // "partner|such" over "partn|ersuch". A linking element costs 1.
  constexpr int kPart = 10, kStemOnly = 5, kLinker = 1;
  constexpr int kNone = 1 << 20;
  // cost[j]: cheapest cover of term[0, j) by non-final parts; from[j] where
  // the last of them starts, form_end[j] where its lexicon form ends (before
  // a linking element).
  std::array<int, kMaxCompoundBytes + 1> cost;
  std::array<std::uint8_t, kMaxCompoundBytes + 1> from{}, form_end{};
  cost.fill(kNone);
  cost[0] = 0;
  for (std::size_t j = 1; j < n; ++j) {
    if (!boundary(j)) continue;
    for (std::size_t i = 0; i < j; ++i) {
      if (cost[i] == kNone || !boundary(i)) continue;
      auto consider = [&](std::size_t end, int extra) {
        const int c = cost[i] + kPart + extra;
        if (c < cost[j]) {
          cost[j] = c;
          from[j] = static_cast<std::uint8_t>(i);
          form_end[j] = static_cast<std::uint8_t>(end);
        }
      };
      if (match[i][j] != Match::kNone) consider(j, match[i][j] == Match::kWord ? 0 : kStemOnly);
      for (std::string_view l : kLinkers) {
        if (j - i > l.size() && term.substr(j - l.size(), l.size()) == l) {
          const Match m = match[i][j - l.size()];
          if (m != Match::kNone) consider(j - l.size(), kLinker + (m == Match::kWord ? 0 : kStemOnly));
        }
      }
    }
  }
  // The final part (the head) carries the stemmer's suffix removal, so a
  // stem is as good as a word there. Cheapest overall, then the longest head.
  std::size_t head = 0;
  for (std::size_t i = 1; i < n; ++i) {
    if (cost[i] == kNone || match[i][n] == Match::kNone) continue;
    if (head == 0 || cost[i] < cost[head]) head = i;
  }
  if (head == 0) return parts;
  parts.emplace_back(term.substr(head));
  std::string stem;
  for (std::size_t j = head; j > 0; j = from[j]) {
    StemInto(language_, term.substr(from[j], form_end[j] - from[j]), &stem);
    parts.push_back(stem);
  }
  std::reverse(parts.begin(), parts.end());
  return parts;
}

bool SplitsCompounds(std::string_view language) {
  return std::any_of(g_slots.begin(), g_slots.end(),
                     [&](const SplitterSlot& s) { return language == s.iso1; });
}

const CompoundSplitter* CompoundSplitterFor(std::string_view language) {
  for (SplitterSlot& slot : g_slots) {
    if (language != slot.iso1) continue;
    std::call_once(slot.once, [&slot] {
      const std::string path =
          DictdDirectory() + "/freedict-" + std::string(slot.iso3) + "-eng.index";
      const auto t0 = std::chrono::steady_clock::now();
      Result<CompoundSplitter> s = CompoundSplitter::LoadDictdIndex(path, slot.iso1);
      const double ms =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      if (!s.ok()) {
        spdlog::info("text: no compound lexicon for '{}' ({}); compounds stay whole", slot.iso1,
                     s.status().message());
        return;
      }
      spdlog::info("text: compound lexicon for '{}': {} forms, {:.1f} MB, loaded in {:.0f} ms",
                   slot.iso1, s->forms(), s->MemoryBytes() / 1048576.0, ms);
      slot.splitter = std::make_unique<CompoundSplitter>(std::move(*s));
    });
    return slot.splitter.get();
  }
  return nullptr;
}

const std::vector<std::string>& CompoundParts(std::string_view language, std::string_view term) {
  static const std::vector<std::string> kNoParts;
  const CompoundSplitter* splitter = CompoundSplitterFor(language);
  if (splitter == nullptr || term.size() > kMaxCompoundBytes) return kNoParts;
  struct Slot {
    std::string language, term;
    std::vector<std::string> parts;
  };
  thread_local std::vector<Slot> cache(kCacheSlots);
  Slot& slot = cache[Fnv1a64(term, Fnv1a64(language)) % kCacheSlots];
  if (slot.term != term || slot.language != language || slot.term.empty()) {
    slot.language.assign(language);
    slot.term.assign(term);
    slot.parts = splitter->Split(term);
  }
  return slot.parts;
}

}  // namespace bs
