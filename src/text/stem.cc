#include "text/stem.h"

#include <libstemmer.h>

#include <array>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <spdlog/spdlog.h>

namespace bs {
namespace {

// ISO 639-1 code -> Snowball algorithm. Malay uses the Indonesian stemmer
// (the affix systems are the same); Bokmål and Nynorsk use Norwegian.
constexpr std::array<std::pair<std::string_view, const char*>, 31> kAlgorithms = {{
    {"ar", "arabic"},     {"ca", "catalan"},    {"da", "danish"},     {"de", "german"},
    {"el", "greek"},      {"en", "english"},    {"es", "spanish"},    {"eu", "basque"},
    {"fi", "finnish"},    {"fr", "french"},     {"ga", "irish"},      {"hi", "hindi"},
    {"hu", "hungarian"},  {"hy", "armenian"},   {"id", "indonesian"}, {"it", "italian"},
    {"lt", "lithuanian"}, {"ms", "indonesian"}, {"nb", "norwegian"},  {"ne", "nepali"},
    {"nl", "dutch"},      {"nn", "norwegian"},  {"no", "norwegian"},  {"pt", "portuguese"},
    {"ro", "romanian"},   {"ru", "russian"},    {"sr", "serbian"},    {"sv", "swedish"},
    {"ta", "tamil"},      {"tr", "turkish"},    {"yi", "yiddish"},
}};

const char* AlgorithmFor(std::string_view language) {
  for (const auto& [code, name] : kAlgorithms)
    if (code == language) return name;
  return nullptr;
}

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};
using StemmerPtr = std::unique_ptr<sb_stemmer, StemmerDeleter>;

struct ThreadStemmer {
  std::string language;
  StemmerPtr stemmer;  // null: libstemmer lacks the algorithm after all
};

// This thread's stemmer for `language`, or null when there is none. A thread
// meets only a handful of languages, so a short vector searched linearly
// beats a map; the last hit is checked first.
ThreadStemmer* StemmerFor(std::string_view language) {
  thread_local std::vector<std::unique_ptr<ThreadStemmer>> entries;
  thread_local std::size_t last = 0;
  if (last < entries.size() && entries[last]->language == language) return entries[last].get();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i]->language == language) {
      last = i;
      return entries[i].get();
    }
  }
  const char* algorithm = AlgorithmFor(language);
  if (algorithm == nullptr) return nullptr;
  auto entry = std::make_unique<ThreadStemmer>();
  entry->language = std::string(language);
  entry->stemmer.reset(sb_stemmer_new(algorithm, "UTF_8"));
  if (entry->stemmer == nullptr)  // an older libstemmer without this algorithm
    spdlog::warn("text: no Snowball stemmer '{}' for language '{}'; words stay unstemmed", algorithm,
                 language);
  entries.push_back(std::move(entry));
  last = entries.size() - 1;
  return entries.back().get();
}

bool HasLetter(std::string_view word) {
  for (unsigned char c : word)
    if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return false;
}

}  // namespace

bool HasStemmer(std::string_view language) { return AlgorithmFor(language) != nullptr; }

void StemInto(std::string_view language, std::string_view word, std::string* out) {
  if (word.empty() || word.size() > kMaxStemInputBytes || !HasLetter(word)) {
    out->assign(word);
    return;
  }
  ThreadStemmer* ts = StemmerFor(language);
  if (ts == nullptr || ts->stemmer == nullptr) {
    out->assign(word);
    return;
  }
  const sb_symbol* stem = sb_stemmer_stem(
      ts->stemmer.get(), reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (stem == nullptr) {  // libstemmer's out-of-memory signal
    out->assign(word);
    return;
  }
  out->assign(reinterpret_cast<const char*>(stem),
              static_cast<std::size_t>(sb_stemmer_length(ts->stemmer.get())));
}

std::string Stem(std::string_view language, std::string_view word) {
  std::string out;
  StemInto(language, word, &out);
  return out;
}

}  // namespace bs
