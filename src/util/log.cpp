#include "util/log.h"

#include <string>

#include "util/utc_time.h"

namespace wenyuan {

Result<LogLevel> Logger::ParseLevel(std::string_view name) {
  if (name == "debug") return LogLevel::kDebug;
  if (name == "info") return LogLevel::kInfo;
  if (name == "warn" || name == "warning") return LogLevel::kWarn;
  if (name == "error") return LogLevel::kError;
  if (name == "off") return LogLevel::kOff;
  return Status::InvalidArgument("unknown log level '" + std::string(name) + "' (use debug, info, warn, error or off)");
}

void Logger::Write(LogLevel level, std::string_view msg) {
  if (!Enabled(level)) return;
  static constexpr const char* kNames[] = {"DEBUG", "INFO", "WARN", "ERROR"};
  const std::string stamp = IsoNowUtc();
  std::lock_guard<std::mutex> lock(mu_);
  std::fprintf(sink_, "%s %-5s %.*s\n", stamp.c_str(), kNames[static_cast<int>(level)], static_cast<int>(msg.size()),
               msg.data());
  std::fflush(sink_);
}

}  // namespace wenyuan
