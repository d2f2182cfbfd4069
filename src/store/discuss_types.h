// Plain records of reader discussion: reader accounts' extra fields, their
// single-use links, comments, likes, reports, the moderation log and bans.
// The Store keeps them; discuss/ and web/ decide.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model.h"

namespace bs {

inline constexpr int kMaxThreadPage = 200;         // comments per ListThread call
inline constexpr std::size_t kMaxCommentBytes = 100'000;  // the store's own bound; the pipeline's is lower

// A reader's profile beyond the Account row (all of it is personal data:
// the export shows it, deletion removes it).
struct ReaderProfile {
  Id user_id = 0;
  std::string display_name;  // shown with every comment; unique by display_key
  std::string display_key;   // folded form: case, width, accents and lookalikes removed
  bool email_confirmed = false;
  bool notify_replies = false;
  Timestamp banned_until = 0;  // 0 = not banned; kBannedForever = permanently
  bool deleted = false;
};
inline constexpr Timestamp kBannedForever = -1;

// A single-use link mailed to a reader (confirm the address, sign in).
struct AccountToken {
  std::string digest;   // hex BLAKE2b of the token; the token itself is never stored
  Id user_id = 0;
  std::string purpose;  // "confirm" or "signin"
  Timestamp expires_at = 0;
};

enum class CommentState {
  kPublished = 0,
  kHeld = 1,      // waiting for a moderator (pipeline hold or pre-moderation)
  kRejected = 2,  // refused by a moderator
  kDeleted = 3,   // by its author or with their account: shown as "[deleted]"
  kHidden = 4,    // enough reports from readers in good standing; waits for a moderator
};
const char* CommentStateName(CommentState s);  // "published", "held", ...

struct Comment {
  Id id = 0;
  Id thread_id = 0;   // the canonical article of the copy group when posted (see ListThread)
  Id article_id = 0;  // the page it was posted on
  Id parent_id = 0;   // 0 = top level
  int depth = 0;      // 0..2: replies go three deep
  Id author_id = 0;
  std::string author_name;  // filled by reads; "" for a deleted account
  std::string body;         // plain text as written
  CommentState state = CommentState::kPublished;
  std::vector<std::string> reasons;  // the pipeline's or the moderator's
  double spam = 0;
  bool featured = false;
  int likes = 0;
  int reports = 0;
  std::string network;  // the poster's /24 or /48 (moderation.h NetworkOf), for rate limits
  Timestamp created_at = 0;
  std::optional<Timestamp> edited_at;
};

enum class ThreadSort { kOldest, kNewest, kMostLiked };

struct CommentReport {
  Id comment_id = 0;
  Id user_id = 0;
  std::string reporter_name;
  std::string reason;  // "abusive", "spam", "off_topic", "personal", "other"
  std::string note;    // with "other": a short note
  Timestamp created_at = 0;
};

// One entry of the moderation audit log.
struct ModerationAction {
  Id id = 0;
  Id moderator_id = 0;  // 0 = the pipeline or the report threshold
  Id comment_id = 0;    // 0 for actions on an account or a domain
  Id user_id = 0;       // the account acted on, if any
  std::string action;   // "approve", "reject", "feature", "unfeature", "ban", "unban", "ban_domain", "hide", "close", "open"
  std::string detail;
  Timestamp at = 0;
};

// A moderator's opt-in digest of what waits in their queue.
struct ModeratorDigest {
  Id user_id = 0;
  std::string email;
  Timestamp last_sent_at = 0;
};

}  // namespace bs
