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

std::shared_ptr<const PreparedBody> PageCache::Get(const std::string& key, std::int64_t version,
                                               std::int64_t part) {
  std::lock_guard<std::mutex> lock(mu_);
  ResetIfStale(version);
  auto it = pages_.find(key);
  if (it == pages_.end()) return nullptr;
  if (it->second.part != part) {
    bytes_ -= Footprint(*it->second.page);
    pages_.erase(it);
    return nullptr;
  }
  return it->second.page;
}

std::shared_ptr<const std::vector<Id>> PageCache::Threads(const std::string& key, std::int64_t version) {
  std::lock_guard<std::mutex> lock(mu_);
  if (version != version_) return nullptr;
  auto it = pages_.find(key);
  return it == pages_.end() ? nullptr : it->second.threads;
}

void PageCache::Put(const std::string& key, std::int64_t version, std::shared_ptr<const PreparedBody> page,
                    std::int64_t part, std::vector<Id> threads) {
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
  Entry entry{page, part,
              threads.empty() ? nullptr : std::make_shared<const std::vector<Id>>(std::move(threads))};
  auto [it, inserted] = pages_.try_emplace(key, entry);
  if (inserted) {
    bytes_ += size;
  } else if (it->second.part != part) {
    // A newer render of the page's parts replaces the older one.
    bytes_ = bytes_ - Footprint(*it->second.page) + size;
    it->second = std::move(entry);
  }
}

std::size_t PageCache::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return pages_.size();
}

}  // namespace bs::web
