// A generated stream of news items for organisation tests: events covered by
// several papers over a few days, syndicated copies, headline-only items,
// running topics that come back months later, and late arrivals (items
// delivered days after items published later than them). Invented
// pseudo-words only; deterministic for a seed.
//
// Header-only: each test suite is its own program.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "core/time.h"

namespace bs::testing {

struct NewsItem {
  std::string id;  // decimal, in delivery order from 1
  std::string title, text, source, url, canonical_hint;
  Timestamp published = 0;
};

class NewsStream {
 public:
  explicit NewsStream(std::uint64_t seed) : rng_(seed) {
    static const char* kSyl[] = {"ka", "lo", "men", "ta", "ri", "su", "ban", "do", "pe", "lin",
                                 "tar", "no", "vi", "ra", "sel", "mu", "gan", "te", "or", "bra"};
    for (int i = 0; i < 3000; ++i) {
      std::string w;
      for (int s = 2 + static_cast<int>(rng_() % 3); s > 0; --s) w += kSyl[rng_() % 20];
      vocab_.push_back(w);
    }
    for (int t = 0; t < 40; ++t) {
      std::vector<std::string> words;
      for (int i = 0; i < 6; ++i) {
        std::string w = vocab_[rng_() % vocab_.size()];
        w[0] = static_cast<char>(w[0] - 'a' + 'A');  // names
        words.push_back(w + "an");
      }
      topics_.push_back(std::move(words));
    }
  }

  // The next `n` items in delivery order.
  std::vector<NewsItem> Take(int n) {
    std::vector<NewsItem> out;
    while (static_cast<int>(out.size()) < n) {
      NewsItem item = Next();
      out.push_back(std::move(item));
    }
    return out;
  }

 private:
  NewsItem Next() {
    clock_ += 600 + static_cast<Timestamp>(rng_() % 1200);
    NewsItem item;
    item.id = std::to_string(++count_);
    const int source = static_cast<int>(rng_() % 8);
    item.source = "paper-" + std::to_string(source);
    item.url = "https://paper" + std::to_string(source) + ".example/news/" + item.id;
    item.published = clock_;
    const unsigned kind = rng_() % 100;
    if (kind < 8 && !recent_.empty()) {
      // A syndicated copy of a recent item from another paper, credited.
      const NewsItem& original = recent_[rng_() % recent_.size()];
      item.title = original.title;
      item.text = original.text + "\n\nThis story first appeared in " + original.source + ".";
      item.canonical_hint = original.url;
      item.published = original.published + 3600;
    } else if (kind < 12) {
      item.title = Sentence(6, nullptr);  // a headline alone
    } else {
      // Coverage of a running topic: five topics are in the news in any ten
      // days, and each comes back eighty days later.
      const auto phase = static_cast<std::size_t>((clock_ / (10 * 86400)) * 5);
      const auto& topic = topics_[(phase + rng_() % 5) % topics_.size()];
      item.title = Sentence(8, &topic);
      for (int p = 3 + static_cast<int>(rng_() % 4); p > 0; --p) item.text += Sentence(25, &topic) + "\n\n";
    }
    if (rng_() % 100 < 6) item.published -= 86400 * (1 + static_cast<Timestamp>(rng_() % 6));  // late
    recent_.push_back(item);
    if (recent_.size() > 30) recent_.erase(recent_.begin());
    return item;
  }

  std::string Sentence(int words, const std::vector<std::string>* topic) {
    std::string s;
    for (int i = 0; i < words; ++i) {
      if (!s.empty()) s += ' ';
      if (topic != nullptr && rng_() % 3 == 0) {
        s += (*topic)[rng_() % topic->size()];
      } else {
        // Zipf-like: common words far more often than rare ones.
        const double u = std::uniform_real_distribution<double>(0, 1)(rng_);
        s += vocab_[static_cast<std::size_t>(u * u * u * static_cast<double>(vocab_.size()))];
      }
    }
    return s + ".";
  }

  std::mt19937_64 rng_;
  std::vector<std::string> vocab_;
  std::vector<std::vector<std::string>> topics_;
  std::vector<NewsItem> recent_;
  Timestamp clock_ = 1'700'000'000;
  int count_ = 0;
};

}  // namespace bs::testing
