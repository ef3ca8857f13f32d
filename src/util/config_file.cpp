#include "util/config_file.h"

#include "util/file_io.h"
#include "util/line_reader.h"
#include "util/utf8.h"

namespace wenyuan {

Status ConfigSetting::Error(std::string_view message) const {
  return Status::InvalidArgument(where + ": " + std::string(message));
}

Status ConfigSetting::Invalid(std::string_view expect) const { return Error(key + " must be " + std::string(expect)); }

Status ConfigSetting::Unknown() const { return Error("unknown setting '" + key + "'"); }

Result<std::vector<ConfigSetting>> ReadConfigFile(const std::filesystem::path& file) {
  WY_ASSIGN_OR_RETURN(std::string text, ReadFileToString(file, 1 << 20));
  std::vector<ConfigSetting> settings;
  LineReader lines(text);
  std::string_view line;
  while (lines.Next(line)) {
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = utf8::Trim(line);
    if (line.empty()) continue;
    std::string where = file.string() + ": line " + std::to_string(lines.line_number());
    size_t eq = line.find('=');
    if (eq == std::string_view::npos) return Status::InvalidArgument(where + ": expected 'key = value'");
    std::string_view value = utf8::Trim(line.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    settings.push_back({std::string(utf8::Trim(line.substr(0, eq))), std::string(value), std::move(where)});
  }
  return settings;
}

}  // namespace wenyuan
