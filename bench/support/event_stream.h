// A generated news stream for the organisation benches: papers covering
// events together (every 25th article opens an event the next three papers
// cover too), syndicated copies, running topics that come back months
// later, and optionally late arrivals (articles delivered days after
// articles published later than them). Pseudo-words only; deterministic
// for a seed, so a reused store and a fresh one hold the same articles.
//
// Header-only: every bench/*.cc is its own program.
#pragma once

#include <stdlib.h>
#include <time.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "core/hash.h"
#include "core/model.h"
#include "store/store.h"

namespace bench {

constexpr int kEventPapers = 12;
// A busy desk: about 400 articles a day, so 100k span eight months.
constexpr bs::Timestamp kSecondsPerArticle = 216;

// Opens the bench's SQLite store with the stream's papers: `db`, or a new
// file in a temporary directory (set in `tmp`, for the caller to remove)
// when `db` is empty. Null after printing why on failure.
inline std::unique_ptr<bs::Store> OpenEventStore(std::string& db, std::filesystem::path* tmp) {
  if (db.empty()) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "bs-orgbench-XXXXXX").string();
    if (mkdtemp(tmpl.data()) == nullptr) return nullptr;
    *tmp = tmpl;
    db = (*tmp / "bench.db").string();
  }
  auto opened = bs::OpenSqliteStore(db);
  if (!opened.ok()) {
    std::fprintf(stderr, "%s\n", opened.status().ToString().c_str());
    return nullptr;
  }
  for (int p = 0; p < kEventPapers; ++p) {
    bs::Source s;
    s.slug = "paper" + std::to_string(p);
    s.name = "Paper " + std::to_string(p);
    if (auto st = (*opened)->SyncSource(s); !st.ok()) {
      std::fprintf(stderr, "source: %s\n", st.ToString().c_str());
      return nullptr;
    }
  }
  return std::move(*opened);
}

inline double ThreadSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

inline long RssKb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return 0;
}

class EventStream {
 public:
  // `late_percent` of the articles are delivered one to five days late.
  explicit EventStream(std::uint64_t seed, int late_percent = 0) : rng_(seed), late_percent_(late_percent) {
    static const char* kSyl[] = {"ka", "lo", "men", "ta", "ri", "su", "ban", "do", "pe", "lin",
                                 "tar", "no", "vi", "ra", "sel", "mu", "gan", "te", "or", "bra"};
    for (int i = 0; i < 20'000; ++i) {
      std::string w;
      for (int s = 2 + static_cast<int>(rng_() % 3); s > 0; --s) w += kSyl[rng_() % 20];
      vocab_.push_back(w);
    }
  }

  // Zipf-like: common words far more often than rare ones.
  const std::string& Word() {
    const double u = std::uniform_real_distribution<double>(0, 1)(rng_);
    return vocab_[static_cast<std::size_t>(u * u * u * static_cast<double>(vocab_.size()))];
  }

  std::string Sentence(int words, const std::vector<std::string>& topic) {
    std::string out;
    for (int i = 0; i < words; ++i) {
      if (!out.empty()) out += ' ';
      // Event articles mention their names and topic words throughout.
      if (!topic.empty() && rng_() % 4 == 0) out += topic[rng_() % topic.size()];
      else out += Word();
    }
    return out + ". ";
  }

  bs::Article Make(int i) {
    // Every 25th article opens an event that the next three papers cover too.
    // One event in eight continues a running topic: the names of an event
    // some months back come up again.
    if (i % 25 == 0) {
      if (i % 200 == 0 || past_topics_.empty()) {
        topic_.clear();
        for (int k = 0; k < 10; ++k) {
          std::string name = vocab_[5'000 + rng_() % 15'000];
          name[0] = static_cast<char>(name[0] - 'a' + 'A');
          topic_.push_back(name);
        }
        past_topics_.push_back(topic_);
      } else {
        topic_ = past_topics_[rng_() % past_topics_.size()];
      }
    }
    const bool in_event = i % 25 < 4;
    bs::Article a;
    a.source_slug = "paper" + std::to_string(i % kEventPapers);
    a.url = "https://" + a.source_slug + ".example/story/" + std::to_string(i);
    a.published = 1'750'000'000 + static_cast<bs::Timestamp>(i) * kSecondsPerArticle;
    if (late_percent_ > 0 && static_cast<int>(rng_() % 100) < late_percent_)
      *a.published -= 86400 * (1 + static_cast<bs::Timestamp>(rng_() % 5));
    a.fetched_at = *a.published + 60;
    a.language = "en";
    a.section = i % 3 == 0 ? "world" : "business";
    a.region = "region" + std::to_string(i % 4);
    a.authors = {"Reporter " + std::to_string(i % 97)};
    if (i % 50 == 7 && !previous_.body_text.empty()) {
      // A syndicated copy of the previous article in another paper.
      a.title = previous_.title;
      a.body_text = previous_.body_text + "\n\nThis article first appeared in Paper " +
                    std::to_string((i - 1) % kEventPapers) + ".";
    } else {
      const std::vector<std::string> none;
      const auto& topic = in_event ? topic_ : none;
      a.title = Sentence(8, topic);
      for (int p = 0; p < 6; ++p) a.body_text += Sentence(40 + static_cast<int>(rng_() % 30), topic) + "\n\n";
    }
    a.body_html = "<p>" + a.body_text + "</p>";
    a.teaser = a.title;
    a.content_hash = bs::ContentHasher().Add(a.url).Add(a.title).Hex();
    previous_ = a;
    return a;
  }

 private:
  std::mt19937_64 rng_;
  int late_percent_;
  std::vector<std::string> vocab_;
  std::vector<std::string> topic_;
  std::vector<std::vector<std::string>> past_topics_;
  bs::Article previous_;
};

}  // namespace bench
