// A compact multimap from 64-bit LSH band keys to article numbers: open
// addressing with linear probing in one flat array, so each entry costs 8
// bytes instead of a node allocation per bucket. Keys are folded to 32 bits:
// a rare false collision only adds a candidate, which is verified anyway.
// Entries are removed when an article leaves the duplicate window
// (backward-shift deletion, no tombstones).
//
// Thread-safety: none; owned by one Organiser.
#pragma once

#include <cstdint>
#include <vector>

#include "core/byte_codec.h"

namespace bs {

class LshTable {
 public:
  LshTable();
  void Insert(std::uint64_t key, std::uint32_t value);
  void Erase(std::uint64_t key, std::uint32_t value);
  // Appends every value stored under `key`, at most `limit` of them.
  void Find(std::uint64_t key, std::size_t limit, std::vector<std::uint32_t>* out) const;
  std::size_t size() const { return live_; }
  std::size_t MemoryBytes() const { return slots_.capacity() * sizeof(Slot); }
  // The table slot for slot (Find's order depends on the layout, and a
  // restored organiser must find what this one would).
  void Encode(ByteWriter* out) const;
  // Values must be below `value_limit` (article numbers held).
  bool Decode(ByteReader* in, std::uint32_t value_limit);

 private:
  struct Slot {
    std::uint32_t key = 0;  // 0 empty, else a folded key (>= 2)
    std::uint32_t value = 0;
  };
  static std::uint32_t Fix(std::uint64_t key) {
    const auto k = static_cast<std::uint32_t>(key ^ (key >> 32));
    return k < 2 ? k + 2 : k;
  }
  void Rehash(std::size_t capacity);
  void Place(std::uint32_t key, std::uint32_t value);
  void RemoveAt(std::size_t slot);

  std::vector<Slot> slots_;
  std::size_t live_ = 0;
};

}  // namespace bs
