// Index files with a checksum footer, and their memory-mapped readers.
//
// Every index file is `payload + chunk table + footer`. The payload is cut
// into chunks of kChecksumChunk bytes, and the table holds the CRC-32C
// (index/crc32c.h) of each; the footer holds a magic number, the file's kind
// (four letters), the format version, the payload length and the CRC-32C of
// the table and the footer's other fields. MappedFile maps a file read-only
// (RAII: the mapping lives as long as the object, and on Linux stays valid
// even after the file is unlinked, so readers keep old segments alive).
//
// Opening a CheckedFile checks the footer and the table (truncation, a
// damaged footer or table, or the wrong kind give Status::Corruption naming
// the file) and, with Verification::kWhole, every chunk. With kOnRead the
// chunks are verified when first read: a reader calls Verify for the bytes
// it decoded before it trusts them, and each chunk is checksummed once for
// the life of the object, so opening a large index costs a few page reads
// and a query pays only for the chunks it touches, once. VerifyAll checks
// the chunks not yet verified (`wenyuan check`, segment writes and merges).
// Files of format version 1 (one CRC over the whole payload) are still read,
// verified whole at open. Version 3 has version 2's layout; it marks the
// files of an index whose term dictionaries store their blocks' first-key
// prefixes (index/term_dictionary.h), so a binary from before them names
// the version it cannot read instead of calling the dictionary damaged.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "util/status.h"

namespace wenyuan::index {

inline constexpr uint32_t kFormatVersion = 3;
inline constexpr size_t kFooterBytes = 24;
inline constexpr size_t kChecksumChunk = 64 * 1024;

enum class Verification { kWhole, kOnRead };
// How a file is read. kRandom (postings, positions, dictionaries, titles: a
// query reads a few scattered ranges) turns the kernel's read-around off
// for the mapping, so a page fault on a cold file reads that page, not the
// device's whole readahead window (8 MiB on some machines, which made a
// first query after a restart read half a gigabyte), and each range
// verified is asked for ahead in one request (MADV_WILLNEED).
enum class ReadPattern { kSequential, kRandom };

class MappedFile {
 public:
  static Result<std::unique_ptr<MappedFile>> Open(const std::filesystem::path& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  std::string_view data() const { return {static_cast<const char*>(addr_), size_}; }
  // Drops the pages this process has read from its resident memory (the
  // data stays valid: a later read faults it in again from the page cache
  // or the file). Lets a writer that reads whole segments (verifying,
  // merging) keep its resident size bounded.
  void ReleasePages() const;
  // The same for bytes [begin, end) of the file (widened to whole pages).
  void ReleasePages(uint64_t begin, uint64_t end) const;
  // Page faults read only the page they need (no read-around).
  void AdviseRandom() const;
  // Asks the kernel to read bytes [begin, end) now, in one request.
  void Prefetch(uint64_t begin, uint64_t end) const;

 private:
  MappedFile(void* addr, size_t size) : addr_(addr), size_(size) {}
  void* addr_ = nullptr;
  size_t size_ = 0;
};

class CheckedFile {
 public:
  // `kind` is four characters ("DICT", "POST", ...).
  static Result<std::unique_ptr<CheckedFile>> Open(const std::filesystem::path& path, std::string_view kind,
                                                   Verification verification = Verification::kWhole,
                                                   ReadPattern pattern = ReadPattern::kSequential);
  std::string_view payload() const { return payload_; }
  const std::filesystem::path& path() const { return path_; }

  // OK when the chunks holding payload bytes [begin, end) match their
  // checksums; Corruption naming the file and the byte range otherwise.
  // Thread-safe; cheap for chunks already verified (one atomic load each).
  Status Verify(uint64_t begin, uint64_t end) const;
  Status VerifyAll() const { return Verify(0, payload_.size()); }
  // Asks the kernel to read the chunks holding payload bytes [begin, end)
  // that are not yet verified, without waiting: a reader about to Verify
  // many scattered ranges asks for them all first, so that their reads
  // overlap instead of following one another.
  void Prefetch(uint64_t begin, uint64_t end) const;
  // VerifyAll, dropping the pages it read from resident memory window by
  // window (kReleaseWindow bytes), and the rest of the file's at the end:
  // verifying a file of any size keeps at most a window of it resident.
  Status VerifyAllAndRelease() const;
  void ReleasePages() const { map_->ReleasePages(); }
  static constexpr uint64_t kReleaseWindow = uint64_t{4} << 20;

 private:
  CheckedFile() = default;
  Status VerifyChunk(size_t chunk) const;

  std::unique_ptr<MappedFile> map_;
  std::string_view payload_;
  std::string_view table_;  // 4 bytes a chunk (empty for version 1 files)
  std::unique_ptr<std::atomic<uint8_t>[]> verified_;
  std::filesystem::path path_;
  ReadPattern pattern_ = ReadPattern::kSequential;
};

// `payload` with its chunk table and footer appended.
std::string WithFooter(std::string payload, std::string_view kind);
// What follows a payload of `payload_length` bytes whose chunks have the
// CRC-32Cs in `chunk_table` (4 bytes each): the table and the footer. For
// writers that stream the payload (index/checked_file_writer.h).
std::string ChecksumTrailer(std::string_view chunk_table, uint64_t payload_length, std::string_view kind);
// Writes `payload` + footer crash-safely (temp file, fsync, rename, fsync dir;
// index/checked_file_writer.h), without copying the payload.
Status WriteCheckedFile(const std::filesystem::path& path, std::string_view kind, std::string payload);

}  // namespace wenyuan::index
