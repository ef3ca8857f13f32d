#include "clean/latin_stops.h"

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

using utf8::IsAsciiLetter;

// The dot at `i` ends a word that has a dot inside it ("p.m.", "e.g.").
bool EndsDottedWord(const std::u32string& core, size_t i) {
  for (size_t k = i; k-- > 0;) {
    const char32_t c = core[k];
    if (c == '.') return true;
    if (!IsAsciiLetter(c)) return false;
  }
  return false;
}

}  // namespace

bool IsLatinSentenceMark(const std::u32string& core, size_t i) {
  const char32_t c = core[i];
  if (c != '.' && c != ',' && c != '!' && c != '?') return false;
  if (i == 0 || !IsAsciiLetter(core[i - 1])) return false;
  const bool end = i + 1 == core.size();
  if (!end && core[i + 1] != ' ') return false;
  if (c != '.') return true;
  // "Jan. 8", "No. 5": a shortened word before a number.
  if (!end && i + 2 < core.size() && utf8::IsAsciiDigit(core[i + 2])) return false;
  return !EndsDottedWord(core, i);
}

}  // namespace wenyuan::clean
