// PrivateSocket: a listening Unix-domain socket in a fresh directory that
// only this process's user may enter (mode 0700, made by mkdtemp under
// $TMPDIR or /tmp). The front door hands complete requests to the handler
// pool through it, so no other account on the machine can reach the pool
// directly or forge the client address the front door passes on. The
// directory and socket file are removed when the object goes.
#pragma once

#include <filesystem>
#include <memory>

#include "util/status.h"

namespace wenyuan::server {

class PrivateSocket {
 public:
  static Result<std::unique_ptr<PrivateSocket>> Listen();
  ~PrivateSocket();
  PrivateSocket(const PrivateSocket&) = delete;
  PrivateSocket& operator=(const PrivateSocket&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // The listening descriptor; the caller that takes it closes it.
  int TakeDescriptor();

 private:
  PrivateSocket(std::filesystem::path dir, std::filesystem::path path, int fd)
      : dir_(std::move(dir)), path_(std::move(path)), fd_(fd) {}
  std::filesystem::path dir_;
  std::filesystem::path path_;
  int fd_ = -1;
};

}  // namespace wenyuan::server
