#include "clean/comment_chrome.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxHeader = 80;    // a comment's header: name, votes, age, flair
constexpr size_t kMaxItemLine = 16;  // one item of an action list
constexpr size_t kMaxItemWord = 10;  // one word of an action row on one line
constexpr size_t kMaxHanButton = 4;  // a button's label in Han: "回复", "只看作者"
constexpr size_t kMinRepeats = 3;    // comments that repeat a header's or a row's shape

char32_t Lower(char32_t c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

std::vector<std::u32string> Tokens(const std::u32string& core) {
  std::vector<std::u32string> out;
  std::u32string cur;
  for (char32_t c : core) {
    if (utf8::IsSpace(c) || c == U'\u3000' || c == '|' || c == U'｜' || c == U'·' || c == U'・' || c == U'•') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += Lower(c);
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

bool AllDigits(std::u32string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char32_t c) { return IsAsciiDigit(c); });
}

bool IsLatinUnit(std::u32string_view t) {
  for (std::u32string_view u : {U"second", U"sec", U"minute", U"min", U"hour", U"hr", U"day", U"week", U"wk", U"month",
                                U"mo", U"year", U"yr"}) {
    if (t == u || (t.size() == u.size() + 1 && t.starts_with(u) && t.back() == 's')) return true;
  }
  return false;
}

// "8h", "3d", "2hrs", "5mo": a number and a unit in one token.
bool IsNumberWithUnit(std::u32string_view t) {
  size_t digits = 0;
  while (digits < t.size() && IsAsciiDigit(t[digits])) ++digits;
  if (digits == 0 || digits == t.size()) return false;
  const std::u32string_view unit = t.substr(digits);
  return (unit.size() == 1 && std::u32string_view(U"smhdwy").find(unit[0]) != std::u32string_view::npos) ||
         IsLatinUnit(unit);
}

bool HasLatinAge(const std::vector<std::u32string>& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == U"just" && i + 1 < t.size() && t[i + 1] == U"now") return true;
    if (t[i] == U"刚刚" || t[i] == U"剛剛") return true;
    if (t[i] != U"ago" || i == 0) continue;
    std::u32string_view unit = t[i - 1];  // "8 hr. ago": an abbreviated unit
    if (unit.size() > 1 && unit.back() == '.') unit.remove_suffix(1);
    if (IsNumberWithUnit(unit)) return true;
    if (i >= 2 && IsLatinUnit(unit) && (AllDigits(t[i - 2]) || t[i - 2] == U"a" || t[i - 2] == U"an")) return true;
  }
  return false;
}

// "3小时前", "2 天前", "5個月前".
bool HasHanAge(const std::u32string& core) {
  for (size_t p = core.find(U'前'); p != std::u32string::npos; p = core.find(U'前', p + 1)) {
    size_t i = p;
    while (i > 0 && utf8::IsSpace(core[i - 1])) --i;
    size_t unit = 0;
    for (std::u32string_view u : {U"分钟", U"分鐘", U"小时", U"小時", U"个月", U"個月", U"星期", U"秒", U"分", U"天",
                                  U"日", U"周", U"週", U"月", U"年"}) {
      if (i >= u.size() && std::u32string_view(core).substr(i - u.size(), u.size()) == u) {
        unit = u.size();
        break;
      }
    }
    if (unit == 0) continue;
    i -= unit;
    while (i > 0 && utf8::IsSpace(core[i - 1])) --i;
    if (i > 0 && IsAsciiDigit(core[i - 1])) return true;
  }
  return false;
}

bool EndsLikeSentence(const std::u32string& core) {
  if (core.empty()) return false;
  return std::u32string_view(U"。！？；，.!?;,").find(core.back()) != std::u32string_view::npos;
}

// A comment's text: Han words or a sentence.
bool IsText(const PageLine& l) { return !l.blank() && (CountHan(l.core) >= 6 || IsProse(l)); }

// An item's shape: lower case, no spaces or brackets, a count at its start
// or end as "0" ("赞 (86)" and "赞 (12)" are one; "第2條" and "第3條" are
// two).
std::u32string ItemKey(std::u32string_view item) {
  std::u32string key;
  for (char32_t c : item) {
    if (utf8::IsSpace(c) || std::u32string_view(U"()（）[]【】").find(c) != std::u32string_view::npos) continue;
    key += Lower(c);
  }
  auto is_num = [](char32_t c) { return IsAsciiDigit(c) || c == ',' || c == '.'; };
  size_t lead = 0, tail = key.size();
  while (lead < key.size() && is_num(key[lead])) ++lead;
  while (tail > lead && is_num(key[tail - 1])) --tail;
  if (lead == 0 && tail == key.size()) return key;
  return (lead > 0 ? U"0" : U"") + key.substr(lead, tail - lead) + (tail < key.size() ? U"0" : U"");
}

// An item that can repeat as a link does: it has a letter or a Han
// character ("})" of a code sample has none).
bool IsWordItem(const std::u32string& key) {
  return std::any_of(key.begin(), key.end(), [](char32_t c) { return IsAsciiLetter(c) || utf8::IsHan(c); });
}

// A word of a one-line row: no digits, or a count alone ("(86)", "12").
bool IsRowWord(const std::u32string& w) {
  if (w.size() > kMaxItemWord) return false;
  const bool digits = std::any_of(w.begin(), w.end(), [](char32_t c) { return IsAsciiDigit(c); });
  return !digits || ItemKey(w) == U"0";
}

bool IsItemLine(const PageLine& l) {
  return !l.blank() && !l.core.empty() && l.core.size() <= kMaxItemLine && !HasSentencePunct(l.core);
}

// Three words, or two of two characters or more: "回复 引用 举报", "Reply
// Share"; "第 2 條" (a numbered heading) has two one-character words.
bool HasRowWords(const std::vector<std::u32string>& words) {
  size_t n = 0, long_words = 0;
  for (const auto& w : words) {
    if (!IsWordItem(ItemKey(w))) continue;
    ++n;
    long_words += w.size() >= 2;
  }
  return n >= 3 || long_words >= 2;
}

struct Run {
  size_t first = 0, last = 0;  // lines
  std::vector<std::u32string> items;
};

// Runs of item lines, and single lines of three short words or more.
// One line of short words: "permalink embed save report reply", "赞 (86)
// 回复"; not a header saying how long ago.
bool OneLineRow(const PageLine& l, std::vector<std::u32string>& items) {
  const auto words = Tokens(l.core);
  if (l.blank() || l.table || words.size() < 2 || words.size() > 8 || HasSentencePunct(l.core) ||
      !std::all_of(words.begin(), words.end(), IsRowWord) || !HasRowWords(words) || HasRelativeAge(l.core)) {
    return false;
  }
  // A button's label is a word or two ("回复", "举报", "Reply"), each
  // once: "即时可用型 AI 让 AI 应用更简单" is a heading.
  std::set<std::u32string> seen;
  for (const auto& w : words) {
    if (CountHan(w) > kMaxHanButton || !seen.insert(ItemKey(w)).second) return false;
  }
  for (const auto& w : words) items.push_back(ItemKey(w));
  return true;
}

// Runs of item lines, and single lines of short words.
std::vector<Run> FindRuns(const std::vector<PageLine>& lines) {
  std::vector<Run> runs;
  for (size_t i = 0; i < lines.size();) {
    Run r{i, i, {}};
    if (IsItemLine(lines[i])) {
      while (r.last + 1 < lines.size() && IsItemLine(lines[r.last + 1])) ++r.last;
    }
    if (r.last > r.first) {
      for (size_t k = r.first; k <= r.last; ++k) r.items.push_back(ItemKey(lines[k].core));
    } else {
      OneLineRow(lines[i], r.items);
    }
    i = r.last + 1;
    if (r.items.size() >= 2) runs.push_back(std::move(r));
  }
  return runs;
}

bool TextBetween(const std::vector<PageLine>& lines, size_t from, size_t to) {
  for (size_t k = from; k < to; ++k) {
    if (IsText(lines[k])) return true;
  }
  return false;
}

// An entry section's link beside its heading: edit it, have it read out.
bool IsEditLinkWord(const std::u32string& w) {
  for (std::u32string_view e : {U"编辑", U"編輯", U"播报", U"播報", U"朗读", U"朗讀", U"edit", U"Edit"}) {
    if (w == e) return true;
  }
  return false;
}

void Drop(PageLine& l, const char* reason) {
  if (l.kept()) l.reason = reason;
}

// Action rows; true if any went.
bool MarkActionRows(std::vector<PageLine>& lines) {
  const std::vector<Run> runs = FindRuns(lines);
  std::map<std::u32string, size_t> runs_with;
  for (const Run& r : runs) {
    std::set<std::u32string> seen(r.items.begin(), r.items.end());
    for (const auto& k : seen) {
      if (IsWordItem(k)) ++runs_with[k];
    }
  }
  auto recurrent = [&](const Run& r) {
    size_t n = 0;
    for (const auto& k : r.items) n += runs_with.count(k) && runs_with[k] >= kMinRepeats;
    return n;
  };
  std::vector<const Run*> core;
  for (const Run& r : runs) {
    const size_t n = recurrent(r);
    if (n >= 2 && n * 2 >= r.items.size()) core.push_back(&r);
  }
  // Rows the keeping rules left, most of them parted by a comment's text
  // (a table's rows, other records' lists already dropped make none).
  std::erase_if(core, [&](const Run* r) {
    for (size_t k = r->first; k <= r->last; ++k) {
      if (lines[k].kept()) return false;
    }
    return true;
  });
  if (core.size() < kMinRepeats) return false;
  size_t gaps = 0;
  for (size_t k = 1; k < core.size(); ++k) gaps += TextBetween(lines, core[k - 1]->last + 1, core[k]->first);
  if (gaps * 4 < (core.size() - 1) * 3) return false;
  std::set<std::u32string> core_items;
  for (const Run* r : core) core_items.insert(r->items.begin(), r->items.end());
  for (const Run& r : runs) {
    size_t shared = 0;
    for (const auto& k : r.items) shared += core_items.count(k) && IsWordItem(k);
    if (shared < 2 || shared * 3 < r.items.size()) continue;
    // "政策背景" over "编辑" and "播报", "歷史沿革" over "編輯": a section's
    // heading over its edit and listen links, an entry's own heading.
    const bool heading = r.last > r.first && !IsEditLinkWord(r.items.front()) &&
                         std::all_of(r.items.begin() + 1, r.items.end(), IsEditLinkWord);
    for (size_t k = heading ? r.first + 1 : r.first; k <= r.last; ++k) Drop(lines[k], "comment action row");
  }
  return true;
}

// Vote-and-age headers; true if any went.
bool MarkAgeHeaders(std::vector<PageLine>& lines) {
  std::vector<size_t> headers;
  size_t over_text = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank() || !IsAgeHeaderShape(lines[i].core)) continue;
    headers.push_back(i);
    for (size_t k = i + 1, seen = 0; k < lines.size() && seen < 3; ++k) {
      if (lines[k].blank()) continue;
      ++seen;
      if (IsAgeHeaderShape(lines[k].core)) break;
      if (IsText(lines[k])) {
        ++over_text;
        break;
      }
    }
  }
  if (over_text < kMinRepeats) return false;
  for (size_t i : headers) Drop(lines[i], "comment header");
  return true;
}

bool IsBareCount(const std::u32string& core) {
  if (core.empty() || core.size() > 7 || !IsAsciiDigit(core[0])) return false;
  return std::all_of(core.begin(), core.end(), [](char32_t c) {
    return IsAsciiDigit(c) || c == ',' || c == '.' || c == 'k' || c == 'K' || c == U'万' || c == U'萬';
  });
}

// "(self.somewhere)", "(example.com)": a link's domain on its own line.
bool IsDomainInBrackets(const std::u32string& core) {
  if (core.size() < 5 || core.front() != '(' || core.back() != ')') return false;
  const std::u32string_view s = std::u32string_view(core).substr(1, core.size() - 2);
  const size_t dot = s.rfind('.');
  if (dot == std::u32string_view::npos || dot < 2 || s.size() - dot - 1 < 2) return false;
  return std::all_of(s.begin(), s.end(), [](char32_t c) {
    return IsAsciiLetter(c) || IsAsciiDigit(c) || c == '.' || c == '_' || c == '-';
  });
}

bool DroppedNeighbour(const std::vector<PageLine>& lines, size_t i, int step) {
  for (size_t k = i; (step < 0 ? k > 0 : k + 1 < lines.size());) {
    k = step < 0 ? k - 1 : k + 1;
    if (lines[k].blank()) continue;
    return !lines[k].reason.empty();
  }
  return true;
}

}  // namespace

bool HasRelativeAge(const std::u32string& core) { return HasLatinAge(Tokens(core)) || HasHanAge(core); }

bool IsAgeHeaderShape(const std::u32string& core) {
  if (core.empty() || core.size() > kMaxHeader || EndsLikeSentence(core) || HasSentenceEnd(core)) return false;
  return Tokens(core).size() <= 12 && HasRelativeAge(core);
}

bool IsCommentCountOrSort(const std::u32string& core) {
  const auto t = Tokens(core);
  if (t.empty() || core.size() > 30) return false;
  // "sorted by: best", "排序：最热 | 最新".
  const std::u32string first = ItemKey(t[0]) + (t.size() > 1 ? ItemKey(t[1]) : U"");
  for (std::u32string_view sort : {U"sortedby:", U"sortby:", U"sortedby", U"sortby"}) {
    if (first.starts_with(sort) && t.size() <= 5) return true;
  }
  const std::u32string joined = ItemKey(WithoutSpaces(core));
  for (std::u32string_view sort : {U"排序：", U"排序:", U"排序方式：", U"排序方式:"}) {
    if (joined.starts_with(sort) && t.size() <= 5) return true;
  }
  // "all 87 comments", "view all 12 replies".
  size_t i = 0;
  while (i < t.size() && (t[i] == U"all" || t[i] == U"view" || t[i] == U"show" || t[i] == U"see" || t[i] == U"load")) {
    ++i;
  }
  if (i + 2 == t.size() && ItemKey(t[i]) == U"0") {
    for (std::u32string_view w : {U"comments", U"comment", U"replies", U"reply", U"answers", U"responses"}) {
      if (t[i + 1] == w) return true;
    }
  }
  // "共 12 条评论", "全部评论（12）", "38 則留言".
  std::u32string s;
  for (char32_t c : joined) {
    if (!IsAsciiDigit(c) || s.empty() || s.back() != '0') s += IsAsciiDigit(c) ? U'0' : c;
  }
  for (std::u32string_view lead : {U"全部", U"共"}) {
    if (s.starts_with(lead)) s = s.substr(lead.size());
  }
  for (std::u32string_view word : {U"评论", U"評論", U"留言", U"回复", U"回覆", U"回应", U"回應"}) {
    for (std::u32string_view count : {U"0", U"0条", U"0條", U"0则", U"0則", U"0个", U"0個"}) {
      if (s == std::u32string(count) + std::u32string(word) || s == std::u32string(word) + U"0") return true;
    }
  }
  return false;
}

void MarkCommentChrome(std::vector<PageLine>& lines) {
  const bool rows = MarkActionRows(lines);
  const bool headers = MarkAgeHeaders(lines);
  if (!rows && !headers) return;
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (!l.kept()) continue;
    if (IsCommentCountOrSort(l.core)) {
      l.reason = "comment count or sort";
    } else if (IsDomainInBrackets(l.core)) {
      l.reason = "link domain";
    } else if (IsBareCount(l.core) && DroppedNeighbour(lines, i, -1) && DroppedNeighbour(lines, i, +1)) {
      l.reason = "vote count";
    }
  }
}

}  // namespace wenyuan::clean
