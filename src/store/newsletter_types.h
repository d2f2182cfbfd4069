// Plain records of the newsletter ("Briefings"): subscribers and their
// consent, issues drafted from stories, the send queue, bounces and the
// suppression list. The Store (store.h) keeps them; newsletter/ decides.
//
// Personal data is kept to what the feature needs: the address, the editions
// chosen, consent records (with a salted hash of the IP address, never the
// address itself) and delivery states. Tokens are stored only as digests.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model.h"

namespace bs {

// Bounds on what the newsletter calls accept.
inline constexpr std::size_t kMaxIssueItems = 40;        // a daily briefing is a screen or two
inline constexpr std::size_t kMaxIssueTextBytes = 16 * 1024;  // subject, intro, item fields
inline constexpr int kMaxDeliveryBatch = 1000;           // rows per ClaimDeliveries

enum class SubscriberState {
  kPending = 0,       // signed up, not yet confirmed: gets nothing but the confirmation mail
  kConfirmed = 1,     // receives its editions
  kUnsubscribed = 2,  // left; kept (with its consent history) until erased
};

struct Subscriber {
  Id id = 0;
  std::string email;  // normalised ASCII form (mail::ParseAddress); unique, case-insensitive
  SubscriberState state = SubscriberState::kPending;
  std::vector<std::string> editions;          // editions received (confirmed subscribers)
  std::vector<std::string> pending_editions;  // asked for at sign-up, applied on confirmation
  Timestamp created_at = 0;
  std::optional<Timestamp> confirmed_at;
  std::optional<Timestamp> unsubscribed_at;
  // The open confirmation link: digest of its single-use token and its end.
  std::string confirm_token_hash;  // "" = none open
  Timestamp confirm_expires_at = 0;
  Timestamp confirm_sent_at = 0;   // last confirmation mail, for per-address limits
  int soft_bounces = 0;
  bool failed = false;  // a permanent SMTP failure or hard bounce: never mailed again
};

// One consent event, kept for as long as the subscription and shown in the
// subscriber's export.
struct ConsentRecord {
  Id id = 0;
  Id subscriber_id = 0;
  Timestamp at = 0;
  std::string action;        // "signup", "confirm", "preferences", "unsubscribe"
  std::string text_version;  // version of the consent sentence shown
  std::string page;          // path the form was on, e.g. "/newsletter" or "/article/12"
  std::vector<std::string> editions;
  std::string ip_hash;       // salted hash of the client address; "" when unknown
};

enum class IssueState {
  kDraft = 0,      // editors may change it
  kScheduled = 1,  // will start sending at send_at; still editable
  kSending = 2,    // deliveries enqueued; frozen
  kSent = 3,       // every delivery settled; in the public archive
};

// One entry of an issue: a story (or a lone article) with what the mail shows.
struct IssueItem {
  Id story_id = 0;         // 0 = a lone article
  Id article_id = 0;       // the lead article shown
  std::string headline;
  std::string summary;     // a short summary from the lead
  std::string source_name; // "By <paper>"
  std::string region;      // region slug of the lead's source
  std::string path;        // site path it links to: "/story/12/..." or "/article/34/..."
  int other_sources = 0;   // "Also covered by N papers"
};

struct NewsletterIssue {
  Id id = 0;
  std::string edition;  // edition slug
  std::string date;     // "YYYY-MM-DD" in the site's time zone; unique per edition
  std::string subject;
  std::string intro;    // the editor's introduction, plain text; "" = none
  std::vector<IssueItem> items;
  IssueState state = IssueState::kDraft;
  Timestamp created_at = 0;
  Timestamp updated_at = 0;
  std::optional<Timestamp> send_at;  // scheduled start
  std::optional<Timestamp> sent_at;  // when the last delivery settled
  int recipients = 0;                // deliveries enqueued
};

// "draft", "scheduled", "sending", "sent": for logs, the desk and the CLI.
inline const char* IssueStateName(IssueState s) {
  switch (s) {
    case IssueState::kDraft: return "draft";
    case IssueState::kScheduled: return "scheduled";
    case IssueState::kSending: return "sending";
    case IssueState::kSent: return "sent";
  }
  return "unknown";
}

// One logged change to an issue (every editor edit, schedule and send).
struct IssueEdit {
  Id id = 0;
  Id issue_id = 0;
  Id editor_id = 0;     // 0 = the scheduler or the command line
  Timestamp at = 0;
  std::string action;   // "draft", "reorder", "remove", "add", "subject", "intro", "schedule", "send", "test"
  std::string detail;   // human-readable, bounded
};

enum class DeliveryState {
  kPending = 0,  // to be sent at next_attempt_at
  kSent = 1,     // handed to the SMTP server (recorded just before the end of data)
  kFailed = 2,   // permanent failure; the subscriber is marked failed
  kCancelled = 3 // the subscriber left or was erased before it was sent
};

// A delivery the sender is to make now.
struct DeliveryTask {
  Id issue_id = 0;
  Id subscriber_id = 0;
  std::string email;
  std::vector<std::string> editions;  // the subscriber's, for the preferences link
  int attempts = 0;
};

struct DeliveryProgress {
  int pending = 0;
  int sent = 0;
  int failed = 0;
  int cancelled = 0;
  std::optional<Timestamp> next_attempt_at;  // earliest pending retry
  int total() const { return pending + sent + failed + cancelled; }
};

// One delivery as the subscriber's export shows it.
struct DeliveryRecord {
  Id issue_id = 0;
  std::string edition;
  std::string date;
  DeliveryState state = DeliveryState::kPending;
  int attempts = 0;
  std::optional<Timestamp> sent_at;
  std::string last_error;
};

}  // namespace bs
