// An issue as mail: rendered once from the mail_issue_html and
// mail_issue_text templates, then personalised per subscriber by
// substituting the two personal links, so a send of 100,000 copies renders
// the templates once, not 100,000 times.
//
// Immutable after Render(); For() is safe from any thread.
#pragma once

#include <string>

#include "core/status.h"
#include "core/templates.h"
#include "mail/message.h"
#include "newsletter/settings.h"
#include "newsletter/subscriptions.h"
#include "store/store.h"

namespace bs::newsletter {

// "7 December 2026" for "2026-12-07"; the input itself when malformed.
std::string DateLabel(const std::string& iso_date);

class IssueMail {
 public:
  static Result<IssueMail> Render(const NewsletterIssue& issue, const Edition& edition,
                                  const NewsletterSettings& settings, const TemplateSet& templates,
                                  const NewsletterLinks& links, const std::string& site_name);

  // The copy for one subscriber: its personal links in both parts and in
  // List-Unsubscribe (https and mailto) with List-Unsubscribe-Post (RFC 8058).
  mail::MailMessage For(const std::string& email, const std::string& unsubscribe_token,
                        const std::string& manage_token, const std::string& unsubscribe_mailbox) const;

  // Both parts with the personal links pointing nowhere, for previews.
  std::string PreviewHtml() const;
  std::string PreviewText() const;
  const std::string& subject() const { return subject_; }

 private:
  std::string subject_, html_, text_, list_id_;
  NewsletterLinks links_;
};

}  // namespace bs::newsletter
