// SegmentBuffer: the writer's in-memory segment. Documents are inverted as
// they are added (term → postings with positions in flat arrays), so the
// buffer holds postings, not token lists; Write() sorts the terms and writes
// a segment. Buffered documents can be deleted (they are written, then
// marked in the new segment's deletion bitmap).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
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
  // positions…] in document order.
  struct TermPostings {
    WordLists::List words;
    uint32_t count = 0;  // postings
  };
  // A distinct term of the document being added, in one field: its
  // weighted count, and where its positions sit in `positions_`.
  struct LocalTerm {
    std::string_view term;
    uint64_t hash = 0;  // of `term` alone (LocalHash: the local table's own)
    uint32_t tf = 0, count = 0, first = 0;
  };
  // Gathers `field`'s tokens of document `d` by term (first occurrence
  // first), then appends one posting per term.
  void AddField(Field field, const std::vector<FieldToken>& tokens, uint32_t d);
  void AddKeywords(const std::vector<std::string>& keywords, uint32_t d);
  // Looks each of locals_ up in the term table (in order, so ids are
  // given in first-occurrence order) and opens its posting for `d`.
  void AppendPostings(Field field, uint32_t d, bool with_positions);
  // The local index of `term` (hash `hash`), added to locals_ if new.
  uint32_t Local(std::string_view term, uint64_t hash);

  std::vector<DocValues> values_;
  std::vector<std::string> titles_;
  TermTable terms_;                     // "<field byte><term>" → id
  std::vector<TermPostings> postings_;  // by term id
  WordLists words_;                     // every term's postings
  std::vector<bool> deleted_;
  uint32_t deleted_count_ = 0;
  size_t bytes_ = 0;
  // Scratch of Add, kept warm between documents.
  std::vector<LocalTerm> locals_;
  std::vector<uint32_t> local_slots_;  // local table: index into locals_ + 1, 0 empty
  std::vector<uint32_t> token_local_;  // each token's local term
  std::vector<uint32_t> positions_;    // positions grouped by local term
  std::string keys_;                   // "<field byte><term>" of each local term
  std::vector<TermTable::Hashed> hashed_;
  std::vector<uint32_t> ids_;  // term id of each local term
};

}  // namespace wenyuan::index
