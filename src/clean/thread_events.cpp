#include "clean/thread_events.h"

#include <algorithm>
#include <map>
#include <string>

#include "clean/forum_posts.h"
#include "clean/forum_rules.h"
#include "clean/latin_stops.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMinHeads = 3;
constexpr size_t kMinEventWords = 3;
constexpr size_t kMaxEventCard = 3;  // the linked item's title, its state
constexpr size_t kMaxShortChars = 80;

bool HoldsHan(const std::u32string& s) { return std::any_of(s.begin(), s.end(), utf8::IsHan); }

bool HasSentenceMark(const std::u32string& core) {
  for (size_t i = 0; i < core.size(); ++i) {
    const char32_t c = core[i];
    if (c == U'。' || c == U'，' || c == U'！' || c == U'？' || c == U'；') return true;
    if (IsLatinSentenceMark(core, i)) return true;
  }
  return false;
}

// "…都很慢：", "…謝謝！", "It works.": a line ending a sentence or a clause.
bool EndsSentence(const std::u32string& core) {
  if (core.empty()) return false;
  const char32_t c = core.back();
  return std::u32string_view(U"。！？：；，…").find(c) != std::u32string_view::npos ||
         IsLatinSentenceMark(core, core.size() - 1) || c == U':';
}

// A stamp's shape: two numbers and a word ("a a a 9, 9", "a 9, 9 9:9 a").
bool IsStampShape(const std::u32string& shape) {
  return std::count(shape.begin(), shape.end(), U'9') >= 2 && shape.find_first_of(U"Ha") != std::u32string::npos;
}

// "a a a 9, 9" → "a 9, 9": the date a stamp ends with, from the word
// before its first number.
std::u32string DateShape(const std::u32string& shape) {
  size_t at = shape.find(U'9');
  if (at == std::u32string::npos) return {};
  while (at > 0 && shape[at - 1] != U'a' && shape[at - 1] != U'H') --at;
  return at > 0 ? shape.substr(at - 1) : shape;
}

// Kept lines without Han above the first post's text, on a thread whose
// posts are written in Han.
void MarkLatinInterface(std::vector<PageLine>& lines) {
  size_t han_lines = 0, latin_lines = 0;
  for (const PageLine& l : lines) {
    if (!l.kept() || !HasSentenceMark(l.core)) continue;
    ++(HoldsHan(l.core) ? han_lines : latin_lines);
  }
  if (han_lines <= latin_lines) return;
  // The first post's text: a kept Han line that ends a sentence or a
  // clause, or with a kept Han line next (a heading over its text; a
  // title over a Latin line is none).
  size_t text = lines.size();
  for (size_t i = 0, previous_han = lines.size(); i < lines.size(); ++i) {
    if (!lines[i].kept()) continue;
    if (!HoldsHan(lines[i].core)) {
      previous_han = lines.size();
      continue;
    }
    if (previous_han < lines.size() || EndsSentence(lines[i].core)) {
      text = previous_han < lines.size() ? previous_han : i;
      break;
    }
    previous_han = i;
  }
  // A heading set flush left in a text dump (a Latin title: "iPhone 17
  // Pro") is the page's, not its interface.
  auto heading = [&](const PageLine& l) {
    return !l.raw.empty() && !utf8::IsSpace(static_cast<unsigned char>(l.raw[0]));
  };
  for (size_t i = 0; i < text; ++i) {
    if (lines[i].kept() && !HoldsHan(lines[i].core) && !heading(lines[i])) lines[i].reason = kForumFurniture;
  }
}

}  // namespace

void MarkThreadEvents(std::vector<PageLine>& lines) {
  // The date the stamps end with, and how many stamps end with it.
  std::map<std::u32string, size_t> dates;
  for (const PageLine& l : lines) {
    if (l.reason != kForumFurniture || l.core.size() > kMaxShortChars) continue;
    const std::u32string shape = LineShape(l.core);
    if (IsStampShape(shape)) ++dates[DateShape(shape)];
  }
  const auto date =
      std::max_element(dates.begin(), dates.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  if (date == dates.end() || date->second < kMinHeads) return;
  MarkLatinInterface(lines);
  size_t first = lines.size(), last = 0;  // the first and last stamp
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].reason != kForumFurniture || lines[i].core.size() > kMaxShortChars) continue;
    const std::u32string shape = LineShape(lines[i].core);
    if (!IsStampShape(shape) || DateShape(shape) != date->first) continue;
    first = std::min(first, i);
    last = i;
  }
  for (size_t i = first; i < last; ++i) {
    const PageLine& l = lines[i];
    if (!l.kept() || l.core.size() > kMaxShortChars || HasSentenceMark(l.core)) continue;
    if (SpaceSeparatedWords(l.core).size() < kMinEventWords || !LineShape(l.core).ends_with(date->first)) continue;
    lines[i].reason = kForumFurniture;
    for (size_t k = i + 1; k < lines.size() && k <= i + kMaxEventCard && lines[k].kept(); ++k) {
      lines[k].reason = kForumFurniture;
    }
  }
}

}  // namespace wenyuan::clean
