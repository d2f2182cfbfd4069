#include "text/simhash.h"

#include <array>
#include <bit>

#include "text/shingles.h"

namespace bs {

std::uint64_t SimHash(const std::vector<std::uint64_t>& features) {
  if (features.empty()) return 0;
  // Signed per-bit tallies; int64 cannot overflow for any bounded input.
  std::array<std::int64_t, 64> tally{};
  for (std::uint64_t f : features) {
    // Callers may pass raw hashes; mixing again makes every bit fair.
    std::uint64_t h = Mix64(f);
    for (int bit = 0; bit < 64; ++bit) tally[bit] += ((h >> bit) & 1) ? 1 : -1;
  }
  std::uint64_t out = 0;
  for (int bit = 0; bit < 64; ++bit)
    if (tally[bit] > 0) out |= std::uint64_t{1} << bit;
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
