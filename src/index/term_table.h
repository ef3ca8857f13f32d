// TermTable: a set of byte-string keys, each given a dense id (0, 1, 2, … in
// insertion order), for the in-memory segment. The keys' bytes are copied
// once into one growing arena (no allocation per key); lookups go through an
// open-addressing table of slots with linear probing, so a lookup is one
// hash and, usually, one slot. A slot keeps the key's hash and its first
// bytes: a key of up to 7 bytes (a bigram, a character, a two-character
// word, each after its field byte) is compared in the slot alone, without
// reading the arena; a longer one is compared there only when hash and
// first bytes agree. Growing the table never rehashes a key. Clear() gives
// every byte back at once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace wenyuan::index {

class TermTable {
 public:
  // A key with its hash and head (first bytes and length), computed once:
  // a caller that looks many keys up can hash them ahead and Prefetch.
  struct Hashed {
    std::string_view key;
    uint64_t hash = 0;
    uint64_t head = 0;
  };
  static Hashed HashKey(std::string_view key);

  // `initial_slots` is rounded up to a power of two (at least 2); the table
  // doubles whenever it would be more than half full.
  explicit TermTable(size_t initial_slots = 1024);

  // The id of `key`, added if it is new (then `*added` is set true).
  uint32_t FindOrAdd(std::string_view key, bool* added = nullptr) { return FindOrAdd(HashKey(key), added); }
  uint32_t FindOrAdd(const Hashed& key, bool* added = nullptr);
  std::optional<uint32_t> Find(std::string_view key) const;
  // Asks the processor to bring `key`'s first slot into the cache.
  void Prefetch(const Hashed& key) const { __builtin_prefetch(&slots_[key.hash & (slots_.size() - 1)]); }
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
  // Keys of up to this many bytes are held whole in a slot's head.
  static constexpr size_t kInlineBytes = 7;
  struct Slot {
    uint64_t head = 0;  // the key's first bytes, its length in the top byte
    uint32_t hash = 0;  // the key's hash, low 32 bits
    uint32_t id = kEmpty;
  };
  size_t Probe(const Hashed& key) const;  // key's slot, or the empty slot where it goes
  void Grow();

  size_t initial_slots_;
  std::vector<Slot> slots_;
  std::vector<char> arena_;
  std::vector<size_t> key_begin_;  // size() + 1 offsets into arena_
};

}  // namespace wenyuan::index
