#include "text/sentence_splitter.h"

#include <string>

#include "util/utf8.h"

namespace wenyuan::text {
namespace {

bool IsTerminator(char32_t c) {
  switch (c) {
    case U'。': case U'！': case U'？': case U'；': case U'!': case U'?': case U';':
    case U'…': case U'｡':
      return true;
    default:
      return false;
  }
}

bool IsCloser(char32_t c) {
  switch (c) {
    case U'」': case U'』': case U'）': case U')': case U'”': case U'’': case U'"':
    case U'\'': case U'】': case U'》': case U'〉': case U'］': case U']':
      return true;
    default:
      return false;
  }
}

void Emit(std::u32string_view text, size_t begin, size_t end, std::vector<TextSpan>& out) {
  while (begin < end && utf8::IsSpace(text[begin])) ++begin;
  while (end > begin && utf8::IsSpace(text[end - 1])) --end;
  if (end > begin) out.push_back({begin, end});
}

}  // namespace

std::vector<TextSpan> SplitSentences(std::u32string_view text) {
  std::vector<TextSpan> out;
  size_t start = 0;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    char32_t c = text[i];
    if (c == U'\n' || c == U'\r') {
      Emit(text, start, i, out);
      start = ++i;
      continue;
    }
    bool ends = IsTerminator(c) ||
                (c == U'.' && (i + 1 == n || utf8::IsSpace(text[i + 1])) &&
                 !(i > 0 && text[i - 1] >= U'0' && text[i - 1] <= U'9' && i + 1 < n &&
                   text[i + 1] != U'\n'));
    if (!ends) {
      ++i;
      continue;
    }
    ++i;
    // "！？", "……" and closing quotes belong to the sentence they end.
    while (i < n && (IsTerminator(text[i]) || IsCloser(text[i]))) ++i;
    Emit(text, start, i, out);
    start = i;
  }
  Emit(text, start, n, out);
  return out;
}

std::vector<TextSpan> SplitSentences(std::string_view utf8_text) {
  std::u32string decoded;
  decoded.reserve(utf8_text.size());
  for (size_t pos = 0; pos < utf8_text.size();) decoded += utf8::DecodeNext(utf8_text, pos);
  return SplitSentences(std::u32string_view(decoded));
}

}  // namespace wenyuan::text
