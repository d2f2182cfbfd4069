// What an element's class, id, role and itemprop say about its purpose.
#pragma once

#include <libxml/tree.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace bs::extract {

// Memo of ClassifyHintText results, keyed by the lowered attribute text. One
// per document; not thread-safe.
using HintCache = std::unordered_map<std::string, std::uint32_t>;

// Bitmask of Hint values (see dom.h) for one element, from its class, id,
// role and itemprop attributes and its tag name. `cache` may be null.
std::uint32_t ClassifyHints(const xmlNode* element, HintCache* cache = nullptr);

// Hints for an already lowercased "class id role itemprop" string.
std::uint32_t ClassifyHintText(std::string_view lowered);

}  // namespace bs::extract
