// Outgoing feeds: RSS 2.0 and Atom (RFC 4287) documents of a list of
// articles, for the site's sections, regions, sources and search queries.
//
// Links are absolute, built from SiteSettings::base_url; item links point at
// our article pages, and each item names the partner as its source. All text
// goes through XmlEscape, so any stored bytes give well-formed XML.
//
// Pure functions; safe from any thread.
#pragma once

#include <kainjow/mustache.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "web/site.h"

namespace bs::web {

// Items per outgoing feed: readers poll often, so a day's worth is plenty.
inline constexpr int kFeedItemCount = 30;

struct FeedChannel {
  std::string title;        // "Broadsheet: Diplomacy"
  std::string page_url;     // absolute URL of the HTML page the feed mirrors
  std::string feed_url;     // absolute URL of this document (self link)
  std::string description;
  std::string language;     // BCP 47; empty = none declared
};

// What items need besides the article: where the site lives and who the
// partners are. Borrowed for one render.
struct FeedContext {
  const SiteSettings& settings;
  const std::map<std::string, Source>& sources;  // by slug
};

// "https://news.example.org" from base_url (no trailing slash); "" when unset.
std::string SiteOrigin(const SiteSettings& settings);

std::string RenderRss(const FeedChannel& channel, const std::vector<Article>& articles,
                      const FeedContext& ctx);
std::string RenderAtom(const FeedChannel& channel, const std::vector<Article>& articles,
                       const FeedContext& ctx);

// The RSS and Atom URLs (site-relative) for the page at `canonical_path`
// ("/section/x", "/region/y?page=2", "/author/Jane%20Doe", "/search?q=..."),
// or none. As mustache
// list items {feed_type, feed_href, feed_title} for <link rel="alternate">.
kainjow::mustache::data AlternateFeedLinks(std::string_view canonical_path, const std::string& title);

}  // namespace bs::web
