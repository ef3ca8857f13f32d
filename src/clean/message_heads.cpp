#include "clean/message_heads.h"

#include <initializer_list>
#include <string_view>

#include "clean/structure_rules.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

// What a message is called on such pages, the first word of its labels.
constexpr std::u32string_view kMessageWords[] = {U"留言", U"來信", U"来信", U"信件", U"訴求", U"诉求", U"諮詢", U"咨询",
                                                 U"投訴", U"投诉", U"提問", U"提问", U"反映", U"陳情", U"陈情"};

// The label of "label：value" (a full-width or ASCII colon), or "" where
// the line is no such field: a short label of Han characters and a value
// that ends no sentence.
std::u32string FieldLabel(const std::u32string& core) {
  constexpr size_t kMinLabel = 2, kMaxLabel = 8, kMaxField = 60;
  const std::u32string s = WithoutSpaces(core);
  if (s.size() > kMaxField || HasSentenceEnd(s)) return {};
  return HanFieldLabel(s, kMinLabel, kMaxLabel);
}

struct Field {
  std::u32string label, value;
};

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

// The fields of a short line: its "label：value" cells (the first cell one
// of them), or one "label   value" pair of cells with no colon on the line.
std::vector<Field> LineFields(const std::u32string& core) {
  constexpr size_t kMaxLine = 80, kMinLabel = 2, kMaxLabel = 8;
  std::vector<Field> fields;
  if (core.size() > kMaxLine || HasSentenceEnd(core)) return fields;
  const std::vector<std::u32string> cells = Cells(core);
  if (cells.empty()) return fields;
  if (core.find_first_of(U"：:") == std::u32string::npos) {
    const std::u32string& label = cells[0];
    const bool han = label.size() >= kMinLabel && label.size() <= kMaxLabel && CountHan(label) == label.size();
    if (cells.size() == 2 && (han || IsLatinCatalogueLabel(label))) fields.push_back({label, cells[1]});
    return fields;
  }
  for (const std::u32string& cell : cells) {
    const std::u32string s = WithoutSpaces(cell);
    const std::u32string label = HanFieldLabel(s, kMinLabel, kMaxLabel);
    if (label.empty()) {
      if (fields.empty()) return fields;
      continue;
    }
    fields.push_back({label, s.substr(label.size() + 1)});
  }
  return fields;
}

bool EndsWithAny(std::u32string_view s, std::initializer_list<std::u32string_view> words) {
  for (std::u32string_view w : words) {
    if (s.ends_with(w)) return true;
  }
  return false;
}

bool IsTitleLabel(const std::u32string& label) {
  return EndsWithAny(label, {U"標題", U"标题", U"名稱", U"名称", U"題名", U"题名"});
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

// A run of fields that is a record's catalogue box: sets kMessageHead on
// its kept lines (all, or its filing fields where it holds the only title).
void MarkCatalogueBox(std::vector<PageLine>& lines, size_t begin, size_t end) {
  constexpr size_t kMinRun = 3, kMaxRun = 6, kMinFiling = 2;
  // A longer run of fields is a record's data sheet (a tender's, a
  // patent's), not a box about the entry.
  if (end - begin < kMinRun || end - begin > kMaxRun) return;
  size_t filing = 0, numbers = 0;
  bool only_title = false;
  for (size_t k = begin; k < end; ++k) {
    bool files = false;
    for (const Field& f : LineFields(lines[k].core)) {
      const std::u32string_view v = f.label;
      if (v.find(U"索引") != v.npos || v.find(U"主旨") != v.npos || v.find(U"受文") != v.npos) return;
      files = files || IsFilingLabel(f.label) || (v.starts_with(U"公告") && !IsTitleLabel(f.label));
      numbers += v.ends_with(U"號") || v.ends_with(U"号");
      only_title = only_title || (IsTitleLabel(f.label) && OnlyTitleHere(lines, end, WithoutSpaces(f.value)));
    }
    filing += files;
  }
  // A record's own numbers ("公告號", "申請號", "證書號": a patent's) make the
  // fields its data, not the site's index of it.
  if (filing < kMinFiling || numbers >= 2) return;
  for (size_t k = begin; k < end; ++k) {
    if (!lines[k].reason.empty()) continue;
    bool all_filing = true;
    for (const Field& f : LineFields(lines[k].core)) all_filing = all_filing && IsFilingLabel(f.label);
    if (!only_title || all_filing) lines[k].reason = kRecordCatalogue;
  }
}

}  // namespace

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

bool IsMessageField(const std::u32string& core) {
  const std::u32string label = FieldLabel(core);
  if (label.empty()) return false;
  const std::u32string_view v = label;
  // Its state ("办理状态"; a service guide's "办理时间" is no message's).
  for (std::u32string_view w : {U"辦理狀態", U"办理状态", U"處理狀態", U"处理状态", U"辦理進度", U"办理进度"}) {
    if (v == w) return true;
  }
  bool message = false;
  for (std::u32string_view w : kMessageWords) message = message || v.starts_with(w);
  if (!message) return false;
  return EndsWithAny(v, {U"编号", U"編號", U"时间", U"時間", U"日期", U"对象", U"對象", U"类型", U"類型", U"类别",
                         U"類別", U"状态", U"狀態"});
}

bool IsFilingLabel(const std::u32string& label) {
  if (IsLatinCatalogueLabel(label)) return true;
  return EndsWithAny(label,
                     {U"卷期",     U"期別",   U"期别",     U"頁碼",   U"页码",   U"頁次",     U"页次",     U"類別",
                      U"类别",     U"分類",   U"分类",     U"狀態",   U"状态",   U"點閱數",   U"点阅数",   U"點閱次數",
                      U"点阅次数", U"點擊數", U"点击数",   U"點擊率", U"点击量", U"瀏覽次數", U"浏览次数", U"瀏覽數",
                      U"浏览数",   U"浏览量", U"閱覽次數", U"阅读数", U"人氣"});
}

bool IsMessageHeaderRow(const std::u32string& core) {
  const std::vector<Field> fields = LineFields(core);
  if (fields.empty()) return false;
  for (const Field& f : fields) {
    bool message = false;
    for (std::u32string_view w : kMessageWords) message = message || f.label.starts_with(w);
    for (std::u32string_view w : {U"回复", U"回覆", U"答复", U"答覆"}) message = message || f.label.starts_with(w);
    const bool who_or_when = EndsWithAny(
        f.label, {U"人", U"者", U"时间", U"時間", U"日期", U"单位", U"單位", U"机关", U"機關", U"部门", U"部門"});
    if (!message || !who_or_when) return false;
  }
  return true;
}

void MarkMessageHeads(std::vector<PageLine>& lines) {
  constexpr size_t kMinRun = 3, kMinMessageFields = 2, kMinHeaderBlocks = 2;
  // Header rows over a message or a reply: a block of them alone (blank
  // lines around it) that names who and when, over kept text; a run right
  // under a kept line of text is that text's closing ("回覆機關：…").
  std::vector<size_t> header_rows;
  size_t blocks = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank() || !IsMessageHeaderRow(lines[i].core)) continue;
    size_t end = i;
    bool who = false, when = false;
    while (end < lines.size() && !lines[end].blank() && IsMessageHeaderRow(lines[end].core)) {
      for (const Field& f : LineFields(lines[end].core)) {
        const bool time = EndsWithAny(f.label, {U"时间", U"時間", U"日期"});
        when = when || time;
        who = who || !time;
      }
      ++end;
    }
    const bool alone = (i == 0 || lines[i - 1].blank()) && (end == lines.size() || lines[end].blank());
    const size_t next = NextNonBlank(lines, end);
    if (alone && who && when && next < lines.size() && lines[next].reason.empty()) {
      for (size_t k = i; k < end; ++k) header_rows.push_back(k);
      ++blocks;
    }
    i = end - 1;
  }
  if (blocks >= kMinHeaderBlocks) {
    for (size_t i : header_rows) {
      if (lines[i].reason.empty()) lines[i].reason = kMessageHead;
    }
  }
  for (PageLine& l : lines) {
    if (l.reason.empty() && !l.blank() && IsFilingNumbersLine(l.core)) l.reason = kRecordCatalogue;
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank() || LineFields(lines[i].core).empty()) continue;
    size_t end = i;
    while (end < lines.size() && !lines[end].blank() && !LineFields(lines[end].core).empty()) ++end;
    MarkCatalogueBox(lines, i, end);
    i = end - 1;
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank()) continue;
    if (FieldLabel(lines[i].core).empty()) continue;
    // A run of labelled fields, one a line, with no blank line between
    // (a field another rule dropped, a view count, counts in the run).
    size_t end = i, named = 0;
    while (end < lines.size() && !lines[end].blank() && !FieldLabel(lines[end].core).empty()) {
      named += IsMessageField(lines[end].core);
      ++end;
    }
    if (end - i >= kMinRun && named >= kMinMessageFields) {
      // The message's subject ("來信主旨：…") is its title and stays.
      for (size_t k = i; k < end; ++k) {
        const std::u32string label = FieldLabel(lines[k].core);
        const bool subject = label.ends_with(U"主旨") || label.ends_with(U"标题") || label.ends_with(U"標題");
        if (lines[k].reason.empty() && !subject) lines[k].reason = kMessageHead;
      }
    }
    i = end - 1;
  }
}

}  // namespace wenyuan::clean
