// Recognising boilerplate inside the chosen body: share prompts, newsletter
// blocks, inline promos, comment sections and policies, cookie banners, ads,
// author boxes, navigation and footers.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/dom.h"

namespace bs::extract {

// Returns a mask over dom nodes: 1 marks a subtree (within `roots`) to leave
// out of the body. `title` lets a repeated headline be dropped too. Linear in
// the size of the roots' subtrees (text is only read for short blocks).
std::vector<std::uint8_t> FindBoilerplate(const Dom& dom, const std::vector<int>& roots,
                                          std::string_view title);

// True when a short block's text reads as boilerplate by itself ("Related:
// ...", "Enjoyed this story? Share it.", "Report as abusive"...). `has_link`
// says whether the block contains a link; weaker phrases need one.
bool IsBoilerplateText(std::string_view text, bool has_link);

}  // namespace bs::extract
