// WordLists: many growable lists of 32-bit words in one pool, for the
// in-memory segment's postings. A list is a chain of blocks (4, 8, 16, …
// up to 256 words, each led by the address of the next) cut from 16 KB
// chunks, so appending allocates only when a chunk is full, a word already
// written can be updated in place by its address, and Clear() frees every
// list at once, a chunk at a time. A list is read from its start in order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace wenyuan::index {

class WordLists {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;
  struct List {
    uint32_t first = kNone;  // address of the first block's link word
    uint32_t tail = kNone;   // address of the last block's link word
    uint32_t used = 0;       // words written in the last block
    uint32_t capacity = 0;   // words the last block holds
  };

  // Appends `word` to `list`; returns its address. (Inline: it runs once
  // per token and position of the in-memory segment.)
  uint32_t Append(List& list, uint32_t word) {
    if (list.used == list.capacity) StartBlock(list);
    // A block never crosses a chunk, so its words follow its link word.
    const uint32_t address = list.tail + 1 + list.used++;
    At(address) = word;
    return address;
  }
  uint32_t& At(uint32_t address) { return chunks_[address >> kChunkBits][address & kChunkMask]; }
  uint32_t At(uint32_t address) const { return chunks_[address >> kChunkBits][address & kChunkMask]; }
  // Asks the processor to bring the word at `address` into the cache.
  void Prefetch(uint32_t address) const { __builtin_prefetch(&chunks_[address >> kChunkBits][address & kChunkMask]); }
  // The same for where `list`'s next word goes, if its last block has room.
  void PrefetchEnd(const List& list) const {
    if (list.used < list.capacity) Prefetch(list.tail + 1 + list.used);
  }
  size_t ApproximateBytes() const { return chunks_.size() * kChunkWords * sizeof(uint32_t); }
  void Clear();

  // Reads a list's words in order; the caller knows how many there are.
  class Reader {
   public:
    Reader(const WordLists& lists, const List& list) : lists_(lists), link_(list.first) {}
    // Inline: it runs once per word a segment writes.
    uint32_t Next() {
      if (left_ == 0) {
        if (capacity_ != 0) link_ = lists_.At(link_);
        capacity_ = NextCapacity(capacity_);
        left_ = capacity_;
        // The block after this one, if any, is wanted soon.
        if (const uint32_t next = lists_.At(link_); next != kNone) lists_.Prefetch(next);
      }
      const uint32_t address = link_ + 1 + (capacity_ - left_);
      --left_;
      return lists_.At(address);
    }

   private:
    const WordLists& lists_;
    uint32_t link_;          // the current block's link word
    uint32_t left_ = 0;      // words not yet read in the current block
    uint32_t capacity_ = 0;  // the current block's size
  };

 private:
  static constexpr uint32_t kChunkBits = 12, kChunkWords = 1u << kChunkBits, kChunkMask = kChunkWords - 1;
  static constexpr uint32_t kFirstBlock = 4, kLastBlock = 256;
  static uint32_t NextCapacity(uint32_t capacity) {
    return capacity == 0 ? kFirstBlock : capacity < kLastBlock ? 2 * capacity : kLastBlock;
  }
  uint32_t NewBlock(uint32_t capacity);  // address of its link word (set to kNone)
  void StartBlock(List& list);           // chains a new, larger block to a full list

  std::vector<std::unique_ptr<uint32_t[]>> chunks_;
  uint32_t chunk_used_ = kChunkWords;  // words cut from the last chunk
};

}  // namespace wenyuan::index
