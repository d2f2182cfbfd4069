#include "web/newsletter_pages.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <charconv>

#include "core/utf8.h"
#include "newsletter/issue_mail.h"
#include "newsletter/issue_sender.h"
#include "web/admin/admin_request.h"
#include "web/public_forms.h"
#include "web/feeds_out.h"
#include "web/http_caching.h"
#include "web/percent_decode.h"
#include "web/xml_text.h"

namespace bs::web {
namespace {

namespace mu = kainjow::mustache;
namespace nl = newsletter;

// A sign-up form is an address and a few ticks; more is not a form.
constexpr std::size_t kMaxFormBytes = 8 * 1024;
constexpr std::size_t kMaxPagePathBytes = 200;
constexpr int kArchivePageSize = 20;
constexpr int kMaxArchivePage = 10'000;
constexpr int kFeedIssues = 20;

mu::data Text(const std::string& s) { return s.empty() ? mu::data(false) : mu::data(s); }

std::string Token(const HttpRequest& req, const std::vector<std::pair<std::string, std::string>>* form) {
  std::string t = QueryValue(req.query, "t");
  if (t.empty() && form) t = FirstField(*form, "t");
  return t.size() > 200 ? "" : t;
}

// The message page every simple outcome uses.
PageView Message(int status, const std::string& heading, const std::string& text, bool link_to_signup = true) {
  mu::data d;
  d.set("heading", heading);
  d.set("text", text);
  d.set("link_to_signup", mu::data(link_to_signup));
  return MakeView(status, "newsletter_message", heading, d);
}

mu::data EditionList(const nl::NewsletterSettings& ns, const std::vector<std::string>& checked, bool first_default) {
  mu::data list(mu::data::type::list);
  for (std::size_t i = 0; i < ns.editions.size(); ++i) {
    const auto& e = ns.editions[i];
    mu::data row;
    row.set("slug", e.slug);
    row.set("name", e.name);
    row.set("description", Text(e.description));
    const bool on = checked.empty() ? (first_default && i == 0)
                                    : std::find(checked.begin(), checked.end(), e.slug) != checked.end();
    row.set("checked", mu::data(on));
    list.push_back(row);
  }
  return list;
}

mu::data SignupForm(const SiteSettings& settings, const std::string& page, const std::string& email,
                    const std::vector<std::string>& editions, const std::string& error) {
  const nl::NewsletterSettings& ns = settings.subscriptions->settings();
  mu::data d;
  d.set("newsletter_name", ns.name);
  d.set("blurb", ns.blurb);
  d.set("consent_text", ns.consent_text);
  d.set("page", page);
  d.set("email", email);
  d.set("editions", EditionList(ns, editions, true));
  d.set("error", Text(error));
  return d;
}

bool IsDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

std::string IssuePath(const NewsletterIssue& i) { return "/newsletter/" + i.edition + "/" + i.date; }

}  // namespace

mu::data NewsletterBoxData(const SiteSettings& settings, const std::string& page_path) {
  if (!settings.subscriptions) return mu::data(false);
  return SignupForm(settings, page_path, "", {}, "");
}

std::optional<HttpResponse> NewsletterRoutes::Handle(const HttpRequest& req, const ViewServer& serve) {
  const std::string& path = req.path;
  const bool newsletter = path == "/newsletter" || path.starts_with("/newsletter/");
  if (!newsletter && path != "/privacy" && path != "/terms") return std::nullopt;
  if (!settings_.subscriptions) return newsletter ? std::optional<HttpResponse>(serve(req, Message(404, "Page not found", "There is no newsletter on this site.", false))) : std::nullopt;
  const bool get = req.method == "GET" || req.method == "HEAD";
  const bool post = req.method == "POST";
  if (!get && !post) {
    HttpResponse r = PlainResponse(405, "Method Not Allowed\n");
    r.SetHeader("Allow", "GET, HEAD, POST");
    return r;
  }
  if (post && req.body.size() > kMaxFormBytes) return PlainResponse(413, "Payload Too Large\n");
  if (path == "/privacy" || path == "/terms") {
    if (!get) return PlainResponse(405, "Method Not Allowed\n");
    return Legal(req, serve, path == "/privacy");
  }
  if (path == "/newsletter" && get)
    return serve(req, MakeView(200, "newsletter", settings_.subscriptions->settings().name,
                           SignupForm(settings_, "/newsletter", "", {}, "")));
  if (path == "/newsletter/subscribe" && post) return Subscribe(req, serve);
  if (path == "/newsletter/confirm") return Confirm(req, serve);
  if (path == "/newsletter/unsubscribe") return Unsubscribe(req, serve);
  if (path == "/newsletter/preferences") return Preferences(req, serve);
  if (path == "/newsletter/export" && get) return Export(req);
  if (path == "/newsletter/erase" && post) return Erase(req, serve);
  if (!get) return PlainResponse(405, "Method Not Allowed\n");
  if (path == "/newsletter/archive") return Archive(req, serve);
  if (path == "/newsletter/archive/rss.xml") return ArchiveFeed(req, false);
  if (path == "/newsletter/archive/atom.xml") return ArchiveFeed(req, true);
  if (path == "/newsletter/latest") {
    auto latest = store_.ListIssues("", {IssueState::kSent}, 1, 0);
    if (!latest.ok()) return PlainResponse(503, "Service Unavailable\n");
    HttpResponse r = PlainResponse(303, "");
    r.SetHeader("Location", latest->empty() ? "/newsletter/archive" : IssuePath(latest->front()));
    return r;
  }
  // /newsletter/<edition>/<date>
  std::string_view rest = std::string_view(path).substr(12);
  const std::size_t slash = rest.find('/');
  if (slash != std::string_view::npos && slash <= 64 && IsDate(rest.substr(slash + 1)))
    return IssuePage(req, serve, std::string(rest.substr(0, slash)), std::string(rest.substr(slash + 1)));
  return serve(req, Message(404, "Page not found", "There is nothing at this address."));
}

HttpResponse NewsletterRoutes::Subscribe(const HttpRequest& req, const ViewServer& serve) {
  if (!NotCrossSite(req, settings_.base_url)) return PlainResponse(403, "Forbidden\n");
  auto form = FormFields(req);
  if (!form) return PlainResponse(415, "Unsupported Media Type\n");
  nl::SignupRequest s;
  s.email = FirstField(*form, "email");
  for (const auto& [k, v] : *form)
    if (k == "edition") s.editions.push_back(v);
  std::string page = FirstField(*form, "page");
  if (page.empty() || page.front() != '/' || page.size() > kMaxPagePathBytes || !IsValidUtf8(page) ||
      page.find_first_of("\r\n") != std::string::npos)
    page = "/newsletter";
  s.page = page;
  s.client_ip = req.remote_address;
  auto result = settings_.subscriptions->Signup(s);
  if (!result.ok()) {
    spdlog::error("newsletter: sign-up failed: {}", result.status().ToString());
    return PlainResponse(503, "Service Unavailable\n");
  }
  switch (result->outcome) {
    case nl::SignupOutcome::kAccepted:
      return Personal(serve(req, Message(200, "Check your inbox",
                                         "If this address can receive our newsletter, we have sent it a link to "
                                         "confirm your subscription. Nothing will be sent to it until you do.",
                                         false)));
    case nl::SignupOutcome::kInvalid: {
      // The typed address is shown back only when it is printable text.
      const std::string shown = IsValidUtf8(s.email) && s.email.size() <= 300 ? s.email : "";
      return Personal(serve(req, MakeView(400, "newsletter", "Sign up",
                                      SignupForm(settings_, page, shown, s.editions, result->message))));
    }
    case nl::SignupOutcome::kRateLimited: {
      HttpResponse r = Personal(serve(req, Message(429, "Too many sign-ups", result->message, false)));
      r.SetHeader("Retry-After", "3600");
      return r;
    }
  }
  return PlainResponse(500, "Internal Server Error\n");
}

HttpResponse NewsletterRoutes::Confirm(const HttpRequest& req, const ViewServer& serve) {
  const bool post = req.method == "POST";
  auto form = post ? FormFields(req) : std::nullopt;
  const std::string token = Token(req, form ? &*form : nullptr);
  if (!post) {
    // Never confirm on GET: mail scanners open links before the reader does.
    mu::data d;
    d.set("token", token);
    d.set("newsletter_name", settings_.subscriptions->settings().name);
    return Personal(serve(req, MakeView(200, "newsletter_confirm", "Confirm your subscription", d)));
  }
  if (!NotCrossSite(req, settings_.base_url)) return PlainResponse(403, "Forbidden\n");
  auto s = settings_.subscriptions->Confirm(token, req.remote_address, "/newsletter/confirm");
  if (!s.ok()) return PlainResponse(503, "Service Unavailable\n");
  if (!*s)
    return Personal(serve(req, Message(400, "This link has expired or was already used",
                                       "Sign up again to get a new confirmation link.")));
  mu::data d;
  d.set("newsletter_name", settings_.subscriptions->settings().name);
  d.set("editions", EditionList(settings_.subscriptions->settings(), (*s)->editions, false));
  d.set("preferences_url", "/newsletter/preferences?t=" + settings_.subscriptions->ManageToken((*s)->id));
  return Personal(serve(req, MakeView(200, "newsletter_confirmed", "You are subscribed", d)));
}

HttpResponse NewsletterRoutes::Unsubscribe(const HttpRequest& req, const ViewServer& serve) {
  const bool post = req.method == "POST";
  auto form = post ? FormFields(req) : std::nullopt;
  const std::string token = Token(req, form ? &*form : nullptr);
  auto s = settings_.subscriptions->FromLink(nl::LinkPurpose::kUnsubscribe, token);
  if (!s.ok()) return PlainResponse(503, "Service Unavailable\n");
  if (!*s) {
    // A manage token also lets a reader leave from the preferences page.
    s = settings_.subscriptions->FromLink(nl::LinkPurpose::kManage, token);
    if (!s.ok()) return PlainResponse(503, "Service Unavailable\n");
  }
  if (!*s) return Personal(serve(req, Message(400, "This link is not valid", "It may have expired. Every newsletter carries a fresh one.")));
  if (!post) {
    mu::data d;
    d.set("token", token);
    d.set("email", (*s)->email);
    return Personal(serve(req, MakeView(200, "newsletter_unsubscribe", "Unsubscribe", d)));
  }
  // RFC 8058: mail clients POST "List-Unsubscribe=One-Click" from anywhere,
  // with no cookie; the signed token is the whole authority.
  if (auto st = settings_.subscriptions->Unsubscribe(**s, req.remote_address, "/newsletter/unsubscribe"); !st.ok()) {
    spdlog::error("newsletter: unsubscribe failed: {}", st.ToString());
    return PlainResponse(503, "Service Unavailable\n");
  }
  return Personal(serve(req, Message(200, "You have been unsubscribed",
                                     "You will receive no more newsletters. You can sign up again at any time.")));
}

HttpResponse NewsletterRoutes::Preferences(const HttpRequest& req, const ViewServer& serve) {
  const bool post = req.method == "POST";
  auto form = post ? FormFields(req) : std::nullopt;
  if (post && !form) return PlainResponse(415, "Unsupported Media Type\n");
  if (post && !NotCrossSite(req, settings_.base_url)) return PlainResponse(403, "Forbidden\n");
  const std::string token = Token(req, form ? &*form : nullptr);
  auto s = settings_.subscriptions->FromLink(nl::LinkPurpose::kManage, token);
  if (!s.ok()) return PlainResponse(503, "Service Unavailable\n");
  if (!*s) return Personal(serve(req, Message(400, "This link is not valid", "It may have expired. Every newsletter carries a fresh one.")));
  std::string notice;
  if (post) {
    std::vector<std::string> editions;
    for (const auto& [k, v] : *form)
      if (k == "edition") editions.push_back(v);
    if (auto st = settings_.subscriptions->SetEditions(**s, editions, req.remote_address, "/newsletter/preferences");
        !st.ok()) {
      if (st.code() != Status::Code::kInvalidArgument) return PlainResponse(503, "Service Unavailable\n");
      notice = st.message();
    } else {
      notice = editions.empty() ? "You have left every newsletter." : "Your choices are saved.";
    }
    s = settings_.subscriptions->FromLink(nl::LinkPurpose::kManage, token);
    if (!s.ok() || !*s) return PlainResponse(503, "Service Unavailable\n");
  }
  const bool subscribed = (*s)->state == SubscriberState::kConfirmed;
  mu::data d;
  d.set("token", token);
  d.set("email", (*s)->email);
  d.set("editions", EditionList(settings_.subscriptions->settings(), subscribed ? (*s)->editions : std::vector<std::string>{}, false));
  d.set("subscribed", mu::data(subscribed));
  d.set("notice", Text(notice));
  return Personal(serve(req, MakeView(200, "newsletter_preferences", "Your newsletters", d)));
}

HttpResponse NewsletterRoutes::Export(const HttpRequest& req) {
  auto s = settings_.subscriptions->FromLink(nl::LinkPurpose::kManage, Token(req, nullptr));
  if (!s.ok()) return PlainResponse(503, "Service Unavailable\n");
  if (!*s) return Personal(PlainResponse(400, "This link is not valid.\n"));
  auto json = settings_.subscriptions->Export(**s);
  if (!json.ok()) return PlainResponse(503, "Service Unavailable\n");
  HttpResponse r = PlainResponse(200, std::move(json).value());
  r.SetHeader("Content-Type", "application/json; charset=utf-8");
  r.SetHeader("Content-Disposition", "attachment; filename=\"newsletter-data.json\"");
  return Personal(std::move(r));
}

HttpResponse NewsletterRoutes::Erase(const HttpRequest& req, const ViewServer& serve) {
  if (!NotCrossSite(req, settings_.base_url)) return PlainResponse(403, "Forbidden\n");
  auto form = FormFields(req);
  if (!form) return PlainResponse(415, "Unsupported Media Type\n");
  auto s = settings_.subscriptions->FromLink(nl::LinkPurpose::kManage, Token(req, &*form));
  if (!s.ok()) return PlainResponse(503, "Service Unavailable\n");
  if (!*s) return Personal(serve(req, Message(400, "This link is not valid", "It may have expired, or your data is already erased.")));
  if (auto st = settings_.subscriptions->Erase(**s); !st.ok()) return PlainResponse(503, "Service Unavailable\n");
  return Personal(serve(req, Message(200, "Your data has been erased",
                                     "We keep only a one-way hash of the address so that it is never mailed again by mistake.")));
}

HttpResponse NewsletterRoutes::Archive(const HttpRequest& req, const ViewServer& serve) {
  int page = 1;
  if (const std::string p = QueryValue(req.query, "page"); !p.empty()) {
    auto [ptr, ec] = std::from_chars(p.data(), p.data() + p.size(), page);
    if (ec != std::errc() || ptr != p.data() + p.size() || page < 1 || page > kMaxArchivePage)
      return serve(req, Message(404, "Page not found", "There is no such archive page."));
  }
  auto issues = store_.ListIssues("", {IssueState::kSent}, kArchivePageSize + 1, (page - 1) * kArchivePageSize);
  if (!issues.ok()) return PlainResponse(503, "Service Unavailable\n");
  const bool more = static_cast<int>(issues->size()) > kArchivePageSize;
  if (more) issues->pop_back();
  const nl::NewsletterSettings& ns = settings_.subscriptions->settings();
  mu::data rows(mu::data::type::list);
  for (const auto& i : *issues) {
    mu::data row;
    const nl::Edition* e = nl::FindEdition(ns, i.edition);
    row.set("edition_name", e ? e->name : i.edition);
    row.set("date_label", nl::DateLabel(i.date));
    row.set("date", i.date);
    row.set("subject", i.subject);
    row.set("url", IssuePath(i));
    rows.push_back(row);
  }
  mu::data d;
  d.set("newsletter_name", ns.name);
  d.set("issues", rows);
  d.set("no_issues", mu::data(issues->empty()));
  d.set("next_url", more ? mu::data("/newsletter/archive?page=" + std::to_string(page + 1)) : mu::data(false));
  d.set("prev_url", page > 1 ? mu::data("/newsletter/archive?page=" + std::to_string(page - 1)) : mu::data(false));
  PageView v = MakeView(200, "newsletter_archive", ns.name + " archive", d);
  v.canonical_path = "/newsletter/archive";
  return serve(req, v);
}

HttpResponse NewsletterRoutes::IssuePage(const HttpRequest& req, const ViewServer& serve, const std::string& edition,
                                         const std::string& date) {
  auto issue = store_.FindIssue(edition, date);
  if (!issue.ok()) return PlainResponse(503, "Service Unavailable\n");
  if (!*issue || (*issue)->state != IssueState::kSent)
    return serve(req, Message(404, "No such issue", "This newsletter has not been published."));
  const nl::NewsletterSettings& ns = settings_.subscriptions->settings();
  const nl::Edition* e = nl::FindEdition(ns, edition);
  mu::data items(mu::data::type::list);
  for (const auto& it : (*issue)->items) {
    mu::data row;
    row.set("headline", it.headline);
    row.set("summary", Text(it.summary));
    row.set("source_name", it.source_name);
    row.set("path", it.path);
    row.set("also_covered", it.other_sources > 0 ? mu::data(std::to_string(it.other_sources) +
                                                           (it.other_sources == 1 ? " other paper" : " other papers"))
                                                 : mu::data(false));
    items.push_back(row);
  }
  mu::data d;
  d.set("newsletter_name", ns.name);
  d.set("edition_name", e ? e->name : edition);
  d.set("subject", (*issue)->subject);
  d.set("intro", Text((*issue)->intro));
  d.set("date_label", nl::DateLabel(date));
  d.set("items", items);
  PageView v = MakeView(200, "newsletter_issue", (*issue)->subject, d);
  v.canonical_path = IssuePath(**issue);
  v.description = "The " + (e ? e->name : edition) + " of " + nl::DateLabel(date);
  return serve(req, v);
}

HttpResponse NewsletterRoutes::ArchiveFeed(const HttpRequest& req, bool atom) {
  auto issues = store_.ListIssues("", {IssueState::kSent}, kFeedIssues, 0);
  if (!issues.ok()) return PlainResponse(503, "Service Unavailable\n");
  const std::string origin = SiteOrigin(settings_);
  const std::string name = XmlEscape(settings_.subscriptions->settings().name);
  std::string x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  if (atom) {
    x += "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" + name + "</title><id>" + XmlEscape(origin) +
         "/newsletter/archive</id><link rel=\"alternate\" href=\"" + XmlEscape(origin) +
         "/newsletter/archive\"/><link rel=\"self\" href=\"" + XmlEscape(origin) + "/newsletter/archive/atom.xml\"/>";
    x += "<updated>" + FormatIso8601Utc(issues->empty() ? 0 : issues->front().sent_at.value_or(0)) + "</updated>";
    for (const auto& i : *issues) {
      const std::string url = XmlEscape(origin + IssuePath(i));
      x += "<entry><title>" + XmlEscape(ValidUtf8(i.subject)) + "</title><id>" + url + "</id><link href=\"" + url +
           "\"/><updated>" + FormatIso8601Utc(i.sent_at.value_or(i.updated_at)) + "</updated><author><name>" + name +
           "</name></author></entry>";
    }
    x += "</feed>\n";
  } else {
    x += "<rss version=\"2.0\"><channel><title>" + name + "</title><link>" + XmlEscape(origin) +
         "/newsletter/archive</link><description>" + name + "</description>";
    for (const auto& i : *issues) {
      const std::string url = XmlEscape(origin + IssuePath(i));
      x += "<item><title>" + XmlEscape(ValidUtf8(i.subject)) + "</title><link>" + url + "</link><guid>" + url +
           "</guid><pubDate>" + FormatRfc1123(i.sent_at.value_or(i.updated_at)) + "</pubDate></item>";
    }
    x += "</channel></rss>\n";
  }
  auto body = PrepareBody(atom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8",
                          "public, max-age=300", std::move(x));
  return ServePrepared(req, *body);
}

HttpResponse NewsletterRoutes::Legal(const HttpRequest& req, const ViewServer& serve, bool privacy) {
  const nl::NewsletterSettings& ns = settings_.subscriptions->settings();
  std::string text = privacy ? ns.privacy_text : ns.terms_text;
  if (privacy && text.empty()) {
    text =
        "When you subscribe to " + ns.name + ", we keep your email address, the editions you chose, and a record "
        "of each consent: its time, the version of the consent sentence you saw, the page you were on, the "
        "editions, and a salted one-way hash of your IP address (never the address itself). We also keep, per "
        "issue, whether it was sent to you, and how many of our messages bounced.\n\n"
        "We keep this to send you what you asked for and to be able to show that you asked for it, for as long "
        "as you are subscribed. Our messages carry no tracking pixels and no links to third parties.\n\n"
        "Every message has a link to your preferences, where you can change your editions, download everything "
        "we hold about you, or erase it. Erasing keeps only a salted one-way hash of your address in a "
        "suppression list, so that it is never mailed again by mistake.";
  }
  if (text.empty()) text = "These terms have not been published yet.";
  mu::data paras(mu::data::type::list);
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find("\n\n", pos);
    std::string p = text.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    if (!p.empty()) paras.push_back(mu::data("paragraph", p));
    if (end == std::string::npos) break;
    pos = end + 2;
  }
  mu::data d;
  d.set("heading", privacy ? "Privacy" : "Terms of Service");
  d.set("paragraphs", paras);
  PageView v = MakeView(200, "legal", privacy ? "Privacy" : "Terms of Service", d);
  v.canonical_path = privacy ? "/privacy" : "/terms";
  return serve(req, v);
}

}  // namespace bs::web
