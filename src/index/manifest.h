// Manifest: the one small file that says which segments (and which
// deletion-bitmap generation of each) make up the index. Publishing a new
// manifest (temp file, fsync, rename, fsync the folder) is the index's
// atomic commit: a reader sees the old manifest or the new one, never a mix,
// and a crash before the rename leaves the old one in force. Stored as JSON
// with a checksum footer.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "util/status.h"

namespace wenyuan::index {

struct SegmentEntry {
  std::string name;
  uint32_t docs = 0;
  uint32_t deleted = 0;
  uint64_t deletion_generation = 0;  // 0: no deletions file

  std::string DeletionFileName() const;  // "" when none
};

struct Manifest {
  uint64_t generation = 0;    // increases with every commit
  uint64_t next_segment = 1;  // for naming new segments
  std::vector<SegmentEntry> segments;
  // What the writer's user recorded with the commit (e.g. catalog state).
  std::map<std::string, std::string> commit_data;

  uint64_t LiveDocs() const;
  // Every file name the manifest refers to (not itself).
  std::vector<std::string> ReferencedFiles() const;
};

inline constexpr const char* kManifestName = "MANIFEST";

// nullopt if the folder has no manifest yet; Corruption if it is damaged.
Result<std::optional<Manifest>> ReadManifest(const std::filesystem::path& dir);
Status WriteManifest(const std::filesystem::path& dir, const Manifest& manifest);

}  // namespace wenyuan::index
