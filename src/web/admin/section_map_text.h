// The section map as operators edit it: one "their category = our section"
// per line. Pure functions; safe from any thread.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/status.h"

namespace bs::web {

// A source's own category list is short; this bounds work and storage.
inline constexpr std::size_t kMaxSectionMapBytes = 16 * 1024;
inline constexpr std::size_t kMaxSectionMapEntries = 300;

std::string FormatSectionMap(const std::map<std::string, std::string>& map);

// Keys are trimmed and lowercased (as the configuration loader does); blank
// lines are skipped. InvalidArgument for a line without '=', an empty side,
// invalid UTF-8, too much input, or (when `sections` is not empty) a target
// that is not a configured section slug.
Result<std::map<std::string, std::string>> ParseSectionMap(std::string_view text,
                                                           const std::vector<Taxon>& sections);

}  // namespace bs::web
