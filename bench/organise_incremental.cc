// What an ingest pays to organise its new articles once the archive is
// large (app/organisation_pipeline.h, LiveOrganisation), over a generated
// SQLite store: events covered by several papers, syndicated copies,
// running topics and 3% late arrivals (bench/support/event_stream.h).
//
//   organise_incremental [--articles 1000000] [--db FILE] [--repeat 5] [--no-verify]
//   organise_incremental --db FILE --startup-only
//
// --startup-only times step 3 alone on an organised store (and profiles well).
//
// 1. builds the archive (kept and topped up with --db) and organises it in
//    full (the first catch-up of an unorganised store);
// 2. adds batches of 10, 100 and 1,000 new articles, `repeat` times each,
//    and times the catch-up that organises and commits them: wall, thread
//    CPU and rows written, median and max (a catch-up that writes the
//    organiser's snapshot is the max, and is also reported on its own);
// 3. start-up: a new process's first catch-up (restore the snapshot and
//    replay the articles after it) with RSS and the organiser's bytes per
//    article;
// 4. unless --no-verify, a digest of the stored organisation, then a full
//    recompute of the same articles and its digest: they must be equal.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "app/organisation_pipeline.h"
#include "core/hash.h"
#include "store/store.h"
#include "support/event_stream.h"

namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

bool Insert(bs::Store& store, bench::EventStream& gen, int from, int count) {
  for (int i = from; i < from + count; ++i) {
    bs::Article a = gen.Make(i);
    bs::RawPage raw{a.url, a.url, "text/html", "<html></html>", a.fetched_at};
    if (auto r = store.UpsertArticle(a, raw); !r.ok()) {
      std::fprintf(stderr, "upsert: %s\n", r.status().ToString().c_str());
      return false;
    }
  }
  return true;
}

// Every stored organisation row and story, hashed in id order.
std::uint64_t Digest(bs::Store& store) {
  std::uint64_t h = 0;
  auto mix = [&](std::int64_t v) {
    const auto u = static_cast<std::uint64_t>(v);
    h = bs::Fnv1a64(std::string_view(reinterpret_cast<const char*>(&u), sizeof u), h);
  };
  auto last_id = store.LastArticleId();
  const bs::Id last = last_id.ok() ? *last_id : 0;
  bs::Status st = store.ForEachArticleById(
      [&](const bs::Article& a) {
        auto o = store.GetOrganisation(a.id);
        if (!o.ok() || !o->has_value()) {
          mix(-a.id);
          return bs::Status::Ok();
        }
        const auto& row = **o;
        mix(row.article_id), mix(row.story_id), mix(row.duplicate_of);
        for (const auto* list : {&row.read_next, &row.same_topic, &row.related}) {
          mix(static_cast<std::int64_t>(list->size()));
          for (bs::Id id : *list) mix(id);
        }
        auto s = store.GetStory(row.story_id);
        if (s.ok() && s->has_value()) {
          mix(static_cast<std::int64_t>(bs::Fnv1a64((*s)->title)));
          mix((*s)->first_seen), mix((*s)->last_updated), mix((*s)->article_count), mix((*s)->source_count);
        }
        return bs::Status::Ok();
      },
      0, last);
  return st.ok() ? h : 0;
}

}  // namespace

int main(int argc, char** argv) {
  int articles = 1'000'000, repeat = 5;
  bool verify = true, startup_only = false;
  std::string db;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    if (flag == "--no-verify") {
      verify = false;
    } else if (flag == "--startup-only") {
      startup_only = true;
    } else if (i + 1 < argc && flag == "--articles") {
      articles = std::atoi(argv[++i]);
    } else if (i + 1 < argc && flag == "--repeat") {
      repeat = std::atoi(argv[++i]);
    } else if (i + 1 < argc && flag == "--db") {
      db = argv[++i];
    } else {
      std::fprintf(stderr, "usage: organise_incremental [--articles N] [--db FILE] [--repeat N] [--no-verify]\n");
      return 2;
    }
  }
  if (articles <= 0 || articles > 10'000'000 || repeat <= 0 || repeat > 100) {
    std::fprintf(stderr, "--articles must be 1..10000000 and --repeat 1..100\n");
    return 2;
  }
  if (startup_only) {
    if (db.empty()) {
      std::fprintf(stderr, "--startup-only needs --db\n");
      return 2;
    }
    const auto t = Clock::now();
    auto store = bs::OpenSqliteStore(db);
    if (!store.ok()) return 1;
    bs::LiveOrganisation live(**store);
    auto step = live.CatchUp();
    if (!step.ok()) {
      std::fprintf(stderr, "%s\n", step.status().ToString().c_str());
      return 1;
    }
    std::printf("start-up: %.2f s (%s), RSS %ld MB (organiser %.1f MB)\n", Since(t),
                step->restored ? "snapshot restored" : "not restored", bench::RssKb() / 1024,
                static_cast<double>(live.MemoryBytes()) / 1e6);
    const auto s = Clock::now();
    if (auto st = live.SaveSnapshot(); !st.ok()) {
      std::fprintf(stderr, "%s\n", st.ToString().c_str());
      return 1;
    }
    std::printf("snapshot save: %.2f s\n", Since(s));
    return 0;
  }
  std::filesystem::path tmp;
  auto opened = bench::OpenEventStore(db, &tmp);
  if (!opened) return 1;
  // The generator is replayed from the start so a reused store continues
  // the same stream.
  bench::EventStream gen(42, 3);
  auto last_id = opened->LastArticleId();
  const int have = last_id.ok() ? static_cast<int>(*last_id) : 0;
  for (int i = 0; i < have; ++i) (void)gen.Make(i);
  auto t0 = Clock::now();
  if (have < articles && !Insert(*opened, gen, have, articles - have)) return 1;
  int next = std::max(have, articles);
  std::printf("archive: %d articles (%d added in %.1f s)\n", next, std::max(0, articles - have), Since(t0));

  {
    bs::LiveOrganisation live(*opened);
    t0 = Clock::now();
    const double cpu0 = bench::ThreadSeconds();
    auto first = live.CatchUp();
    if (!first.ok()) {
      std::fprintf(stderr, "organise: %s\n", first.status().ToString().c_str());
      return 1;
    }
    std::printf("first catch-up (%s): %d articles organised, wall %.1f s, thread CPU %.1f s\n",
                first->restored ? "restored from the snapshot" : "full organisation", first->articles, Since(t0),
                bench::ThreadSeconds() - cpu0);

    std::printf("batches on %d articles (%d runs each; median / max):\n", next, repeat);
    for (int batch : {10, 100, 1000}) {
      std::vector<double> wall, cpu, rows;
      for (int r = 0; r < repeat; ++r) {
        if (!Insert(*opened, gen, next, batch)) return 1;
        next += batch;
        t0 = Clock::now();
        const double c0 = bench::ThreadSeconds();
        auto step = live.CatchUp();
        if (!step.ok()) {
          std::fprintf(stderr, "catch-up: %s\n", step.status().ToString().c_str());
          return 1;
        }
        wall.push_back(Since(t0) * 1e3);
        cpu.push_back((bench::ThreadSeconds() - c0) * 1e3);
        rows.push_back(step->rows_written);
      }
      std::printf("  batch %5d: wall %8.1f / %8.1f ms, thread CPU %8.1f / %8.1f ms, rows written %6.0f / %6.0f\n",
                  batch, Median(wall), *std::max_element(wall.begin(), wall.end()), Median(cpu),
                  *std::max_element(cpu.begin(), cpu.end()), Median(rows), *std::max_element(rows.begin(), rows.end()));
    }
    std::printf("organiser held: %.1f MB, %.0f bytes per article\n", static_cast<double>(live.MemoryBytes()) / 1e6,
                static_cast<double>(live.MemoryBytes()) / next);
  }
  {
    auto snap = opened->GetOrganiserSnapshot();
    if (snap.ok() && snap->has_value())
      std::printf("stored snapshot: %.1f MB through article %lld (%.0f bytes per article)\n",
                  static_cast<double>((*snap)->bytes.size()) / 1e6, static_cast<long long>((*snap)->mark.through),
                  static_cast<double>((*snap)->bytes.size()) / std::max<double>(1, (*snap)->mark.through));
  }

  // Start-up: a fresh store connection and organiser, as a restarted node.
  opened.reset();
  const long rss_before = bench::RssKb();
  t0 = Clock::now();
  auto reopened = bs::OpenSqliteStore(db);
  if (!reopened.ok()) return 1;
  {
    bs::LiveOrganisation restarted(**reopened);
    auto step = restarted.CatchUp();
    if (!step.ok()) {
      std::fprintf(stderr, "restart: %s\n", step.status().ToString().c_str());
      return 1;
    }
    std::printf("start-up: %.2f s (%s), RSS %ld MB (organiser %.1f MB for %d articles)\n", Since(t0),
                step->restored ? "snapshot restored, later articles replayed" : "recomputed",
                bench::RssKb() / 1024, static_cast<double>(restarted.MemoryBytes()) / 1e6, next);
    (void)rss_before;
  }

  if (verify) {
    t0 = Clock::now();
    const std::uint64_t incremental = Digest(**reopened);
    const double digest_s = Since(t0);
    t0 = Clock::now();
    auto full = bs::RecomputeOrganisation(**reopened);
    if (!full.ok()) {
      std::fprintf(stderr, "recompute: %s\n", full.status().ToString().c_str());
      return 1;
    }
    const double full_s = Since(t0);
    const std::uint64_t recomputed = Digest(**reopened);
    std::printf("full recompute of %d articles: %.1f s; digest incremental %016llx, full %016llx: %s "
                "(digests %.1f s each)\n",
                full->articles, full_s, static_cast<unsigned long long>(incremental),
                static_cast<unsigned long long>(recomputed), incremental == recomputed ? "equal" : "DIFFERENT",
                digest_s);
    if (incremental != recomputed) return 1;
  }
  reopened->reset();
  if (!tmp.empty()) std::filesystem::remove_all(tmp);
  return 0;
}
