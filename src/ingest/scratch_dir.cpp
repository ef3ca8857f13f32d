#include "ingest/scratch_dir.h"

#include <stdlib.h>

#include <cerrno>
#include <cstring>
#include <system_error>

namespace wenyuan::ingest {

Result<ScratchDir> ScratchDir::Create(const std::string& prefix) {
  std::error_code ec;
  std::filesystem::path base = std::filesystem::temp_directory_path(ec);
  if (ec) base = "/tmp";
  std::string templ = (base / (prefix + "-XXXXXX")).string();
  if (::mkdtemp(templ.data()) == nullptr) {
    return Status::IOError("cannot create a temporary directory in " + base.string() + ": " + std::strerror(errno));
  }
  return ScratchDir(std::filesystem::path(templ));
}

ScratchDir& ScratchDir::operator=(ScratchDir&& other) noexcept {
  if (this != &other) {
    Remove();
    path_ = std::move(other.path_);
    other.path_.clear();
  }
  return *this;
}

ScratchDir::~ScratchDir() { Remove(); }

void ScratchDir::Remove() {
  if (path_.empty()) return;
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
  path_.clear();
}

}  // namespace wenyuan::ingest
