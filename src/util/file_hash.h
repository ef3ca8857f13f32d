// The SHA-256 of a file's bytes as lower-case hex, read in blocks, so a
// file of any size is hashed in constant memory (re-ingest detection of
// record files too large to read whole). Errors name the file.
#pragma once

#include <filesystem>
#include <string>

#include "util/status.h"

namespace wenyuan {

Result<std::string> Sha256OfFile(const std::filesystem::path& path);

}  // namespace wenyuan
