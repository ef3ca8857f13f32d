#include "clean/latin_names.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxHeadline = 40, kMaxName = 80, kMinWords = 2;

}  // namespace

bool IsLatinLetter(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

bool IsLatinName(const std::u32string& c) {
  if (c.empty() || c.size() > kMaxName || !(c.front() >= 'A' && c.front() <= 'Z')) return false;
  size_t words = 1;
  for (size_t i = 0; i < c.size(); ++i) {
    const char32_t ch = c[i];
    const bool letter = IsLatinLetter(ch);
    if (!letter && ch != ' ' && ch != ',' && ch != '.' && ch != '-' && ch != '\'' && ch != U'’') return false;
    words += ch == ' ' && i + 1 < c.size() && c[i + 1] != ' ';
  }
  return words >= kMinWords;
}

std::optional<size_t> KeepLatinNameUnderHeadline(std::vector<PageLine>& lines) {
  size_t h = 0;
  while (h < lines.size() && (lines[h].blank() || !lines[h].reason.empty())) ++h;
  if (h >= lines.size()) return std::nullopt;
  const std::u32string& head = lines[h].core;
  if (head.size() > kMaxHeadline || CountHan(head) < 2 || HasSentenceEnd(head)) return std::nullopt;
  size_t n = h + 1;
  if (n < lines.size() && lines[n].blank()) ++n;
  if (n >= lines.size() || lines[n].reason != "outside the main text" || lines[n].bullet ||
      !IsLatinName(lines[n].core)) {
    return std::nullopt;
  }
  lines[n].reason.clear();
  return n;
}

}  // namespace wenyuan::clean
