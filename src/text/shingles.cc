#include "text/shingles.h"

#include <algorithm>

#include "core/hash.h"

namespace bs {

std::uint64_t TermHash(std::string_view term) { return Mix64(Fnv1a64(term)); }

std::vector<std::uint64_t> ShingleHashes(const std::vector<std::string>& terms, int k) {
  std::vector<std::uint64_t> term_hashes;
  term_hashes.reserve(terms.size());
  for (const std::string& t : terms) term_hashes.push_back(TermHash(t));
  return ShingleHashesOf(term_hashes, k);
}

std::vector<std::uint64_t> ShingleHashesOf(const std::vector<std::uint64_t>& term_hashes, int k) {
  std::vector<std::uint64_t> out;
  if (term_hashes.empty()) return out;
  std::size_t width = static_cast<std::size_t>(std::clamp(k, 1, kMaxShingleWidth));
  width = std::min(width, term_hashes.size());

  out.reserve(term_hashes.size() - width + 1);
  for (std::size_t i = 0; i + width <= term_hashes.size(); ++i) {
    // Chained mixing makes the result depend on order: (a b) != (b a).
    std::uint64_t h = 0x9e3779b97f4a7c15ull ^ width;
    for (std::size_t j = 0; j < width; ++j) h = Mix64(h ^ term_hashes[i + j]);
    out.push_back(h);
  }
  return out;
}

double ExactJaccard(std::vector<std::uint64_t> a, std::vector<std::uint64_t> b) {
  std::sort(a.begin(), a.end());
  a.erase(std::unique(a.begin(), a.end()), a.end());
  std::sort(b.begin(), b.end());
  b.erase(std::unique(b.begin(), b.end()), b.end());
  if (a.empty() && b.empty()) return 0.0;
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++common;
      ++i;
      ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

}  // namespace bs
