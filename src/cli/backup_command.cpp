// `wenyuan backup DIR` and `wenyuan restore DIR`: a consistent copy of a
// data directory taken while a server or an ingest keeps writing it, and
// its return into a new data directory.
//
// A backup holds the catalog (SQLite's online backup API: one committed
// state), every KB's index as its manifest in force names it (files
// hard-linked where possible: index files never change), every KB's vectors
// (copied under the vector store's own lock), taxonomies, user dictionary
// and whatever else the data directory holds (uploads/, wenyuan.conf).
// The catalog is copied first, so an index may be a little ahead of it;
// the catalog is the source of truth, and restore brings every index in
// line with it (as any open after a crash does) and checks it.
// `wenyuan-backup.json`, written last, marks a backup complete.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "catalog/catalog.h"
#include "catalog/online_backup.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "index/index_copy.h"
#include "search/kb_index.h"
#include "search/kb_session.h"
#include "util/data_layout.h"
#include "util/file_io.h"
#include "util/utc_time.h"

namespace wenyuan::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kMarkerName = "wenyuan-backup.json";
constexpr const char* kCatalogName = "catalog.db";

// Holds an exclusive flock on a lock file (the vector store's
// `vectors/lock`) for its lifetime.
class FileLock {
 public:
  static Result<FileLock> Acquire(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) return Status::IOError(path.string() + ": cannot open: " + std::strerror(errno));
    FileLock lock(fd);
    while (::flock(fd, LOCK_EX) != 0) {
      if (errno != EINTR) return Status::IOError(path.string() + ": cannot lock: " + std::strerror(errno));
    }
    return lock;
  }
  FileLock(FileLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  FileLock& operator=(FileLock&&) = delete;
  ~FileLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the lock
  }

 private:
  explicit FileLock(int fd) : fd_(fd) {}
  int fd_;
};

// Lock files and half-written temporaries are never part of a copy.
bool Skipped(const fs::path& name) {
  const std::string n = name.filename().string();
  return n == "lock" || n == "LOCK" || n.ends_with(".tmp");
}

// Copies the tree `from` into `to` (created), file by file; with `link`,
// files are hard-linked where the file system allows it.
Status CopyTree(const fs::path& from, const fs::path& to, bool link) {
  std::error_code ec;
  fs::create_directories(to, ec);
  if (ec) return Status::IOError(to.string() + ": cannot create: " + ec.message());
  for (auto it = fs::directory_iterator(from, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& src = it->path();
    if (Skipped(src)) continue;
    const fs::path dst = to / src.filename();
    if (it->is_directory(ec)) {
      WY_RETURN_IF_ERROR(CopyTree(src, dst, link));
    } else if (it->is_regular_file(ec)) {
      if (link) {
        fs::create_hard_link(src, dst, ec);
        if (!ec) continue;
        ec.clear();
      }
      fs::copy_file(src, dst, ec);
      // A file removed while we walked (a finished upload's temporary).
      if (ec && !fs::exists(src)) {
        ec.clear();
        continue;
      }
      if (ec) return Status::IOError(dst.string() + ": cannot copy " + src.string() + ": " + ec.message());
    }
  }
  if (ec) return Status::IOError(from.string() + ": cannot read: " + ec.message());
  return Status::Ok();
}

bool IsEmptyOrMissing(const fs::path& dir) {
  std::error_code ec;
  if (!fs::exists(dir, ec)) return true;
  return fs::is_directory(dir, ec) && fs::is_empty(dir, ec);
}

// Flushes everything written under `dir` to the disk.
Status SyncFileSystem(const fs::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return Status::IOError(dir.string() + ": cannot open: " + std::strerror(errno));
  const int rc = ::syncfs(fd);
  ::close(fd);
  if (rc != 0) return Status::IOError(dir.string() + ": cannot sync: " + std::strerror(errno));
  return Status::Ok();
}

// One KB's folder: the index as its manifest names it, the vectors under
// their lock, the rest (taxonomies, user dictionary) as it is.
Result<nlohmann::json> BackupKb(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::create_directories(to, ec);
  if (ec) return Status::IOError(to.string() + ": cannot create: " + ec.message());
  nlohmann::json info = {{"name", from.filename().string()}};
  for (auto it = fs::directory_iterator(from, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& src = it->path();
    const std::string name = src.filename().string();
    if (Skipped(src)) continue;
    if (name == "index" && it->is_directory(ec)) {
      index::IndexCopyStats stats;
      WY_ASSIGN_OR_RETURN(auto manifest, index::CopyCommittedIndex(src, to / name, &stats));
      info["index_generation"] = manifest ? manifest->generation : 0;
      info["index_files"] = stats.files;
      info["index_files_linked"] = stats.linked;
      info["index_bytes"] = stats.bytes;
    } else if (name == "vectors" && it->is_directory(ec)) {
      WY_ASSIGN_OR_RETURN(FileLock lock, FileLock::Acquire(src / "lock"));
      WY_RETURN_IF_ERROR(CopyTree(src, to / name, false));
    } else if (it->is_directory(ec)) {
      WY_RETURN_IF_ERROR(CopyTree(src, to / name, false));
    } else if (it->is_regular_file(ec)) {
      fs::copy_file(src, to / name, ec);
      if (ec) return Status::IOError((to / name).string() + ": cannot copy " + src.string() + ": " + ec.message());
    }
  }
  if (ec) return Status::IOError(from.string() + ": cannot read: " + ec.message());
  return info;
}

int RunBackup(const CommandContext& ctx, const fs::path& dest) {
  const fs::path& data = ctx.data_dir;
  std::error_code ec;
  if (!fs::is_regular_file(DataLayout(data).CatalogFile(), ec)) {
    return Fail(Status::NotFound(data.string() + ": not a data directory (no " + kCatalogName + ")"));
  }
  if (!IsEmptyOrMissing(dest)) {
    return Fail(Status::AlreadyExists(dest.string() + ": exists and is not empty; back up into a new folder"));
  }
  fs::create_directories(dest, ec);
  if (ec) return Fail(Status::IOError(dest.string() + ": cannot create: " + ec.message()));

  const std::string started = IsoNowUtc();
  if (auto s = catalog::BackupDatabase(DataLayout(data).CatalogFile(), DataLayout(dest).CatalogFile()); !s.ok()) {
    return Fail(s);
  }
  nlohmann::json kbs = nlohmann::json::array();
  if (fs::is_directory(data / "kbs", ec)) {
    for (auto it = fs::directory_iterator(data / "kbs", ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
      if (!it->is_directory(ec)) continue;
      auto info = BackupKb(it->path(), dest / "kbs" / it->path().filename());
      if (!info.ok()) return Fail(info.status());
      kbs.push_back(*info);
    }
    if (ec) return Fail(Status::IOError((data / "kbs").string() + ": cannot read: " + ec.message()));
  }
  // Everything else (uploads/, wenyuan.conf, …) as it is.
  for (auto it = fs::directory_iterator(data, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& src = it->path();
    const std::string name = src.filename().string();
    if (name == "kbs" || name.starts_with(kCatalogName) || Skipped(src)) continue;
    if (it->is_directory(ec)) {
      if (auto s = CopyTree(src, dest / name, false); !s.ok()) return Fail(s);
    } else if (it->is_regular_file(ec)) {
      fs::copy_file(src, dest / name, ec);
      if (ec)
        return Fail(Status::IOError((dest / name).string() + ": cannot copy " + src.string() + ": " + ec.message()));
    }
  }
  if (ec) return Fail(Status::IOError(data.string() + ": cannot read: " + ec.message()));

  const nlohmann::json marker = {{"format", 1},
                                 {"wenyuan", WENYUAN_VERSION},
                                 {"started_at", started},
                                 {"finished_at", IsoNowUtc()},
                                 {"source", fs::absolute(data).lexically_normal().string()},
                                 {"kbs", kbs}};
  if (auto s = WriteFileAtomic(dest / kMarkerName, marker.dump(2) + "\n"); !s.ok()) return Fail(s);
  if (auto s = SyncFileSystem(dest); !s.ok()) return Fail(s);
  if (ctx.args.Has("--json")) {
    PrintJson(marker);
  } else {
    for (const auto& kb : kbs) {
      std::printf("backup: kb %s: index generation %llu, %zu files (%zu hard-linked)\n",
                  kb["name"].get<std::string>().c_str(),
                  static_cast<unsigned long long>(kb.value("index_generation", uint64_t{0})),
                  kb.value("index_files", size_t{0}), kb.value("index_files_linked", size_t{0}));
    }
    std::printf("backup: %s complete (%zu knowledge bases)\n", dest.string().c_str(), kbs.size());
  }
  return 0;
}

// Copies the backup into `data` (which the caller made sure is fresh):
// index files hard-linked where possible, everything else copied.
Status CopyBackup(const fs::path& backup, const fs::path& data) {
  std::error_code ec;
  fs::create_directories(data, ec);
  if (ec) return Status::IOError(data.string() + ": cannot create: " + ec.message());
  for (auto it = fs::directory_iterator(backup, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& src = it->path();
    const std::string name = src.filename().string();
    if (name == kMarkerName) continue;
    if (name == "kbs" && it->is_directory(ec)) {
      for (auto kb = fs::directory_iterator(src, ec); !ec && kb != fs::directory_iterator(); kb.increment(ec)) {
        if (!kb->is_directory(ec)) continue;
        const fs::path to = data / "kbs" / kb->path().filename();
        for (auto part = fs::directory_iterator(kb->path(), ec); !ec && part != fs::directory_iterator();
             part.increment(ec)) {
          const fs::path dst = to / part->path().filename();
          if (part->is_directory(ec)) {
            WY_RETURN_IF_ERROR(CopyTree(part->path(), dst, part->path().filename() == "index"));
          } else {
            fs::create_directories(to, ec);
            fs::copy_file(part->path(), dst, ec);
            if (ec) return Status::IOError(dst.string() + ": cannot copy: " + ec.message());
          }
        }
      }
    } else if (it->is_directory(ec)) {
      WY_RETURN_IF_ERROR(CopyTree(src, data / name, false));
    } else {
      fs::copy_file(src, data / name, ec);
    }
    if (ec) return Status::IOError(src.string() + ": cannot copy: " + ec.message());
  }
  if (ec) return Status::IOError(backup.string() + ": cannot read: " + ec.message());
  return SyncFileSystem(data);
}

int RunRestore(const CommandContext& ctx, const fs::path& backup) {
  std::error_code ec;
  const fs::path marker_path = backup / kMarkerName;
  if (!fs::is_regular_file(marker_path, ec)) {
    return Fail(Status::NotFound(backup.string() + ": not a complete wenyuan backup (no " + kMarkerName + ")"));
  }
  auto marker_text = ReadFileToString(marker_path, 16ull << 20);
  if (!marker_text.ok()) return Fail(marker_text.status());
  const auto marker = nlohmann::json::parse(*marker_text, nullptr, false);
  if (!marker.is_object() || marker.value("format", 0) != 1) {
    return Fail(Status::Unsupported(marker_path.string() + ": not a backup format this wenyuan reads (format 1)"));
  }
  if (!fs::is_regular_file(backup / kCatalogName, ec)) {
    return Fail(Status::Corruption(backup.string() + ": the backup has no " + kCatalogName));
  }
  const fs::path data = ctx.data_dir;
  if (!IsEmptyOrMissing(data)) {
    if (!ctx.args.Has("--force")) {
      return Fail(Status::AlreadyExists(data.string() +
                                        ": exists and is not empty; restore into a new data directory"
                                        " (--data DIR), or add --force to replace it (stop its server first)"));
    }
    fs::remove_all(data, ec);
    if (ec) return Fail(Status::IOError(data.string() + ": cannot remove: " + ec.message()));
  }
  // Restored beside the target and renamed into place, so an interrupted
  // restore never leaves a half-filled data directory behind.
  const fs::path staging = data.string() + ".restoring";
  fs::remove_all(staging, ec);
  if (auto s = CopyBackup(backup, staging); !s.ok()) {
    fs::remove_all(staging, ec);
    return Fail(s);
  }
  fs::remove(data, ec);  // an empty target folder
  fs::rename(staging, data, ec);
  if (ec) return Fail(Status::IOError(data.string() + ": cannot move " + staging.string() + " there: " + ec.message()));

  // Each index is brought in line with the restored catalog and verified.
  auto catalog = catalog::Catalog::Open(data);
  if (!catalog.ok()) return Fail(catalog.status());
  auto kbs = (*catalog)->ListKbRows();
  if (!kbs.ok()) return Fail(kbs.status());
  auto base = search::MakeDefaultAnalysis();
  if (!base.ok()) return Fail(base.status());
  search::KbSessions sessions(DataLayout(data), std::move(*base));
  for (const auto& info : *kbs) {
    auto kb = sessions.Open(**catalog, info.name);
    if (!kb.ok()) return Fail(kb.status());
    auto summary = search::CheckKbIndex(**catalog, kb->analysis(), info.name);
    if (!summary.ok()) return Fail(summary.status());
    std::printf("restore: %s\n", summary->c_str());
  }
  std::printf("restore: %s restored from %s (taken %s)\n", data.string().c_str(), backup.string().c_str(),
              marker.value("started_at", std::string("?")).c_str());
  return 0;
}

}  // namespace

int RunBackupCommand(const CommandContext& ctx) {
  const auto& pos = ctx.args.positional;
  if (pos.size() != 2) return UsageError("usage: wenyuan backup DIR (a new or empty folder)");
  return RunBackup(ctx, pos[1]);
}

int RunRestoreCommand(const CommandContext& ctx) {
  const auto& pos = ctx.args.positional;
  if (pos.size() != 2) return UsageError("usage: wenyuan restore DIR [--data NEW_DATA_DIR] [--force]");
  return RunRestore(ctx, pos[1]);
}

}  // namespace wenyuan::cli
