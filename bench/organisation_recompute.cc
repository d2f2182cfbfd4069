// How long recomputing the stored organisation takes (what every ingest that
// stores something pays, see app/organisation_pipeline.h), over a generated
// SQLite store: twelve papers, a Zipf vocabulary of pseudo-words, events
// covered by four papers at once and 2% syndicated copies.
//
//   organisation_recompute [--articles 100000] [--db FILE]
//
// With --db the store is kept and topped up, so a second run skips the fill.
// Prints the fill time, then two recomputes (no section model is stored, so
// this is the organiser's cost) with wall time, thread CPU time and RSS growth.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "app/organisation_pipeline.h"
#include "core/hash.h"
#include "store/store.h"

namespace {

constexpr int kPapers = 12;
constexpr int kMaxArticles = 2'000'000;
// A busy desk: about 400 articles a day, so 100k span eight months.
constexpr bs::Timestamp kSecondsPerArticle = 216;

double ThreadSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

long RssKb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return 0;
}

class Generator {
 public:
  explicit Generator(std::uint64_t seed) : rng_(seed) {
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
    if (i % 25 == 0) {
      topic_.clear();
      for (int k = 0; k < 10; ++k) {
        std::string name = vocab_[5'000 + rng_() % 15'000];
        name[0] = static_cast<char>(name[0] - 'a' + 'A');
        topic_.push_back(name);
      }
    }
    const bool in_event = i % 25 < 4;
    bs::Article a;
    a.source_slug = "paper" + std::to_string(i % kPapers);
    a.url = "https://" + a.source_slug + ".example/story/" + std::to_string(i);
    a.published = 1'750'000'000 + static_cast<bs::Timestamp>(i) * kSecondsPerArticle;
    a.fetched_at = *a.published + 60;
    a.language = "en";
    a.section = i % 3 == 0 ? "world" : "business";
    a.region = "region" + std::to_string(i % 4);
    a.authors = {"Reporter " + std::to_string(i % 97)};
    if (i % 50 == 7 && !previous_.body_text.empty()) {
      // A syndicated copy of the previous article in another paper.
      a.title = previous_.title;
      a.body_text = previous_.body_text + "\n\nThis article first appeared in Paper " +
                    std::to_string((i - 1) % kPapers) + ".";
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
  std::vector<std::string> vocab_;
  std::vector<std::string> topic_;
  bs::Article previous_;
};

}  // namespace

int main(int argc, char** argv) {
  int articles = 100'000;
  std::string db;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--articles") articles = std::atoi(argv[i + 1]);
    else if (flag == "--db") db = argv[i + 1];
    else {
      std::fprintf(stderr, "usage: organisation_recompute [--articles N] [--db FILE]\n");
      return 2;
    }
  }
  if (articles <= 0 || articles > kMaxArticles) {
    std::fprintf(stderr, "--articles must be 1..%d\n", kMaxArticles);
    return 2;
  }
  std::filesystem::path tmp;
  if (db.empty()) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "bs-orgbench-XXXXXX").string();
    if (mkdtemp(tmpl.data()) == nullptr) return 1;
    tmp = tmpl;
    db = (tmp / "bench.db").string();
  }
  auto opened = bs::OpenSqliteStore(db);
  if (!opened.ok()) {
    std::fprintf(stderr, "%s\n", opened.status().ToString().c_str());
    return 1;
  }
  bs::Store& store = **opened;
  for (int p = 0; p < kPapers; ++p) {
    bs::Source s;
    s.slug = "paper" + std::to_string(p);
    s.name = "Paper " + std::to_string(p);
    if (auto st = store.SyncSource(s); !st.ok()) return 1;
  }
  bs::ArticleQuery all;
  all.include_duplicates = true;
  auto counted = store.CountArticles(all);
  const int have = counted.ok() ? *counted : 0;
  Generator gen(42);
  const auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < articles; ++i) {
    bs::Article a = gen.Make(i);  // generated from 0 so a topped-up store matches a fresh one
    if (i < have) continue;
    bs::RawPage raw{a.url, a.url, "text/html", "<html></html>", a.fetched_at};
    if (auto r = store.UpsertArticle(a, raw); !r.ok()) {
      std::fprintf(stderr, "upsert: %s\n", r.status().ToString().c_str());
      return 1;
    }
  }
  std::printf("store: %d articles (%d added in %.1f s)\n", articles, std::max(0, articles - have),
              std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());

  for (int run = 1; run <= 2; ++run) {
    const long rss0 = RssKb();
    const double cpu0 = ThreadSeconds();
    auto report = bs::RecomputeOrganisation(store);
    const double cpu = ThreadSeconds() - cpu0;
    if (!report.ok()) {
      std::fprintf(stderr, "recompute: %s\n", report.status().ToString().c_str());
      return 1;
    }
    std::printf("recompute %d: %d articles, %d stories, %d duplicates: wall %.2f s, thread CPU %.2f s "
                "(%.0f articles/s), RSS +%ld MB\n",
                run, report->articles, report->stories, report->duplicates, report->seconds, cpu,
                report->articles / std::max(cpu, 1e-9), (RssKb() - rss0) / 1024);
  }
  opened->reset();
  if (!tmp.empty()) std::filesystem::remove_all(tmp);
  return 0;
}
