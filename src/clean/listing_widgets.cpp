#include "clean/listing_widgets.h"

#include <algorithm>
#include <string_view>

#include "clean/line_shape_words.h"
#include "clean/page_notices.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxCounters = 60;
constexpr size_t kMaxCounterLabel = 4;
constexpr size_t kMaxPrompt = 30;

// "1,287次", "46人", "2天前", "3小時前", "剛剛": a count or how long ago
// (a bare number may be a score: "口味：4.8").
bool IsCountValue(std::u32string_view v) {
  if (v == U"剛剛" || v == U"刚刚") return true;
  size_t k = 0;
  while (k < v.size() && (utf8::IsDecimalDigit(v[k]) || v[k] == ',' || v[k] == '.')) ++k;
  if (k == 0) return false;
  const std::u32string_view unit = v.substr(k);
  for (std::u32string_view u : {U"次", U"人", U"則", U"则", U"條", U"条", U"個", U"个", U"天前", U"小時前", U"小时前",
                                U"分鐘前", U"分钟前", U"週前", U"周前", U"個月前", U"个月前"}) {
    if (unit == u) return true;
  }
  return false;
}

// Two labelled counts or more and nothing else.
bool IsCountersLine(const std::u32string& core) {
  if (core.size() > kMaxCounters || HasSentenceEnd(core)) return false;
  size_t fields = 0;
  for (std::u32string_view word : SpaceSeparatedWords(core)) {
    size_t colon = 0;
    while (colon < word.size() && !IsColon(word[colon])) ++colon;
    if (colon == 0 || colon > kMaxCounterLabel || colon + 1 >= word.size()) return false;
    if (CountHan(std::u32string(word.substr(0, colon))) != colon || !IsCountValue(word.substr(colon + 1))) {
      return false;
    }
    ++fields;
  }
  return fields >= 2;
}

}  // namespace

bool IsListingWidgetLine(const std::u32string& core) {
  for (std::u32string_view w : {U"地圖", U"地图", U"查看地圖", U"查看地图", U"顯示地圖", U"显示地图", U"已實名認證",
                                U"已实名认证", U"實名認證", U"实名认证", U"已認證", U"已认证"}) {
    if (core == w) return true;
  }
  if (IsCountersLine(core)) return true;
  // "聯絡時請告知在…看到，謝謝！"
  if (core.size() > kMaxPrompt) return false;
  const size_t tell = core.find(U"告知");
  return tell != std::u32string::npos && core.find(U"看到", tell) != std::u32string::npos &&
         (core.find(U"聯絡") != std::u32string::npos || core.find(U"联系") != std::u32string::npos ||
          core.find(U"聯繫") != std::u32string::npos || core.find(U"來電") != std::u32string::npos ||
          core.find(U"来电") != std::u32string::npos);
}

bool IsBadgeRow(const PageLine& l) {
  // One icon, first: "[X] 甲 [ ] 乙" is a form's checkboxes.
  const std::string_view raw = utf8::Trim(l.raw);
  const size_t close = raw.find(']');
  return l.placeholder && raw.starts_with("[") && close != std::string_view::npos &&
         raw.find('[', close) == std::string_view::npos && IsTagRowShape(l.core);
}

void MarkListingWidgets(std::vector<PageLine>& lines) {
  for (PageLine& l : lines) {
    // A row of badges reads as a table's row of cells.
    if (l.kept() && ((!l.table && IsListingWidgetLine(l.core)) || IsBadgeRow(l))) l.reason = kListingWidget;
  }
}

}  // namespace wenyuan::clean
