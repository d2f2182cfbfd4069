// Rebuilding stored articles from stored raw pages after the extractor changed.
#pragma once

#include "app/config.h"
#include "store/store.h"

namespace bs {

struct ReextractReport {
  int pages = 0;
  int updated = 0;
  int unchanged = 0;
  int failures = 0;
};

// Re-runs extraction on every stored raw page and updates its article. What
// only the feed knew (headline, guid, categories-derived section) is kept from
// the stored article.
// Articles whose extraction did not change keep their search entry; the index
// as a whole is rebuilt with `broadsheet reindex`.
Result<ReextractReport> ReextractAll(Store& store, const Config& config);

}  // namespace bs
