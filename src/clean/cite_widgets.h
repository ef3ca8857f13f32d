// CiteWidgets: a journal article page's export and citation widgets, which
// print the article's own head again or offer it in other formats.
//
// - The format row: a short line that offers the text or its reference in
//   two formats or more ("全文: PDF (2863 KB)  HTML  输出: BibTeX |
//   EndNote (RIS)", "下載 PDF | XML | RefWorks").
// - The cite block: a label alone or with its reference after it
//   ("引用本文:", "本文引用格式：", "How to cite this article:"), the
//   formatted reference or two under it (the page's authors and title
//   printed again) and the copy or export buttons that close it.
//
// A sentence about the formats ("本刊提供 PDF 與 HTML 全文。") and a
// reference list under its own heading (参考文献) stay. Pure, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Sets reason "citation widget" on the format rows and cite blocks among
// the kept lines.
void MarkCiteWidgets(std::vector<PageLine>& lines);

// A row of formats the text or its reference is offered in.
bool IsFormatRow(const std::u32string& core);

}  // namespace wenyuan::clean
