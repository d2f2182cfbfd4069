#include "web/comment_routes.h"

#include <spdlog/spdlog.h>

#include <charconv>

#include "core/time.h"
#include "web/account_pages.h"
#include "web/comment_notify.h"
#include "web/comment_thread.h"
#include "web/http_caching.h"
#include "web/percent_decode.h"
#include "web/public_forms.h"

namespace bs::web {
namespace {

namespace mu = kainjow::mustache;

// A comment is capped far lower by the pipeline; this bounds the parse.
constexpr std::size_t kMaxCommentFormBytes = 256 * 1024;
const char* const kReportReasons[][2] = {{"abusive", "Abusive or offensive"},
                                         {"spam", "Spam or advertising"},
                                         {"off_topic", "Off topic"},
                                         {"personal", "Reveals someone's personal information"},
                                         {"other", "Something else (say what below)"}};

std::optional<Id> ParseIdText(std::string_view s) {
  Id v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || v <= 0) return std::nullopt;
  return v;
}

PageView Message(int status, const std::string& heading, const std::string& text, const std::string& back,
                 const std::string& body = "") {
  mu::data d;
  d.set("heading", heading);
  d.set("text", text);
  d.set("back", back);
  d.set("body", body);
  d.set("has_body", mu::data(!body.empty()));
  return MakeView(status, "comment_message", heading, d);
}

std::string ArticleAnchor(Id article, Id comment) {
  return "/article/" + std::to_string(article) + (comment ? "#c" + std::to_string(comment) : "#comments");
}

// Where a posted comment's reader goes back to: the story page the form was
// on (story_id), else the article. Built from parsed ids, so the field
// cannot redirect anywhere else.
std::string ReturnAnchor(const std::optional<Id>& story, Id article, Id comment) {
  if (!story) return ArticleAnchor(article, comment);
  return "/story/" + std::to_string(*story) + (comment ? "#c" + std::to_string(comment) : "#comments");
}

}  // namespace

std::optional<HttpResponse> CommentRoutes::Handle(const HttpRequest& req, const ViewServer& serve) {
  const std::string& path = req.path;
  if (!settings_.comments) return std::nullopt;
  if (path.starts_with("/article/") && path.ends_with("/comments.atom")) {
    auto id = ParseIdText(std::string_view(path).substr(9, path.size() - 9 - 14));
    if (!id || (req.method != "GET" && req.method != "HEAD")) return std::nullopt;
    return Atom(req, *id);
  }
  if (path != "/comments" && !path.starts_with("/comments/")) return std::nullopt;
  const bool post = req.method == "POST";
  if (!post && req.method != "GET" && req.method != "HEAD") return PlainResponse(405, "Method Not Allowed\n");
  if (post && req.body.size() > kMaxCommentFormBytes) return PlainResponse(413, "Comment too large\n");
  if (post && !NotCrossSite(req, settings_.base_url)) return PlainResponse(403, "Cross-site form posts are refused\n");
  if (path == "/comments") {
    if (!post) return PlainResponse(405, "Method Not Allowed\n");
    return PostComment(req, serve);
  }
  std::string_view rest = std::string_view(path).substr(10);
  const std::size_t slash = rest.find('/');
  auto id = ParseIdText(rest.substr(0, slash));
  if (!id || slash == std::string_view::npos) return std::nullopt;
  const std::string_view action = rest.substr(slash + 1);
  if (action == "like" && post) return Like(req, *id);
  if (action == "report") return Report(req, serve, *id);
  if (action == "edit") return Edit(req, serve, *id);
  if (action == "delete" && post) return Delete(req, serve, *id);
  return std::nullopt;
}

HttpResponse CommentRoutes::PostComment(const HttpRequest& req, const ViewServer& serve) {
  auto form = FormFields(req);
  if (!form) return PlainResponse(415, "Send the form as application/x-www-form-urlencoded\n");
  auto article = ParseIdText(FirstField(*form, "article_id"));
  if (!article) return PlainResponse(400, "Which article?\n");
  const std::optional<Id> story = ParseIdText(FirstField(*form, "story_id"));
  const std::string parent_text = FirstField(*form, "parent_id");
  Id parent = 0;
  if (!parent_text.empty() && parent_text != "0") {
    auto p = ParseIdText(parent_text);
    if (!p) return PlainResponse(400, "Which comment?\n");
    parent = *p;
  }
  auto reader = CurrentReader(store_, req);
  if (!reader.ok()) return PlainResponse(500, "Internal Server Error\n");
  if (!*reader) return SeeOther("/account/signin?next=" + PercentEncode(ReturnAnchor(story, *article, 0), true));
  const std::string body = FirstField(*form, "body");
  auto outcome = settings_.comments->Post({*article, parent, (*reader)->account.id, body, req.remote_address});
  if (!outcome.ok()) {
    if (outcome.status().code() == Status::Code::kNotFound || outcome.status().code() == Status::Code::kInvalidArgument)
      return Personal(serve(req, Message(400, "This comment cannot be posted", outcome.status().message(),
                                         ReturnAnchor(story, *article, 0), body)));
    spdlog::error("comments: posting failed: {}", outcome.status().ToString());
    return PlainResponse(500, "Internal Server Error\n");
  }
  switch (outcome->decision) {
    case discuss::Decision::kPublish: {
      // A reply mail that cannot be queued is logged; the comment stands.
      auto stored = store_.GetComment(outcome->comment_id);
      if (stored.ok() && *stored)
        if (auto st = NotifyReply(store_, settings_, **stored); !st.ok())
          spdlog::error("comments: reply mail not queued: {}", st.ToString());
      return SeeOther(ReturnAnchor(story, *article, outcome->comment_id));
    }
    case discuss::Decision::kHold:
      return Personal(serve(req, Message(200, "Your comment is waiting for a moderator", outcome->message,
                                         ReturnAnchor(story, *article, 0))));
    case discuss::Decision::kReject:
      // The text comes back so nothing the reader wrote is lost.
      return Personal(serve(req, Message(400, "Your comment was not posted", outcome->message,
                                         ReturnAnchor(story, *article, 0), body.size() <= 20'000 ? body : "")));
  }
  return PlainResponse(500, "Internal Server Error\n");
}

HttpResponse CommentRoutes::Like(const HttpRequest& req, Id id) {
  auto comment = store_.GetComment(id);
  if (!comment.ok()) return PlainResponse(500, "Internal Server Error\n");
  if (!*comment) return PlainResponse(404, "No such comment\n");
  auto reader = CurrentReader(store_, req);
  if (!reader.ok()) return PlainResponse(500, "Internal Server Error\n");
  const std::string back = ArticleAnchor((*comment)->article_id, id);
  if (!*reader) return SeeOther("/account/signin?next=" + PercentEncode(back, true));
  auto liked = store_.LikeComment(id, (*reader)->account.id);
  if (!liked.ok() && liked.status().code() != Status::Code::kNotFound) return PlainResponse(500, "Internal Server Error\n");
  return SeeOther(back);
}

HttpResponse CommentRoutes::Report(const HttpRequest& req, const ViewServer& serve, Id id) {
  auto comment = store_.GetComment(id);
  if (!comment.ok()) return PlainResponse(500, "Internal Server Error\n");
  if (!*comment || (*comment)->state == CommentState::kDeleted) return PlainResponse(404, "No such comment\n");
  const std::string back = ArticleAnchor((*comment)->article_id, id);
  auto reader = CurrentReader(store_, req);
  if (!reader.ok()) return PlainResponse(500, "Internal Server Error\n");
  if (!*reader) return SeeOther("/account/signin?next=" + PercentEncode("/comments/" + std::to_string(id) + "/report", true));
  std::string error;
  if (req.method == "POST") {
    auto form = FormFields(req);
    if (!form) return PlainResponse(415, "Send the form as application/x-www-form-urlencoded\n");
    const std::string reason = FirstField(*form, "reason");
    std::string note = FirstField(*form, "note");
    bool known = false;
    for (const auto& r : kReportReasons) known |= reason == r[0];
    if (!known) error = "Choose a reason.";
    else if (reason == "other" && note.empty()) error = "Say in a few words what is wrong.";
    else if (note.size() > 500) error = "Keep the note under 500 characters.";
    if (error.empty()) {
      auto reported = store_.ReportComment({id, (*reader)->account.id, "", reason, note, NowUtc()},
                                           settings_.comments->settings().hide_after_reports);
      if (!reported.ok() && reported.status().code() == Status::Code::kInvalidArgument)
        return Personal(serve(req, Message(200, "You have reported this comment already",
                                           "Thank you: a moderator will look at it.", back)));
      if (!reported.ok() && reported.status().code() == Status::Code::kNotFound)
        return PlainResponse(404, "No such comment\n");
      if (!reported.ok()) return PlainResponse(500, "Internal Server Error\n");
      return Personal(serve(req, Message(200, "Thank you for your report",
                                         "A moderator will look at the comment and decide.", back)));
    }
  }
  mu::data d;
  d.set("id", std::to_string(id));
  d.set("author", (*comment)->author_name.empty() ? "[deleted]" : (*comment)->author_name);
  d.set("back", back);
  d.set("error", error.empty() ? mu::data(false) : mu::data(error));
  mu::data reasons(mu::data::type::list);
  for (const auto& r : kReportReasons) {
    mu::data item;
    item.set("value", r[0]);
    item.set("label", r[1]);
    reasons.push_back(item);
  }
  d.set("reasons", reasons);
  return Personal(serve(req, MakeView(error.empty() ? 200 : 400, "comment_report", "Report a comment", d)));
}

HttpResponse CommentRoutes::Edit(const HttpRequest& req, const ViewServer& serve, Id id) {
  auto comment = store_.GetComment(id);
  if (!comment.ok()) return PlainResponse(500, "Internal Server Error\n");
  auto reader = CurrentReader(store_, req);
  if (!reader.ok()) return PlainResponse(500, "Internal Server Error\n");
  if (!*comment || !*reader || (*comment)->author_id != (*reader)->account.id)
    return PlainResponse(404, "No such comment of yours\n");
  const std::string back = ArticleAnchor((*comment)->article_id, id);
  if (req.method == "POST") {
    auto form = FormFields(req);
    if (!form) return PlainResponse(415, "Send the form as application/x-www-form-urlencoded\n");
    const std::string body = FirstField(*form, "body");
    auto outcome = settings_.comments->Edit(id, (*reader)->account.id, body, req.remote_address);
    if (!outcome.ok()) return PlainResponse(500, "Internal Server Error\n");
    if (outcome->decision == discuss::Decision::kPublish) return SeeOther(back);
    return Personal(serve(req, Message(outcome->decision == discuss::Decision::kHold ? 200 : 400,
                                       outcome->decision == discuss::Decision::kHold ? "Your edit is waiting for a moderator"
                                                                                    : "Your edit was not saved",
                                       outcome->message, back,
                                       outcome->decision == discuss::Decision::kReject ? body : "")));
  }
  mu::data d;
  d.set("id", std::to_string(id));
  d.set("body", (*comment)->body);
  d.set("back", back);
  d.set("minutes", std::to_string(settings_.comments->settings().edit_minutes));
  return Personal(serve(req, MakeView(200, "comment_edit", "Edit your comment", d)));
}

HttpResponse CommentRoutes::Delete(const HttpRequest& req, const ViewServer& serve, Id id) {
  auto comment = store_.GetComment(id);
  if (!comment.ok()) return PlainResponse(500, "Internal Server Error\n");
  auto reader = CurrentReader(store_, req);
  if (!reader.ok()) return PlainResponse(500, "Internal Server Error\n");
  if (!*comment || !*reader) return PlainResponse(404, "No such comment of yours\n");
  auto st = store_.DeleteOwnComment(id, (*reader)->account.id);
  if (st.code() == Status::Code::kNotFound) return PlainResponse(404, "No such comment of yours\n");
  if (!st.ok()) return PlainResponse(500, "Internal Server Error\n");
  return Personal(serve(req, Message(200, "Your comment is deleted", "It now reads \"[deleted]\".",
                                     ArticleAnchor((*comment)->article_id, 0))));
}

HttpResponse CommentRoutes::Atom(const HttpRequest& req, Id article_id) {
  auto feed = ThreadAtom(store_, *settings_.comments, article_id, settings_.base_url, settings_.name);
  if (!feed.ok()) {
    if (feed.status().code() == Status::Code::kNotFound) return PlainResponse(404, "No such article\n");
    return PlainResponse(500, "Internal Server Error\n");
  }
  auto body = PrepareBody("application/atom+xml; charset=utf-8", "public, max-age=60", std::move(feed).value());
  return ServePrepared(req, *body);
}

}  // namespace bs::web
