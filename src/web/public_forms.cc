#include "web/public_forms.h"

#include <cctype>

#include "web/admin/admin_request.h"
#include "web/http_caching.h"
#include "web/percent_decode.h"

namespace bs::web {

std::optional<FormList> FormFields(const HttpRequest& req) {
  std::string_view type = req.Header("content-type");
  type = type.substr(0, type.find(';'));
  while (!type.empty() && type.back() == ' ') type.remove_suffix(1);
  std::string lower(type);
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower != "application/x-www-form-urlencoded") return std::nullopt;
  return ParseQuery(req.body);
}

std::string FirstField(const FormList& f, const std::string& name) {
  for (const auto& [k, v] : f)
    if (k == name) return v;
  return "";
}

bool NotCrossSite(const HttpRequest& req, const std::string& base_url) {
  std::string fetch_site = req.Header("sec-fetch-site");
  for (auto& c : fetch_site) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (fetch_site == "cross-site") return false;
  if (req.Header("origin") == "null") return true;
  return SameOriginRequest(req, base_url);
}

HttpResponse PlainResponse(int status, std::string body) {
  HttpResponse r;
  r.status = status;
  AddSecurityHeaders(r);
  r.SetHeader("Content-Type", "text/plain; charset=utf-8");
  r.SetHeader("Cache-Control", "no-store");
  r.body = std::move(body);
  return r;
}

HttpResponse Personal(HttpResponse r) {
  r.SetHeader("Cache-Control", "no-store");
  r.SetHeader("Referrer-Policy", "no-referrer");
  return r;
}

HttpResponse SeeOther(const std::string& location) {
  HttpResponse r;
  r.status = 303;
  AddSecurityHeaders(r);
  r.SetHeader("Location", location);
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

PageView MakeView(int status, const std::string& tmpl, const std::string& title, kainjow::mustache::data data) {
  PageView v;
  v.status = status;
  v.template_name = tmpl;
  v.title = title;
  v.data = std::move(data);
  return v;
}

}  // namespace bs::web
