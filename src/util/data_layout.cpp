#include "util/data_layout.h"

#include <system_error>

namespace wenyuan {

Status DataLayout::RemoveKbFiles(const std::string& kb) const {
  if (kb.empty() || kb == "." || kb == ".." || kb.find('/') != std::string::npos ||
      kb.find('\0') != std::string::npos) {
    return Status::InvalidArgument("'" + kb + "' is not a knowledge base name");
  }
  for (const std::filesystem::path& dir : {KbDir(kb), KbUploadDir(kb)}) {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    if (ec) return Status::IOError(dir.string() + ": cannot remove: " + ec.message());
  }
  return Status::Ok();
}

}  // namespace wenyuan
