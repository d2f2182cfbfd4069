// The product's one way to send a mail: compose (message.h), sign with DKIM
// when a key is configured (dkim.h), and hand it to the SMTP server
// (smtp_sender.h) with a VERP return path, so bounces name their recipient.
//
// A Mailer owns one SMTP connection, reused across messages. Send() is
// thread-safe (one mutex: transactional mail — confirmations, sign-in links —
// is rare); a bulk send makes a Mailer of its own so it neither waits for
// nor delays the web threads.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "core/status.h"
#include "mail/dkim.h"
#include "mail/message.h"
#include "mail/smtp_sender.h"

namespace bs::mail {

struct MailSettings {
  SmtpSettings smtp;            // smtp.url "" = mail is not configured
  std::string from_address;     // "briefings@news.example"
  std::string from_name;        // "Eastern Briefings"
  std::string reply_to;         // "" = none
  double messages_per_second = 10;  // throttle of bulk sends; <= 0 = unthrottled
  // Bounces come back to <bounce_local>+<recipient>@<bounce_domain> (VERP).
  std::string bounce_local = "bounces";
  std::string bounce_domain;    // "" = the From address's domain
  // DKIM signs when key_file is set.
  std::string dkim_domain, dkim_selector, dkim_key_file;

  // The domain bounces and the List-Unsubscribe mailto go to.
  std::string BounceDomain() const;
};

class Mailer {
 public:
  // Checks the From address and loads the DKIM key (when configured).
  static Result<std::unique_ptr<Mailer>> Create(const MailSettings& settings);

  bool configured() const { return !settings_.smtp.url.empty(); }
  const MailSettings& settings() const { return settings_; }

  // The message's bytes as they go on the wire: composed with the configured
  // From and Reply-To (those of `m` are replaced), then DKIM-signed.
  Result<std::string> Render(MailMessage m) const;
  // Sends bytes from Render() to `recipient`, the return path being its VERP
  // address. `before_end_of_data` as in SmtpSender::Send.
  SendResult Deliver(const std::string& recipient, std::string_view bytes,
                     const std::function<Status()>& before_end_of_data = {});
  // Render() then Deliver(); a composing error is a permanent failure.
  SendResult Send(const MailMessage& m);

  class Key {
    friend class Mailer;
    Key() = default;
  };
  Mailer(Key, MailSettings settings, std::unique_ptr<DkimSigner> dkim);

 private:
  const MailSettings settings_;
  const std::unique_ptr<DkimSigner> dkim_;  // null = unsigned
  std::mutex mu_;                           // guards sender_
  SmtpSender sender_;
};

}  // namespace bs::mail
