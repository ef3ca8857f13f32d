#include "index/checked_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "index/byte_coding.h"
#include "index/checked_file_writer.h"
#include "index/crc32c.h"

namespace wenyuan::index {
namespace {

constexpr uint32_t kMagic = 0x58495957;  // "WYIX"

uint32_t KindCode(std::string_view kind) {
  char b[4] = {' ', ' ', ' ', ' '};
  for (size_t i = 0; i < 4 && i < kind.size(); ++i) b[i] = kind[i];
  return DecodeFixed32(b);
}

// madvise(`advice`) on bytes [begin, end) of a mapping of `size` bytes at
// `addr`, widened to whole pages (the mapping starts on a page).
void AdviseSpan(void* addr, size_t size, uint64_t begin, uint64_t end, int advice) {
  end = std::min<uint64_t>(end, size);
  if (addr == nullptr || begin >= end) return;
  const auto page = static_cast<uint64_t>(::sysconf(_SC_PAGESIZE));
  begin -= begin % page;
  ::madvise(static_cast<char*>(addr) + begin, static_cast<size_t>(end - begin), advice);
}

}  // namespace

void MappedFile::ReleasePages() const { AdviseSpan(addr_, size_, 0, size_, MADV_DONTNEED); }

void MappedFile::ReleasePages(uint64_t begin, uint64_t end) const {
  AdviseSpan(addr_, size_, begin, end, MADV_DONTNEED);
}

void MappedFile::AdviseRandom() const { AdviseSpan(addr_, size_, 0, size_, MADV_RANDOM); }

void MappedFile::Prefetch(uint64_t begin, uint64_t end) const { AdviseSpan(addr_, size_, begin, end, MADV_WILLNEED); }

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

Result<std::unique_ptr<CheckedFile>> CheckedFile::Open(const std::filesystem::path& path, std::string_view kind,
                                                       Verification verification, ReadPattern pattern) {
  WY_ASSIGN_OR_RETURN(auto map, MappedFile::Open(path));
  if (pattern == ReadPattern::kRandom) map->AdviseRandom();
  std::string_view data = map->data();
  auto corrupt = [&](const std::string& what) { return Status::Corruption(path.string() + ": " + what); };
  if (data.size() < kFooterBytes) return corrupt("truncated (" + std::to_string(data.size()) + " bytes)");
  const char* f = data.data() + data.size() - kFooterBytes;
  if (DecodeFixed32(f) != kMagic) return corrupt("bad magic number (truncated or not an index file)");
  if (DecodeFixed32(f + 4) != KindCode(kind)) return corrupt("not a " + std::string(kind) + " file");
  const uint32_t version = DecodeFixed32(f + 8);
  if (version < 1 || version > kFormatVersion) {
    return corrupt("format version " + std::to_string(version) + " is not supported");
  }
  const uint64_t length = DecodeFixed64(f + 12);
  std::unique_ptr<CheckedFile> file(new CheckedFile());
  if (version == 1) {  // one checksum over the payload: verified now
    if (length != data.size() - kFooterBytes) return corrupt("length does not match (truncated?)");
    file->payload_ = data.substr(0, static_cast<size_t>(length));
    if (Crc32c(file->payload_) != DecodeFixed32(f + 20)) return corrupt("checksum mismatch");
  } else {
    const uint64_t chunks = (length + kChecksumChunk - 1) / kChecksumChunk;
    if (length > data.size() || chunks * 4 + kFooterBytes != data.size() - length) {
      return corrupt("length does not match (truncated?)");
    }
    file->payload_ = data.substr(0, static_cast<size_t>(length));
    const std::string_view table_and_footer = data.substr(static_cast<size_t>(length), data.size() - length - 4);
    if (Crc32c(table_and_footer) != DecodeFixed32(f + 20)) return corrupt("checksum mismatch in the footer");
    file->table_ = data.substr(static_cast<size_t>(length), static_cast<size_t>(chunks * 4));
    file->verified_ = std::make_unique<std::atomic<uint8_t>[]>(static_cast<size_t>(chunks));
  }
  file->map_ = std::move(map);
  file->path_ = path;
  file->pattern_ = pattern;
  if (verification == Verification::kWhole) WY_RETURN_IF_ERROR(file->VerifyAll());
  return file;
}

Status CheckedFile::VerifyChunk(size_t chunk) const {
  const size_t begin = chunk * kChecksumChunk;
  const std::string_view bytes = payload_.substr(begin, kChecksumChunk);
  if (Crc32c(bytes) != DecodeFixed32(table_.data() + 4 * chunk)) {
    return Status::Corruption(path_.string() + ": checksum mismatch in bytes " + std::to_string(begin) + "-" +
                              std::to_string(begin + bytes.size()));
  }
  verified_[chunk].store(1, std::memory_order_release);
  return Status::Ok();
}

Status CheckedFile::Verify(uint64_t begin, uint64_t end) const {
  if (table_.empty()) return Status::Ok();  // version 1: verified at open
  end = std::min<uint64_t>(end, payload_.size());
  if (begin >= end) return Status::Ok();
  bool asked = pattern_ != ReadPattern::kRandom;  // read-around does it for the others
  const size_t last = static_cast<size_t>((end - 1) / kChecksumChunk);
  for (size_t c = static_cast<size_t>(begin / kChecksumChunk); c <= last; ++c) {
    if (verified_[c].load(std::memory_order_acquire)) continue;
    if (!asked) {  // the chunks still to check, from this one on, in one request
      map_->Prefetch(uint64_t{c} * kChecksumChunk, uint64_t{last + 1} * kChecksumChunk);
      asked = true;
    }
    WY_RETURN_IF_ERROR(VerifyChunk(c));
  }
  return Status::Ok();
}

void CheckedFile::Prefetch(uint64_t begin, uint64_t end) const {
  end = std::min<uint64_t>(end, payload_.size());
  if (table_.empty() || begin >= end) return;
  const size_t first = static_cast<size_t>(begin / kChecksumChunk);
  const size_t last = static_cast<size_t>((end - 1) / kChecksumChunk);
  for (size_t c = first; c <= last; ++c) {
    if (!verified_[c].load(std::memory_order_acquire)) {
      map_->Prefetch(uint64_t{c} * kChecksumChunk, uint64_t{last + 1} * kChecksumChunk);
      return;
    }
  }
}

Status CheckedFile::VerifyAllAndRelease() const {
  for (uint64_t begin = 0; begin < payload_.size(); begin += kReleaseWindow) {
    const uint64_t end = std::min<uint64_t>(begin + kReleaseWindow, payload_.size());
    Status s = Verify(begin, end);
    map_->ReleasePages(begin, end);
    WY_RETURN_IF_ERROR(s);
  }
  map_->ReleasePages();  // the chunk table and footer, and anything read before
  return Status::Ok();
}

std::string ChecksumTrailer(std::string_view chunk_table, uint64_t payload_length, std::string_view kind) {
  std::string trailer(chunk_table);
  PutFixed32(trailer, kMagic);
  PutFixed32(trailer, KindCode(kind));
  PutFixed32(trailer, kFormatVersion);
  PutFixed64(trailer, payload_length);
  PutFixed32(trailer, Crc32c(trailer));
  return trailer;
}

std::string WithFooter(std::string payload, std::string_view kind) {
  const uint64_t length = payload.size();
  std::string table;
  for (uint64_t at = 0; at < length; at += kChecksumChunk) {
    PutFixed32(table, Crc32c(std::string_view(payload).substr(static_cast<size_t>(at), kChecksumChunk)));
  }
  payload += ChecksumTrailer(table, length, kind);
  return payload;
}

Status WriteCheckedFile(const std::filesystem::path& path, std::string_view kind, std::string payload) {
  // Through the streaming writer: the same bytes as WithFooter, without a
  // second copy of the payload (a merged segment's dictionary or titles
  // can be tens of MB).
  WY_ASSIGN_OR_RETURN(auto writer, CheckedFileWriter::Create(path, kind));
  WY_RETURN_IF_ERROR(writer->Append(payload));
  payload = std::string();
  return writer->Finish();
}

}  // namespace wenyuan::index
