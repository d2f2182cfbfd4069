// Search-result snippets built from an article's ORIGINAL text: the passage
// that best covers the query, with the words whose analysed form is a query
// term marked. Matching goes through the same Analyzer as indexing, so
// "floods" is marked for a query "flooding" and CJK/Thai words are found
// without spaces.
//
// Parts are plain text; templates escape them and wrap matches in <mark>.
// Thread-safety: pure functions; safe from any thread.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace bs::web {

// Snippet length shown under a result (bytes of original text, ~2 lines).
inline constexpr std::size_t kSnippetBytes = 240;
// Only this much of the body is scanned for a passage: the lead of a news
// story is where matches that matter sit, and it bounds work per result.
inline constexpr std::size_t kMaxSnippetScanBytes = 32 * 1024;

struct SnippetPart {
  std::string text;
  bool match = false;
};

// The best passage of `text` for `terms` (analysed as `language`), at most
// about `max_bytes`, with "…" where it was cut. With no match, the opening of
// the text. Invalid UTF-8 is replaced.
std::vector<SnippetPart> MakeSnippet(std::string_view text, const std::set<std::string>& terms,
                                     std::string_view language, std::size_t max_bytes = kSnippetBytes);

// All of `text` (a headline), with matching words marked.
std::vector<SnippetPart> HighlightText(std::string_view text, const std::set<std::string>& terms,
                                       std::string_view language);

}  // namespace bs::web
