#include "clean/record_catalogue.h"

#include <initializer_list>
#include <string_view>
#include <utility>

#include "clean/message_heads.h"
#include "clean/structure_rules.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

// The cells of a line, parted by an ideographic space or two spaces.
std::vector<std::u32string> Cells(const std::u32string& core) {
  std::vector<std::u32string> cells(1);
  for (size_t i = 0; i < core.size(); ++i) {
    const bool wide = core[i] == U'\u3000' || (core[i] == U' ' && i + 1 < core.size() && core[i + 1] == U' ');
    if (!wide) {
      cells.back() += core[i];
      continue;
    }
    while (i + 1 < core.size() && (core[i + 1] == U' ' || core[i + 1] == U'\u3000')) ++i;
    if (!cells.back().empty()) cells.emplace_back();
  }
  if (cells.back().empty()) cells.pop_back();
  return cells;
}

bool IsLatinCatalogueLabel(const std::u32string& cell) { return cell == U"GPN" || cell == U"ISBN" || cell == U"ISSN"; }

bool IsHanLabel(const std::u32string& cell) {
  constexpr size_t kMinLabel = 2, kMaxLabel = 8;
  return cell.size() >= kMinLabel && cell.size() <= kMaxLabel && CountHan(cell) == cell.size();
}

// The "label   value" pairs of a line with no colon field: one or two
// pairs of cells ("行政区域    余杭区    公告时间    2026年12月04日"), a label
// too long for its column parted by one space ("获取招标文件时间 2026年…").
std::vector<RecordField> SpacedPairs(std::vector<std::u32string> cells) {
  constexpr size_t kMaxPairs = 2;
  std::vector<RecordField> fields;
  if (cells.size() == 1) {
    const size_t space = cells[0].find(U' ');
    constexpr size_t kMinOverflowingLabel = 6;
    if (space == std::u32string::npos || space < kMinOverflowingLabel || !IsHanLabel(cells[0].substr(0, space))) {
      return fields;
    }
    const std::u32string rest = cells[0].substr(space + 1);
    cells = {cells[0].substr(0, space), rest};
  }
  if (cells.size() % 2 != 0 || cells.size() > 2 * kMaxPairs) return fields;
  for (size_t i = 0; i < cells.size(); i += 2) {
    if (!IsHanLabel(cells[i]) && !(i == 0 && cells.size() == 2 && IsLatinCatalogueLabel(cells[i]))) return {};
    fields.push_back({cells[i], cells[i + 1]});
  }
  return fields;
}

// "瀏覽次數", "下载次数", "人氣": the site's counter of views or downloads.
bool IsCounterLabel(const std::u32string& label) {
  return LabelEndsWithAny(
      label, {U"點閱數", U"点阅数", U"點閱次數", U"点阅次数", U"點擊數", U"点击数", U"點擊率", U"点击量", U"瀏覽次數",
              U"浏览次数", U"瀏覽數", U"浏览数", U"浏览量", U"閱覽次數", U"阅读数", U"人氣", U"下載次數", U"下载次数"});
}

bool IsTitleLabel(const std::u32string& label) {
  return LabelEndsWithAny(label, {U"標題", U"标题", U"名稱", U"名称", U"題名", U"题名"});
}

// A title field's value that no later kept line prints: the run holds the
// record's only title.
bool OnlyTitleHere(const std::vector<PageLine>& lines, size_t end, const std::u32string& title) {
  if (title.size() < 4) return false;
  for (size_t k = end; k < lines.size(); ++k) {
    if (lines[k].reason.empty() && WithoutSpaces(lines[k].core).find(title) != std::u32string::npos) return false;
  }
  return true;
}

// "陳情主旨：", "公告概要：": a field's label alone on its line (its value,
// if any, on the next); a section's heading over text ("回覆內容：") is none.
bool IsBareLabel(const PageLine& l) {
  const std::u32string s = WithoutSpaces(l.core);
  if (s.size() < 3 || (s.back() != U'：' && s.back() != U':')) return false;
  const std::u32string label = s.substr(0, s.size() - 1);
  return IsHanLabel(label) && !label.ends_with(U"內容") && !label.ends_with(U"内容");
}

// "公告概要：" (past other bare labels) right above line `begin`: the page
// heads the fields under it as a summary of the record.
bool HeadedAsSummary(const std::vector<PageLine>& lines, size_t begin) {
  for (size_t k = begin; k > 0 && IsBareLabel(lines[k - 1]); --k) {
    const std::u32string s = WithoutSpaces(lines[k - 1].core);
    const std::u32string label = s.substr(0, s.size() - 1);
    if (LabelEndsWithAny(label, {U"概要", U"摘要"})) return true;
  }
  return false;
}

// The values of a run's fields (four characters or more) that another
// line of the page prints too, and how many such values the run has.
std::pair<size_t, size_t> RepeatedValues(const std::vector<PageLine>& lines, size_t begin, size_t end) {
  constexpr size_t kMinValue = 4;
  size_t values = 0, repeated = 0;
  for (size_t k = begin; k < end; ++k) {
    for (const RecordField& f : LineFields(lines[k].core)) {
      const std::u32string value = WithoutSpaces(f.value);
      if (value.size() < kMinValue) continue;
      ++values;
      for (size_t j = 0; j < lines.size(); ++j) {
        if ((j >= begin && j < end) || lines[j].blank()) continue;
        if (WithoutSpaces(lines[j].core).find(value) != std::u32string::npos) {
          ++repeated;
          break;
        }
      }
    }
  }
  return {repeated, values};
}

// A run of fields that is a record's catalogue box: sets kMessageHead on
// its kept lines (all, or its filing fields where it holds the only title);
// true where it did.
bool MarkCatalogueBox(std::vector<PageLine>& lines, size_t begin, size_t end) {
  constexpr size_t kMinRun = 3, kMaxShortRun = 6, kMaxRun = 16, kMinFiling = 2, kMinRepeated = 3;
  const size_t run = end - begin;
  if (run < kMinRun || run > kMaxRun) return false;
  size_t filing = 0, numbers = 0;
  bool only_title = false, counted = false, two_pairs = false;
  for (size_t k = begin; k < end; ++k) {
    bool files = false;
    const std::vector<RecordField> fields = LineFields(lines[k].core);
    two_pairs = two_pairs || (fields.size() == 2 && Cells(lines[k].core).size() == 4);
    for (const RecordField& f : fields) {
      const std::u32string_view v = f.label;
      if (v.find(U"索引") != v.npos || v.find(U"主旨") != v.npos || v.find(U"受文") != v.npos) return false;
      files = files || IsFilingLabel(f.label) || IsMessageLabel(f.label) ||
              (v.starts_with(U"公告") && !IsTitleLabel(f.label));
      counted = counted || IsCounterLabel(f.label);
      numbers += v.ends_with(U"號") || v.ends_with(U"号");
      only_title = only_title || (IsTitleLabel(f.label) && OnlyTitleHere(lines, end, WithoutSpaces(f.value)));
    }
    filing += files;
  }
  // A record's own numbers ("公告號", "申請號", "證書號": a patent's) make the
  // fields its data, not the site's index of it.
  if (numbers >= 2) return false;
  // Three to six fields, one or two a line, two lines of them saying where
  // the entry is filed or how it is counted: the site's box. A longer run,
  // or one with two pairs of cells a line, is a record's data sheet (a
  // tender's, a project's, a product's, an encyclopedia's box) unless it
  // carries the site's counters (views, downloads) and a third of its
  // lines are filing fields, or is a summary box the page heads as such
  // ("公告概要：") that prints again what the record says (its name, buyer,
  // dates and phone repeated by the notice's text).
  const bool box = run <= kMaxShortRun && !two_pairs && filing >= kMinFiling;
  const bool counted_box = counted && filing >= kMinFiling && filing * 3 >= run;
  if (!box && !counted_box) {
    if (!HeadedAsSummary(lines, begin)) return false;
    const auto [repeated, values] = RepeatedValues(lines, begin, end);
    if (repeated < kMinRepeated || repeated * 2 < values) return false;
  }
  for (size_t k = begin; k < end; ++k) {
    if (!lines[k].reason.empty()) continue;
    bool all_filing = true;
    for (const RecordField& f : LineFields(lines[k].core)) all_filing = all_filing && IsFilingLabel(f.label);
    if (!only_title || all_filing) lines[k].reason = kRecordCatalogue;
  }
  return true;
}

// A run's bare labels right above it and right below it go with the box.
void MarkBareLabelsAround(std::vector<PageLine>& lines, size_t begin, size_t end) {
  for (size_t k = begin; k > 0 && IsBareLabel(lines[k - 1]); --k) {
    if (lines[k - 1].reason.empty()) lines[k - 1].reason = kRecordCatalogue;
  }
  if (end < lines.size() && IsBareLabel(lines[end]) && lines[end].reason.empty()) lines[end].reason = kRecordCatalogue;
}

// A field naming the case a record is (its kind, its state, who handles
// it, when it was answered): "處理單位：…", "回覆日期：…".
bool IsCaseField(const RecordField& f) {
  if (IsFilingLabel(f.label) || IsMessageLabel(f.label)) return true;
  if (LabelEndsWithAny(f.label, {U"處理單位", U"处理单位", U"辦理單位", U"办理单位"})) return true;
  bool reply = false;
  for (std::u32string_view w : {U"回复", U"回覆", U"答复", U"答覆"}) reply = reply || f.label.starts_with(w);
  return reply && LabelEndsWithAny(f.label, {U"时间", U"時間", U"日期", U"单位", U"單位", U"机关", U"機關"});
}

// Once a page's box went, a later run of two or more lines of nothing but
// case fields, not right under a kept line of text (that text's closing),
// is more of the same index: it goes.
void MarkLaterCaseRows(std::vector<PageLine>& lines, size_t begin, size_t end) {
  constexpr size_t kMinRows = 2;
  if (end - begin < kMinRows) return;
  if (begin > 0 && !lines[begin - 1].blank() && lines[begin - 1].reason.empty()) return;
  for (size_t k = begin; k < end; ++k) {
    const std::vector<RecordField> fields = LineFields(lines[k].core);
    for (const RecordField& f : fields) {
      if (!IsCaseField(f)) return;
    }
  }
  for (size_t k = begin; k < end; ++k) {
    if (lines[k].reason.empty()) lines[k].reason = kRecordCatalogue;
  }
}

}  // namespace

bool LabelEndsWithAny(std::u32string_view s, std::initializer_list<std::u32string_view> words) {
  for (std::u32string_view w : words) {
    if (s.ends_with(w)) return true;
  }
  return false;
}

std::vector<RecordField> LineFields(const std::u32string& core) {
  constexpr size_t kMaxLine = 100, kMinLabel = 2, kMaxLabel = 8;
  std::vector<RecordField> fields;
  if (core.size() > kMaxLine || HasSentenceEnd(core)) return fields;
  const std::vector<std::u32string> cells = Cells(core);
  if (cells.empty()) return fields;
  for (const std::u32string& cell : cells) {
    const std::u32string s = WithoutSpaces(cell);
    const std::u32string label = HanFieldLabel(s, kMinLabel, kMaxLabel);
    if (label.empty()) {
      if (fields.empty()) break;
      continue;
    }
    fields.push_back({label, s.substr(label.size() + 1)});
  }
  if (!fields.empty() || core.find(U'：') != std::u32string::npos) return fields;
  return SpacedPairs(cells);
}

bool IsFilingNumbersLine(const std::u32string& core) {
  constexpr size_t kMinCells = 2, kMaxCell = 16;
  const std::vector<std::u32string> cells = Cells(core);
  if (cells.size() < kMinCells) return false;
  for (const std::u32string& cell : cells) {
    const size_t di = cell.find(U'第');
    if (cell.size() > kMaxCell || di == std::u32string::npos || di == 0 || CountHan(cell.substr(0, di)) != di) {
      return false;
    }
    if (!(cell.ends_with(U"號") || cell.ends_with(U"号")) || cell.size() < di + 3) return false;
    for (size_t k = di + 1; k + 1 < cell.size(); ++k) {
      if (!utf8::IsAsciiDigit(cell[k])) return false;
    }
  }
  return true;
}

bool IsFilingLabel(const std::u32string& label) {
  if (IsLatinCatalogueLabel(label) || IsCounterLabel(label)) return true;
  return LabelEndsWithAny(label, {U"卷期", U"期別",   U"期别",   U"頁碼",     U"页码",     U"頁次",    U"页次",
                                  U"類別", U"类别",   U"分類",   U"分类",     U"狀態",     U"状态",    U"頁數",
                                  U"页数", U"識別號", U"识别号", U"發文字號", U"发文字号", U"生效日期"});
}

void MarkRecordCatalogues(std::vector<PageLine>& lines) {
  for (PageLine& l : lines) {
    if (l.reason.empty() && !l.blank() && IsFilingNumbersLine(l.core)) l.reason = kRecordCatalogue;
  }
  bool box = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank() || LineFields(lines[i].core).empty()) continue;
    size_t end = i;
    while (end < lines.size() && !lines[end].blank() && !LineFields(lines[end].core).empty()) ++end;
    if (MarkCatalogueBox(lines, i, end)) {
      MarkBareLabelsAround(lines, i, end);
      box = true;
    } else if (box) {
      MarkLaterCaseRows(lines, i, end);
    }
    i = end - 1;
  }
}

}  // namespace wenyuan::clean
