// Term dictionary: the sorted terms of one segment with where their postings
// are, front-coded (each term stores only what differs from the one before)
// in blocks of 16, with a sparse index of block starts and of the blocks'
// first-key prefixes for binary search. Opening one reads neither the
// entries nor the prefixes (they are searched in place in the mapped
// file), so a large index opens in the time of its checksums' tails;
// dictionaries written before the prefixes were stored (block starts
// alone) still open, their prefixes read from the blocks at open.
//
// Keys are "<field byte><term>" (index/fields.h), so one dictionary serves
// every field and a field's terms are contiguous. Readers work on a span of
// a checksummed file and check every bound while decoding, so a
// damaged dictionary gives Status::Corruption, never a read out of bounds;
// over a lazily verified file, each entry is also checked against the
// file's chunk checksums before it is used.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace wenyuan::index {

class CheckedFile;

struct TermInfo {
  uint32_t df = 0;                // documents in the segment with the term
  uint64_t postings_offset = 0;   // into the segment's .post payload
  uint64_t positions_offset = 0;  // into the segment's .pos payload
  uint32_t max_tf = 0;            // over the term's postings (upper bounds)
  uint32_t min_length = 0;        // shortest field length among them
};

// Bytes of a block's first key kept for the block search. Sixteen, not
// eight: the title keys share their first eight (the field byte and
// "\x01title:"), and the next eight tell their titles' first characters.
inline constexpr size_t kPrefixBytes = 16;

class TermDictionaryWriter {
 public:
  // Keys must come in strictly increasing byte order.
  void Add(std::string_view key, const TermInfo& info);
  // The dictionary's bytes; the writer is spent.
  std::string Finish();
  size_t size() const { return count_; }

 private:
  std::string out_;
  std::string last_key_;
  TermInfo last_info_;
  std::vector<uint32_t> block_starts_;
  std::string first_prefixes_;  // per block, kPrefixBytes of its first key
  size_t count_ = 0;
};

class TermDictionary {
 public:
  // `data` must outlive the dictionary (it is a mapped file's span). With
  // `file` (whose payload `data` is), every entry decoded is checked against
  // the file's chunk checksums before use (CheckedFile::Verify).
  static Result<TermDictionary> Open(std::string_view data, const CheckedFile* file = nullptr);
  TermDictionary() = default;

  // Corruption only if the bytes are damaged; nullopt if absent.
  Result<std::optional<TermInfo>> Find(std::string_view key) const { return FindIn(Locate(key), key); }
  // A lookup in steps, for a caller with many keys: Locate names the block
  // that would hold `key`, PrefetchBlock asks for that block's bytes
  // without waiting for them (on a cold index the reads of every key's
  // block then overlap instead of following one another), and FindIn
  // decodes it. Find(key) is FindIn(Locate(key), key).
  size_t Locate(std::string_view key) const { return BlockFor(key); }
  void PrefetchBlock(size_t block) const;
  Result<std::optional<TermInfo>> FindIn(size_t block, std::string_view key) const;
  size_t size() const { return count_; }

  // Walks terms in order from the first key >= `from`.
  class Iterator {
   public:
    // False at the end or on damage (then status() says which).
    bool Next();
    const std::string& key() const { return key_; }
    const TermInfo& info() const { return info_; }
    const Status& status() const { return status_; }

   private:
    friend class TermDictionary;
    const TermDictionary* dict_ = nullptr;
    size_t offset_ = 0;    // next entry's byte offset
    size_t in_block_ = 0;  // entries read in the current block
    std::string key_;
    TermInfo info_;
    std::string from_;
    Status status_;
  };
  Iterator Seek(std::string_view from) const;

 private:
  // Decodes one entry at `offset` given the previous key and info (key
  // empty at a block's start); advances offset.
  bool DecodeEntry(size_t& offset, std::string& key, TermInfo& info) const;
  // A block's first key, in place (false if it does not decode).
  bool FirstKey(size_t offset, std::string_view& key) const;
  size_t BlockFor(std::string_view key) const;  // last block whose first key <= key
  Status Damage(size_t offset) const;           // why the entry at `offset` did not decode

  // Per block, its first key's first kPrefixBytes bytes, zero-padded (so
  // they compare as the keys do, byte by byte): the stored ones in place,
  // or those read from an older dictionary's blocks at open (empty if a
  // first key did not decode; the lookup then reads first keys alone).
  std::string_view prefixes() const { return stored_prefixes_.empty() ? read_prefixes_ : stored_prefixes_; }

  const CheckedFile* file_ = nullptr;
  std::string_view data_;
  std::string_view entries_;  // the blocks
  std::vector<uint32_t> block_starts_;
  std::string_view stored_prefixes_;  // a span of data_
  std::string read_prefixes_;
  uint64_t count_ = 0;
};

}  // namespace wenyuan::index
