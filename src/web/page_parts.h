// Pieces shared by the page builders (pages.cc, story_page.cc,
// article_links.cc): article cards, names of configured things, and the
// mustache value conventions.
//
// Pure functions; safe from any thread.
#pragma once

#include <map>

#include <kainjow/mustache.hpp>

#include <string>
#include <vector>

#include "core/model.h"
#include "web/pages.h"

namespace bs::web {

const Taxon* FindTaxon(const std::vector<Taxon>& list, const std::string& slug);
// Display name of a source (its slug when unknown or unnamed).
std::string SourceName(const PageContext& ctx, const std::string& slug);
// Display name of a configured section or region; "" when not configured.
std::string SectionName(const PageContext& ctx, const std::string& slug);
std::string RegionName(const PageContext& ctx, const std::string& slug);

kainjow::mustache::data Bool(bool b);
// kainjow treats an empty string as true in {{#section}}s; optional text is
// therefore stored as `false` when empty, which also renders as nothing.
kainjow::mustache::data Text(const std::string& s);
kainjow::mustache::data List();

// One article in a list (templates/_story_card.mustache). Every key is set
// (possibly empty) so a template never picks up a same-named value from an
// enclosing context.
kainjow::mustache::data Card(const PageContext& ctx, const Article& a);
// With `comment_counts` (published comments by article id), each card with
// comments links to them ("3 comments").
kainjow::mustache::data Cards(const PageContext& ctx, const std::vector<Article>& articles,
                              const std::map<Id, int>* comment_counts = nullptr);

// A plain link to an article: {link_url, link_title, link_source, link_lang, link_dir}.
kainjow::mustache::data ArticleLink(const PageContext& ctx, const Article& a);

PageView NotFound(const std::string& what);

}  // namespace bs::web
