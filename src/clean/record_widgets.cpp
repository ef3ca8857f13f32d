#include "clean/record_widgets.h"

#include <string>
#include <string_view>
#include <vector>

#include "clean/line_shape_words.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxCheckboxLine = 30;
constexpr size_t kMinTabs = 2;
constexpr size_t kMaxTabs = 6;
constexpr size_t kMaxTab = 8;          // characters of a tab's label, its count aside
constexpr size_t kMaxPictureName = 5;  // "代表圖"
constexpr size_t kMaxArrowLabel = 8;   // "持仓变动走势"
constexpr size_t kMinSectionTabs = 3;
constexpr size_t kMinIcons = 3;
constexpr size_t kMaxIconLabel = 12;

// One checkbox on the raw line (the core drops bracketed markers); a row
// of several ("[X] 程式設計 [ ] 團隊合作") is a record's checklist.
bool HasOneCheckbox(std::string_view raw) {
  size_t boxes = 0;
  for (std::string_view box : {"[ ]", "[X]", "[x]"}) {
    for (size_t at = raw.find(box); at != std::string_view::npos; at = raw.find(box, at + 1)) ++boxes;
  }
  return boxes == 1;
}

// "课程评价(386)" → true, with the label's length without its count.
bool EndsWithCount(std::u32string_view tab, size_t* label_chars) {
  const bool full = tab.ends_with(U"）");
  if (!full && !tab.ends_with(U")")) return false;
  const size_t open = tab.rfind(full ? U'（' : U'(');
  if (open == std::u32string_view::npos || open + 2 > tab.size() - 1) return false;
  for (size_t i = open + 1; i + 1 < tab.size(); ++i) {
    if (!IsAsciiDigit(tab[i])) return false;
  }
  *label_chars = open;
  return true;
}

bool IsCountedTabRow(const std::u32string& core) {
  size_t tabs = 0, counted = 0;
  for (size_t begin = 0; begin <= core.size();) {
    size_t end = core.find_first_of(U"|｜", begin);
    if (end == std::u32string::npos) end = core.size();
    const std::u32string_view tab = utf8::Trim(std::u32string_view(core).substr(begin, end - begin));
    size_t label = tab.size();
    if (EndsWithCount(tab, &label)) ++counted;
    if (label == 0 || label > kMaxTab || HasSentencePunct(std::u32string(tab.substr(0, label)))) return false;
    ++tabs;
    begin = end + 1;
  }
  return tabs >= kMinTabs && tabs <= kMaxTabs && counted >= 1;
}

bool Alone(const std::vector<PageLine>& lines, size_t i) {
  return (i == 0 || lines[i - 1].blank()) && (i + 1 == lines.size() || lines[i + 1].blank());
}

// "代表圖", "示意图": a short name ending in the picture word.
bool IsPictureName(const PageLine& l) {
  if (l.blank() || l.bullet || l.core.size() > kMaxPictureName || HasSentencePunct(l.core)) return false;
  return l.core.size() >= 2 && (l.core.back() == U'圖' || l.core.back() == U'图');
}

// "圖一", "图 2", "Figure 3": the picture word and a number, nothing else.
bool IsPictureNumber(const PageLine& l) {
  if (l.blank() || l.bullet) return false;
  std::u32string c = WithoutSpaces(l.core);
  for (std::u32string_view word : {U"圖", U"图", U"Figure", U"Fig."}) {
    if (!c.starts_with(word)) continue;
    const std::u32string_view rest = std::u32string_view(c).substr(word.size());
    if (rest.empty() || rest.size() > 3) return false;
    for (char32_t ch : rest) {
      if (!IsAsciiDigit(ch) && std::u32string_view(U"一二三四五六七八九十").find(ch) == std::u32string_view::npos) {
        return false;
      }
    }
    return true;
  }
  return false;
}

// "更多 >", "进入讨论区 »", "持仓变动走势 >gt;" (a dump's escaped arrow): a
// short label ending in an arrow, a link to another page.
bool IsArrowLink(const PageLine& l) {
  if (l.blank() || l.bullet) return false;
  std::u32string_view c = l.core;
  if (c.ends_with(U">gt;")) c.remove_suffix(3);
  size_t arrows = 0;
  while (!c.empty() && (c.back() == U'>' || c.back() == U'»' || c.back() == U'›' || c.back() == U'＞')) {
    c.remove_suffix(1);
    ++arrows;
  }
  while (!c.empty() && (c.back() == U' ' || c.back() == U'\u3000')) c.remove_suffix(1);
  if (arrows == 0 || c.empty() || c.size() > kMaxArrowLabel) return false;
  for (char32_t ch : c) {
    if (ch == U'>' || ch == U'<' || ch == U'|' || IsSentencePunct(ch)) return false;
  }
  return CountHan(std::u32string(c)) * 2 >= c.size();
}

bool IsShortHeading(const PageLine& l) {
  return !l.blank() && !l.bullet && !l.placeholder && !l.core.empty() && l.core.size() <= kMaxTab &&
         !HasSentencePunct(l.core) && l.core.find_first_of(U"|｜:：") == std::u32string::npos;
}

// The bar-parted labels of `core`, trimmed; empty where one is no short label.
std::vector<std::u32string> BarLabels(const std::u32string& core) {
  std::vector<std::u32string> labels;
  for (size_t begin = 0; begin <= core.size();) {
    size_t end = core.find_first_of(U"|｜", begin);
    if (end == std::u32string::npos) end = core.size();
    const std::u32string_view label = utf8::Trim(std::u32string_view(core).substr(begin, end - begin));
    if (label.empty() || label.size() > kMaxTab || HasSentencePunct(std::u32string(label))) return {};
    labels.emplace_back(label);
    begin = end + 1;
  }
  return labels;
}

constexpr char kCurrentTab[] = "current tab label";

bool IsHeadingAgain(const PageLine& l, const std::u32string& label) {
  return (l.kept() || l.reason == kCurrentTab) && !l.bullet && l.core == label;
}

// "學經歷 | 研究領域 | 期刊論文": a row of the page's own section names,
// at least half of them (two or more) printed again below as headings.
bool IsSectionTabRow(const std::vector<PageLine>& lines, size_t i) {
  if (lines[i].bullet) return false;
  const std::vector<std::u32string> labels = BarLabels(lines[i].core);
  if (labels.size() < kMinSectionTabs) return false;
  size_t again = 0;
  for (const std::u32string& label : labels) {
    for (size_t k = i + 1; k < lines.size(); ++k) {
      if (IsHeadingAgain(lines[k], label)) {
        ++again;
        break;
      }
    }
  }
  return again >= 2 && again * 2 >= labels.size();
}

// The row's tab labels printed again below: the page's headings, which the
// tab rule took for the current tab's label, come back with the row gone.
void KeepHeadingsOfTabRow(std::vector<PageLine>& lines, size_t i) {
  for (const std::u32string& label : BarLabels(lines[i].core)) {
    for (size_t k = i + 1; k < lines.size(); ++k) {
      if (!lines[k].blank() && !lines[k].bullet && lines[k].core == label) {
        // Whatever rule took it for a label of its own (a tab's, an
        // author box's heading), it heads its section here; a related
        // list's heading goes with its list.
        if (lines[k].reason != "related-articles list") lines[k].reason.clear();
        break;
      }
    }
  }
}

// A short heading over nothing but another rule's tabs or menu (and
// pictures): the next kept line is another short heading, or a picture
// stands among the dropped lines ("螢幕截圖" over its device tabs and
// screenshots).
bool HeadsOnlyTabs(const std::vector<PageLine>& lines, size_t i) {
  // A heading is one word: "聯絡人 陳先生" is a field.
  if (!IsShortHeading(lines[i]) || lines[i].core.find(U' ') != std::u32string::npos) return false;
  size_t menus = 0;
  bool tabs = false, picture = false;
  size_t k = i + 1;
  for (; k < lines.size() && !lines[k].kept(); ++k) {
    if (lines[k].blank()) continue;
    if (lines[k].reason == "menu or link list") {
      ++menus;
      tabs = tabs || BarLabels(lines[k].core).size() >= kMinSectionTabs;
    }
    picture = picture || lines[k].reason == "image placeholder";
  }
  if ((!tabs && menus < 2) || k >= lines.size()) return false;
  return picture || IsShortHeading(lines[k]);
}

}  // namespace

namespace {

// A table that teases other records, closed by a link with an arrow to
// all of them ("近期开奖" over its rows and "查看更多 >>"): its short
// heading right over three spaced rows or more (three cells each, the
// column header among them), no blank line between, and the arrow link
// right under the last row.
void MarkTablesOfOtherRecords(std::vector<PageLine>& lines) {
  constexpr size_t kMinRows = 3, kMinCells = 3;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (!IsArrowLink(lines[i])) continue;  // whatever rule took it ("查看更多 >>" reads as a crumb)
    size_t top = i;
    while (top > 0 && lines[top - 1].kept() && !lines[top - 1].bullet &&
           SpacedCells(lines[top - 1].core) >= kMinCells) {
      --top;
    }
    if (i - top < kMinRows || top == 0 || !lines[top - 1].kept() || !IsShortHeading(lines[top - 1])) continue;
    for (size_t k = top - 1; k < i; ++k) lines[k].reason = "table of other records";
  }
}

}  // namespace

void MarkRecordWidgets(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (!l.kept()) continue;
    if (HasOneCheckbox(l.raw) && l.core.size() <= kMaxCheckboxLine && !HasSentenceEnd(l.core)) {
      l.reason = "filter checkbox";
    } else if (!l.bullet && Alone(lines, i) && IsCountedTabRow(l.core)) {
      l.reason = "row of tabs with a count";
    } else if (IsArrowLink(l)) {
      l.reason = "link with an arrow";
    }
  }
  // Runs of icons each with a short label: a features sidebar.
  for (size_t i = 0; i < lines.size();) {
    auto icon = [&](const PageLine& l) {
      return !l.blank() && l.placeholder && utf8::Trim(l.raw).starts_with("[") && !l.core.empty() &&
             l.core.size() <= kMaxIconLabel && !HasSentencePunct(l.core);
    };
    size_t end = i;
    while (end < lines.size() && icon(lines[end])) ++end;
    if (end - i >= kMinIcons) {
      for (size_t k = i; k < end; ++k) {
        if (lines[k].kept()) lines[k].reason = "icon labels";
      }
    }
    i = end > i ? end : i + 1;
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kept() && IsSectionTabRow(lines, i)) {
      lines[i].reason = "row of section tabs";
      KeepHeadingsOfTabRow(lines, i);
    } else if (lines[i].kept() && HeadsOnlyTabs(lines, i)) {
      lines[i].reason = "heading over tabs";
    }
  }
  MarkTablesOfOtherRecords(lines);
  // A picture that did not come through, framed by its bare labels.
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    if (!IsPictureOnly(lines[i])) continue;
    const bool name = lines[i - 1].kept() && IsPictureName(lines[i - 1]);
    const bool number = lines[i + 1].kept() && IsPictureNumber(lines[i + 1]);
    if (!name && !number) continue;
    if (name) lines[i - 1].reason = "picture's bare label";
    if (number) lines[i + 1].reason = "picture's bare label";
  }
}

}  // namespace wenyuan::clean
