// Generated news-like articles for the benchmarks that need a large store
// (search_speed, site_speed): a Zipf vocabulary of common news English plus
// syllable pseudo-words, twelve sources, six sections, four regions, two
// years of dates. Deterministic for a given seed, so a reused database and a
// fresh one hold the same articles.
//
// Header-only on purpose: every bench/*.cc is its own program (see
// CMakeLists.txt), so a shared .cc here would become a program too.
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "core/hash.h"
#include "store/store.h"
#include "web/search_index.h"

namespace bench {

// Frequent words of news English, in rough frequency order, so the top of
// the Zipf curve looks like real copy. Stop words are included on purpose:
// the analyser drops them from the index, as it would for real articles.
inline const char* const kCommonWords[] = {
    "the", "of", "to", "and", "a", "in", "said", "for", "on", "that", "is", "was", "with", "he", "it",
    "as", "at", "by", "from", "his", "has", "have", "be", "are", "government", "year", "people", "new",
    "minister", "police", "city", "country", "president", "week", "report", "state", "last", "election",
    "market", "company", "water", "school", "court", "health", "council", "workers", "prices", "river",
    "bridge", "harbour", "ferry", "flood", "budget", "energy", "trade", "talks", "strike", "vote",
    "hospital", "farmers", "rain", "storm", "port", "railway", "airport", "bank", "shares", "exports",
    "festival", "museum", "team", "match", "season", "coach", "league", "final", "island", "coast",
    "village", "province", "district", "mayor", "judge", "teachers", "students", "doctors", "nurses",
    "rice", "fuel", "power", "grid", "drought", "wildfire", "earthquake", "road", "traffic", "border",
    "treaty", "summit", "ambassador", "parliament", "opposition", "coalition", "protest", "union",
    "wages", "inflation", "tax", "housing", "rent", "factory", "mine", "forest", "fishing", "tourism",
};

inline const char* const kSections[] = {"world", "business", "politics", "sport", "culture", "science"};
constexpr int kSources = 12;
constexpr int kRegions = 4;

// Samples ranks with probability proportional to 1/(rank+1)^s.
class Zipf {
 public:
  Zipf(std::size_t n, double s) : cdf_(n) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) cdf_[i] = (sum += 1.0 / std::pow(static_cast<double>(i + 1), s));
    for (auto& c : cdf_) c /= sum;
  }
  std::size_t operator()(std::mt19937_64& rng) const {
    const double u = std::uniform_real_distribution<double>(0, 1)(rng);
    return static_cast<std::size_t>(std::lower_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin());
  }

 private:
  std::vector<double> cdf_;
};

class Corpus {
 public:
  // The vocabulary draws from `rng`, so the articles that follow depend on
  // the same seed.
  explicit Corpus(std::mt19937_64& rng, std::size_t vocabulary = 30'000, double zipf_s = 1.05)
      : vocab_(BuildVocabulary(vocabulary, rng)), zipf_(vocab_.size(), zipf_s) {}

  const std::vector<std::string>& vocab() const { return vocab_; }

  std::string Words(std::mt19937_64& rng, int n, bool capitalise) const {
    std::string out;
    for (int i = 0; i < n; ++i) {
      std::string w = vocab_[zipf_(rng)];
      if (i == 0 && capitalise && !w.empty()) w[0] = static_cast<char>(w[0] - 'a' + 'A');
      if (!out.empty()) out += ' ';
      out += w;
    }
    return out;
  }

  // Article number `i` (0-based; ids grow with it).
  bs::Article MakeArticle(std::mt19937_64& rng, int i) const {
    bs::Article a;
    a.url = "https://paper" + std::to_string(i % kSources) + ".example/story/" + std::to_string(i);
    a.source_slug = "paper" + std::to_string(i % kSources);
    a.title = Words(rng, 6 + static_cast<int>(rng() % 5), true);
    a.standfirst = Words(rng, 18, true) + ".";
    std::string body, html;
    const int paragraphs = 4 + static_cast<int>(rng() % 4);
    for (int p = 0; p < paragraphs; ++p) {
      std::string para;
      for (int s = 0; s < 3; ++s) para += Words(rng, 10 + static_cast<int>(rng() % 10), true) + ". ";
      body += para + "\n\n";
      html += "<p>" + para + "</p>\n";
    }
    a.body_text = body;
    a.body_html = html;
    a.teaser = a.standfirst;
    a.authors = {"Reporter " + std::to_string(i % 97)};
    a.section = kSections[i % 6];
    a.region = "region" + std::to_string(i % kRegions);
    a.language = "en";
    // Two years of stories, newest last.
    a.published = 1640000000 + static_cast<bs::Timestamp>(i) * (63'000'000 / 100'000);
    a.fetched_at = *a.published + 120;
    a.content_hash = bs::ContentHasher().Add(a.url).Add(a.title).Hex();
    return a;
  }

 private:
  // Pseudo-words from syllables fill the long tail with realistic lengths.
  static std::vector<std::string> BuildVocabulary(std::size_t size, std::mt19937_64& rng) {
    static const char* kSyl[] = {"ka", "ro", "men", "tal", "vi", "sor", "den", "lu", "mar", "pe",
                                 "ston", "ga", "ri", "bel", "no", "ther", "al", "cu", "dra", "fin",
                                 "ho", "jen", "ket", "lom", "pra", "quil", "sa", "tro", "un", "wes"};
    std::vector<std::string> vocab(std::begin(kCommonWords), std::end(kCommonWords));
    std::uniform_int_distribution<int> syl(0, 29), len(2, 4);
    while (vocab.size() < size) {
      std::string w;
      for (int i = len(rng); i > 0; --i) w += kSyl[syl(rng)];
      vocab.push_back(std::move(w));
    }
    return vocab;
  }

  std::vector<std::string> vocab_;
  Zipf zipf_;
};

// The generated sources, as a configuration would declare them.
inline std::vector<bs::Source> GeneratedSources() {
  std::vector<bs::Source> out;
  for (int s = 0; s < kSources; ++s) {
    bs::Source src;
    src.slug = "paper" + std::to_string(s);
    src.name = "Paper " + std::to_string(s);
    src.language = "en";
    src.region = "region" + std::to_string(s % kRegions);
    src.about = "Paper " + std::to_string(s) + " is a generated newspaper for measurements.";
    out.push_back(std::move(src));
  }
  return out;
}

// Syncs the generated sources and tops the store up to `articles`, storing
// and indexing each as ingest does. Reuses what is already there: a store
// with at least `articles` articles is left as it is. Prints progress to
// stderr and a summary to stdout. False (after printing why) on failure.
inline bool FillStore(bs::Store& store, Corpus& corpus, std::mt19937_64& rng, int articles) {
  for (bs::Source src : GeneratedSources()) {
    if (auto st = store.SyncSource(src); !st.ok()) {
      std::fprintf(stderr, "source: %s\n", st.ToString().c_str());
      return false;
    }
  }
  auto have = store.CountArticles(bs::ArticleQuery{});
  if (!have.ok()) {
    std::fprintf(stderr, "count: %s\n", have.status().ToString().c_str());
    return false;
  }
  if (*have >= articles) {
    std::printf("reusing a store with %d articles\n", *have);
    return true;
  }
  const auto t0 = std::chrono::steady_clock::now();
  for (int i = *have; i < articles; ++i) {
    bs::Article a = corpus.MakeArticle(rng, i);
    bs::RawPage raw{a.url, a.url, "text/html", "<html></html>", a.fetched_at};
    auto r = store.UpsertArticle(a, raw);
    if (!r.ok()) {
      std::fprintf(stderr, "upsert: %s\n", r.status().ToString().c_str());
      return false;
    }
    if (auto st = bs::web::IndexArticleForSearch(store, a); !st.ok()) {
      std::fprintf(stderr, "index: %s\n", st.ToString().c_str());
      return false;
    }
    if ((i + 1) % 20000 == 0) std::fprintf(stderr, "  %d articles\n", i + 1);
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("built %d articles (store + analyse + index) in %.1f s (%.0f articles/s)\n", articles - *have,
              secs, (articles - *have) / secs);
  return true;
}

}  // namespace bench
