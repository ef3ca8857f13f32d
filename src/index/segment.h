// Segments: the immutable unit of the index. One segment is four files in
// the index folder, each with a checksum footer (index/checked_file.h):
//   NAME.dict  term dictionary (index/term_dictionary.h)
//   NAME.post  doc ids and term frequencies, with skip tables
//   NAME.pos   positions
//   NAME.docs  fixed-width DocValues per document, and field length totals
// SegmentWriter builds one from terms given in key order; SegmentReader maps
// and verifies all four files on open ("corrupt segment NAME: FILE: what")
// and is then read-only and safe to share between threads.
#pragma once

#include <array>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "index/checked_file.h"
#include "index/index_document.h"
#include "index/postings.h"
#include "index/term_dictionary.h"
#include "util/status.h"

namespace wenyuan::index {

// The file names of a segment, for writing, verifying and removing.
std::vector<std::string> SegmentFileNames(const std::string& name);

class SegmentWriter {
 public:
  explicit SegmentWriter(std::vector<DocValues> docs) : docs_(std::move(docs)) {}
  // Keys in strictly increasing order; postings by ascending doc.
  void AddTerm(std::string_view key, const std::vector<Posting>& postings);
  // Writes the four files (each crash-safely) under `dir`.
  Status Finish(const std::filesystem::path& dir, const std::string& name);
  uint32_t doc_count() const { return static_cast<uint32_t>(docs_.size()); }

 private:
  std::vector<DocValues> docs_;
  TermDictionaryWriter dict_;
  std::string post_, pos_;
};

class SegmentReader {
 public:
  static Result<std::shared_ptr<const SegmentReader>> Open(const std::filesystem::path& dir, const std::string& name);
  const std::string& name() const { return name_; }
  uint32_t doc_count() const { return doc_count_; }
  DocValues Doc(uint32_t doc) const;
  uint32_t Length(uint32_t doc, Field field) const;
  uint64_t TotalLength(Field field) const { return total_length_[static_cast<size_t>(field)]; }

  Result<std::optional<TermInfo>> Find(std::string_view key) const;
  PostingsCursor Cursor(const TermInfo& info) const { return PostingsCursor(post_->payload(), pos_->payload(), info); }
  TermDictionary::Iterator Seek(std::string_view from) const { return dict_.Seek(from); }
  size_t term_count() const { return dict_.size(); }

  // The first code points of the two-code-point terms of `field` that end
  // with `last`: the half of "every bigram holding this character" that a
  // prefix seek cannot give. Built on first use by one pass over the
  // field's terms and kept (8 bytes a term; the segment never changes).
  // Thread-safe.
  Result<std::vector<char32_t>> PairsEndingWith(Field field, char32_t last) const;

 private:
  SegmentReader() = default;
  struct PairTable {
    std::once_flag built;
    Status status;
    std::vector<uint64_t> keys;  // last << 32 | first, sorted
  };
  std::string name_;
  std::unique_ptr<CheckedFile> dict_file_, post_, pos_, docs_;
  TermDictionary dict_;
  uint32_t doc_count_ = 0;
  std::array<uint64_t, kLengthFields> total_length_{};
  mutable std::array<PairTable, 4> pairs_;  // per Field
};

}  // namespace wenyuan::index
