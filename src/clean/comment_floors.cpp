#include "clean/comment_floors.h"

#include <string_view>

#include "clean/comment_threads.h"
#include "clean/dates_and_bylines.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxHeaderChars = 60;
constexpr size_t kMaxHeadingChars = 16;
constexpr size_t kMinProseAbove = 3;
constexpr size_t kMinProseChars = 15;
constexpr size_t kMaxLinesBeforeRun = 2;  // "發表留言" between the heading and floor 1
constexpr size_t kMaxFloorLines = 8;      // a comment's text and the author's reply under it
constexpr size_t kMinFloors = 3;

// A floor's header: its number first, a date or time, short, no sentence.
bool IsFloorHeader(const PageLine& l) {
  return !l.blank() && l.core.size() <= kMaxHeaderChars && !HasSentenceEnd(l.core) && CommentFloorNumber(l.core) > 0 &&
         HasDateOrTime(l.core);
}

bool IsProseLine(const PageLine& l) { return l.kept() && l.core.size() >= kMinProseChars && HasSentenceEnd(l.core); }

// The floors of the run that opens at `first` (a floor header): their
// header lines, numbered one by one in one direction, each with at most
// kMaxFloorLines lines of text under it, blank lines between them allowed.
// `end`: one past the last floor's text.
std::vector<size_t> FloorRun(const std::vector<PageLine>& lines, size_t first, size_t* end) {
  std::vector<size_t> floors{first};
  int step = 0;
  size_t at = first;
  for (;;) {
    size_t k = at + 1;
    while (k < lines.size() && !lines[k].blank() && !IsFloorHeader(lines[k]) && k - at <= kMaxFloorLines) ++k;
    if (k - at > kMaxFloorLines) {
      *end = at + 1 + kMaxFloorLines;
      return floors;
    }
    *end = k;
    const size_t next = NextNonBlank(lines, k);
    if (next >= lines.size() || !IsFloorHeader(lines[next])) return floors;
    const auto a = static_cast<long>(CommentFloorNumber(lines[at].core));
    const auto b = static_cast<long>(CommentFloorNumber(lines[next].core));
    const int this_step = b == a + 1 ? 1 : (b + 1 == a ? -1 : 0);
    if (this_step == 0 || (step != 0 && this_step != step)) return floors;
    step = this_step;
    floors.push_back(next);
    at = next;
  }
}

// "12-02 · 江苏 回复 56", "2026/11/20 21:03 · 回覆 3": a comment's stamp
// under its text, the date, maybe a region, the reply link and its count
// (no sentence ended, no colon closing it).
bool IsCommentStampRow(const PageLine& l) {
  constexpr size_t kMaxStamp = 40;
  if (l.blank() || l.core.size() > kMaxStamp || HasSentenceEnd(l.core) || !HasDateOrTime(l.core)) return false;
  // "小綠 於 2026-12-05 22:02 回覆：" opens a reply; a stamp closes a comment.
  if (l.core.back() == U'：' || l.core.back() == ':') return false;
  for (std::u32string_view w : {U"回复", U"回覆", U"回應", U"回应", U"Reply", U"reply"}) {
    if (l.core.find(w) != std::u32string::npos) return true;
  }
  return false;
}

// Comments with no floor number, each its name, its text and its stamp
// row, from `first` on: the stamp rows of the run, each at most
// kMaxFloorLines lines under the one before (or under `first`), blank
// lines between comments allowed. `end`: one past the last stamp row.
std::vector<size_t> StampedRun(const std::vector<PageLine>& lines, size_t first, size_t* end) {
  std::vector<size_t> stamps;
  size_t at = first;
  for (;;) {
    size_t k = NextNonBlank(lines, at);
    const size_t open = k;
    while (k < lines.size() && k - open < kMaxFloorLines && !IsCommentStampRow(lines[k])) {
      if (lines[k].blank() && k > open) break;  // a comment has no blank line inside
      ++k;
    }
    if (k >= lines.size() || !IsCommentStampRow(lines[k])) return stamps;
    stamps.push_back(k);
    *end = k + 1;
    at = k + 1;
  }
}

}  // namespace

size_t CommentFloorNumber(const std::u32string& core) {
  std::u32string_view s = core;
  const bool hash_first = !s.empty() && (s.front() == U'#' || s.front() == U'＃');
  const bool ordinal = s.starts_with(U"第");
  if (hash_first || ordinal) s.remove_prefix(1);
  size_t digits = 0, n = 0;
  while (digits < s.size() && digits < 5 && utf8::IsDecimalDigit(s[digits])) {
    n = n * 10 + static_cast<size_t>(s[digits] - U'0');
    ++digits;
  }
  if (digits == 0 || n == 0) return 0;
  s.remove_prefix(digits);
  if (!hash_first) {
    // The floor's mark after its number: 樓, 楼, F, #.
    if (s.empty() ||
        !(s.front() == U'樓' || s.front() == U'楼' || s.front() == U'F' || s.front() == U'#' || s.front() == U'＃')) {
      return 0;
    }
    if (ordinal && s.front() != U'樓' && s.front() != U'楼') return 0;
    s.remove_prefix(1);
  } else if (ordinal) {
    return 0;
  }
  return (s.empty() || s.front() == U' ' || s.front() == U'\u3000') ? n : 0;
}

bool IsCommentSectionHeading(const std::u32string& core) {
  const std::u32string s = WithoutSpaces(core);
  if (s.empty() || s.size() > kMaxHeadingChars || HasSentenceEnd(s)) return false;
  std::u32string rest = s;
  bool named = false;
  for (std::u32string_view w : {U"留言", U"評論", U"评论", U"回應", U"回应", U"迴響", U"回响", U"Comments", U"comments",
                                U"Comment", U"Responses"}) {
    for (size_t at = rest.find(w); at != rest.npos; at = rest.find(w)) {
      rest.erase(at, w.size());
      named = true;
    }
  }
  if (!named) return false;
  // What else a heading holds: its count and a word for the list.
  for (std::u32string_view w : {U"列表", U"區", U"区", U"共", U"全部", U"則", U"则", U"條", U"条", U"個", U"个", U"篇",
                                U"读者", U"讀者", U"網友", U"网友"}) {
    for (size_t at = rest.find(w); at != rest.npos; at = rest.find(w)) rest.erase(at, w.size());
  }
  for (char32_t c : rest) {
    if (!(utf8::IsDecimalDigit(c) || c == ',' || c == '(' || c == ')' || c == U'（' || c == U'）' || c == ':' ||
          c == U'：')) {
      return false;
    }
  }
  return true;
}

size_t MarkCommentFloorsUnderPost(std::vector<PageLine>& lines) {
  size_t prose_above = 0;
  for (size_t h = 0; h < lines.size(); ++h) {
    const PageLine& l = lines[h];
    if (IsFloorHeader(l)) return 0;  // floors above any heading: a thread's posts
    prose_above += IsProseLine(l);
    // The heading, kept or taken for a button ("87 条评论").
    if (l.blank() || !IsCommentSectionHeading(l.core) || prose_above < kMinProseAbove) continue;
    // Comments with no number, each closed by its stamp row.
    size_t stamped_end = h + 1;
    if (StampedRun(lines, h + 1, &stamped_end).size() >= kMinFloors) {
      for (size_t k = h; k < stamped_end; ++k) {
        if (lines[k].kept()) lines[k].reason = kReadersComment;
      }
      return 0;  // no floor numbered
    }
    if (!l.kept()) continue;
    // The first floor right under the heading, past a short line or two.
    size_t first = h + 1, between = 0;
    while (first < lines.size() && (lines[first].blank() || !IsFloorHeader(lines[first]))) {
      if (!lines[first].blank() && (++between > kMaxLinesBeforeRun || lines[first].core.size() > kMaxHeadingChars ||
                                    HasSentenceEnd(lines[first].core))) {
        break;
      }
      ++first;
    }
    if (first >= lines.size() || !IsFloorHeader(lines[first])) continue;
    size_t end = first;
    const std::vector<size_t> floors = FloorRun(lines, first, &end);
    const size_t opening = CommentFloorNumber(lines[first].core);
    const bool counts_down = floors.size() >= 2 && CommentFloorNumber(lines[floors[1]].core) < opening;
    if (floors.size() < kMinFloors || (!counts_down && opening != 1)) continue;
    for (size_t k = h; k < end; ++k) {
      if (lines[k].kept()) lines[k].reason = kReadersComment;
    }
    return floors.size();
  }
  return 0;
}

}  // namespace wenyuan::clean
