// The outbox of transactional mail: confirmations, sign-in links and
// notifications, stored as rendered bytes by the request that causes them
// and sent by a worker (mail/outbox.h). The Store keeps them.
#pragma once

#include <string>

#include "core/model.h"

namespace bs {

inline constexpr int kMaxOutboxBatch = 100;                 // rows per ClaimOutbox
inline constexpr std::size_t kMaxOutboxMessageBytes = 1 << 20;  // a transactional mail is small

enum class OutboxState {
  kPending = 0,  // to be sent at next_attempt_at
  kSent = 1,     // handed to the SMTP server (recorded just before the end of data)
  kFailed = 2,   // refused for good, or out of attempts
};

struct OutboxMail {
  Id id = 0;
  std::string kind;       // "confirm", "signin", "notify": for logs and the desk
  std::string recipient;  // envelope recipient (ASCII form)
  std::string message;    // wire bytes, CRLF line ends, signed when DKIM is on
  int attempts = 0;       // tries made before this one
};

}  // namespace bs
