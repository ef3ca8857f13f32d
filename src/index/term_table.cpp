#include "index/term_table.h"

#include <bit>
#include <cstring>

namespace wenyuan::index {

TermTable::TermTable(size_t initial_slots)
    : initial_slots_(std::bit_ceil(initial_slots < 2 ? size_t{2} : initial_slots)) {
  Clear();
}

namespace {

uint32_t Load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap32(v);
  return v;
}

// The first n (at most 7) bytes of p, byte i at bits 8i: two overlapping
// 4-byte loads where n >= 4 (the overlap holds the same bytes in both).
uint64_t LeadingBytes(const char* p, size_t n) {
  if (n >= 4) return Load32(p) | (static_cast<uint64_t>(Load32(p + n - 4)) << (8 * (n - 4)));
  uint64_t v = 0;
  for (size_t i = 0; i < n; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  return v;
}

}  // namespace

TermTable::Hashed TermTable::HashKey(std::string_view key) {
  // The head: up to 7 leading bytes, the length (capped at 255) above them,
  // so two keys of up to 7 bytes are equal exactly when their heads are.
  const size_t n = key.size() < kInlineBytes ? key.size() : kInlineBytes;
  uint64_t head = LeadingBytes(key.data(), n);
  head |= static_cast<uint64_t>(key.size() < 255 ? key.size() : 255) << 56;
  uint64_t h = head;
  if (key.size() > kInlineBytes) {
    // FNV-1a over the rest of a longer key.
    h ^= 14695981039346656037ull;
    for (size_t i = kInlineBytes; i < key.size(); ++i) {
      h ^= static_cast<unsigned char>(key[i]);
      h *= 1099511628211ull;
    }
  }
  // A final mix so the low bits (the slot) depend on every byte.
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return {key, h, head};
}

size_t TermTable::Probe(const Hashed& key) const {
  const size_t mask = slots_.size() - 1;
  const auto hash = static_cast<uint32_t>(key.hash);
  const bool inline_key = key.key.size() <= kInlineBytes;
  for (size_t i = key.hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.id == kEmpty) return i;
    if (s.hash == hash && s.head == key.head && (inline_key || Key(s.id) == key.key)) return i;
  }
}

uint32_t TermTable::FindOrAdd(const Hashed& key, bool* added) {
  size_t i = Probe(key);
  if (slots_[i].id != kEmpty) {
    if (added) *added = false;
    return slots_[i].id;
  }
  if (2 * (size() + 1) > slots_.size()) {
    Grow();
    i = Probe(key);
  }
  const uint32_t id = size();
  arena_.insert(arena_.end(), key.key.begin(), key.key.end());
  key_begin_.push_back(arena_.size());
  slots_[i] = Slot{key.head, static_cast<uint32_t>(key.hash), id};
  if (added) *added = true;
  return id;
}

std::optional<uint32_t> TermTable::Find(std::string_view key) const {
  const size_t i = Probe(HashKey(key));
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
