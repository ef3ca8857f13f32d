#include "index/index_copy.h"

#include <cerrno>
#include <system_error>

#include "util/file_io.h"

namespace wenyuan::index {
namespace fs = std::filesystem;
namespace {

enum class Placed { kLinked, kCopied, kGone };

// Files of index/segment.h's SegmentFileNames that a segment may lack:
// those of segments written before length columns (.len) or titles (.ttl).
bool IsOptionalSegmentFile(std::string_view file_name) {
  return file_name.ends_with(".len") || file_name.ends_with(".ttl");
}

// Hard-links `from` to `to`, or copies it where linking is not possible
// (another file system, a file system without links).
Result<Placed> LinkOrCopy(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::create_hard_link(from, to, ec);
  if (!ec) return Placed::kLinked;
  if (ec == std::errc::no_such_file_or_directory) return Placed::kGone;
  fs::copy_file(from, to, ec);
  if (!ec) return Placed::kCopied;
  if (ec == std::errc::no_such_file_or_directory && !fs::exists(from)) return Placed::kGone;
  return Status::IOError(to.string() + ": cannot copy " + from.string() + ": " + ec.message());
}

}  // namespace

Result<std::optional<Manifest>> CopyCommittedIndex(const fs::path& from, const fs::path& to, IndexCopyStats* stats) {
  std::error_code ec;
  if (fs::exists(to, ec)) return Status::AlreadyExists(to.string() + ": already exists");
  constexpr int kAttempts = 100;
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    fs::remove_all(to, ec);
    fs::create_directories(to, ec);
    if (ec) return Status::IOError(to.string() + ": cannot create: " + ec.message());
    // The manifest is replaced by rename, so one read sees one whole
    // version; its checksum is verified when it is read back below.
    // Once written, a manifest is only ever replaced, never removed.
    if (!fs::exists(from / kManifestName, ec)) return std::optional<Manifest>();
    WY_ASSIGN_OR_RETURN(std::string bytes, ReadFileToString(from / kManifestName, 64ull << 20));
    WY_RETURN_IF_ERROR(WriteFileAtomic(to / kManifestName, bytes));
    WY_ASSIGN_OR_RETURN(std::optional<Manifest> manifest, ReadManifest(to));
    if (!manifest) return Status::Corruption((from / kManifestName).string() + ": manifest vanished while copying");
    IndexCopyStats local;
    bool complete = true, optional_gone = false;
    for (const std::string& name : manifest->ReferencedFiles()) {
      WY_ASSIGN_OR_RETURN(Placed placed, LinkOrCopy(from / name, to / name));
      if (placed == Placed::kGone && IsOptionalSegmentFile(name)) {
        optional_gone = true;  // absent, or removed with its segment: told apart below
        continue;
      }
      if (placed == Placed::kGone) {
        complete = false;
        break;
      }
      ++local.files;
      if (placed == Placed::kLinked) ++local.linked;
      local.bytes += fs::file_size(to / name, ec);
    }
    if (!complete) continue;
    // A writer removes a version's files only after replacing its
    // manifest: with the same manifest still there, a file that was not
    // found is one its segment never had (written before it existed).
    if (optional_gone) {
      auto again = ReadFileToString(from / kManifestName, 64ull << 20);
      if (!again.ok() || *again != bytes) continue;
    }
    if (stats) *stats = local;
    return manifest;
  }
  return Status::Timeout(from.string() + ": the index changed during every one of " + std::to_string(kAttempts) +
                         " attempts to copy it");
}

}  // namespace wenyuan::index
