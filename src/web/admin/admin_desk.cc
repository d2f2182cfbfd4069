#include "web/admin/admin_desk.h"

#include <spdlog/spdlog.h>

#include <charconv>
#include <set>

#include "web/admin/admin_context.h"
#include "web/admin/admin_request.h"
#include "web/admin/section_map_text.h"
#include "web/auth/password.h"
#include "web/auth/permissions.h"
#include "web/auth/sessions.h"
#include "web/auth/utf8_check.h"
#include "web/http_caching.h"
#include "web/percent_decode.h"

namespace bs::web {
namespace {

namespace mu = kainjow::mustache;

constexpr char kHtmlType[] = "text/html; charset=utf-8";
// Operator pages show live state and carry CSRF tokens: never cache them.
constexpr char kNoStore[] = "no-store";
// Usernames are short handles; longer input cannot name an account.
constexpr std::size_t kMaxUsernameBytes = 64;
// An About blurb is a paragraph; a page of text is a mistake or an attack.
constexpr std::size_t kMaxAboutBytes = 4000;
// Slugs in configuration are short; longer ones cannot match.
constexpr std::size_t kMaxSlugBytes = 100;
// Each password check takes argon2's 64 MiB for ~0.1 s; past this many at
// once a burst of sign-ins gets 503 instead of exhausting memory.
constexpr int kMaxConcurrentPasswordChecks = 4;
// How many recent articles the pins page offers for pinning.
constexpr int kPinCandidates = 30;

}  // namespace

HttpResponse AdminBare(int status, std::string body) {
  HttpResponse r;
  r.status = status;
  AddSecurityHeaders(r);
  r.SetHeader("Content-Type", "text/plain; charset=utf-8");
  r.SetHeader("Cache-Control", kNoStore);
  r.body = std::move(body);
  return r;
}

HttpResponse AdminRedirect(const std::string& location) {
  HttpResponse r = AdminBare(303, "");
  r.SetHeader("Location", location);
  return r;
}

std::string AdminField(const std::map<std::string, std::string>& form, const std::string& name) {
  auto it = form.find(name);
  return it == form.end() ? std::string() : it->second;
}

std::optional<Id> ParseAdminId(std::string_view s) {
  Id v{};
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || v <= 0) return std::nullopt;
  return v;
}

namespace {

HttpResponse Bare(int status, std::string body) { return AdminBare(status, std::move(body)); }
HttpResponse Redirect(const std::string& location) { return AdminRedirect(location); }

HttpResponse Forbidden() { return Bare(403, "Forbidden\n"); }

mu::data Text(const std::string& s) { return s.empty() ? mu::data(false) : mu::data(s); }

// Client-supplied text for a log line: printable ASCII only, bounded, so a
// username cannot forge log lines or smuggle terminal escapes.
std::string ForLog(std::string_view s) {
  std::string out;
  for (unsigned char c : s.substr(0, 64)) out.push_back(c >= 0x20 && c < 0x7f ? static_cast<char>(c) : '?');
  return out;
}

std::string CookieAttributes(bool secure) {
  // Path=/admin keeps the cookie off every public request; Strict keeps it
  // off cross-site navigations, so a link from elsewhere cannot ride it.
  return std::string("; Path=/admin; HttpOnly; SameSite=Strict") + (secure ? "; Secure" : "");
}

}  // namespace

bool AdminDesk::Owns(std::string_view path) { return path == "/admin" || path.starts_with("/admin/"); }

Result<std::shared_ptr<AdminDesk>> AdminDesk::Create(Store& store, const SiteSettings& settings,
                                                      std::function<Timestamp()> clock) {
  if (auto st = EnsureSodium(); !st.ok()) return st;
  auto templates = TemplateSet::Load(settings.template_dir, {"admin_layout", "admin_login", "admin_dashboard",
                                                             "admin_source", "admin_pins", "admin_stories",
                                                             "admin_newsletter", "admin_newsletter_issue", "admin_moderate",
                                                             "mail_issue_html", "mail_issue_text"});
  if (!templates.ok()) return templates.status();
  if (!clock) clock = [] { return NowUtc(); };
  return std::make_shared<AdminDesk>(Key(), store, settings, std::move(templates).value(), std::move(clock));
}

AdminDesk::AdminDesk(Key, Store& store, const SiteSettings& settings, TemplateSet templates,
                     std::function<Timestamp()> clock)
    : store_(store),
      settings_(settings),
      templates_(std::move(templates)),
      clock_(std::move(clock)),
      secure_cookie_(OriginOf(settings.base_url).starts_with("https://")) {}

HttpResponse AdminDesk::Render(const std::string& name, const std::string& title, mu::data data,
                               const Context* ctx, int status) {
  auto content = templates_.Render(name, std::move(data));
  if (!content.ok()) {
    spdlog::error("admin: rendering {} failed: {}", name, content.status().ToString());
    return Bare(500, "Internal Server Error\n");
  }
  mu::data d;
  d.set("site_name", settings_.name);
  d.set("page_title", title);
  d.set("content", std::move(content).value());
  if (ctx) {
    mu::data who;
    who.set("username", ctx->who.account.username);
    who.set("role", std::string(RoleName(ctx->who.account.role)));
    who.set("logout_csrf", ctx->Csrf("/admin/logout"));
    d.set("signed_in", who);
  } else {
    d.set("signed_in", mu::data(false));
  }
  auto html = templates_.Render("admin_layout", d);
  if (!html.ok()) {
    spdlog::error("admin: rendering layout failed: {}", html.status().ToString());
    return Bare(500, "Internal Server Error\n");
  }
  HttpResponse r = Bare(status, std::move(html).value());
  r.SetHeader("Content-Type", kHtmlType);
  return r;
}

HttpResponse AdminDesk::Handle(const HttpRequest& req) {
  const bool get = req.method == "GET" || req.method == "HEAD";
  const bool post = req.method == "POST";
  if (!get && !post) {
    HttpResponse r = Bare(405, "Method Not Allowed\n");
    r.SetHeader("Allow", "GET, HEAD, POST");
    return r;
  }
  if (req.path == "/admin/login") return Login(req);

  const Timestamp now = clock_();
  const std::string token = SessionCookieValue(req);
  std::optional<SignedIn> who;
  if (!token.empty()) {
    auto resumed = ResumeSession(store_, token, now);
    if (!resumed.ok()) {
      spdlog::error("admin: session lookup failed: {}", resumed.status().ToString());
      return Bare(503, "Service Unavailable\n");
    }
    who = std::move(*resumed);
  }
  if (!who) return get ? Redirect("/admin/login") : Forbidden();
  if (!Can(who->account.role, Permission::kViewDesk)) return Forbidden();
  Context ctx{std::move(*who), token};
  return Dispatch(req, ctx);
}

HttpResponse AdminDesk::Login(const HttpRequest& req) {
  auto form_page = [&](const std::string& error, int status) {
    mu::data d;
    d.set("error", Text(error));
    return Render("admin_login", "Sign in", d, nullptr, status);
  };
  if (req.method != "POST") return form_page("", 200);

  if (!SameOriginRequest(req, settings_.base_url)) return Forbidden();
  auto form = ParseAdminForm(req);
  if (!form) return Bare(400, "Bad Request\n");
  const std::string username = AdminField(*form, "username");
  const std::string password = AdminField(*form, "password");
  const Timestamp now = clock_();
  const std::string& address = req.remote_address;
  // One message for every failure, so answers do not reveal which accounts
  // exist, are disabled or lack the role.
  const std::string kFailed = "Wrong username or password.";
  if (!throttle_.Allowed(address, username, now)) {
    HttpResponse r = form_page("Too many failed attempts. Try again in a few minutes.", 429);
    r.SetHeader("Retry-After", std::to_string(LoginThrottle::kWindowSeconds));
    return r;
  }
  struct InFlight {
    std::atomic<int>& n;
    ~InFlight() { --n; }
  } in_flight{hashing_};
  if (++hashing_ > kMaxConcurrentPasswordChecks) {
    HttpResponse r = Bare(503, "Service Unavailable\n");
    r.SetHeader("Retry-After", "1");
    return r;
  }
  std::optional<Account> account;
  if (!username.empty() && username.size() <= kMaxUsernameBytes && IsValidUtf8(username)) {
    auto found = store_.FindAccount(username);
    if (!found.ok()) {
      spdlog::error("admin: account lookup failed: {}", found.status().ToString());
      return Bare(503, "Service Unavailable\n");
    }
    account = std::move(*found);
  }
  bool ok = false;
  if (account) {
    ok = VerifyPassword(password, account->password_hash) && !account->disabled &&
         Can(account->role, Permission::kViewDesk);
  } else {
    BurnVerificationTime(password);  // same cost as a real check
  }
  if (!ok) {
    throttle_.RecordFailure(address, username, now);
    spdlog::warn("admin: failed sign-in for '{}' from {}", ForLog(username), ForLog(address));
    return form_page(kFailed, 403);
  }
  throttle_.RecordSuccess(address, username);
  auto session = StartSession(store_, *account, now);
  if (!session.ok()) {
    spdlog::error("admin: starting a session failed: {}", session.status().ToString());
    return Bare(503, "Service Unavailable\n");
  }
  spdlog::info("admin: {} signed in from {}", account->username, address);
  HttpResponse r = Redirect("/admin");
  r.SetHeader("Set-Cookie", std::string(kSessionCookie) + "=" + session->token + CookieAttributes(secure_cookie_) +
                                "; Max-Age=" + std::to_string(kSessionLifetimeSeconds));
  return r;
}

HttpResponse AdminDesk::Dispatch(const HttpRequest& req, Context& ctx) {
  const bool post = req.method == "POST";
  std::string path = req.path;
  if (path.size() > 6 && path.back() == '/') path.pop_back();

  std::map<std::string, std::string> form;
  if (post) {
    // Both checks run before anything is looked up or changed.
    if (!SameOriginRequest(req, settings_.base_url)) return Forbidden();
    if (req.body.size() > kMaxAdminFormBytes) return Bare(413, "Payload Too Large\n");
    auto parsed = ParseAdminForm(req);
    if (!parsed) return Bare(400, "Bad Request\n");
    form = std::move(*parsed);
    if (!CheckCsrfToken(ctx.who.session, req.path, AdminField(form, "csrf"))) return Forbidden();
  }
  const Role role = ctx.who.account.role;
  auto fail = [](const Status& st, std::string_view what) {
    spdlog::error("admin: {} failed: {}", what, st.ToString());
    return Bare(503, "Service Unavailable\n");
  };

  if (path == "/admin") return post ? Bare(405, "Method Not Allowed\n") : Dashboard(ctx);

  if (path == "/admin/logout") {
    if (!post) return Bare(405, "Method Not Allowed\n");
    if (auto st = EndSession(store_, ctx.token); !st.ok()) return fail(st, "sign-out");
    HttpResponse r = Redirect("/admin/login");
    r.SetHeader("Set-Cookie", std::string(kSessionCookie) + "=" + CookieAttributes(secure_cookie_) + "; Max-Age=0");
    return r;
  }

  if (path == "/admin/pins" || path == "/admin/pins/add" || path == "/admin/pins/remove") {
    if (!Can(role, Permission::kCurateFront)) return Forbidden();
    if (path == "/admin/pins") return post ? Bare(405, "Method Not Allowed\n") : Pins(ctx, "");
    if (!post) return Bare(405, "Method Not Allowed\n");
    auto id = ParseAdminId(AdminField(form, "article_id"));
    if (!id) return Pins(ctx, "That is not an article number.");
    Status st = path.ends_with("/add") ? store_.PinArticle(*id, clock_()) : store_.UnpinArticle(*id);
    if (st.code() == Status::Code::kNotFound || st.code() == Status::Code::kLimitExceeded)
      return Pins(ctx, st.message());
    if (!st.ok()) return fail(st, "pinning");
    return Redirect("/admin/pins");
  }

  if (path == "/admin/stories" || path.starts_with("/admin/stories/")) {
    if (!Can(role, Permission::kEditStories)) return Forbidden();
    if (path == "/admin/stories") return post ? Bare(405, "Method Not Allowed\n") : Stories(ctx, "", 200);
    if (!post) return Bare(405, "Method Not Allowed\n");
    return EditStories(ctx, path, form);
  }

  if (path == "/admin/newsletter" || path.starts_with("/admin/newsletter/")) {
    if (!Can(role, Permission::kEditNewsletter)) return Forbidden();
    return Newsletter(ctx, path, form, post);
  }

  if (path == "/admin/moderate" || path.starts_with("/admin/moderate/")) {
    if (!Can(role, Permission::kModerate)) return Forbidden();
    return Moderate(ctx, path, form, post, req.query);
  }

  if (path.starts_with("/admin/sources/")) {
    std::string_view rest = std::string_view(path).substr(15);
    std::string action;
    if (const std::size_t slash = rest.find('/'); slash != std::string_view::npos) {
      action = std::string(rest.substr(slash + 1));
      rest = rest.substr(0, slash);
    }
    if (rest.empty() || rest.size() > kMaxSlugBytes || !IsValidUtf8(rest)) return Bare(404, "Not Found\n");
    if (!Can(role, Permission::kEditSources)) return Forbidden();
    auto source = store_.GetSource(std::string(rest));
    if (source.status().code() == Status::Code::kNotFound) return Bare(404, "Not Found\n");
    if (!source.ok()) return fail(source.status(), "source lookup");
    if (action == "pause" || action == "resume") {
      if (!post) return Bare(405, "Method Not Allowed\n");
      if (auto st = store_.SetSourcePaused(source->slug, action == "pause"); !st.ok()) return fail(st, action);
      spdlog::info("admin: {} {}d {}", ctx.who.account.username, action, source->slug);
      return Redirect("/admin");
    }
    if (!action.empty()) return Bare(404, "Not Found\n");
    return post ? SaveSource(ctx, *source, form) : SourceForm(ctx, *source, "");
  }
  return Bare(404, "Not Found\n");
}

HttpResponse AdminDesk::Dashboard(Context& ctx) {
  auto sources = store_.ListSources();
  if (!sources.ok()) return Bare(503, "Service Unavailable\n");
  const bool can_edit = Can(ctx.who.account.role, Permission::kEditSources);
  mu::data rows(mu::data::type::list);
  for (const auto& s : *sources) {
    mu::data row;
    row.set("slug", s.slug);
    row.set("name", s.name.empty() ? s.slug : s.name);
    row.set("last_fetch", s.last_fetch ? FormatIso8601Utc(*s.last_fetch) : "never");
    row.set("http_status", s.last_http_status ? std::to_string(s.last_http_status) : "-");
    row.set("items", std::to_string(s.item_count));
    row.set("last_error", Text(s.last_error));
    row.set("paused", mu::data(s.paused));
    row.set("can_edit", mu::data(can_edit));
    const std::string base = "/admin/sources/" + s.slug;
    row.set("edit_url", base);
    row.set("toggle_url", base + (s.paused ? "/resume" : "/pause"));
    row.set("toggle_label", s.paused ? "Resume" : "Pause");
    row.set("toggle_csrf", ctx.Csrf(base + (s.paused ? "/resume" : "/pause")));
    rows.push_back(row);
  }
  mu::data d;
  d.set("sources", rows);
  d.set("no_sources", mu::data(sources->empty()));
  d.set("can_pin", mu::data(Can(ctx.who.account.role, Permission::kCurateFront)));
  d.set("can_edit_stories", mu::data(Can(ctx.who.account.role, Permission::kEditStories)));
  d.set("can_edit_newsletter", mu::data(settings_.subscriptions != nullptr &&
                                        Can(ctx.who.account.role, Permission::kEditNewsletter)));
  return Render("admin_dashboard", "Desk", d, &ctx);
}

HttpResponse AdminDesk::SourceForm(Context& ctx, const Source& source, const std::string& error) {
  auto overrides = store_.ListSourceOverrides();
  if (!overrides.ok()) return Bare(503, "Service Unavailable\n");
  Source effective = source;
  bool overridden = false;
  for (const auto& o : *overrides)
    if (o.slug == source.slug) ApplySourceOverride(effective, o), overridden = true;
  const std::string action = "/admin/sources/" + source.slug;
  mu::data d;
  d.set("slug", source.slug);
  d.set("name", source.name.empty() ? source.slug : source.name);
  d.set("action", action);
  d.set("csrf", ctx.Csrf(action));
  d.set("about", effective.about);
  d.set("section_map", FormatSectionMap(effective.section_map));
  d.set("configured_about", Text(source.about));
  d.set("overridden", mu::data(overridden));
  d.set("error", Text(error));
  return Render("admin_source", "Edit " + source.slug, d, &ctx, error.empty() ? 200 : 400);
}

HttpResponse AdminDesk::SaveSource(Context& ctx, const Source& source,
                                   const std::map<std::string, std::string>& form) {
  SourceOverride o;
  o.slug = source.slug;
  if (AdminField(form, "reset").empty()) {
    const std::string about = AdminField(form, "about");
    if (about.size() > kMaxAboutBytes)
      return SourceForm(ctx, source, "The About text is longer than " + std::to_string(kMaxAboutBytes) + " bytes.");
    if (!IsValidUtf8(about) || about.find('\0') != std::string::npos)
      return SourceForm(ctx, source, "The About text is not valid UTF-8.");
    auto map = ParseSectionMap(AdminField(form, "section_map"), settings_.sections);
    if (!map.ok()) return SourceForm(ctx, source, map.status().message());
    // Only what differs from the configuration is an override, so a later
    // configuration change still shows where the operator did not edit.
    if (about != source.about) o.about = about;
    if (*map != source.section_map) o.section_map = std::move(*map);
  }
  if (auto st = store_.SetSourceOverride(o); !st.ok()) {
    spdlog::error("admin: saving overrides of {} failed: {}", source.slug, st.ToString());
    return Bare(503, "Service Unavailable\n");
  }
  spdlog::info("admin: {} edited {}", ctx.who.account.username, source.slug);
  return Redirect("/admin/sources/" + source.slug);
}

HttpResponse AdminDesk::Pins(Context& ctx, const std::string& error) {
  auto pinned = store_.ListPinned();
  if (!pinned.ok()) return Bare(503, "Service Unavailable\n");
  ArticleQuery q;
  q.limit = kPinCandidates;
  auto recent = store_.ListArticles(q);
  if (!recent.ok()) return Bare(503, "Service Unavailable\n");
  auto item = [](const Article& a) {
    mu::data row;
    row.set("id", std::to_string(a.id));
    row.set("title", a.title.empty() ? a.url : a.title);
    row.set("source", a.source_slug);
    return row;
  };
  mu::data pins(mu::data::type::list), candidates(mu::data::type::list);
  std::set<Id> pinned_ids;
  for (const auto& a : *pinned) pins.push_back(item(a)), pinned_ids.insert(a.id);
  for (const auto& a : *recent)
    if (!pinned_ids.count(a.id)) candidates.push_back(item(a));
  mu::data d;
  d.set("pins", pins);
  d.set("has_pins", mu::data(!pinned->empty()));
  d.set("candidates", candidates);
  d.set("add_csrf", ctx.Csrf("/admin/pins/add"));
  d.set("remove_csrf", ctx.Csrf("/admin/pins/remove"));
  d.set("error", Text(error));
  d.set("max_pins", std::to_string(kMaxPins));
  return Render("admin_pins", "Front-page pins", d, &ctx, error.empty() ? 200 : 400);
}

}  // namespace bs::web
