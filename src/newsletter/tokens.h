// The newsletter's tokens and one-way hashes.
//
// Links in mail (unsubscribe, preferences, export, erase) carry a signed,
// expiring token instead of a session: they must work without a cookie or a
// form token (RFC 8058 one-click), from any mail client. A token names the
// subscriber, the purpose and the expiry, MACed with HMAC-SHA-512-256
// (crypto_auth) under a key kept in the store, so every process and node
// verifies alike and nothing needs a lookup to reject a forgery.
//
// Confirmation links are different: single use, so the token is random and
// only its digest is stored (the store clears it on use).
//
// Immutable after construction; safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model.h"
#include "core/status.h"
#include "store/store.h"

namespace bs::newsletter {

enum class LinkPurpose : char {
  kUnsubscribe = 'u',  // one click leaves every edition
  kManage = 'm',       // preferences, export and erase
};

class NewsletterKeys {
 public:
  // Reads (creating on first use) the keys from the store's secrets.
  static Result<NewsletterKeys> Load(Store& store);

  // "<id>.<expiry>.<purpose>.<mac>", URL-safe.
  std::string SignLink(LinkPurpose purpose, Id subscriber_id, Timestamp expires_at) const;
  // The subscriber a token names, when it is well-formed, its MAC verifies
  // for `purpose` and it has not expired at `now`; nullopt otherwise.
  std::optional<Id> VerifyLink(LinkPurpose purpose, std::string_view token, Timestamp now) const;

  // Salted hashes: of a client address for consent records, and of a
  // normalised mail address for the suppression list.
  std::string HashIp(std::string_view ip) const;
  std::string HashAddress(std::string_view email) const;

 private:
  std::string link_key_;  // raw key bytes
  std::string ip_salt_;
  std::string address_salt_;
};

// A fresh single-use token (64 hex digits) and the digest the store keeps.
struct ConfirmationToken {
  std::string token;
  std::string digest;
};
ConfirmationToken NewConfirmationToken();
// Digest of a presented token; "" for anything that is not 64 hex digits.
std::string ConfirmationDigest(std::string_view token);

}  // namespace bs::newsletter
