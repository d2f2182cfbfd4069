// One pass of the ingest pipeline: poll feeds, fetch new article pages,
// extract, assemble and store, then recompute the organisation when anything
// changed (app/organisation_pipeline.h). Used by `broadsheet ingest` and by the
// scheduler inside `broadsheet serve`.
//
// Crash safety: each article is stored in its own transaction, and a feed's
// conditional-GET validators are saved only after all of its entries were
// handled. A run killed at any point leaves a consistent database, and the
// next run refetches the feed and completes whatever was missing.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "app/config.h"
#include "app/organisation_pipeline.h"
#include "core/status.h"
#include "store/store.h"

namespace bs {

struct IngestReport {
  int sources = 0;
  int feeds_fetched = 0;
  int feeds_not_modified = 0;
  int feeds_failed = 0;
  int entries_seen = 0;
  int pages_fetched = 0;
  int inserted = 0;
  int updated = 0;
  int unchanged = 0;
  int failures = 0;  // entries that could not be stored (fetch, extraction, store errors)
  int organised = 0;  // articles organised by this pass (all of them after a recompute); 0 when nothing changed
};

// Called as work completes: (done, total) page count.
using ProgressFn = std::function<void(std::size_t done, std::size_t total)>;

class Ingester {
 public:
  // `store`, `config` and `organisation` must outlive the Ingester. Without
  // `organisation` each pass restores one from the stored snapshot.
  Ingester(Store& store, const Config& config, LiveOrganisation* organisation = nullptr);

  // Polls the named sources (all configured sources when empty). Paused
  // sources are skipped. Per-source failures are recorded in the source's
  // health and counted in the report; they do not stop other sources. Fails
  // only when a named source is unknown or the store fails.
  Result<IngestReport> RunOnce(const std::vector<std::string>& source_slugs,
                               const ProgressFn& progress = {});

 private:
  Store& store_;
  const Config& config_;
  LiveOrganisation* organisation_;
};

}  // namespace bs
