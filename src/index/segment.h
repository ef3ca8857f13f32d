// Segments: the immutable unit of the index. One segment is these files in
// the index folder, each with a checksum footer (index/checked_file.h):
//   NAME.dict  term dictionary (index/term_dictionary.h)
//   NAME.post  doc ids and term frequencies, with skip tables
//   NAME.pos   positions
//   NAME.docs  fixed-width DocValues per document, and field length totals
//   NAME.len   the length fields again, as compact columns
//              (index/length_columns.h; absent in segments written before
//              them, whose lengths are read from .docs)
//   NAME.ttl   each document's stored title (absent in segments written
//              before titles were stored: has_titles() is false)
// SegmentWriter builds one from terms given in key order; SegmentReader maps
// the files on open, checks their footers and checksum tables and reads the
// length columns whole (or, without them, .docs whole); the dictionary,
// postings, positions, titles and (with length columns) the document
// records are verified chunk by chunk as they are first read
// (index/checked_file.h), so a cold open reads a few bytes a document, and
// VerifyChecksums checks every chunk ("corrupt segment NAME: FILE: what").
// The reader is read-only and safe to share between threads.
#pragma once

#include <array>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "index/byte_coding.h"
#include "index/checked_file.h"
#include "index/checked_file_writer.h"
#include "index/index_document.h"
#include "index/postings.h"
#include "index/term_dictionary.h"
#include "util/status.h"

namespace wenyuan::index {

// Bytes per document in .docs: passage id, document id, signature (8 each),
// date (4), then the field lengths (4 each, from byte 28).
inline constexpr size_t kDocRecordBytes = 40;

// The file names of a segment, for writing, verifying and removing.
std::vector<std::string> SegmentFileNames(const std::string& name);

// Documents' titles packed as a .ttl file holds them: their bytes one
// after another, and where each starts (a few bytes a document, not a
// string each: a merge gathers the titles of all its documents).
struct SegmentTitles {
  std::string bytes;
  std::vector<uint64_t> starts;  // one a document
  void Add(std::string_view title) {
    starts.push_back(bytes.size());
    bytes += title;
  }
  size_t size() const { return starts.size(); }
};

class SegmentWriter {
 public:
  // `titles`, one a document, or none at all (then no .ttl file).
  explicit SegmentWriter(std::vector<DocValues> docs, const std::vector<std::string>& titles = {});
  SegmentWriter(std::vector<DocValues> docs, SegmentTitles titles)
      : docs_(std::move(docs)), titles_(std::move(titles)) {}
  // Optional, before the first AddTerm: postings and positions then go to
  // the segment's files under `dir` as they are made, so a large segment
  // is not held in memory (Finish must then name the same `dir` and `name`).
  Status StreamTo(const std::filesystem::path& dir, const std::string& name);
  // Keys in strictly increasing order; postings by ascending doc.
  void AddTerm(std::string_view key, std::span<const Posting> postings);
  // The same with the positions already encoded (the same bytes written).
  void AddTerm(std::string_view key, const EncodedPostings& postings);
  // Writes the files (each crash-safely) under `dir`; reports a failed
  // streamed write.
  Status Finish(const std::filesystem::path& dir, const std::string& name);
  uint32_t doc_count() const { return static_cast<uint32_t>(docs_.size()); }

 private:
  void Added(std::string_view key, TermInfo info);  // into the dictionary; streams out a full piece
  std::vector<DocValues> docs_;
  SegmentTitles titles_;
  TermDictionaryWriter dict_;
  std::string post_, pos_;  // not yet streamed out
  // When streaming: the files, and how much of each went to them.
  std::unique_ptr<CheckedFileWriter> post_file_, pos_file_;
  uint64_t post_base_ = 0, pos_base_ = 0;
  Status stream_status_;
};

class SegmentReader {
 public:
  static Result<std::shared_ptr<const SegmentReader>> Open(const std::filesystem::path& dir, const std::string& name);
  const std::string& name() const { return name_; }
  uint32_t doc_count() const { return doc_count_; }
  // A document's record (verified before use: Corruption if its bytes are
  // damaged); default values past the end.
  Result<DocValues> Doc(uint32_t doc) const;
  // Asks for the record of `doc` to be read ahead (CheckedFile::Prefetch):
  // before Doc() on many documents, so their reads overlap.
  void PrefetchDoc(uint32_t doc) const;
  // Inline: scoring asks it for every (document, clause). Read from one
  // dense array a field (4 bytes a document), not the 40-byte .docs
  // records: the candidates of a query then share cache lines and pages.
  uint32_t Length(uint32_t doc, Field field) const {
    if (doc >= doc_count_ || field == Field::kKeyword) return 1;
    return lengths_[static_cast<size_t>(field)][doc];
  }
  // The stored title (a span of the mapped file, valid while the reader
  // lives); only where has_titles().
  bool has_titles() const { return titles_ != nullptr; }
  Result<std::string_view> Title(uint32_t doc) const;
  uint64_t TotalLength(Field field) const { return total_length_[static_cast<size_t>(field)]; }

  Result<std::optional<TermInfo>> Find(std::string_view key) const { return FindIn(LocateTerm(key), key); }
  // Find in steps, for a query's many keys (TermDictionary::Locate,
  // PrefetchBlock, FindIn): every key's dictionary block asked for before
  // any is decoded, so that on a cold index their reads overlap.
  size_t LocateTerm(std::string_view key) const { return dict_.Locate(key); }
  void PrefetchTermBlock(size_t block) const { dict_.PrefetchBlock(block); }
  Result<std::optional<TermInfo>> FindIn(size_t block, std::string_view key) const;
  // Asks for what opening a cursor on `info` reads (the skip table and the
  // first block) without waiting, for the same reason. Not the positions:
  // a query that reads none would ask again each time (a system call),
  // as chunks never verified are asked for.
  void PrefetchPostings(const TermInfo& info) const;
  PostingsCursor Cursor(const TermInfo& info) const { return PostingsCursor(*post_, *pos_, info); }
  TermDictionary::Iterator Seek(std::string_view from) const { return dict_.Seek(from); }
  size_t term_count() const { return dict_.size(); }
  // Every chunk of the files against its checksum (those already
  // verified are skipped), and the length columns against the records:
  // for `wenyuan check`, and after writes and merges.
  Status VerifyChecksums() const;
  // The same, each file's pages dropped from resident memory as they are
  // checked (CheckedFile::VerifyAllAndRelease): what a writer uses after
  // writing or before merging a segment, so that checking one of any size
  // keeps only a window of it resident. Reads stay valid.
  Status VerifyChecksumsAndRelease() const;
  // Drops the pages read of the segment's files from resident memory
  // (CheckedFile::ReleasePages); reads stay valid.
  void ReleasePages() const;

  // Whether every document has its one-character terms (CharTerm keys,
  // index_document.h); if not, CharAlternatives stands in for them.
  bool has_char_terms() const { return has_char_terms_; }
  // Whether every document carries its TitleKey (index_document.h).
  bool has_title_keys() const { return has_title_keys_; }
  // The keys a one-character term expands to in a segment without char
  // terms: the character itself and every two-code-point term of `field`
  // holding it.
  Result<std::vector<std::string>> CharAlternatives(Field field, std::string_view han) const;

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
  std::unique_ptr<CheckedFile> dict_file_, post_, pos_, docs_, titles_;
  TermDictionary dict_;
  uint32_t doc_count_ = 0;
  // Each length field's values, one a document, copied at open from .len
  // (or .docs).
  std::array<std::vector<uint32_t>, kLengthFields> lengths_;
  bool has_char_terms_ = false;
  bool has_title_keys_ = false;
  std::array<uint64_t, kLengthFields> total_length_{};
  mutable std::array<PairTable, 4> pairs_;  // per Field
};

}  // namespace wenyuan::index
