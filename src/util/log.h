// Logger: levelled, line-at-a-time logging to stderr.
//
// One Logger is made by main() and handed to whatever needs to log; there is
// no global logger. Each call writes one whole line ("2026-11-23T10:00:00Z
// INFO ingest: ...") under a mutex, so lines from several threads never mix.
#pragma once

#include <cstdio>
#include <mutex>
#include <string_view>

#include "util/status.h"

namespace wenyuan {

enum class LogLevel { kDebug = 0, kInfo, kWarn, kError, kOff };

class Logger {
 public:
  explicit Logger(LogLevel level = LogLevel::kInfo, std::FILE* sink = stderr) : level_(level), sink_(sink) {}

  // Parses "debug", "info", "warn", "error" or "off".
  static Result<LogLevel> ParseLevel(std::string_view name);

  void set_level(LogLevel level) { level_ = level; }
  LogLevel level() const { return level_; }
  bool Enabled(LogLevel level) const { return level >= level_ && level_ != LogLevel::kOff; }

  void Debug(std::string_view msg) { Write(LogLevel::kDebug, msg); }
  void Info(std::string_view msg) { Write(LogLevel::kInfo, msg); }
  void Warn(std::string_view msg) { Write(LogLevel::kWarn, msg); }
  void Error(std::string_view msg) { Write(LogLevel::kError, msg); }
  void Write(LogLevel level, std::string_view msg);

 private:
  LogLevel level_;
  std::FILE* sink_;
  std::mutex mu_;
};

}  // namespace wenyuan
