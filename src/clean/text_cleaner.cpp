#include "clean/text_cleaner.h"

#include <vector>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

// Splits on \n, \r\n, \r and \f; drops control characters; trims each line.
std::vector<std::string> NormalisedLines(std::string_view raw) {
  std::vector<std::string> lines(1);
  for (size_t pos = 0; pos < raw.size();) {
    char32_t cp = utf8::DecodeNext(raw, pos);
    if (cp == '\r' && pos < raw.size() && raw[pos] == '\n') continue;
    if (cp == '\n' || cp == '\r' || cp == '\f') {
      lines.emplace_back();
      continue;
    }
    if (cp == '\t') cp = ' ';
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0xFEFF) continue;
    utf8::Append(lines.back(), cp);
  }
  for (auto& line : lines) line = std::string(utf8::Trim(line));
  return lines;
}

char32_t LastCodePoint(std::string_view s) {
  size_t start = s.size();
  while (start > 0) {
    --start;
    if ((static_cast<unsigned char>(s[start]) & 0xC0) != 0x80) break;
  }
  size_t pos = start;
  return s.empty() ? 0 : utf8::DecodeNext(s, pos);
}

char32_t FirstCodePoint(std::string_view s) {
  size_t pos = 0;
  return s.empty() ? 0 : utf8::DecodeNext(s, pos);
}

bool EndsParagraph(char32_t c) {
  switch (c) {
    case U'。': case U'！': case U'？': case U'：': case U'；': case U'」': case U'』':
    case U'!': case U'?': case U':': case U'.': case U';': case U'…':
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string CleanText(std::string_view raw, const CleanOptions& options) {
  std::vector<std::string> lines = NormalisedLines(raw);
  std::vector<std::string> paragraphs;
  bool block_open = false;  // the last paragraph may take the next line
  for (auto& line : lines) {
    if (line.empty()) {
      block_open = false;
      continue;
    }
    if (options.join_wrapped_lines && block_open && !paragraphs.empty()) {
      std::string& prev = paragraphs.back();
      char32_t a = LastCodePoint(prev);
      char32_t b = FirstCodePoint(line);
      if (!EndsParagraph(a)) {
        // Latin text rejoins with a space ("apples,\noranges"); Han text and
        // a word hyphenated at the line end rejoin with none.
        bool tight = utf8::IsHan(a) || utf8::IsHan(b) || a == '-' || a >= 0x80 || b >= 0x80;
        if (!tight) prev += ' ';
        prev += line;
        continue;
      }
    }
    paragraphs.push_back(std::move(line));
    block_open = true;
  }
  std::string out;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (i) out += '\n';
    out += paragraphs[i];
  }
  return out;
}

}  // namespace wenyuan::clean
