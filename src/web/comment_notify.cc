#include "web/comment_notify.h"

#include "core/time.h"
#include "core/utf8.h"
#include "mail/outbox.h"

namespace bs::web {

Status NotifyReply(Store& store, const SiteSettings& settings, const Comment& reply) {
  if (!settings.mailer || reply.parent_id == 0 || reply.state != CommentState::kPublished) return Status::Ok();
  auto parent = store.GetComment(reply.parent_id);
  if (!parent.ok()) return parent.status();
  if (!*parent || (*parent)->author_id == reply.author_id) return Status::Ok();
  auto profile = store.GetReaderProfile((*parent)->author_id);
  if (!profile.ok()) return profile.status();
  if (!*profile || !(*profile)->notify_replies || (*profile)->deleted) return Status::Ok();
  auto account = store.GetAccount((*parent)->author_id);
  if (!account.ok()) return account.status();
  if (!*account || (*account)->email.empty()) return Status::Ok();
  std::string base = settings.base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  const std::string link = base + "/article/" + std::to_string(reply.article_id) + "#c" + std::to_string(reply.id);
  mail::MailMessage m;
  m.to_address = (*account)->email;
  m.subject = (reply.author_name.empty() ? std::string("Someone") : reply.author_name) + " replied to your comment";
  m.text = (reply.author_name.empty() ? std::string("Someone") : reply.author_name) + " replied to your comment on " +
           settings.name + ":\n\n" + reply.body.substr(0, 2000) + "\n\nRead the conversation: " + link +
           "\n\nYou get this mail because you asked for reply mail; turn it off at " + base + "/account\n";
  m.date = NowUtc();
  return mail::EnqueueMail(store, *settings.mailer, m, "notify", NowUtc());
}

namespace {

constexpr int kDigestBatch = 100;    // moderators per pass
constexpr int kDigestListed = 10;    // comments named in one digest
constexpr int kQueueCounted = 100;   // "100 or more" past this

std::string Counted(std::size_t n) {
  return n >= static_cast<std::size_t>(kQueueCounted) ? std::to_string(kQueueCounted) + " or more" : std::to_string(n);
}

}  // namespace

Result<int> QueueModeratorDigests(Store& store, const SiteSettings& settings, Timestamp now) {
  if (!settings.mailer || !settings.comments) return 0;
  const Timestamp interval = static_cast<Timestamp>(settings.comments->settings().digest_hours) * 3600;
  const Timestamp due_before = now - interval;
  auto due = store.ListDueModeratorDigests(due_before, kDigestBatch);
  if (!due.ok()) return due.status();
  std::string base = settings.base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  int queued = 0;
  for (const ModeratorDigest& d : *due) {
    auto scope = store.GetModeratorSources(d.user_id);
    if (!scope.ok()) return scope.status();
    auto held = store.ListModerationQueue("held", *scope, kQueueCounted);
    if (!held.ok()) return held.status();
    auto reported = store.ListModerationQueue("reported", *scope, kQueueCounted);
    if (!reported.ok()) return reported.status();
    // Nothing waits: no mail, and the digest stays due, so the first
    // comment to arrive is told about at the next pass.
    if (held->empty() && reported->empty()) continue;
    auto claimed = store.ClaimModeratorDigest(d.user_id, due_before, now);
    if (!claimed.ok()) return claimed.status();
    if (!*claimed) continue;  // another node took it
    std::string text = "Waiting in your moderation queue on " + settings.name + ":\n\n  held for review: " +
                       Counted(held->size()) + "\n  reported by readers: " + Counted(reported->size()) + "\n\n";
    int listed = 0;
    for (const auto* queue : {&*reported, &*held}) {
      for (const Comment& c : *queue) {
        if (listed++ == kDigestListed) break;
        text += "- " + (c.author_name.empty() ? std::string("[deleted]") : c.author_name) + ": " +
                std::string(TruncateUtf8(c.body, 140)) + "\n";
      }
    }
    text += "\nModerate them at " + base + "/admin/moderate\n\nYou get this digest because you asked for it on the "
            "moderation desk; turn it off there.\n";
    mail::MailMessage m;
    m.to_address = d.email;
    const std::size_t total = held->size() + reported->size();
    m.subject = (total == 1 ? std::string("A comment waits") : Counted(total) + " comments wait") +
                " for moderation on " + settings.name;
    m.text = std::move(text);
    m.date = now;
    if (auto st = mail::EnqueueMail(store, *settings.mailer, m, "digest", now); !st.ok()) return st;
    ++queued;
  }
  return queued;
}

}  // namespace bs::web
