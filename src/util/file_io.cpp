#include "util/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace wenyuan {
namespace {

// Owns a file descriptor; closes it on scope exit.
class UniqueFd {
 public:
  explicit UniqueFd(int fd) : fd_(fd) {}
  ~UniqueFd() {
    if (fd_ >= 0) ::close(fd_);
  }
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;
  int get() const { return fd_; }
  int release() {
    int fd = fd_;
    fd_ = -1;
    return fd;
  }

 private:
  int fd_;
};

Status Errno(const std::filesystem::path& path, const char* what) {
  return Status::IOError(path.string() + ": " + what + ": " + std::strerror(errno));
}

}  // namespace

Result<std::string> ReadFileToString(const std::filesystem::path& path, uint64_t max_bytes) {
  UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) return Errno(path, "cannot open");
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) return Errno(path, "cannot stat");
  if (S_ISDIR(st.st_mode)) return Status::InvalidArgument(path.string() + ": is a directory");
  if (static_cast<uint64_t>(st.st_size) > max_bytes) {
    return Status::ResourceExhausted(path.string() + ": file is " + std::to_string(st.st_size) +
                                     " bytes, over the limit of " + std::to_string(max_bytes));
  }
  std::string out;
  out.resize(static_cast<size_t>(st.st_size));
  size_t done = 0;
  while (done < out.size()) {
    ssize_t n = ::read(fd.get(), out.data() + done, out.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Errno(path, "cannot read");
    }
    if (n == 0) break;  // the file shrank while we read it
    done += static_cast<size_t>(n);
  }
  out.resize(done);
  return out;
}

Result<std::string> ReadFileHead(const std::filesystem::path& path, size_t max_bytes) {
  UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) return Errno(path, "cannot open");
  std::string out(max_bytes, '\0');
  size_t done = 0;
  while (done < out.size()) {
    ssize_t n = ::read(fd.get(), out.data() + done, out.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Errno(path, "cannot read");
    }
    if (n == 0) break;
    done += static_cast<size_t>(n);
  }
  out.resize(done);
  return out;
}

Status WriteFileAtomic(const std::filesystem::path& path, std::string_view contents) {
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  // A failed write (a full disk, a quota) must not leave the temporary file
  // behind: it would hold the space the next attempt needs.
  auto fail = [&](Status s) {
    ::unlink(tmp.c_str());
    return s;
  };
  {
    UniqueFd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (fd.get() < 0) return Errno(tmp, "cannot create");
    size_t done = 0;
    while (done < contents.size()) {
      ssize_t n = ::write(fd.get(), contents.data() + done, contents.size() - done);
      if (n < 0) {
        if (errno == EINTR) continue;
        return fail(Errno(tmp, "cannot write"));
      }
      done += static_cast<size_t>(n);
    }
    if (::fsync(fd.get()) != 0) return fail(Errno(tmp, "cannot fsync"));
    if (::close(fd.release()) != 0) return fail(Errno(tmp, "cannot close"));
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) return fail(Errno(path, "cannot rename into place"));
  std::filesystem::path dir = path.parent_path();
  if (dir.empty()) dir = ".";
  UniqueFd dfd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (dfd.get() < 0) return Errno(dir, "cannot open directory");
  if (::fsync(dfd.get()) != 0) return Errno(dir, "cannot fsync directory");
  return Status::Ok();
}

}  // namespace wenyuan
