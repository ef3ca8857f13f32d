#include "server/server_config.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <algorithm>
#include <thread>

#include "util/config_file.h"

namespace wenyuan::server {

int DefaultSearchThreads() {
  const unsigned cores = std::thread::hardware_concurrency();
  return static_cast<int>(std::clamp(cores / 2, 1u, 4u));
}

Status LoadServerConfig(const std::filesystem::path& file, ServerConfig& config) {
  WY_ASSIGN_OR_RETURN(std::vector<ConfigSetting> settings, ReadConfigFile(file));
  for (const ConfigSetting& s : settings) {
    const std::string& key = s.key;
    if (key.starts_with("llm.")) {
      continue;  // language-model settings: llm/llm_config.h reads them
    } else if (key == "host") {
      config.host = s.value;
    } else if (key == "port") {
      WY_RETURN_IF_ERROR(s.Number(config.port, 0, 65535, "a port number 0-65535"));
    } else if (key == "threads") {
      WY_RETURN_IF_ERROR(s.Number(config.threads, 1, 256, "1-256"));
    } else if (key == "search_threads") {
      WY_RETURN_IF_ERROR(s.Number(config.search_threads, 1, 64, "1-64 (1: each search on its handler alone)"));
    } else if (key == "max_body_bytes") {
      WY_RETURN_IF_ERROR(s.Number(config.max_body_bytes, 1024, 1ull << 32, "1024-4294967296"));
    } else if (key == "max_json_depth") {
      WY_RETURN_IF_ERROR(s.Number(config.max_json_depth, 2, 1000, "2-1000"));
    } else if (key == "max_upload_bytes") {
      WY_RETURN_IF_ERROR(s.Number(config.max_upload_bytes, 1024, 1ull << 34, "1024-17179869184"));
    } else if (key == "max_upload_file_bytes") {
      WY_RETURN_IF_ERROR(s.Number(config.max_upload_file_bytes, 1, 1ull << 34, "1-17179869184"));
    } else if (key == "upload_extensions") {
      config.upload_extensions = s.value;
    } else if (key == "max_offset") {
      WY_RETURN_IF_ERROR(s.Number(config.max_offset, 0, 100000, "0-100000"));
    } else if (key == "facet_depth") {
      WY_RETURN_IF_ERROR(s.Number(config.facet_depth, 0, 10000, "0-10000 (0: no facets)"));
    } else if (key == "max_page_size") {
      WY_RETURN_IF_ERROR(s.Number(config.max_page_size, 1, 100000, "1-100000"));
    } else if (key == "rate_limit_per_minute") {
      WY_RETURN_IF_ERROR(s.Number(config.rate_limit_per_minute, 0, 1000000, "0-1000000 (0: off)"));
    } else if (key == "read_timeout_seconds") {
      WY_RETURN_IF_ERROR(s.Number(config.read_timeout_seconds, 1, 3600, "1-3600"));
    } else if (key == "header_timeout_seconds") {
      WY_RETURN_IF_ERROR(s.Number(config.header_timeout_seconds, 1, 3600, "1-3600"));
    } else if (key == "request_timeout_seconds") {
      WY_RETURN_IF_ERROR(s.Number(config.request_timeout_seconds, 1, 86400, "1-86400"));
    } else if (key == "keep_alive_seconds") {
      WY_RETURN_IF_ERROR(s.Number(config.keep_alive_seconds, 1, 3600, "1-3600"));
    } else if (key == "max_connections") {
      WY_RETURN_IF_ERROR(s.Number(config.max_connections, 1, 1000000, "1-1000000"));
    } else if (key == "max_connections_per_address") {
      WY_RETURN_IF_ERROR(s.Number(config.max_connections_per_address, 1, 1000000, "1-1000000"));
    } else if (key == "max_header_bytes") {
      WY_RETURN_IF_ERROR(s.Number(config.max_header_bytes, 1024, 1u << 20, "1024-1048576"));
    } else if (key == "max_held_body_bytes") {
      WY_RETURN_IF_ERROR(s.Number(config.max_held_body_bytes, 1024, 1ull << 40, "1024-1099511627776"));
    } else if (key == "relay_buffer_bytes") {
      WY_RETURN_IF_ERROR(s.Number(config.relay_buffer_bytes, 16384, 1u << 30, "16384-1073741824"));
    } else if (key == "io_threads") {
      WY_RETURN_IF_ERROR(s.Number(config.io_threads, 1, 64, "1-64"));
    } else if (key == "tls_cert") {
      config.tls_cert = s.value;
    } else if (key == "tls_key") {
      config.tls_key = s.value;
    } else if (key == "write_timeout_seconds") {
      WY_RETURN_IF_ERROR(s.Number(config.write_timeout_seconds, 1, 3600, "1-3600"));
    } else if (key == "session_hours") {
      WY_RETURN_IF_ERROR(s.Number(config.session_hours, 1, 24 * 365, "1-8760"));
    } else if (key == "session_idle_minutes") {
      WY_RETURN_IF_ERROR(s.Number(config.session_idle_minutes, 1, 60 * 24 * 365, "1-525600"));
    } else if (key == "lockout_failures") {
      WY_RETURN_IF_ERROR(s.Number(config.lockout_failures, 0, 1000, "0-1000 (0: never lock)"));
    } else if (key == "lockout_minutes") {
      WY_RETURN_IF_ERROR(s.Number(config.lockout_minutes, 1, 60 * 24 * 30, "1-43200"));
    } else if (key.starts_with("ldap.")) {
      Status applied = ApplyLdapSetting(config.ldap, key.substr(5), s.value);
      if (!applied.ok()) return s.Error(applied.message());
    } else if (key == "max_jobs_kept") {
      WY_RETURN_IF_ERROR(s.Number(config.max_jobs_kept, 1, 1000000, "1-1000000"));
    } else if (key == "max_query_chars") {
      WY_RETURN_IF_ERROR(s.Number(config.max_query_chars, 1, 100000, "1-100000"));
    } else if (key == "max_k") {
      WY_RETURN_IF_ERROR(s.Number(config.max_k, 1, 10000, "1-10000"));
    } else if (key == "secure_cookies") {
      if (s.value != "true" && s.value != "false") return s.Invalid("true or false");
      config.secure_cookies = s.value == "true";
    } else if (key == "insecure_open") {
      if (s.value != "true" && s.value != "false") return s.Invalid("true or false");
      config.insecure_open = s.value == "true";
    } else if (key == "web_dir") {
      config.web_dir = s.value;
    } else if (key == "log_level") {
      config.log_level = s.value;
    } else if (key == "embedder" || key.starts_with("embedder.")) {
      Status applied = vector::ApplyEmbedderSetting(config.embedder, key, s.value);
      if (!applied.ok()) return s.Error(applied.message());
    } else {
      return s.Unknown();
    }
  }
  if (Status ldap = ValidateLdapConfig(config.ldap); !ldap.ok()) {
    return Status::InvalidArgument(file.string() + ": " + ldap.message());
  }
  return Status::Ok();
}

bool IsLoopbackHost(const std::string& host) {
  // Addresses are parsed, not matched by prefix: "127.evil.example" is a
  // host name that can resolve anywhere. "localhost" is reserved for the
  // loopback interface (RFC 6761).
  if (host == "localhost") return true;
  in_addr v4{};
  if (::inet_pton(AF_INET, host.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  std::string bare = host;
  if (bare.size() > 2 && bare.front() == '[' && bare.back() == ']') bare = bare.substr(1, bare.size() - 2);
  in6_addr v6{};
  if (::inet_pton(AF_INET6, bare.c_str(), &v6) == 1) {
    if (IN6_IS_ADDR_LOOPBACK(&v6)) return true;
    // ::ffff:127.x.y.z, an IPv4 loopback address written for IPv6.
    return IN6_IS_ADDR_V4MAPPED(&v6) && v6.s6_addr[12] == 127;
  }
  return false;
}

}  // namespace wenyuan::server
