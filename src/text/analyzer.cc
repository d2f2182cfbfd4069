#include "text/analyzer.h"

#include <memory>

#include "core/hash.h"
#include "text/language.h"
#include "text/normalize.h"
#include "text/stem.h"
#include "text/stopwords.h"
#include "text/tokenize.h"

namespace bs {
namespace {

// French, Italian and Catalan glue elided articles and pronouns to the next
// word with an apostrophe ("l'économie", "dell'anno"); UAX #29 keeps that as
// one word. Strip the elided part so "économie" is the term either way.
std::string_view StripElision(std::string_view language, std::string_view word) {
  if (language != "fr" && language != "it" && language != "ca") return word;
  std::size_t apos = word.find('\'');
  // Elided prefixes are short ("l", "qu", "dell", "jusqu", "quest").
  if (apos == std::string_view::npos || apos == 0 || apos > 6 || apos + 1 >= word.size())
    return word;
  return word.substr(apos + 1);
}

// What one token becomes: dropped (a stop word) or a term. Computing it
// (stop-word lookup, elision, Snowball) costs several times more than looking
// it up, and news text repeats its words, so each thread keeps a
// direct-mapped cache per language and option set. 16384 slots (about 1 MiB
// per cache) hold the working vocabulary of a news stream: over the BBC dev
// corpus (865k tokens, 32k distinct) about 91% of lookups hit.
constexpr std::size_t kTermCacheSlots = 16384;
// A thread normally meets a handful of languages; past this many caches it
// starts over, so a stream of odd language codes cannot grow memory.
constexpr std::size_t kMaxTermCaches = 16;

struct TermSlot {
  std::string token;  // "" = empty slot (tokens are never empty)
  std::string term;
  bool drop = false;
};

struct TermCache {
  std::string key;
  std::vector<TermSlot> slots;
};

TermCache& CacheFor(std::string_view language, const AnalyzerOptions& options) {
  thread_local std::vector<std::unique_ptr<TermCache>> caches;
  thread_local std::size_t last = 0;
  std::string key(language);
  key += options.remove_stop_words ? "/s" : "/-";
  key += options.stem ? "s" : "-";
  if (last < caches.size() && caches[last]->key == key) return *caches[last];
  for (std::size_t i = 0; i < caches.size(); ++i) {
    if (caches[i]->key == key) {
      last = i;
      return *caches[i];
    }
  }
  if (caches.size() >= kMaxTermCaches) caches.clear();
  auto cache = std::make_unique<TermCache>();
  cache->key = std::move(key);
  cache->slots.resize(kTermCacheSlots);
  caches.push_back(std::move(cache));
  last = caches.size() - 1;
  return *caches.back();
}

}  // namespace

AnalyzedText Analyzer::Analyze(std::string_view text, std::string_view language_hint,
                               std::string_view tld_hint) const {
  AnalyzedText out;
  std::string normalised = NormalizeForAnalysis(text, &out.truncated);
  std::string hint = PrimaryLanguage(language_hint);
  LanguageGuess guess = DetectLanguage(normalised, LanguageHints{hint, tld_hint});
  if (guess.reliable || hint.empty()) {
    out.language = std::move(guess.code);
    out.language_reliable = guess.reliable;
  } else {
    out.language = std::move(hint);
  }
  FillTerms(normalised, &out);
  return out;
}

AnalyzedText Analyzer::AnalyzeAs(std::string_view text, std::string_view language) const {
  AnalyzedText out;
  std::string normalised = NormalizeForAnalysis(text, &out.truncated);
  out.language = PrimaryLanguage(language);
  FillTerms(normalised, &out);
  return out;
}

void Analyzer::FillTerms(std::string_view normalised, AnalyzedText* out) const {
  // One token buffer per thread: a typical article then costs no allocation
  // for its token list.
  thread_local std::vector<std::string_view> tokens;
  tokens.clear();
  Tokenize(normalised, &tokens);
  out->token_count = tokens.size();

  const std::string& language = out->language;
  const StopWords& stop = StopWordsFor(language);
  const bool stem = options_.stem && HasStemmer(language);
  TermCache& cache = CacheFor(language, options_);
  out->terms.reserve(tokens.size());
  for (std::string_view token : tokens) {
    TermSlot& slot = cache.slots[Fnv1a64(token) % kTermCacheSlots];
    if (slot.token != token) {
      slot.token.assign(token);
      std::string_view t = token;
      slot.drop = options_.remove_stop_words && stop.Contains(t);
      if (!slot.drop) {
        t = StripElision(language, t);
        slot.drop = options_.remove_stop_words && stop.Contains(t);
      }
      if (slot.drop) {
        slot.term.clear();
      } else if (stem) {
        StemInto(language, t, &slot.term);
      } else {
        slot.term.assign(t);
      }
    }
    if (!slot.drop) out->terms.push_back(slot.term);
  }
  // Release an unusually large buffer so one huge page does not pin memory
  // in every worker thread.
  if (tokens.capacity() > 65536) std::vector<std::string_view>().swap(tokens);
}

}  // namespace bs
