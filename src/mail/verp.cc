#include "mail/verp.h"

#include "core/ascii.h"

namespace bs::mail {

std::string VerpReturnPath(std::string_view bounce_local, std::string_view bounce_domain, std::string_view recipient) {
  std::string r(recipient);
  const std::size_t at = r.rfind('@');
  if (at != std::string::npos) r[at] = '=';
  return std::string(bounce_local) + "+" + r + "@" + std::string(bounce_domain);
}

std::optional<std::string> VerpRecipient(std::string_view address, std::string_view bounce_local) {
  while (!address.empty() && (address.front() == '<' || address.front() == ' ')) address.remove_prefix(1);
  while (!address.empty() && (address.back() == '>' || address.back() == ' ')) address.remove_suffix(1);
  const std::size_t at = address.rfind('@');
  if (at == std::string_view::npos) return std::nullopt;
  std::string_view local = address.substr(0, at);
  const std::string prefix = AsciiLower(bounce_local) + "+";
  if (local.size() <= prefix.size() || AsciiLower(local.substr(0, prefix.size())) != prefix) return std::nullopt;
  std::string encoded(local.substr(prefix.size()));
  const std::size_t eq = encoded.rfind('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == encoded.size()) return std::nullopt;
  encoded[eq] = '@';
  return encoded;
}

}  // namespace bs::mail
