// CheckedFileWriter: writes an index file with a checksum footer
// (index/checked_file.h) whose payload arrives in pieces, so a large
// segment (a merge's output) never sits whole in memory. The payload goes
// to "<path>.tmp" as whole checksum chunks are complete; Finish appends the
// chunk table and footer, fsyncs, renames the file into place and fsyncs
// the folder, as WriteCheckedFile does. A writer destroyed unfinished
// removes its temporary file (one a crash leaves is removed by the index
// writer's sweep of unreferenced files). Not thread-safe.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "util/status.h"

namespace wenyuan::index {

class CheckedFileWriter {
 public:
  static Result<std::unique_ptr<CheckedFileWriter>> Create(const std::filesystem::path& path, std::string_view kind);
  ~CheckedFileWriter();
  CheckedFileWriter(const CheckedFileWriter&) = delete;
  CheckedFileWriter& operator=(const CheckedFileWriter&) = delete;

  // Appends to the payload; writes out every whole chunk gathered.
  Status Append(std::string_view bytes);
  // Payload bytes appended so far.
  uint64_t size() const { return written_ + pending_.size(); }
  Status Finish();

 private:
  CheckedFileWriter(std::filesystem::path path, std::filesystem::path tmp, std::string kind, int fd)
      : path_(std::move(path)), tmp_(std::move(tmp)), kind_(std::move(kind)), fd_(fd) {}
  Status WriteOut(std::string_view bytes);  // to the file, checksummed chunk by chunk

  std::filesystem::path path_, tmp_;
  std::string kind_;
  int fd_ = -1;
  std::string pending_;  // less than a chunk, or a few chunks before they are written
  std::string table_;    // CRC-32C of each chunk written
  uint64_t written_ = 0;
  bool finished_ = false;
};

}  // namespace wenyuan::index
