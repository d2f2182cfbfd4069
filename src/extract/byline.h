// Turning byline strings into person names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace bs::extract {

// Person names from byline-like strings ("By Clara Tan and Daniel Ong",
// "By Aiko Hayashi / Staff Writer", "李美玲 报道"): drops the "By" prefix,
// roles, dates, e-mail addresses, places ("in Karachi"), conjunctions and
// desk credits ("Staff Correspondent"), splits multiple authors, and removes
// duplicates and names equal to `site_name`. Order is kept.
std::vector<std::string> PersonNames(const std::vector<std::string>& bylines,
                                     std::string_view site_name);

}  // namespace bs::extract
