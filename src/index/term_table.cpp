#include "index/term_table.h"

#include <bit>
#include <cstring>

namespace wenyuan::index {

TermTable::TermTable(size_t initial_slots)
    : initial_slots_(std::bit_ceil(initial_slots < 2 ? size_t{2} : initial_slots)) {
  Clear();
}

uint64_t TermTable::Hash(std::string_view key) {
  // FNV-1a over the bytes, then a final mix so the low bits (the slot) depend
  // on every byte.
  uint64_t h = 14695981039346656037ull;
  for (const char c : key) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

size_t TermTable::Probe(std::string_view key, uint32_t hash) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.id == kEmpty || (s.hash == hash && Key(s.id) == key)) return i;
  }
}

uint32_t TermTable::FindOrAdd(std::string_view key, bool* added) {
  const auto hash = static_cast<uint32_t>(Hash(key));
  size_t i = Probe(key, hash);
  if (slots_[i].id != kEmpty) {
    if (added) *added = false;
    return slots_[i].id;
  }
  if (2 * (size() + 1) > slots_.size()) {
    Grow();
    i = Probe(key, hash);
  }
  const uint32_t id = size();
  arena_.insert(arena_.end(), key.begin(), key.end());
  key_begin_.push_back(arena_.size());
  slots_[i] = Slot{hash, id};
  if (added) *added = true;
  return id;
}

std::optional<uint32_t> TermTable::Find(std::string_view key) const {
  const size_t i = Probe(key, static_cast<uint32_t>(Hash(key)));
  if (slots_[i].id == kEmpty) return std::nullopt;
  return slots_[i].id;
}

void TermTable::Grow() {
  // Keys are not compared or hashed again: each slot moves by its kept hash.
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.id == kEmpty) continue;
    size_t i = s.hash & mask;
    while (slots_[i].id != kEmpty) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

size_t TermTable::ApproximateBytes() const {
  return slots_.capacity() * sizeof(Slot) + arena_.capacity() + key_begin_.capacity() * sizeof(size_t);
}

void TermTable::Clear() {
  // Assigned new vectors, not cleared (nor `= {}`, which keeps the
  // capacity): the memory goes back, not just the sizes.
  slots_ = std::vector<Slot>(initial_slots_);
  arena_ = std::vector<char>();
  key_begin_ = std::vector<size_t>(1, 0);
}

}  // namespace wenyuan::index
