// JSON form of an extracted article, for the CLI and tools.
#pragma once

#include <nlohmann/json.hpp>

#include "extract/extractor.h"

namespace bs {

// Keys: title, standfirst, authors, author_bio, published, modified (ISO 8601
// UTC strings or null), section, tags, language, site_name, canonical_url,
// image {url, caption, credit} (null when there is no image), html, text.
nlohmann::json ArticleToJson(const ExtractedArticle& article);

}  // namespace bs
