// Internal to the /admin desk's implementation files (admin_desk.cc,
// admin_stories.cc): the signed-in request context and the plain responses
// every desk page uses. Not part of the web layer's interface.
#pragma once

#include <kainjow/mustache.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "web/admin/admin_desk.h"
#include "web/auth/sessions.h"
#include "web/http_server.h"

namespace bs::web {

struct AdminDesk::Context {
  SignedIn who;
  std::string token;  // raw cookie value, to end the session
  kainjow::mustache::data Csrf(const std::string& action) const {
    return kainjow::mustache::data(CsrfToken(who.session, action));
  }
};

// A text/plain answer with the security headers and Cache-Control: no-store.
HttpResponse AdminBare(int status, std::string body);
// 303 See Other to `location`.
HttpResponse AdminRedirect(const std::string& location);
// A form field's value, "" when absent.
std::string AdminField(const std::map<std::string, std::string>& form, const std::string& name);
// A positive decimal id; nullopt for anything else, including overflow.
std::optional<Id> ParseAdminId(std::string_view s);

}  // namespace bs::web
