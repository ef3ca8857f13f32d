#include "server/private_socket.h"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>

namespace wenyuan::server {

Result<std::unique_ptr<PrivateSocket>> PrivateSocket::Listen() {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/wenyuan-XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) {
    return Status::IOError("cannot make a private folder " + pattern + ": " + std::strerror(errno));
  }
  const std::filesystem::path dir = pattern;
  const std::filesystem::path path = dir / "handlers.sock";
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  if (path.string().size() >= sizeof(addr.sun_path)) {
    ::rmdir(dir.c_str());
    return Status::InvalidArgument("the private socket path " + path.string() + " is too long; set TMPDIR shorter");
  }
  std::memcpy(addr.sun_path, path.c_str(), path.string().size());
  const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) {
    ::rmdir(dir.c_str());
    return Status::IOError(std::string("cannot make a Unix socket: ") + std::strerror(errno));
  }
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0 || ::listen(fd, SOMAXCONN) != 0) {
    const int err = errno;
    ::close(fd);
    ::unlink(path.c_str());
    ::rmdir(dir.c_str());
    return Status::IOError("cannot listen on " + path.string() + ": " + std::strerror(err));
  }
  return std::unique_ptr<PrivateSocket>(new PrivateSocket(dir, path, fd));
}

PrivateSocket::~PrivateSocket() {
  if (fd_ >= 0) ::close(fd_);
  ::unlink(path_.c_str());
  ::rmdir(dir_.c_str());
}

int PrivateSocket::TakeDescriptor() { return std::exchange(fd_, -1); }

}  // namespace wenyuan::server
