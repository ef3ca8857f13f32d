// SegmentBuffer: the writer's in-memory segment. Documents are inverted as
// they are added (term → postings with positions in flat arrays), so the
// buffer holds postings, not token lists; Write() sorts the terms and writes
// a segment. Buffered documents can be deleted (they are written, then
// marked in the new segment's deletion bitmap).
#pragma once

#include <filesystem>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "index/deletion_bitmap.h"
#include "index/index_document.h"
#include "util/status.h"

namespace wenyuan::index {

class SegmentBuffer {
 public:
  void Add(const IndexDocument& doc);
  void DeleteKeyword(std::string_view keyword);
  void DeletePassages(const std::unordered_set<int64_t>& passage_ids);
  uint32_t docs() const { return static_cast<uint32_t>(values_.size()); }
  uint32_t live_docs() const { return docs() - deleted_count_; }
  // What the buffer has allocated, near enough (vector capacities, map
  // nodes, long keys and titles): what a memory budget compares with.
  size_t ApproximateBytes() const { return bytes_; }
  // Writes the segment (every buffered document) and returns which of its
  // documents were deleted while buffered.
  Result<DeletionBitmap> Write(const std::filesystem::path& dir, const std::string& name) const;
  void Clear();

 private:
  struct RawPosting {
    uint32_t doc, tf, pos_begin, pos_count;
  };
  struct TermPostings {
    std::vector<RawPosting> postings;
    std::vector<uint32_t> positions;
  };
  TermPostings& Term(Field field, std::string_view term);

  std::vector<DocValues> values_;
  std::vector<std::string> titles_;
  std::unordered_map<std::string, TermPostings> terms_;
  std::vector<bool> deleted_;
  uint32_t deleted_count_ = 0;
  size_t bytes_ = 0;
  std::string key_;  // scratch for term lookups
};

}  // namespace wenyuan::index
