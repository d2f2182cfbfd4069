#include "core/hash.h"

namespace bs {

std::string HexU64(std::uint64_t v) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[i] = kDigits[v & 0xf];
    v >>= 4;
  }
  return out;
}

std::string ContentHasher::Hex() const { return HexU64(h_); }

}  // namespace bs
