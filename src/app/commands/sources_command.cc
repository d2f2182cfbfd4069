#include <fmt/format.h>

#include <cstdio>

#include "app/commands.h"

namespace bs {

Status RunSources(const Config& config) {
  auto store = OpenConfiguredStore(config);
  if (!store.ok()) return store.status();
  auto sources = (*store)->ListSources();
  if (!sources.ok()) return sources.status();
  std::printf("%-24s %-8s %-20s %6s %6s  %s\n", "SOURCE", "STATE", "LAST FETCH", "HTTP", "ITEMS",
              "LAST ERROR");
  for (const auto& s : *sources) {
    std::string when = s.last_fetch ? FormatIso8601Utc(*s.last_fetch) : "never";
    std::printf("%-24s %-8s %-20s %6d %6d  %s\n", s.slug.c_str(), s.paused ? "paused" : "active",
                when.c_str(), s.last_http_status, s.item_count,
                s.last_error.empty() ? "-" : s.last_error.c_str());
  }
  return Status::Ok();
}

}  // namespace bs
