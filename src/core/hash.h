// Non-cryptographic content hashing, used to tell "changed" from "unchanged"
// (articles, raw pages, ETags). Stable across platforms and releases: values
// are persisted, so the algorithm must never change silently.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace bs {

// 64-bit FNV-1a.
constexpr std::uint64_t Fnv1a64(std::string_view data, std::uint64_t seed = 0xcbf29ce484222325ull) {
  std::uint64_t h = seed;
  for (unsigned char c : data) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

// Incremental form: feed fields one by one; a separator byte keeps
// ("ab","c") distinct from ("a","bc").
class ContentHasher {
 public:
  ContentHasher& Add(std::string_view field) {
    h_ = Fnv1a64(field, h_);
    h_ = Fnv1a64(std::string_view("\x1f", 1), h_);
    return *this;
  }
  std::uint64_t value() const { return h_; }
  std::string Hex() const;

 private:
  std::uint64_t h_ = 0xcbf29ce484222325ull;
};

std::string HexU64(std::uint64_t v);  // 16 lowercase hex digits

}  // namespace bs
