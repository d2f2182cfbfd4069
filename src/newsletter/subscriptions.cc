#include "newsletter/subscriptions.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>

#include "mail/address.h"
#include "mail/outbox.h"

namespace bs::newsletter {
namespace {

namespace mu = kainjow::mustache;

constexpr Timestamp kHour = 3600;
constexpr Timestamp kDay = 24 * kHour;
// More editions than a configuration lists cannot be ticked; more than this
// in a form is a forged request.
constexpr std::size_t kMaxEditionsInForm = 64;

std::string Encode(const std::string& token) {
  // Tokens are [0-9a-z.] only; nothing to escape in a query string.
  return token;
}

const char* StateName(SubscriberState s) {
  switch (s) {
    case SubscriberState::kPending: return "pending";
    case SubscriberState::kConfirmed: return "confirmed";
    case SubscriberState::kUnsubscribed: return "unsubscribed";
  }
  return "unknown";
}

const char* DeliveryStateName(DeliveryState s) {
  switch (s) {
    case DeliveryState::kPending: return "pending";
    case DeliveryState::kSent: return "sent";
    case DeliveryState::kFailed: return "failed";
    case DeliveryState::kCancelled: return "cancelled";
  }
  return "unknown";
}

nlohmann::json OptionalTime(const std::optional<Timestamp>& t) {
  return t ? nlohmann::json(FormatIso8601Utc(*t)) : nlohmann::json(nullptr);
}

}  // namespace

std::string NewsletterLinks::Confirm(const std::string& token) const {
  return base_url + "/newsletter/confirm?t=" + Encode(token);
}
std::string NewsletterLinks::Unsubscribe(const std::string& token) const {
  return base_url + "/newsletter/unsubscribe?t=" + Encode(token);
}
std::string NewsletterLinks::Preferences(const std::string& token) const {
  return base_url + "/newsletter/preferences?t=" + Encode(token);
}
std::string NewsletterLinks::Issue(const std::string& edition, const std::string& date) const {
  return base_url + "/newsletter/" + edition + "/" + date;
}

Subscriptions::Subscriptions(Store& store, const NewsletterSettings& settings, mail::Mailer& mailer,
                             const NewsletterKeys& keys, const TemplateSet& mail_templates, NewsletterLinks links,
                             std::string site_name, std::function<Timestamp()> clock)
    : store_(store),
      settings_(settings),
      mailer_(mailer),
      keys_(keys),
      templates_(mail_templates),
      links_(std::move(links)),
      site_name_(std::move(site_name)),
      clock_(clock ? std::move(clock) : std::function<Timestamp()>([] { return NowUtc(); })) {}

bool Subscriptions::KnownEdition(const std::string& slug) const {
  return std::any_of(settings_.editions.begin(), settings_.editions.end(),
                     [&](const Edition& e) { return e.slug == slug; });
}

ConsentRecord Subscriptions::Consent(const std::string& action, const std::vector<std::string>& editions,
                                     const std::string& client_ip, const std::string& page) const {
  ConsentRecord c;
  c.at = clock_();
  c.action = action;
  c.text_version = settings_.consent_version;
  c.page = page.substr(0, 200);
  c.editions = editions;
  c.ip_hash = keys_.HashIp(client_ip);
  return c;
}

std::string Subscriptions::UnsubscribeToken(Id subscriber_id) const {
  return keys_.SignLink(LinkPurpose::kUnsubscribe, subscriber_id, clock_() + settings_.link_days * kDay);
}

std::string Subscriptions::ManageToken(Id subscriber_id) const {
  return keys_.SignLink(LinkPurpose::kManage, subscriber_id, clock_() + settings_.link_days * kDay);
}

Result<SignupResult> Subscriptions::Signup(const SignupRequest& request) {
  auto invalid = [](std::string m) { return SignupResult{SignupOutcome::kInvalid, std::move(m)}; };
  if (request.editions.empty()) return invalid("Choose at least one newsletter.");
  if (request.editions.size() > kMaxEditionsInForm) return invalid("Too many newsletters chosen.");
  std::vector<std::string> editions;
  for (const auto& e : request.editions) {
    if (!KnownEdition(e)) return invalid("There is no such newsletter.");
    if (std::find(editions.begin(), editions.end(), e) == editions.end()) editions.push_back(e);
  }
  auto address = mail::ParseAddress(request.email);
  if (!address.ok()) return invalid(address.status().message());
  const std::string email = address->ascii();
  const Timestamp now = clock_();

  // Per client first: a flood is refused before it costs a lookup.
  auto ip_ok = store_.TakeRateLimit("signup-ip:" + keys_.HashIp(request.client_ip), now, kHour,
                                    settings_.signups_per_ip_per_hour);
  if (!ip_ok.ok()) return ip_ok.status();
  if (!*ip_ok) return SignupResult{SignupOutcome::kRateLimited, "Too many sign-ups from your network. Try again later."};

  const SignupResult accepted{SignupOutcome::kAccepted, ""};
  const std::string address_hash = keys_.HashAddress(email);
  auto suppressed = store_.IsSuppressed(address_hash);
  if (!suppressed.ok()) return suppressed.status();
  if (*suppressed) return accepted;  // never mailed again; the answer must not say so
  auto existing = store_.FindSubscriber(email);
  if (!existing.ok()) return existing.status();
  if (*existing && (*existing)->failed) return accepted;
  // Per address: nobody can make the form mail a stranger over and over.
  auto address_ok = store_.TakeRateLimit("signup-address:" + address_hash, now, kDay,
                                         settings_.confirmations_per_address_per_day);
  if (!address_ok.ok()) return address_ok.status();
  if (!*address_ok) return accepted;

  const ConfirmationToken token = NewConfirmationToken();
  Subscriber s;
  s.email = email;
  s.pending_editions = editions;
  s.created_at = now;
  s.confirm_token_hash = token.digest;
  s.confirm_expires_at = now + settings_.confirm_hours * kHour;
  s.confirm_sent_at = now;
  if (auto st = store_.SaveSignup(s, Consent("signup", editions, request.client_ip, request.page)); !st.ok())
    return st;
  if (auto st = SendConfirmation(s, token.token); !st.ok())
    spdlog::error("newsletter: confirmation mail to subscriber {} not queued: {}", s.id, st.ToString());
  return accepted;
}

Status Subscriptions::SendConfirmation(const Subscriber& s, const std::string& token) {
  mu::data d;
  d.set("site_name", site_name_);
  d.set("newsletter_name", settings_.name);
  d.set("confirm_url", links_.Confirm(token));
  d.set("hours", std::to_string(settings_.confirm_hours));
  mu::data names(mu::data::type::list);
  for (const auto& e : settings_.editions)
    if (std::find(s.pending_editions.begin(), s.pending_editions.end(), e.slug) != s.pending_editions.end())
      names.push_back(mu::data("name", e.name));
  d.set("editions", names);
  auto html = templates_.Render("mail_confirm_html", d);
  if (!html.ok()) return html.status();
  auto text = templates_.Render("mail_confirm_text", d);
  if (!text.ok()) return text.status();
  mail::MailMessage m;
  m.to_address = s.email;
  m.subject = "Confirm your subscription to " + settings_.name;
  m.html = std::move(html).value();
  m.text = std::move(text).value();
  m.date = clock_();
  // Queued, not sent: the request must not wait on SMTP, nor take longer
  // for a new address than for a known one (mail/outbox.h).
  return mail::EnqueueMail(store_, mailer_, m, "confirm", clock_());
}

Result<std::optional<Subscriber>> Subscriptions::Confirm(const std::string& token, const std::string& client_ip,
                                                         const std::string& page) {
  const std::string digest = ConfirmationDigest(token);
  if (digest.empty()) return std::optional<Subscriber>();
  // The editions confirmed are the pending ones; the store fills them in.
  return store_.ConfirmSubscriber(digest, clock_(), Consent("confirm", {}, client_ip, page));
}

Result<std::optional<Subscriber>> Subscriptions::FromLink(LinkPurpose purpose, const std::string& token) {
  auto id = keys_.VerifyLink(purpose, token, clock_());
  if (!id) return std::optional<Subscriber>();
  return store_.GetSubscriber(*id);
}

Status Subscriptions::Unsubscribe(const Subscriber& s, const std::string& client_ip, const std::string& page) {
  return store_.UnsubscribeSubscriber(s.id, clock_(), Consent("unsubscribe", {}, client_ip, page));
}

Status Subscriptions::SetEditions(const Subscriber& s, const std::vector<std::string>& editions,
                                  const std::string& client_ip, const std::string& page) {
  if (editions.size() > kMaxEditionsInForm) return Status::InvalidArgument("too many editions");
  std::vector<std::string> chosen;
  for (const auto& e : editions) {
    if (!KnownEdition(e)) return Status::InvalidArgument("There is no such newsletter.");
    if (std::find(chosen.begin(), chosen.end(), e) == chosen.end()) chosen.push_back(e);
  }
  if (chosen.empty()) return Unsubscribe(s, client_ip, page);
  return store_.SetSubscriberEditions(s.id, chosen, Consent("preferences", chosen, client_ip, page));
}

Result<std::string> Subscriptions::Export(const Subscriber& s) {
  auto consents = store_.ListConsents(s.id);
  if (!consents.ok()) return consents.status();
  auto deliveries = store_.ListSubscriberDeliveries(s.id);
  if (!deliveries.ok()) return deliveries.status();
  nlohmann::json j;
  j["email"] = s.email;
  j["state"] = StateName(s.state);
  j["editions"] = s.editions;
  j["pending_editions"] = s.pending_editions;
  j["created_at"] = FormatIso8601Utc(s.created_at);
  j["confirmed_at"] = OptionalTime(s.confirmed_at);
  j["unsubscribed_at"] = OptionalTime(s.unsubscribed_at);
  j["soft_bounces"] = s.soft_bounces;
  j["failed"] = s.failed;
  nlohmann::json cs = nlohmann::json::array();
  for (const auto& c : *consents) {
    cs.push_back({{"at", FormatIso8601Utc(c.at)},
                  {"action", c.action},
                  {"consent_text_version", c.text_version},
                  {"page", c.page},
                  {"editions", c.editions},
                  {"ip_hash", c.ip_hash}});
  }
  j["consents"] = std::move(cs);
  nlohmann::json ds = nlohmann::json::array();
  for (const auto& d : *deliveries) {
    ds.push_back({{"edition", d.edition},
                  {"date", d.date},
                  {"state", DeliveryStateName(d.state)},
                  {"attempts", d.attempts},
                  {"sent_at", OptionalTime(d.sent_at)},
                  {"last_error", d.last_error}});
  }
  j["deliveries"] = std::move(ds);
  j["consent_text"] = settings_.consent_text;
  j["consent_text_version"] = settings_.consent_version;
  // dump() throws on invalid UTF-8; "replace" keeps the export whole instead.
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

Status Subscriptions::Erase(const Subscriber& s) {
  return store_.EraseSubscriber(s.id, keys_.HashAddress(s.email), clock_());
}

}  // namespace bs::newsletter
