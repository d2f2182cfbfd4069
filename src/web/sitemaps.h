// Documents for crawlers and feed readers: sitemaps (sitemaps.org 0.9), the
// Google News sitemap, robots.txt and the OPML list of partner sources.
//
// URLs are absolute from SiteSettings::base_url. All text goes through
// XmlEscape. Pure functions; safe from any thread.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/model.h"
#include "store/store.h"
#include "web/site.h"

namespace bs::web {

// Article URLs per /sitemap-articles-<n>.xml; well under the protocol's
// 50,000 URL / 50 MB limits, and five store pages of 1000 to build.
inline constexpr int kArticlesPerSitemap = 5000;
// Google News sitemaps list articles of the last two days, at most 1000.
inline constexpr Timestamp kNewsSitemapWindowSeconds = 2 * 24 * 3600;
inline constexpr int kMaxNewsSitemapArticles = 1000;

// /sitemap.xml: the index naming /sitemap-pages.xml and article_sitemaps
// files /sitemap-articles-1.xml ... -<article_sitemaps>.xml.
std::string RenderSitemapIndex(const SiteSettings& settings, int article_sitemaps);

// Story pages listed in /sitemap-pages.xml: the most recently updated
// multi-source stories (a one-paper story is its article's page again).
inline constexpr int kMaxSitemapStories = 1000;

// /sitemap-pages.xml: front page, sections, regions, sources and stories.
std::string RenderPagesSitemap(const SiteSettings& settings, const std::vector<Source>& sources,
                               const std::vector<StoryRecord>& stories = {});

// /sitemap-articles-<n>.xml: article pages with lastmod.
std::string RenderArticleSitemap(const SiteSettings& settings, const std::vector<Article>& articles);

// /news-sitemap.xml. `articles` should already be the recent ones, newest
// first; the publication is our site, its language the article's.
std::string RenderNewsSitemap(const SiteSettings& settings, const std::vector<Article>& articles);

// Allows everything except /admin and /search (unbounded URL space), and
// names the sitemaps.
std::string RenderRobotsTxt(const SiteSettings& settings);

// OPML 2.0: one outline per partner, with its feed (first configured feed
// URL) and homepage, plus our own feed for that source.
std::string RenderSourcesOpml(const SiteSettings& settings, const std::vector<Source>& sources);

}  // namespace bs::web
