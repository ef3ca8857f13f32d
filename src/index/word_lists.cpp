#include "index/word_lists.h"

namespace wenyuan::index {

uint32_t WordLists::NewBlock(uint32_t capacity) {
  if (chunk_used_ + 1 + capacity > kChunkWords) {
    chunks_.push_back(std::make_unique_for_overwrite<uint32_t[]>(kChunkWords));
    chunk_used_ = 0;
  }
  const auto address = static_cast<uint32_t>(((chunks_.size() - 1) << kChunkBits) | chunk_used_);
  chunk_used_ += 1 + capacity;
  At(address) = kNone;
  return address;
}

void WordLists::StartBlock(List& list) {
  const uint32_t capacity = NextCapacity(list.capacity);
  const uint32_t block = NewBlock(capacity);
  if (list.tail == kNone) {
    list.first = block;
  } else {
    At(list.tail) = block;
  }
  list.tail = block;
  list.used = 0;
  list.capacity = capacity;
}

void WordLists::Clear() {
  // Assigned a new vector (not `= {}`, which keeps the capacity).
  chunks_ = std::vector<std::unique_ptr<uint32_t[]>>();
  chunk_used_ = kChunkWords;
}

}  // namespace wenyuan::index
