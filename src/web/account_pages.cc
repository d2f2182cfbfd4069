#include "web/account_pages.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "core/time.h"
#include "core/utf8.h"
#include "discuss/display_name.h"
#include "mail/address.h"
#include "mail/outbox.h"
#include "web/admin/admin_request.h"
#include "web/auth/password.h"
#include "web/percent_decode.h"
#include "web/public_forms.h"

namespace bs::web {
namespace {

namespace mu = kainjow::mustache;

constexpr std::size_t kMaxAccountFormBytes = 8 * 1024;

mu::data Text(const std::string& s) { return s.empty() ? mu::data(false) : mu::data(s); }

// Only site paths are followed after sign-in: never another site.
std::string SafeNext(const std::string& next) {
  if (next.empty() || next.size() > 300 || next[0] != '/' || next.starts_with("//") ||
      next.find('\\') != std::string::npos || next.find_first_of("\r\n") != std::string::npos)
    return "/account";
  return next;
}

PageView Message(int status, const std::string& heading, const std::string& text) {
  mu::data d;
  d.set("heading", heading);
  d.set("text", text);
  return MakeView(status, "account_message", heading, d);
}

// Staff sign-in names and partner names: readers cannot take them.
Result<discuss::ReservedNames> Reserved(Store& store, const SiteSettings& settings) {
  std::vector<std::string> names = {settings.name};
  auto sources = store.ListSources();
  if (!sources.ok()) return sources.status();
  for (const auto& s : *sources) {
    names.push_back(s.name);
    names.push_back(s.slug);
  }
  auto accounts = store.ListAccounts();
  if (!accounts.ok()) return accounts.status();
  for (const auto& a : *accounts)
    if (a.role != Role::kReader) names.push_back(a.username);
  return discuss::ReservedNames(names);
}

}  // namespace

Result<std::optional<SignedIn>> CurrentReader(Store& store, const HttpRequest& req) {
  const std::string token = CookieValue(req, kReaderCookie);
  if (token.empty()) return std::optional<SignedIn>();
  return ResumeSession(store, token, NowUtc(), /*idle_seconds=*/0);
}

AccountRoutes::AccountRoutes(Store& store, const SiteSettings& settings, const TemplateSet& templates)
    : store_(store),
      settings_(settings),
      templates_(templates),
      secure_cookie_(OriginOf(settings.base_url).starts_with("https://")) {}

std::string AccountRoutes::CookieAttributes() const {
  // Lax, not Strict: a reader arriving from a link in a mail or another
  // site stays signed in; a cross-site POST still never carries it.
  return std::string("; Path=/; HttpOnly; SameSite=Lax") + (secure_cookie_ ? "; Secure" : "");
}

std::optional<HttpResponse> AccountRoutes::Handle(const HttpRequest& req, const ViewServer& serve) {
  const std::string& path = req.path;
  if (path != "/account" && !path.starts_with("/account/")) return std::nullopt;
  if (!settings_.comments) return std::nullopt;  // 404 from the site
  const bool post = req.method == "POST";
  if (post && req.body.size() > kMaxAccountFormBytes) return PlainResponse(413, "Form too large\n");
  if (post && !NotCrossSite(req, settings_.base_url)) return PlainResponse(403, "Cross-site form posts are refused\n");
  if (!post && req.method != "GET" && req.method != "HEAD") return PlainResponse(405, "Method Not Allowed\n");
  if (path == "/account/signup") return Signup(req, serve);
  if (path == "/account/signin") return Signin(req, serve);
  if (path == "/account/link") return Link(req, serve);
  if (path == "/account") return Settings(req, serve);
  if (path == "/account/export" && !post) return Export(req);
  if (path == "/account/delete" && post) return Delete(req, serve);
  if (path == "/account/signout" && post) return Signout(req);
  return std::nullopt;
}

Status AccountRoutes::MailLink(const Account& account, const std::string& purpose, const std::string& next) {
  if (!settings_.mailer) return Status::Refused("mail is not configured");
  const std::string token = RandomToken();
  if (token.empty()) return Status::Internal("no random source");
  AccountToken t{HashSessionToken(token), account.id, purpose, NowUtc() + kAccountLinkSeconds};
  if (auto st = store_.CreateAccountToken(t); !st.ok()) return st;
  std::string base = settings_.base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  const std::string link = base + "/account/link?p=" + purpose + "&t=" + token +
                           (next.empty() || next == "/account" ? "" : "&next=" + PercentEncode(next));
  mu::data d;
  d.set("site_name", settings_.name);
  d.set("link", link);
  d.set("confirm", mu::data(purpose == "confirm"));
  d.set("hours", std::to_string(kAccountLinkSeconds / 3600));
  auto html = templates_.Render("mail_account_html", d);
  if (!html.ok()) return html.status();
  auto text = templates_.Render("mail_account_text", d);
  if (!text.ok()) return text.status();
  mail::MailMessage m;
  m.to_address = account.email;
  m.subject = purpose == "confirm" ? "Confirm your account on " + settings_.name : "Sign in to " + settings_.name;
  m.html = std::move(html).value();
  m.text = std::move(text).value();
  m.date = NowUtc();
  return mail::EnqueueMail(store_, *settings_.mailer, m, purpose == "confirm" ? "account-confirm" : "signin", NowUtc());
}

HttpResponse AccountRoutes::Signup(const HttpRequest& req, const ViewServer& serve) {
  auto form_page = [&](int status, const std::string& name, const std::string& email, const std::string& error,
                       const std::string& next) {
    mu::data d;
    d.set("name", name);
    d.set("email", email);
    d.set("error", Text(error));
    d.set("next", next);
    d.set("policy", settings_.comments->settings().policy);
    return Personal(serve(req, MakeView(status, "account_signup", "Create an account", d)));
  };
  if (req.method != "POST") return form_page(200, "", "", "", SafeNext(QueryValue(req.query, "next")));
  auto form = FormFields(req);
  if (!form) return PlainResponse(415, "Send the form as application/x-www-form-urlencoded\n");
  const std::string raw_name = FirstField(*form, "name"), raw_email = FirstField(*form, "email");
  const std::string next = SafeNext(FirstField(*form, "next"));
  auto name = discuss::CleanDisplayName(raw_name);
  if (!name.ok()) return form_page(400, "", raw_email.size() < 300 ? raw_email : "", name.status().message(), next);
  const std::string key = discuss::DisplayKey(*name);
  auto reserved = Reserved(store_, settings_);
  if (!reserved.ok()) return PlainResponse(500, "Internal Server Error\n");
  if (reserved->Contains(key)) return form_page(400, *name, raw_email, "That name is reserved. Choose another.", next);
  auto address = mail::ParseAddress(raw_email);
  if (!address.ok()) return form_page(400, *name, "", address.status().message(), next);
  const std::string email = address->ascii();
  // Names are public, so a taken one may be said; whether an address is
  // known is not: the answer below is the same for both.
  auto taken = store_.DisplayKeyTaken(key, 0);
  if (!taken.ok()) return PlainResponse(500, "Internal Server Error\n");
  auto existing = store_.FindAccountByEmail(email);
  if (!existing.ok()) return PlainResponse(500, "Internal Server Error\n");
  if (*taken && !*existing) return form_page(400, *name, raw_email, "That name is taken. Choose another.", next);
  auto limit = store_.TakeRateLimit("account-mail:" + HashSessionToken(email), NowUtc(), 86400, 5);
  if (!limit.ok()) return PlainResponse(500, "Internal Server Error\n");
  if (*limit) {
    Status st;
    if (*existing) {
      st = MailLink(**existing, "signin", next);
    } else {
      Account a;
      a.email = email;
      a.created_at = NowUtc();
      ReaderProfile p;
      p.display_name = *name;
      p.display_key = key;
      st = store_.CreateReader(a, p);
      if (st.ok()) st = MailLink(a, "confirm", next);
    }
    if (!st.ok()) spdlog::error("account: sign-up mail not queued: {}", st.ToString());
  }
  return Personal(serve(req, Message(200, "Check your inbox",
                                     "We have sent a link to " + email +
                                         ". Follow it within a day to finish. If nothing arrives, check the spam folder.")));
}

HttpResponse AccountRoutes::Signin(const HttpRequest& req, const ViewServer& serve) {
  auto form_page = [&](int status, const std::string& email, const std::string& error, const std::string& next) {
    mu::data d;
    d.set("email", email);
    d.set("error", Text(error));
    d.set("next", next);
    return Personal(serve(req, MakeView(status, "account_signin", "Sign in", d)));
  };
  if (req.method != "POST") return form_page(200, "", "", SafeNext(QueryValue(req.query, "next")));
  auto form = FormFields(req);
  if (!form) return PlainResponse(415, "Send the form as application/x-www-form-urlencoded\n");
  const std::string next = SafeNext(FirstField(*form, "next"));
  auto address = mail::ParseAddress(FirstField(*form, "email"));
  if (!address.ok()) return form_page(400, "", address.status().message(), next);
  const std::string email = address->ascii(), password = FirstField(*form, "password");
  auto account = store_.FindAccountByEmail(email);
  if (!account.ok()) return PlainResponse(500, "Internal Server Error\n");
  if (!password.empty()) {
    // The same work and the same answer whether or not the address is known.
    const bool usable = *account && !(*account)->disabled && !(*account)->password_hash.empty();
    if (usable && VerifyPassword(password, (*account)->password_hash)) return SignedInResponse(**account, next);
    if (!usable) BurnVerificationTime(password);
    return form_page(400, email, "That address and password do not match. Leave the password empty to get a link.",
                     next);
  }
  auto limit = store_.TakeRateLimit("account-mail:" + HashSessionToken(email), NowUtc(), 86400, 5);
  if (!limit.ok()) return PlainResponse(500, "Internal Server Error\n");
  if (*account && !(*account)->disabled && *limit)
    if (auto st = MailLink(**account, "signin", next); !st.ok())
      spdlog::error("account: sign-in mail not queued: {}", st.ToString());
  return Personal(serve(req, Message(200, "Check your inbox",
                                     "If " + email + " has an account here, a sign-in link is on its way. It works once, "
                                     "for a day.")));
}

HttpResponse AccountRoutes::Link(const HttpRequest& req, const ViewServer& serve) {
  std::optional<FormList> form;
  if (req.method == "POST") {
    form = FormFields(req);
    if (!form) return PlainResponse(415, "Send the form as application/x-www-form-urlencoded\n");
  }
  auto field = [&](const char* name) { return form ? FirstField(*form, name) : QueryValue(req.query, name); };
  const std::string token = field("t"), purpose = field("p"), next = SafeNext(field("next"));
  if (token.size() != 64 || (purpose != "confirm" && purpose != "signin"))
    return Personal(serve(req, Message(400, "This link does not work", "The link is incomplete. Ask for a new one.")));
  if (req.method != "POST") {
    // A button, so that mail scanners opening the link do not spend it.
    mu::data d;
    d.set("t", token);
    d.set("p", purpose);
    d.set("next", next);
    d.set("confirm", mu::data(purpose == "confirm"));
    return Personal(serve(req, MakeView(200, "account_link", purpose == "confirm" ? "Confirm your account" : "Sign in", d)));
  }
  auto user = store_.ConsumeAccountToken(HashSessionToken(token), purpose, NowUtc());
  if (!user.ok()) return PlainResponse(500, "Internal Server Error\n");
  if (!*user)
    return Personal(serve(req, Message(400, "This link has expired", "Links work once, for a day. Ask for a new one.")));
  auto account = store_.GetAccount(**user);
  if (!account.ok()) return PlainResponse(500, "Internal Server Error\n");
  if (!*account || (*account)->disabled)
    return Personal(serve(req, Message(400, "This account is closed", "It can no longer be used.")));
  if (purpose == "confirm" || (*account)->role == Role::kReader)
    if (auto st = store_.ConfirmReaderEmail((*account)->id); !st.ok()) return PlainResponse(500, "Internal Server Error\n");
  return SignedInResponse(**account, next);
}

HttpResponse AccountRoutes::SignedInResponse(const Account& account, const std::string& next) {
  auto session = StartSession(store_, account, NowUtc(), kReaderSessionLifetimeSeconds);
  if (!session.ok()) return PlainResponse(500, "Internal Server Error\n");
  HttpResponse r = SeeOther(next);
  r.SetHeader("Set-Cookie", std::string(kReaderCookie) + "=" + session->token + CookieAttributes() +
                                "; Max-Age=" + std::to_string(kReaderSessionLifetimeSeconds));
  return r;
}

HttpResponse AccountRoutes::Settings(const HttpRequest& req, const ViewServer& serve) {
  auto signed_in = CurrentReader(store_, req);
  if (!signed_in.ok()) return PlainResponse(500, "Internal Server Error\n");
  if (!*signed_in) return SeeOther("/account/signin");
  const Account& account = (*signed_in)->account;
  auto profile = store_.GetReaderProfile(account.id);
  if (!profile.ok()) return PlainResponse(500, "Internal Server Error\n");
  ReaderProfile p = profile->value_or(ReaderProfile{account.id, account.username, discuss::DisplayKey(account.username)});
  std::string error, saved;
  if (req.method == "POST") {
    auto form = FormFields(req);
    if (!form) return PlainResponse(415, "Send the form as application/x-www-form-urlencoded\n");
    if (!CheckCsrfToken((*signed_in)->session, "/account", FirstField(*form, "csrf")))
      return PlainResponse(403, "The form has expired; reload the page\n");
    if (!*profile) {
      error = "Staff accounts are managed on the desk.";
    } else {
      auto name = discuss::CleanDisplayName(FirstField(*form, "name"));
      auto reserved = Reserved(store_, settings_);
      if (!reserved.ok()) return PlainResponse(500, "Internal Server Error\n");
      if (!name.ok()) {
        error = name.status().message();
      } else if (reserved->Contains(discuss::DisplayKey(*name))) {
        error = "That name is reserved. Choose another.";
      } else {
        p.display_name = *name;
        p.display_key = discuss::DisplayKey(*name);
        p.notify_replies = FirstField(*form, "notify_replies") == "1";
        const std::string password = FirstField(*form, "password");
        Status st = store_.UpdateReaderProfile(p);
        if (st.ok() && !password.empty()) {
          if (auto policy = CheckPasswordPolicy(password); !policy.ok()) {
            error = policy.message();
          } else {
            auto hash = HashPassword(password);
            st = hash.ok() ? store_.SetAccountPassword(account.id, *hash) : hash.status();
          }
        }
        if (!st.ok() && st.code() == Status::Code::kInvalidArgument) error = "That name is taken. Choose another.";
        else if (!st.ok()) return PlainResponse(500, "Internal Server Error\n");
        else if (error.empty()) saved = "Saved.";
      }
    }
  }
  mu::data d;
  d.set("name", p.display_name);
  d.set("email", account.email);
  d.set("notify_replies", mu::data(p.notify_replies));
  d.set("csrf", CsrfToken((*signed_in)->session, "/account"));
  d.set("csrf_delete", CsrfToken((*signed_in)->session, "/account/delete"));
  d.set("csrf_signout", CsrfToken((*signed_in)->session, "/account/signout"));
  d.set("error", Text(error));
  d.set("saved", Text(saved));
  d.set("staff", mu::data(!*profile));
  // The reader's recent comments, with the way to edit those still in
  // their edit window (the shared article page cannot show it).
  auto mine = store_.ListAuthorComments(account.id, 20);
  if (!mine.ok()) return PlainResponse(500, "Internal Server Error\n");
  mu::data list(mu::data::type::list);
  const Timestamp window = static_cast<Timestamp>(settings_.comments->settings().edit_minutes) * 60;
  for (const auto& c : *mine) {
    if (c.state == CommentState::kDeleted) continue;
    mu::data item;
    item.set("excerpt", std::string(TruncateUtf8(c.body, 140)));
    item.set("state", CommentStateName(c.state));
    item.set("url", "/article/" + std::to_string(c.article_id) + "#c" + std::to_string(c.id));
    item.set("edit_url", "/comments/" + std::to_string(c.id) + "/edit");
    item.set("editable", mu::data(NowUtc() - c.created_at <= window && c.state != CommentState::kRejected));
    list.push_back(item);
  }
  d.set("my_comments", list);
  d.set("has_comments", mu::data(!mine->empty()));
  return Personal(serve(req, MakeView(error.empty() ? 200 : 400, "account", "Your account", d)));
}

HttpResponse AccountRoutes::Export(const HttpRequest& req) {
  auto signed_in = CurrentReader(store_, req);
  if (!signed_in.ok()) return PlainResponse(500, "Internal Server Error\n");
  if (!*signed_in) return SeeOther("/account/signin");
  const Account& a = (*signed_in)->account;
  auto profile = store_.GetReaderProfile(a.id);
  auto comments = store_.ListAuthorComments(a.id, 100'000);
  if (!profile.ok() || !comments.ok()) return PlainResponse(500, "Internal Server Error\n");
  nlohmann::ordered_json j;
  j["account"] = {{"id", a.id}, {"email", a.email}, {"created_at", FormatIso8601Utc(a.created_at)}};
  if (*profile)
    j["profile"] = {{"display_name", (*profile)->display_name},
                    {"notify_replies", (*profile)->notify_replies},
                    {"email_confirmed", (*profile)->email_confirmed}};
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& c : *comments)
    list.push_back({{"id", c.id},
                    {"article_id", c.article_id},
                    {"parent_id", c.parent_id},
                    {"state", CommentStateName(c.state)},
                    {"text", c.body},
                    {"likes", c.likes},
                    {"created_at", FormatIso8601Utc(c.created_at)}});
  j["comments"] = std::move(list);
  HttpResponse r;
  r.status = 200;
  r.SetHeader("Content-Type", "application/json; charset=utf-8");
  r.SetHeader("Content-Disposition", "attachment; filename=\"my-account.json\"");
  r.body = j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  return Personal(std::move(r));
}

HttpResponse AccountRoutes::Delete(const HttpRequest& req, const ViewServer& serve) {
  auto signed_in = CurrentReader(store_, req);
  if (!signed_in.ok()) return PlainResponse(500, "Internal Server Error\n");
  if (!*signed_in) return SeeOther("/account/signin");
  auto form = FormFields(req);
  if (!form || !CheckCsrfToken((*signed_in)->session, "/account/delete", FirstField(*form, "csrf")))
    return PlainResponse(403, "The form has expired; reload the page\n");
  if ((*signed_in)->account.role != Role::kReader)
    return Personal(serve(req, Message(400, "Staff accounts are closed on the desk", "Ask an administrator.")));
  if (auto st = store_.DeleteReader((*signed_in)->account.id, NowUtc()); !st.ok())
    return PlainResponse(500, "Internal Server Error\n");
  HttpResponse r = Personal(serve(req, Message(200, "Your account is deleted",
                                               "Your name, address and settings are gone; your comments now read "
                                               "\"[deleted]\".")));
  r.SetHeader("Set-Cookie", std::string(kReaderCookie) + "=" + CookieAttributes() + "; Max-Age=0");
  return r;
}

HttpResponse AccountRoutes::Signout(const HttpRequest& req) {
  auto signed_in = CurrentReader(store_, req);
  if (!signed_in.ok()) return PlainResponse(500, "Internal Server Error\n");
  if (*signed_in) {
    auto form = FormFields(req);
    if (!form || !CheckCsrfToken((*signed_in)->session, "/account/signout", FirstField(*form, "csrf")))
      return PlainResponse(403, "The form has expired; reload the page\n");
    if (auto st = EndSession(store_, CookieValue(req, kReaderCookie)); !st.ok())
      return PlainResponse(500, "Internal Server Error\n");
  }
  HttpResponse r = SeeOther("/");
  r.SetHeader("Set-Cookie", std::string(kReaderCookie) + "=" + CookieAttributes() + "; Max-Age=0");
  return r;
}

}  // namespace bs::web
