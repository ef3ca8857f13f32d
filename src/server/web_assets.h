// The web UI's files (web/), compiled into the binary by
// cmake/embed_web.cmake so the server needs nothing beside it.
#pragma once

#include <cstddef>
#include <string_view>

namespace wenyuan::server {

struct EmbeddedFile {
  const char* name;  // file name within web/, e.g. "app.js"
  const char* data;
  size_t size;
};

// Table ends with {nullptr, nullptr, 0}. Defined in the generated file.
extern const EmbeddedFile kEmbeddedWebFiles[];

// The file named `name` (no directories: anything else is not found).
const EmbeddedFile* FindWebAsset(std::string_view name);
// "text/html; charset=utf-8" and friends, by extension.
std::string_view ContentTypeFor(std::string_view name);

}  // namespace wenyuan::server
