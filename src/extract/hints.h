// What an element's class, id, role and itemprop say about its purpose.
#pragma once

#include <libxml/tree.h>

#include <cstdint>
#include <string_view>

namespace bs::extract {

// Bitmask of Hint values (see dom.h) for one element, from its class, id,
// role and itemprop attributes and its tag name.
std::uint32_t ClassifyHints(const xmlNode* element);

// Hints for an already lowercased "class id role itemprop" string.
std::uint32_t ClassifyHintText(std::string_view lowered);

}  // namespace bs::extract
