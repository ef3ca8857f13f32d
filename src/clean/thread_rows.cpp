#include "clean/thread_rows.h"

#include <algorithm>
#include <string_view>

#include "clean/dates_and_bylines.h"
#include "clean/page_line.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxRowChars = 60;

}  // namespace

// "该楼层疑似违规已被系统折叠 隐藏此楼查看此楼": a floor the board folded away.
bool IsFoldedFloorNotice(const std::u32string& core) {
  const std::string s = EncodeUtf8(WithoutSpaces(core));
  return core.size() <= kMaxRowChars && ContainsAny(s, {"折叠", "折疊", "屏蔽", "隐藏此楼", "隱藏此樓"}) &&
         ContainsAny(s, {"楼层", "樓層", "此楼", "此樓", "该楼", "該樓", "本楼", "本樓"});
}

// "考研吧 11": a board's level badge, a short word and a level number.
bool IsLevelBadge(const std::u32string& core) {
  constexpr size_t kMaxBadge = 16, kMaxLevel = 2;
  size_t digits = 0;
  while (digits < core.size() && IsAsciiDigit(core[core.size() - 1 - digits])) ++digits;
  if (digits == 0 || digits > kMaxLevel || digits + 2 > core.size() || !utf8::IsSpace(core[core.size() - 1 - digits])) {
    return false;
  }
  const std::u32string word = core.substr(0, core.size() - digits - 1);
  return core.size() <= kMaxBadge && CountHan(word) >= 1 && !HasSentencePunct(word) &&
         std::none_of(word.begin(), word.end(), [](char32_t ch) { return utf8::IsSpace(ch); });
}

// "考研吧" over "关注：4,218,337 贴子：86,512,004": a board's name above its counters.
bool IsBoardName(const std::u32string& core) {
  constexpr size_t kMaxBoardName = 12;
  if (core.size() < 2 || core.size() > kMaxBoardName || HasSentencePunct(core)) return false;
  for (std::u32string_view end : {U"吧", U"版", U"板", U"论坛", U"論壇", U"社区", U"社區", U"讨论区", U"討論區"}) {
    if (core.ends_with(end)) return true;
  }
  return false;
}

// "关注：4,218,337 贴子：86,512,004": a board's counters.
bool IsBoardCounters(const std::u32string& core) {
  const std::string s = EncodeUtf8(WithoutSpaces(core));
  return core.size() <= kMaxRowChars && std::any_of(core.begin(), core.end(), IsAsciiDigit) &&
         ContainsAny(s, {"贴子", "帖子", "主题", "主題", "关注", "關注", "会员", "會員", "成员", "成員"}) &&
         !HasSentenceEnd(core);
}

// "8 条回复 • 2026-12-05 12:31:07 +08:00", "共 23 則回應": a thread's
// reply count, with at most the time of the last reply behind a dot.
bool IsReplyCount(const std::u32string& core) {
  if (core.size() > kMaxRowChars) return false;
  const size_t dot = core.find_first_of(U"·・•|");
  if (dot != std::u32string::npos) {
    std::u32string when = core.substr(dot + 1);
    while (!when.empty() && utf8::IsSpace(when.front())) when.erase(0, 1);
    if (when.empty() || !IsAsciiDigit(when.front()) || !IsDateLine(when)) return false;
  }
  // The count's words around its number: "8 条回复", "共 23 則回應", "回复数 12".
  std::u32string words;
  bool digits = false;
  for (char32_t c : core.substr(0, dot)) {
    if (IsAsciiDigit(c) || c == ',') {
      digits = true;
    } else if (!utf8::IsSpace(c) && c != U'：' && c != ':') {
      words += c;
    }
  }
  if (words.starts_with(U"共")) words.erase(0, 1);
  for (std::u32string_view w : {U"条回复", U"條回覆", U"条回覆", U"則回覆", U"则回复", U"個回覆", U"个回复", U"篇回應",
                                U"篇回应", U"則回應", U"条回应", U"回复数", U"回覆數"}) {
    if (digits && words == w) return true;
  }
  return false;
}

bool IsTopicSummary(const std::u32string& core) {
  constexpr size_t kMaxSummary = 100;
  if (core.size() > kMaxSummary) return false;
  const std::string s = EncodeUtf8(WithoutSpaces(core));
  // The number of replies, counted with its measure word.
  bool replies = false;
  for (size_t i = 0; i < core.size() && !replies; ++i) {
    if (!IsAsciiDigit(core[i])) continue;
    size_t k = i;
    while (k < core.size() && (IsAsciiDigit(core[k]) || core[k] == ',')) ++k;
    while (k < core.size() && utf8::IsSpace(core[k])) ++k;
    const std::u32string_view after = std::u32string_view(core).substr(k);
    for (std::u32string_view w : {U"个回复", U"個回覆", U"条回复", U"條回覆", U"則回覆", U"篇回复", U"篇回覆"}) {
      replies = replies || after.starts_with(w);
    }
    i = k;
  }
  return replies && ContainsAny(s, {"参与者", "參與者", "人参与", "人參與", "位参与", "位參與", "最后一次更新",
                                    "最後一次更新", "最后更新", "最後更新", "最后回复", "最後回覆"});
}

bool IsTopicInfoRow(const std::u32string& core) {
  constexpr size_t kMaxRow = 100;
  if (core.size() > kMaxRow || HasSentenceEnd(core) || !HasDateOrTime(core)) return false;
  // How many times it was read: a count beside a reading word.
  bool read_count = false;
  for (size_t i = 0; i < core.size() && !read_count; ++i) {
    if (!IsAsciiDigit(core[i])) continue;
    size_t k = i;
    while (k < core.size() && (IsAsciiDigit(core[k]) || core[k] == ',' || core[k] == '.')) ++k;
    size_t after = k;
    while (after < core.size() && utf8::IsSpace(core[after])) ++after;
    const std::u32string_view next = std::u32string_view(core).substr(after);
    size_t before = i;
    while (before > 0 && utf8::IsSpace(core[before - 1])) --before;
    const std::u32string_view prev = std::u32string_view(core).substr(0, before);
    for (std::u32string_view w : {U"次阅读", U"次閱讀", U"次浏览", U"次瀏覽", U"次查看", U"阅读", U"閱讀", U"浏览",
                                  U"瀏覽", U"views", U"Views", U"reads"}) {
      read_count = read_count || next.starts_with(w);
    }
    for (std::u32string_view w : {U"阅读", U"閱讀", U"浏览", U"瀏覽", U"阅读：", U"閱讀：", U"浏览：", U"瀏覽："}) {
      read_count = read_count || prev.ends_with(w);
    }
    i = k;
  }
  if (!read_count) return false;
  // and its last reply (an article's byline with a view count has none).
  const std::string s = EncodeUtf8(WithoutSpaces(core));
  return ContainsAny(s, {"最后由", "最後由", "最后回复", "最後回覆", "最后回覆", "最後回复", "最新回复", "最新回覆",
                         "Lastreply", "lastreply"});
}

bool IsPostRangeRow(const std::u32string& core) {
  constexpr size_t kMaxRow = 50, kMinNumbers = 3;
  if (core.size() > kMaxRow || HasSentenceEnd(core)) return false;
  size_t numbers = 0;
  for (size_t i = 0; i < core.size(); ++i) numbers += IsAsciiDigit(core[i]) && (i == 0 || !IsAsciiDigit(core[i - 1]));
  const std::string s = EncodeUtf8(WithoutSpaces(core));
  return numbers >= kMinNumbers && ContainsAny(s, {"帖子", "回复", "回覆", "篇", "楼", "樓"}) &&
         ContainsAny(s, {"查看", "显示", "顯示", "第"}) && ContainsAny(s, {"到", "至", "-", "–"}) &&
         ContainsAny(s, {"总计", "總計", "共"});
}

bool IsPostColumnHeader(const std::u32string& core) {
  constexpr size_t kMaxHeader = 12;
  if (core.size() > kMaxHeader) return false;
  const auto words = SpaceSeparatedWords(core);
  if (words.size() < 2 || words.size() > 3) return false;
  return std::all_of(
             words.begin(), words.end(),
             [](std::u32string_view w) {
               for (std::u32string_view name : {U"作者", U"帖子", U"内容", U"內容", U"正文", U"回复", U"回覆"}) {
                 if (w == name) return true;
               }
               return false;
             }) &&
         (words[0] == U"作者");
}

// "职场 程序员 裁员 中年危机": a thread's or question's topic tags, short
// words side by side with no punctuation.
bool IsTagRow(const std::u32string& core) {
  constexpr size_t kMinTags = 3, kMaxTags = 10, kMaxTag = 8, kMaxLatinTag = 16, kMaxRow = 60;
  if (core.size() > kMaxRow || HasSentencePunct(core) || CountHan(core) < 2) return false;
  size_t tags = 0, tag = 0, han_tags = 0;
  bool latin = true;  // a Latin tag ("PostgreSQL") may be longer than a Han one
  for (size_t i = 0; i <= core.size(); ++i) {
    if (i == core.size() || utf8::IsSpace(core[i])) {
      if (tag > 0) {
        if (tag < 2 || tag > (latin ? kMaxLatinTag : kMaxTag)) return false;
        ++tags;
        han_tags += !latin;
      }
      tag = 0;
      latin = true;
    } else {
      ++tag;
      latin = latin && core[i] < 0x80;
    }
  }
  // Latin tags ("NAS PostgreSQL") need a Han tag among them; with under four
  // Han characters, the Han tags may not outnumber the Latin ones.
  if (han_tags == 0 || (CountHan(core) < 4 && han_tags * 2 > tags + 1)) return false;
  return tags >= kMinTags && tags <= kMaxTags;
}

}  // namespace wenyuan::clean
