#include "web/comment_notify.h"

#include "core/time.h"
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

}  // namespace bs::web
