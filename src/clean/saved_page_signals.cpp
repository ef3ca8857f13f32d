#include "clean/saved_page_signals.h"

#include <set>
#include <string>

#include "clean/forum_post_headers.h"
#include "clean/line_furniture.h"
#include "clean/link_lists.h"
#include "clean/table_cells.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

// In a text file or a record, a line that only a saved web page has: a
// list marker lynx indents ("   * ", "   + ", "      o " before Han text;
// not a Markdown list's "* " at the margin, a footnote's "*參見…" or "** …")
// or a line that is a picture's placeholder and nothing else
// ("[logo.png]", "[IMG]"; not a syntax's "[COLLATE collation_name]" or a
// dosage form's "[Capsule]"). Not a dash, a box or a dot: a document's own
// list ("- 雷達／ARPA", "□ 申請書"), a table's empty cell ("-") or a
// negative number ("-36672.169").
bool IsSavedPageMarker(const PageLine& l) {
  const std::string_view raw = utf8::Trim(l.raw);
  if (l.placeholder && l.core.empty()) {
    if (raw.size() < 3 || raw.front() != '[' || raw.back() != ']') return false;
    const std::string_view name = raw.substr(1, raw.size() - 2);
    if (name == "IMG" || name == "INS: :INS") return true;
    for (std::string_view ext : {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".PNG", ".JPG", ".GIF"}) {
      if (name.ends_with(ext)) return true;
    }
    return false;
  }
  if (!l.bullet || raw.empty() || l.raw.empty() || !utf8::IsSpace(static_cast<unsigned char>(l.raw.front()))) {
    return false;
  }
  return raw == "*" || raw == "+" || raw.starts_with("* ") || raw.starts_with("+ ") ||
         (raw.starts_with("o ") && !l.core.empty());
}

// "| `_bin` | 二进制排序规则 |": a Markdown or text table's row, between
// bars, not a row of links.
bool IsPipeTableRow(const PageLine& l) {
  const std::string_view raw = utf8::Trim(l.raw);
  return raw.size() >= 3 && raw.front() == '|' && raw.back() == '|';
}

}  // namespace

bool ReadsAsSavedWebPage(const std::vector<PageLine>& lines, bool html) {
  // A text file of short lines may be a table (a gazette's fee schedule):
  // it reads as a saved web page only with a page's furniture in it. So
  // does an HTML file: an authored one (an announcement, a FAQ) has none.
  // A text file's furniture must be of two kinds at least (a form's
  // fields and buttons are one): a gazette prints a form's blanks, and
  // "Top", "下一頁" or a count in its table's cells, but not those with a
  // page's menu bullets or logo.
  constexpr size_t kMinWebSignals = 3;
  size_t signals = 0, short_run = 0;
  std::set<std::string> kinds;
  bool link_row = false;  // a row of short link cells counts once (a data table has such rows too)
  for (const auto& l : lines) {
    // Signals and kinds only add up: once enough, the rest of the page
    // cannot change the answer (each line's furniture test costs).
    if (signals >= kMinWebSignals && (html || kinds.size() >= 2)) return true;
    if (l.blank()) continue;
    // Not "share widget" (a table's 列印 cell), "link text run
    // together" (a long unpunctuated cell), a dash alone (an empty
    // cell), a bracketed word that names no picture ("[Capsule]") or a
    // row between bars: those a table has too. Nor a licence line or
    // bracketed labels: a regulation names its permits ("綜合網路業務網路
    // 建設許可證申請書") and a product list its types ("矽酸鈣板【a型】").
    const std::string reason = LineFurnitureReason(l.raw, l.core, l.placeholder);
    const bool marker = html ? l.bullet || l.placeholder : IsSavedPageMarker(l);
    const bool furniture =
        !reason.empty() && (html || (reason != "share widget" && reason != "link text run together" &&
                                     reason != "site licence or contact footer" && reason != "bracketed link labels" &&
                                     ((reason != "bullet without text" && reason != "image placeholder") || marker) &&
                                     !IsPipeTableRow(l)));
    signals += marker || furniture;
    if (furniture) kinds.insert(reason.starts_with("button or form") ? "control" : reason);
    if (marker) kinds.insert(l.placeholder ? "placeholder" : "list marker");
    if (html) {
      // An HTML page's menus, related lists and forum posts.
      short_run = IsShortLine(l.core) ? short_run + 1 : 0;
      signals += short_run == kMenuRun || IsRelatedHeading(l.core) || IsForumPostHeader(l.core);
      if (!link_row && IsShortCellRow(l.raw)) signals += link_row = true;
    }
  }
  return signals >= kMinWebSignals && (html || kinds.size() >= 2);
}

// Of the lines many records of one file share, those that are an export's
// chrome ("Top", "<!-- INFO END -->", "[!include [banner](…)]"): no Han
// character, a letter or digit. Not a law's "第 1 條" or "本辦法自發布日施行。",
// a chapter's heading, a section's "解釋文", an official's signature or a
// code fence, which repeat because the records share a form.
bool IsRecordCollectionChrome(const PageLine& l) {
  bool word = false;
  for (size_t pos = 0; pos < l.raw.size();) {
    const char32_t c = utf8::DecodeNext(l.raw, pos);
    if (utf8::IsHan(c)) return false;
    word = word || utf8::IsAsciiAlnum(c);
  }
  return word;
}

}  // namespace wenyuan::clean
