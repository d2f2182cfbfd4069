// The newsletter's public pages (when SiteSettings::subscriptions is set):
//
//   GET  /newsletter                      sign-up page
//   POST /newsletter/subscribe            email, edition (repeated), page
//   GET  /newsletter/confirm?t=           a button; POST /newsletter/confirm confirms
//   GET  /newsletter/unsubscribe?t=       a button; POST (also RFC 8058 one-click) leaves
//   GET  /newsletter/preferences?t=       editions, leave, export, erase; POST saves
//   GET  /newsletter/export?t=            the subscriber's data as JSON
//   POST /newsletter/erase                erases it
//   GET  /newsletter/archive[?page=N]     sent issues; /newsletter/archive/rss.xml, atom.xml
//   GET  /newsletter/<edition>/<date>     one sent issue, without anyone's links
//   GET  /newsletter/latest               303 to the newest sent issue
//   GET  /privacy, /terms                 text from the configuration
//
// Pages behind a token are personal: never cached anywhere (no-store) and
// sent with Referrer-Policy: no-referrer, so the token cannot leak through
// a link. The POSTs need no session or form token: the signed token is the
// secret, and one-click unsubscribe must work from a mail client.
//
// Thread-safety: Handle() may be called from many threads at once.
#pragma once

#include <functional>
#include <optional>

#include "store/store.h"
#include "web/http_server.h"
#include "web/pages.h"
#include "web/site.h"

namespace bs::web {

class NewsletterRoutes {
 public:
  using ViewServer = std::function<HttpResponse(const HttpRequest&, const Result<PageView>&)>;

  NewsletterRoutes(Store& store, const SiteSettings& settings) : store_(store), settings_(settings) {}

  // The response when `req` is one of the routes above, else nullopt.
  std::optional<HttpResponse> Handle(const HttpRequest& req, const ViewServer& serve_view);

 private:
  HttpResponse Subscribe(const HttpRequest& req, const ViewServer& serve);
  HttpResponse Confirm(const HttpRequest& req, const ViewServer& serve);
  HttpResponse Unsubscribe(const HttpRequest& req, const ViewServer& serve);
  HttpResponse Preferences(const HttpRequest& req, const ViewServer& serve);
  HttpResponse Export(const HttpRequest& req);
  HttpResponse Erase(const HttpRequest& req, const ViewServer& serve);
  HttpResponse Archive(const HttpRequest& req, const ViewServer& serve);
  HttpResponse IssuePage(const HttpRequest& req, const ViewServer& serve, const std::string& edition,
                         const std::string& date);
  HttpResponse ArchiveFeed(const HttpRequest& req, bool atom);
  HttpResponse Legal(const HttpRequest& req, const ViewServer& serve, bool privacy);

  Store& store_;
  const SiteSettings& settings_;
};

// The sign-up box's data (editions, consent sentence, the page it is on),
// for the article template's {{#newsletter_box}}; false when the newsletter is off.
kainjow::mustache::data NewsletterBoxData(const SiteSettings& settings, const std::string& page_path);

}  // namespace bs::web
