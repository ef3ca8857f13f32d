#include "clean/crumb_titles.h"

#include <string>

#include "clean/article_lines.h"
#include "clean/latin_names.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr char kOutside[] = "outside the main text";
constexpr size_t kMaxTitle = 40;

// The breadcrumb's last item ("… › 聖約翰書院" → "聖約翰書院"), spaces out.
std::u32string LastCrumb(const std::u32string& core) {
  const size_t at = core.find_last_of(U">›»＞");
  if (at == std::u32string::npos) return {};
  return WithoutSpaces(core.substr(at + 1));
}

}  // namespace

std::optional<size_t> KeepTitleNamedByCrumb(std::vector<PageLine>& lines) {
  size_t first = 0;
  while (first < lines.size() && !lines[first].kept()) ++first;
  if (first == lines.size()) return std::nullopt;
  std::u32string crumb;
  for (size_t k = 0; k < first; ++k) {
    if (lines[k].reason == "breadcrumb") crumb = LastCrumb(lines[k].core);
  }
  if (crumb.empty() || crumb.size() > kMaxTitle) return std::nullopt;
  // Up from the first kept line, over widgets and a Latin name.
  bool latin = false;
  for (size_t k = first; k > 0; --k) {
    PageLine& l = lines[k - 1];
    // A blank line parts a section's label from the record below it.
    if (l.blank()) return std::nullopt;
    if (IsWidgetReason(l.reason)) continue;
    if (l.reason != kOutside) return std::nullopt;
    if (WithoutSpaces(l.core) == crumb) {
      l.reason.clear();
      return k - 1;
    }
    if (latin || !IsLatinName(l.core)) return std::nullopt;
    latin = true;
  }
  return std::nullopt;
}

}  // namespace wenyuan::clean
