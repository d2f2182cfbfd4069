// libFuzzer entry point for the mail parsers that meet outside bytes: DSN
// bounce messages (`broadsheet mail bounces`), addresses typed into the
// sign-up form, and VERP return paths. Any bytes must give a value or a
// Status, never a crash, leak or hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "mail/address.h"
#include "mail/dsn.h"
#include "mail/verp.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto reports = bs::mail::ParseDsn(bytes);
  if (reports.ok()) {
    for (const auto& r : *reports)
      if (r.recipient.empty()) __builtin_trap();  // a report always names its recipient
  }
  auto address = bs::mail::ParseAddress(bytes.substr(0, 400));
  if (address.ok() && address->ascii().size() > bs::mail::kMaxAddressBytes) __builtin_trap();
  (void)bs::mail::VerpRecipient(bytes.substr(0, 400), "bounces");
  return 0;
}
