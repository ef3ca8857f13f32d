#include "index/checked_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "index/byte_coding.h"
#include "util/file_io.h"

namespace wenyuan::index {
namespace {

constexpr uint32_t kMagic = 0x58495957;  // "WYIX"

uint32_t KindCode(std::string_view kind) {
  char b[4] = {' ', ' ', ' ', ' '};
  for (size_t i = 0; i < 4 && i < kind.size(); ++i) b[i] = kind[i];
  return DecodeFixed32(b);
}

}  // namespace

Result<std::unique_ptr<MappedFile>> MappedFile::Open(const std::filesystem::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return errno == ENOENT ? Status::NotFound(path.string() + ": missing")
                           : Status::IOError(path.string() + ": cannot open: " + std::strerror(errno));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    Status s = Status::IOError(path.string() + ": cannot stat: " + std::strerror(errno));
    ::close(fd);
    return s;
  }
  const auto size = static_cast<size_t>(st.st_size);
  void* addr = nullptr;
  if (size > 0) {
    addr = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
    if (addr == MAP_FAILED) {
      Status s = Status::IOError(path.string() + ": cannot map: " + std::strerror(errno));
      ::close(fd);
      return s;
    }
  }
  ::close(fd);  // the mapping keeps the file
  return std::unique_ptr<MappedFile>(new MappedFile(addr, size));
}

MappedFile::~MappedFile() {
  if (addr_ && size_ > 0) ::munmap(addr_, size_);
}

Result<std::unique_ptr<CheckedFile>> CheckedFile::Open(const std::filesystem::path& path, std::string_view kind) {
  WY_ASSIGN_OR_RETURN(auto map, MappedFile::Open(path));
  std::string_view data = map->data();
  auto corrupt = [&](const std::string& what) { return Status::Corruption(path.string() + ": " + what); };
  if (data.size() < kFooterBytes) return corrupt("truncated (" + std::to_string(data.size()) + " bytes)");
  const char* f = data.data() + data.size() - kFooterBytes;
  if (DecodeFixed32(f) != kMagic) return corrupt("bad magic number (truncated or not an index file)");
  if (DecodeFixed32(f + 4) != KindCode(kind)) return corrupt("not a " + std::string(kind) + " file");
  if (DecodeFixed32(f + 8) != kFormatVersion) {
    return corrupt("format version " + std::to_string(DecodeFixed32(f + 8)) + " is not supported");
  }
  const uint64_t length = DecodeFixed64(f + 12);
  if (length != data.size() - kFooterBytes) return corrupt("length does not match (truncated?)");
  std::string_view payload = data.substr(0, static_cast<size_t>(length));
  if (Crc32c(payload) != DecodeFixed32(f + 20)) return corrupt("checksum mismatch");
  std::unique_ptr<CheckedFile> file(new CheckedFile());
  file->map_ = std::move(map);
  file->payload_ = payload;
  file->path_ = path;
  return file;
}

std::string WithFooter(std::string payload, std::string_view kind) {
  const uint32_t crc = Crc32c(payload);
  const uint64_t length = payload.size();
  PutFixed32(payload, kMagic);
  PutFixed32(payload, KindCode(kind));
  PutFixed32(payload, kFormatVersion);
  PutFixed64(payload, length);
  PutFixed32(payload, crc);
  return payload;
}

Status WriteCheckedFile(const std::filesystem::path& path, std::string_view kind, std::string payload) {
  return WriteFileAtomic(path, WithFooter(std::move(payload), kind));
}

}  // namespace wenyuan::index
