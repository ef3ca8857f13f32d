// Whole-file reads with a size limit, and crash-safe whole-file writes.
//
// WriteFileAtomic writes to "<path>.tmp", fsyncs it, renames it over `path`
// and fsyncs the directory, so after a crash the file holds either the old or
// the new contents, never a mix. A write that fails (a full disk) removes
// the temporary file. Errors name the path and the failing call.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "util/status.h"

namespace wenyuan {

Result<std::string> ReadFileToString(const std::filesystem::path& path, uint64_t max_bytes);
// The first `max_bytes` of the file (all of it if shorter): enough to
// recognise its format.
Result<std::string> ReadFileHead(const std::filesystem::path& path, size_t max_bytes);
Status WriteFileAtomic(const std::filesystem::path& path, std::string_view contents);

}  // namespace wenyuan
