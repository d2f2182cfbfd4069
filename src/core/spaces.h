// Whitespace in scraped and stored text: ASCII spaces plus the Unicode ones
// pages use (NBSP, the U+2000 block, ideographic space, BOM). Shared by
// extraction and the reader site. Pure functions; safe from any thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace bs {

bool IsSpaceCodePoint(std::uint32_t cp);

// Appends `text` to `out` with runs of whitespace collapsed to one space,
// never starting `out` with a space or doubling one. The ideographic space
// is kept: CJK layout uses it as a character.
void AppendCollapsed(std::string& out, std::string_view text);

// Trims ASCII and Unicode (NBSP, ideographic) spaces.
std::string_view TrimSpace(std::string_view s);

// `s` with whitespace runs collapsed (as AppendCollapsed) and trimmed.
std::string CollapsedText(std::string_view s);

}  // namespace bs
