#include "pipeline/analysed_words.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "util/parallel_for.h"

namespace wenyuan::pipeline {
namespace {

void PutVarint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

bool GetVarint(std::string_view in, size_t& pos, uint64_t& v) {
  v = 0;
  for (int shift = 0; shift < 64 && pos < in.size(); shift += 7) {
    const auto byte = static_cast<uint8_t>(in[pos++]);
    v |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) return true;
  }
  return false;
}

}  // namespace

Result<std::unique_ptr<AnalysedWords>> AnalysedWords::Create(const std::filesystem::path& file) {
  const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return Status::IOError(file.string() + ": cannot create: " + std::strerror(errno));
  return std::unique_ptr<AnalysedWords>(new AnalysedWords(file, fd));
}

AnalysedWords::~AnalysedWords() {
  ::close(fd_);
  std::error_code ec;
  std::filesystem::remove(file_, ec);
}

void AnalysedWords::Add(const std::vector<search::IndexablePassage>& rows,
                        const std::vector<std::vector<text::Token>>& words, size_t jobs) {
  std::vector<std::vector<enrich::WordOccurrence>> content(rows.size());
  ParallelFor(rows.size(), jobs, [&](size_t i) {
    content[i] = enrich::ContentWordsOfTokens(words[i], static_cast<uint32_t>(rows[i].passage.start));
  });
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto& p = rows[i].passage;
    // Another document, or the same one analysed again from its start.
    if (p.document_id != current_ || p.number <= last_number_) {
      Flush();
      current_ = p.document_id;
      records_.erase(current_);  // an older record of it is out of date
    }
    // Only a document whose passages all came, in order, gets a record.
    whole_ = whole_ && p.number == last_number_ + 1;
    last_number_ = p.number;
    for (const auto& w : content[i]) {
      PutVarint(pending_, w.term.size());
      pending_ += w.term;
      PutVarint(pending_, w.begin);
      PutVarint(pending_, w.end - w.begin);
    }
  }
}

void AnalysedWords::Flush() {
  if (current_ == 0) return;
  const int64_t id = current_;
  const bool whole = whole_;
  current_ = 0;
  last_number_ = -1;
  whole_ = true;
  if (whole && !failed_) {
    size_t done = 0;
    while (done < pending_.size()) {
      const ssize_t n = ::pwrite(fd_, pending_.data() + done, pending_.size() - done, static_cast<off_t>(end_ + done));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        failed_ = true;
        break;
      }
      done += static_cast<size_t>(n);
    }
    if (!failed_) {
      records_[id] = {end_, pending_.size()};
      end_ += pending_.size();
    }
  }
  pending_.clear();
}

bool AnalysedWords::Find(int64_t document_id, std::vector<enrich::WordOccurrence>& words) const {
  auto it = records_.find(document_id);
  if (it == records_.end()) return false;
  std::string bytes(it->second.size, '\0');
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n =
        ::pread(fd_, bytes.data() + done, bytes.size() - done, static_cast<off_t>(it->second.offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  words.clear();
  for (size_t pos = 0; pos < bytes.size();) {
    uint64_t size = 0, begin = 0, length = 0;
    if (!GetVarint(bytes, pos, size) || size > bytes.size() - pos) return false;
    enrich::WordOccurrence& w = words.emplace_back();
    w.term.assign(bytes, pos, size);
    pos += size;
    if (!GetVarint(bytes, pos, begin) || !GetVarint(bytes, pos, length)) {
      words.pop_back();
      return false;
    }
    w.begin = static_cast<uint32_t>(begin);
    w.end = static_cast<uint32_t>(begin + length);
  }
  return true;
}

}  // namespace wenyuan::pipeline
