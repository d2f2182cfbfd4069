// Operator sessions and the CSRF tokens bound to them.
//
// A session token is 32 random bytes (randombytes_buf), sent to the browser
// as 64 hex digits in the bs_session cookie. The store keys the session by
// the BLAKE2b-256 digest of the token (crypto_generichash), so the database
// never holds a usable cookie. Each session also gets a random 32-byte CSRF
// secret; a form's token is crypto_auth (HMAC-SHA-512-256) of the form's
// action path under that secret, so a token works only for its own session
// and its own action, and dies with the session.
//
// Stateless functions over a Store; thread-safe when the Store is.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"
#include "core/time.h"
#include "store/store.h"

namespace bs::web {

// A working shift: operators sign in again the next day.
inline constexpr Timestamp kSessionLifetimeSeconds = 12 * 3600;
// An unattended signed-in browser stops working after this long.
inline constexpr Timestamp kSessionIdleSeconds = 2 * 3600;
// last_seen is written at most this often, so browsing the desk is not a
// database write per request.
inline constexpr Timestamp kSessionTouchSeconds = 60;

struct NewSession {
  std::string token;  // goes to the cookie; never stored
  SessionRecord record;
};

struct SignedIn {
  Account account;
  SessionRecord session;
};

// Readers stay signed in for a month on their own device; their sessions
// do not idle out.
inline constexpr Timestamp kReaderSessionLifetimeSeconds = 30 * 86400;

Result<NewSession> StartSession(Store& store, const Account& account, Timestamp now,
                                Timestamp lifetime = kSessionLifetimeSeconds);

// nullopt when the token is malformed or unknown, the session has expired or
// idled out (then it is deleted), or the account is missing or disabled.
// `idle_seconds` 0 = no idle limit (reader sessions).
Result<std::optional<SignedIn>> ResumeSession(Store& store, std::string_view token, Timestamp now,
                                              Timestamp idle_seconds = kSessionIdleSeconds);

// Deletes the session; a malformed or unknown token is not an error.
Status EndSession(Store& store, std::string_view token);

// 32 random bytes as 64 hex digits: session tokens and single-use links.
std::string RandomToken();

// Hex BLAKE2b-256 of the token: the store's key for it.
std::string HashSessionToken(std::string_view token);

// The form token for `action` (a path such as "/admin/pins") in `session`.
std::string CsrfToken(const SessionRecord& session, std::string_view action);
// Constant-time check of a submitted token; false for any malformed input.
bool CheckCsrfToken(const SessionRecord& session, std::string_view action, std::string_view token);

}  // namespace bs::web
