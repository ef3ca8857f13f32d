#include "text/sentence_splitter.h"

#include <string>

#include "util/utf8.h"

namespace wenyuan::text {
namespace {

// A quotation longer than this is prose in its own right (a quoted speech,
// a cited article): its sentences are split as if it were not quoted.
constexpr size_t kMaxQuoteChars = 80;

bool IsTerminator(char32_t c) {
  switch (c) {
    case U'。':
    case U'！':
    case U'？':
    case U'；':
    case U'!':
    case U'?':
    case U';':
    case U'…':
    case U'｡':
      return true;
    default:
      return false;
  }
}

bool IsOpener(char32_t c) {
  switch (c) {
    case U'「':
    case U'『':
    case U'（':
    case U'(':
    case U'“':
    case U'【':
    case U'《':
    case U'〈':
    case U'［':
      return true;
    default:
      return false;
  }
}

bool IsCloser(char32_t c) {
  switch (c) {
    case U'」':
    case U'』':
    case U'）':
    case U')':
    case U'”':
    case U'’':
    case U'"':
    case U'\'':
    case U'】':
    case U'》':
    case U'〉':
    case U'］':
    case U']':
      return true;
    default:
      return false;
  }
}

// Circled and parenthesised numbers (①, ⑴, ⒈) open an item of an inline list.
bool IsListMarker(char32_t c) { return (c >= U'①' && c <= U'⒇') || (c >= U'⒈' && c <= U'⒛'); }

bool IsBreakComma(char32_t c) { return c == U'，' || c == U'、' || c == U'：' || c == U','; }

void Emit(std::u32string_view text, size_t begin, size_t end, std::vector<TextSpan>& out) {
  while (begin < end && utf8::IsSpace(text[begin])) ++begin;
  while (end > begin && utf8::IsSpace(text[end - 1])) --end;
  if (end <= begin) return;
  // A run-on sentence is cut at the comma nearest its middle, again and
  // again, so no quote is a whole page; pieces stay whole clauses.
  if (end - begin > kMaxSentenceChars) {
    const size_t middle = begin + (end - begin) / 2;
    size_t best = 0;
    for (size_t i = begin + kMinClauseChars; i + kMinClauseChars < end; ++i) {
      if (!IsBreakComma(text[i])) continue;
      if (best == 0 || (i > middle ? i - middle : middle - i) < (best > middle ? best - middle : middle - best)) {
        best = i;
      }
    }
    if (best != 0) {
      Emit(text, begin, best + 1, out);
      Emit(text, best + 1, end, out);
      return;
    }
  }
  out.push_back({begin, end});
}

}  // namespace

std::vector<TextSpan> SplitSentences(std::u32string_view text) {
  std::vector<TextSpan> out;
  size_t start = 0;
  size_t i = 0;
  size_t depth = 0;         // open quotes and brackets
  size_t quote_opened = 0;  // where the outermost one opened
  const size_t n = text.size();
  while (i < n) {
    char32_t c = text[i];
    if (c >= 0x4E00 && c <= 0x9FFF) {  // a Han character: no mark, nothing to do
      ++i;
      continue;
    }
    if (c == U'\n' || c == U'\r') {
      Emit(text, start, i, out);
      start = ++i;
      depth = 0;
      continue;
    }
    if (IsOpener(c)) {
      if (depth++ == 0) quote_opened = i;
      ++i;
      continue;
    }
    if (IsListMarker(c) && i > start) {
      Emit(text, start, i, out);
      start = i++;
      continue;
    }
    if (IsCloser(c) && c != U'"' && c != U'\'') {
      if (depth > 0) --depth;
      ++i;
      continue;
    }
    bool ends = IsTerminator(c) ||
                (c == U'.' && (i + 1 == n || utf8::IsSpace(text[i + 1])) &&
                 !(i > 0 && text[i - 1] >= U'0' && text[i - 1] <= U'9' && i + 1 < n && text[i + 1] != U'\n'));
    // Inside a short quotation a full stop ends the quoted sentence, not ours:
    // 他說：「好。我們走吧。」然後離開。 is one sentence.
    if (ends && depth > 0 && i - quote_opened <= kMaxQuoteChars) {
      size_t j = i + 1;
      while (j < n && IsTerminator(text[j])) ++j;
      // Unless the quote closes right after it: 「好。」 ends where it closes.
      bool closes = false;
      size_t k = j;
      size_t d = depth;
      while (k < n && IsCloser(text[k]) && d > 0) {
        if (text[k] != U'"' && text[k] != U'\'') --d;
        ++k;
      }
      closes = k > j && d == 0;
      if (!closes) {
        i = j;
        continue;
      }
    }
    if (!ends) {
      ++i;
      continue;
    }
    ++i;
    // "！？", "……" and closing quotes belong to the sentence they end.
    while (i < n && (IsTerminator(text[i]) || IsCloser(text[i]))) ++i;
    depth = 0;
    Emit(text, start, i, out);
    start = i;
  }
  Emit(text, start, n, out);
  return out;
}

std::vector<TextSpan> SplitSentences(std::string_view utf8_text) {
  std::u32string decoded(utf8_text.size(), U'\0');  // at most a code point per byte
  size_t n = 0;
  for (size_t pos = 0; pos < utf8_text.size();) decoded[n++] = utf8::DecodeNext(utf8_text, pos);
  return SplitSentences(std::u32string_view(decoded).substr(0, n));
}

}  // namespace wenyuan::text
