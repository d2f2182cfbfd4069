#include "web/discovery_routes.h"

#include <spdlog/spdlog.h>

#include <charconv>
#include <map>

#include "web/feeds_out.h"
#include "core/time.h"
#include "core/utf8.h"
#include "web/http_caching.h"
#include "web/percent_decode.h"
#include "web/search_page.h"
#include "web/sitemaps.h"
#include "web/story_page.h"
#include "web/view_format.h"

namespace bs::web {
namespace {

constexpr char kRssType[] = "application/rss+xml; charset=utf-8";
constexpr char kAtomType[] = "application/atom+xml; charset=utf-8";
constexpr char kXmlType[] = "application/xml; charset=utf-8";
constexpr char kOpmlType[] = "text/x-opml; charset=utf-8";
constexpr char kTextType[] = "text/plain; charset=utf-8";
// Feeds and sitemaps change with ingest, like pages.
constexpr char kCacheControl[] = "public, max-age=300";
// Search output depends on the query; let browsers keep it briefly only.
constexpr char kSearchCacheControl[] = "private, max-age=60";
// Sitemap numbers past this are junk: 1000 x kArticlesPerSitemap articles.
constexpr int kMaxArticleSitemaps = 1000;
constexpr std::size_t kMaxSlugBytes = 100;
// The store returns at most this many articles per call.
constexpr int kStoreBatch = 1000;

enum class FeedFormat { kRss, kAtom };

HttpResponse Plain(int status, std::string body) {
  HttpResponse r;
  r.status = status;
  AddSecurityHeaders(r);
  r.SetHeader("Content-Type", kTextType);
  r.SetHeader("Cache-Control", "no-store");
  r.body = std::move(body);
  return r;
}

std::optional<int> ParsePositive(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v <= 0) return std::nullopt;
  return v;
}

const Taxon* FindTaxon(const std::vector<Taxon>& list, const std::string& slug) {
  for (const auto& t : list)
    if (t.slug == slug) return &t;
  return nullptr;
}

// Reads `count` newest-first articles from `offset`, in store-sized calls.
Result<std::vector<Article>> ListMany(Store& store, ArticleQuery q, int offset, int count) {
  std::vector<Article> out;
  while (count > 0) {
    q.offset = offset;
    q.limit = std::min(count, kStoreBatch);
    auto page = store.ListArticles(q);
    if (!page.ok()) return page.status();
    const int got = static_cast<int>(page->size());
    for (auto& a : *page) out.push_back(std::move(a));
    if (got < q.limit) break;
    offset += got;
    count -= got;
  }
  return out;
}

}  // namespace

std::optional<HttpResponse> DiscoveryRoutes::Handle(const HttpRequest& req, const ViewServer& serve_view) {
  const std::string& path = req.path;
  const bool is_search = path == "/search" || path == "/search/";
  const bool is_search_feed = path == "/search/rss.xml" || path == "/search/atom.xml";

  // Which river feed, if any: "/<kind>/<slug>/<file>". Author names and
  // tags are any text, percent-encoded in the path like their pages.
  std::string feed_kind, feed_slug;
  FeedFormat format = FeedFormat::kRss;
  for (const char* kind : {"section", "region", "source", "author", "tag"}) {
    const std::string prefix = std::string("/") + kind + "/";
    if (path.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string rest = path.substr(prefix.size());
    const std::size_t slash = rest.find('/');
    if (slash == std::string::npos || slash == 0 || slash > kMaxSlugBytes) break;
    const std::string file = rest.substr(slash + 1);
    if (file != "rss.xml" && file != "atom.xml") break;
    feed_kind = kind;
    feed_slug = rest.substr(0, slash);
    format = file == "atom.xml" ? FeedFormat::kAtom : FeedFormat::kRss;
  }
  // "/story/<id>/rss.xml|atom.xml": the coverage of one story.
  std::optional<Id> story_feed;
  if (path.starts_with("/story/")) {
    const std::string_view rest = std::string_view(path).substr(7);
    const std::size_t slash = rest.find('/');
    const std::string_view file = slash == std::string_view::npos ? "" : rest.substr(slash + 1);
    if (file == "rss.xml" || file == "atom.xml") {
      Id id = 0;
      const std::string_view digits = rest.substr(0, slash);
      auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
      if (ec != std::errc() || p != digits.data() + digits.size() || id <= 0) return Plain(404, "Not Found\n");
      story_feed = id;
      format = file == "atom.xml" ? FeedFormat::kAtom : FeedFormat::kRss;
    }
  }
  std::optional<int> sitemap_number;
  if (path.starts_with("/sitemap-articles-") && path.ends_with(".xml")) {
    sitemap_number = ParsePositive(std::string_view(path).substr(18, path.size() - 18 - 4));
    if (!sitemap_number || *sitemap_number > kMaxArticleSitemaps) return Plain(404, "Not Found\n");
  }
  const bool known = is_search || is_search_feed || !feed_kind.empty() || sitemap_number || story_feed ||
                     path == "/sitemap.xml" || path == "/sitemap-pages.xml" || path == "/news-sitemap.xml" ||
                     path == "/robots.txt" || path == "/sources.opml";
  if (!known) return std::nullopt;

  if (path == "/robots.txt") {
    // Depends on configuration only: no store access needed.
    auto body = PrepareBody(kTextType, kCacheControl, RenderRobotsTxt(settings_), /*compress=*/false);
    return ServePrepared(req, *body);
  }

  auto version = store_.DataVersion();
  if (!version.ok()) {
    spdlog::error("site: store did not answer: {}", version.status().ToString());
    return Plain(503, "Service Unavailable\n");
  }
  const bool cacheable = !is_search && !is_search_feed;
  // Story feeds are keyed by the parsed id, so "/story/007/rss.xml" and
  // "/story/7/rss.xml" share one entry.
  // Author and tag feeds are keyed by the decoded name, so spelling one
  // name's path with more or fewer escapes does not multiply entries.
  std::optional<std::string> feed_name;
  if (feed_kind == "author" || feed_kind == "tag") {
    feed_name = PercentDecode(feed_slug);
    if (!feed_name || feed_name->empty() || !IsValidUtf8(*feed_name)) return Plain(404, "Not Found\n");
  }
  std::string key = story_feed ? "discovery:story:" + std::to_string(*story_feed) +
                                     (format == FeedFormat::kAtom ? ":atom" : ":rss")
                               : "discovery:" + path;
  if (feed_name) {
    key = "discovery:" + feed_kind + ":" + *feed_name + (format == FeedFormat::kAtom ? ":atom" : ":rss");
  }
  if (cacheable)
    if (auto cached = cache_.Get(key, *version)) return ServePrepared(req, *cached);

  auto sources = store_.ListSources();
  if (!sources.ok()) {
    spdlog::error("site: listing sources failed: {}", sources.status().ToString());
    return Plain(500, "Internal Server Error\n");
  }
  std::map<std::string, Source> by_slug;
  for (const auto& s : *sources) by_slug.emplace(s.slug, s);
  const PageContext ctx{settings_, store_, by_slug};
  const FeedContext feed_ctx{settings_, by_slug};
  const std::string origin = SiteOrigin(settings_);

  if (is_search) return serve_view(req, BuildSearchPage(ctx, ParseSearchParams(req.query)));

  std::string type = kXmlType;
  Result<std::string> doc = Status::Internal("unrouted");
  auto fail = [&](const Status& st) {
    spdlog::error("site: building {} failed: {}", req.target, st.ToString());
    return Plain(500, "Internal Server Error\n");
  };

  if (story_feed) {
    auto feed = LoadStoryFeed(store_, *story_feed, kFeedItemCount);
    if (!feed.ok()) return fail(feed.status());
    // Only stories that exist have feeds; this also bounds the cache keys.
    if (!*feed) return Plain(404, "Not Found\n");
    const StoryRecord& story = (*feed)->story;
    FeedChannel ch;
    ch.language = settings_.language;
    ch.title = settings_.name + ": " + story.title;
    ch.description = "Coverage of one story from our partner newspapers";
    ch.page_url = origin + StoryPath(story.id, story.title);
    ch.feed_url = origin + "/story/" + std::to_string(story.id) + (format == FeedFormat::kAtom ? "/atom.xml" : "/rss.xml");
    type = format == FeedFormat::kAtom ? kAtomType : kRssType;
    doc = format == FeedFormat::kAtom ? RenderAtom(ch, (*feed)->articles, feed_ctx)
                                      : RenderRss(ch, (*feed)->articles, feed_ctx);
  } else if (is_search_feed || !feed_kind.empty()) {
    FeedChannel ch;
    ch.language = settings_.language;
    Result<std::vector<Article>> items = std::vector<Article>();
    std::string page_path;
    if (is_search_feed) {
      format = path == "/search/atom.xml" ? FeedFormat::kAtom : FeedFormat::kRss;
      const SearchParams params = ParseSearchParams(req.query);
      const std::string qs = SearchQueryString(params, 1);
      page_path = "/search" + (qs.empty() ? "" : "?" + qs);
      ch.title = settings_.name + ": search for " + params.q;
      ch.feed_url = origin + path + (qs.empty() ? "" : "?" + qs);
      items = SearchNewest(ctx, params, kFeedItemCount);
    } else {
      ArticleQuery q;
      std::string name;
      if (feed_kind == "section") {
        const Taxon* t = FindTaxon(settings_.sections, feed_slug);
        if (t) name = t->name;
        q.section = feed_slug;
      } else if (feed_kind == "region") {
        const Taxon* t = FindTaxon(settings_.regions, feed_slug);
        if (t) name = t->name;
        q.region = feed_slug;
      } else if (feed_name) {
        // Any name is a query; only names with articles have feeds (below).
        name = *feed_name;
        (feed_kind == "author" ? q.author : q.tag) = *feed_name;
      } else {
        auto it = by_slug.find(feed_slug);
        if (it != by_slug.end()) {
          name = it->second.name.empty() ? feed_slug : it->second.name;
          ch.language = it->second.language;
        }
        q.source = feed_slug;
      }
      // Only configured slugs have feeds; this also bounds the cache keys.
      if (name.empty()) return Plain(404, "Not Found\n");
      const char* file = format == FeedFormat::kAtom ? "/atom.xml" : "/rss.xml";
      page_path = !feed_name               ? "/" + feed_kind + "/" + feed_slug
                  : feed_kind == "author" ? AuthorPath(*feed_name)
                                          : TagPath(*feed_name);
      ch.title = settings_.name + ": " + name;
      ch.description = (feed_kind == "tag" ? "Latest tagged " : "Latest from ") + name;
      ch.feed_url = origin + page_path + file;
      q.limit = kFeedItemCount;
      items = store_.ListArticles(q);
      // A name nobody wrote under (or tagged) has no feed.
      if (feed_name && items.ok() && items->empty()) return Plain(404, "Not Found\n");
    }
    if (!items.ok()) return fail(items.status());
    ch.page_url = origin + page_path;
    type = format == FeedFormat::kAtom ? kAtomType : kRssType;
    doc = format == FeedFormat::kAtom ? RenderAtom(ch, *items, feed_ctx) : RenderRss(ch, *items, feed_ctx);
  } else if (path == "/sitemap.xml") {
    auto count = store_.CountArticles(ArticleQuery{});
    if (!count.ok()) return fail(count.status());
    const int files = std::min(kMaxArticleSitemaps, (*count + kArticlesPerSitemap - 1) / kArticlesPerSitemap);
    doc = RenderSitemapIndex(settings_, files);
  } else if (path == "/sitemap-pages.xml") {
    StoryListQuery sq;
    sq.min_sources = 2;
    sq.limit = kMaxSitemapStories;
    auto stories = store_.ListStories(sq);
    if (!stories.ok()) return fail(stories.status());
    doc = RenderPagesSitemap(settings_, *sources, *stories);
  } else if (sitemap_number) {
    auto list = ListMany(store_, ArticleQuery{}, (*sitemap_number - 1) * kArticlesPerSitemap, kArticlesPerSitemap);
    if (!list.ok()) return fail(list.status());
    if (list->empty() && *sitemap_number > 1) return Plain(404, "Not Found\n");
    doc = RenderArticleSitemap(settings_, *list);
  } else if (path == "/news-sitemap.xml") {
    auto list = ListMany(store_, ArticleQuery{}, 0, kMaxNewsSitemapArticles);
    if (!list.ok()) return fail(list.status());
    const Timestamp cutoff = NowUtc() - kNewsSitemapWindowSeconds;
    std::vector<Article> recent;
    for (auto& a : *list)
      if (ArticleTime(a) >= cutoff) recent.push_back(std::move(a));
    doc = RenderNewsSitemap(settings_, recent);
  } else if (path == "/sources.opml") {
    type = kOpmlType;
    doc = RenderSourcesOpml(settings_, *sources);
  }
  if (!doc.ok()) return fail(doc.status());
  auto body = PrepareBody(type, cacheable ? kCacheControl : kSearchCacheControl, std::move(doc).value());
  if (cacheable) cache_.Put(key, *version, body);
  return ServePrepared(req, *body);
}

}  // namespace bs::web
