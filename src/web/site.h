// The reader site: server-rendered pages over a Store.
//
// Routes (GET and HEAD; anything else is 405):
//   /                         front page: a few stories per section, plus "Latest"
//   /section/<slug>?page=N    river of a configured section, 20 a page
//   /region/<slug>?page=N     river of a configured region
//   /source/<slug>?page=N     river of one partner newspaper
//   /article/<id>[/<slug>]    one article with attribution and "About" box,
//                             syndicated copies, read next, same topic, related
//   /story/<id>[/<slug>]      all coverage of one event (story_page.h)
//   /author/<name>?page=N     river of one author name (percent-encoded)
//   /tag/<tag>?page=N         river of one tag
//   /healthz                  200 "ok" when the store answers, else 503
//   /static/<file>            files from SiteSettings::static_dir
// Unknown paths and ids get a 404 page.
//
// Pages are cached in memory until the store's DataVersion changes; they
// carry ETags (304 on If-None-Match), are gzip/brotli-compressed when the
// client accepts it, and every response carries the security headers.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/status.h"
#include "discuss/comment_service.h"
#include "mail/mailer.h"
#include "newsletter/subscriptions.h"
#include "store/store.h"
#include "web/http_server.h"

namespace bs::web {

struct SiteSettings {
  std::string name = "Broadsheet";
  std::string tagline;
  std::string base_url;            // "https://news.example.org", for canonical links
  std::vector<Taxon> sections;     // in navigation order
  std::vector<Taxon> regions;
  std::string template_dir = "templates";
  std::string static_dir = "static";
  std::string language = "en";     // lang of the site's own chrome
  // Brings the stored organisation up to date after an editor's merge or
  // split (full = false: applied incrementally where it was made) or
  // section change (full = true: sections are the organiser's input, so it
  // recomputes), so the edit shows at once; may be empty (the next ingest
  // then applies it). Called on the request's thread; the app provides it.
  std::function<Status(bool full)> reorganise;
  // The newsletter's sign-up, links and mail; null = the newsletter is off
  // (its pages answer 404 and no sign-up box is shown). Owned by the app.
  newsletter::Subscriptions* subscriptions = nullptr;
  // Comments and reader accounts; null = off (no thread, no account pages).
  discuss::CommentService* comments = nullptr;
  // Renders the account mails (sign-in and confirmation links) into the
  // outbox; null = mail is not configured (accounts then cannot be made).
  const mail::Mailer* mailer = nullptr;
};

// Loads templates and static files (failing on a missing or broken one) and
// returns the handler. `store` must outlive the handler and all its copies.
// The handler is thread-safe; copies share one page cache.
Result<HttpHandler> MakeSiteHandler(Store& store, SiteSettings settings);

}  // namespace bs::web
