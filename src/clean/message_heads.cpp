#include "clean/message_heads.h"

#include <initializer_list>
#include <string_view>

#include "clean/record_catalogue.h"
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

}  // namespace

bool IsMessageField(const std::u32string& core) {
  const std::u32string label = FieldLabel(core);
  return !label.empty() && IsMessageLabel(label);
}

bool IsMessageLabel(const std::u32string& label) {
  const std::u32string_view v = label;
  // Its state ("办理状态"; a service guide's "办理时间" is no message's).
  for (std::u32string_view w : {U"辦理狀態", U"办理状态", U"處理狀態", U"处理状态", U"辦理進度", U"办理进度"}) {
    if (v == w) return true;
  }
  bool message = false;
  for (std::u32string_view w : kMessageWords) message = message || v.starts_with(w);
  if (!message) return false;
  return LabelEndsWithAny(v, {U"编号", U"編號", U"时间", U"時間", U"日期", U"对象", U"對象", U"类型", U"類型", U"类别",
                              U"類別", U"状态", U"狀態"});
}

bool IsMessageHeaderRow(const std::u32string& core) {
  const std::vector<RecordField> fields = LineFields(core);
  if (fields.empty()) return false;
  for (const RecordField& f : fields) {
    bool message = false;
    for (std::u32string_view w : kMessageWords) message = message || f.label.starts_with(w);
    for (std::u32string_view w : {U"回复", U"回覆", U"答复", U"答覆"}) message = message || f.label.starts_with(w);
    const bool who_or_when = LabelEndsWithAny(
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
      for (const RecordField& f : LineFields(lines[end].core)) {
        const bool time = LabelEndsWithAny(f.label, {U"时间", U"時間", U"日期"});
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
  MarkRecordCatalogues(lines);
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
