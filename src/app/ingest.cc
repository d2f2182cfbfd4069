#include "app/ingest.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <map>
#include <optional>

#include "app/article_assembly.h"
#include "app/organisation_pipeline.h"
#include "core/url.h"
#include "extract/extractor.h"
#include "feeds/feed.h"
#include "fetch/fetcher.h"
#include "web/search_index.h"

namespace bs {
namespace {

// A health line is shown on one row of `broadsheet sources` and /admin; long
// error lists are cut so one bad source cannot bloat the sources table.
constexpr std::size_t kMaxHealthErrorBytes = 1000;

struct SourceState {
  const Source* source = nullptr;  // config entry, synced with the store
  int http_status = 0;
  std::vector<std::string> errors;
};

struct FeedResult {
  std::size_t source_index = 0;
  std::string url;
  HttpCacheEntry validators;
  bool save_validators = false;
  bool page_transport_error = false;  // a page failed before any HTTP answer
};

struct PageJob {
  std::size_t feed_index = 0;
  FeedEntry entry;
  std::string canonical_url;
};

bool IsSuccess(long status) { return status >= 200 && status < 300; }

FetchRequest MakeRequest(Store& store, const Source& src, const std::string& url) {
  FetchRequest req;
  req.url = url;
  // "local" reaches the operator's own loopback only; a redirect from there
  // into a private network is still refused.
  req.address_policy = src.local ? AddressPolicy::kAllowLoopback : AddressPolicy::kPublicOnly;
  if (auto cached = store.GetHttpCache(url); cached.ok() && cached->has_value()) {
    req.etag = (*cached)->etag;
    req.last_modified = (*cached)->last_modified;
  }
  return req;
}

std::string JoinErrors(const std::vector<std::string>& errors) {
  std::string out;
  for (const auto& e : errors) {
    if (!out.empty()) out += "; ";
    out += e;
    if (out.size() > kMaxHealthErrorBytes) {
      out.resize(kMaxHealthErrorBytes);
      out += "…";
      break;
    }
  }
  return out;
}

}  // namespace

Ingester::Ingester(Store& store, const Config& config, LiveOrganisation* organisation)
    : store_(store), config_(config), organisation_(organisation) {}

Result<IngestReport> Ingester::RunOnce(const std::vector<std::string>& source_slugs,
                                       const ProgressFn& progress) {
  IngestReport report;
  std::vector<Source> sources;
  for (const auto& src : config_.sources) {
    bool wanted = source_slugs.empty();
    for (const auto& s : source_slugs) wanted = wanted || s == src.slug;
    if (wanted) sources.push_back(src);
  }
  for (const auto& s : source_slugs) {
    bool found = false;
    for (const auto& src : config_.sources) found = found || src.slug == s;
    if (!found) return Status::NotFound("no source named '" + s + "' in the configuration");
  }

  // Operators may override a source's section mapping from /admin; those
  // edits live in the store and win over the configuration file.
  auto overrides = store_.ListSourceOverrides();
  if (!overrides.ok()) return overrides.status();
  std::vector<SourceState> states;
  for (auto& src : sources) {
    if (auto st = store_.SyncSource(src); !st.ok()) return st;
    for (const auto& o : *overrides)
      if (o.slug == src.slug) ApplySourceOverride(src, o);
    if (src.paused) continue;
    states.push_back(SourceState{&src, 0, {}});
  }
  report.sources = static_cast<int>(states.size());
  Fetcher fetcher(config_.fetch);

  // ---- phase 1: feeds
  std::vector<FeedResult> feeds;
  std::vector<FetchRequest> feed_requests;
  for (std::size_t i = 0; i < states.size(); ++i) {
    for (const auto& url : states[i].source->feed_urls) {
      feeds.push_back(FeedResult{i, url});
      feed_requests.push_back(MakeRequest(store_, *states[i].source, url));
    }
  }
  std::vector<PageJob> jobs;
  fetcher.FetchAll(feed_requests, [&](std::size_t i, Result<FetchResponse> r) {
    FeedResult& feed = feeds[i];
    SourceState& state = states[feed.source_index];
    if (!r.ok()) {
      state.errors.push_back(feed.url + ": " + r.status().ToString());
      ++report.feeds_failed;
      return;
    }
    state.http_status = static_cast<int>(r->http_status);
    if (r->not_modified) {
      ++report.feeds_not_modified;
      return;
    }
    if (!IsSuccess(r->http_status)) {
      state.errors.push_back(fmt::format("{}: HTTP {}", feed.url, r->http_status));
      ++report.feeds_failed;
      return;
    }
    auto parsed = ParseFeed(r->body, FeedContext{r->final_url, r->content_type});
    if (!parsed.ok()) {
      state.errors.push_back(feed.url + ": " + parsed.status().ToString());
      ++report.feeds_failed;
      return;
    }
    ++report.feeds_fetched;
    if (parsed->recovered) spdlog::warn("{}: malformed feed recovered", feed.url);
    feed.validators = HttpCacheEntry{r->etag, r->last_modified};
    feed.save_validators = !r->etag.empty() || !r->last_modified.empty();
    for (auto& entry : parsed->entries) {
      ++report.entries_seen;
      auto canonical = CanonicalizeUrl(entry.link);
      if (!canonical) {
        state.errors.push_back("entry without a usable link: " + entry.title.substr(0, 80));
        ++report.failures;
        continue;
      }
      // An entry already stored is refetched only when the feed says it changed.
      auto existing = store_.GetArticleByUrl(*canonical);
      if (existing.ok() && existing->has_value()) {
        const Article& old = **existing;
        bool changed = entry.updated && (!old.updated || *entry.updated > *old.updated);
        if (!changed) continue;
      }
      jobs.push_back(PageJob{i, std::move(entry), *canonical});
    }
  });

  // ---- phase 2: article pages
  std::vector<FetchRequest> page_requests;
  for (const auto& job : jobs)
    page_requests.push_back(
        MakeRequest(store_, *states[feeds[job.feed_index].source_index].source, job.entry.link));
  std::size_t done = 0;
  if (progress) progress(0, jobs.size());
  fetcher.FetchAll(page_requests, [&](std::size_t i, Result<FetchResponse> r) {
    PageJob& job = jobs[i];
    FeedResult& feed = feeds[job.feed_index];
    SourceState& state = states[feed.source_index];
    if (progress) progress(++done, jobs.size());
    if (!r.ok()) {
      state.errors.push_back(job.entry.link + ": " + r.status().ToString());
      // Refused pages (robots.txt, private address) will not change on retry.
      if (r.status().code() != Status::Code::kRefused) feed.page_transport_error = true;
      ++report.failures;
      return;
    }
    ++report.pages_fetched;
    if (r->not_modified) {
      ++report.unchanged;
      return;
    }
    if (!IsSuccess(r->http_status)) {
      state.errors.push_back(fmt::format("{}: HTTP {}", job.entry.link, r->http_status));
      ++report.failures;
      return;
    }
    auto page = ExtractArticle(ExtractInput{r->body, r->final_url, r->content_type});
    if (!page.ok()) {
      state.errors.push_back(job.entry.link + ": " + page.status().ToString());
      ++report.failures;
      return;
    }
    Article article = AssembleArticle(*state.source, config_.sections, job.entry, *page,
                                      job.canonical_url);
    article.fetched_at = NowUtc();
    RawPage raw{job.canonical_url, r->final_url, r->content_type, std::move(r->body),
                article.fetched_at};
    auto outcome = store_.UpsertArticle(article, raw);
    if (!outcome.ok()) {
      state.errors.push_back(job.entry.link + ": " + outcome.status().ToString());
      feed.page_transport_error = true;
      ++report.failures;
      return;
    }
    if (*outcome != UpsertOutcome::kUnchanged) {
      if (auto st = web::IndexArticleForSearch(store_, article); !st.ok())
        state.errors.push_back(job.entry.link + ": search index: " + st.ToString());
    }
    switch (*outcome) {
      case UpsertOutcome::kInserted: ++report.inserted; break;
      case UpsertOutcome::kUpdated: ++report.updated; break;
      case UpsertOutcome::kUnchanged: ++report.unchanged; break;
    }
    if (!r->etag.empty() || !r->last_modified.empty()) {
      if (auto st = store_.PutHttpCache(job.entry.link, HttpCacheEntry{r->etag, r->last_modified});
          !st.ok())
        spdlog::warn("{}: could not save validators: {}", job.entry.link, st.ToString());
    }
  });

  // ---- phase 3: feed validators, then health
  for (const auto& feed : feeds) {
    if (!feed.save_validators || feed.page_transport_error) continue;
    if (auto st = store_.PutHttpCache(feed.url, feed.validators); !st.ok()) return st;
  }
  for (const auto& state : states) {
    SourceFetchReport health{NowUtc(), state.http_status, JoinErrors(state.errors)};
    if (auto st = store_.RecordSourceFetch(state.source->slug, health); !st.ok()) return st;
    if (!state.errors.empty())
      spdlog::warn("source {}: {}", state.source->slug, health.error);
  }

  // ---- phase 4: stories, duplicates and links follow the new articles. A
  // failure here loses nothing: the articles are stored and the next step
  // (next ingest, reextract, an editor's change) catches up. New articles
  // are organised incrementally; a changed text was organised as it was,
  // so the organisation is recomputed.
  if (report.inserted + report.updated > 0) {
    std::optional<LiveOrganisation> own;
    LiveOrganisation* live = organisation_;
    if (live == nullptr) live = &own.emplace(store_);
    auto organised = report.updated > 0 ? RecomputeOrganisation(store_) : live->CatchUp();
    if (organised.ok()) {
      report.organised = organised->articles;
    } else {
      spdlog::warn("organisation not updated: {}", organised.status().ToString());
    }
  }
  return report;
}

}  // namespace bs
