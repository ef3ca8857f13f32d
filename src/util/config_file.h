// ConfigFile: reads the `key = value` settings file that several layers share
// (DATA_DIR/wenyuan.conf or `--config FILE`; docs/configuration.md). One
// setting a line; '#' starts a comment; blank lines are skipped; keys and
// values are trimmed, and a value wrapped in double quotes loses them. A
// line with text but no '=' is an error naming the file and line. The
// reader knows no keys: each layer (server/server_config.h,
// llm/llm_config.h) takes the keys it owns, skips the ones it leaves to
// others, and reports the rest with ConfigSetting::Unknown, so every error
// names the file and line ("wenyuan.conf: line 3: ...").
#pragma once

#include <charconv>
#include <filesystem>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "util/status.h"

namespace wenyuan {

struct ConfigSetting {
  std::string key;
  std::string value;
  std::string where;  // "FILE: line N"

  // "FILE: line N: MESSAGE".
  Status Error(std::string_view message) const;
  // "FILE: line N: KEY must be EXPECT".
  Status Invalid(std::string_view expect) const;
  // "FILE: line N: unknown setting 'KEY'".
  Status Unknown() const;
  // Sets `out` to the value read as a number in [min, max] (the whole value,
  // nothing after it); otherwise leaves `out` alone and returns Invalid(expect).
  template <typename T>
  Status Number(T& out, std::type_identity_t<T> min, std::type_identity_t<T> max, std::string_view expect) const;
};

// The file's settings in order. The file is read whole (at most 1 MiB).
Result<std::vector<ConfigSetting>> ReadConfigFile(const std::filesystem::path& file);

// Sets `out` to `text` read as a number in [min, max] (all of the text, no
// spaces or sign it does not need) and returns true; false, leaving `out`
// alone, otherwise. For settings that come from flags as well as files.
template <typename T>
bool ParseSettingNumber(std::string_view text, T& out, std::type_identity_t<T> min, std::type_identity_t<T> max) {
  T v{};
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || p != text.data() + text.size() || v < min || v > max) return false;
  out = v;
  return true;
}

template <typename T>
Status ConfigSetting::Number(T& out, std::type_identity_t<T> min, std::type_identity_t<T> max,
                             std::string_view expect) const {
  return ParseSettingNumber(value, out, min, max) ? Status::Ok() : Invalid(expect);
}

}  // namespace wenyuan
