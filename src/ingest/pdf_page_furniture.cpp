#include "ingest/pdf_page_furniture.h"

#include <map>
#include <set>

#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

constexpr long kMaxPageNumber = 100000;

// The line's code points, full-width forms narrowed, white space dropped.
std::u32string Squeeze(std::string_view line) {
  std::u32string out;
  for (size_t pos = 0; pos < line.size();) {
    char32_t cp = utf8::NarrowFullWidth(utf8::DecodeNext(line, pos));
    if (utf8::IsSpace(cp)) continue;
    if (cp >= 'A' && cp <= 'Z') cp = cp - 'A' + 'a';
    out.push_back(cp);
  }
  return out;
}

bool IsDecoration(char32_t cp) {
  switch (cp) {
    case '-':
    case '.':
    case '(':
    case ')':
    case '[':
    case ']':
    case '|':
    case '*':
    case U'–':
    case U'—':
    case U'·':
    case U'•':
    case U'〔':
    case U'〕':
    case U'【':
    case U'】':
    case U'〈':
    case U'〉':
    case U'《':
    case U'》':
    case U'‧':
    case U'－':
    case U'﹣':
      return true;
    default:
      return false;
  }
}

int ChineseDigit(char32_t cp) {
  switch (cp) {
    case U'〇':
    case U'零':
      return 0;
    case U'一':
      return 1;
    case U'二':
    case U'兩':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    case U'十':
      return 10;
    case U'百':
      return 100;
    case U'千':
      return 1000;
    default:
      return -1;
  }
}

// 三 → 3, 十二 → 12, 二十 → 20, 一百零五 → 105, 一〇五 → 105.
long ChineseNumberValue(std::u32string_view s) {
  bool positional = s.find_first_of(U"十百千") == std::u32string_view::npos;
  long total = 0, digit = 0;
  for (char32_t cp : s) {
    int v = ChineseDigit(cp);
    if (positional) {
      total = total * 10 + v;
    } else if (v >= 10) {
      total += (digit == 0 ? 1 : digit) * v;
      digit = 0;
    } else {
      digit = v;
    }
    if (total > kMaxPageNumber) return kMaxPageNumber + 1;
  }
  return total + (positional ? 0 : digit);
}

long RomanValue(std::u32string_view s) {
  auto value = [](char32_t c) {
    switch (c) {
      case 'i':
        return 1;
      case 'v':
        return 5;
      case 'x':
        return 10;
      case 'l':
        return 50;
      case 'c':
        return 100;
      default:
        return 0;
    }
  };
  long total = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    long v = value(s[i]);
    if (v == 0) return 0;
    if (i + 1 < s.size() && value(s[i + 1]) > v)
      total -= v;
    else
      total += v;
  }
  return total;
}

// True if `s` is `value` written the canonical way (so "civil" is no numeral).
bool IsCanonicalRoman(std::u32string_view s, long value) {
  static constexpr std::pair<long, std::u32string_view> kParts[] = {
      {100, U"c"}, {90, U"xc"}, {50, U"l"}, {40, U"xl"}, {10, U"x"}, {9, U"ix"}, {5, U"v"}, {4, U"iv"}, {1, U"i"}};
  std::u32string written;
  for (const auto& [v, text] : kParts) {
    while (value >= v) {
      written += text;
      value -= v;
    }
  }
  return written == s;
}

using utf8::IsAsciiDigit;
bool IsAsciiLower(char32_t cp) { return cp >= 'a' && cp <= 'z'; }

}  // namespace

std::optional<PageNumberLine> ParsePageNumberLine(std::string_view line) {
  std::u32string s = Squeeze(line);
  size_t b = 0, e = s.size();
  while (b < e && IsDecoration(s[b])) ++b;
  while (e > b && IsDecoration(s[e - 1])) --e;
  std::u32string_view core(s.data() + b, e - b);
  if (core.empty() || core.size() > 40) return std::nullopt;

  // A bare number: "3", "- 3 -", "(3)".
  bool all_digits = true;
  for (char32_t cp : core) all_digits = all_digits && IsAsciiDigit(cp);
  if (all_digits) {
    if (core.size() > 5) return std::nullopt;
    long v = 0;
    for (char32_t cp : core) v = v * 10 + static_cast<long>(cp - '0');
    return PageNumberLine{false, false, v};
  }
  // Roman numerals in lower case: "iii", "- iv -".
  if (core.size() <= 6 && core.find_first_not_of(U"ivxlc") == std::u32string_view::npos) {
    long v = RomanValue(core);
    if (v > 0 && IsCanonicalRoman(core, v)) return PageNumberLine{false, true, v};
    return std::nullopt;
  }

  // Words around one or two numbers: 第3頁, 第三頁，共十頁, Page 3 of 10, 3 / 10, p. 3.
  std::vector<long> numbers;
  bool marker = false;  // 第, 頁, page, p.: says "page" outright
  bool ratio = false;   // "of", "/": 3 / 10 (a page number only if it rises with the page)
  bool chinese_number = false;
  for (size_t i = 0; i < core.size();) {
    char32_t cp = core[i];
    if (IsAsciiDigit(cp)) {
      long v = 0;
      size_t j = i;
      while (j < core.size() && IsAsciiDigit(core[j]) && v <= kMaxPageNumber) {
        v = v * 10 + static_cast<long>(core[j] - '0');
        ++j;
      }
      if (j < core.size() && IsAsciiDigit(core[j])) return std::nullopt;
      numbers.push_back(v);
      i = j;
    } else if (ChineseDigit(cp) >= 0) {
      size_t j = i;
      while (j < core.size() && ChineseDigit(core[j]) >= 0) ++j;
      numbers.push_back(ChineseNumberValue(core.substr(i, j - i)));
      chinese_number = true;
      i = j;
    } else if (IsAsciiLower(cp)) {
      size_t j = i;
      while (j < core.size() && IsAsciiLower(core[j])) ++j;
      std::u32string_view word = core.substr(i, j - i);
      if (word == U"of")
        ratio = true;
      else if (word == U"page" || word == U"pages" || word == U"p" || word == U"pp" || word == U"pg")
        marker = true;
      else
        return std::nullopt;
      i = j;
    } else if (cp == U'第' || cp == U'頁' || cp == U'页') {
      marker = true;
      ++i;
    } else if (cp == '/') {
      ratio = true;
      ++i;
    } else if (cp == U'共' || cp == ',' || cp == U'，' || cp == U'、' || cp == '.' || cp == ':' || cp == U'：' ||
               IsDecoration(cp)) {
      ++i;
    } else {
      return std::nullopt;
    }
  }
  if ((!marker && !ratio) || numbers.empty() || numbers.size() > 2) return std::nullopt;
  if (!marker && numbers.size() != 2) return std::nullopt;
  if (chinese_number && core.find_first_of(U"第頁页") == std::u32string_view::npos) return std::nullopt;
  for (long v : numbers) {
    if (v <= 0 || v > kMaxPageNumber) return std::nullopt;
  }
  // With two numbers, the page is the smaller one, whatever the order
  // ("共10頁第3頁" as well as "3 / 10").
  long page = numbers.front();
  if (numbers.size() == 2) {
    if (numbers[0] > numbers[1]) {
      // "10 / 3" is no page number, but "共10頁，第3頁" is.
      if (core.front() != U'共') return std::nullopt;
      page = numbers[1];
    }
  }
  return PageNumberLine{marker, false, page};
}

namespace {

struct PageLines {
  std::vector<std::string_view> lines;
  std::vector<size_t> edge;  // indexes of lines near the page's edges
};

// Digits normalised, white space dropped: "第 2 頁" and "第12頁" compare equal.
std::u32string RepeatKey(std::string_view line) {
  std::u32string s = Squeeze(line);
  std::u32string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (IsAsciiDigit(s[i])) {
      if (out.empty() || out.back() != '#') out.push_back('#');
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// The ASCII digit runs of a line as numbers (capped), in order.
std::vector<long> Numbers(std::u32string_view line) {
  std::vector<long> out;
  for (size_t i = 0; i < line.size();) {
    if (line[i] < '0' || line[i] > '9') {
      ++i;
      continue;
    }
    long v = 0;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9') {
      if (v <= kMaxPageNumber) v = v * 10 + static_cast<long>(line[i] - '0');
      ++i;
    }
    out.push_back(v);
  }
  return out;
}

}  // namespace

PagesWithoutFurniture RemovePageFurniture(const std::vector<std::string>& pages, const PageFurnitureOptions& options) {
  std::vector<PageLines> split(pages.size());
  size_t pages_with_text = 0;
  for (size_t p = 0; p < pages.size(); ++p) {
    std::string_view rest = pages[p];
    while (true) {
      size_t nl = rest.find('\n');
      split[p].lines.push_back(rest.substr(0, nl));
      if (nl == std::string_view::npos) break;
      rest.remove_prefix(nl + 1);
    }
    std::vector<size_t> non_empty;
    for (size_t i = 0; i < split[p].lines.size(); ++i) {
      if (!utf8::Trim(split[p].lines[i]).empty()) non_empty.push_back(i);
    }
    if (!non_empty.empty()) ++pages_with_text;
    std::set<size_t> edge;
    for (size_t k = 0; k < non_empty.size() && k < options.edge_lines; ++k) {
      edge.insert(non_empty[k]);
      edge.insert(non_empty[non_empty.size() - 1 - k]);
    }
    split[p].edge.assign(edge.begin(), edge.end());
  }

  std::vector<std::set<size_t>> remove(pages.size());
  // Page numbers: explicit forms always; bare ones when they rise with the page.
  std::map<std::pair<bool, long>, std::set<size_t>> offsets;        // (roman, value - page) → pages
  std::map<std::pair<size_t, size_t>, std::pair<bool, long>> bare;  // (page, line) → key
  for (size_t p = 0; p < pages.size(); ++p) {
    for (size_t i : split[p].edge) {
      auto number = ParsePageNumberLine(split[p].lines[i]);
      if (!number) continue;
      if (number->explicit_form) {
        remove[p].insert(i);
        continue;
      }
      std::pair<bool, long> key{number->roman, number->value - static_cast<long>(p)};
      offsets[key].insert(p);
      bare[{p, i}] = key;
    }
  }
  for (const auto& [where, key] : bare) {
    const size_t agree = offsets[key].size();
    if (agree >= 2 && agree * 3 >= pages_with_text) remove[where.first].insert(where.second);
  }

  // Lines repeated near the edges of most pages: the same line, or the same
  // line but for a number that rises with the page ("第 2 頁" on page 2).
  if (pages_with_text >= options.min_repeat_pages) {
    struct Occurrence {
      size_t page, line;
      std::u32string squeezed;
      std::vector<long> numbers;
    };
    std::map<std::u32string, std::vector<Occurrence>> seen;  // RepeatKey → occurrences
    for (size_t p = 0; p < pages.size(); ++p) {
      for (size_t i : split[p].edge) {
        if (remove[p].count(i) || ParsePageNumberLine(split[p].lines[i])) continue;
        std::u32string key = RepeatKey(split[p].lines[i]);
        if (key.find_first_not_of(U"#") == std::u32string::npos) continue;  // numbers only
        auto& list = seen[key];
        if (!list.empty() && list.back().page == p) continue;  // once per page
        std::u32string squeezed = Squeeze(split[p].lines[i]);
        std::vector<long> numbers = Numbers(squeezed);
        list.push_back({p, i, std::move(squeezed), std::move(numbers)});
      }
    }
    auto most = [&](size_t count) { return count >= options.min_repeat_pages && count * 2 > pages_with_text; };
    for (const auto& [key, list] : seen) {
      if (!most(list.size())) continue;
      std::map<std::u32string, std::vector<const Occurrence*>> same;
      for (const auto& o : list) same[o.squeezed].push_back(&o);
      for (const auto& [text, group] : same) {
        if (!most(group.size())) continue;
        for (const Occurrence* o : group) remove[o->page].insert(o->line);
      }
      // (position of the number, number - page) → occurrences
      std::map<std::pair<size_t, long>, std::vector<const Occurrence*>> rising;
      for (const auto& o : list) {
        for (size_t j = 0; j < o.numbers.size(); ++j) {
          rising[{j, o.numbers[j] - static_cast<long>(o.page)}].push_back(&o);
        }
      }
      for (const auto& [where, group] : rising) {
        if (!most(group.size())) continue;
        for (const Occurrence* o : group) remove[o->page].insert(o->line);
      }
    }
  }

  PagesWithoutFurniture out;
  out.pages.reserve(pages.size());
  for (size_t p = 0; p < pages.size(); ++p) {
    std::vector<std::string_view> kept;
    for (size_t i = 0; i < split[p].lines.size(); ++i) {
      if (remove[p].count(i)) {
        ++out.removed_lines;
        continue;
      }
      kept.push_back(split[p].lines[i]);
    }
    // No blank lines left at either end of the page.
    size_t b = 0, e = kept.size();
    while (b < e && utf8::Trim(kept[b]).empty()) ++b;
    while (e > b && utf8::Trim(kept[e - 1]).empty()) --e;
    std::string text;
    for (size_t i = b; i < e; ++i) {
      text += kept[i];
      if (i + 1 < e) text += '\n';
    }
    out.pages.push_back(std::move(text));
  }
  return out;
}

}  // namespace wenyuan::ingest
