#include "text/bilingual_dictionary.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <mutex>

#include <spdlog/spdlog.h>

#include "core/hash.h"
#include "text/normalize.h"
#include "text/shingles.h"
#include "text/stem.h"
#include "text/stopwords.h"

namespace bs {
namespace {

// Entry texts are a few lines; a longer one is read only this far (its first
// senses are at the start).
constexpr std::size_t kMaxEntryBytes = 4096;
// Senses (comma-, semicolon- or number-separated translations) read per
// entry. On the SemEval dev pairs 1, 2 or 3 senses and 1 or 2 words per
// sense all give the same F1 within 0.006; 3 and 2 were kept.
constexpr int kMaxSenses = 3;
// Content words taken from one sense: "government in exile" gives
// "government" and "exile"; a long explanatory phrase is cut short.
constexpr int kMaxWordsPerSense = 2;
// Headwords longer than this are compounds no article term will match.
constexpr std::size_t kMaxHeadwordBytes = 64;
// Reading the compressed text in steps of this size keeps only a window of
// it in memory, not the whole (100 MB for German).
constexpr std::size_t kReadChunk = 1u << 20;

int Base64Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

// dictd's base64 numbers: most significant digit first, no padding.
bool DecodeNumber(std::string_view s, std::uint64_t* out) {
  if (s.empty() || s.size() > 10) return false;
  std::uint64_t v = 0;
  for (char c : s) {
    const int d = Base64Value(c);
    if (d < 0) return false;
    v = v * 64 + static_cast<std::uint64_t>(d);
  }
  *out = v;
  return true;
}

Result<std::string> ReadFile(const std::string& path, std::size_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::string data;
  char buf[1 << 16];
  while (in) {
    in.read(buf, sizeof buf);
    data.append(buf, static_cast<std::size_t>(in.gcount()));
    if (data.size() > max_bytes) return Status::ParseError(path + " is too large");
  }
  return data;
}

struct GzCloser {
  void operator()(gzFile_s* f) const { gzclose(f); }
};

// Words that say how a translation is used, not what it means.
bool IsUsageWord(std::string_view w) {
  return w == "sth" || w == "sb" || w == "somebody" || w == "something" || w == "someone" ||
         w == "etc" || w == "esp" || w == "coll" || w == "fig" || w == "pl";
}

struct IndexEntry {
  std::uint64_t offset = 0;
  std::uint32_t length = 0;
  std::uint64_t key = 0;  // hash of the stemmed headword
  std::uint32_t order = 0;
};

}  // namespace

std::uint32_t BilingualDictionary::EnglishKey(std::string_view word) {
  std::string stem;
  StemInto("en", word, &stem);
  return static_cast<std::uint32_t>(TermHash(stem));
}

std::vector<std::uint32_t> BilingualDictionary::ParseEntry(std::string_view entry) {
  if (entry.size() > kMaxEntryBytes) entry = entry.substr(0, kMaxEntryBytes);
  std::vector<std::uint32_t> out;
  int senses = 0;
  bool first_line = true, had_translation = false;
  std::string word;
  // A sense's words, stripped of bracketed notes ([pol.], <n>, /IPA/,
  // (usage), {cross-reference}).
  auto take_sense = [&](std::string_view sense) {
    if (senses >= kMaxSenses || out.size() >= kMaxTranslationKeys) return;
    int words = 0, depth = 0;
    bool any = false, in_slashes = false, foreign = false;
    word.clear();
    auto flush = [&] {
      if (!foreign && word.size() >= 2 && words < kMaxWordsPerSense && !IsStopWord("en", word) &&
          !IsUsageWord(word) && out.size() < kMaxTranslationKeys) {
        const std::uint32_t k = EnglishKey(word);
        if (std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
        ++words;
        any = true;
      }
      word.clear();
      foreign = false;
    };
    for (char c : sense) {
      if (c == '/') {
        // Pronunciations (/ɡˈoːf/) sit between slashes.
        flush();
        in_slashes = !in_slashes;
      } else if (c == '[' || c == '<' || c == '(' || c == '{') {
        flush();
        ++depth;
      } else if ((c == ']' || c == '>' || c == ')' || c == '}') && depth > 0) {
        --depth;
      } else if (depth > 0 || in_slashes) {
        continue;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        if (word.size() < 32) word.push_back(static_cast<char>(c | 0x20));
      } else if (static_cast<unsigned char>(c) >= 0x80) {
        // A word with non-ASCII letters is not English (or is a name the
        // entity keys already cover).
        foreign = true;
      } else {
        flush();
      }
    }
    flush();
    if (any) ++senses;
  };
  std::size_t pos = 0;
  while (pos < entry.size() && senses < kMaxSenses && out.size() < kMaxTranslationKeys) {
    std::size_t end = entry.find('\n', pos);
    if (end == std::string_view::npos) end = entry.size();
    std::string_view line = entry.substr(pos, end - pos);
    pos = end + 1;
    if (first_line) {
      first_line = false;
      continue;
    }
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty()) continue;
    // A numbered sense ("2. president"): the number is a marker, the rest a
    // translation.
    bool numbered = false;
    std::size_t d = 0;
    while (d < line.size() && line[d] >= '0' && line[d] <= '9') ++d;
    if (d > 0 && d + 1 < line.size() && line[d] == '.' && line[d + 1] == ' ') {
      line.remove_prefix(d + 2);
      numbered = true;
    }
    // Only the first line after the headword and numbered senses translate;
    // other lines are cross-references ("see:", "Synonym:") or definitions
    // in the source language.
    if (!numbered && had_translation) continue;
    if (line.starts_with("see:") || line.starts_with("Synonym") || line.starts_with("Note")) continue;
    had_translation = true;
    // Senses within a line are separated by commas and semicolons; a
    // trailing " 2." announces the next sense's definition and is dropped by
    // the word scan (digits are not letters).
    std::size_t s = 0;
    int depth = 0;
    for (std::size_t i = 0; i <= line.size(); ++i) {
      const char c = i < line.size() ? line[i] : ',';
      if (c == '(' || c == '[' || c == '{' || c == '<') ++depth;
      if ((c == ')' || c == ']' || c == '}' || c == '>') && depth > 0) --depth;
      if ((c == ',' || c == ';') && depth == 0) {
        take_sense(line.substr(s, i - s));
        s = i + 1;
      }
    }
  }
  return out;
}

Result<BilingualDictionary> BilingualDictionary::Load(const std::string& base,
                                                      std::string_view language) {
  Result<std::string> index = ReadFile(base + ".index", kMaxDictdIndexBytes);
  if (!index.ok()) return index.status();
  const std::string lang(language);
  const bool stem = HasStemmer(lang);

  // Index lines -> (offset, length, key) of one-word headwords.
  std::vector<IndexEntry> entries;
  std::string stemmed;
  std::size_t pos = 0, line_no = 0;
  const std::string& text = *index;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    const std::size_t t1 = line.find('\t');
    const std::size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    std::uint64_t offset = 0, length = 0;
    if (t2 == std::string_view::npos ||
        !DecodeNumber(line.substr(t1 + 1, t2 - t1 - 1), &offset) ||
        !DecodeNumber(line.substr(t2 + 1), &length)) {
      return Status::ParseError(base + ".index line " + std::to_string(line_no) +
                                ": not 'headword TAB offset TAB length'");
    }
    const std::string_view head = line.substr(0, t1);
    // dictd's own entries ("00-database-info"...) and phrases are skipped.
    if (head.empty() || head.size() > kMaxHeadwordBytes || head.starts_with("00-database") ||
        head.starts_with("00database") || head.find(' ') != std::string_view::npos) {
      continue;
    }
    // ASCII needs only lowercasing (NFKC case folding is that for ASCII),
    // which spares most headwords the ICU call: loading stays well under a
    // second for the large dictionaries.
    std::string normal;
    if (std::all_of(head.begin(), head.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
      normal.assign(head);
      for (char& c : normal) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
    } else {
      normal = NormalizeForAnalysis(head);
    }
    if (normal.find_first_of(" -'.") != std::string::npos) continue;
    if (stem) {
      StemInto(lang, normal, &stemmed);
    } else {
      stemmed = normal;
    }
    entries.push_back({offset, static_cast<std::uint32_t>(std::min<std::uint64_t>(length, kMaxEntryBytes)),
                       Fnv1a64(stemmed), static_cast<std::uint32_t>(entries.size())});
  }
  index = std::string();  // free the index text before reading the entries

  // Entry texts in file order, through a sliding window of the decompressed
  // stream.
  std::sort(entries.begin(), entries.end(),
            [](const IndexEntry& a, const IndexEntry& b) { return a.offset < b.offset; });
  std::string dict_path = base + ".dict.dz";
  std::unique_ptr<gzFile_s, GzCloser> gz(gzopen(dict_path.c_str(), "rb"));
  if (!gz) {
    dict_path = base + ".dict";
    gz.reset(gzopen(dict_path.c_str(), "rb"));  // gzread reads plain files too
  }
  if (!gz) return Status::NotFound("cannot open " + base + ".dict.dz");
  std::string window;
  std::uint64_t window_start = 0;
  bool eof = false;
  struct Translation {
    std::uint64_t key;
    std::uint32_t order;
    std::uint32_t rank;
    std::uint32_t value;
  };
  std::vector<Translation> translations;
  for (const IndexEntry& e : entries) {
    if (e.offset + e.length > kMaxDictdTextBytes) {
      return Status::ParseError(dict_path + ": index points past " +
                                std::to_string(kMaxDictdTextBytes) + " bytes");
    }
    while (!eof && window_start + window.size() < e.offset + e.length) {
      // The text before this entry is no longer needed: dropped once per
      // read, not per entry (that would move the window for every entry).
      const std::size_t drop = static_cast<std::size_t>(
          std::min<std::uint64_t>(e.offset - std::min(e.offset, window_start), window.size()));
      window.erase(0, drop);
      window_start += drop;
      const std::size_t old = window.size();
      window.resize(old + kReadChunk);
      const int n = gzread(gz.get(), window.data() + old, static_cast<unsigned>(kReadChunk));
      if (n < 0) return Status::ParseError(dict_path + ": corrupt compressed data");
      window.resize(old + static_cast<std::size_t>(n));
      if (n == 0) eof = true;
    }
    if (e.offset < window_start || e.offset + e.length > window_start + window.size()) {
      return Status::ParseError(dict_path + ": index points outside the text");
    }
    const std::string_view body(window.data() + (e.offset - window_start), e.length);
    std::uint32_t rank = 0;
    for (std::uint32_t v : ParseEntry(body)) translations.push_back({e.key, e.order, rank++, v});
  }
  gz.reset();
  window = std::string();

  // Group by headword key; within one, the earliest index entries (the
  // headword itself before inflected forms sharing its stem) and their first
  // senses come first.
  std::sort(translations.begin(), translations.end(), [](const Translation& a, const Translation& b) {
    if (a.key != b.key) return a.key < b.key;
    if (a.order != b.order) return a.order < b.order;
    return a.rank < b.rank;
  });
  BilingualDictionary d;
  for (std::size_t i = 0; i < translations.size();) {
    std::size_t j = i;
    const std::size_t start = d.values_.size();
    for (; j < translations.size() && translations[j].key == translations[i].key; ++j) {
      const std::uint32_t v = translations[j].value;
      if (d.values_.size() - start >= kMaxTranslationKeys) continue;
      if (std::find(d.values_.begin() + static_cast<std::ptrdiff_t>(start), d.values_.end(), v) ==
          d.values_.end()) {
        d.values_.push_back(v);
      }
    }
    d.keys_.push_back(translations[i].key);
    d.starts_.push_back(static_cast<std::uint32_t>(start));
    i = j;
  }
  d.starts_.push_back(static_cast<std::uint32_t>(d.values_.size()));
  d.keys_.shrink_to_fit();
  d.starts_.shrink_to_fit();
  d.values_.shrink_to_fit();
  if (d.keys_.empty()) return Status::ParseError(base + ": no usable entries");
  return d;
}

std::span<const std::uint32_t> BilingualDictionary::Translate(std::string_view term) const {
  const std::uint64_t h = Fnv1a64(term);
  const auto it = std::lower_bound(keys_.begin(), keys_.end(), h);
  if (it == keys_.end() || *it != h) return {};
  const std::size_t i = static_cast<std::size_t>(it - keys_.begin());
  return std::span<const std::uint32_t>(values_.data() + starts_[i], starts_[i + 1] - starts_[i]);
}

std::string DictdDirectory() {
  const char* env = std::getenv("BROADSHEET_DICTD_DIR");
  return env != nullptr && env[0] != '\0' ? std::string(env) : std::string("/usr/share/dictd");
}

namespace {

struct PivotSlot {
  const char* iso1;
  const char* iso3;
  std::once_flag once;
  std::unique_ptr<BilingualDictionary> dictionary;
};

// The FreeDict <lang>-eng dictionaries Debian 12 packages (and
// scripts/install-deps installs) for languages news partners publish in.
std::array<PivotSlot, 8> g_slots{{{"de", "deu", {}, {}},
                                  {"es", "spa", {}, {}},
                                  {"fr", "fra", {}, {}},
                                  {"it", "ita", {}, {}},
                                  {"pl", "pol", {}, {}},
                                  {"pt", "por", {}, {}},
                                  {"nl", "nld", {}, {}},
                                  {"tr", "tur", {}, {}}}};

}  // namespace

const BilingualDictionary* EnglishPivot(std::string_view language) {
  for (PivotSlot& slot : g_slots) {
    if (language != slot.iso1) continue;
    std::call_once(slot.once, [&slot] {
      const std::string base =
          DictdDirectory() + "/freedict-" + std::string(slot.iso3) + "-eng";
      const auto t0 = std::chrono::steady_clock::now();
      Result<BilingualDictionary> d = BilingualDictionary::Load(base, slot.iso1);
      const double ms =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      if (!d.ok()) {
        spdlog::info("text: no {}-English dictionary ({}); cross-language pivot off for '{}'",
                     slot.iso3, d.status().message(), slot.iso1);
        return;
      }
      spdlog::info("text: {}-English dictionary: {} headwords, {:.1f} MB, loaded in {:.0f} ms",
                   slot.iso3, d->headwords(), d->MemoryBytes() / 1048576.0, ms);
      slot.dictionary = std::make_unique<BilingualDictionary>(std::move(*d));
    });
    return slot.dictionary.get();
  }
  return nullptr;
}

}  // namespace bs
