// Postings: for one term, the documents that hold it (ascending ids), each
// with its term frequency and token positions.
//
// Layout in a segment's .post payload, per term: a skip table (one entry per
// block: last doc id, byte size, max term frequency, shortest field length,
// positions byte size; left out when there is one block), then blocks of 128
// postings: doc-id deltas and
// term frequencies bit-packed (index/bit_packing.h); the last, partial block
// as varints. Positions go to the .pos payload: per document a count and
// delta-coded positions. The skip table's per-block maxima give block-max
// WAND its upper bounds without decoding a block.
#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "index/checked_file.h"
#include "index/term_dictionary.h"
#include "util/status.h"

namespace wenyuan::index {

inline constexpr uint32_t kNoMoreDocs = std::numeric_limits<uint32_t>::max();
inline constexpr size_t kBlockSize = 128;
inline constexpr size_t kDecodeRun = 32;  // ids decoded at a time by a probe (PostingsCursor::Advance)

struct Posting {
  uint32_t doc = 0;
  uint32_t tf = 0;                  // weighted count (>= 1)
  std::vector<uint32_t> positions;  // ascending, may be empty
};

// A term's postings with their positions already encoded as .pos holds
// them (per posting: the count, then the gaps), so that a merge copies
// each posting's positions bytes from its input instead of decoding and
// encoding them again, and the in-memory segment encodes them once.
struct EncodedPostings {
  std::vector<uint32_t> docs, tfs;
  std::string positions;                // every posting's, in order
  std::vector<uint64_t> position_ends;  // where each posting ends in `positions`
  size_t size() const { return docs.size(); }
  void clear() {
    docs.clear();
    tfs.clear();
    positions.clear();
    position_ends.clear();
  }
  void Add(uint32_t doc, uint32_t tf, std::string_view encoded_positions) {
    docs.push_back(doc);
    tfs.push_back(tf);
    positions.append(encoded_positions);
    position_ends.push_back(positions.size());
  }
};

// Appends a term's postings to the segment's .post and .pos buffers.
// `field_length(doc)` gives the term's field length, for the block minima.
// Both forms write the same bytes for the same postings.
template <typename LengthOf>
TermInfo WritePostings(const EncodedPostings& postings, LengthOf field_length, std::string& post, std::string& pos);
template <typename LengthOf>
TermInfo WritePostings(std::span<const Posting> postings, LengthOf field_length, std::string& post, std::string& pos);

struct BlockMeta {
  uint32_t last_doc = 0;
  uint32_t max_tf = 0;
  uint32_t min_length = 0;
  uint64_t offset = 0;      // block start in .post
  uint64_t pos_offset = 0;  // block's first positions in .pos
};

// Walks one term's postings. Cheap to create; not thread-safe (one per query).
class PostingsCursor {
 public:
  PostingsCursor() = default;
  PostingsCursor(std::string_view post, std::string_view pos, const TermInfo& info);
  // The same over a segment's files: every byte range decoded is checked
  // against the files' chunk checksums (CheckedFile::Verify) before use, so
  // a damaged block reads as Corruption naming the file.
  PostingsCursor(const CheckedFile& post, const CheckedFile& pos, const TermInfo& info);

  // An opened cursor decodes nothing: doc() is its first document, read
  // alone, until the cursor moves or is asked for tf() or Positions(); a
  // list that is only bounded (BlockFor) or skipped past is never decoded.
  uint32_t doc() const { return doc_; }
  uint32_t tf() {
    if (lazy_ || packed_tfs_) return PendingTf();
    return tfs_[at_];
  }
  uint32_t df() const { return df_; }
  // Moves to the next doc (kNoMoreDocs at the end).
  uint32_t Next();
  // Moves to the first doc >= target. Inline where the target lies in the
  // decoded part of the block (a leapfrog's usual step); otherwise
  // AdvanceFar. A block it moves into is decoded only as far as the target
  // (runs of kDecodeRun ids; the frequencies one by one as asked): a probe
  // that asks whether one document holds the term, as pruning does at
  // scattered documents of a long list, reads part of a block (Next goes on
  // a run at a time). Next into a block, or a shallow one's use, decodes it all.
  uint32_t Advance(uint32_t target) {
    if (!shallow_) {
      if (doc_ >= target) return doc_;  // also at the end (kNoMoreDocs)
      if (!lazy_ && docs_[decoded_ - 1] >= target) {
        while (docs_[at_] < target) ++at_;
        return doc_ = docs_[at_];
      }
    }
    return AdvanceFar(target);
  }
  // The same, except that when the first doc >= target lies in a block not
  // yet decoded, it moves only to that block: doc() is then `target`, a
  // lower bound of the doc there (shallow() is true), until Advance or Next
  // decodes the block (Next then gives the first doc >= that bound). For
  // block-max WAND, which passes over most blocks it reaches on their
  // skip-table maxima alone. tf() and Positions() need a decoded doc.
  uint32_t AdvanceShallow(uint32_t target);
  bool shallow() const { return shallow_; }
  // The block that holds (or would hold) `target`, without decoding it; null
  // past the last block. For block-max upper bounds.
  const BlockMeta* BlockFor(uint32_t target);
  // The current doc's positions.
  const std::vector<uint32_t>& Positions();
  // The same as .pos holds them (the count, then the gaps; what
  // EncodePositions writes), without decoding them: a view of the file.
  std::string_view EncodedPositions();
  // Not OK if the bytes did not decode (the cursor then reads as exhausted).
  const Status& status() const { return status_; }
  // Back to the first document, as opened, keeping the skip table read so
  // far (a later pass over the same list does not parse it again). A
  // damaged cursor stays exhausted.
  void Rewind();

 private:
  void Init(const TermInfo& info);
  // Loads `block`: a full block's ids decoded up to the first >= `upto`
  // (all of them, and its frequencies, when `upto` is kNoMoreDocs); the
  // rest of it on demand (DecodeUpTo, PendingTf).
  bool LoadBlock(size_t block, uint32_t upto = kNoMoreDocs);
  // Decodes the loaded block's ids on, a run at a time, until one is >=
  // target or the block ends.
  void DecodeUpTo(uint32_t target);
  uint32_t PendingTf();  // tf() of a lazy block, or one left packed
  // The first block from `from` whose last doc is >= target (the end if
  // none), starting past the last search's stop where that is safe.
  size_t SearchBlocks(size_t from, uint32_t target);
  // Reads the skip table up to `block`; false if it is past the end or the
  // table is damaged (the cursor is then exhausted).
  bool ParseBlocks(size_t block);
  uint32_t AdvanceFar(uint32_t target);  // Advance's general case
  void Settle();                         // decodes the shallow block, to the first doc >= doc_
  // Reads the first block's first doc alone (the cursor is then lazy_).
  void Peek();
  // Decodes the lazy first block; false (exhausted) if it is damaged.
  bool Decode();
  void Exhaust(const char* what);
  void Exhaust(Status status);
  void Damage(const CheckedFile* file, uint64_t at, const char* what);
  bool Verified(const CheckedFile* file, uint64_t begin, uint64_t end);

  std::string_view post_, pos_;
  const CheckedFile* post_file_ = nullptr;
  const CheckedFile* pos_file_ = nullptr;
  std::vector<BlockMeta> blocks_;                     // the skip table's entries read so far
  size_t block_total_ = 0;                            // blocks in the list
  std::string_view table_;                            // the skip table's bytes not yet read
  uint64_t table_at_ = 0;                             // the list's offset in .post (for damage)
  uint64_t table_offset_ = 0, table_pos_offset_ = 0;  // the next block's starts
  uint32_t df_ = 0;
  size_t block_ = 0;  // loaded block
  // Where the last block search stopped: a later target past the block
  // before it starts there, so probing a cursor left behind (its block
  // maxima asked for ever later targets, as pruning does) stays linear.
  size_t probed_ = 0;
  size_t block_count_ = 0;  // postings in it
  size_t decoded_ = 0;      // docs_[0, decoded_) are decoded (the loaded block's)
  // The loaded full block's packed ids (while some are not decoded) and
  // frequencies (non-null while tfs_ does not hold them).
  const char* packed_docs_ = nullptr;
  const char* packed_tfs_ = nullptr;
  uint32_t doc_bits_ = 0, tf_bits_ = 0;
  size_t at_ = 0;
  uint32_t doc_ = kNoMoreDocs;
  uint32_t first_doc_ = kNoMoreDocs;  // the list's first document (Peek)
  bool shallow_ = false;              // block_ is not decoded; doc_ is a lower bound
  bool lazy_ = false;                 // block_ (the first) is not decoded; doc_ is its first doc, exact
  uint32_t docs_[kBlockSize] = {};
  uint32_t tfs_[kBlockSize] = {};
  // Positions decoding state within the loaded block.
  size_t pos_index_ = 0;  // the block's doc whose positions start at pos_at_
  uint64_t pos_at_ = 0;
  uint32_t positions_doc_ = kNoMoreDocs;  // whose positions positions_ holds
  std::vector<uint32_t> positions_;
  Status status_;
};

// ---- implementation of the templates ----
void EncodeDocsBlock(const uint32_t* docs, const uint32_t* tfs, size_t n, uint32_t previous_doc, std::string& out);
void EncodePositions(const std::vector<uint32_t>& positions, std::string& out);
void PutVarintTo(std::string& out, uint64_t v);

template <typename LengthOf>
TermInfo WritePostings(const EncodedPostings& postings, LengthOf field_length, std::string& post, std::string& pos) {
  TermInfo info;
  info.df = static_cast<uint32_t>(postings.size());
  info.postings_offset = post.size();
  info.positions_offset = pos.size();
  info.min_length = std::numeric_limits<uint32_t>::max();
  std::string blocks_bytes;
  std::string table;
  uint32_t previous = kNoMoreDocs;  // "-1": the first delta is the doc id
  for (size_t start = 0; start < postings.size(); start += kBlockSize) {
    const size_t n = std::min(kBlockSize, postings.size() - start);
    uint32_t max_tf = 0, min_len = std::numeric_limits<uint32_t>::max();
    for (size_t i = start; i < start + n; ++i) {
      max_tf = std::max(max_tf, postings.tfs[i]);
      min_len = std::min<uint32_t>(min_len, field_length(postings.docs[i]));
    }
    const uint64_t pos_begin = start == 0 ? 0 : postings.position_ends[start - 1];
    const uint64_t pos_end = postings.position_ends[start + n - 1];
    pos.append(postings.positions, static_cast<size_t>(pos_begin), static_cast<size_t>(pos_end - pos_begin));
    const size_t before = blocks_bytes.size();
    EncodeDocsBlock(&postings.docs[start], &postings.tfs[start], n, previous, blocks_bytes);
    const uint32_t last = postings.docs[start + n - 1];
    PutVarintTo(table, last - (previous + 1));
    PutVarintTo(table, blocks_bytes.size() - before);
    PutVarintTo(table, max_tf);
    PutVarintTo(table, min_len);
    PutVarintTo(table, pos_end - pos_begin);
    previous = last;
    info.max_tf = std::max(info.max_tf, max_tf);
    info.min_length = std::min(info.min_length, min_len);
  }
  // One block needs no skip table: the term dictionary has its maxima.
  if (postings.size() > kBlockSize) {
    PutVarintTo(post, table.size());
    post += table;
  }
  post += blocks_bytes;
  if (postings.size() == 0) info.min_length = 0;
  return info;
}

template <typename LengthOf>
TermInfo WritePostings(std::span<const Posting> postings, LengthOf field_length, std::string& post, std::string& pos) {
  EncodedPostings encoded;
  for (const Posting& p : postings) {
    encoded.docs.push_back(p.doc);
    encoded.tfs.push_back(p.tf);
    EncodePositions(p.positions, encoded.positions);
    encoded.position_ends.push_back(encoded.positions.size());
  }
  return WritePostings(encoded, field_length, post, pos);
}

}  // namespace wenyuan::index
