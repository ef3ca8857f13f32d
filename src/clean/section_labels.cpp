#include "clean/section_labels.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "clean/article_lines.h"
#include "clean/dates_and_bylines.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxLabel = 6, kMinTitleUnderLabel = 10;

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

// "臺灣高等法院新聞稿", "交通管制公告", "原创": a label naming the kind of page
// (an issuer or a topic before a kind word), or a tag sites print beside a
// headline for how it was written.
bool IsKindLabel(const std::u32string& core) {
  constexpr size_t kMaxKindLabel = 12;
  if (core.size() > kMaxKindLabel) return false;
  for (std::u32string_view tag : {U"原创", U"原創", U"独家", U"獨家", U"首发", U"首發", U"转载", U"轉載", U"置顶",
                                  U"置頂", U"精选", U"精選", U"头条", U"頭條"}) {
    if (core == tag) return true;
  }
  for (std::u32string_view kind : {U"新聞稿", U"新闻稿", U"公告", U"通告", U"快訊", U"快讯", U"新聞", U"新闻"}) {
    if (core.size() > kind.size() && core.ends_with(kind)) return true;
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
    if (l.blank() || !l.reason.empty() || l.bullet || l.core.size() < 2 ||
        (l.core.size() > kMaxLabel && !IsKindLabel(l.core)) ||
        !std::all_of(l.core.begin(), l.core.end(), [](char32_t c) { return utf8::IsHan(c); })) {
      continue;
    }
    // An issuer's kind label printed as a heading at the margin
    // ("高雄市政府勞工局公告" over its 發布日期) is the notice's own headline.
    const bool at_margin = !l.raw.empty() && l.raw.front() != ' ' && l.raw.front() != '\t';
    const bool kind_label = IsKindLabel(l.core) && !(at_margin && !IsKindWord(l.core) && !crumbs.contains(l.core));
    if (!IsKindWord(l.core) && !crumbs.contains(l.core) && !kind_label) continue;
    const size_t next = Neighbour(lines, i, 1), prev = Neighbour(lines, i, -1);
    if (next == lines.size()) continue;
    bool next_head = IsDateLine(lines[next].core) || IsBylineLine(lines[next].core);
    // A label that repeats the crumb's last item over a long unpunctuated
    // headline, which the line rules took for link labels run together
    // ("信件內容" over "建議增加大園區往高鐵桃園站公車班次並延長末班車時間").
    const bool next_headline =
        HeadlineShaped(lines[next]) || (crumbs.contains(l.core) && lines[next].reason == "link text run together" &&
                                        !lines[next].bullet && lines[next].core.size() > l.core.size());
    const bool prev_headline = prev < lines.size() && HeadlineShaped(lines[prev]);
    // Between the headline and its date, or over the headline; a kind
    // label also right under the breadcrumb or over the date line.
    // A kind label is the page's only heading when no title follows it
    // (a tender notice's "招標公告" over its date and field tables).
    bool under_crumb = false;  // dropped lines (buttons) aside
    for (size_t k = i, n = 0; k > 0 && n < 3 && !under_crumb;) {
      if (lines[--k].blank()) continue;
      if (lines[k].reason.empty()) break;
      under_crumb = lines[k].reason == "breadcrumb";
      ++n;
    }
    // The lines under it, dropped ones (buttons) passed over.
    size_t under = i + 1;
    while (under < lines.size() && (lines[under].blank() || !lines[under].reason.empty())) ++under;
    if (kind_label && under < lines.size()) {
      next_head = next_head || IsDateLine(lines[under].core) || IsBylineLine(lines[under].core);
    }
    size_t title =
        under < lines.size() && (IsDateLine(lines[under].core) || IsBylineLine(lines[under].core)) ? under + 1 : under;
    while (title < lines.size() && (lines[title].blank() || !lines[title].reason.empty())) ++title;
    const bool title_follows = title < lines.size() && lines[title].reason.empty() &&
                               lines[title].core.size() >= kMinTitleUnderLabel && !HasSentenceEnd(lines[title].core) &&
                               !IsDateLine(lines[title].core);
    if ((prev_headline && next_head) || next_headline || (kind_label && (under_crumb || next_head) && title_follows)) {
      l.reason = kSectionLabel;
    }
  }
}

}  // namespace wenyuan::clean
