#include "clean/statute_sections.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxHeadingTitle = 16;

// The value of Han numerals ("二十八" → 28, "一百零三" → 103) or digits; 0
// when `s` is neither.
size_t NumberValue(std::u32string_view s) {
  if (s.empty()) return 0;
  size_t value = 0;
  if (IsAsciiDigit(s.front())) {
    for (char32_t c : s) {
      if (!IsAsciiDigit(c)) return 0;
      value = value * 10 + static_cast<size_t>(c - '0');
    }
    return value;
  }
  const std::u32string_view digits = U"〇一二三四五六七八九";
  size_t section = 0, current = 0;
  for (char32_t c : s) {
    if (const size_t d = digits.find(c); d != std::u32string_view::npos) {
      current = d;
    } else if (c == U'零') {
      current = 0;
    } else if (c == U'兩' || c == U'两') {
      current = 2;
    } else if (c == U'十' || c == U'百' || c == U'千') {
      const size_t scale = c == U'十' ? 10 : c == U'百' ? 100 : 1000;
      section += (current == 0 ? 1 : current) * scale;
      current = 0;
    } else {
      return 0;
    }
  }
  value = section + current;
  return value;
}

char32_t FoldUnit(char32_t c) {
  switch (c) {
    case U'编':
      return U'編';
    case U'节':
      return U'節';
    case U'条':
      return U'條';
    default:
      return c;
  }
}

bool IsUnit(char32_t c) { return std::u32string_view(U"編章節條款编节条").find(c) != std::u32string_view::npos; }

// A line that belongs to an article: a sentence, or an item ("一、…").
bool IsArticleText(const PageLine& l) {
  if (!l.reason.empty() || l.core.empty()) return false;
  if (IsProse(l) || HasSentenceEnd(l.core)) return true;
  const char32_t last = l.core.back();
  return last == U'：' || last == U'。' || last == U'；';
}

}  // namespace

StatuteHeading ParseStatuteHeading(const std::u32string& core) {
  std::u32string s;
  for (char32_t c : core) {
    if (!utf8::IsSpace(c)) s += c;
  }
  if (s.size() < 3 || s.front() != U'第') return {};
  size_t unit_at = 1;
  while (unit_at < s.size() && !IsUnit(s[unit_at])) ++unit_at;
  if (unit_at >= s.size() || unit_at == 1) return {};
  const size_t number = NumberValue(std::u32string_view(s).substr(1, unit_at - 1));
  if (number == 0) return {};
  const std::u32string title = s.substr(unit_at + 1);
  if (title.size() > kMaxHeadingTitle || HasSentencePunct(title)) return {};
  return {FoldUnit(s[unit_at]), number};
}

size_t ExtendToStatuteTail(const std::vector<PageLine>& lines, ProseSpan body) {
  constexpr size_t kMinArticles = 2, kMaxTailLines = 40;
  std::map<char32_t, size_t> last;  // unit → its last number in the body
  size_t articles = 0;
  for (size_t i = body.begin; i < body.end; ++i) {
    if (!lines[i].reason.empty()) continue;
    const StatuteHeading h = ParseStatuteHeading(lines[i].core);
    if (h.number == 0) continue;
    last[h.unit] = h.number;
    articles += h.unit == U'條';
  }
  if (articles < kMinArticles) return body.end;
  size_t end = body.end;
  bool in_article = false;  // below a heading the tail took
  for (size_t i = body.end, seen = 0; i < lines.size() && seen < kMaxTailLines; ++i) {
    const PageLine& l = lines[i];
    if (l.blank()) continue;
    ++seen;
    if (!l.reason.empty()) break;
    const StatuteHeading h = ParseStatuteHeading(l.core);
    if (h.number > 0) {
      const auto it = last.find(h.unit);
      if (it != last.end() && h.number <= it->second) break;  // numbering starts again: another list
      if (it == last.end() && h.unit != U'條') break;
      last[h.unit] = h.number;
      in_article = h.unit == U'條';
      end = i + 1;
      continue;
    }
    if (!in_article || !IsArticleText(l)) break;
    end = i + 1;
  }
  return end;
}

namespace {

// "沿革：", "法規沿革", "立法沿革": the heading over a statute's history.
bool IsHistoryHeading(const std::u32string& core) {
  std::u32string s = WithoutSpaces(core);
  if (s.ends_with(U"：") || s.ends_with(U":")) s.pop_back();
  return s == U"沿革" || s == U"法規沿革" || s == U"法规沿革" || s == U"立法沿革" || s == U"修正沿革";
}

// "1.中華民國…", "2、…": a numbered entry.
bool IsNumberedEntry(const std::u32string& core) {
  size_t i = 0;
  while (i < core.size() && i < 3 && IsAsciiDigit(core[i])) ++i;
  return i > 0 && i + 1 < core.size() && (core[i] == U'.' || core[i] == U'、' || core[i] == U'．');
}

}  // namespace

std::vector<size_t> StatuteHistoryLines(const std::vector<PageLine>& lines, const std::vector<size_t>& between) {
  std::vector<size_t> out;
  bool in_history = false;
  for (size_t i : between) {
    const PageLine& l = lines[i];
    if (!l.reason.empty() && l.reason != "outside the main text") {
      in_history = false;
    } else if (IsHistoryHeading(l.core)) {
      in_history = true;
    } else if (!in_history) {
      continue;
    } else if (!IsNumberedEntry(l.core) &&
               (out.empty() || out.back() + 1 != i || HasSentenceEnd(lines[out.back()].core))) {
      in_history = false;  // neither an entry nor the line an entry wraps onto
    }
    if (in_history) out.push_back(i);
  }
  return out;
}

std::optional<size_t> FirstChapterAbove(const std::vector<PageLine>& lines, ProseSpan body,
                                        const std::vector<size_t>& kept) {
  const auto taken = [&](size_t k) {
    return (k >= body.begin && k < body.end && lines[k].reason.empty()) ||
           std::find(kept.begin(), kept.end(), k) != kept.end();
  };
  for (size_t i = 0; i < body.end; ++i) {
    if (lines[i].blank()) continue;
    const StatuteHeading article = ParseStatuteHeading(lines[i].core);
    if (article.unit != U'條' || article.number != 1) continue;
    if (!taken(i)) return std::nullopt;
    size_t above = i;
    while (above > 0 && lines[above - 1].blank()) --above;
    if (above == 0 || taken(above - 1)) return std::nullopt;
    const StatuteHeading part = ParseStatuteHeading(lines[above - 1].core);
    const bool first_part = part.number == 1 && (part.unit == U'編' || part.unit == U'章' || part.unit == U'節');
    return first_part ? std::optional<size_t>(above - 1) : std::nullopt;
  }
  return std::nullopt;
}

}  // namespace wenyuan::clean
