// Delivery status notifications (RFC 3464): the bounce reports that come
// back to the VERP return path, parsed with GMime.
//
// Never trusts the bytes: a message that is not a DSN is a ParseError, and
// every size is bounded. Pure function; safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace bs::mail {

inline constexpr std::size_t kMaxDsnBytes = 10u << 20;
inline constexpr std::size_t kMaxDsnRecipients = 1000;

struct BounceReport {
  std::string recipient;   // Final- (else Original-) Recipient, or the VERP address's recipient
  std::string action;      // failed, delayed, delivered, relayed, expanded (lowercase)
  std::string status;      // "5.1.1"
  std::string diagnostic;  // Diagnostic-Code, bounded
  bool hard = false;       // failed with a 5.x.x status
};

// Every per-recipient report of a multipart/report; report-type=delivery-status.
Result<std::vector<BounceReport>> ParseDsn(std::string_view message, std::string_view bounce_local = "bounces");

}  // namespace bs::mail
