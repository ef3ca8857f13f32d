// ServerConfig: everything `wenyuan serve` can be told, with the defaults a
// single-machine install wants. Values come from a config file (`key =
// value` lines, '#' comments, read by util/config_file.h; see
// docs/configuration.md), then from flags, which win. Unknown keys and bad values are errors naming file and line.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "server/ldap_directory.h"
#include "util/status.h"
#include "vector/embedder_config.h"

namespace wenyuan::server {

// Half the machine's cores, at least one and at most four.
int DefaultSearchThreads();

struct ServerConfig {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0 picks a free port (tests)
  int threads = 8;
  // Threads one search may use: its handler's and idle helpers, each ranking
  // a part of the index (1: the handler alone). A busy server runs each
  // search on its handler; an idle one cuts its slow queries' time (half
  // the cores, up to four, by default: on two cores the other one serves
  // the connections and the client, and a helper gained nothing measured,
  // bench/README.md).
  int search_threads = DefaultSearchThreads();
  uint64_t max_body_bytes = 1ull << 20;          // JSON and other non-upload bodies
  size_t max_json_depth = 64;                    // nesting of arrays/objects
  uint64_t max_upload_bytes = 64ull << 20;       // one upload request
  uint64_t max_upload_file_bytes = 32ull << 20;  // one uploaded file
  // File name extensions an upload may have (lower case, comma-separated in
  // the config file); each must also be one a reader takes.
  std::string upload_extensions =
      "txt,md,markdown,html,htm,xhtml,pdf,docx,xlsx,pptx,jsonl,ndjson,png,jpg,jpeg,tif,tiff";
  size_t max_query_chars = 512;
  size_t max_k = 100;
  size_t max_offset = 1000;         // search paging depth
  size_t facet_depth = 200;         // search facets count over this many best hits; 0: none
  size_t max_page_size = 200;       // documents / audit entries per page
  int rate_limit_per_minute = 120;  // per key, or per IP in open mode; 0: off
  // Connections (the front door, server/front_door.h): every client-facing
  // limit. A request's head must arrive within header_timeout_seconds of its
  // first byte (of the connection, for the first request), the whole
  // request within request_timeout_seconds; a kept connection may idle
  // keep_alive_seconds between requests.
  int header_timeout_seconds = 10;
  int request_timeout_seconds = 60;
  int keep_alive_seconds = 5;
  int write_timeout_seconds = 10;               // a client that reads nothing this long is dropped
  size_t max_connections = 512;                 // open client connections in all (503 beyond)
  size_t max_connections_per_address = 32;      // from one client address (503 beyond)
  size_t max_header_bytes = 16384;              // one request head (431 beyond)
  uint64_t max_held_body_bytes = 512ull << 20;  // request bodies held in memory at once (503 beyond)
  size_t relay_buffer_bytes = 4u << 20;         // reply bytes held per connection for a slow reader
  int io_threads = 2;                           // threads of the front door
  int read_timeout_seconds = 10;                // the handler pool's own socket timeouts
  // TLS: PEM certificate chain and private key; both empty: plain HTTP.
  std::string tls_cert;
  std::string tls_key;
  int session_hours = 12;          // web sign-in lifetime
  int session_idle_minutes = 120;  // a session unused this long ends
  int lockout_failures = 5;        // wrong passwords in a row that lock an account; 0: never
  int lockout_minutes = 15;        // how long the lock lasts
  size_t max_jobs_kept = 1000;     // finished ingest jobs remembered
  bool insecure_open = false;      // allow a non-loopback host without keys
  // Mark the session cookie Secure (sent over HTTPS only). Set when the
  // server itself serves TLS, or in the config file when a TLS proxy is in
  // front of it.
  bool secure_cookies = false;
  std::string log_level = "info";
  // Serve the web UI's files from this folder instead of the copy compiled
  // into the binary (a development aid: edit web/ and reload). Empty: embedded.
  std::string web_dir;
  vector::EmbedderConfig embedder;  // `embedder = …` and `embedder.*` keys
  LdapConfig ldap;                  // `ldap.*` keys: directory sign-in
};

// Applies the file's settings on top of `config`.
Status LoadServerConfig(const std::filesystem::path& file, ServerConfig& config);

// True for "localhost" and the loopback addresses (127.0.0.0/8, ::1,
// ::ffff:127.0.0.0/104), parsed as addresses; any other name is not.
bool IsLoopbackHost(const std::string& host);

}  // namespace wenyuan::server
