// Checks on what an upload request names before anything touches the file
// system: an uploaded file's name must be one plain file name (no directory
// part, no "..", no control characters, valid UTF-8, at most 200 bytes, not
// hidden) with an allowed extension. Names are rejected, never rewritten,
// so a caller sees exactly what was stored.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "util/status.h"

namespace wenyuan::server {

// "txt,md, PDF" -> {"txt", "md", "pdf"}.
std::set<std::string> ParseExtensionList(std::string_view list);

// InvalidArgument for a bad name, Unsupported for an extension not allowed.
Status CheckUploadName(std::string_view name, const std::set<std::string>& extensions);

}  // namespace wenyuan::server
