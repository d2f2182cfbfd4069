// What an element's class, id, role and itemprop say about its purpose.
#pragma once

#include <libxml/tree.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace bs::extract {

struct HintTokenHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Memo of ClassifyHintText results, keyed by one lowered class/id token
// (whitespace-separated word). Tokens repeat far more than whole class lists,
// which often carry a per-element id ("elementor-element-4f2a9c"). One per
// document; not thread-safe.
struct HintCache {
  std::unordered_map<std::string, std::uint32_t, HintTokenHash, std::equal_to<>> tokens;
  std::string scratch;  // reused for lowering, so a hit allocates nothing
};

// Bitmask of Hint values (see dom.h) for one element, from its class, id,
// role and itemprop attributes and its tag name. `cache` may be null.
std::uint32_t ClassifyHints(const xmlNode* element, HintCache* cache = nullptr);
// The same, for a caller that already knows the element's tag.
enum class Tag : std::uint8_t;
std::uint32_t ClassifyHints(const xmlNode* element, Tag tag, HintCache* cache);

// Hints for an already lowercased "class id role itemprop" string.
std::uint32_t ClassifyHintText(std::string_view lowered);

}  // namespace bs::extract
