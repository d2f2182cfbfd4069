#include "web/site.h"

#include <spdlog/spdlog.h>

#include <charconv>
#include <ctime>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "core/url.h"
#include "web/account_pages.h"
#include "web/comment_routes.h"
#include "web/comment_thread.h"
#include "web/discovery_routes.h"
#include "web/feeds_out.h"
#include "web/newsletter_pages.h"
#include "web/admin/admin_desk.h"
#include "web/page_cache.h"
#include "web/pages.h"
#include "web/percent_decode.h"
#include "web/static_files.h"
#include "web/story_page.h"
#include "web/structured_data.h"
#include "core/templates.h"

namespace bs::web {
namespace {

namespace mu = kainjow::mustache;

// Pages change when ingest runs (every few minutes); a minute of browser
// caching keeps reloads cheap without showing stale news for long, and the
// ETag makes revalidation a 304.
constexpr char kPageCacheControl[] = "public, max-age=60";
// Error pages must not stick: the article may appear on the next ingest.
constexpr char kErrorCacheControl[] = "no-store";
constexpr char kHtmlType[] = "text/html; charset=utf-8";
// Past this page number a river request is a crawler loop or an attack.
constexpr int kMaxRiverPage = 100'000;
// Slugs in configuration are short; longer ones cannot match and need no lookup.
// Author names and tags, percent-encoded, may take three bytes per byte.
constexpr std::size_t kMaxSlugBytes = 600;

// A parsed request target: which page, with which parameters.
struct Route {
  enum class Kind { kFront, kRiver, kArticle, kStory, kHealth, kStatic, kNotFound } kind = Kind::kNotFound;
  RiverKind river = RiverKind::kSection;
  std::string slug;     // river slug, or the static file's relative path
  Id id = 0;
  int page = 1;
  // Article and story pages: the comment thread's order and page.
  ThreadSort comment_sort = ThreadSort::kOldest;
  int comment_page = 1;
  // Cache key from the parsed parameters only, so junk query strings cannot
  // create new entries.
  std::string CacheKey() const {
    switch (kind) {
      case Kind::kFront: return "front";
      case Kind::kRiver:
        return "river:" + std::to_string(static_cast<int>(river)) + ":" + slug + ":" + std::to_string(page);
      case Kind::kArticle:
        return "article:" + std::to_string(id) + ":" + ThreadSortName(comment_sort) + ":" + std::to_string(comment_page);
      case Kind::kStory:
        return "story:" + std::to_string(id) + ":" + ThreadSortName(comment_sort) + ":" + std::to_string(comment_page);
      default: return "";
    }
  }
};

// "123" -> 123; nullopt for anything else, including signs and overflow.
template <typename T>
std::optional<T> ParsePositive(std::string_view s) {
  T v{};
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || v <= 0) return std::nullopt;
  return v;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

void ParseThreadParams(const HttpRequest& req, Route& r) {
  r.comment_sort = ParseThreadSort(QueryValue(req.query, "sort"));
  if (auto p = ParsePositive<int>(QueryValue(req.query, "cpage")); p && *p <= kMaxCommentPage) r.comment_page = *p;
}

Route ParseRoute(const HttpRequest& req) {
  Route r;
  std::string_view path = req.path;
  if (path == "/") {
    r.kind = Route::Kind::kFront;
    return r;
  }
  if (path == "/healthz") {
    r.kind = Route::Kind::kHealth;
    return r;
  }
  if (StartsWith(path, "/static/")) {
    r.kind = Route::Kind::kStatic;
    r.slug = std::string(path.substr(8));
    return r;
  }
  if (StartsWith(path, "/article/")) {
    std::string_view rest = path.substr(9);
    // The title slug after the id is decoration for readers and search
    // engines; only the id counts.
    const std::size_t slash = rest.find('/');
    auto id = ParsePositive<Id>(rest.substr(0, slash));
    if (!id) return r;
    r.kind = Route::Kind::kArticle;
    r.id = *id;
    ParseThreadParams(req, r);
    return r;
  }
  if (StartsWith(path, "/story/")) {
    // Like articles: the id counts, the title slug is decoration. Feeds
    // (/story/<id>/rss.xml) are routed before this by DiscoveryRoutes.
    std::string_view rest = path.substr(7);
    auto id = ParsePositive<Id>(rest.substr(0, rest.find('/')));
    if (!id) return r;
    r.kind = Route::Kind::kStory;
    r.id = *id;
    ParseThreadParams(req, r);
    return r;
  }
  static const std::pair<std::string_view, RiverKind> kRivers[] = {
      {"/section/", RiverKind::kSection}, {"/region/", RiverKind::kRegion}, {"/source/", RiverKind::kSource},
      {"/author/", RiverKind::kAuthor},   {"/tag/", RiverKind::kTag}};
  for (const auto& [prefix, kind] : kRivers) {
    if (!StartsWith(path, prefix)) continue;
    std::string_view slug = path.substr(prefix.size());
    if (!slug.empty() && slug.back() == '/') slug.remove_suffix(1);
    if (slug.empty() || slug.size() > kMaxSlugBytes || slug.find('/') != std::string_view::npos) return r;
    std::string name(slug);
    if (kind == RiverKind::kAuthor || kind == RiverKind::kTag) {
      // Author names and tags are any text, percent-encoded in the path;
      // the page builder checks the decoded bytes.
      auto decoded = PercentDecode(slug);
      if (!decoded) return r;
      name = std::move(*decoded);
    }
    const std::string page_param = QueryValue(req.query, "page");
    if (!page_param.empty()) {
      auto page = ParsePositive<int>(page_param);
      if (!page || *page > kMaxRiverPage) return r;
      r.page = *page;
    }
    r.kind = Route::Kind::kRiver;
    r.river = kind;
    r.slug = std::move(name);
    return r;
  }
  return r;
}

// kainjow treats an empty string as true in {{#section}}s; `false` renders
// as nothing and is false.
mu::data Text(const std::string& s) { return s.empty() ? mu::data(false) : mu::data(s); }

HttpResponse PlainText(int status, std::string body) {
  HttpResponse r;
  r.status = status;
  AddSecurityHeaders(r);
  r.SetHeader("Content-Type", "text/plain; charset=utf-8");
  r.SetHeader("Cache-Control", kErrorCacheControl);
  r.body = std::move(body);
  return r;
}

class Site {
 public:
  Site(Store& store, SiteSettings settings, TemplateSet templates, StaticFiles statics)
      : store_(store),
        settings_(std::move(settings)),
        templates_(std::move(templates)),
        statics_(std::move(statics)) {}

  HttpResponse Handle(const HttpRequest& req);

  // The operator desk; set once by MakeSiteHandler before the site serves.
  std::shared_ptr<AdminDesk> admin;

 private:
  HttpResponse ServeStatic(const HttpRequest& req, const std::string& rel);
  HttpResponse ServePage(const HttpRequest& req, const Route& route);
  // Renders `view` inside the layout; on a template failure, a plain 500.
  Result<std::string> RenderInLayout(const PageView& view);
  HttpResponse ErrorResponse(const HttpRequest& req, const PageView& view);
  // The comment thread of view.comment_article under the page, with the
  // thread's ids and version recorded for the cache.
  Status AddThread(const Route& route, PageView& view);
  // Renders a view that is never cached (search results).
  HttpResponse ServeUncachedView(const HttpRequest& req, const Result<PageView>& view);

  Store& store_;
  const SiteSettings settings_;
  const TemplateSet templates_;
  const StaticFiles statics_;
  PageCache cache_;
  DiscoveryRoutes discovery_{store_, settings_};  // search, feeds out, sitemaps
  NewsletterRoutes newsletter_{store_, settings_};  // sign-up, links in mail, archive
  AccountRoutes accounts_{store_, settings_, templates_};  // reader accounts
  CommentRoutes comment_routes_{store_, settings_};       // posting, likes, reports, feeds
};

HttpResponse Site::Handle(const HttpRequest& req) {
  // The desk takes POSTs and must never touch the public page cache, so it
  // is routed before anything else.
  if (admin && AdminDesk::Owns(req.path)) return admin->Handle(req);
  // The newsletter takes POSTs too (sign-up, one-click unsubscribe).
  if (auto r = newsletter_.Handle(req, [this](const HttpRequest& q, const Result<PageView>& v) {
        return ServeUncachedView(q, v);
      }))
    return std::move(*r);
  const auto uncached = [this](const HttpRequest& q, const Result<PageView>& v) { return ServeUncachedView(q, v); };
  if (auto r = accounts_.Handle(req, uncached)) return std::move(*r);
  if (auto r = comment_routes_.Handle(req, uncached)) return std::move(*r);
  if (req.method != "GET" && req.method != "HEAD") {
    HttpResponse r = PlainText(405, "Method Not Allowed\n");
    r.SetHeader("Allow", "GET, HEAD");
    return r;
  }
  if (auto r = discovery_.Handle(req, [this](const HttpRequest& q, const Result<PageView>& v) {
        return ServeUncachedView(q, v);
      }))
    return std::move(*r);
  const Route route = ParseRoute(req);
  switch (route.kind) {
    case Route::Kind::kHealth: {
      auto v = store_.DataVersion();
      if (!v.ok()) {
        spdlog::error("healthz: store did not answer: {}", v.status().ToString());
        return PlainText(503, "store unavailable\n");
      }
      return PlainText(200, "ok\n");
    }
    case Route::Kind::kStatic:
      return ServeStatic(req, route.slug);
    case Route::Kind::kNotFound:
      return ErrorResponse(req, BuildErrorPage(404, "Page not found",
                                               "There is nothing at this address."));
    default:
      return ServePage(req, route);
  }
}

HttpResponse Site::ServeStatic(const HttpRequest& req, const std::string& rel) {
  // Find() is an exact lookup among loaded files, so these checks are not
  // what keeps traversal out; they give hostile paths a clear 400.
  if (rel.find("..") != std::string::npos || rel.find('\\') != std::string::npos ||
      (!rel.empty() && rel.front() == '/')) {
    return PlainText(400, "Bad Request\n");
  }
  const PreparedBody* file = statics_.Find(rel);
  if (!file) {
    return ErrorResponse(req, BuildErrorPage(404, "Page not found", "There is no such file."));
  }
  return ServePrepared(req, *file);
}

HttpResponse Site::ServePage(const HttpRequest& req, const Route& route) {
  auto version = store_.DataVersion();
  if (!version.ok()) {
    spdlog::error("site: store did not answer: {}", version.status().ToString());
    return PlainText(503, "Service Unavailable\n");
  }
  const std::string key = route.CacheKey();
  // A page showing comments (a thread, or counts on a river) is cached with
  // the thread ids it shows; their summed version (a primary-key read per
  // id) keys it, so a comment re-renders only the pages showing it.
  std::int64_t part = 0;
  if (settings_.comments) {
    if (auto threads = cache_.Threads(key, *version)) {
      auto current = ThreadsVersion(store_, *threads);
      if (!current.ok()) {
        spdlog::error("site: thread version: {}", current.status().ToString());
        return PlainText(503, "Service Unavailable\n");
      }
      part = *current;
    }
  }
  if (auto cached = cache_.Get(key, *version, part)) return ServePrepared(req, *cached);

  auto sources = store_.ListSources();
  if (!sources.ok()) {
    spdlog::error("site: listing sources failed: {}", sources.status().ToString());
    return PlainText(500, "Internal Server Error\n");
  }
  std::map<std::string, Source> by_slug;
  for (auto& s : *sources) by_slug.emplace(s.slug, std::move(s));
  // Operator overrides (About text, section map) win over the configuration.
  auto overrides = store_.ListSourceOverrides();
  if (!overrides.ok()) {
    spdlog::error("site: listing source overrides failed: {}", overrides.status().ToString());
    return PlainText(500, "Internal Server Error\n");
  }
  for (const auto& o : *overrides)
    if (auto it = by_slug.find(o.slug); it != by_slug.end()) ApplySourceOverride(it->second, o);
  const PageContext ctx{settings_, store_, by_slug};

  Result<PageView> view = Status::Internal("unrouted");
  switch (route.kind) {
    case Route::Kind::kFront: view = BuildFrontPage(ctx); break;
    case Route::Kind::kRiver: view = BuildRiverPage(ctx, route.river, route.slug, route.page); break;
    case Route::Kind::kStory: view = BuildStoryPage(ctx, route.id); break;
    case Route::Kind::kArticle:
      view = BuildArticlePage(ctx, route.id);
      if (view.ok() && view->status == 200)
        if (auto st = AddArticleMetadata(ctx, route.id, *view); !st.ok()) view = st;
      // The seed's sign-up box under every article; nothing personal, so
      // the page stays cacheable.
      if (view.ok() && view->status == 200)
        view->data.set("newsletter_box", NewsletterBoxData(settings_, "/article/" + std::to_string(route.id)));
      break;
    default: break;
  }
  if (!view.ok()) {
    spdlog::error("site: building {} failed: {}", req.target, view.status().ToString());
    return PlainText(500, "Internal Server Error\n");
  }
  if (view->status != 200) return ErrorResponse(req, *view);
  if (settings_.comments && view->comment_article != 0) {
    if (auto st = AddThread(route, *view); !st.ok()) {
      spdlog::error("site: thread of {} failed: {}", req.target, st.ToString());
      return PlainText(500, "Internal Server Error\n");
    }
  }

  auto html = RenderInLayout(*view);
  if (!html.ok()) {
    spdlog::error("site: rendering {} failed: {}", req.target, html.status().ToString());
    return PlainText(500, "Internal Server Error\n");
  }
  auto page = PrepareBody(kHtmlType, kPageCacheControl, std::move(html).value());
  // Only routes that exist are cached (404s are not), so entries are bounded
  // by the data, not by what clients ask for.
  cache_.Put(key, *version, page, view->thread_version, std::move(view->thread_ids));
  return ServePrepared(req, *page);
}

Status Site::AddThread(const Route& route, PageView& view) {
  discuss::CommentService& comments = *settings_.comments;
  auto group = comments.ThreadGroup(view.comment_article);
  if (!group.ok()) return group.status();
  // Read before the thread (see ThreadsVersion).
  auto version = ThreadsVersion(store_, *group);
  if (!version.ok()) return version.status();
  auto article = store_.GetArticle(view.comment_article);
  if (!article.ok()) return article.status();
  ThreadQuery q{view.comment_article, *article ? (*article)->source_slug : "", route.comment_sort, route.comment_page};
  if (route.kind == Route::Kind::kStory) {
    q.page_path = "/story/" + std::to_string(route.id);
    q.story_id = route.id;
  }
  auto thread = ThreadData(store_, comments, q);
  if (!thread.ok()) return thread.status();
  view.data.set("comments", std::move(thread).value());
  view.thread_ids.insert(view.thread_ids.end(), group->begin(), group->end());
  view.thread_version += *version;
  return Status::Ok();
}

HttpResponse Site::ErrorResponse(const HttpRequest& req, const PageView& view) {
  auto html = RenderInLayout(view);
  if (!html.ok()) {
    spdlog::error("site: rendering error page failed: {}", html.status().ToString());
    return PlainText(view.status, view.title + "\n");
  }
  auto body = PrepareBody(kHtmlType, kErrorCacheControl, std::move(html).value(), /*compress=*/false);
  return ServePrepared(req, *body, view.status);
}

HttpResponse Site::ServeUncachedView(const HttpRequest& req, const Result<PageView>& view) {
  if (!view.ok()) {
    spdlog::error("site: building {} failed: {}", req.target, view.status().ToString());
    return PlainText(500, "Internal Server Error\n");
  }
  if (view->status != 200) return ErrorResponse(req, *view);
  auto html = RenderInLayout(*view);
  if (!html.ok()) {
    spdlog::error("site: rendering {} failed: {}", req.target, html.status().ToString());
    return PlainText(500, "Internal Server Error\n");
  }
  return ServePrepared(req, *PrepareBody(kHtmlType, "private, max-age=60", std::move(html).value()));
}

Result<std::string> Site::RenderInLayout(const PageView& view) {
  auto content = templates_.Render(view.template_name, view.data);
  if (!content.ok()) return content.status();

  mu::data d;
  d.set("site_name", settings_.name);
  d.set("tagline", Text(settings_.tagline));
  d.set("site_lang", settings_.language.empty() ? "en" : settings_.language);
  d.set("page_title", view.title.empty() ? settings_.name : view.title + " \u2014 " + settings_.name);
  d.set("description", Text(view.description));
  // Canonical links need the public origin; without one configured, none is
  // better than a wrong one.
  std::string base = settings_.base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  // An absolute canonical_path is another site's page (the partner's
  // original of a syndicated article) and is used as it is.
  d.set("canonical", Text(IsHttpUrl(view.canonical_path) ? view.canonical_path
                          : base.empty() || view.canonical_path.empty() ? ""
                                                                        : base + view.canonical_path));
  d.set("alternate_feeds", AlternateFeedLinks(view.canonical_path, view.title.empty() ? settings_.name : view.title));
  d.set("content", std::move(content).value());
  // Open Graph, for link previews when readers share a page.
  d.set("og_title", view.title.empty() ? settings_.name : view.title);
  d.set("og_type", view.is_article ? "article" : "website");
  d.set("og_image", Text(view.share_image));
  mu::data nav(mu::data::type::list);
  for (const auto& s : settings_.sections) {
    mu::data item;
    item.set("nav_name", s.name);
    item.set("nav_url", "/section/" + s.slug);
    item.set("nav_current", mu::data(s.slug == view.current_section));
    nav.push_back(item);
  }
  d.set("nav", nav);
  mu::data regions(mu::data::type::list);
  for (const auto& r : settings_.regions) {
    mu::data item;
    item.set("region_name", r.name);
    item.set("region_url", "/region/" + r.slug);
    regions.push_back(item);
  }
  d.set("regions", regions);
  d.set("has_regions", mu::data(!settings_.regions.empty()));
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  d.set("year", std::to_string(tm.tm_year + 1900));
  return templates_.Render("layout", d);
}

}  // namespace

Result<HttpHandler> MakeSiteHandler(Store& store, SiteSettings settings) {
  auto templates = TemplateSet::Load(settings.template_dir, {"layout", "front", "river", "article", "story", "error", "search",
                                                                  "newsletter", "newsletter_message", "newsletter_confirm",
                                                                  "newsletter_confirmed", "newsletter_unsubscribe",
                                                                  "newsletter_preferences", "newsletter_archive",
                                                                  "newsletter_issue", "legal", "account", "account_signup",
                                                                  "account_signin", "account_link", "account_message",
                                                                  "mail_account_html", "mail_account_text", "comment_message",
                                                                  "comment_report", "comment_edit"});
  if (!templates.ok()) return templates.status();
  auto statics = StaticFiles::Load(settings.static_dir);
  if (!statics.ok()) return statics.status();
  auto admin = AdminDesk::Create(store, settings);
  if (!admin.ok()) return admin.status();
  auto site = std::make_shared<Site>(store, std::move(settings), std::move(templates).value(),
                                     std::move(statics).value());
  site->admin = std::move(admin).value();
  return HttpHandler([site](const HttpRequest& req) { return site->Handle(req); });
}

}  // namespace bs::web
