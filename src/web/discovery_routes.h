// Routes that make the site findable and followable, outside the HTML rivers:
//
//   /search?q=...                     search page (see search_page.h)
//   /search/rss.xml, /search/atom.xml newest matches of a search
//   /section/<slug>/rss.xml|atom.xml  (also /region/, /source/)
//   /story/<id>/rss.xml|atom.xml      coverage of one story, newest first
//   /sitemap.xml, /sitemap-pages.xml, /sitemap-articles-<n>.xml
//   /news-sitemap.xml, /robots.txt, /sources.opml
//
// Documents over bounded keys (configured slugs, sitemap numbers) are cached
// per store DataVersion like the HTML pages; search results are not, since
// their key space is whatever readers type.
//
// Thread-safety: Handle() may be called from many threads at once.
#pragma once

#include <functional>
#include <optional>

#include "store/store.h"
#include "web/http_server.h"
#include "web/page_cache.h"
#include "web/pages.h"
#include "web/site.h"

namespace bs::web {

class DiscoveryRoutes {
 public:
  // Renders a view in the site layout and serves it (error views included).
  using ViewServer = std::function<HttpResponse(const HttpRequest&, const Result<PageView>&)>;

  // `store` and `settings` must outlive this object.
  DiscoveryRoutes(Store& store, const SiteSettings& settings) : store_(store), settings_(settings) {}

  // The response when `req` (GET or HEAD) is one of the routes above, else
  // nullopt so the site routes it.
  std::optional<HttpResponse> Handle(const HttpRequest& req, const ViewServer& serve_view);

 private:
  Store& store_;
  const SiteSettings& settings_;
  PageCache cache_;
};

}  // namespace bs::web
