// Rendered pages kept in memory, valid for one store data version and, per
// page, one version of the parts only it shows (comment threads: the
// article's or story's own, or the counts on a river's cards).
//
// Keys are route keys built by the site from parsed parameters (never the raw
// query string), so junk query parameters cannot multiply entries. When the
// store's DataVersion changes, everything is dropped at once: pages share
// data (navigation, front page lists), so finer invalidation would be
// guesswork. A comment moves only its thread's version (Store::ThreadVersion),
// which misses exactly the pages that show that thread: each entry keeps the
// thread ids it was rendered from (Threads), the site sums their versions
// and asks for the page under that sum. Both versions live in
// the store, so every node's cache follows every node's writes. Bounded in
// entries and bytes; on overflow the cache is cleared.
//
// Thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model.h"
#include "web/http_caching.h"

namespace bs::web {

class PageCache {
 public:
  // Returns the page cached for `key` under `version`, or nullptr. A version
  // different from the cached one empties the cache.
  // A page cached under another `part` version is dropped and missed.
  std::shared_ptr<const PreparedBody> Get(const std::string& key, std::int64_t version, std::int64_t part = 0);
  // The thread ids the page cached for `key` under `version` shows; null
  // when there is no such page or it shows none.
  std::shared_ptr<const std::vector<Id>> Threads(const std::string& key, std::int64_t version);
  void Put(const std::string& key, std::int64_t version, std::shared_ptr<const PreparedBody> page,
           std::int64_t part = 0, std::vector<Id> threads = {});

  std::size_t size() const;

 private:
  void ResetIfStale(std::int64_t version);  // requires mu_

  mutable std::mutex mu_;
  std::int64_t version_ = -1;
  std::size_t bytes_ = 0;
  struct Entry {
    std::shared_ptr<const PreparedBody> page;
    std::int64_t part = 0;
    std::shared_ptr<const std::vector<Id>> threads;  // null: none
  };
  std::unordered_map<std::string, Entry> pages_;
};

}  // namespace bs::web
