// TermCursor: one query term in one segment, as a cursor over its postings.
// A term with alternatives is their union, its frequency their sum; a plain
// term streams its postings, with block maxima for pruning. A one-character
// term (CharTerm, index_document.h) streams the character's own postings,
// or, in a segment written before they existed, is the union of the
// bigrams that hold the character (SegmentReader::CharAlternatives).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "index/postings.h"
#include "index/segment.h"
#include "util/status.h"

namespace wenyuan::index {

struct BlockBound {
  uint32_t last_doc = kNoMoreDocs;
  uint32_t max_tf = 0;
  uint32_t min_length = 0;
};

class TermCursor {
 public:
  // `keys` are full term keys (field byte + term). Absent keys are skipped;
  // empty() if none is in the segment.
  static Result<TermCursor> Open(const SegmentReader& segment, const std::vector<std::string>& keys);
  // Open in two steps, for a caller that opens the same term more than once
  // per query: the dictionary entries of `keys` (the character's bigrams
  // for a one-character term in an old segment; absent keys left out), and
  // the cursor over entries so found (`field` is the keys' field).
  static Result<std::vector<TermInfo>> Resolve(const SegmentReader& segment, const std::vector<std::string>& keys);
  // Resolve in two steps, for a caller with many terms: Locate finds where
  // each key's dictionary entry is and asks for those bytes without
  // waiting; Resolve decodes them and asks for the postings each entry
  // points to (SegmentReader::PrefetchTermBlock, PrefetchPostings). A
  // caller that locates all its terms first makes the reads of a cold
  // index overlap instead of following one another.
  struct Located {
    std::vector<std::string> keys;  // as Resolve looks them up (alternatives expanded)
    std::vector<size_t> blocks;     // each key's dictionary block
  };
  static Result<Located> Locate(const SegmentReader& segment, const std::vector<std::string>& keys);
  static Result<std::vector<TermInfo>> Resolve(const SegmentReader& segment, const Located& located);
  static Result<TermCursor> FromInfos(const SegmentReader& segment, const std::vector<TermInfo>& infos, Field field);

  bool empty() const { return df_ == 0; }
  uint64_t df() const { return df_; }
  uint32_t doc() const {  // inline: WAND asks it at every step
    if (materialized_) return at_ < docs_.size() ? docs_[at_] : kNoMoreDocs;
    return alternatives_.empty() ? kNoMoreDocs : alternatives_[0].doc();
  }
  uint32_t tf() { return materialized_ ? tfs_[at_] : alternatives_[0].tf(); }
  uint32_t Next();
  uint32_t Advance(uint32_t target) {  // inline: the leapfrog's step
    if (!materialized_) return alternatives_.empty() ? kNoMoreDocs : alternatives_[0].Advance(target);
    return AdvanceMaterialized(target);
  }
  // Advance without decoding the block it lands in (PostingsCursor::
  // AdvanceShallow): doc() may then be a lower bound (the target) until
  // Advance(doc()) decodes it. A union of alternatives advances in full.
  uint32_t AdvanceShallow(uint32_t target);
  // Bounds over the whole list, and over the block that holds `target`.
  BlockBound WholeBound() const { return whole_; }
  BlockBound BlockFor(uint32_t target);
  // Back to the first document (PostingsCursor::Rewind).
  void Rewind();
  // Positions of the current doc (the union over alternatives, sorted).
  std::vector<uint32_t> Positions();
  Status status() const;

 private:
  uint32_t AdvanceMaterialized(uint32_t target);
  std::vector<PostingsCursor> alternatives_;  // for positions (and streaming when one)
  bool materialized_ = false;
  std::vector<uint32_t> docs_, tfs_;
  size_t at_ = 0;
  uint64_t df_ = 0;
  BlockBound whole_;
};

}  // namespace wenyuan::index
