// What readers do with the newsletter: sign up (double opt-in), confirm,
// change editions, leave, export and erase their data. The web layer turns
// forms into these calls; every rule lives here.
//
// Privacy by construction:
//  * Signup() answers kAccepted whether the address is new, pending,
//    confirmed, failed or suppressed, so the form reveals nothing about who
//    subscribes; only a malformed address or a flood from one client gets
//    another answer.
//  * An unconfirmed address receives exactly one kind of mail, the
//    confirmation, at most `confirmations_per_address_per_day` a day.
//  * Consent records keep a salted hash of the client address, not the address.
//
// Thread-safe when the Store and Mailer are (Signup may run on many web threads).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/templates.h"
#include "mail/mailer.h"
#include "newsletter/settings.h"
#include "newsletter/tokens.h"
#include "store/store.h"

namespace bs::newsletter {

struct SignupRequest {
  std::string email;                  // as typed
  std::vector<std::string> editions;  // edition slugs ticked
  std::string page;                   // path of the page the form was on
  std::string client_ip;
};

enum class SignupOutcome {
  kAccepted,     // "check your inbox" (whatever the address's history)
  kInvalid,      // the address or the editions are unusable; message says why
  kRateLimited,  // too many sign-ups from this client
};

struct SignupResult {
  SignupOutcome outcome = SignupOutcome::kAccepted;
  std::string message;  // for the reader
};

// The site links mail points at, all absolute under base_url.
struct NewsletterLinks {
  std::string base_url;  // "https://news.example", no trailing slash
  std::string Confirm(const std::string& token) const;
  std::string Unsubscribe(const std::string& token) const;   // GET page and one-click POST
  std::string Preferences(const std::string& token) const;
  std::string Issue(const std::string& edition, const std::string& date) const;
};

class Subscriptions {
 public:
  // All references must outlive the object. `mail_templates` holds
  // mail_confirm_html and mail_confirm_text. `clock` defaults to NowUtc.
  Subscriptions(Store& store, const NewsletterSettings& settings, mail::Mailer& mailer,
                const NewsletterKeys& keys, const TemplateSet& mail_templates, NewsletterLinks links,
                std::string site_name, std::function<Timestamp()> clock = {});

  // Validates, rate-limits, records the consent and queues the confirmation
  // mail in the outbox (mail/outbox.h; a worker sends it). An error Status
  // only for a store failure; a mail that could not be queued is logged (the
  // reader may sign up again).
  Result<SignupResult> Signup(const SignupRequest& request);

  // The subscriber a confirmation token confirmed; nullopt when the token is
  // unknown, used or expired.
  Result<std::optional<Subscriber>> Confirm(const std::string& token, const std::string& client_ip,
                                            const std::string& page);

  // For the pages behind signed links: the subscriber a token names, or
  // nullopt (forged, expired, or the subscriber is gone).
  Result<std::optional<Subscriber>> FromLink(LinkPurpose purpose, const std::string& token);

  Status Unsubscribe(const Subscriber& s, const std::string& client_ip, const std::string& page);
  // Unknown edition slugs are refused (InvalidArgument); empty = leave.
  Status SetEditions(const Subscriber& s, const std::vector<std::string>& editions, const std::string& client_ip,
                     const std::string& page);
  // Everything kept about the subscriber, as a JSON document.
  Result<std::string> Export(const Subscriber& s);
  // Deletes it all, keeping only the salted hash that stops future mail.
  Status Erase(const Subscriber& s);

  const NewsletterSettings& settings() const { return settings_; }
  const NewsletterKeys& keys() const { return keys_; }
  const NewsletterLinks& links() const { return links_; }
  // The transactional mailer (confirmations, editors' test sends).
  mail::Mailer& mailer() const { return mailer_; }
  const std::string& site_name() const { return site_name_; }
  // A signed link pair for a subscriber's mail, valid for settings.link_days.
  std::string UnsubscribeToken(Id subscriber_id) const;
  std::string ManageToken(Id subscriber_id) const;

 private:
  bool KnownEdition(const std::string& slug) const;
  ConsentRecord Consent(const std::string& action, const std::vector<std::string>& editions,
                        const std::string& client_ip, const std::string& page) const;
  Status SendConfirmation(const Subscriber& s, const std::string& token);

  Store& store_;
  const NewsletterSettings& settings_;
  mail::Mailer& mailer_;
  const NewsletterKeys& keys_;
  const TemplateSet& templates_;
  const NewsletterLinks links_;
  const std::string site_name_;
  const std::function<Timestamp()> clock_;
};

}  // namespace bs::newsletter
