#include "index/postings.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "index/bit_packing.h"
#include "index/byte_coding.h"

namespace wenyuan::index {

void PutVarintTo(std::string& out, uint64_t v) { PutVarint(out, v); }

void EncodePositions(const std::vector<uint32_t>& positions, std::string& out) {
  // Written through a pointer into room made once (at most 10 bytes for
  // the count, 5 per gap), not a push_back per byte.
  const size_t start = out.size();
  out.resize(start + 10 + 5 * positions.size());
  char* p = out.data() + start;
  auto put = [&p](uint64_t v) {
    while (v >= 0x80) {
      *p++ = static_cast<char>((v & 0x7f) | 0x80);
      v >>= 7;
    }
    *p++ = static_cast<char>(v);
  };
  put(positions.size());
  uint32_t previous = 0;
  for (const uint32_t position : positions) {
    put(position - previous);
    previous = position;
  }
  out.resize(static_cast<size_t>(p - out.data()));
}

void EncodeDocsBlock(const uint32_t* docs, const uint32_t* tfs, size_t n, uint32_t previous_doc, std::string& out) {
  uint32_t deltas[kBlockSize];
  uint32_t tf_codes[kBlockSize];
  for (size_t i = 0; i < n; ++i) {
    deltas[i] = docs[i] - (previous_doc + 1);
    previous_doc = docs[i];
    tf_codes[i] = tfs[i] - 1;
  }
  if (n < kBlockSize) {  // the last block: varints
    for (size_t i = 0; i < n; ++i) {
      PutVarint(out, deltas[i]);
      PutVarint(out, tf_codes[i]);
    }
    return;
  }
  const uint32_t doc_bits = BitsNeeded(deltas, n);
  out.push_back(static_cast<char>(doc_bits));
  PackBits(deltas, n, doc_bits, out);
  const uint32_t tf_bits = BitsNeeded(tf_codes, n);
  out.push_back(static_cast<char>(tf_bits));
  PackBits(tf_codes, n, tf_bits, out);
}

PostingsCursor::PostingsCursor(std::string_view post, std::string_view pos, const TermInfo& info)
    : post_(post), pos_(pos), df_(info.df) {
  Init(info);
}

PostingsCursor::PostingsCursor(const CheckedFile& post, const CheckedFile& pos, const TermInfo& info)
    : post_(post.payload()), pos_(pos.payload()), post_file_(&post), pos_file_(&pos), df_(info.df) {
  Init(info);
}

bool PostingsCursor::Verified(const CheckedFile* file, uint64_t begin, uint64_t end) {
  if (!file) return true;
  Status s = file->Verify(begin, end);
  if (s.ok()) return true;
  Exhaust(std::move(s));
  return false;
}

void PostingsCursor::Init(const TermInfo& info) {
  const std::string_view post = post_, pos = pos_;
  if (info.postings_offset >= post.size() || info.df == 0 || info.positions_offset > pos.size()) {
    Exhaust("bad postings offset");
    return;
  }
  if (info.df <= kBlockSize) {  // one block, no skip table
    BlockMeta m;
    m.last_doc = kNoMoreDocs - 1;  // set once decoded
    m.max_tf = info.max_tf;
    m.min_length = info.min_length;
    m.offset = info.postings_offset;
    m.pos_offset = info.positions_offset;
    blocks_.push_back(m);
    block_total_ = 1;
    Peek();
    return;
  }
  ByteReader r(post.substr(info.postings_offset));
  uint64_t table_bytes = 0;
  std::string_view table;
  if (!r.GetVarint(table_bytes) || !r.GetBytes(static_cast<size_t>(table_bytes), table)) {
    Damage(post_file_, info.postings_offset, "bad skip table");
    return;
  }
  if (!Verified(post_file_, info.postings_offset, static_cast<uint64_t>(r.position() - post.data()))) return;
  // The skip table is read as far as the cursor goes (ParseBlocks): a
  // cursor opened on a long list and left early costs no more than that.
  table_ = table;
  block_total_ = (info.df + kBlockSize - 1) / kBlockSize;
  // Room for the table once, not grown (and copied) step by step; no more
  // than its bytes can hold (five a block at least), whatever df says.
  blocks_.reserve(std::min<size_t>(block_total_, table.size() / 5 + 1));
  table_at_ = info.postings_offset;
  table_offset_ = static_cast<uint64_t>(r.position() - post.data());
  table_pos_offset_ = info.positions_offset;
  Peek();
}

void PostingsCursor::Peek() {
  if (!ParseBlocks(0)) return;
  const uint64_t at = blocks_[0].offset;
  ByteReader r(post_.substr(at));
  uint32_t first = 0;
  if (block_total_ > 1 || df_ == kBlockSize) {  // a full block: the first bit-packed delta
    std::string_view bits_byte, bytes;
    if (!r.GetBytes(1, bits_byte) || static_cast<uint8_t>(bits_byte[0]) > 32)
      return Damage(post_file_, at, "bad block");
    const uint32_t bits = static_cast<uint8_t>(bits_byte[0]);
    if (!r.GetBytes(PackedBytes(1, bits), bytes)) return Damage(post_file_, at, "bad block");
    UnpackBits(bytes.data(), 1, bits, &first);
  } else if (!r.GetVarint32(first)) {
    return Damage(post_file_, at, "bad block");
  }
  if (!Verified(post_file_, at, static_cast<uint64_t>(r.position() - post_.data()))) return;
  block_ = 0;
  at_ = 0;
  doc_ = first;  // the delta from "-1"
  first_doc_ = first;
  lazy_ = true;
}

void PostingsCursor::Rewind() {
  if (!status_.ok() || first_doc_ == kNoMoreDocs || blocks_.empty()) return;
  block_ = 0;
  probed_ = 0;
  at_ = 0;
  doc_ = first_doc_;
  shallow_ = false;
  lazy_ = true;
  packed_tfs_ = nullptr;
  pos_index_ = 0;
  pos_at_ = blocks_[0].pos_offset;
  positions_doc_ = kNoMoreDocs;
}

bool PostingsCursor::Decode() { return LoadBlock(block_); }

namespace {

// Reads one skip-table entry's five varints from [p, end), a byte at a
// time, without a ByteReader's bookkeeping per byte. Null if the bytes end
// inside it or a varint runs past ten bytes.
const char* ReadEntry(const char* p, const char* end, uint64_t* out) {
  for (int field = 0; field < 5; ++field) {
    uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
      if (shift > 63 || p == end) return nullptr;
      const auto byte = static_cast<unsigned char>(*p++);
      v |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if (!(byte & 0x80)) break;
    }
    out[field] = v;
  }
  return p;
}

}  // namespace

bool PostingsCursor::ParseBlocks(size_t block) {
  while (blocks_.size() <= block && blocks_.size() < block_total_) {
    uint64_t fields[5];
    const char* entry_end = ReadEntry(table_.data(), table_.data() + table_.size(), fields);
    if (!entry_end || fields[0] > UINT32_MAX) {
      Damage(post_file_, table_at_, "bad skip table");
      return false;
    }
    const uint64_t delta = fields[0], bytes = fields[1], max_tf = fields[2], min_len = fields[3], pos_bytes = fields[4];
    table_.remove_prefix(static_cast<size_t>(entry_end - table_.data()));
    const uint32_t previous = blocks_.empty() ? kNoMoreDocs : blocks_.back().last_doc;
    BlockMeta m;
    m.last_doc = static_cast<uint32_t>(previous + 1 + delta);
    m.max_tf = static_cast<uint32_t>(max_tf);
    m.min_length = static_cast<uint32_t>(min_len);
    m.offset = table_offset_;
    m.pos_offset = table_pos_offset_;
    table_offset_ += bytes;
    table_pos_offset_ += pos_bytes;
    if (table_offset_ > post_.size() || table_pos_offset_ > pos_.size()) {
      Damage(post_file_, table_at_, "block past the end");
      return false;
    }
    blocks_.push_back(m);
  }
  return block < blocks_.size();
}

void PostingsCursor::Exhaust(const char* what) {
  if (status_.ok() && what) status_ = Status::Corruption(std::string("postings: ") + what);
  doc_ = kNoMoreDocs;
  shallow_ = false;
  lazy_ = false;
  block_ = block_total_;
}

void PostingsCursor::Damage(const CheckedFile* file, uint64_t at, const char* what) {
  // Bytes that do not decode are most likely bytes that changed: say so
  // (naming the file) when the checksum of the bytes from `at` disagrees.
  if (file) {
    Status s = file->Verify(at, at + kChecksumChunk);
    if (!s.ok()) return Exhaust(std::move(s));
  }
  Exhaust(what);
}

void PostingsCursor::Exhaust(Status status) {
  if (status_.ok()) status_ = std::move(status);
  Exhaust(nullptr);
}

bool PostingsCursor::LoadBlock(size_t block, uint32_t upto) {
  lazy_ = false;
  packed_tfs_ = nullptr;
  if (block >= block_total_) {
    Exhaust(nullptr);
    return false;
  }
  if (!ParseBlocks(block)) return false;
  block_ = block;
  const size_t n = block + 1 < block_total_ ? kBlockSize : df_ - kBlockSize * block;
  block_count_ = n;
  ByteReader r(post_.substr(blocks_[block].offset));
  uint32_t previous = block == 0 ? kNoMoreDocs : blocks_[block - 1].last_doc;
  if (n == kBlockSize) {
    std::string_view doc_bytes, tf_bytes;
    std::string_view bits_byte;
    if (!r.GetBytes(1, bits_byte) || static_cast<uint8_t>(bits_byte[0]) > 32)
      return Damage(post_file_, blocks_[block].offset, "bad block"), false;
    doc_bits_ = static_cast<uint8_t>(bits_byte[0]);
    if (!r.GetBytes(PackedBytes(n, doc_bits_), doc_bytes))
      return Damage(post_file_, blocks_[block].offset, "bad block"), false;
    if (!r.GetBytes(1, bits_byte) || static_cast<uint8_t>(bits_byte[0]) > 32)
      return Damage(post_file_, blocks_[block].offset, "bad block"), false;
    tf_bits_ = static_cast<uint8_t>(bits_byte[0]);
    if (!r.GetBytes(PackedBytes(n, tf_bits_), tf_bytes))
      return Damage(post_file_, blocks_[block].offset, "bad block"), false;
    if (!Verified(post_file_, blocks_[block].offset, static_cast<uint64_t>(r.position() - post_.data()))) return false;
    packed_docs_ = doc_bytes.data();
    // A list without a skip table learns its last doc from the decoded
    // block: decoded whole.
    if (upto != kNoMoreDocs && block_total_ > 1) {
      packed_tfs_ = tf_bytes.data();
      decoded_ = 0;
      DecodeUpTo(upto);
    } else {
      uint32_t deltas[kBlockSize];
      UnpackBits(doc_bytes.data(), n, doc_bits_, deltas);
      UnpackBits(tf_bytes.data(), n, tf_bits_, tfs_);
      for (size_t i = 0; i < n; ++i) {
        docs_[i] = previous + 1 + deltas[i];
        previous = docs_[i];
        tfs_[i] += 1;
      }
      decoded_ = n;
    }
  } else {
    for (size_t i = 0; i < n; ++i) {
      uint32_t delta = 0, tf = 0;
      if (!r.GetVarint32(delta) || !r.GetVarint32(tf))
        return Damage(post_file_, blocks_[block].offset, "bad block"), false;
      docs_[i] = previous + 1 + delta;
      previous = docs_[i];
      tfs_[i] = tf + 1;
    }
    if (!Verified(post_file_, blocks_[block].offset, static_cast<uint64_t>(r.position() - post_.data()))) return false;
    decoded_ = n;
  }
  if (df_ <= kBlockSize) blocks_[block].last_doc = docs_[n - 1];  // no skip table: known once decoded
  at_ = 0;
  doc_ = docs_[0];
  positions_doc_ = kNoMoreDocs;
  pos_index_ = 0;
  pos_at_ = blocks_[block].pos_offset;
  return true;
}

void PostingsCursor::DecodeUpTo(uint32_t target) {
  while (decoded_ < block_count_ && (decoded_ == 0 || docs_[decoded_ - 1] < target)) {
    const size_t m = std::min(kDecodeRun, block_count_ - decoded_);
    uint32_t deltas[kDecodeRun];
    UnpackBitsRange(packed_docs_, block_count_, doc_bits_, decoded_, m, deltas);
    uint32_t previous = decoded_ > 0 ? docs_[decoded_ - 1] : block_ == 0 ? kNoMoreDocs : blocks_[block_ - 1].last_doc;
    for (size_t i = 0; i < m; ++i) {
      previous += 1 + deltas[i];
      docs_[decoded_ + i] = previous;
    }
    decoded_ += m;
  }
}

uint32_t PostingsCursor::PendingTf() {
  if (lazy_) {
    Decode();
    return tfs_[at_];
  }
  return UnpackBit(packed_tfs_, block_count_, tf_bits_, at_) + 1;
}

void PostingsCursor::Settle() {
  shallow_ = false;
  const uint32_t bound = doc_;
  if (!LoadBlock(block_)) return;
  while (at_ + 1 < block_count_ && docs_[at_] < bound) ++at_;  // the block's last doc is >= bound
  doc_ = docs_[at_];
}

uint32_t PostingsCursor::Next() {
  if (doc_ == kNoMoreDocs) return doc_;
  if (shallow_) {
    Settle();
    return doc_;
  }
  if (lazy_ && !Decode()) return doc_;
  if (++at_ < decoded_) return doc_ = docs_[at_];
  if (at_ < block_count_) {  // the next run of a block decoded in part
    DecodeUpTo(doc_ + 1);
    return doc_ = docs_[at_];
  }
  LoadBlock(block_ + 1);
  return doc_;
}

size_t PostingsCursor::SearchBlocks(size_t from, uint32_t target) {
  size_t b = std::min(from, block_total_);
  if (probed_ > b && probed_ <= blocks_.size() && blocks_[probed_ - 1].last_doc < target) b = probed_;
  while (b < block_total_) {
    if (!ParseBlocks(b)) return block_total_;  // damaged: exhausted
    if (blocks_[b].last_doc >= target) break;
    ++b;
  }
  probed_ = b;
  return b;
}

uint32_t PostingsCursor::AdvanceFar(uint32_t target) {
  if (shallow_) Settle();
  if (doc_ == kNoMoreDocs || doc_ >= target) return doc_;
  // A lazy block is decoded only if the target may lie in it (a list
  // without a skip table knows its last doc only once decoded).
  if (lazy_ && blocks_[block_].last_doc >= target && !LoadBlock(block_, target)) return doc_;
  if (blocks_[block_].last_doc < target) {
    if (!LoadBlock(SearchBlocks(block_ + 1, target), target)) return doc_;
  } else {
    DecodeUpTo(target);
  }
  while (at_ + 1 < decoded_ && docs_[at_] < target) ++at_;  // the block's last doc is >= target
  return doc_ = docs_[at_];
}

uint32_t PostingsCursor::AdvanceShallow(uint32_t target) {
  if (doc_ == kNoMoreDocs || doc_ >= target) return doc_;
  if (!shallow_ && blocks_[block_].last_doc >= target) return Advance(target);  // decoded already
  const size_t b = SearchBlocks(block_, target);
  if (b == block_total_) {
    Exhaust(nullptr);
    return doc_;
  }
  block_ = b;
  shallow_ = true;
  lazy_ = false;
  return doc_ = target;
}

const BlockMeta* PostingsCursor::BlockFor(uint32_t target) {
  const size_t b = SearchBlocks(block_, target);
  return b < block_total_ ? &blocks_[b] : nullptr;
}

const std::vector<uint32_t>& PostingsCursor::Positions() {
  if (shallow_) Settle();
  if (lazy_) Decode();
  if (doc_ == kNoMoreDocs) {
    positions_.clear();
    return positions_;
  }
  if (positions_doc_ == doc_) return positions_;
  // Walk forward from where the last call stopped in this block (or from
  // the block's start), so reading every doc's positions is linear.
  if (pos_index_ > at_) {
    pos_index_ = 0;
    pos_at_ = blocks_[block_].pos_offset;
  }
  positions_.clear();
  if (pos_at_ > pos_.size()) return Damage(pos_file_, blocks_[block_].pos_offset, "bad positions"), positions_;
  ByteReader r(pos_.substr(pos_at_));
  for (; pos_index_ <= at_; ++pos_index_) {
    uint64_t count = 0;
    if (!r.GetVarint(count) || count > r.remaining()) return Damage(pos_file_, pos_at_, "bad positions"), positions_;
    const bool wanted = pos_index_ == at_;
    uint32_t p = 0;
    for (uint64_t i = 0; i < count; ++i) {
      uint32_t delta = 0;
      if (!r.GetVarint32(delta)) return Damage(pos_file_, pos_at_, "bad positions"), positions_;
      p += delta;
      if (wanted) positions_.push_back(p);
    }
  }
  const uint64_t from = pos_at_;
  pos_at_ += static_cast<uint64_t>(r.position() - (pos_.data() + pos_at_));
  if (!Verified(pos_file_, from, pos_at_)) {
    positions_.clear();
    return positions_;
  }
  positions_doc_ = doc_;
  return positions_;
}

std::string_view PostingsCursor::EncodedPositions() {
  if (shallow_) Settle();
  if (lazy_) Decode();
  if (doc_ == kNoMoreDocs) return {};
  // Walks forward like Positions(), measuring each document's entry
  // without decoding it: a count, then that many varints (bytes with the
  // high bit clear end one).
  if (pos_index_ > at_) {
    pos_index_ = 0;
    pos_at_ = blocks_[block_].pos_offset;
  }
  const uint64_t from = pos_at_;
  const char* const data = pos_.data();
  const uint64_t size = pos_.size();
  uint64_t at = pos_at_, entry = at;
  for (; pos_index_ <= at_; ++pos_index_) {
    entry = at;
    if (at > size) return Damage(pos_file_, entry, "bad positions"), std::string_view();
    ByteReader r(pos_.substr(static_cast<size_t>(at)));
    uint64_t count = 0;
    if (!r.GetVarint(count) || count > r.remaining())
      return Damage(pos_file_, entry, "bad positions"), std::string_view();
    at = static_cast<uint64_t>(r.position() - data);
    // Eight bytes at a time while fewer than `count` varints end in them
    // (so all eight belong to this entry), then byte by byte.
    constexpr uint64_t kHighBits = 0x8080808080808080ull;
    while (count > 8 && at + 8 <= size) {
      uint64_t word;
      std::memcpy(&word, data + at, 8);
      const auto ends = static_cast<uint64_t>(std::popcount(~word & kHighBits));
      if (ends >= count) break;
      count -= ends;
      at += 8;
    }
    for (; count > 0; ++at) {
      if (at >= size) return Damage(pos_file_, entry, "bad positions"), std::string_view();
      if ((static_cast<unsigned char>(data[at]) & 0x80) == 0) --count;
    }
  }
  pos_at_ = at;
  if (!Verified(pos_file_, from, pos_at_)) return {};
  return pos_.substr(static_cast<size_t>(entry), static_cast<size_t>(at - entry));
}

}  // namespace wenyuan::index
