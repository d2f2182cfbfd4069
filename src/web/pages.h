// Page builders of the reader site: each asks the store what it needs and
// returns the template to render with its data. No HTML is written here;
// templates own markup, so every text value passes through mustache escaping.
//
// Thread-safety: stateless; safe from any thread as long as the Store is.
#pragma once

#include <kainjow/mustache.hpp>

#include <map>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/status.h"
#include "store/store.h"
#include "web/site.h"

namespace bs::web {

// What one request needs to build a page. Borrowed references; lives for one
// render.
struct PageContext {
  const SiteSettings& settings;
  Store& store;
  const std::map<std::string, Source>& sources;  // by slug
};

struct PageView {
  int status = 200;
  std::string template_name;
  std::string title;            // for <title>; empty on the front page
  std::string description;      // for <meta name=description>
  std::string current_section;  // slug highlighted in the navigation
  std::string canonical_path;   // "/article/7/slug"; empty for error pages
  std::string share_image;      // absolute http(s) image URL for link previews
  bool is_article = false;
  // The comment threads the page shows (copy-group article ids) and their
  // summed version when it read them: the page cache keys the page on it.
  std::vector<Id> thread_ids;
  // The article whose comment thread the page shows under it: the article
  // itself, or a story's title article; 0 for none.
  Id comment_article = 0;
  std::int64_t thread_version = 0;
  kainjow::mustache::data data;
};

// Rivers show one taxonomy: a section, a region or a source; or everything
// by one author name or under one tag (the slug is then the decoded name).
enum class RiverKind { kSection, kRegion, kSource, kAuthor, kTag };

// Articles per river page.
constexpr int kRiverPageSize = 20;

Result<PageView> BuildFrontPage(const PageContext& ctx);
// `page` is 1-based. A slug that is not configured, or a page past the end,
// gives a 404 view.
Result<PageView> BuildRiverPage(const PageContext& ctx, RiverKind kind, const std::string& slug, int page);
// A missing id gives a 404 view.
Result<PageView> BuildArticlePage(const PageContext& ctx, Id id);
PageView BuildErrorPage(int status, const std::string& heading, const std::string& message);

}  // namespace bs::web
