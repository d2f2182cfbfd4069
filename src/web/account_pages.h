// Reader accounts (when SiteSettings::comments and ::mailer are set):
//
//   GET  /account/signup        name and email; POST creates the account (unconfirmed)
//                               and mails a confirmation link — or, for a known
//                               address, a sign-in link: the answer is the same
//   GET  /account/signin        email (and an optional password); POST mails a
//                               sign-in link, or signs in at once with the password
//   GET  /account/link?t=&p=    a button; POST spends the single-use link and signs in
//   GET  /account               name, notifications, password, export, delete, sign out
//   POST /account               saves them (form token of the session)
//   GET  /account/export        everything kept about the reader, as JSON
//   POST /account/delete        deletes the account (comments become "[deleted]")
//   POST /account/signout
//
// The reader's session is the bs_reader cookie (HttpOnly, SameSite=Lax,
// Path=/): a month long, in the store's sessions table like the desk's, so
// any node can serve it. Account pages are personal: no-store, no-referrer.
//
// Thread-safety: Handle() may be called from many threads at once.
#pragma once

#include <optional>

#include "core/templates.h"
#include "store/store.h"
#include "web/auth/sessions.h"
#include "web/http_server.h"
#include "web/pages.h"
#include "web/site.h"

namespace bs::web {

inline constexpr char kReaderCookie[] = "bs_reader";
// Life of the links account mails carry.
inline constexpr Timestamp kAccountLinkSeconds = 24 * 3600;

// The signed-in reader (or staff member) of `req`, if any.
Result<std::optional<SignedIn>> CurrentReader(Store& store, const HttpRequest& req);

class AccountRoutes {
 public:
  using ViewServer = std::function<HttpResponse(const HttpRequest&, const Result<PageView>&)>;

  // `templates` holds the account pages and mails; all must outlive this.
  AccountRoutes(Store& store, const SiteSettings& settings, const TemplateSet& templates);

  std::optional<HttpResponse> Handle(const HttpRequest& req, const ViewServer& serve);

 private:
  HttpResponse Signup(const HttpRequest& req, const ViewServer& serve);
  HttpResponse Signin(const HttpRequest& req, const ViewServer& serve);
  HttpResponse Link(const HttpRequest& req, const ViewServer& serve);
  HttpResponse Settings(const HttpRequest& req, const ViewServer& serve);
  HttpResponse Export(const HttpRequest& req);
  HttpResponse Delete(const HttpRequest& req, const ViewServer& serve);
  HttpResponse Signout(const HttpRequest& req);
  // Queues the mail with a single-use link of `purpose` for `account`.
  Status MailLink(const Account& account, const std::string& purpose, const std::string& next);
  HttpResponse SignedInResponse(const Account& account, const std::string& next);
  std::string CookieAttributes() const;

  Store& store_;
  const SiteSettings& settings_;
  const TemplateSet& templates_;
  const bool secure_cookie_;
};

}  // namespace bs::web
