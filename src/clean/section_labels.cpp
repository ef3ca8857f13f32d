#include "clean/section_labels.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "clean/article_lines.h"
#include "clean/dates_and_bylines.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxLabel = 6;

// "首頁 > 最新消息 > 新聞稿" -> "新聞稿": the breadcrumb's last item.
std::u32string LastCrumb(const std::u32string& core) {
  const size_t sep = core.find_last_of(U">›»＞/");
  if (sep == std::u32string::npos) return {};
  return WithoutSpaces(core.substr(sep + 1));
}

bool IsKindWord(const std::u32string& core) {
  for (std::u32string_view word :
       {U"新聞稿",   U"新闻稿",   U"新聞資料", U"新闻资料", U"即時新聞", U"即时新闻", U"快訊",     U"快讯",
        U"要聞",     U"要闻",     U"焦點新聞", U"焦点新闻", U"最新消息", U"新聞發布", U"新闻发布", U"媒體報導",
        U"媒体报道", U"活動訊息", U"活动信息", U"政策宣導", U"本署新聞", U"本部新聞", U"本局新聞", U"本會新聞"}) {
    if (core == word) return true;
  }
  return false;
}

// The next (`step` 1) or previous (`step` -1) line from `i` that is not
// blank nor a widget; lines.size() if none.
size_t Neighbour(const std::vector<PageLine>& lines, size_t i, int step) {
  for (size_t k = i;;) {
    if (step > 0 ? k + 1 >= lines.size() : k == 0) return lines.size();
    k = step > 0 ? k + 1 : k - 1;
    if (!lines[k].blank() && !IsWidgetReason(lines[k].reason)) return k;
  }
}

bool HeadlineShaped(const PageLine& l) { return !l.bullet && l.reason.empty() && LooksLikeHeadline(l); }

}  // namespace

void MarkSectionLabels(std::vector<PageLine>& lines) {
  std::unordered_set<std::u32string> crumbs;
  for (const auto& l : lines) {
    if (l.reason == "breadcrumb") {
      if (std::u32string last = LastCrumb(l.core); !last.empty()) crumbs.insert(std::move(last));
    }
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (l.blank() || !l.reason.empty() || l.bullet || l.core.size() < 2 || l.core.size() > kMaxLabel ||
        !std::all_of(l.core.begin(), l.core.end(), [](char32_t c) { return utf8::IsHan(c); })) {
      continue;
    }
    if (!IsKindWord(l.core) && !crumbs.contains(l.core)) continue;
    const size_t next = Neighbour(lines, i, 1), prev = Neighbour(lines, i, -1);
    if (next == lines.size()) continue;
    const bool next_head = IsDateLine(lines[next].core) || IsBylineLine(lines[next].core);
    const bool next_headline = HeadlineShaped(lines[next]);
    const bool prev_headline = prev < lines.size() && HeadlineShaped(lines[prev]);
    // Between the headline and its date, or over the headline.
    if ((prev_headline && next_head) || next_headline) l.reason = kSectionLabel;
  }
}

}  // namespace wenyuan::clean
