// SimHash (Charikar): a 64-bit fingerprint whose Hamming distance tracks the
// cosine distance of two feature multisets. Near-duplicate articles differ in
// a few bits; unrelated ones in about 32.
//
// Thread-safety: pure functions. Values are persisted: never change silently.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace bs {

// Fingerprint of `features` (usually ShingleHashes(terms, 1..3)); every
// occurrence counts once, so repeated features weigh more. An empty input
// gives 0.
std::uint64_t SimHash(const std::vector<std::uint64_t>& features);

// Convenience: SimHash over single-term features, TermHash of each term.
std::uint64_t SimHashTerms(const std::vector<std::string>& terms);

// Number of differing bits, 0..64.
int HammingDistance(std::uint64_t a, std::uint64_t b);

// 1 - HammingDistance/64: 1.0 identical, about 0.5 unrelated.
double SimHashSimilarity(std::uint64_t a, std::uint64_t b);

}  // namespace bs
