#include "clean/mail_quotes.h"

#include <string>

#include "clean/forum_rules.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMinQuotedChars = 8;  // a quoted "謝謝" repeats without quoting

// "> 最近发现…" → "最近发现…": the words behind the quote marks, spaces
// taken out; empty where the line is no quoted line.
std::u32string QuotedWords(const std::u32string& core) {
  size_t at = 0;
  while (at < core.size() && (core[at] == U'>' || core[at] == U'＞')) ++at;
  if (at == 0 || at >= core.size() || core[at] != U' ') return {};
  return WithoutSpaces(core.substr(at));
}

}  // namespace

void MarkMailQuotes(std::vector<PageLine>& lines) {
  std::u32string said;  // every line above, spaces taken out, run together
  for (PageLine& l : lines) {
    if (l.blank()) continue;
    const std::u32string quoted = QuotedWords(l.core);
    if (l.reason.empty() && quoted.size() >= kMinQuotedChars && said.find(quoted) != std::u32string::npos) {
      l.reason = kForumFurniture;
      continue;  // a quotation says nothing new
    }
    said += WithoutSpaces(l.core);
  }
}

}  // namespace wenyuan::clean
