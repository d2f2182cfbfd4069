// Shingling: turning a term sequence into a set of stable 64-bit hashes of
// its k-word windows, the input of SimHash, MinHash and exact Jaccard.
//
// Hashes are persisted (near-duplicate signatures are stored), so the
// functions here must never change their output silently.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bs {

// Wider shingles than this carry no extra information for news text and
// would only make near-duplicates look unrelated after small edits.
inline constexpr int kMaxShingleWidth = 16;

// SplitMix64's finaliser: a bijection on 64-bit values with full avalanche.
// FNV-1a alone leaves its high bits weakly mixed for short inputs, and
// SimHash and MinHash read individual bits, so every hash here goes through
// this.
constexpr std::uint64_t Mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

// Stable hash of one term: Mix64(Fnv1a64(term)).
std::uint64_t TermHash(std::string_view term);

// Hashes of every window of `k` consecutive terms, in order (duplicates kept,
// so a caller can weight by count). Order inside a window matters. A
// non-empty sequence shorter than `k` gives one hash of all its terms, so
// short texts still have a fingerprint; an empty one gives none. `k` is
// clamped to [1, kMaxShingleWidth].
std::vector<std::uint64_t> ShingleHashes(const std::vector<std::string>& terms, int k);
// The same from the terms' TermHash values, for a caller that needs those
// hashes anyway (each term is then hashed once).
std::vector<std::uint64_t> ShingleHashesOf(const std::vector<std::uint64_t>& term_hashes, int k);

// Exact Jaccard similarity |A∩B| / |A∪B| of the two hash sets (duplicates
// ignored). Two empty sets give 0: "no text" is not evidence of sameness.
double ExactJaccard(std::vector<std::uint64_t> a, std::vector<std::uint64_t> b);

}  // namespace bs
