#include "text/script_folder.h"

#include <opencc/opencc.h>

#include <string>

#include "util/utf8.h"

namespace wenyuan::text {
namespace {

constexpr char32_t kLast = 0xFAFF;

struct OpenCCCloser {
  void operator()(void* od) const {
    if (od != reinterpret_cast<void*>(-1)) opencc_close(static_cast<opencc_t>(od));
  }
};
struct OpenCCFree {
  void operator()(char* s) const { opencc_convert_utf8_free(s); }
};

}  // namespace

Result<std::shared_ptr<const ScriptFolder>> ScriptFolder::Create() {
  opencc_t raw = opencc_open("t2s.json");
  if (raw == reinterpret_cast<opencc_t>(-1)) {
    return Status::NotFound(std::string("cannot load OpenCC t2s conversion (") + opencc_error() +
                            "); is libopencc-data installed? run scripts/setup");
  }
  std::unique_ptr<void, OpenCCCloser> od(raw);
  // One character a line, so no phrase rule can see two characters at once.
  std::string input;
  for (char32_t cp = kFirst; cp <= kLast; ++cp) {
    utf8::Append(input, utf8::IsHan(cp) ? cp : U'?');
    input += '\n';
  }
  std::unique_ptr<char, OpenCCFree> converted(
      opencc_convert_utf8(static_cast<opencc_t>(od.get()), input.data(), input.size()));
  if (!converted) return Status::Internal(std::string("OpenCC conversion failed: ") + opencc_error());

  std::vector<char32_t> table(kLast - kFirst + 1);
  std::string_view out(converted.get());
  size_t pos = 0;
  for (char32_t cp = kFirst; cp <= kLast; ++cp) {
    size_t nl = out.find('\n', pos);
    if (nl == std::string_view::npos) return Status::Internal("OpenCC returned fewer lines than given");
    std::string_view line = out.substr(pos, nl - pos);
    size_t at = 0;
    char32_t folded = line.empty() ? cp : utf8::DecodeNext(line, at);
    // Keep only one-to-one mappings between Han characters.
    table[cp - kFirst] = (utf8::IsHan(cp) && at == line.size() && utf8::IsHan(folded)) ? folded : cp;
    pos = nl + 1;
  }
  return std::shared_ptr<const ScriptFolder>(new ScriptFolder(std::move(table)));
}

}  // namespace wenyuan::text
