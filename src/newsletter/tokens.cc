#include "newsletter/tokens.h"

#include <sodium.h>

#include <array>
#include <charconv>

#include "core/ascii.h"

namespace bs::newsletter {
namespace {

constexpr std::size_t kKeyBytes = crypto_auth_KEYBYTES;
// 128 bits of MAC are ample for links that expire; shorter links wrap less
// in plain-text mail.
constexpr std::size_t kMacBytes = 16;
constexpr std::size_t kConfirmTokenBytes = 32;

std::string Hex(const unsigned char* p, std::size_t n) {
  std::string out(n * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), p, n);
  out.pop_back();
  return out;
}

std::optional<std::string> Unhex(std::string_view hex) {
  std::string out(hex.size() / 2, '\0');
  std::size_t len = 0;
  if (hex.size() % 2 != 0 ||
      sodium_hex2bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), hex.data(), hex.size(), nullptr,
                     &len, nullptr) != 0 ||
      len != out.size())
    return std::nullopt;
  return out;
}

std::string RandomBytes(std::size_t n) {
  std::string out(n, '\0');
  randombytes_buf(out.data(), n);
  return out;
}

// Keyed BLAKE2b-256 as hex.
std::string KeyedDigest(std::string_view key, std::string_view data) {
  std::array<unsigned char, crypto_generichash_BYTES> d{};
  crypto_generichash(d.data(), d.size(), reinterpret_cast<const unsigned char*>(data.data()), data.size(),
                     reinterpret_cast<const unsigned char*>(key.data()), key.size());
  return Hex(d.data(), d.size());
}

std::string MacHex(std::string_view key, std::string_view message) {
  std::array<unsigned char, crypto_auth_BYTES> mac{};
  crypto_auth(mac.data(), reinterpret_cast<const unsigned char*>(message.data()), message.size(),
              reinterpret_cast<const unsigned char*>(key.data()));
  return Hex(mac.data(), kMacBytes);
}

// Domain separation: a MAC made for another use of the key never verifies here.
std::string LinkMessage(char purpose, std::string_view id, std::string_view expiry) {
  std::string m = "broadsheet-newsletter-link|";
  m += purpose;
  m += '|';
  m += id;
  m += '|';
  m += expiry;
  return m;
}

template <typename T>
std::optional<T> ParseDecimal(std::string_view s) {
  T v{};
  if (s.empty() || s.size() > 19) return std::nullopt;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || v <= 0) return std::nullopt;
  return v;
}

Result<std::string> LoadSecret(Store& store, const std::string& name, std::size_t bytes) {
  auto stored = store.GetOrCreateSecret(name, Hex(reinterpret_cast<const unsigned char*>(RandomBytes(bytes).data()),
                                                  bytes));
  if (!stored.ok()) return stored.status();
  auto raw = Unhex(*stored);
  if (!raw || raw->size() != bytes) return Status::Internal("stored secret '" + name + "' is malformed");
  return std::move(*raw);
}

}  // namespace

Result<NewsletterKeys> NewsletterKeys::Load(Store& store) {
  if (sodium_init() < 0) return Status::Internal("libsodium failed to initialise");
  NewsletterKeys k;
  auto link = LoadSecret(store, "newsletter_link_key", kKeyBytes);
  if (!link.ok()) return link.status();
  auto ip = LoadSecret(store, "newsletter_ip_salt", 32);
  if (!ip.ok()) return ip.status();
  auto address = LoadSecret(store, "newsletter_address_salt", 32);
  if (!address.ok()) return address.status();
  k.link_key_ = std::move(*link);
  k.ip_salt_ = std::move(*ip);
  k.address_salt_ = std::move(*address);
  return k;
}

std::string NewsletterKeys::SignLink(LinkPurpose purpose, Id subscriber_id, Timestamp expires_at) const {
  const std::string id = std::to_string(subscriber_id), exp = std::to_string(expires_at);
  const char p = static_cast<char>(purpose);
  return id + "." + exp + "." + p + "." + MacHex(link_key_, LinkMessage(p, id, exp));
}

std::optional<Id> NewsletterKeys::VerifyLink(LinkPurpose purpose, std::string_view token, Timestamp now) const {
  // Bounded before any work: a real token is under 80 bytes.
  if (token.size() > 128) return std::nullopt;
  std::string_view parts[4];
  for (int i = 0; i < 3; ++i) {
    const std::size_t dot = token.find('.');
    if (dot == std::string_view::npos) return std::nullopt;
    parts[i] = token.substr(0, dot);
    token.remove_prefix(dot + 1);
  }
  parts[3] = token;
  auto id = ParseDecimal<Id>(parts[0]);
  auto exp = ParseDecimal<Timestamp>(parts[1]);
  if (!id || !exp || parts[2].size() != 1 || parts[2][0] != static_cast<char>(purpose)) return std::nullopt;
  const std::string expected = MacHex(link_key_, LinkMessage(parts[2][0], parts[0], parts[1]));
  if (parts[3].size() != expected.size() ||
      sodium_memcmp(parts[3].data(), expected.data(), expected.size()) != 0)
    return std::nullopt;
  if (now >= *exp) return std::nullopt;
  return id;
}

std::string NewsletterKeys::HashIp(std::string_view ip) const {
  return ip.empty() ? std::string() : KeyedDigest(ip_salt_, ip);
}

std::string NewsletterKeys::HashAddress(std::string_view email) const {
  return KeyedDigest(address_salt_, AsciiLower(email));
}

ConfirmationToken NewConfirmationToken() {
  const std::string raw = RandomBytes(kConfirmTokenBytes);
  ConfirmationToken t;
  t.token = Hex(reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
  t.digest = ConfirmationDigest(t.token);
  return t;
}

std::string ConfirmationDigest(std::string_view token) {
  if (token.size() != kConfirmTokenBytes * 2 || !Unhex(token)) return "";
  return KeyedDigest("broadsheet-newsletter-confirm", token);
}

}  // namespace bs::newsletter
