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
#include "support/event_stream.h"

namespace {

constexpr int kMaxArticles = 2'000'000;

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
  auto opened = bench::OpenEventStore(db, &tmp);
  if (!opened) return 1;
  bs::Store& store = *opened;
  bs::ArticleQuery all;
  all.include_duplicates = true;
  auto counted = store.CountArticles(all);
  const int have = counted.ok() ? *counted : 0;
  bench::EventStream gen(42);
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
    const long rss0 = bench::RssKb();
    const double cpu0 = bench::ThreadSeconds();
    auto report = bs::RecomputeOrganisation(store);
    const double cpu = bench::ThreadSeconds() - cpu0;
    if (!report.ok()) {
      std::fprintf(stderr, "recompute: %s\n", report.status().ToString().c_str());
      return 1;
    }
    std::printf("recompute %d: %d articles, %d stories, %d duplicates: wall %.2f s, thread CPU %.2f s "
                "(%.0f articles/s), RSS +%ld MB\n",
                run, report->articles, report->stories, report->duplicates, report->seconds, cpu,
                report->articles / std::max(cpu, 1e-9), (bench::RssKb() - rss0) / 1024);
  }
  opened.reset();
  if (!tmp.empty()) std::filesystem::remove_all(tmp);
  return 0;
}
