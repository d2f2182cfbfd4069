#include <cstdio>

#include "app/commands.h"
#include "app/reextract.h"
#include "web/search_index.h"

namespace bs {

Status RunReextract(const Config& config) {
  auto store = OpenConfiguredStore(config);
  if (!store.ok()) return store.status();
  auto report = ReextractAll(**store, config);
  if (!report.ok()) return report.status();
  std::printf("pages %d, updated %d, unchanged %d, failures %d\n", report->pages, report->updated,
              report->unchanged, report->failures);
  return Status::Ok();
}

Status RunReindex(const Config& config) {
  auto store = OpenConfiguredStore(config);
  if (!store.ok()) return store.status();
  if (auto st = web::ReindexAll(**store); !st.ok()) return st;
  std::printf("search index rebuilt\n");
  return Status::Ok();
}

}  // namespace bs
