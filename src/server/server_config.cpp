#include "util/line_reader.h"
#include "server/server_config.h"

#include <charconv>

#include "util/file_io.h"
#include "util/utf8.h"

namespace wenyuan::server {
namespace {

template <typename T>
bool ParseNumber(std::string_view s, T& out, T min, T max) {
  T v{};
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v < min || v > max) return false;
  out = v;
  return true;
}

}  // namespace

Status LoadServerConfig(const std::filesystem::path& file, ServerConfig& config) {
  WY_ASSIGN_OR_RETURN(std::string text, ReadFileToString(file, 1 << 20));
  LineReader lines(text);
  std::string_view line;
  while (lines.Next(line)) {
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = utf8::Trim(line);
    if (line.empty()) continue;
    const std::string where = file.string() + ": line " + std::to_string(lines.line_number());
    size_t eq = line.find('=');
    if (eq == std::string_view::npos) return Status::InvalidArgument(where + ": expected 'key = value'");
    std::string key(utf8::Trim(line.substr(0, eq)));
    std::string_view value = utf8::Trim(line.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    auto bad = [&](const char* expect) {
      return Status::InvalidArgument(where + ": " + key + " must be " + expect);
    };
    if (key.starts_with("llm.")) {
      continue;  // language-model settings: llm/llm_config.h reads them
    } else if (key == "host") {
      config.host = std::string(value);
    } else if (key == "port") {
      if (!ParseNumber(value, config.port, 0, 65535)) return bad("a port number 0-65535");
    } else if (key == "threads") {
      if (!ParseNumber(value, config.threads, 1, 256)) return bad("1-256");
    } else if (key == "max_body_bytes") {
      if (!ParseNumber<uint64_t>(value, config.max_body_bytes, 1024, 1ull << 32)) return bad("1024-4294967296");
    } else if (key == "max_json_depth") {
      if (!ParseNumber<size_t>(value, config.max_json_depth, 2, 1000)) return bad("2-1000");
    } else if (key == "max_upload_bytes") {
      if (!ParseNumber<uint64_t>(value, config.max_upload_bytes, 1024, 1ull << 34)) return bad("1024-17179869184");
    } else if (key == "max_upload_file_bytes") {
      if (!ParseNumber<uint64_t>(value, config.max_upload_file_bytes, 1, 1ull << 34)) return bad("1-17179869184");
    } else if (key == "upload_extensions") {
      config.upload_extensions = std::string(value);
    } else if (key == "max_offset") {
      if (!ParseNumber<size_t>(value, config.max_offset, 0, 100000)) return bad("0-100000");
    } else if (key == "facet_depth") {
      if (!ParseNumber<size_t>(value, config.facet_depth, 0, 10000)) return bad("0-10000 (0: no facets)");
    } else if (key == "max_page_size") {
      if (!ParseNumber<size_t>(value, config.max_page_size, 1, 100000)) return bad("1-100000");
    } else if (key == "rate_limit_per_minute") {
      if (!ParseNumber(value, config.rate_limit_per_minute, 0, 1000000)) return bad("0-1000000 (0: off)");
    } else if (key == "read_timeout_seconds") {
      if (!ParseNumber(value, config.read_timeout_seconds, 1, 3600)) return bad("1-3600");
    } else if (key == "write_timeout_seconds") {
      if (!ParseNumber(value, config.write_timeout_seconds, 1, 3600)) return bad("1-3600");
    } else if (key == "session_hours") {
      if (!ParseNumber(value, config.session_hours, 1, 24 * 365)) return bad("1-8760");
    } else if (key == "max_jobs_kept") {
      if (!ParseNumber<size_t>(value, config.max_jobs_kept, 1, 1000000)) return bad("1-1000000");
    } else if (key == "max_query_chars") {
      if (!ParseNumber<size_t>(value, config.max_query_chars, 1, 100000)) return bad("1-100000");
    } else if (key == "max_k") {
      if (!ParseNumber<size_t>(value, config.max_k, 1, 10000)) return bad("1-10000");
    } else if (key == "insecure_open") {
      if (value != "true" && value != "false") return bad("true or false");
      config.insecure_open = value == "true";
    } else if (key == "web_dir") {
      config.web_dir = std::string(value);
    } else if (key == "log_level") {
      config.log_level = std::string(value);
    } else if (key == "embedder" || key.starts_with("embedder.")) {
      Status s = vector::ApplyEmbedderSetting(config.embedder, key, value);
      if (!s.ok()) return Status::InvalidArgument(where + ": " + s.message());
    } else {
      return Status::InvalidArgument(where + ": unknown setting '" + key + "'");
    }
  }
  return Status::Ok();
}

bool IsLoopbackHost(const std::string& host) {
  return host == "localhost" || host == "::1" || host.starts_with("127.");
}

}  // namespace wenyuan::server
