#include "index/checked_file_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "index/byte_coding.h"
#include "index/checked_file.h"
#include "index/crc32c.h"

namespace wenyuan::index {
namespace {

// Payload gathered before a write: a few chunks, so writes are large.
constexpr size_t kWriteBytes = 16 * kChecksumChunk;

Status Errno(const std::filesystem::path& path, const char* what) {
  return Status::IOError(path.string() + ": " + what + ": " + std::strerror(errno));
}

Status WriteAll(int fd, std::string_view bytes, const std::filesystem::path& path) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return Errno(path, "cannot write");
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<CheckedFileWriter>> CheckedFileWriter::Create(const std::filesystem::path& path,
                                                                     std::string_view kind) {
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Errno(tmp, "cannot create");
  return std::unique_ptr<CheckedFileWriter>(new CheckedFileWriter(path, std::move(tmp), std::string(kind), fd));
}

CheckedFileWriter::~CheckedFileWriter() {
  if (fd_ >= 0) ::close(fd_);
  if (!finished_) ::unlink(tmp_.c_str());
}

Status CheckedFileWriter::WriteOut(std::string_view bytes) {
  for (size_t at = 0; at < bytes.size(); at += kChecksumChunk) {
    PutFixed32(table_, Crc32c(bytes.substr(at, kChecksumChunk)));
  }
  WY_RETURN_IF_ERROR(WriteAll(fd_, bytes, tmp_));
  written_ += bytes.size();
  return Status::Ok();
}

Status CheckedFileWriter::Append(std::string_view bytes) {
  if (pending_.empty() && bytes.size() >= kWriteBytes) {
    // Large pieces skip the copy: their whole chunks go straight out.
    const size_t whole = bytes.size() / kChecksumChunk * kChecksumChunk;
    WY_RETURN_IF_ERROR(WriteOut(bytes.substr(0, whole)));
    pending_.assign(bytes.substr(whole));
    return Status::Ok();
  }
  pending_.append(bytes);
  if (pending_.size() >= kWriteBytes) {
    const size_t whole = pending_.size() / kChecksumChunk * kChecksumChunk;
    WY_RETURN_IF_ERROR(WriteOut(std::string_view(pending_).substr(0, whole)));
    pending_.erase(0, whole);
  }
  return Status::Ok();
}

Status CheckedFileWriter::Finish() {
  WY_RETURN_IF_ERROR(WriteOut(pending_));
  const uint64_t length = written_;
  pending_.clear();
  pending_.shrink_to_fit();
  WY_RETURN_IF_ERROR(WriteAll(fd_, ChecksumTrailer(table_, length, kind_), tmp_));
  if (::fsync(fd_) != 0) return Errno(tmp_, "cannot fsync");
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) return Errno(tmp_, "cannot close");
  if (::rename(tmp_.c_str(), path_.c_str()) != 0) return Errno(path_, "cannot rename into place");
  finished_ = true;
  std::filesystem::path dir = path_.parent_path();
  if (dir.empty()) dir = ".";
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd < 0) return Errno(dir, "cannot open directory");
  const int synced = ::fsync(dfd);
  ::close(dfd);
  if (synced != 0) return Errno(dir, "cannot fsync directory");
  return Status::Ok();
}

}  // namespace wenyuan::index
