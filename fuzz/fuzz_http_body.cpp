// libFuzzer target: what the HTTP API does with a request body and names in
// it before any handler logic: the nesting check that guards the JSON
// parser's stack (JsonNestsDeeperThan), the parse itself, upload file names
// (CheckUploadName) and the path redaction of error messages.
#include <nlohmann/json.hpp>

#include "fuzz_support.h"
#include "server/api_context.h"
#include "server/json_views.h"
#include "server/upload_names.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::set<std::string> extensions = wenyuan::server::ParseExtensionList("txt,md,html,docx,xlsx");
  std::string_view body(reinterpret_cast<const char*>(data), size);
  if (!wenyuan::server::JsonNestsDeeperThan(body, 64)) {
    auto parsed = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (!parsed.is_discarded()) (void)parsed.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  const std::string_view name = body.substr(0, std::min<size_t>(body.size(), 300));
  if (wenyuan::server::CheckUploadName(name, extensions).ok()) {
    wenyuan::fuzz::Check(name.find('/') == std::string_view::npos && name.find('\\') == std::string_view::npos &&
                             name.find("..") == std::string_view::npos && name[0] != '.',
                         "an accepted upload name stays in its folder");
  }
  (void)wenyuan::server::RedactServerPaths(body);
  return 0;
}
