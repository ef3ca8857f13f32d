#include "clean/reference_lists.h"

#include <string>

#include "clean/page_line.h"
#include "util/utf8.h"

namespace wenyuan::clean {

void MarkReferenceLists(std::vector<PageLine>& lines) {
  constexpr size_t kMaxGap = 3;
  constexpr const char* kReason = "reference list";
  auto dated = [](const PageLine& l) {
    const std::string s = l.CoreUtf8();
    if (l.core.size() > 200) return false;
    if (ContainsAny(s, {"引用日期", "檢索日期", "检索日期", "訪問日期", "访问日期", "查閱日期", "查阅日期", "瀏覽日期",
                        "浏览日期", "原始內容存檔", "原始内容存档"})) {
      return true;
    }
    // "1. ^ 北辰溪基本資料. 水利署. [2023-05-01].": a wiki's note, its
    // back-link caret first.
    size_t i = 0;
    while (i < l.core.size() && (IsAsciiDigit(l.core[i]) || l.core[i] == '.' || utf8::IsSpace(l.core[i]))) ++i;
    return i < l.core.size() && (l.core[i] == '^' || l.core[i] == U'↑') && i + 1 < l.core.size() &&
           utf8::IsSpace(l.core[i + 1]);
  };
  size_t last = lines.size();  // the last dated item marked
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank() || !dated(lines[i])) continue;
    if (last < lines.size() && i - last <= kMaxGap + 1) {
      for (size_t k = last + 1; k < i; ++k) {
        if (!lines[k].blank() && lines[k].reason.empty()) lines[k].reason = kReason;
      }
    } else {
      // The first item: the heading above it goes too.
      size_t k = i;
      while (k > 0 && lines[k - 1].blank()) --k;
      if (k > 0 && EqualsAny(lines[k - 1].CoreUtf8(),
                             {"参考资料", "參考資料", "参考来源", "參考來源", "参考文献", "參考文獻", "资料来源",
                              "資料來源", "注释", "註釋", "脚注", "腳註", "注脚", "註腳"})) {
        lines[k - 1].reason = kReason;
      }
    }
    if (lines[i].reason.empty()) lines[i].reason = kReason;
    last = i;
  }
}

}  // namespace wenyuan::clean
