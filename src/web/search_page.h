// The site search page (/search) and the article lists behind search feeds.
//
// Parameters: q, section, source, region, lang, from, to (YYYY-MM-DD, UTC,
// inclusive), sort=relevance|date, page. Anything malformed is ignored
// rather than refused, so a hand-edited URL still gives a page; nothing a
// reader types reaches the store as query syntax (see search_index.h).
//
// Thread-safety: stateless; safe from any thread as long as the Store is.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/status.h"
#include "store/store.h"
#include "web/pages.h"

namespace bs::web {

// Results per search page.
inline constexpr int kSearchPageSize = 20;
// The store serves offsets up to 10,000; past that a page is a crawler loop.
inline constexpr int kMaxSearchPage = 500;

struct SearchParams {
  std::string q;         // as typed (bounded), shown back in the form
  std::string section;   // validated slugs; "" = any
  std::string source;
  std::string region;
  std::string lang;      // validated BCP 47 tag; "" = any
  std::string from;      // "YYYY-MM-DD" when valid, else ""
  std::string to;
  SearchOrder sort = SearchOrder::kRelevance;
  int page = 1;
};

SearchParams ParseSearchParams(std::string_view query_string);

// "q=...&section=..." with only the set parameters, percent-encoded; `page`
// is included when above 1.
std::string SearchQueryString(const SearchParams& p, int page);

// The /search page. Always a 200 view: an empty or unusable query gives the
// form with no results.
Result<PageView> BuildSearchPage(const PageContext& ctx, const SearchParams& params);

// Newest matches for a search feed (at most `limit`).
Result<std::vector<Article>> SearchNewest(const PageContext& ctx, const SearchParams& params, int limit);

}  // namespace bs::web
