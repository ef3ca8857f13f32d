#include "clean/message_heads.h"

#include "clean/structure_rules.h"

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
  if (label.empty()) return false;
  const std::u32string_view v = label;
  // Its state ("办理状态"; a service guide's "办理时间" is no message's).
  for (std::u32string_view w : {U"辦理狀態", U"办理状态", U"處理狀態", U"处理状态", U"辦理進度", U"办理进度"}) {
    if (v == w) return true;
  }
  bool message = false;
  for (std::u32string_view w : kMessageWords) message = message || v.starts_with(w);
  if (!message) return false;
  for (std::u32string_view w : {U"编号", U"編號", U"时间", U"時間", U"日期", U"对象", U"對象", U"类型", U"類型",
                                U"类别", U"類別", U"状态", U"狀態"}) {
    if (v.ends_with(w)) return true;
  }
  return false;
}

void MarkMessageHeads(std::vector<PageLine>& lines) {
  constexpr size_t kMinRun = 3, kMinMessageFields = 2;
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
