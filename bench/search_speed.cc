// Latency of site search: builds an SQLite store of generated articles,
// indexes them as ingest does (text Analyzer -> FTS5), then times the whole
// search function the /search page runs — query analysis, the store query
// with its total count (capped at the store's kMaxCountedResults, as the
// page shows it), and highlighted snippets for a page of 20 results —
// over a fixed mix of queries. Reports p50/p95/p99 across queries, each the
// median over the timed runs.
//
// usage: search_speed [--articles N] [--runs R] [--db PATH]
//   --articles  articles to generate (default 100000; 1000000 for the 1M figure)
//   --runs      timed passes over the query mix (default 5)
//   --db        database file to build or reuse (default: a temporary file,
//               removed at exit). An existing file with at least N articles is
//               reused as it is, so repeated runs skip the build.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <time.h>
#include <unistd.h>

#include "store/store.h"
#include "support/generated_corpus.h"
#include "web/pages.h"
#include "web/search_index.h"
#include "web/search_page.h"

namespace {

using Clock = std::chrono::steady_clock;

// CPU time of this thread: on a shared machine wall time includes waiting
// for a core, which says nothing about the code.
double ThreadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t i = std::min(v.size() - 1, static_cast<std::size_t>(std::ceil(p * v.size())) - 1);
  return v[i];
}

}  // namespace

int main(int argc, char** argv) {
  int articles = 100'000;
  int runs = 5;
  std::string db;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--articles") articles = std::max(1, std::atoi(argv[i + 1]));
    else if (flag == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
    else if (flag == "--db") db = argv[i + 1];
    else {
      std::fprintf(stderr, "usage: search_speed [--articles N] [--runs R] [--db PATH]\n");
      return 2;
    }
  }
  const bool temporary = db.empty();
  if (temporary)
    db = (std::filesystem::temp_directory_path() / ("bs-search-speed-" + std::to_string(::getpid()) + ".db")).string();

  auto opened = bs::OpenSqliteStore(db);
  if (!opened.ok()) {
    std::fprintf(stderr, "open %s: %s\n", db.c_str(), opened.status().ToString().c_str());
    return 1;
  }
  bs::Store& store = **opened;

  std::mt19937_64 rng(20260101);
  bench::Corpus corpus(rng);
  if (!bench::FillStore(store, corpus, rng, articles)) return 1;
  std::map<std::string, bs::Source> sources;
  auto listed = store.ListSources();
  if (!listed.ok()) return 1;
  for (auto& src : *listed) sources.emplace(src.slug, std::move(src));
  std::error_code ec;
  std::printf("database size: %.1f MB\n", std::filesystem::file_size(db, ec) / 1e6);

  // The query mix: one to three words from the head, middle and tail of the
  // vocabulary, some with a section filter, some ordered by date.
  bs::web::SiteSettings settings;
  settings.name = "Bench";
  settings.base_url = "https://bench.example";
  for (const char* s : bench::kSections) settings.sections.push_back({s, s});
  std::vector<bs::web::SearchParams> queries;
  std::mt19937_64 qrng(7);
  auto word_at = [&](std::size_t lo, std::size_t hi) {
    return corpus.vocab()[lo + qrng() % (hi - lo)];
  };
  for (int i = 0; i < 200; ++i) {
    bs::web::SearchParams p;
    const int band = i % 4;
    const std::size_t lo = band == 0 ? 24 : band == 1 ? 60 : band == 2 ? 300 : 3000;
    const std::size_t hi = band == 0 ? 60 : band == 1 ? 300 : band == 2 ? 3000 : 30000;
    const int words = 1 + (i / 4) % 3;
    for (int w = 0; w < words; ++w) p.q += (w ? " " : "") + word_at(w == 0 ? lo : 24, w == 0 ? hi : 3000);
    if (i % 5 == 1) p.section = bench::kSections[i % 6];
    if (i % 7 == 3) p.sort = bs::SearchOrder::kNewest;
    if (i % 11 == 5) p.page = 3;
    queries.push_back(p);
  }

  const bs::web::PageContext ctx{settings, store, sources};
  // One untimed pass warms the page cache of SQLite and the analyser's caches.
  long long total_hits = 0;
  for (const auto& q : queries) {
    auto v = bs::web::BuildSearchPage(ctx, q);
    if (!v.ok()) {
      std::fprintf(stderr, "search '%s': %s\n", q.q.c_str(), v.status().ToString().c_str());
      return 1;
    }
  }
  std::vector<std::vector<double>> per_query(queries.size()), per_query_cpu(queries.size());
  for (int r = 0; r < runs; ++r) {
    for (std::size_t i = 0; i < queries.size(); ++i) {
      const auto t0 = Clock::now();
      const double c0 = ThreadCpuMs();
      auto v = bs::web::BuildSearchPage(ctx, queries[i]);
      per_query_cpu[i].push_back(ThreadCpuMs() - c0);
      per_query[i].push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
      if (r == 0 && v.ok()) total_hits += std::atoll(v->data.get("total")->string_value().c_str());
    }
  }
  auto medians_of = [](std::vector<std::vector<double>>& runs_per_query) {
    std::vector<double> out;
    for (auto& v : runs_per_query) {
      std::sort(v.begin(), v.end());
      out.push_back(v[v.size() / 2]);
    }
    return out;
  };
  const std::vector<double> medians = medians_of(per_query);
  const std::vector<double> cpu = medians_of(per_query_cpu);
  // The slowest queries, to see what costs.
  std::vector<std::size_t> order(queries.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return cpu[a] > cpu[b]; });
  for (std::size_t k = 0; k < 3 && k < order.size(); ++k)
    std::printf("  slow: '%s'%s%s  %.2f ms cpu\n", queries[order[k]].q.c_str(),
                queries[order[k]].section.empty() ? "" : " (section filter)",
                queries[order[k]].sort == bs::SearchOrder::kNewest ? " (by date)" : "", cpu[order[k]]);
  std::printf("%zu queries x %d runs over %d articles (mean %lld counted matches per query, capped)\n", queries.size(), runs,
              articles, total_hits / static_cast<long long>(queries.size()));
  std::printf("search page build (analyse + store query + count + 20 snippets), median of runs:\n");
  std::printf("  wall: p50 %.2f ms   p95 %.2f ms   p99 %.2f ms   max %.2f ms\n", Percentile(medians, 0.50),
              Percentile(medians, 0.95), Percentile(medians, 0.99), Percentile(medians, 1.0));
  std::printf("  cpu:  p50 %.2f ms   p95 %.2f ms   p99 %.2f ms   max %.2f ms\n", Percentile(cpu, 0.50),
              Percentile(cpu, 0.95), Percentile(cpu, 0.99), Percentile(cpu, 1.0));
  opened->reset();
  if (temporary) {
    std::filesystem::remove(db, ec);
    std::filesystem::remove(db + "-wal", ec);
    std::filesystem::remove(db + "-shm", ec);
  }
  return 0;
}
