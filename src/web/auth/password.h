// Password hashing for operator accounts: libsodium's crypto_pwhash_str,
// i.e. argon2id with a random salt, encoded with its parameters so they can
// be raised later without invalidating stored hashes.
//
// Cost: OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE (2 passes, 64 MiB). The
// desk verifies passwords inside web requests on a small shared server; the
// MODERATE limits (256 MiB, ~0.7 s) would let a handful of concurrent login
// attempts exhaust memory. libsodium documents INTERACTIVE for online logins.
//
// Thread-safe. Each call allocates the memory limit for its duration.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace bs::web {

// Passwords shorter than this (in code points) are refused.
inline constexpr std::size_t kMinPasswordChars = 10;
// Longer inputs are refused before hashing: no passphrase needs more, and a
// bound keeps a hostile form from feeding megabytes to the hash.
inline constexpr std::size_t kMaxPasswordBytes = 1024;

// InvalidArgument when the password is too short, too long, not UTF-8 or
// contains a NUL.
Status CheckPasswordPolicy(std::string_view password);

// The encoded argon2id hash ("$argon2id$v=19$m=...").
Result<std::string> HashPassword(std::string_view password);

// Constant-time comparison inside libsodium. False for a malformed hash.
bool VerifyPassword(std::string_view password, const std::string& encoded_hash);

// Runs a verification against a fixed hash whose result is ignored, so a
// login for an unknown user costs as much time as one for a known user.
void BurnVerificationTime(std::string_view password);

// sodium_init(), once; Internal on failure. Every function here calls it.
Status EnsureSodium();

}  // namespace bs::web
