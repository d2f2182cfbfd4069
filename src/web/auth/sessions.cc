#include "web/auth/sessions.h"

#include <sodium.h>

#include <array>

#include "web/auth/password.h"

namespace bs::web {
namespace {

constexpr std::size_t kTokenBytes = 32;

std::string Hex(const unsigned char* p, std::size_t n) {
  std::string out(n * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), p, n);
  out.pop_back();
  return out;
}

// Exactly `N` bytes from 2N hex digits, or nullopt.
template <std::size_t N>
std::optional<std::array<unsigned char, N>> Unhex(std::string_view hex) {
  if (hex.size() != N * 2) return std::nullopt;
  std::array<unsigned char, N> out{};
  std::size_t len = 0;
  if (sodium_hex2bin(out.data(), out.size(), hex.data(), hex.size(), nullptr, &len, nullptr) != 0 ||
      len != N)
    return std::nullopt;
  return out;
}

std::string RandomHex(std::size_t n) {
  std::array<unsigned char, 64> buf{};
  randombytes_buf(buf.data(), n);
  std::string s = Hex(buf.data(), n);
  sodium_memzero(buf.data(), buf.size());
  return s;
}

}  // namespace

std::string HashSessionToken(std::string_view token) {
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  return Hex(digest.data(), digest.size());
}

std::string RandomToken() { return EnsureSodium().ok() ? RandomHex(kTokenBytes) : std::string(); }

Result<NewSession> StartSession(Store& store, const Account& account, Timestamp now, Timestamp lifetime) {
  if (auto st = EnsureSodium(); !st.ok()) return st;
  NewSession s;
  s.token = RandomHex(kTokenBytes);
  s.record.token_hash = HashSessionToken(s.token);
  s.record.user_id = account.id;
  s.record.csrf_secret = RandomHex(crypto_auth_KEYBYTES);
  s.record.created_at = now;
  s.record.expires_at = now + lifetime;
  s.record.last_seen = now;
  // Opportunistic clean-up: sign-ins are rare, so this costs nothing and
  // keeps the table from growing with abandoned sessions.
  if (auto swept = store.DeleteExpiredSessions(now); !swept.ok()) return swept.status();
  if (auto st = store.CreateSession(s.record); !st.ok()) return st;
  return s;
}

Result<std::optional<SignedIn>> ResumeSession(Store& store, std::string_view token, Timestamp now,
                                              Timestamp idle_seconds) {
  if (auto st = EnsureSodium(); !st.ok()) return st;
  if (!Unhex<kTokenBytes>(token)) return std::optional<SignedIn>();
  const std::string key = HashSessionToken(token);
  auto found = store.GetSession(key);
  if (!found.ok()) return found.status();
  if (!found->has_value()) return std::optional<SignedIn>();
  SessionRecord session = std::move(**found);
  if (now >= session.expires_at || (idle_seconds > 0 && now - session.last_seen >= idle_seconds)) {
    if (auto st = store.DeleteSession(key); !st.ok()) return st;
    return std::optional<SignedIn>();
  }
  auto account = store.GetAccount(session.user_id);
  if (!account.ok()) return account.status();
  if (!account->has_value() || (*account)->disabled) return std::optional<SignedIn>();
  if (now - session.last_seen >= kSessionTouchSeconds) {
    if (auto st = store.TouchSession(key, now); !st.ok()) return st;
    session.last_seen = now;
  }
  return std::optional<SignedIn>(SignedIn{std::move(**account), std::move(session)});
}

Status EndSession(Store& store, std::string_view token) {
  if (auto st = EnsureSodium(); !st.ok()) return st;
  if (!Unhex<kTokenBytes>(token)) return Status::Ok();
  return store.DeleteSession(HashSessionToken(token));
}

std::string CsrfToken(const SessionRecord& session, std::string_view action) {
  if (!EnsureSodium().ok()) return "";
  auto key = Unhex<crypto_auth_KEYBYTES>(session.csrf_secret);
  if (!key) return "";  // a token that can never verify
  std::array<unsigned char, crypto_auth_BYTES> mac{};
  crypto_auth(mac.data(), reinterpret_cast<const unsigned char*>(action.data()), action.size(), key->data());
  sodium_memzero(key->data(), key->size());
  return Hex(mac.data(), mac.size());
}

bool CheckCsrfToken(const SessionRecord& session, std::string_view action, std::string_view token) {
  if (!EnsureSodium().ok()) return false;
  auto key = Unhex<crypto_auth_KEYBYTES>(session.csrf_secret);
  auto mac = Unhex<crypto_auth_BYTES>(token);
  if (!key || !mac) return false;
  const bool ok = crypto_auth_verify(mac->data(), reinterpret_cast<const unsigned char*>(action.data()),
                                     action.size(), key->data()) == 0;
  sodium_memzero(key->data(), key->size());
  return ok;
}

}  // namespace bs::web
