// The newsletter screens of the /admin desk: draft an edition's issue, edit
// it (subject, introduction, order, removing and adding items), preview
// both parts, send a test to oneself, schedule or send, and follow the
// send's progress. Every change goes to the issue's log with the editor.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>

#include "core/utf8.h"
#include "newsletter/briefing_clock.h"
#include "newsletter/drafting.h"
#include "newsletter/issue_mail.h"
#include "newsletter/issue_sender.h"
#include "web/admin/admin_context.h"
#include "web/auth/utf8_check.h"
#include "web/view_format.h"

namespace bs::web {
namespace {

namespace mu = kainjow::mustache;
namespace nl = newsletter;

constexpr int kIssuesShown = 30;
constexpr std::size_t kMaxSubjectBytes = 300;
constexpr std::size_t kMaxIntroBytes = 4000;

bool Editable(const NewsletterIssue& i) { return i.state == IssueState::kDraft || i.state == IssueState::kScheduled; }

// Form text: valid UTF-8, no NUL, bounded; CR/LF allowed only where asked.
bool CleanText(const std::string& s, std::size_t max, bool multiline) {
  if (s.size() > max || !IsValidUtf8(s)) return false;
  for (char c : s)
    if (c == '\0' || (!multiline && (c == '\r' || c == '\n'))) return false;
  return true;
}

// "2026-12-07T07:30" (an <input type=datetime-local>, site time zone) -> UTC.
std::optional<Timestamp> ParseLocalDateTime(const std::string& s, const std::string& zone) {
  if (s.size() != 16 || s[10] != 'T' || s[13] != ':') return std::nullopt;
  int h = 0, m = 0;
  if (std::sscanf(s.c_str() + 11, "%2d:%2d", &h, &m) != 2 || h < 0 || h > 23 || m < 0 || m > 59) return std::nullopt;
  auto t = nl::FromLocalTime(zone, s.substr(0, 10), h * 60 + m);
  if (!t.ok()) return std::nullopt;
  return *t;
}

}  // namespace

HttpResponse AdminDesk::Newsletter(Context& ctx, const std::string& path,
                                   const std::map<std::string, std::string>& form, bool post) {
  nl::Subscriptions* subs = settings_.subscriptions;
  if (!subs) return AdminBare(404, "The newsletter is not configured.\n");
  const nl::NewsletterSettings& ns = subs->settings();
  auto fail = [](const Status& st, std::string_view what) {
    spdlog::error("admin: newsletter {} failed: {}", what, st.ToString());
    return AdminBare(503, "Service Unavailable\n");
  };

  if (path == "/admin/newsletter/draft") {
    if (!post) return AdminBare(405, "Method Not Allowed\n");
    const nl::Edition* e = nl::FindEdition(ns, AdminField(form, "edition"));
    if (!e) return AdminBare(400, "Unknown edition\n");
    const Timestamp now = clock_();
    auto local = nl::ToLocalTime(ns.time_zone, now);
    if (!local.ok()) return fail(local.status(), "clock");
    auto issue = nl::DraftIssue(store_, ns, *e, local->date, now, ctx.who.account.id);
    if (!issue.ok()) return fail(issue.status(), "drafting");
    return AdminRedirect("/admin/newsletter/" + std::to_string(issue->id));
  }

  if (path == "/admin/newsletter") {
    if (post) return AdminBare(405, "Method Not Allowed\n");
    auto issues = store_.ListIssues("", {}, kIssuesShown, 0);
    if (!issues.ok()) return fail(issues.status(), "listing");
    mu::data rows(mu::data::type::list);
    for (const auto& i : *issues) {
      mu::data row;
      row.set("id", std::to_string(i.id));
      row.set("edition", i.edition);
      row.set("date", i.date);
      row.set("subject", i.subject);
      row.set("state", IssueStateName(i.state));
      row.set("items", std::to_string(i.items.size()));
      row.set("recipients", std::to_string(i.recipients));
      rows.push_back(row);
    }
    mu::data editions(mu::data::type::list);
    for (const auto& e : ns.editions) {
      mu::data row;
      row.set("slug", e.slug);
      row.set("name", e.name);
      auto subscribers = store_.CountSubscribers(e.slug);
      row.set("subscribers", subscribers.ok() ? std::to_string(*subscribers) : "?");
      row.set("automatic", mu::data(e.automatic));
      row.set("send_time", fmt::format("{:02}:{:02}", e.send_minute / 60, e.send_minute % 60));
      editions.push_back(row);
    }
    mu::data d;
    d.set("issues", rows);
    d.set("no_issues", mu::data(issues->empty()));
    d.set("editions", editions);
    d.set("time_zone", ns.time_zone);
    d.set("draft_csrf", ctx.Csrf("/admin/newsletter/draft"));
    return Render("admin_newsletter", "Newsletter", d, &ctx);
  }

  // /admin/newsletter/<id>[/preview.html|/preview.txt]
  std::string_view rest = std::string_view(path).substr(std::string_view("/admin/newsletter/").size());
  std::string_view tail;
  if (auto slash = rest.find('/'); slash != std::string_view::npos) {
    tail = rest.substr(slash + 1);
    rest = rest.substr(0, slash);
  }
  auto id = ParseAdminId(rest);
  if (!id) return AdminBare(404, "Not Found\n");
  auto found = store_.GetIssue(*id);
  if (!found.ok()) return fail(found.status(), "lookup");
  if (!*found) return AdminBare(404, "Not Found\n");
  NewsletterIssue issue = std::move(**found);
  const nl::Edition* edition = nl::FindEdition(ns, issue.edition);
  if (!edition) return AdminBare(409, "This issue's edition is no longer configured.\n");

  if (!tail.empty()) {
    if (post || (tail != "preview.html" && tail != "preview.txt")) return AdminBare(404, "Not Found\n");
    auto mail = nl::IssueMail::Render(issue, *edition, ns, templates_, subs->links(), settings_.name);
    if (!mail.ok()) return fail(mail.status(), "preview");
    HttpResponse r = AdminBare(200, tail == "preview.html" ? mail->PreviewHtml() : mail->PreviewText());
    // The mail's HTML carries inline styles, which the site's CSP forbids;
    // this preview alone may use them, and nothing else.
    if (tail == "preview.html") {
      r.SetHeader("Content-Type", "text/html; charset=utf-8");
      r.SetHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'self'");
    }
    return r;
  }
  if (!post) return NewsletterIssuePage(ctx, *id, "", 200);

  const std::string action = AdminField(form, "action");
  const Timestamp now = clock_();
  IssueEdit edit;
  edit.issue_id = issue.id;
  edit.editor_id = ctx.who.account.id;
  edit.at = now;
  edit.action = action;
  auto item_index = [&]() -> std::optional<std::size_t> {
    auto n = ParseAdminId(AdminField(form, "item"));
    if (!n || *n > static_cast<Id>(issue.items.size())) return std::nullopt;
    return static_cast<std::size_t>(*n - 1);
  };

  if (action == "test") {
    if (ctx.who.account.email.empty())
      return NewsletterIssuePage(ctx, issue.id, "Your account has no email address to send a test to.", 400);
    auto mail = nl::IssueMail::Render(issue, *edition, ns, templates_, subs->links(), settings_.name);
    if (!mail.ok()) return fail(mail.status(), "rendering a test");
    // The personal links carry a placeholder that verifies for nobody.
    mail::MailMessage m = mail->For(ctx.who.account.email, "test", "test", "");
    m.subject = "[Test] " + m.subject;
    const mail::SendResult r = subs->mailer().Send(m);
    edit.detail = "test sent to the editor's own address";
    if (r.outcome != mail::SendOutcome::kDelivered)
      return NewsletterIssuePage(ctx, issue.id, "The test could not be sent: " + r.detail, 502);
    if (auto st = store_.UpdateIssue(issue, edit); !st.ok() && st.code() != Status::Code::kRefused)
      return fail(st, "logging a test");
    return NewsletterIssuePage(ctx, issue.id, "A test was sent to " + ctx.who.account.email + ".", 200);
  }

  if (action == "send") {
    edit.detail = "sent by an editor";
    auto n = store_.StartIssueSend(issue.id, now, edit);
    if (!n.ok()) return fail(n.status(), "starting a send");
    spdlog::info("admin: {} started sending newsletter issue {} to {} subscribers", ctx.who.account.username,
                 issue.id, *n);
    return AdminRedirect("/admin/newsletter/" + std::to_string(issue.id));
  }

  if (!Editable(issue)) return NewsletterIssuePage(ctx, issue.id, "This issue is being sent and can no longer change.", 409);

  if (action == "save") {
    const std::string subject = AdminField(form, "subject"), intro = AdminField(form, "intro");
    if (subject.empty() || !CleanText(subject, kMaxSubjectBytes, false))
      return NewsletterIssuePage(ctx, issue.id, "The subject must be one line of text, up to 300 bytes.", 400);
    if (!CleanText(intro, kMaxIntroBytes, true))
      return NewsletterIssuePage(ctx, issue.id, "The introduction is too long or not valid text.", 400);
    std::string detail;
    if (subject != issue.subject) detail += "subject: \"" + subject + "\"";
    if (intro != issue.intro) detail += std::string(detail.empty() ? "" : "; ") + "introduction changed";
    if (detail.empty()) return AdminRedirect("/admin/newsletter/" + std::to_string(issue.id));
    issue.subject = subject;
    issue.intro = intro;
    edit.detail = detail;
  } else if (action == "up" || action == "down" || action == "remove") {
    auto i = item_index();
    if (!i) return NewsletterIssuePage(ctx, issue.id, "There is no such item.", 400);
    const std::string headline = issue.items[*i].headline;
    if (action == "remove") {
      issue.items.erase(issue.items.begin() + static_cast<std::ptrdiff_t>(*i));
      edit.detail = "removed \"" + headline + "\"";
    } else {
      const std::size_t j = action == "up" ? (*i == 0 ? 0 : *i - 1) : std::min(*i + 1, issue.items.size() - 1);
      if (j == *i) return AdminRedirect("/admin/newsletter/" + std::to_string(issue.id));
      std::swap(issue.items[*i], issue.items[j]);
      edit.action = "reorder";
      edit.detail = fmt::format("moved \"{}\" from {} to {}", headline, *i + 1, j + 1);
    }
  } else if (action == "add") {
    if (issue.items.size() >= kMaxIssueItems)
      return NewsletterIssuePage(ctx, issue.id, "An issue holds at most " + std::to_string(kMaxIssueItems) + " items.", 400);
    auto article_id = ParseAdminId(AdminField(form, "article_id"));
    if (!article_id) return NewsletterIssuePage(ctx, issue.id, "That is not an article number.", 400);
    auto article = store_.GetArticle(*article_id);
    if (!article.ok()) return fail(article.status(), "article lookup");
    if (!*article) return NewsletterIssuePage(ctx, issue.id, "There is no article " + std::to_string(*article_id) + ".", 400);
    for (const auto& it : issue.items)
      if (it.article_id == *article_id)
        return NewsletterIssuePage(ctx, issue.id, "That article is already in this issue.", 400);
    auto org = store_.GetOrganisation(*article_id);
    if (!org.ok()) return fail(org.status(), "organisation lookup");
    IssueItem item;
    item.article_id = (*article)->id;
    item.headline = (*article)->title;
    item.summary = nl::SummaryOf(**article);
    item.region = (*article)->region;
    auto source = store_.GetSource((*article)->source_slug);
    item.source_name = source.ok() ? source->name : (*article)->source_slug;
    item.path = "/article/" + std::to_string(item.article_id);
    if (*org && (*org)->story_id) {
      auto story = store_.GetStory((*org)->story_id);
      if (story.ok() && *story && (*story)->source_count > 1) {
        item.story_id = (*story)->id;
        item.other_sources = (*story)->source_count - 1;
        item.path = "/story/" + std::to_string(item.story_id);
      }
    }
    issue.items.push_back(item);
    edit.detail = "added \"" + item.headline + "\"";
  } else if (action == "schedule") {
    auto at = ParseLocalDateTime(AdminField(form, "send_at"), ns.time_zone);
    if (!at || *at <= now) return NewsletterIssuePage(ctx, issue.id, "Choose a time in the future.", 400);
    issue.state = IssueState::kScheduled;
    issue.send_at = *at;
    edit.detail = "scheduled for " + FormatIso8601Utc(*at);
  } else if (action == "unschedule") {
    issue.state = IssueState::kDraft;
    issue.send_at.reset();
    edit.detail = "back to draft";
  } else {
    return NewsletterIssuePage(ctx, issue.id, "Unknown action.", 400);
  }
  issue.updated_at = now;
  if (auto st = store_.UpdateIssue(issue, edit); !st.ok()) {
    if (st.code() == Status::Code::kRefused || st.code() == Status::Code::kLimitExceeded)
      return NewsletterIssuePage(ctx, issue.id, st.message(), 409);
    return fail(st, "saving");
  }
  spdlog::info("admin: {} edited newsletter issue {}: {}", ctx.who.account.username, issue.id, edit.detail);
  return AdminRedirect("/admin/newsletter/" + std::to_string(issue.id));
}

HttpResponse AdminDesk::NewsletterIssuePage(Context& ctx, Id id, const std::string& message, int status) {
  auto found = store_.GetIssue(id);
  if (!found.ok() || !*found) return AdminBare(found.ok() ? 404 : 503, "Not available\n");
  const NewsletterIssue& issue = **found;
  const std::string action = "/admin/newsletter/" + std::to_string(id);
  const mu::data csrf = ctx.Csrf(action);
  const bool editable = Editable(issue);
  mu::data items(mu::data::type::list);
  for (std::size_t i = 0; i < issue.items.size(); ++i) {
    const IssueItem& it = issue.items[i];
    mu::data row;
    row.set("n", std::to_string(i + 1));
    row.set("headline", it.headline);
    row.set("summary", it.summary);
    row.set("source_name", it.source_name);
    row.set("path", it.path);
    row.set("other_sources", std::to_string(it.other_sources));
    row.set("first", mu::data(i == 0));
    row.set("last", mu::data(i + 1 == issue.items.size()));
    row.set("editable", mu::data(editable));
    row.set("csrf", csrf);
    row.set("action", action);
    items.push_back(row);
  }
  auto edits = store_.ListIssueEdits(id);
  mu::data log(mu::data::type::list);
  if (edits.ok()) {
    for (const auto& e : *edits) {
      mu::data row;
      row.set("at", FormatIso8601Utc(e.at));
      row.set("action", e.action);
      row.set("detail", e.detail);
      std::string who = "scheduler";
      if (e.editor_id) {
        auto acc = store_.GetAccount(e.editor_id);
        who = acc.ok() && *acc ? (*acc)->username : "account " + std::to_string(e.editor_id);
      }
      row.set("who", who);
      log.push_back(row);
    }
  }
  mu::data d;
  d.set("id", std::to_string(id));
  d.set("edition", issue.edition);
  d.set("date", issue.date);
  d.set("subject", issue.subject);
  d.set("intro", issue.intro);
  d.set("state", IssueStateName(issue.state));
  d.set("send_at", issue.send_at ? FormatIso8601Utc(*issue.send_at) : "");
  d.set("scheduled", mu::data(issue.state == IssueState::kScheduled));
  d.set("editable", mu::data(editable));
  d.set("sending", mu::data(issue.state == IssueState::kSending || issue.state == IssueState::kSent));
  d.set("sent", mu::data(issue.state == IssueState::kSent));
  d.set("items", items);
  d.set("no_items", mu::data(issue.items.empty()));
  d.set("log", log);
  d.set("action", action);
  d.set("csrf", csrf);
  d.set("message", message.empty() ? mu::data(false) : mu::data(message));
  d.set("is_error", mu::data(status >= 400));
  d.set("can_test", mu::data(!ctx.who.account.email.empty()));
  d.set("time_zone", settings_.subscriptions ? settings_.subscriptions->settings().time_zone : "UTC");
  d.set("archive_url", "/newsletter/" + issue.edition + "/" + issue.date);
  auto progress = store_.GetDeliveryProgress(id);
  if (progress.ok() && progress->total() > 0) {
    mu::data p;
    p.set("total", std::to_string(progress->total()));
    p.set("sent", std::to_string(progress->sent));
    p.set("pending", std::to_string(progress->pending));
    p.set("failed", std::to_string(progress->failed));
    p.set("cancelled", std::to_string(progress->cancelled));
    const int settled = progress->sent + progress->failed + progress->cancelled;
    p.set("percent", std::to_string(progress->total() ? settled * 100 / progress->total() : 100));
    p.set("settled", std::to_string(settled));
    d.set("progress", p);
  } else {
    d.set("progress", mu::data(false));
  }
  return Render("admin_newsletter_issue", "Issue " + std::to_string(id), d, &ctx, status);
}

}  // namespace bs::web
