// Credit lines: finding the paper a syndicated copy names as its origin
// ("This article first appeared in The Harbour Herald", "(Via X)",
// "— X/Asia News Network", "转载自《X》"), so the original can be chosen as the
// canonical copy whatever order the copies arrive in.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace bs {

// Only the first and last paragraphs of this many bytes are scanned: credit
// lines sit at the top or the bottom of a copy, and the bound keeps the scan
// cheap on enormous bodies.
inline constexpr std::size_t kCreditScanBytes = 600;

// The source name a credit line in `text` attributes the article to, reduced
// by NormaliseSourceName, or "" when there is none.
std::string FindCreditedSource(std::string_view text);

// A comparable key for a paper's name or slug: lowercase ASCII, a leading
// "the" dropped, every run of other characters turned into one '-'; non-ASCII
// bytes are kept as they are. "The Harbour Herald" and "harbour-herald" both
// give "harbour-herald".
std::string NormaliseSourceName(std::string_view name);

}  // namespace bs
