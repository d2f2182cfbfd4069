// The article page's links to other coverage, read from the organisation the
// store keeps (Store::GetOrganisation; nothing is computed per request):
//   "Also published by ..."  syndicated copies of the same text, and on a
//                            copy a note pointing at the first publication
//   "Full coverage: N sources"  the article's story page
//   "Read next"             same story, other papers
//   "On the same topic"     earlier stories of a running topic
//   "Related"               similar articles of the same section
// plus share links as plain URLs.
//
// Thread-safety: stateless; safe from any thread as long as the Store is.
#pragma once

#include "core/model.h"
#include "core/status.h"
#include "web/pages.h"

namespace bs::web {

// Links shown per list: a sidebar, not a second river.
inline constexpr int kMaxArticleLinks = 5;

// Adds the keys above to `view` (built by BuildArticlePage for `article`).
// Every key is set, empty when the organisation has nothing, so the page
// renders the same without an organiser.
Status AddArticleLinks(const PageContext& ctx, const Article& article, PageView& view);

}  // namespace bs::web
