#include "server/web_assets.h"

namespace wenyuan::server {

const EmbeddedFile* FindWebAsset(std::string_view name) {
  for (const EmbeddedFile* f = kEmbeddedWebFiles; f->name; ++f) {
    if (name == f->name) return f;
  }
  return nullptr;
}

std::string_view ContentTypeFor(std::string_view name) {
  if (name.ends_with(".html")) return "text/html; charset=utf-8";
  if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (name.ends_with(".css")) return "text/css; charset=utf-8";
  if (name.ends_with(".svg")) return "image/svg+xml";
  if (name.ends_with(".json")) return "application/json";
  return "application/octet-stream";
}

}  // namespace wenyuan::server
