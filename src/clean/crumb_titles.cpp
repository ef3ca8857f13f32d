#include "clean/crumb_titles.h"

#include <string>
#include <string_view>
#include <vector>

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

// The breadcrumb's items, spaces out ("首頁 > 選舉 > 115年" → 首頁, 選舉, 115年).
std::vector<std::u32string> CrumbItems(const std::u32string& core) {
  std::vector<std::u32string> items;
  size_t begin = 0;
  for (size_t at = 0; at <= core.size(); ++at) {
    if (at < core.size() && std::u32string_view(U">›»＞").find(core[at]) == std::u32string_view::npos) continue;
    std::u32string item = WithoutSpaces(core.substr(begin, at - begin));
    if (!item.empty()) items.push_back(std::move(item));
    begin = at + 1;
  }
  return items;
}

// `text` is two of the crumb's items or more run together, in any order
// ("115年縣市議員選舉" of "… > 縣市議員選舉 > 115年 > …").
bool MadeOfCrumbItems(std::u32string_view text, const std::vector<std::u32string>& items, size_t parts = 0) {
  constexpr size_t kMinParts = 2;
  if (text.empty()) return parts >= kMinParts;
  for (const std::u32string& item : items) {
    if (item.size() >= 2 && text.starts_with(item) && MadeOfCrumbItems(text.substr(item.size()), items, parts + 1)) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<size_t> KeepTitleNamedByCrumb(std::vector<PageLine>& lines) {
  size_t first = 0;
  while (first < lines.size() && !lines[first].kept()) ++first;
  if (first == lines.size()) return std::nullopt;
  std::u32string crumb;
  std::vector<std::u32string> items;
  for (size_t k = 0; k < first; ++k) {
    if (lines[k].reason != "breadcrumb") continue;
    crumb = LastCrumb(lines[k].core);
    items = CrumbItems(lines[k].core);
  }
  if (crumb.empty() || crumb.size() > kMaxTitle) return std::nullopt;
  // A title's first line right over its second, which is kept and names
  // the crumb's last item: the crumb's other items run together
  // ("115年縣市議員選舉" over "花蓮縣第03選舉區　候選人得票數").
  if (first > 0 && WithoutSpaces(lines[first].core).find(crumb) != std::u32string::npos) {
    PageLine& above = lines[first - 1];
    const std::u32string text = WithoutSpaces(above.core);
    if ((above.reason == kOutside || above.reason == "menu or link list") && !above.bullet &&
        text.size() <= kMaxTitle && MadeOfCrumbItems(text, items)) {
      above.reason.clear();
      return first - 1;
    }
  }
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
