#include "text/minhash.h"

#include <algorithm>
#include <array>
#include <limits>

namespace bs {
namespace {

struct Permutations {
  std::array<std::uint64_t, kMaxMinHashPermutations> a;
  std::array<std::uint64_t, kMaxMinHashPermutations> b;
};

// SplitMix64 step: the seed sequence is part of the stored format.
std::uint64_t NextSeed(std::uint64_t* state) {
  std::uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

const Permutations& Family() {
  static const Permutations family = [] {
    Permutations p{};
    std::uint64_t state = 0x42726f6164736874ull;  // fixed forever
    for (int i = 0; i < kMaxMinHashPermutations; ++i) {
      p.a[i] = NextSeed(&state) | 1;  // odd multiplier: a bijection mod 2^64
      p.b[i] = NextSeed(&state);
    }
    return p;
  }();
  return family;
}

constexpr std::uint32_t kEmptySlot = std::numeric_limits<std::uint32_t>::max();

bool IsEmptySet(const std::vector<std::uint32_t>& sig) {
  return std::all_of(sig.begin(), sig.end(), [](std::uint32_t v) { return v == kEmptySlot; });
}

}  // namespace

std::vector<std::uint32_t> MinHashSignature(const std::vector<std::uint64_t>& shingle_hashes,
                                            int num_perm) {
  const int n = std::clamp(num_perm, 1, kMaxMinHashPermutations);
  std::vector<std::uint32_t> sig(static_cast<std::size_t>(n), kEmptySlot);
  const Permutations& p = Family();
  // Shingle-outer, permutation-inner: the inner loop is a straight line over
  // arrays, which the compiler vectorises.
  for (std::uint64_t x : shingle_hashes) {
    for (int i = 0; i < n; ++i) {
      auto h = static_cast<std::uint32_t>((p.a[i] * x + p.b[i]) >> 32);
      sig[i] = std::min(sig[i], h);
    }
  }
  return sig;
}

double EstimateJaccard(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  std::size_t n = std::min(a.size(), b.size());
  if (n == 0 || IsEmptySet(a) || IsEmptySet(b)) return 0.0;
  std::size_t equal = 0;
  for (std::size_t i = 0; i < n; ++i) equal += a[i] == b[i] ? 1 : 0;
  return static_cast<double>(equal) / static_cast<double>(n);
}

}  // namespace bs
