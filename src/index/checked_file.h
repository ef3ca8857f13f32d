// Index files with a checksum footer, and their memory-mapped readers.
//
// Every index file is `payload + footer`; the footer holds a magic number,
// the file's kind (four letters), the format version, the payload length and
// the CRC-32C of the payload. MappedFile maps a file read-only (RAII: the
// mapping lives as long as the object, and on Linux stays valid even after
// the file is unlinked, so readers keep old segments alive). Opening a
// CheckedFile verifies the whole file: truncation, a flipped byte anywhere,
// or the wrong kind give Status::Corruption naming the file.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "util/status.h"

namespace wenyuan::index {

inline constexpr uint32_t kFormatVersion = 1;
inline constexpr size_t kFooterBytes = 24;

class MappedFile {
 public:
  static Result<std::unique_ptr<MappedFile>> Open(const std::filesystem::path& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  std::string_view data() const { return {static_cast<const char*>(addr_), size_}; }

 private:
  MappedFile(void* addr, size_t size) : addr_(addr), size_(size) {}
  void* addr_ = nullptr;
  size_t size_ = 0;
};

class CheckedFile {
 public:
  // `kind` is four characters ("DICT", "POST", ...).
  static Result<std::unique_ptr<CheckedFile>> Open(const std::filesystem::path& path, std::string_view kind);
  std::string_view payload() const { return payload_; }
  const std::filesystem::path& path() const { return path_; }

 private:
  CheckedFile() = default;
  std::unique_ptr<MappedFile> map_;
  std::string_view payload_;
  std::filesystem::path path_;
};

// `payload` with its footer appended.
std::string WithFooter(std::string payload, std::string_view kind);
// Writes `payload` + footer crash-safely (temp file, fsync, rename, fsync dir).
Status WriteCheckedFile(const std::filesystem::path& path, std::string_view kind, std::string payload);

}  // namespace wenyuan::index
