// A consistent copy of a live index folder, taken while a writer may be
// committing to it: the manifest in force and exactly the files it names.
// Index files never change once written (a commit adds files and publishes
// a new manifest; old files are removed only after that), so each file is
// hard-linked where the file system allows it and copied where it does
// not. If a named file disappears before it is linked (a newer commit
// dropped it), the copy starts again from the newer manifest.
#pragma once

#include <filesystem>
#include <optional>

#include "index/manifest.h"
#include "util/status.h"

namespace wenyuan::index {

struct IndexCopyStats {
  size_t files = 0;   // files the copied manifest names
  size_t linked = 0;  // of those, hard-linked (the rest were copied)
  uint64_t bytes = 0;
};

// Copies the committed index of `from` into `to`, which must not exist yet
// (AlreadyExists otherwise). An index with no commit yet copies as an
// empty folder (nullopt). Errors name the file.
Result<std::optional<Manifest>> CopyCommittedIndex(const std::filesystem::path& from, const std::filesystem::path& to,
                                                   IndexCopyStats* stats = nullptr);

}  // namespace wenyuan::index
