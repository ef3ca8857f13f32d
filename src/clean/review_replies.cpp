#include "clean/review_replies.h"

#include <string_view>

#include "clean/comment_blocks.h"
#include "clean/dates_and_bylines.h"
#include "clean/page_line.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxHeader = 48;      // a reply's header: name, date, time, place
constexpr size_t kMaxReplyText = 300;  // one reply's line of text
constexpr size_t kTextPerHeader = 4;   // lines of text a reply may hold

// "回应", "全部回應 (3)", "網友留言": the heading of the replies, its count aside.
bool IsRepliesHeading(const PageLine& l) {
  if (l.bullet || l.core.empty() || l.core.size() > 16) return false;
  std::u32string s;
  for (char32_t c : l.core) {
    if (utf8::IsSpace(c) || IsAsciiDigit(c) ||
        std::u32string_view(U"()（）[]【】:：条條則则").find(c) != std::u32string_view::npos) {
      continue;
    }
    s += c;
  }
  for (std::u32string_view word :
       {U"回应",     U"回應",     U"全部回应", U"全部回應", U"热门回应", U"熱門回應", U"最新回应", U"最新回應",
        U"评论",     U"評論",     U"全部评论", U"全部評論", U"热门评论", U"熱門評論", U"最新评论", U"最新評論",
        U"网友评论", U"網友評論", U"读者评论", U"讀者評論", U"留言",     U"网友留言", U"網友留言", U"读者留言",
        U"讀者留言", U"评论区",   U"評論區",   U"留言區",   U"留言区",   U"Comments", U"Replies"}) {
    if (s == word) return true;
  }
  return false;
}

// "蓝鲸不说话 2024-02-18 09:12:33 北京", "2024/02/18 21:47 周末去图书馆":
// a name, a date and a time (or the date and time alone, under a name on
// the line above), short.
bool IsReplyHeader(const PageLine& l) {
  if (l.bullet || l.core.size() > kMaxHeader || HasSentenceEnd(l.core) || !IsDateLine(l.core)) return false;
  size_t first_digit = 0;
  while (first_digit < l.core.size() && !IsAsciiDigit(l.core[first_digit])) ++first_digit;
  // A time after the date: "09:12", "21:47:08".
  return first_digit < l.core.size() && l.core.find(U':', first_digit) != std::u32string::npos;
}

// "蓝鲸不说话" right over "2024-02-18 09:12": a replier's name on its own
// line over the header's date and time.
bool IsNameOverHeader(const std::vector<PageLine>& lines, size_t k) {
  constexpr size_t kMaxName = 20;
  const PageLine& l = lines[k];
  return !l.blank() && l.reason.empty() && !l.bullet && l.core.size() <= kMaxName && !HasSentencePunct(l.core) &&
         k + 1 < lines.size() && IsReplyHeader(lines[k + 1]);
}

// A Han character stands at byte `at` of `s`.
bool InsideAWord(const std::string& s, size_t at) {
  if (at >= s.size()) return false;
  return utf8::IsHan(utf8::DecodeNext(s, at));
}

}  // namespace

std::string SpoilerWarningReason(const std::u32string& core) {
  constexpr size_t kMaxWarning = 40;
  if (core.empty() || core.size() > kMaxWarning || core.find(U'。') != std::u32string::npos) return {};
  const std::string s = EncodeUtf8(core);
  for (std::string_view word :
       {"剧透", "劇透", "情节透露", "情節透露", "雷文", "有雷", "防雷", "spoiler", "Spoiler", "SPOILER"}) {
    if (s.find(word) != std::string::npos) {
      // "有雷" inside a longer word ("有雷同") is not the warning, nor
      // "防雷" before another character ("防雷射護目鏡", "防雷擊設施").
      if (word == "有雷" && s.find("有雷同") != std::string::npos) continue;
      if (word == "防雷" && InsideAWord(s, s.find(word) + word.size())) continue;
      return "spoiler warning";
    }
  }
  return {};
}

void MarkReplySections(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!IsRepliesHeading(lines[i])) continue;
    // The first reply's header right below, an avatar or a sort button
    // aside ("回复" over a forum post's poster is a button, not this).
    size_t k = i + 1;
    while (k < lines.size() && (lines[k].blank() || !lines[k].reason.empty())) ++k;
    if (k >= lines.size() || !(IsReplyHeader(lines[k]) || IsNameOverHeader(lines, k))) continue;
    lines[i].reason = "readers' replies";
    for (size_t m = i + 1; m < k; ++m) {
      if (!lines[m].blank() && lines[m].reason.empty()) lines[m].reason = "readers' replies";
    }
    // Each reply: its header, up to a few lines of text, its buttons.
    // A reply's buttons close it: what follows is the next reply's header
    // or the end of the replies.
    size_t text_lines = 0;
    bool closed = false;
    for (; k < lines.size(); ++k) {
      PageLine& l = lines[k];
      if (l.blank()) continue;
      // The page's answers start under their count ("3 个回答", "其他回答
      // (2)"): the replies end above it.
      if (IsAnswerCountHeading(l.core)) break;
      if (IsReplyHeader(l) || IsNameOverHeader(lines, k)) {
        text_lines = 0;
        closed = false;
      } else if (!l.reason.empty()) {
        closed = closed || text_lines > 0;  // a reply's buttons, counters, avatar
      } else if (!closed && !l.bullet && l.core.size() <= kMaxReplyText && text_lines < kTextPerHeader) {
        ++text_lines;
      } else {
        break;
      }
      if (l.reason.empty()) l.reason = "readers' replies";
    }
    i = k;
  }
}

}  // namespace wenyuan::clean
