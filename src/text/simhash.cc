#include "text/simhash.h"

#include <array>
#include <bit>

#include "text/shingles.h"

namespace bs {

std::uint64_t SimHash(const std::vector<std::uint64_t>& features) {
  if (features.empty()) return 0;
  // Per-bit counts of ones; a bit of the result is set when more than half
  // of the features have it (the same as a signed +1/-1 tally being > 0).
  // Written as a fixed 64-wide loop of shifts and adds so it vectorises.
  std::array<std::uint32_t, 64> ones{};
  for (std::uint64_t f : features) {
    // Callers may pass raw hashes; mixing again makes every bit fair.
    const std::uint64_t h = Mix64(f);
    for (int bit = 0; bit < 64; ++bit) ones[bit] += static_cast<std::uint32_t>((h >> bit) & 1);
  }
  const std::uint64_t n = features.size();
  std::uint64_t out = 0;
  for (int bit = 0; bit < 64; ++bit)
    if (2 * static_cast<std::uint64_t>(ones[bit]) > n) out |= std::uint64_t{1} << bit;
  return out;
}

std::uint64_t SimHashTerms(const std::vector<std::string>& terms) {
  return SimHash(ShingleHashes(terms, 1));
}

int HammingDistance(std::uint64_t a, std::uint64_t b) { return std::popcount(a ^ b); }

double SimHashSimilarity(std::uint64_t a, std::uint64_t b) {
  return 1.0 - static_cast<double>(HammingDistance(a, b)) / 64.0;
}

}  // namespace bs
