// libFuzzer entry point for feed parsing: any bytes, under either content
// type family, must give a Feed or a Status, never a crash, leak or hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/time.h"
#include "feeds/feed.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The first byte picks the HTTP context so both charset paths are reached.
  static const bs::FeedContext kContexts[] = {
      {"https://fuzz.example/feed.xml", ""},
      {"https://fuzz.example/feed.xml", "application/rss+xml; charset=windows-1251"},
      {"", "text/html; charset=shift_jis"},
      {"https://fuzz.example/a/b/", "application/atom+xml"},
  };
  const auto& ctx = kContexts[size ? data[0] % 4 : 0];
  auto feed = bs::ParseFeed(bytes, ctx);
  if (feed.ok()) {
    for (const auto& e : feed->entries) {
      if (e.id.empty()) __builtin_trap();  // every entry gets an id
    }
  }
  // The date parser sees the same bytes, as feeds hand it arbitrary text.
  (void)bs::ParseDate(bytes.substr(0, 300));
  return 0;
}
