#include "ingest/line_chunk_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

namespace wenyuan::ingest {

Result<LineChunkReader> LineChunkReader::Open(const std::filesystem::path& path, size_t chunk_bytes,
                                              size_t max_line_bytes) {
  File f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return Status::IOError(path.string() + ": cannot open: " + std::strerror(errno));
  return LineChunkReader(path, std::move(f), std::max<size_t>(chunk_bytes, 1), std::max<size_t>(max_line_bytes, 1));
}

std::vector<std::string> LineChunkReader::TakeWarnings() { return std::exchange(warnings_, {}); }
std::vector<size_t> LineChunkReader::TakeSkippedLines() { return std::exchange(skipped_lines_, {}); }

void LineChunkReader::WarnSkipped() {
  const size_t line = next_line_ + static_cast<size_t>(std::count(pending_.begin(), pending_.end(), '\n'));
  skipped_lines_.push_back(line);
  warnings_.push_back("line " + std::to_string(line) + ": " + std::to_string(skipped_bytes_) +
                      " bytes, over the limit for one record (" + std::to_string(max_line_bytes_) + " bytes); skipped");
  pending_ += '\n';  // the line stays, empty, so line numbers stay right
  line_begin_ = pending_.size();
  skipping_ = false;
}

Result<bool> LineChunkReader::Next(std::string& chunk, size_t& first_line) {
  chunk.clear();
  first_line = next_line_;
  std::vector<char> block(1 << 20);
  while (true) {
    // Hand out the whole lines in pending_ once there are enough, or at the end.
    if (line_begin_ > 0 && (line_begin_ >= chunk_bytes_ || eof_)) {
      // Whole lines up to about chunk_bytes (at least one line).
      size_t end = line_begin_;
      if (end > chunk_bytes_) {
        const size_t nl = pending_.rfind('\n', chunk_bytes_ - 1);
        end = (nl == std::string::npos ? pending_.find('\n') : nl) + 1;
      }
      chunk.assign(pending_, 0, end);
      pending_.erase(0, end);
      line_begin_ -= end;
      next_line_ += static_cast<size_t>(std::count(chunk.begin(), chunk.end(), '\n'));
      return true;
    }
    if (eof_) {
      if (pending_.empty()) return false;
      chunk = std::move(pending_);  // the last line, without a newline
      pending_.clear();
      ++next_line_;
      return true;
    }
    const size_t n = std::fread(block.data(), 1, block.size(), file_.get());
    bytes_read_ += n;
    if (n < block.size()) {
      if (std::ferror(file_.get())) return Status::IOError(path_.string() + ": cannot read: " + std::strerror(errno));
      eof_ = true;
    }
    std::string_view in(block.data(), n);
    while (!in.empty()) {
      const size_t nl = in.find('\n');
      const size_t take = nl == std::string_view::npos ? in.size() : nl;
      if (skipping_) {
        skipped_bytes_ += take;
      } else {
        pending_.append(in.substr(0, take));
        if (pending_.size() - line_begin_ > max_line_bytes_) {
          // Too long for one record: drop what is held of it, skip the rest.
          skipped_bytes_ = pending_.size() - line_begin_;
          pending_.resize(line_begin_);
          skipping_ = true;
        }
      }
      in.remove_prefix(take);
      if (in.empty()) break;
      in.remove_prefix(1);  // the newline
      if (skipping_) {
        WarnSkipped();
      } else {
        pending_ += '\n';
        line_begin_ = pending_.size();
      }
    }
    if (eof_ && skipping_) {
      WarnSkipped();
      pending_.pop_back();
      line_begin_ = pending_.size();
    }
  }
}

}  // namespace wenyuan::ingest
