// MinHash signatures: fixed-length sketches of a shingle set whose
// agreement rate estimates the sets' Jaccard similarity, so near-duplicate
// detection can compare (and LSH-band) articles without keeping the sets.
//
// Thread-safety: pure functions. Signatures are persisted: the permutation
// family and its seeds are fixed and must never change silently.
#pragma once

#include <cstdint>
#include <vector>

namespace bs {

// More permutations than this add storage but no useful precision (the
// estimate's standard error is already below 1.6%).
inline constexpr int kMaxMinHashPermutations = 1024;

// Signature of the set of `shingle_hashes` (duplicates do not matter) under
// `num_perm` hash functions
//   h_i(x) = ((a_i * lo(x) + b_i * hi(x) + c_i) mod 2^64) >> 32
// where lo/hi are the key's 32-bit halves, a_i and b_i are 32-bit and c_i is
// 64-bit, all drawn once from SplitMix64 with a fixed seed (multiply-add-shift
// hashing of a two-word key; the 32x32-bit products vectorise). Keys should
// be well mixed already, as ShingleHashes are. Slot i holds the minimum of
// h_i over the set; an empty set gives every slot 0xFFFFFFFF. `num_perm` is
// clamped to [1, kMaxMinHashPermutations]. Cost: num_perm × shingles
// multiply-adds.
std::vector<std::uint32_t> MinHashSignature(const std::vector<std::uint64_t>& shingle_hashes,
                                            int num_perm);

// Share of equal slots, estimating Jaccard similarity. Signatures of
// different lengths compare over the shorter prefix (the permutations are the
// same for every length). An empty signature, or one of an empty set, gives
// 0: "no text" is not evidence of sameness.
double EstimateJaccard(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b);

}  // namespace bs
