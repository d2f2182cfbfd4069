#include "organise/posting_index.h"

#include <algorithm>
#include <bit>
#include <utility>

namespace bs {
namespace {

constexpr std::size_t kMinSlots = 64;  // power of two

}  // namespace

PostingIndex::PostingIndex() { Rebuild(kMinSlots); }

void PostingIndex::Rebuild(std::size_t capacity) {
  // Lists move, they are not copied. Linear probing stays short at a load
  // of at most 3/4 (Post grows the table there); a rebuild after removals
  // may also shrink it, down to a load of 3/8.
  capacity = std::max(capacity, kMinSlots);
  while (capacity > kMinSlots && size_ * 8 < capacity * 3) capacity /= 2;
  std::vector<Slot> old = std::move(slots_);
  slots_ = std::vector<Slot>(capacity);
  shift_ = 64 - static_cast<unsigned>(std::countr_zero(capacity));
  size_ = 0;
  const std::size_t mask = capacity - 1;
  for (Slot& s : old) {
    if (!s.used || s.stories.empty()) continue;
    std::size_t i = Home(s.key);
    while (slots_[i].used) i = (i + 1) & mask;
    slots_[i] = std::move(s);
    ++size_;
  }
}

void PostingIndex::Post(std::uint32_t key, std::uint32_t story, std::size_t cap) {
  if ((size_ + 1) * 4 > slots_.size() * 3) Rebuild(slots_.size() * 2);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = Home(key);
  while (slots_[i].used && slots_[i].key != key) i = (i + 1) & mask;
  Slot& s = slots_[i];
  if (!s.used) {
    s.used = true;
    s.key = key;
    ++size_;
  }
  std::vector<std::uint32_t>& p = s.stories;
  if (std::find(p.begin(), p.end(), story) != p.end()) return;
  if (cap > 0 && p.size() >= cap) p.erase(p.begin());  // oldest out
  p.push_back(story);
}

const std::vector<std::uint32_t>* PostingIndex::Find(std::uint32_t key) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = Home(key); slots_[i].used; i = (i + 1) & mask) {
    if (slots_[i].key == key) return slots_[i].stories.empty() ? nullptr : &slots_[i].stories;
  }
  return nullptr;
}

std::size_t PostingIndex::MemoryBytes() const {
  std::size_t bytes = slots_.capacity() * sizeof(Slot);
  for (const Slot& s : slots_) bytes += s.stories.capacity() * sizeof(std::uint32_t);
  return bytes;
}

void PostingIndex::Encode(ByteWriter* out) const {
  // By key, so equal indexes encode to equal bytes whatever their layout.
  std::vector<const Slot*> used;
  used.reserve(size_);
  for (const Slot& s : slots_)
    if (s.used) used.push_back(&s);
  std::sort(used.begin(), used.end(), [](const Slot* a, const Slot* b) { return a->key < b->key; });
  out->U64(used.size());
  for (const Slot* s : used) {
    out->U32(s->key);
    out->U32s(s->stories);
  }
}

bool PostingIndex::Decode(ByteReader* in, std::uint32_t story_limit) {
  std::uint64_t n = 0;
  if (!in->U64(&n) || n > in->remaining() / 8) return false;
  PostingIndex fresh;
  std::vector<std::uint32_t> stories;
  for (std::uint64_t i = 0; i < n; ++i) {
    std::uint32_t key = 0;
    if (!in->U32(&key) || !in->U32s(&stories) || stories.empty()) return false;
    for (std::uint32_t s : stories) {
      if (s >= story_limit) return false;
      fresh.Post(key, s, 0);
    }
    if (fresh.Find(key)->size() != stories.size()) return false;  // repeated story or key
  }
  *this = std::move(fresh);
  return true;
}

}  // namespace bs
