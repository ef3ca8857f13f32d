#include "clean/one_line_reviews.h"

#include <algorithm>
#include <string_view>

#include "clean/user_reviews.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxNameChars = 16;
constexpr size_t kMinRemarkChars = 4;
constexpr size_t kMaxReviewChars = 160;
constexpr size_t kMinReviews = 2;
constexpr size_t kMaxHeadLines = 2;
constexpr size_t kMaxHeadChars = 30;

bool IsDigit(char32_t c) { return utf8::IsDecimalDigit(c); }

// "2026-11-28", "2026/11/28", "11-28", "2026.11.28", "2026年11月28日": a
// date, the whole word.
bool IsDateWord(std::u32string_view w) {
  size_t groups = 0;
  for (size_t k = 0; k < w.size();) {
    if (!IsDigit(w[k])) return false;
    size_t d = 0;
    while (k + d < w.size() && IsDigit(w[k + d])) ++d;
    if (d > 4) return false;
    ++groups;
    k += d;
    if (k == w.size()) break;
    const char32_t sep = w[k];
    if (sep != '-' && sep != '/' && sep != '.' && sep != U'年' && sep != U'月' && sep != U'日') return false;
    ++k;
    if (sep == U'日' && k != w.size()) return false;
  }
  return groups >= 2;
}

// "…。", "…？", "…，…": the remark is a sentence.
bool IsRemark(std::u32string_view s) {
  if (s.size() < kMinRemarkChars) return false;
  for (char32_t c : s) {
    if (c == U'。' || c == U'！' || c == U'？' || c == U'，' || c == U'；' || c == '!' || c == '?') return true;
  }
  return s.ends_with(U".") && s.find(U' ') != s.npos;  // "Good value, quick service."
}

// A short line over the run that gives the raters' count or score: a
// count in brackets, stars, a percentage, a number with 分.
bool IsRatingOrCountHead(const PageLine& l) {
  const std::u32string& c = l.core;
  if (c.empty() || c.size() > kMaxHeadChars || HasSentenceEnd(c)) return false;
  if (c.find(U'★') != c.npos || c.find(U'☆') != c.npos) return true;
  if (!std::any_of(c.begin(), c.end(), IsDigit)) return false;
  if (c.find(U'%') != c.npos || c.find(U'％') != c.npos) return true;
  // A score: "8.7 分", "4.6".
  for (size_t k = 1; k + 1 < c.size(); ++k) {
    if (c[k] == '.' && IsDigit(c[k - 1]) && IsDigit(c[k + 1])) return true;
  }
  for (size_t k = 0; k + 2 < c.size(); ++k) {
    if ((c[k] == U'（' || c[k] == '(') && (IsDigit(c[k + 1]) || c[k + 1] == U'共')) return true;
  }
  return false;
}

}  // namespace

bool IsOneLineReview(const std::u32string& core) {
  if (core.size() > kMaxReviewChars) return false;
  const size_t first_space = core.find(U' ');
  if (first_space == core.npos || first_space == 0 || first_space > kMaxNameChars) return false;
  const std::u32string_view name = std::u32string_view(core).substr(0, first_space);
  if (IsDateWord(name) || std::all_of(name.begin(), name.end(), IsDigit)) return false;
  size_t at = first_space;
  while (at < core.size() && core[at] == U' ') ++at;
  const size_t date_end = core.find(U' ', at);
  if (date_end == core.npos || !IsDateWord(std::u32string_view(core).substr(at, date_end - at))) return false;
  size_t text = date_end;
  while (text < core.size() && core[text] == U' ') ++text;
  return IsRemark(std::u32string_view(core).substr(text));
}

void MarkOneLineReviews(std::vector<PageLine>& lines, bool thread_page) {
  if (thread_page) return;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].kept() || !IsOneLineReview(lines[i].core)) continue;
    std::vector<size_t> run{i};
    for (size_t k = NextNonBlank(lines, i + 1); k < lines.size() && IsOneLineReview(lines[k].core);
         k = NextNonBlank(lines, k + 1)) {
      run.push_back(k);
    }
    // The rating or the count right above the run.
    std::vector<size_t> head;
    for (size_t k = i; k-- > 0 && head.size() < kMaxHeadLines;) {
      if (lines[k].blank()) continue;
      if (!IsRatingOrCountHead(lines[k])) break;
      head.push_back(k);
    }
    if (run.size() >= kMinReviews && !head.empty()) {
      for (size_t k : run) lines[k].reason = kUserReview;
      for (size_t k : head) {
        if (lines[k].kept()) lines[k].reason = kUserReview;
      }
    }
    i = run.back();
  }
}

}  // namespace wenyuan::clean
