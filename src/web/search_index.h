// The bridge between the text Analyzer and the store's search index: turns
// articles into index terms and reader queries into term groups, so both
// sides agree on normalisation, segmentation (CJK, Thai), stop words and
// stemming. The store itself never sees raw text (it depends on core only).
//
// Thread-safety: all functions are safe from any thread (the Analyzer they
// share is immutable); the Store must be, as store.h promises.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/status.h"
#include "store/store.h"

namespace bs::web {

// A search box is for a few words: longer input is cut (at a UTF-8 boundary)
// before analysis so a 10 kB paste costs no more than a short query.
inline constexpr std::size_t kMaxQueryBytes = 512;
// Words after this many are ignored; each word is one AND group in FTS5.
inline constexpr std::size_t kMaxQueryWords = 12;

// Index terms for `article`: the language is detected from the body (the
// article's language as hint) and used for every field; author names are
// indexed unstemmed.
SearchDocument MakeSearchDocument(const Article& article);

// MakeSearchDocument + Store::IndexArticleForSearch. `article.id` must be set
// (UpsertArticle fills it).
Status IndexArticleForSearch(Store& store, const Article& article);

// Rebuilds the search entry of every stored article (for databases created
// before search existed, or after an analyser change). Stops at the first
// error.
Status ReindexAll(Store& store);

struct AnalyzedQuery {
  // One group per query word: its stemmed form for `language` and its
  // unstemmed normalised form. Stop words of `language` are dropped.
  std::vector<std::vector<std::string>> groups;
  std::set<std::string> all_terms;  // every form of every group, for highlighting
  std::string language;             // what the terms were stemmed as ("" = none)
  bool truncated = false;           // input was cut at kMaxQueryBytes or kMaxQueryWords
};

// `language` forces the stemming language (the reader filtered by
// language); when empty it is detected, with `fallback_language` (the site's)
// used for queries too short to identify.
AnalyzedQuery AnalyzeQuery(std::string_view text, std::string_view language,
                           std::string_view fallback_language);

}  // namespace bs::web
