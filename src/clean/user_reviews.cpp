#include "clean/user_reviews.h"

#include <algorithm>
#include <string_view>

#include "clean/forum_rules.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxSummary = 40;
constexpr size_t kMaxHeading = 10;
constexpr size_t kMinReviewHeaders = 2, kMinSignedComments = 2;
constexpr size_t kMaxSignature = 30;

bool IsDigit(char32_t c) { return IsAsciiDigit(c); }

bool AtMargin(const PageLine& l) { return !l.raw.empty() && l.raw.front() != ' ' && l.raw.front() != '\t'; }

// "2026/11", "2026-11-28", "2026/12/01": a year and a month.
bool HasDate(const std::u32string& s) {
  for (size_t i = 0; i + 6 < s.size(); ++i) {
    if (i > 0 && IsDigit(s[i - 1])) continue;
    if (IsDigit(s[i]) && IsDigit(s[i + 1]) && IsDigit(s[i + 2]) && IsDigit(s[i + 3]) &&
        (s[i + 4] == '/' || s[i + 4] == '-' || s[i + 4] == '.') && IsDigit(s[i + 5])) {
      return true;
    }
  }
  return false;
}

// A short heading over a section: Han and spaces only, no punctuation.
bool IsShortHeading(const PageLine& l) {
  return !l.blank() && !l.bullet && l.core.size() >= 2 && l.core.size() <= kMaxHeading && !HasSentencePunct(l.core) &&
         CountHan(l.core) * 2 >= l.core.size();
}

void MarkHeadingAbove(std::vector<PageLine>& lines, size_t at) {
  size_t k = at;
  while (k > 0 && lines[k - 1].blank()) --k;
  if (k > 0 && lines[k - 1].reason.empty() && IsShortHeading(lines[k - 1])) lines[k - 1].reason = kUserReview;
}

bool IsFormReason(const std::string& reason) {
  return reason == "button or form field" || reason == "button or form label";
}

}  // namespace

bool IsRatersSummary(const std::u32string& core) {
  if (core.size() > kMaxSummary || HasSentenceEnd(core)) return false;
  // A score first: "8.7", "4.5分", "9/10".
  size_t i = 0;
  while (i < core.size() && IsDigit(core[i])) ++i;
  if (i == 0 || i > 2 || i + 1 >= core.size()) return false;
  if (core[i] == '.' && IsDigit(core[i + 1])) {
    i += 2;
  } else if (core[i] != U'分') {
    return false;
  }
  // Then a count of raters or reviews: a number before 則/条/條/人/篇/位/則評.
  for (size_t k = i; k + 1 < core.size(); ++k) {
    if (!IsDigit(core[k])) continue;
    size_t unit = k + 1;
    while (unit < core.size() && core[unit] == ' ') ++unit;
    if (unit < core.size() && std::u32string_view(U"則条條人篇位").find(core[unit]) != std::u32string_view::npos) {
      return true;
    }
  }
  return false;
}

bool HasSignatureAtEnd(const std::u32string& core) {
  if (core.empty() || (core.back() != ')' && core.back() != U'）')) return false;
  const size_t open = core.find_last_of(U"(（");
  if (open == std::u32string::npos || open == 0 || core.size() - open > kMaxSignature) return false;
  const std::u32string inside = core.substr(open + 1, core.size() - open - 2);
  return HasDate(inside) && SpaceSeparatedWords(inside).size() >= 2 && HasSentencePunct(core.substr(0, open));
}

namespace {

// "短评 (1,024)", "用戶評價（41）": a heading of Han words with the count
// of what it holds in brackets.
bool IsCountedHeading(const std::u32string& core) {
  constexpr size_t kMaxLabel = 6;
  size_t i = 0;
  while (i < core.size() && utf8::IsHan(core[i])) ++i;
  if (i < 2 || i > kMaxLabel) return false;
  while (i < core.size() && core[i] == ' ') ++i;
  if (i >= core.size() || (core[i] != '(' && core[i] != U'（')) return false;
  size_t digits = 0;
  for (++i; i < core.size() && (IsDigit(core[i]) || core[i] == ','); ++i) digits += IsDigit(core[i]);
  return digits > 0 && i + 1 == core.size() && (core[i] == ')' || core[i] == U'）');
}

// "作者: 周远山", "出版社：北方文艺出版社": a record's short field row.
bool IsShortFieldRow(const PageLine& l) {
  constexpr size_t kMaxFieldRow = 40, kMaxLabel = 8;
  if (l.blank() || !l.reason.empty() || l.core.size() > kMaxFieldRow || HasSentenceEnd(l.core)) return false;
  const size_t colon = l.core.find_first_of(U":：");
  return colon != std::u32string::npos && colon > 0 && colon <= kMaxLabel && colon + 1 < l.core.size();
}

// "问：可以烤蛋挞吗？", "Q: …": a user's question on a record page.
bool IsUsersQuestion(const std::u32string& core) {
  for (std::u32string_view mark : {U"问：", U"問：", U"问:", U"問:", U"Q：", U"Q:"}) {
    if (core.starts_with(mark)) return true;
  }
  return false;
}

// The end of a reviews section starting at `from`: the page's next heading
// at the margin or list; and how many dated review headers or users'
// questions it holds.
size_t SectionEnd(const std::vector<PageLine>& lines, size_t from, size_t* headers) {
  size_t end = from;
  *headers = 0;
  while (end < lines.size() && !(AtMargin(lines[end]) && !lines[end].blank()) && !lines[end].bullet) {
    const PageLine& l = lines[end];
    *headers += !l.blank() && ((l.core.size() <= kMaxSummary && !HasSentencePunct(l.core) && HasDate(l.core)) ||
                               IsUsersQuestion(l.core));
    ++end;
  }
  return end;
}

// True when lines `from` to `end` hold dated headers the forum rules took
// for a thread's post headers (clean/forum_posts.h): the replies are
// posts, kept. (A review's "有用 41" row taken for a button is not one.)
bool HoldsPosts(const std::vector<PageLine>& lines, size_t from, size_t end) {
  return std::any_of(lines.begin() + static_cast<std::ptrdiff_t>(from),
                     lines.begin() + static_cast<std::ptrdiff_t>(std::min(end, lines.size())),
                     [](const PageLine& l) { return l.reason == kForumFurniture && HasDate(l.core); });
}

}  // namespace

void MarkUserReviews(std::vector<PageLine>& lines) {
  // A counted reviews heading on a record page (three of its field rows
  // kept above it): the section under it, with two dated review headers
  // or more ("读书人小林  2026-11-20  推荐").
  constexpr size_t kMinFieldRows = 3;
  size_t field_rows = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    field_rows += IsShortFieldRow(lines[i]);
    if (field_rows < kMinFieldRows || !lines[i].reason.empty() || !IsCountedHeading(lines[i].core)) continue;
    size_t headers = 0;
    const size_t end = SectionEnd(lines, i + 1, &headers);
    if (headers < kMinReviewHeaders || HoldsPosts(lines, i, end)) continue;
    for (size_t k = i; k < end; ++k) {
      if (!lines[k].blank() && lines[k].reason.empty()) lines[k].reason = kUserReview;
    }
    i = end - 1;
  }
  // A raters' summary printed over a few short lines ("书友评分" over "8.6"
  // over "2,318人评价"), a block of its own: the users' rating.
  constexpr size_t kMaxRatingLines = 3, kMaxRatingLine = 20;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank() || (i > 0 && !lines[i - 1].blank())) continue;
    size_t end = i;
    std::u32string joined;
    while (end < lines.size() && !lines[end].blank() && end - i < kMaxRatingLines &&
           lines[end].core.size() <= kMaxRatingLine && lines[end].core.find_first_of(U":：") == std::u32string::npos) {
      joined += (joined.empty() ? U"" : U" ") + lines[end].core;
      ++end;
    }
    if (end == i || end - i < 2 || (end < lines.size() && !lines[end].blank())) continue;
    size_t label = 0;  // the rating's label first ("书友评分")
    while (label < joined.size() && utf8::IsHan(joined[label])) ++label;
    while (label < joined.size() && joined[label] == ' ') ++label;
    if (!IsRatersSummary(joined.substr(label))) continue;
    for (size_t k = i; k < end; ++k) {
      if (lines[k].reason.empty()) lines[k].reason = kUserReview;
    }
    i = end;
  }
  // A rated-reviews section, or the raters' summary alone in the record's
  // head ("4.8分 超棒 | 2,345条点评").
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].reason.empty() || lines[i].blank() || !IsRatersSummary(lines[i].core)) continue;
    // With a field beside it ("4.7分 4,826条评价 人均：¥128"), a shop's
    // rating line is its record's.
    if (lines[i].core.find_first_of(U":：¥￥$") == std::u32string::npos) lines[i].reason = kUserReview;
    size_t end = i + 1, headers = 0;
    while (end < lines.size() && !(AtMargin(lines[end]) && !lines[end].blank()) && !lines[end].bullet) {
      const PageLine& l = lines[end];
      headers += !l.blank() && l.core.size() <= kMaxSummary && !HasSentencePunct(l.core) && HasDate(l.core);
      ++end;
    }
    if (headers < kMinReviewHeaders || HoldsPosts(lines, i, end)) continue;
    MarkHeadingAbove(lines, i);
    for (size_t k = i; k < end; ++k) {
      if (!lines[k].blank() && lines[k].reason.empty()) lines[k].reason = kUserReview;
    }
    i = end;
  }
  // Signed comments.
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t end = i;
    while (end < lines.size() && !lines[end].blank() && lines[end].reason.empty() &&
           HasSignatureAtEnd(lines[end].core)) {
      ++end;
    }
    if (end - i < kMinSignedComments) continue;
    MarkHeadingAbove(lines, i);
    for (size_t k = i; k < end; ++k) lines[k].reason = kUserReview;
    i = end;
  }
  // A widget's label over its form.
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].reason.empty() || !IsShortHeading(lines[i]) || AtMargin(lines[i])) continue;
    if (i > 0 && !lines[i - 1].blank()) continue;
    size_t end = i + 1;
    bool form = true, field = false;  // a headline over its print and share buttons has no field
    for (; end < lines.size() && !lines[end].blank(); ++end) {
      form &= IsFormReason(lines[end].reason);
      field |= lines[end].raw.find("___") != std::string_view::npos;
    }
    if (form && field) lines[i].reason = kUserReview;
  }
}

}  // namespace wenyuan::clean
