// Capped posting lists: feature key -> the stories most recently indexed
// under it. One flat open-addressing table with the list stored in the slot,
// so a lookup costs the slot and the list's data (two cache lines), not a
// bucket, a node and the data as a node-based hash map does. Lookups run
// about twenty times per organised article, over tables of a million keys.
//
// Thread-safety: none; owned by one Organiser.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/byte_codec.h"

namespace bs {

class PostingIndex {
 public:
  PostingIndex();

  // Appends `story` to the list of `key` unless it is there already; a list
  // holding `cap` stories (0: no cap) first drops its oldest.
  void Post(std::uint32_t key, std::uint32_t story, std::size_t cap);

  // The stories under `key`, oldest first; null when there are none. Valid
  // until the next Post or EraseIf.
  const std::vector<std::uint32_t>* Find(std::uint32_t key) const;

  // Removes every story for which `drop(story)` is true; keys left without
  // stories are removed.
  template <typename Drop>
  void EraseIf(Drop drop) {
    bool emptied = false;
    for (Slot& s : slots_) {
      if (!s.used) continue;
      std::erase_if(s.stories, drop);
      emptied = emptied || s.stories.empty();
    }
    if (emptied) Rebuild(slots_.size());
  }

  std::size_t size() const { return size_; }
  std::size_t MemoryBytes() const;
  // Lists only: Find depends on a key's list, not on where the table keeps it.
  void Encode(ByteWriter* out) const;
  // Stories must be below `story_limit`.
  bool Decode(ByteReader* in, std::uint32_t story_limit);

 private:
  struct Slot {
    std::uint32_t key = 0;
    bool used = false;
    std::vector<std::uint32_t> stories;
  };
  std::size_t Home(std::uint32_t key) const {
    return static_cast<std::size_t>((std::uint64_t{key} * 0x9E3779B97F4A7C15ull) >> shift_);
  }
  // Re-places the non-empty lists into `capacity` slots (a power of two).
  void Rebuild(std::size_t capacity);

  std::vector<Slot> slots_;
  unsigned shift_ = 0;
  std::size_t size_ = 0;
};

}  // namespace bs
