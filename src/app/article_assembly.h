// Building a stored Article from what a feed entry says and what extraction
// found on the page. Shared by ingest and reextract so both give the same result.
#pragma once

#include <vector>

#include "core/model.h"
#include "extract/extractor.h"
#include "feeds/feed.h"

namespace bs {

// Reconciles feed and page. The feed's headline wins when present (partners
// write it for syndication; page titles often carry " | Paper Name"); page
// metadata wins for authors, dates, image and body.
Article AssembleArticle(const Source& source, const std::vector<Taxon>& sections,
                        const FeedEntry& entry, const ExtractedArticle& page,
                        const std::string& canonical_url);

// A plain-text teaser of at most `max_chars` bytes, cut at a word boundary
// (or any UTF-8 boundary for scripts without spaces).
std::string MakeTeaser(const std::string& standfirst, const std::string& body_text,
                       std::size_t max_chars = 280);

// Hash over every stored field that a reader can see; fetch time excluded.
std::string ArticleContentHash(const Article& a);

}  // namespace bs
