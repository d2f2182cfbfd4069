#include "organise/lsh_table.h"

namespace bs {
namespace {

constexpr std::size_t kInitialSlots = 1024;  // power of two

}  // namespace

LshTable::LshTable() : slots_(kInitialSlots) {}

void LshTable::Rehash(std::size_t capacity) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(capacity, Slot{});
  live_ = 0;
  for (const Slot& s : old) {
    if (s.key != 0) Place(s.key, s.value);
  }
}

void LshTable::Insert(std::uint64_t full_key, std::uint32_t value) {
  const std::uint32_t key = Fix(full_key);
  // Keep the load under one half so probes stay short.
  if ((live_ + 1) * 2 > slots_.size()) Rehash(slots_.size() * 2);
  Place(key, value);
}

void LshTable::Place(std::uint32_t key, std::uint32_t value) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = key & mask;
  while (slots_[i].key != 0) i = (i + 1) & mask;
  slots_[i] = {key, value};
  ++live_;
}

void LshTable::Erase(std::uint64_t full_key, std::uint32_t value) {
  const std::uint32_t key = Fix(full_key);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = key & mask; slots_[i].key != 0; i = (i + 1) & mask) {
    if (slots_[i].key == key && slots_[i].value == value) {
      RemoveAt(i);
      --live_;
      return;
    }
  }
}

// Backward-shift deletion: entries after the hole whose home slot does not
// lie between the hole and themselves move back into it, so every probe
// chain stays unbroken without tombstones (which made the table rehash in
// place every few thousand removals).
void LshTable::RemoveAt(std::size_t hole) {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t j = (hole + 1) & mask; slots_[j].key != 0; j = (j + 1) & mask) {
    const std::size_t home = slots_[j].key & mask;
    const bool stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
    if (!stays) {
      slots_[hole] = slots_[j];
      hole = j;
    }
  }
  slots_[hole] = Slot{};
}

void LshTable::Find(std::uint64_t full_key, std::size_t limit,
                    std::vector<std::uint32_t>* out) const {
  const std::uint32_t key = Fix(full_key);
  const std::size_t mask = slots_.size() - 1;
  std::size_t found = 0;
  for (std::size_t i = key & mask; slots_[i].key != 0 && found < limit; i = (i + 1) & mask) {
    if (slots_[i].key == key) {
      out->push_back(slots_[i].value);
      ++found;
    }
  }
}

void LshTable::Encode(ByteWriter* out) const {
  out->U64(slots_.size());
  out->U64(live_);
  for (const Slot& s : slots_) {
    out->U32(s.key);
    out->U32(s.value);
  }
}

bool LshTable::Decode(ByteReader* in, std::uint32_t value_limit) {
  std::uint64_t capacity = 0, live = 0;
  if (!in->U64(&capacity) || !in->U64(&live)) return false;
  // A power of two no smaller than the initial table, at most half full,
  // and present in full in what is left.
  if (capacity < kInitialSlots || (capacity & (capacity - 1)) != 0 || live * 2 > capacity ||
      capacity > in->remaining() / 8)
    return false;
  std::vector<Slot> slots(capacity);
  std::uint64_t used = 0;
  for (Slot& s : slots) {
    if (!in->U32(&s.key) || !in->U32(&s.value) || s.key == 1 || (s.key != 0 && s.value >= value_limit))
      return false;
    if (s.key != 0) ++used;
  }
  if (used != live) return false;
  slots_ = std::move(slots);
  live_ = live;
  return true;
}

}  // namespace bs
