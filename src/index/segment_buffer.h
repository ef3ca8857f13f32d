// SegmentBuffer: the writer's in-memory segment. Documents are inverted as
// they are added (term → postings with positions in flat arrays), so the
// buffer holds postings, not token lists; Write() sorts the terms and writes
// a segment. Buffered documents can be deleted (they are written, then
// marked in the new segment's deletion bitmap).
#pragma once

#include <filesystem>
#include <string>
#include <unordered_set>
#include <vector>

#include "index/deletion_bitmap.h"
#include "index/index_document.h"
#include "index/term_table.h"
#include "index/word_lists.h"
#include "util/status.h"

namespace wenyuan::index {

class SegmentBuffer {
 public:
  // `initial_term_slots`: the term table's first size (tests make it tiny).
  explicit SegmentBuffer(size_t initial_term_slots = 1024) : terms_(initial_term_slots) {}
  void Add(const IndexDocument& doc);
  void DeleteKeyword(std::string_view keyword);
  void DeletePassages(const std::unordered_set<int64_t>& passage_ids);
  uint32_t docs() const { return static_cast<uint32_t>(values_.size()); }
  uint32_t live_docs() const { return docs() - deleted_count_; }
  // What the buffer has allocated, near enough (vector capacities, the term
  // table, long titles): what a memory budget compares with.
  size_t ApproximateBytes() const {
    return bytes_ + terms_.ApproximateBytes() + postings_.capacity() * sizeof(TermPostings) + words_.ApproximateBytes();
  }
  // Writes the segment (every buffered document) and returns which of its
  // documents were deleted while buffered.
  Result<DeletionBitmap> Write(const std::filesystem::path& dir, const std::string& name) const;
  void Clear();

 private:
  // One term's postings as words: per document [doc, tf, position count,
  // positions…] in document order; the last one's tf and count are updated
  // in place by their addresses.
  struct TermPostings {
    WordLists::List words;
    uint32_t last_doc = 0, tf_at = 0, count_at = 0;
    uint32_t count = 0;  // postings
  };
  // The postings of `term` in `field`, and whether document `d` has begun
  // one (if not, a posting for it is appended with `tf`).
  TermPostings& OpenPosting(Field field, std::string_view term, uint32_t d, uint32_t tf);

  std::vector<DocValues> values_;
  std::vector<std::string> titles_;
  TermTable terms_;                     // "<field byte><term>" → id
  std::vector<TermPostings> postings_;  // by term id
  WordLists words_;                     // every term's postings
  std::vector<bool> deleted_;
  uint32_t deleted_count_ = 0;
  size_t bytes_ = 0;
  std::string key_;  // scratch for term lookups
};

}  // namespace wenyuan::index
