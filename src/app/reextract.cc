#include "app/reextract.h"

#include <spdlog/spdlog.h>

#include "app/article_assembly.h"
#include "app/organisation_pipeline.h"
#include "extract/extractor.h"
#include "web/search_index.h"

namespace bs {

Result<ReextractReport> ReextractAll(Store& store, const Config& config) {
  ReextractReport report;
  auto urls = store.ListRawPageUrls();
  if (!urls.ok()) return urls.status();
  for (const auto& url : *urls) {
    auto raw = store.GetRawPage(url);
    if (!raw.ok()) return raw.status();
    auto old = store.GetArticleByUrl(url);
    if (!old.ok()) return old.status();
    if (!raw->has_value() || !old->has_value()) continue;
    ++report.pages;
    const Article& prev = **old;
    const Source* source = nullptr;
    for (const auto& s : config.sources)
      if (s.slug == prev.source_slug) source = &s;
    if (!source) {
      // The source left the configuration; its articles stay as they are.
      ++report.unchanged;
      continue;
    }
    auto page = ExtractArticle(ExtractInput{(*raw)->body, (*raw)->final_url, (*raw)->content_type});
    if (!page.ok()) {
      spdlog::warn("reextract {}: {}", url, page.status().ToString());
      ++report.failures;
      continue;
    }
    // Rebuild the feed's view from the stored article: its headline, id,
    // dates and authors.
    FeedEntry entry;
    entry.id = prev.guid;
    entry.title = prev.title;
    entry.link = url;
    entry.published = prev.published;
    entry.updated = prev.updated;
    entry.authors = prev.authors;
    entry.image = prev.image.url;
    Article a = AssembleArticle(*source, config.sections, entry, *page, url);
    // Section and region were settled at ingest (or by an editor); a new
    // extractor must not move an article.
    a.section = prev.section;
    a.section_origin = prev.section_origin;
    a.section_confidence = prev.section_confidence;
    a.region = prev.region;
    a.fetched_at = prev.fetched_at;
    a.content_hash = ArticleContentHash(a);
    auto outcome = store.UpsertArticle(a, **raw);
    if (!outcome.ok()) return outcome.status();
    if (*outcome == UpsertOutcome::kUnchanged) {
      ++report.unchanged;
    } else {
      ++report.updated;
      if (auto st = web::IndexArticleForSearch(store, a); !st.ok()) return st;
    }
  }
  // New text may change duplicates and stories.
  if (report.updated > 0)
    if (auto organised = RecomputeOrganisation(store); !organised.ok()) return organised.status();
  return report;
}

}  // namespace bs
