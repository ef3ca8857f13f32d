// LineChunkReader: a file of one record a line (JSON Lines), read in chunks
// of whole lines of about `chunk_bytes`, so a file of any size passes
// through a bounded buffer. A line longer than `max_line_bytes` is not
// kept: it comes back empty (line numbers stay right) with a warning naming
// it, and the reader skips to its end without holding it. Not thread-safe.
#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "util/status.h"

namespace wenyuan::ingest {

class LineChunkReader {
 public:
  static Result<LineChunkReader> Open(const std::filesystem::path& path, size_t chunk_bytes, size_t max_line_bytes);

  // The next chunk of whole lines (each ending in '\n' but perhaps the
  // file's last), and the number of its first line (from 1). False at the end.
  Result<bool> Next(std::string& chunk, size_t& first_line);
  uint64_t bytes_read() const { return bytes_read_; }
  // Warnings since the last call ("line 12: 20000000 bytes, ...").
  std::vector<std::string> TakeWarnings();
  // The numbers of the lines skipped as too long since the last call (they
  // may lie past the chunk just handed out).
  std::vector<size_t> TakeSkippedLines();

 private:
  using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;
  LineChunkReader(std::filesystem::path path, File file, size_t chunk_bytes, size_t max_line_bytes)
      : path_(std::move(path)), file_(std::move(file)), chunk_bytes_(chunk_bytes), max_line_bytes_(max_line_bytes) {}

  std::filesystem::path path_;
  File file_;
  size_t chunk_bytes_, max_line_bytes_;
  void WarnSkipped();  // at the end of an over-long line

  std::string pending_;    // bytes read past the last whole line handed out
  size_t line_begin_ = 0;  // where in pending_ the line under way starts
  bool skipping_ = false;  // inside an over-long line
  uint64_t skipped_bytes_ = 0;
  size_t next_line_ = 1;  // number of the first line in pending_
  uint64_t bytes_read_ = 0;
  bool eof_ = false;
  std::vector<std::string> warnings_;
  std::vector<size_t> skipped_lines_;
};

}  // namespace wenyuan::ingest
