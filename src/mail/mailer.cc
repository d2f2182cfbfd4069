#include "mail/mailer.h"

#include "mail/address.h"
#include "mail/verp.h"

namespace bs::mail {

std::string MailSettings::BounceDomain() const {
  if (!bounce_domain.empty()) return bounce_domain;
  const std::size_t at = from_address.rfind('@');
  return at == std::string::npos ? std::string() : from_address.substr(at + 1);
}

Result<std::unique_ptr<Mailer>> Mailer::Create(const MailSettings& settings) {
  MailSettings s = settings;
  if (!s.smtp.url.empty()) {
    auto from = ParseAddress(s.from_address);
    if (!from.ok()) return Status::InvalidArgument("[mail] from: " + from.status().message());
    s.from_address = from->ascii();
    if (!s.reply_to.empty()) {
      auto reply = ParseAddress(s.reply_to);
      if (!reply.ok()) return Status::InvalidArgument("[mail] reply_to: " + reply.status().message());
      s.reply_to = reply->ascii();
    }
  }
  std::unique_ptr<DkimSigner> dkim;
  if (!s.dkim_key_file.empty()) {
    if (s.dkim_selector.empty()) return Status::InvalidArgument("[mail] dkim_selector is required with dkim_key_file");
    auto key = LoadDkimKey(s.dkim_domain.empty() ? s.BounceDomain() : s.dkim_domain, s.dkim_selector,
                           s.dkim_key_file);
    if (!key.ok()) return key.status();
    auto signer = DkimSigner::Create(std::move(key).value());
    if (!signer.ok()) return signer.status();
    dkim = std::move(signer).value();
  }
  return std::make_unique<Mailer>(Key(), std::move(s), std::move(dkim));
}

Mailer::Mailer(Key, MailSettings settings, std::unique_ptr<DkimSigner> dkim)
    : settings_(std::move(settings)), dkim_(std::move(dkim)), sender_(settings_.smtp) {}

Result<std::string> Mailer::Render(MailMessage m) const {
  m.from_address = settings_.from_address;
  m.from_name = settings_.from_name;
  m.reply_to = settings_.reply_to;
  auto bytes = ComposeMessage(m);
  if (!bytes.ok() || !dkim_) return bytes;
  return dkim_->Sign(*bytes);
}

SendResult Mailer::Deliver(const std::string& recipient, std::string_view bytes,
                           const std::function<Status()>& before_end_of_data) {
  if (!configured()) return SendResult{SendOutcome::kPermanent, 0, "mail is not configured ([mail] smtp_url)"};
  Envelope env;
  env.mail_from = VerpReturnPath(settings_.bounce_local, settings_.BounceDomain(), recipient);
  env.rcpt_to = recipient;
  std::lock_guard lock(mu_);
  return sender_.Send(env, bytes, before_end_of_data);
}

SendResult Mailer::Send(const MailMessage& m) {
  auto bytes = Render(m);
  if (!bytes.ok()) return SendResult{SendOutcome::kPermanent, 0, bytes.status().message()};
  return Deliver(m.to_address, *bytes);
}

}  // namespace bs::mail
