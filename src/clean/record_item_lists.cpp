#include "clean/record_item_lists.h"

#include <string>
#include <string_view>

#include "clean/line_shape_words.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxHeading = 10;
constexpr size_t kMaxItem = 30;
constexpr size_t kMinItems = 3;

bool IsListHeading(const PageLine& l) {
  const std::u32string& c = l.core;
  if (l.blank() || l.bullet || l.placeholder || !ReclaimableForRecord(l) || c.size() < 2 || c.size() > kMaxHeading) {
    return false;
  }
  if (HasSentencePunct(c) || c.find_first_of(U"：:|｜>") != std::u32string::npos || CountHan(c) < 2) return false;
  return !ContainsAnyOf(c, {U"相關", U"相关", U"延伸", U"推薦", U"推荐", U"熱門", U"热门", U"更多", U"最新", U"其他",
                            U"其它", U"看過", U"看过", U"也看", U"猜你", U"排行", U"分類", U"分类"});
}

bool IsItem(const PageLine& l) {
  return l.bullet && ReclaimableForRecord(l) && !l.core.empty() && l.core.size() <= kMaxItem && !HasSentenceEnd(l.core);
}

}  // namespace

bool ReclaimableForRecord(const PageLine& l) {
  return l.reason.empty() || l.reason == "outside the main text" || l.reason == "menu or link list";
}

std::vector<size_t> KeepRecordItemLists(std::vector<PageLine>& lines) {
  std::vector<size_t> out;
  for (size_t h = 1; h < lines.size(); ++h) {
    if (!IsListHeading(lines[h])) continue;
    size_t end = h + 1;
    while (end < lines.size() && IsItem(lines[end])) ++end;
    if (end - h - 1 < kMinItems) continue;
    size_t above = h;
    while (above > 0 && lines[above - 1].blank()) --above;
    size_t below = end;
    while (below < lines.size() && lines[below].blank()) ++below;
    if (above == 0 || below >= lines.size() || !lines[above - 1].kept() || !lines[below].kept()) continue;
    bool taken = false;
    for (size_t k = h; k < end; ++k) taken = taken || !lines[k].kept();
    if (!taken) continue;
    for (size_t k = h; k < end; ++k) {
      if (lines[k].kept()) continue;
      lines[k].reason.clear();
      out.push_back(k);
    }
    h = end - 1;
  }
  return out;
}

}  // namespace wenyuan::clean
