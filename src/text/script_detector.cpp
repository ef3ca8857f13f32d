#include "text/script_detector.h"

#include "util/utf8.h"

namespace wenyuan::text {
namespace {
constexpr char32_t kFirst = 0x3400;
constexpr char32_t kLast = 0xFAFF;
// One script must outnumber the other by this factor to be named alone.
constexpr size_t kDominance = 4;
}  // namespace

std::string_view ScriptName(Script s) {
  switch (s) {
    case Script::kTraditional:
      return "traditional";
    case Script::kSimplified:
      return "simplified";
    case Script::kMixed:
      return "mixed";
    case Script::kNone:
      break;
  }
  return "none";
}

ScriptDetector::ScriptDetector(std::shared_ptr<const ScriptFolder> folder)
    : folder_(std::move(folder)), simplified_only_(kLast - kFirst + 1, false) {
  for (char32_t cp = kFirst; cp <= kLast; ++cp) {
    char32_t folded = folder_->Fold(cp);
    if (folded != cp && folded >= kFirst && folded <= kLast) simplified_only_[folded - kFirst] = true;
  }
  for (char32_t cp = kFirst; cp <= kLast; ++cp) {
    if (folder_->Fold(cp) != cp) simplified_only_[cp - kFirst] = false;
  }
}

Script ScriptDetector::Detect(std::string_view text) const {
  size_t traditional = 0, simplified = 0;
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp = utf8::DecodeNext(text, pos);
    if (cp < kFirst || cp > kLast) continue;
    if (folder_->Fold(cp) != cp)
      ++traditional;
    else if (simplified_only_[cp - kFirst])
      ++simplified;
  }
  if (traditional == 0 && simplified == 0) return Script::kNone;
  if (traditional >= kDominance * simplified) return Script::kTraditional;
  if (simplified >= kDominance * traditional) return Script::kSimplified;
  return Script::kMixed;
}

}  // namespace wenyuan::text
