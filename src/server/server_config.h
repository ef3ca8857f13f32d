// ServerConfig: everything `wenyuan serve` can be told, with the defaults a
// single-machine install wants. Values come from a config file (`key =
// value` lines, '#' comments; see docs/configuration.md), then from flags,
// which win. Unknown keys and bad values are errors naming file and line.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "util/status.h"
#include "vector/embedder_config.h"

namespace wenyuan::server {

struct ServerConfig {
  std::string host = "127.0.0.1";
  int port = 8080;               // 0 picks a free port (tests)
  int threads = 8;
  uint64_t max_body_bytes = 1ull << 20;
  size_t max_query_chars = 512;
  size_t max_k = 100;
  bool insecure_open = false;    // allow a non-loopback host without keys
  std::string log_level = "info";
  vector::EmbedderConfig embedder;  // `embedder = …` and `embedder.*` keys
};

// Applies the file's settings on top of `config`.
Status LoadServerConfig(const std::filesystem::path& file, ServerConfig& config);

bool IsLoopbackHost(const std::string& host);

}  // namespace wenyuan::server
