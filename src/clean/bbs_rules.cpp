#include "clean/bbs_rules.h"

#include <string_view>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

bool IsIdChar(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsAsciiDigit(c) || c == '_' || c == '-' || c == '.';
}

size_t SkipSpaces(const std::u32string& s, size_t i) {
  while (i < s.size() && (utf8::IsSpace(s[i]) || s[i] == U'\u3000')) ++i;
  return i;
}

// The header field's label at the start of `core` ("作者  x", "看板 x",
// "发信人: x"), or "" when the line is no header field.
std::u32string_view HeaderLabel(const std::u32string& core) {
  for (std::u32string_view label : {U"作者", U"看板", U"標題", U"标题", U"時間", U"时间", U"發信人", U"发信人", U"信區",
                                    U"信区", U"標  題", U"标  题", U"發信站", U"发信站"}) {
    if (!std::u32string_view(core).starts_with(label) || core.size() <= label.size() + 1) continue;
    const char32_t next = core[label.size()];
    if (utf8::IsSpace(next) || next == U'\u3000' || next == ':' || next == U'：') return label;
  }
  return {};
}

// The poster, the board and the site that relayed the post ("发信站: 水木社区
// (Thu Dec  3 08:41:17 2026), 站内"): the header's, not the article's.
bool IsPosterOrBoard(std::u32string_view label) {
  return label == U"作者" || label == U"看板" || label == U"發信人" || label == U"发信人" || label == U"信區" ||
         label == U"信区" || label == U"發信站" || label == U"发信站";
}

// "发信人: 某人 (昵称), 信区: Bicycle": the board named on the poster's line.
bool NamesBoard(const std::u32string& core, std::u32string_view label) {
  if (label == U"看板" || label == U"信區" || label == U"信区") return true;
  // "作者 kuo0717 (小郭) 看板 home-sale": the board on the author's line.
  if (label == U"作者") {
    for (std::u32string_view board : {U" 看板 ", U" 看板:", U" 看板：", U"\u3000看板"}) {
      if (core.find(board) != std::u32string::npos) return true;
    }
    return false;
  }
  if (label != U"發信人" && label != U"发信人") return false;
  for (std::u32string_view board : {U"信區:", U"信区:", U"信區：", U"信区：", U"看板:", U"看板："}) {
    if (core.find(board) != std::u32string::npos) return true;
  }
  return false;
}

// "看板 Tech_Job › [請益] …": the board's name and an arrow.
bool IsBoardBreadcrumb(const std::u32string& core) {
  if (!core.starts_with(U"看板") && !core.starts_with(U"看版")) return false;
  size_t i = SkipSpaces(core, 2), id = i;
  while (i < core.size() && IsIdChar(core[i])) ++i;
  if (i == id) return false;
  i = SkipSpaces(core, i);
  return i < core.size() && (core[i] == U'›' || core[i] == '>' || core[i] == U'»' || core[i] == U'＞');
}

// "推 38  噓 2": a push count beside a boo count.
bool IsPushCounterRow(const std::u32string& core) {
  auto counted = [&](char32_t mark) {
    for (size_t at = core.find(mark); at != std::u32string::npos; at = core.find(mark, at + 1)) {
      const size_t d = SkipSpaces(core, at + 1);
      if (d < core.size() && IsAsciiDigit(core[d])) return true;
    }
    return false;
  };
  return core.size() <= 60 && counted(U'推') && (counted(U'噓') || counted(U'嘘'));
}

}  // namespace

bool IsBbsPush(const std::u32string& core) {
  if (core.size() < 4) return false;
  const char32_t mark = core[0];
  if (mark != U'推' && mark != U'噓' && mark != U'嘘' && mark != U'→') return false;
  size_t i = SkipSpaces(core, 1), id = i;
  if (i == 1) return false;
  while (i < core.size() && IsIdChar(core[i])) ++i;
  if (i == id) return false;
  return i < core.size() && (core[i] == ':' || core[i] == U'：');
}

namespace {

// ": 原文", "> 原文", ":" alone: a line of the post a reply quotes.
bool IsQuotedLine(const std::u32string& core) {
  if (core.empty() || (core[0] != ':' && core[0] != U'：' && core[0] != '>')) return false;
  return core.size() == 1 || core[1] == ' ' || core[1] == U'\u3000';
}

}  // namespace

bool IsBbsSiteLine(const std::u32string& core) {
  if (!core.starts_with(U"※")) return false;
  const std::u32string_view rest = std::u32string_view(core).substr(SkipSpaces(core, 1));
  for (std::u32string_view label : {U"發信站", U"发信站", U"文章網址", U"文章网址", U"編輯", U"编辑", U"轉錄", U"转录",
                                    U"引述", U"修改", U"來源", U"来源"}) {
    if (rest.starts_with(label)) return true;
  }
  return false;
}

void MarkBbsFurniture(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (l.blank() || !l.reason.empty()) continue;
    if (IsBbsPush(l.core)) {
      l.reason = kBbsPush;
    } else if (IsBbsSiteLine(l.core) || IsBoardBreadcrumb(l.core) || IsPushCounterRow(l.core)) {
      l.reason = kBbsFurniture;
    }
  }
  // The signature: the lines between a lone "--" and the site's line
  // under it ("※ 發信站: …", "※ 来源:·…"), four at most.
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].reason != kBbsFurniture || !IsBbsSiteLine(lines[i].core)) continue;
    size_t k = i, seen = 0;
    // A signature closed by a "--" of its own right over the site's line.
    const size_t above = PreviousNonBlank(lines, i);
    if (above < lines.size() && utf8::Trim(lines[above].raw) == "--") k = above;
    while (k > 0 && seen <= 4 && utf8::Trim(lines[k - 1].raw) != "--") {
      --k;
      seen += !lines[k].blank();
    }
    if (k == 0 || seen == 0 || seen > 4) continue;
    for (size_t j = k; j < i; ++j) {
      if (!lines[j].blank() && lines[j].reason.empty()) lines[j].reason = kBbsFurniture;
    }
  }
  // The lines a reply quotes (": …", "> …") right under the site's line
  // that introduces them ("※ 引述《某人》之銘言：", "【 在 某人 的大作中提到: 】").
  for (size_t i = 0; i < lines.size(); ++i) {
    const bool quote_head = (lines[i].reason == kBbsFurniture && lines[i].core.find(U"引述") != std::u32string::npos) ||
                            lines[i].core.find(U"的大作中提到") != std::u32string::npos;
    if (!quote_head) continue;
    if (lines[i].reason.empty()) lines[i].reason = kBbsFurniture;
    for (size_t k = i + 1; k < lines.size() && IsQuotedLine(lines[k].core); ++k) {
      if (lines[k].reason.empty()) lines[k].reason = kBbsFurniture;
    }
  }
  // The article header: consecutive field lines, a board among them.
  constexpr size_t kMinHeaderFields = 3;
  for (size_t i = 0; i < lines.size();) {
    size_t j = i, board = 0;
    while (j < lines.size() && !lines[j].blank() && !HeaderLabel(lines[j].core).empty()) {
      const std::u32string_view label = HeaderLabel(lines[j].core);
      board += NamesBoard(lines[j].core, label);
      ++j;
    }
    if (j - i >= kMinHeaderFields && board > 0) {
      for (size_t k = i; k < j; ++k) {
        if (IsPosterOrBoard(HeaderLabel(lines[k].core))) lines[k].reason = kBbsFurniture;
      }
    }
    i = j > i ? j : i + 1;
  }
}

}  // namespace wenyuan::clean
