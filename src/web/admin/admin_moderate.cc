// The moderation desk of /admin (moderators, editors and admins):
//   GET  /admin/moderate[?queue=held|reported|published|rejected]
//   POST /admin/moderate/<comment id>   action=approve|reject|feature|unfeature|ban|ban_domain
//                                       (reason for reject, days for ban: 0 = for good)
//   GET  /admin/moderate/log            the audit log
//   POST /admin/moderate/scopes         admins: username, sources (comma-separated; empty = all papers)
//   POST /admin/moderate/thread         editors: article_id, state=closed|open (the whole copy group's thread)
//   POST /admin/moderate/digest         the moderator's own queue digest: email (empty = off)
// A moderator limited to some partner papers sees and acts on only comments
// posted on those papers' articles. Every action is logged; a rejection is
// mailed to its author with the reason.
#include <spdlog/spdlog.h>

#include <algorithm>

#include "core/utf8.h"
#include "discuss/comment_format.h"
#include "mail/address.h"
#include "mail/outbox.h"
#include "web/admin/admin_context.h"
#include "web/auth/permissions.h"
#include "web/comment_notify.h"
#include "web/view_format.h"

namespace bs::web {
namespace {

namespace mu = kainjow::mustache;

constexpr int kQueueShown = 50;
constexpr int kHistoryShown = 5;
const char* const kQueues[] = {"held", "reported", "published", "rejected"};
const char* const kRejectReasons[][2] = {{"abuse", "Abusive or offensive"},
                                         {"spam", "Spam or advertising"},
                                         {"off_topic", "Off topic"},
                                         {"personal", "Personal information"},
                                         {"policy", "Against the comment policy"}};

const char* ReasonLabel(const std::string& code) {
  for (const auto& r : kRejectReasons)
    if (code == r[0]) return r[1];
  return "Against the comment policy";
}

std::vector<std::string> SplitSlugs(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s + ",") {
    if (c == ',' || c == ' ') {
      if (!cur.empty() && cur.size() <= 64) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  return out;
}

}  // namespace

HttpResponse AdminDesk::Moderate(Context& ctx, const std::string& path, const std::map<std::string, std::string>& form,
                                 bool post, const std::string& query) {
  if (!settings_.comments) return AdminBare(404, "Comments are off\n");
  auto fail = [](const Status& st, std::string_view what) {
    spdlog::error("moderate: {} failed: {}", what, st.ToString());
    return AdminBare(503, "Service Unavailable\n");
  };
  const Account& me = ctx.who.account;
  auto scope = store_.GetModeratorSources(me.id);
  if (!scope.ok()) return fail(scope.status(), "scope");
  auto in_scope = [&](Id comment) -> Result<bool> {
    if (scope->empty()) return true;
    auto source = store_.CommentSource(comment);
    if (!source.ok()) return source.status();
    return std::find(scope->begin(), scope->end(), *source) != scope->end();
  };

  if (path == "/admin/moderate/scopes") {
    if (!post) return AdminBare(405, "Method Not Allowed\n");
    if (!Can(me.role, Permission::kManageAccounts)) return AdminBare(403, "Forbidden\n");
    auto who = store_.FindAccount(AdminField(form, "username"));
    if (!who.ok()) return fail(who.status(), "account lookup");
    if (!*who) return AdminBare(400, "No such account\n");
    const auto sources = SplitSlugs(AdminField(form, "sources"));
    if (auto st = store_.SetModeratorSources((*who)->id, sources); !st.ok()) return fail(st, "scopes");
    ModerationAction a{0, me.id, 0, (*who)->id, "scope", AdminField(form, "sources"), clock_()};
    if (auto st = store_.LogModeration(a); !st.ok()) return fail(st, "log");
    return AdminRedirect("/admin/moderate");
  }

  if (path == "/admin/moderate/thread") {
    // An editor's close or open of an article's thread (its whole copy group).
    if (!post) return AdminBare(405, "Method Not Allowed\n");
    if (!Can(me.role, Permission::kEditStories)) return AdminBare(403, "Editors close and open threads\n");
    auto article = ParseAdminId(AdminField(form, "article_id"));
    if (!article) return AdminBare(400, "That is not an article number\n");
    auto group = store_.ListCopyGroup(*article);
    if (group.status().code() == Status::Code::kNotFound) return AdminBare(404, "No such article\n");
    if (!group.ok()) return fail(group.status(), "copy group");
    const bool close = AdminField(form, "state") == "closed";
    ModerationAction a{0, me.id, 0, 0, close ? "close" : "open", "article " + std::to_string(*article), clock_()};
    if (auto st = store_.SetThreadClosed(group->front(), close, a); !st.ok()) return fail(st, "thread state");
    return AdminRedirect("/admin/moderate");
  }

  if (path == "/admin/moderate/digest") {
    // The moderator's own opt-in: their address, or none to stop.
    if (!post) return AdminBare(405, "Method Not Allowed\n");
    std::string email = AdminField(form, "email");
    if (!email.empty()) {
      auto parsed = mail::ParseAddress(email);
      if (!parsed.ok()) return AdminBare(400, "That is not a mail address\n");
      email = parsed->ascii();
    }
    if (auto st = store_.SetModeratorDigest(me.id, email); !st.ok()) return fail(st, "digest");
    ModerationAction a{0, me.id, 0, me.id, email.empty() ? "digest_off" : "digest_on", "", clock_()};
    if (auto st = store_.LogModeration(a); !st.ok()) return fail(st, "log");
    return AdminRedirect("/admin/moderate");
  }

  if (path == "/admin/moderate/log") {
    if (post) return AdminBare(405, "Method Not Allowed\n");
    auto log = store_.ListModerationLog(200);
    if (!log.ok()) return fail(log.status(), "log");
    mu::data rows(mu::data::type::list);
    for (const auto& a : *log) {
      // A limited moderator sees the actions on comments in their scope.
      if (a.comment_id != 0) {
        auto ok = in_scope(a.comment_id);
        if (!ok.ok() || !*ok) continue;
      } else if (!scope->empty()) {
        continue;
      }
      mu::data row;
      row.set("at", FormatIso8601Utc(a.at));
      row.set("action", a.action);
      row.set("detail", a.detail);
      row.set("comment", a.comment_id ? std::to_string(a.comment_id) : "");
      row.set("user", a.user_id ? std::to_string(a.user_id) : "");
      row.set("moderator", a.moderator_id ? std::to_string(a.moderator_id) : "automatic");
      rows.push_back(row);
    }
    mu::data d;
    d.set("rows", rows);
    d.set("log", mu::data(true));
    return Render("admin_moderate", "Moderation log", d, &ctx);
  }

  if (path.starts_with("/admin/moderate/")) {
    if (!post) return AdminBare(405, "Method Not Allowed\n");
    auto id = ParseAdminId(std::string_view(path).substr(16));
    if (!id) return AdminBare(404, "Not Found\n");
    auto comment = store_.GetComment(*id);
    if (!comment.ok()) return fail(comment.status(), "comment lookup");
    if (!*comment) return AdminBare(404, "Not Found\n");
    auto allowed = in_scope(*id);
    if (!allowed.ok()) return fail(allowed.status(), "scope");
    if (!*allowed) return AdminBare(403, "This comment is on a paper outside your desk\n");
    const std::string action = AdminField(form, "action");
    const Comment& c = **comment;
    ModerationAction a{0, me.id, c.id, 0, action, "", clock_()};
    Status st;
    if (action == "approve") {
      st = store_.ModerateComment(c.id, CommentState::kPublished, c.featured, a);
      if (st.ok() && c.state != CommentState::kPublished) {
        Comment published = c;
        published.state = CommentState::kPublished;
        if (auto n = NotifyReply(store_, settings_, published); !n.ok())
          spdlog::error("moderate: reply mail not queued: {}", n.ToString());
      }
    } else if (action == "reject") {
      std::string reason = AdminField(form, "reason");
      if (reason.empty()) reason = "policy";
      a.detail = reason;
      st = store_.ModerateComment(c.id, CommentState::kRejected, false, a);
      // The author is told why, when mail is set up; a failure to queue is
      // logged and the decision stands.
      if (st.ok() && settings_.mailer) {
        auto author = store_.GetAccount(c.author_id);
        if (author.ok() && *author && !(*author)->email.empty()) {
          mail::MailMessage m;
          m.to_address = (*author)->email;
          m.subject = "Your comment on " + settings_.name + " was not published";
          m.text = "A moderator did not publish your comment.\n\nReason: " + std::string(ReasonLabel(reason)) +
                   "\n\nYour comment was:\n\n" + c.body.substr(0, 5000) +
                   "\n\nOur comment policy is shown above every comment form.\n";
          m.date = clock_();
          if (auto q = mail::EnqueueMail(store_, *settings_.mailer, m, "moderation", clock_()); !q.ok())
            spdlog::error("moderate: reason mail not queued: {}", q.ToString());
        }
      }
    } else if (action == "feature" || action == "unfeature") {
      if (c.state != CommentState::kPublished) return AdminBare(400, "Only published comments can be picks\n");
      st = store_.ModerateComment(c.id, CommentState::kPublished, action == "feature", a);
    } else if (action == "ban") {
      const std::string days = AdminField(form, "days");
      const int n = days.empty() ? 0 : std::clamp(std::atoi(days.c_str()), 0, 3650);
      a.user_id = c.author_id;
      a.detail = n == 0 ? "for good" : std::to_string(n) + " days";
      st = store_.SetReaderBan(c.author_id, n == 0 ? kBannedForever : clock_() + n * 86400, a);
      if (st.code() == Status::Code::kNotFound) return AdminBare(400, "Staff accounts are not banned here\n");
    } else if (action == "ban_domain") {
      if (scope->size() > 0) return AdminBare(403, "Domain bans are for moderators of every paper\n");
      auto author = store_.GetAccount(c.author_id);
      if (!author.ok()) return fail(author.status(), "author lookup");
      const std::string email = *author ? (*author)->email : "";
      const auto at = email.rfind('@');
      if (at == std::string::npos) return AdminBare(400, "The author has no address\n");
      a.detail = email.substr(at + 1);
      st = store_.BanEmailDomain(email.substr(at + 1), a);
    } else {
      return AdminBare(400, "Unknown action\n");
    }
    if (st.code() == Status::Code::kNotFound) return AdminBare(409, "The comment changed meanwhile (its author deleted it)\n");
    if (!st.ok()) return fail(st, action);
    spdlog::info("moderate: {} {} comment {}", me.username, action, c.id);
    return AdminRedirect("/admin/moderate?queue=" + AdminField(form, "queue"));
  }

  if (post) return AdminBare(405, "Method Not Allowed\n");
  std::string queue = "held";
  for (const char* q : kQueues)
    if (query.find(std::string("queue=") + q) != std::string::npos) queue = q;
  auto list = store_.ListModerationQueue(queue, *scope, kQueueShown);
  if (!list.ok()) return fail(list.status(), "queue");
  mu::data tabs(mu::data::type::list);
  for (const char* q : kQueues) {
    mu::data t;
    t.set("name", q);
    t.set("url", std::string("/admin/moderate?queue=") + q);
    t.set("current", mu::data(queue == q));
    tabs.push_back(t);
  }
  mu::data reasons(mu::data::type::list);
  for (const auto& r : kRejectReasons) {
    mu::data o;
    o.set("value", r[0]);
    o.set("label", r[1]);
    reasons.push_back(o);
  }
  mu::data items(mu::data::type::list);
  for (const Comment& c : *list) {
    const std::string id = std::to_string(c.id);
    mu::data item;
    item.set("id", id);
    item.set("author", c.author_name.empty() ? "[deleted]" : c.author_name);
    item.set("author_id", std::to_string(c.author_id));
    item.set("state", CommentStateName(c.state));
    item.set("time", FormatIso8601Utc(c.created_at));
    item.set("html", discuss::CommentHtml(c.body));
    item.set("article_url", "/article/" + std::to_string(c.article_id) + "#c" + id);
    std::string reasons_text;
    for (const auto& r : c.reasons) reasons_text += (reasons_text.empty() ? "" : ", ") + r;
    item.set("reasons", reasons_text);
    item.set("has_reasons", mu::data(!reasons_text.empty()));
    item.set("spam", std::to_string(static_cast<int>(c.spam * 100)) + "%");
    item.set("featured", mu::data(c.featured));
    item.set("published", mu::data(c.state == CommentState::kPublished));
    auto reports = store_.ListCommentReports(c.id);
    if (!reports.ok()) return fail(reports.status(), "reports");
    mu::data rlist(mu::data::type::list);
    for (const auto& r : *reports) {
      mu::data row;
      row.set("reason", r.reason);
      row.set("note", r.note);
      row.set("by", r.reporter_name.empty() ? "[deleted]" : r.reporter_name);
      rlist.push_back(row);
    }
    item.set("reports", rlist);
    item.set("has_reports", mu::data(!reports->empty()));
    auto history = store_.ListAuthorComments(c.author_id, kHistoryShown + 1);
    if (!history.ok()) return fail(history.status(), "history");
    mu::data hlist(mu::data::type::list);
    for (const auto& h : *history) {
      if (h.id == c.id) continue;
      // A limited moderator sees the author's history on their papers only.
      auto visible = in_scope(h.id);
      if (!visible.ok()) return fail(visible.status(), "scope");
      if (!*visible) continue;
      mu::data row;
      row.set("state", CommentStateName(h.state));
      row.set("excerpt", std::string(TruncateUtf8(h.body, 120)));
      hlist.push_back(row);
    }
    item.set("history", hlist);
    item.set("csrf", ctx.Csrf("/admin/moderate/" + id));
    item.set("queue", queue);
    item.set("reject_reasons", reasons);
    item.set("can_ban_domain", mu::data(scope->empty()));
    items.push_back(item);
  }
  mu::data d;
  d.set("tabs", tabs);
  d.set("items", items);
  d.set("empty", mu::data(list->empty()));
  d.set("queue", queue);
  d.set("limited", mu::data(!scope->empty()));
  std::string scope_text;
  for (const auto& s : *scope) scope_text += (scope_text.empty() ? "" : ", ") + s;
  d.set("scope", scope_text);
  d.set("is_admin", mu::data(Can(me.role, Permission::kManageAccounts)));
  d.set("scopes_csrf", ctx.Csrf("/admin/moderate/scopes"));
  d.set("is_editor", mu::data(Can(me.role, Permission::kEditStories)));
  d.set("thread_csrf", ctx.Csrf("/admin/moderate/thread"));
  auto digest = store_.GetModeratorDigest(me.id);
  if (!digest.ok()) return fail(digest.status(), "digest");
  d.set("digest_email", *digest ? mu::data((*digest)->email) : mu::data(false));
  d.set("digest_hours", std::to_string(settings_.comments->settings().digest_hours));
  d.set("digest_csrf", ctx.Csrf("/admin/moderate/digest"));
  return Render("admin_moderate", "Moderation", d, &ctx);
}

}  // namespace bs::web
