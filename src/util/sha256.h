// SHA-256 digests as lower-case hex, for content hashes (re-ingest detection)
// and, later, hashed API keys. Stateless and thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace wenyuan {

std::string Sha256Hex(std::string_view data);

}  // namespace wenyuan
