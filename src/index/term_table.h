// TermTable: a set of byte-string keys, each given a dense id (0, 1, 2, … in
// insertion order), for the in-memory segment. The keys' bytes are copied
// once into one growing arena (no allocation per key); lookups go through an
// open-addressing table of (hash, id) slots with linear probing, so a lookup
// is one hash and, usually, one slot and one key compare. Each key's hash is
// kept, so growing the table never rehashes a key. Clear() gives every byte
// back at once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace wenyuan::index {

class TermTable {
 public:
  // `initial_slots` is rounded up to a power of two (at least 2); the table
  // doubles whenever it would be more than half full.
  explicit TermTable(size_t initial_slots = 1024);

  // The id of `key`, added if it is new (then `*added` is set true).
  uint32_t FindOrAdd(std::string_view key, bool* added = nullptr);
  std::optional<uint32_t> Find(std::string_view key) const;
  // The key of `id` (valid until the next FindOrAdd or Clear).
  std::string_view Key(uint32_t id) const {
    return std::string_view(arena_.data() + key_begin_[id], key_begin_[id + 1] - key_begin_[id]);
  }
  uint32_t size() const { return static_cast<uint32_t>(key_begin_.size() - 1); }
  size_t slot_count() const { return slots_.size(); }
  // What the table has allocated (arena, key offsets, slots).
  size_t ApproximateBytes() const;
  void Clear();

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint32_t hash = 0;  // the key's hash, low 32 bits
    uint32_t id = kEmpty;
  };
  static uint64_t Hash(std::string_view key);
  size_t Probe(std::string_view key, uint32_t hash) const;  // key's slot, or the empty slot where it goes
  void Grow();

  size_t initial_slots_;
  std::vector<Slot> slots_;
  std::vector<char> arena_;
  std::vector<size_t> key_begin_;  // size() + 1 offsets into arena_
};

}  // namespace wenyuan::index
