// Machine-readable metadata of article pages: schema.org JSON-LD
// (NewsArticle and BreadcrumbList) and the canonical link to the partner's
// original. Since we syndicate, search engines should credit the original
// page, so the canonical URL and isBasedOn both point there.
//
// Pure functions; safe from any thread.
#pragma once

#include <string>
#include <vector>

#include "core/model.h"
#include "store/store.h"
#include "web/pages.h"
#include "web/site.h"

namespace bs::web {

// JSON text safe inside <script type="application/ld+json">: every '<', '>'
// and '&' is written as a \u escape, so "</script>" and "<!--" cannot occur,
// and invalid UTF-8 from stored text is replaced with U+FFFD.
std::string NewsArticleJsonLd(const Article& article, const Source* source, const SiteSettings& settings);
std::string BreadcrumbJsonLd(const Article& article, const SiteSettings& settings);

// A story page: an ItemList of its coverage (article pages in timeline
// order) and a BreadcrumbList (site, story).
std::string StoryItemListJsonLd(const StoryRecord& story, const std::vector<Article>& articles,
                                const SiteSettings& settings);
std::string StoryBreadcrumbJsonLd(const StoryRecord& story, const SiteSettings& settings);

// Adds JSON-LD blocks ("json_ld" list of {json_ld_body}) to an article view
// and points its canonical link at the original (when it is http(s)).
// `view` must come from BuildArticlePage for `article`.
void AddArticleMetadata(const PageContext& ctx, const Article& article, PageView& view);
// The same, reading article `id` from the store (no-op when it is gone).
Status AddArticleMetadata(const PageContext& ctx, Id id, PageView& view);

}  // namespace bs::web
