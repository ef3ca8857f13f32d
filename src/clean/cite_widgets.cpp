#include "clean/cite_widgets.h"

#include <string_view>

#include "clean/line_shape_words.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr char kReason[] = "citation widget";
constexpr size_t kMaxRow = 80;
constexpr size_t kMaxReferenceLines = 3;
constexpr size_t kMaxReference = 400;

// The cite label at the start of `s` and what follows it ("" if none).
bool StartsWithCiteLabel(std::u32string_view s, std::u32string_view* rest) {
  while (!s.empty() && std::u32string_view(U"※*＊【[").find(s.front()) != std::u32string_view::npos) s.remove_prefix(1);
  for (std::u32string_view label :
       {U"引用本文", U"本文引用格式", U"引用格式", U"引用此文", U"參考引用格式", U"参考引用格式", U"引用本篇",
        U"How to cite this article", U"How to cite", U"Cite this article", U"Citation"}) {
    if (!s.starts_with(label)) continue;
    std::u32string_view after = s.substr(label.size());
    auto ends_label = [](char32_t c) { return utf8::IsSpace(c) || IsColon(c) || c == U'】' || c == ']'; };
    while (!after.empty() && ends_label(after.front())) after.remove_prefix(1);
    // The label stands alone or ends with its colon: "引用本文時請註明" is a
    // sentence.
    if (!after.empty() && !ends_label(s[label.size()])) return false;
    *rest = after;
    return true;
  }
  return false;
}

// A formatted reference: names and a title with a year and a type mark or
// page range ("…[J]. 地理学报, 2026, 45(11): 2431-2448.", "… (2024). …").
bool IsReference(const std::u32string& core) {
  if (core.empty() || core.size() > kMaxReference) return false;
  const bool type_mark = ContainsAnyOf(core, {U"[J]", U"[M]", U"[D]", U"[C]", U"[N]", U"[EB/OL]", U"［J］"});
  size_t digits = 0;
  for (char32_t c : core) digits += utf8::IsDecimalDigit(c) ? 1 : 0;
  return type_mark || (digits >= 4 && ContainsAnyOf(core, {U"et al", U"doi", U"DOI", U"Vol.", U"等."}));
}

// A copy or export button, or a row of them ("(BUTTON) 复制引用", "复制",
// "Copy").
bool IsCopyButton(const PageLine& l) {
  const std::u32string& c = l.core;
  return c.size() <= 30 &&
         (ContainsAnyOf(c, {U"复制", U"複製", U"Copy", U"COPY", U"导出", U"匯出", U"汇出", U"導出"}) || IsFormatRow(c));
}

}  // namespace

bool IsFormatRow(const std::u32string& core) {
  if (core.empty() || core.size() > kMaxRow || HasSentenceEnd(core)) return false;
  size_t formats = 0;
  for (size_t i = 0; i < core.size();) {
    if (!IsAsciiLetter(core[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < core.size() && (IsAsciiLetter(core[end]) || core[end] == '/')) ++end;
    const std::u32string_view word = std::u32string_view(core).substr(i, end - i);
    for (std::u32string_view f : {U"PDF", U"HTML", U"XML", U"BibTeX", U"Bibtex", U"EndNote", U"Endnote", U"RIS",
                                  U"RefWorks", U"NoteExpress", U"NoteFirst", U"EPUB", U"ePub", U"CAJ", U"Zotero"}) {
      if (word == f) {
        ++formats;
        break;
      }
    }
    i = end;
  }
  if (formats < 2) return false;
  // Nothing but formats, sizes, separators and the row's few labels
  // ("全文", "输出", "下载"): no Han words of a sentence.
  return CountHan(core) <= 8;
}

void MarkCiteWidgets(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (!l.kept()) continue;
    if (IsFormatRow(l.core)) {
      l.reason = kReason;
      continue;
    }
    // The raw line: a reference's "[J]" is no picture's placeholder.
    const std::u32string line = DecodeUtf32(utf8::Trim(l.raw));
    std::u32string_view rest;
    if (!StartsWithCiteLabel(line, &rest)) continue;
    if (!rest.empty() && !IsReference(std::u32string(rest))) continue;
    // The references under the label, then its buttons.
    std::vector<size_t> block = {i};
    size_t k = i + 1, references = rest.empty() ? 0 : 1;
    for (; k < lines.size() && !lines[k].blank() && references < kMaxReferenceLines &&
           IsReference(DecodeUtf32(utf8::Trim(lines[k].raw)));
         ++k) {
      block.push_back(k);
      ++references;
    }
    if (references == 0) continue;
    for (; k < lines.size() && !lines[k].blank() && IsCopyButton(lines[k]); ++k) block.push_back(k);
    for (size_t b : block) {
      if (lines[b].reason.empty()) lines[b].reason = kReason;
    }
    i = k - 1;
  }
}

}  // namespace wenyuan::clean
