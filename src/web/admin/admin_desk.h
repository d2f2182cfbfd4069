// The operator desk under /admin: sign-in, source health with pause/resume,
// per-source overrides (About text, section map) and front-page pins.
//
// Routes (all answers carry Cache-Control: no-store and never enter the
// public page cache):
//   GET  /admin/login                   sign-in form
//   POST /admin/login                   username+password -> bs_session cookie
//   POST /admin/logout                  ends the session
//   GET  /admin                         dashboard: source health
//   POST /admin/sources/<slug>/pause    and /resume
//   GET  /admin/sources/<slug>          override form
//   POST /admin/sources/<slug>          save overrides
//   GET  /admin/pins                    pinned and recent articles
//   POST /admin/pins/add, /admin/pins/remove   field article_id
// Signed-out GETs redirect to /admin/login; signed-out POSTs are 403. Every
// POST but the sign-in needs the session's CSRF token for its own path
// (field "csrf") and must pass SameOriginRequest(); otherwise 403 and the
// store is not touched.
//   GET  /admin/stories                 recent stories with their articles
//   POST /admin/stories/merge           fields article_a, article_b: a's story absorbs b's
//   POST /admin/stories/split           field article_id: the article leaves its story
//   POST /admin/stories/section         fields article_id, section
// (admin_stories.cc; editors and admins).
//   GET  /admin/newsletter              issues by edition and state, drafting, progress
//   GET  /admin/newsletter/<id>         edit an issue, its log and delivery progress
//   GET  /admin/newsletter/<id>/preview.html, /preview.txt
//   POST /admin/newsletter/draft        field edition: draft today's issue
//   POST /admin/newsletter/<id>         fields action (save|up|down|remove|add|test|schedule|unschedule|send), ...
// (admin_newsletter.cc; editors and admins; every change is logged).
//   GET  /admin/moderate, /admin/moderate/log; POST /admin/moderate/<id>, /admin/moderate/scopes
// (admin_moderate.cc; moderators and up, scoped to partner papers; every action is logged). After a saved edit the desk calls
// SiteSettings::reorganise, when set, so public pages show the edit at once.
//
// Thread-safe: Handle() may run on many threads; the desk's only mutable
// state is the login throttle, which locks.
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <string_view>

#include "core/status.h"
#include "core/time.h"
#include "store/store.h"
#include "web/auth/login_throttle.h"
#include "web/http_server.h"
#include "web/site.h"
#include "core/templates.h"

namespace bs::web {

class AdminDesk {
 public:
  // Loads the admin_* templates from settings.template_dir. `store` must
  // outlive the desk. `clock` defaults to NowUtc (tests pass their own).
  static Result<std::shared_ptr<AdminDesk>> Create(Store& store, const SiteSettings& settings,
                                                   std::function<Timestamp()> clock = {});

  // True for "/admin" and everything below it.
  static bool Owns(std::string_view path);

  HttpResponse Handle(const HttpRequest& req);

  class Key {
    friend class AdminDesk;
    Key() = default;
  };
  AdminDesk(Key, Store& store, const SiteSettings& settings, TemplateSet templates,
            std::function<Timestamp()> clock);

 private:
  struct Context;
  HttpResponse Login(const HttpRequest& req);
  HttpResponse Dispatch(const HttpRequest& req, Context& ctx);
  HttpResponse Dashboard(Context& ctx);
  HttpResponse SourceForm(Context& ctx, const Source& source, const std::string& error);
  HttpResponse SaveSource(Context& ctx, const Source& source, const std::map<std::string, std::string>& form);
  HttpResponse Pins(Context& ctx, const std::string& error);
  HttpResponse Stories(Context& ctx, const std::string& message, int status);
  HttpResponse EditStories(Context& ctx, const std::string& path, const std::map<std::string, std::string>& form);
  HttpResponse Newsletter(Context& ctx, const std::string& path, const std::map<std::string, std::string>& form,
                          bool post);
  HttpResponse NewsletterIssuePage(Context& ctx, Id id, const std::string& message, int status);
  HttpResponse Moderate(Context& ctx, const std::string& path, const std::map<std::string, std::string>& form,
                        bool post, const std::string& query);
  HttpResponse Render(const std::string& name, const std::string& title, kainjow::mustache::data data,
                      const Context* ctx, int status = 200);

  Store& store_;
  const SiteSettings settings_;
  const TemplateSet templates_;
  const std::function<Timestamp()> clock_;
  const bool secure_cookie_;
  LoginThrottle throttle_;
  // Password checks in flight; each holds argon2's 64 MiB.
  std::atomic<int> hashing_{0};
};

}  // namespace bs::web
