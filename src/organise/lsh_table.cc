#include "organise/lsh_table.h"

namespace bs {
namespace {

constexpr std::size_t kInitialSlots = 1024;  // power of two

}  // namespace

LshTable::LshTable() : slots_(kInitialSlots) {}

void LshTable::Rehash(std::size_t capacity) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(capacity, Slot{});
  live_ = used_ = 0;
  for (const Slot& s : old) {
    if (s.key >= 2) Place(s.key, s.value);
  }
}

void LshTable::Insert(std::uint64_t full_key, std::uint32_t value) {
  const std::uint32_t key = Fix(full_key);
  // Keep the load (tombstones included) under one half so probes stay short;
  // grow only when live entries need it, otherwise just sweep tombstones.
  if ((used_ + 1) * 2 > slots_.size()) {
    Rehash((live_ + 1) * 4 > slots_.size() ? slots_.size() * 2 : slots_.size());
  }
  Place(key, value);
}

void LshTable::Place(std::uint32_t key, std::uint32_t value) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = key & mask;
  while (slots_[i].key >= 2) i = (i + 1) & mask;
  if (slots_[i].key == 0) ++used_;
  slots_[i] = {key, value};
  ++live_;
}

void LshTable::Erase(std::uint64_t full_key, std::uint32_t value) {
  const std::uint32_t key = Fix(full_key);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = key & mask; slots_[i].key != 0; i = (i + 1) & mask) {
    if (slots_[i].key == key && slots_[i].value == value) {
      slots_[i].key = 1;
      --live_;
      return;
    }
  }
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

}  // namespace bs
