// DeletionBitmap: which documents of a segment are deleted. Segments are
// immutable; deletes are a bitmap per segment, written as a new generation
// file ("<segment>_<gen>.del") that the manifest names, and dropped when a
// merge rewrites the segment without them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "util/status.h"

namespace wenyuan::index {

class DeletionBitmap {
 public:
  DeletionBitmap() = default;
  explicit DeletionBitmap(uint32_t docs) : docs_(docs), words_((docs + 63) / 64, 0) {}

  bool IsDeleted(uint32_t doc) const { return doc < docs_ && (words_[doc / 64] >> (doc % 64)) & 1; }
  // True if it was live.
  bool Delete(uint32_t doc);
  uint32_t deleted() const { return deleted_; }
  uint32_t docs() const { return docs_; }

  Status Write(const std::filesystem::path& path) const;
  // Corruption names the file; the doc count must match the segment's.
  static Result<DeletionBitmap> Read(const std::filesystem::path& path, uint32_t docs);

 private:
  uint32_t docs_ = 0;
  uint32_t deleted_ = 0;
  std::vector<uint64_t> words_;
};

}  // namespace wenyuan::index
