#include "text/minhash.h"

#include <algorithm>
#include <array>
#include <limits>

namespace bs {
namespace {

struct Permutations {
  std::array<std::uint32_t, kMaxMinHashPermutations> a;  // multiplier of the key's low half
  std::array<std::uint32_t, kMaxMinHashPermutations> b;  // multiplier of the key's high half
  std::array<std::uint64_t, kMaxMinHashPermutations> c;  // offset
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
      std::uint64_t r = NextSeed(&state);
      p.a[i] = static_cast<std::uint32_t>(r);
      p.b[i] = static_cast<std::uint32_t>(r >> 32);
      p.c[i] = NextSeed(&state);
    }
    return p;
  }();
  return family;
}

constexpr std::uint32_t kEmptySlot = std::numeric_limits<std::uint32_t>::max();

bool IsEmptySet(const std::vector<std::uint32_t>& sig) {
  return std::all_of(sig.begin(), sig.end(), [](std::uint32_t v) { return v == kEmptySlot; });
}

// Shingle-outer, permutation-inner: the inner loop is a straight line of
// 32x32->64-bit multiplies over arrays, which the compiler vectorises. The
// build targets baseline x86-64 (SSE2, two products per instruction); an AVX2
// clone, chosen at load time on CPUs that have it, does four and is about
// twice as fast. Both give identical results.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default")))
#endif
void Accumulate(const std::uint64_t* keys, std::size_t count, int n, std::uint32_t* sig) {
  const Permutations& p = Family();
  for (std::size_t k = 0; k < count; ++k) {
    const std::uint64_t x = keys[k];
    const std::uint64_t lo = x & 0xffffffffu;
    const std::uint64_t hi = x >> 32;
    for (int i = 0; i < n; ++i) {
      auto h = static_cast<std::uint32_t>((p.a[i] * lo + p.b[i] * hi + p.c[i]) >> 32);
      sig[i] = std::min(sig[i], h);
    }
  }
}

}  // namespace

std::vector<std::uint32_t> MinHashSignature(const std::vector<std::uint64_t>& shingle_hashes,
                                            int num_perm) {
  const int n = std::clamp(num_perm, 1, kMaxMinHashPermutations);
  std::vector<std::uint32_t> sig(static_cast<std::size_t>(n), kEmptySlot);
  Accumulate(shingle_hashes.data(), shingle_hashes.size(), n, sig.data());
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
