#include "web/auth/password.h"

#include <sodium.h>

#include "web/auth/utf8_check.h"

namespace bs::web {

Status EnsureSodium() {
  static const int rc = sodium_init();  // thread-safe static init; 1 = already done
  if (rc < 0) return Status::Internal("libsodium failed to initialise");
  return Status::Ok();
}

Status CheckPasswordPolicy(std::string_view password) {
  if (password.size() > kMaxPasswordBytes)
    return Status::InvalidArgument("password is longer than " + std::to_string(kMaxPasswordBytes) + " bytes");
  if (password.find('\0') != std::string_view::npos) return Status::InvalidArgument("password contains a NUL byte");
  if (!IsValidUtf8(password)) return Status::InvalidArgument("password is not valid UTF-8");
  if (CountCodePoints(password) < kMinPasswordChars)
    return Status::InvalidArgument("password must have at least " + std::to_string(kMinPasswordChars) +
                                   " characters");
  return Status::Ok();
}

Result<std::string> HashPassword(std::string_view password) {
  if (auto st = EnsureSodium(); !st.ok()) return st;
  if (auto st = CheckPasswordPolicy(password); !st.ok()) return st;
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    return Status::Internal("password hashing ran out of memory");
  return std::string(out);
}

bool VerifyPassword(std::string_view password, const std::string& encoded_hash) {
  if (!EnsureSodium().ok()) return false;
  if (password.size() > kMaxPasswordBytes) return false;
  if (encoded_hash.empty() || encoded_hash.size() >= crypto_pwhash_STRBYTES) return false;
  return crypto_pwhash_str_verify(encoded_hash.c_str(), password.data(), password.size()) == 0;
}

void BurnVerificationTime(std::string_view password) {
  // Hashed once with the same parameters as real accounts so the cost
  // matches; the password is random and never revealed.
  static const std::string kDecoy = [] {
    unsigned char random[24];
    if (!EnsureSodium().ok()) return std::string();
    randombytes_buf(random, sizeof random);
    char hex[sizeof random * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, random, sizeof random);
    auto h = HashPassword(hex);
    return h.ok() ? *h : std::string();
  }();
  (void)VerifyPassword(password, kDecoy);
}

}  // namespace bs::web
