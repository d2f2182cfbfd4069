// Helpers for the public site's forms and personal pages (newsletter,
// reader accounts, comments): bounded form parsing with repeated names,
// the cross-site check, and the response shapes personal pages use.
//
// Pure functions; safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "web/http_server.h"
#include "web/pages.h"

namespace bs::web {

using FormList = std::vector<std::pair<std::string, std::string>>;

// Fields of an application/x-www-form-urlencoded body, repeated names kept;
// nullopt for another content type.
std::optional<FormList> FormFields(const HttpRequest& req);
// The first value of `name`, or "".
std::string FirstField(const FormList& form, const std::string& name);

// Form posts from another site are refused. "Origin: null" is let through:
// personal pages send Referrer-Policy: no-referrer, under which browsers post
// their forms with a null origin; what those posts can do is guarded by a
// signed token or by the session cookie, which is SameSite and so never sent
// with another site's post.
bool NotCrossSite(const HttpRequest& req, const std::string& base_url);

// A plain-text response that no cache keeps.
HttpResponse PlainResponse(int status, std::string body);
// Personal pages: kept out of every cache, and their tokens out of Referer.
HttpResponse Personal(HttpResponse r);
// 303 See Other to `location` (a site path).
HttpResponse SeeOther(const std::string& location);

PageView MakeView(int status, const std::string& tmpl, const std::string& title, kainjow::mustache::data data);

}  // namespace bs::web
