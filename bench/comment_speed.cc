// Comment throughput and the cost of a commented page.
//
//   comment_speed [--comments 5000] [--rounds 3]
//
// 1. Posting: comments through the whole pipeline (shape, rate limits
//    against the store, closed-thread check, banned and suspect words, links,
//    the seed spam classifier, pre-moderation) into SQLite, by many readers
//    from many networks so the default rate limits pass them. Median of the
//    rounds. Target: >= 2,000 comments/s on 2 cores.
// 2. A page with 500 comments: the article page through the site handler,
//    first render and then from the page cache (which still reads the
//    thread's version from the store on every request). Target: p99 < 10 ms
//    from cache.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "discuss/comment_service.h"
#include "discuss/seed_comments.h"
#include "store/store.h"
#include "web/comment_thread.h"
#include "web/site.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

const char* const kPhrases[] = {
    "The ferry timetable changed again and nobody told the commuters on the east bank.",
    "I grew up near this harbour and the dredging has changed the tide lines completely.",
    "Good piece, though the council's budget figures deserve a closer look next week.",
    "Does anyone know whether the night market reopens before the festival?",
    "My grandmother remembers the last cyclone that hit the district in much the same way.",
    "Check the second chart: prices rose well before the new tariff took effect.",
};

}  // namespace

int main(int argc, char** argv) {
  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  int comments = 5000, rounds = 3;
  for (int i = 1; i < argc; i += 2) {
    const std::string a = argv[i];
    if (i + 1 >= argc || (a != "--comments" && a != "--rounds")) {
      std::fprintf(stderr, "usage: comment_speed [--comments N] [--rounds N]\n");
      return 2;
    }
    (a == "--comments" ? comments : rounds) = std::max(1, std::atoi(argv[i + 1]));
  }
  const fs::path dir = fs::temp_directory_path() / ("bs-comment-speed-" + std::to_string(getpid()));
  fs::create_directories(dir);
  auto opened = bs::OpenSqliteStore((dir / "bench.db").string());
  if (!opened.ok()) {
    std::fprintf(stderr, "comment_speed: %s\n", opened.status().ToString().c_str());
    return 1;
  }
  bs::Store& store = **opened;
  bs::Source src;
  src.slug = "harbour";
  src.name = "The Harbour Courier";
  if (!store.SyncSource(src).ok()) return 1;
  const bs::Timestamp now = bs::NowUtc();
  std::vector<bs::Id> articles;
  for (int i = 0; i < 200; ++i) {
    bs::Article a;
    a.url = "https://harbour.example/a/" + std::to_string(i);
    a.source_slug = "harbour";
    a.title = "Article " + std::to_string(i);
    a.section = "world";
    a.body_html = "<p>Body of the article.</p>";
    a.body_text = "Body of the article.";
    a.published = now - 3600;
    a.fetched_at = now - 3600;
    bs::RawPage raw{a.url, a.url, "text/html", "<p></p>", a.fetched_at};
    if (!store.UpsertArticle(a, raw).ok()) return 1;
    articles.push_back(a.id);
  }
  // Enough readers and networks that three a minute per reader and twenty
  // per /24 are never reached: the checks run, the limits do not bite.
  const int readers = std::max(100, comments * rounds / 2 + 10);
  std::vector<bs::Id> ids;
  for (int i = 0; i < readers; ++i) {
    bs::Account a;
    a.email = "r" + std::to_string(i) + "@readers.example";
    bs::ReaderProfile p;
    p.display_name = "Reader " + std::to_string(i);
    p.display_key = "reader" + std::to_string(i);
    p.email_confirmed = true;
    if (!store.CreateReader(a, p).ok()) return 1;
    ids.push_back(a.id);
  }
  bs::discuss::CommentSettings settings;
  bs::discuss::CommentService service(store, settings, bs::discuss::SeedSpamClassifier());

  std::vector<double> rates;
  std::mt19937 rng(7);
  int posted = 0, published = 0, held = 0, rejected = 0, who = 0;
  for (int r = 0; r < rounds; ++r) {
    const auto start = Clock::now();
    for (int i = 0; i < comments; ++i, ++posted) {
      bs::discuss::PostRequest req;
      req.article_id = articles[rng() % articles.size()];
      req.author_id = ids[(who++) % ids.size()];
      req.body = std::string(kPhrases[rng() % std::size(kPhrases)]) + " (" + std::to_string(posted) + ")";
      req.ip = "10." + std::to_string((posted / 10) % 250) + "." + std::to_string((posted / 2500) % 250) + ".7";
      auto out = service.Post(req);
      if (!out.ok()) {
        std::fprintf(stderr, "comment_speed: %s\n", out.status().ToString().c_str());
        return 1;
      }
      (out->decision == bs::discuss::Decision::kPublish ? published
       : out->decision == bs::discuss::Decision::kHold  ? held
                                                        : rejected)++;
    }
    const double s = Seconds(Clock::now() - start);
    rates.push_back(comments / s);
    std::printf("post round %d: %d comments in %.2f s = %.0f comments/s\n", r + 1, comments, s, comments / s);
  }
  std::sort(rates.begin(), rates.end());
  std::printf("post: median %.0f comments/s over %d rounds (one thread; %d published, %d held, %d rejected)\n",
              rates[rates.size() / 2], rounds, published, held, rejected);

  // ---- a page with 500 comments
  const bs::Id big = articles[0];
  auto group = store.ListCopyGroup(big);
  if (!group.ok()) return 1;
  for (int i = 0; i < 500; ++i) {
    bs::Comment c;
    c.thread_id = group->front();
    c.article_id = big;
    c.author_id = ids[i % ids.size()];
    c.body = kPhrases[i % std::size(kPhrases)];
    c.created_at = now - 500 + i;
    if (!store.CreateComment(c).ok()) return 1;
  }
  bs::web::SiteSettings site;
  site.name = "Bench Desk";
  site.sections = {{"world", "World"}};
  site.template_dir = "templates";
  site.static_dir = "static";
  site.comments = &service;
  auto handler = bs::web::MakeSiteHandler(store, site);
  if (!handler.ok()) {
    std::fprintf(stderr, "comment_speed: %s (run from the source directory)\n", handler.status().ToString().c_str());
    return 1;
  }
  bs::web::HttpRequest req;
  req.method = "GET";
  req.path = req.target = "/article/" + std::to_string(big);
  req.headers = {{"accept-encoding", "br, gzip"}};
  const auto first = Clock::now();
  auto resp = (*handler)(req);
  const double render_ms = Seconds(Clock::now() - first) * 1000;
  if (resp.status != 200) return 1;
  std::vector<double> ms;
  for (int i = 0; i < 2000; ++i) {
    const auto t = Clock::now();
    auto r = (*handler)(req);
    ms.push_back(Seconds(Clock::now() - t) * 1000);
    if (r.status != 200) return 1;
  }
  std::sort(ms.begin(), ms.end());
  auto pct = [&](double p) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(p * ms.size()))]; };
  std::printf("page with 500 comments (first %d shown, %zu bytes as brotli): first render %.1f ms; from cache p50 %.3f ms,"
              " p99 %.3f ms, max %.3f ms (2000 requests, in process)\n",
              bs::web::kCommentsPerPage, resp.body.size(), render_ms, pct(0.5), pct(0.99), ms.back());
  std::printf("targets (>= 2000 comments/s, p99 < 10 ms from cache): %s\n",
              rates[rates.size() / 2] >= 2000 && pct(0.99) < 10 ? "met" : "NOT met");
  opened->reset();
  std::error_code ec;
  fs::remove_all(dir, ec);
  return 0;
}
