#include "web/page_cache.h"

namespace bs::web {
namespace {

// A few thousand pages cover the front, every section's first pages and the
// recent articles; memory stays well under the bytes bound.
constexpr std::size_t kMaxCachedPages = 4096;
constexpr std::size_t kMaxCachedBytes = 128u << 20;

std::size_t Footprint(const PreparedBody& p) {
  return p.identity.size() + p.gzip.size() + p.brotli.size();
}

}  // namespace

void PageCache::ResetIfStale(std::int64_t version) {
  if (version == version_) return;
  pages_.clear();
  bytes_ = 0;
  version_ = version;
}

std::shared_ptr<const PreparedBody> PageCache::Get(const std::string& key, std::int64_t version) {
  std::lock_guard<std::mutex> lock(mu_);
  ResetIfStale(version);
  auto it = pages_.find(key);
  return it == pages_.end() ? nullptr : it->second;
}

void PageCache::Put(const std::string& key, std::int64_t version,
                    std::shared_ptr<const PreparedBody> page) {
  std::lock_guard<std::mutex> lock(mu_);
  // DataVersion is only promised to change, not to grow, so a Put from a
  // render that raced with a change simply resets the cache to its version;
  // every entry is always tagged with the version it was rendered from.
  ResetIfStale(version);
  const std::size_t size = Footprint(*page);
  if (pages_.size() >= kMaxCachedPages || bytes_ + size > kMaxCachedBytes) {
    pages_.clear();
    bytes_ = 0;
  }
  auto [it, inserted] = pages_.try_emplace(key, page);
  if (inserted) {
    bytes_ += size;
  }
}

std::size_t PageCache::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return pages_.size();
}

}  // namespace bs::web
