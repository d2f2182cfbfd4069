#include <cstdio>
#include <spdlog/spdlog.h>

#include "app/commands.h"
#include "app/ingest.h"
#include "app/progress_bar.h"

namespace bs {
namespace {

void DrawProgress(std::size_t done, std::size_t total) { DrawProgressBar(done, total, "pages"); }

}  // namespace

Status RunIngest(const Config& config, const std::vector<std::string>& sources, bool progress_bar) {
  auto store = OpenConfiguredStore(config);
  if (!store.ok()) return store.status();
  Ingester ingester(**store, config);
  auto report = ingester.RunOnce(sources, progress_bar ? ProgressFn(DrawProgress) : ProgressFn());
  if (!report.ok()) return report.status();
  std::printf(
      "sources %d, feeds fetched %d, not modified %d, failed %d; entries %d, pages %d; "
      "inserted %d, updated %d, unchanged %d, failures %d\n",
      report->sources, report->feeds_fetched, report->feeds_not_modified, report->feeds_failed,
      report->entries_seen, report->pages_fetched, report->inserted, report->updated,
      report->unchanged, report->failures);
  return Status::Ok();
}

}  // namespace bs
