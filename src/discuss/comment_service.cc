#include "discuss/comment_service.h"

#include <algorithm>
#include <charconv>

#include "core/time.h"

namespace bs::discuss {
namespace {

constexpr Timestamp kDay = 86400;

Id ParseId(const std::string& s) {
  Id id = 0;
  std::from_chars(s.data(), s.data() + s.size(), id);
  return id;
}

}  // namespace

std::string ReasonText(const std::string& reason) {
  const std::string code = reason.substr(0, reason.find(':'));
  if (code == "too_long") return "The comment is too long.";
  if (code == "too_many_lines") return "The comment has too many lines.";
  if (code == "empty") return "The comment is empty.";
  if (code == "invalid_text") return "The comment contains bytes that are not text.";
  if (code == "rate_limit_account" || code == "rate_limit_network")
    return "You are commenting faster than we allow. Please wait a minute and try again.";
  if (code == "thread_closed") return "Comments on this article are closed.";
  if (code == "banned_word") return "The comment contains language our policy does not allow.";
  if (code == "suspect_word") return "A word in the comment needs a moderator's look.";
  if (code == "hidden_characters") return "The comment contains characters that hide or reorder text.";
  if (code == "link_from_new_commenter") return "Links from new commenters are checked by a moderator first.";
  if (code == "spam") return "The comment looks like advertising; a moderator will check it.";
  if (code == "premoderation") return "Comments here are read by a moderator before they appear.";
  if (code == "moderator") return reason.size() > code.size() + 1 ? reason.substr(code.size() + 1) : "A moderator decided.";
  return "The comment needs a moderator's look.";
}

// The pipeline's view of the site: counts and states from the store, the
// premoderation and closing rules of the thread's section and partner.
class CommentService::StoreContext : public ModerationContext {
 public:
  StoreContext(CommentService& s, Id article_id) : s_(s), article_id_(article_id) {}

  int CommentsByAuthorSince(const std::string& author, Timestamp since) override {
    return Value(s_.store_.CountCommentsByAuthorSince(ParseId(author), since), 0);
  }
  int CommentsFromNetworkSince(const std::string& network, Timestamp since) override {
    return Value(s_.store_.CountCommentsFromNetworkSince(network, since), 0);
  }
  bool ThreadClosed(const std::string&) override { return Value(s_.ThreadClosed(article_id_), true); }
  int ApprovedComments(const std::string& author) override {
    return Value(s_.store_.CountApprovedComments(ParseId(author)), 0);
  }
  Premoderation PremoderationFor(const std::string&) override {
    const auto& cs = s_.settings_;
    auto article = s_.store_.GetArticle(article_id_);
    if (!article.ok() || !*article) return Premoderation::kEveryone;  // unknown: the safe side
    if (auto it = cs.premoderation_by_source.find((*article)->source_slug); it != cs.premoderation_by_source.end())
      return it->second;
    if (auto it = cs.premoderation_by_section.find((*article)->section); it != cs.premoderation_by_section.end())
      return it->second;
    return cs.premoderation;
  }
  // A store that cannot answer makes the pipeline err on the side of a
  // hold, never of publishing; the error itself is returned by Post.
  Status error;

 private:
  template <typename T>
  T Value(const Result<T>& r, T fallback) {
    if (r.ok()) return *r;
    if (error.ok()) error = r.status();
    return fallback;
  }
  CommentService& s_;
  const Id article_id_;
};

CommentService::CommentService(Store& store, const CommentSettings& settings,
                               std::shared_ptr<const SpamClassifier> spam, std::function<Timestamp()> clock)
    : store_(store),
      settings_(settings),
      pipeline_(MakePipeline(settings, std::move(spam))),
      clock_(clock ? std::move(clock) : std::function<Timestamp()>(NowUtc)) {}

Result<std::vector<Id>> CommentService::ThreadGroup(Id article_id) { return store_.ListCopyGroup(article_id); }

Result<bool> CommentService::ThreadClosed(Id article_id) {
  auto group = ThreadGroup(article_id);
  if (!group.ok()) return group.status();
  auto explicit_state = store_.ThreadClosed(*group);
  if (!explicit_state.ok()) return explicit_state.status();
  if (*explicit_state) return **explicit_state;
  // The age rule reads the canonical article: its date is the story's.
  auto a = store_.GetArticle(group->front());
  if (!a.ok()) return a.status();
  if (!*a) return true;
  int days = settings_.close_after_days;
  if (auto it = settings_.close_after_days_by_section.find((*a)->section); it != settings_.close_after_days_by_section.end())
    days = it->second;
  if (days <= 0) return false;
  const Timestamp appeared = (*a)->published.value_or((*a)->fetched_at);
  return clock_() - appeared > static_cast<Timestamp>(days) * kDay;
}

Result<std::string> CommentService::CannotPost(Id reader) {
  auto account = store_.GetAccount(reader);
  if (!account.ok()) return account.status();
  if (!*account || (*account)->disabled) return std::string("This account cannot comment.");
  auto profile = store_.GetReaderProfile(reader);
  if (!profile.ok()) return profile.status();
  if (*profile) {
    if ((*profile)->deleted) return std::string("This account cannot comment.");
    if (!(*profile)->email_confirmed) return std::string("Confirm your email address first: follow the link we sent you.");
    const Timestamp until = (*profile)->banned_until;
    if (until == kBannedForever || until > clock_())
      return std::string(until == kBannedForever ? "You have been banned from commenting."
                                                 : "You are banned from commenting until " + FormatIso8601Utc(until).substr(0, 10) + ".");
  }
  const std::string& email = (*account)->email;
  if (const auto at = email.rfind('@'); at != std::string::npos) {
    auto banned = store_.EmailDomainBanned(email.substr(at + 1));
    if (!banned.ok()) return banned.status();
    if (*banned) return std::string("Comments from this email domain are not accepted.");
  }
  return std::string();
}

Result<PostOutcome> CommentService::Post(const PostRequest& req) {
  PostOutcome out;
  auto refusal = CannotPost(req.author_id);
  if (!refusal.ok()) return refusal.status();
  if (!refusal->empty()) {
    out.decision = Decision::kReject;
    out.reasons = {"account"};
    out.message = *refusal;
    return out;
  }
  auto group = ThreadGroup(req.article_id);
  if (!group.ok()) return group.status();
  int depth = 0;
  if (req.parent_id != 0) {
    auto parent = store_.GetComment(req.parent_id);
    if (!parent.ok()) return parent.status();
    if (!*parent || std::find(group->begin(), group->end(), (*parent)->thread_id) == group->end() ||
        (*parent)->state == CommentState::kRejected)
      return Status::InvalidArgument("that comment is not in this thread");
    // Replies go three deep; a reply to the deepest joins its parent's level.
    depth = std::min((*parent)->depth + 1, 2);
  }
  CommentDraft draft;
  draft.text = req.body;
  draft.author = std::to_string(req.author_id);
  draft.thread = std::to_string(group->front());
  draft.ip = req.ip;
  draft.time = clock_();
  StoreContext context(*this, req.article_id);
  const ModerationResult r = pipeline_.Check(draft, context);
  if (!context.error.ok()) return context.error;
  out.decision = r.decision;
  out.reasons = r.reasons;
  if (r.decision == Decision::kReject) {
    out.message = ReasonText(r.reasons.front());
    return out;
  }
  Comment c;
  c.thread_id = group->front();
  c.article_id = req.article_id;
  c.parent_id = req.parent_id;
  if (req.parent_id != 0 && depth == 2) {
    // Attach under the parent's parent when the parent is already deepest.
    auto parent = store_.GetComment(req.parent_id);
    if (parent.ok() && *parent && (*parent)->depth == 2) c.parent_id = (*parent)->parent_id;
  }
  c.depth = depth;
  c.author_id = req.author_id;
  c.body = req.body;
  c.state = r.decision == Decision::kPublish ? CommentState::kPublished : CommentState::kHeld;
  c.reasons = r.reasons;
  c.spam = r.spam;
  c.network = NetworkOf(req.ip);
  c.created_at = draft.time;
  if (auto st = store_.CreateComment(c); !st.ok()) return st;
  out.comment_id = c.id;
  out.message = r.decision == Decision::kPublish ? "Your comment is published." : ReasonText(r.reasons.front());
  return out;
}

Result<PostOutcome> CommentService::Edit(Id comment_id, Id author_id, const std::string& body, const std::string& ip) {
  auto existing = store_.GetComment(comment_id);
  if (!existing.ok()) return existing.status();
  if (!*existing || (*existing)->author_id != author_id) return Status::NotFound("no such comment of yours");
  PostOutcome out;
  out.comment_id = comment_id;
  if (clock_() - (*existing)->created_at > static_cast<Timestamp>(settings_.edit_minutes) * 60) {
    out.decision = Decision::kReject;
    out.reasons = {"edit_window"};
    out.message = "Comments can be edited for " + std::to_string(settings_.edit_minutes) + " minutes only.";
    return out;
  }
  auto refusal = CannotPost(author_id);
  if (!refusal.ok()) return refusal.status();
  if (!refusal->empty()) {
    out.decision = Decision::kReject;
    out.message = *refusal;
    return out;
  }
  CommentDraft draft;
  draft.text = body;
  draft.author = std::to_string(author_id);
  draft.thread = std::to_string((*existing)->thread_id);
  draft.ip = ip;
  draft.time = clock_();
  draft.edit = true;
  StoreContext context(*this, (*existing)->article_id);
  const ModerationResult r = pipeline_.Check(draft, context);
  if (!context.error.ok()) return context.error;
  out.decision = r.decision;
  out.reasons = r.reasons;
  if (r.decision == Decision::kReject) {
    out.message = ReasonText(r.reasons.front());
    return out;
  }
  const CommentState state = r.decision == Decision::kPublish ? CommentState::kPublished : CommentState::kHeld;
  if (auto st = store_.EditComment(comment_id, author_id, body, state, r.reasons, r.spam, draft.time); !st.ok()) {
    if (st.code() == Status::Code::kRefused) {
      out.decision = Decision::kReject;
      out.message = "This comment can no longer be edited.";
      return out;
    }
    return st;
  }
  out.message = r.decision == Decision::kPublish ? "Your comment is updated." : ReasonText(r.reasons.front());
  return out;
}

}  // namespace bs::discuss
