// The story page, /story/<id>[/<slug>]: every article the organiser put in
// one story (coverage of one event), on a timeline oldest to newest and
// grouped by region and source, with JSON-LD (ItemList of the coverage,
// BreadcrumbList) and RSS/Atom alternates (/story/<id>/rss.xml, atom.xml).
//
// Thread-safety: stateless; safe from any thread as long as the Store is.
#pragma once

#include <kainjow/mustache.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/status.h"
#include "store/store.h"
#include "web/pages.h"

namespace bs::web {

// Articles shown on one story page. A story is one event; past this it is a
// clustering accident, and the newest coverage is what readers want.
inline constexpr int kMaxStoryArticles = 200;

// A link to a story for lists (front page, "On the same topic"):
// {story_url, story_title, story_sources ("3"), story_sources_label
// ("3 sources"), story_first_iso, story_first_human, story_lang, story_dir}.
// The language is the one of the article whose headline titles the story.
Result<kainjow::mustache::data> StoryLink(const PageContext& ctx, const StoryRecord& story);

// A missing id gives a 404 view.
Result<PageView> BuildStoryPage(const PageContext& ctx, Id id);

// A story and its articles for its feeds: newest first, at most `limit`.
// nullopt when there is no such story.
struct StoryFeed {
  StoryRecord story;
  std::vector<Article> articles;
};
Result<std::optional<StoryFeed>> LoadStoryFeed(Store& store, Id id, int limit);

}  // namespace bs::web
