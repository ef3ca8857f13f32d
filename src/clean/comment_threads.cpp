#include "clean/comment_threads.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "clean/dates_and_bylines.h"
#include "clean/forum_rules.h"
#include "clean/thread_rows.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxHeader = 48;     // a comment's header: floor, name, date, time, region
constexpr size_t kMaxNameToken = 16;  // a user name or a school
constexpr size_t kMaxRegion = 4;      // "上海", "新北市"

std::u32string_view View(const std::u32string& s) { return s; }

bool IsIn(std::u32string_view token, std::initializer_list<std::u32string_view> words) {
  for (auto w : words) {
    if (token == w) return true;
  }
  return false;
}

bool IsSeparatorChar(char32_t c) {
  return (c >= 0x2500 && c <= 0x257F) || c == '-' || c == '=' || c == '_' || c == U'—' || c == U'～' || c == '~';
}

// Splits at white space and at the separators a row prints between items.
std::vector<std::u32string> Tokens(const std::u32string& core) {
  std::vector<std::u32string> out;
  std::u32string cur;
  for (char32_t c : core) {
    if (utf8::IsSpace(c) || c == '|' || c == U'｜' || c == U'·' || c == U'・' || c == U'•') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

bool AllDigits(std::u32string_view s) {
  if (s.empty()) return false;
  for (char32_t c : s) {
    if (!IsAsciiDigit(c)) return false;
  }
  return true;
}

// "10:41", "22:15:07".
bool IsTimeToken(std::u32string_view t) {
  const size_t colon = t.find(':');
  if (colon == std::u32string_view::npos || colon == 0 || colon > 2) return false;
  for (char32_t c : t) {
    if (!IsAsciiDigit(c) && c != ':') return false;
  }
  return t.size() >= 4 && t.size() <= 8;
}

// "2025-10-03", "12-03", "2025/10/3", "12月5日", "2025年12月5日", "3小時前", "昨天".
bool IsDateToken(std::u32string_view t) {
  if (IsIn(t, {U"昨天", U"今天", U"前天", U"剛剛", U"刚刚"})) return true;
  for (std::u32string_view ago : {U"分鐘前", U"分钟前", U"小時前", U"小时前", U"天前", U"週前", U"周前"}) {
    if (t.size() > ago.size() && t.ends_with(ago) && AllDigits(t.substr(0, t.size() - ago.size()))) return true;
  }
  if (t.ends_with(U"日") || t.ends_with(U"号")) {
    // "2025年12月5日", "12月5日"
    std::u32string_view rest = t.substr(0, t.size() - 1);
    const size_t year = rest.find(U'年');
    if (year != std::u32string_view::npos) {
      if (year != 4 || !AllDigits(rest.substr(0, 4))) return false;
      rest = rest.substr(year + 1);
    }
    const size_t month = rest.find(U'月');
    return month != std::u32string_view::npos && month >= 1 && month <= 2 && AllDigits(rest.substr(0, month)) &&
           rest.size() - month - 1 >= 1 && rest.size() - month - 1 <= 2 && AllDigits(rest.substr(month + 1));
  }
  // Digit groups parted by one kind of separator: 2 or 3 groups.
  char32_t sep = 0;
  size_t groups = 1, digits = 0;
  for (char32_t c : t) {
    if (IsAsciiDigit(c)) {
      ++digits;
      continue;
    }
    if ((c != '-' && c != '/' && c != '.') || (sep && c != sep) || digits == 0) return false;
    sep = c;
    ++groups;
    digits = 0;
  }
  return sep && digits > 0 && groups >= 2 && groups <= 3;
}

// "B1", "#3", "5樓", "3F", "原PO", "楼主", "作者", "(作者)".
bool IsFloorToken(std::u32string_view t) {
  if (IsIn(t, {U"原PO", U"原Po", U"樓主", U"楼主", U"作者", U"(作者)", U"（作者）", U"原作者", U"沙发", U"沙發",
               U"板凳"})) {
    return true;
  }
  if (t.size() >= 2 && (t[0] == 'B' || t[0] == '#') && AllDigits(t.substr(1))) return true;
  if (t.size() >= 2 && (t.back() == U'樓' || t.back() == U'楼' || t.back() == 'F') &&
      AllDigits(t.substr(0, t.size() - 1))) {
    return true;
  }
  return false;
}

// "回覆", "回复": a header's "replied" word between a name and its date.
bool IsReplyWord(std::u32string_view t) {
  return IsIn(t, {U"回覆", U"回复", U"回應", U"回应", U"留言", U"評論", U"评论"});
}

// "2,318", "8.6万", "1.1萬", "12k".
bool IsCountToken(std::u32string_view t) {
  if (t.empty() || !IsAsciiDigit(t[0])) return false;
  size_t n = t.size();
  if (t.back() == U'万' || t.back() == U'萬' || t.back() == 'k' || t.back() == 'K' || t.back() == 'w' ||
      t.back() == 'W') {
    --n;
  }
  for (size_t i = 0; i < n; ++i) {
    if (!IsAsciiDigit(t[i]) && t[i] != ',' && t[i] != '.') return false;
  }
  return true;
}

bool IsReactionWord(std::u32string_view t) {
  return IsReplyWord(t) || IsIn(t, {U"收藏", U"讚", U"赞", U"按讚", U"點讚", U"点赞", U"喜歡", U"喜欢", U"分享",
                                    U"轉發", U"转发", U"檢舉", U"举报", U"舉報", U"有用", U"留言數", U"评论数"});
}

// "❤️", "♡", "💬", "👍": a token of pictographs only ("2023 / 08 / 24" is a
// date, "02 »" a pager's link).
bool IsSymbolToken(std::u32string_view t) {
  for (char32_t c : t) {
    const bool pictograph = (c >= 0x2600 && c <= 0x27BF) || (c >= 0x1F000 && c <= 0x1FAFF) || c == 0x2B50 ||
                            c == 0x2B55 || c == 0xFE0F || c == 0x200D;
    if (!pictograph) return false;
  }
  return !t.empty();
}

// "来自浙江", "來自新北市": a region named with the word "from".
bool IsFromRegion(std::u32string_view t) { return t.size() > 2 && (t.starts_with(U"来自") || t.starts_with(U"來自")); }

// A region after a date: "上海", "浙江", "新北市", "来自黑龙江".
bool IsRegionToken(std::u32string_view t) {
  if (IsFromRegion(t)) t.remove_prefix(2);
  if (t.empty() || t.size() > kMaxRegion) return false;
  for (char32_t c : t) {
    if (!utf8::IsHan(c)) return false;
  }
  return true;
}

// "熱門", "最新": a sort tab.
bool IsSortTab(std::u32string_view t) {
  return IsIn(t, {U"熱門",   U"热门",   U"最新", U"精華", U"精华",     U"最熱",     U"最热",
                  U"最早",   U"最舊",   U"最旧", U"熱度", U"热度",     U"按熱度",   U"按热度",
                  U"按時間", U"按时间", U"時間", U"时间", U"只看作者", U"只看樓主", U"只看楼主",
                  U"最相關", U"最相关", U"默認", U"默认", U"推薦",     U"推荐",     U"全部"});
}

// "共 186 則留言", "1352 条评论", "意見與評論（4）", "留言 (12)": a comment
// area's heading with its count, sort tabs after it allowed.
bool IsCommentHeading(const std::u32string& core) {
  if (core.empty() || core.size() > 48 || HasSentenceEnd(core)) return false;
  auto tokens = Tokens(core);
  // "评论 1,732  (BUTTON) 最热  (BUTTON) 最新": the tabs are buttons.
  std::erase(tokens, std::u32string(U"(BUTTON)"));
  size_t letters = 0;
  for (const auto& t : tokens) letters += t.size();
  if (letters > 30) return false;
  size_t sort_tabs = 0;
  while (!tokens.empty() && IsSortTab(tokens.back())) {
    tokens.pop_back();
    ++sort_tabs;
  }
  std::u32string rest;
  for (const auto& t : tokens) rest += t;
  if (rest.empty()) return sort_tabs >= 2;
  if (rest.size() > 16 || !IsCommentWord(rest)) return false;
  bool digit = false;
  for (char32_t c : rest) {
    digit = digit || IsAsciiDigit(c);
    if (utf8::IsHan(c) || IsAsciiDigit(c) || c == ',') continue;
    if (std::u32string_view(U"()（）").find(c) == std::u32string_view::npos) return false;
  }
  return digit;
}

// "此留言已被刪除。", "B3 已刪除", "该评论已删除".
bool IsDeletedNotice(const std::u32string& core) {
  if (core.empty() || core.size() > 20) return false;
  for (std::u32string_view w : {U"已刪除", U"已删除", U"已被刪除", U"已被删除", U"已隱藏", U"已隐藏"}) {
    if (core.find(w) == std::u32string::npos) continue;
    const auto tokens = Tokens(core);
    return IsCommentWord(core) || core.find(U"內容") != std::u32string::npos ||
           core.find(U"内容") != std::u32string::npos || (tokens.size() == 2 && IsFloorToken(tokens[0])) ||
           tokens.size() == 1;
  }
  return false;
}

// "小红书号：5283019477 IP属地：浙江": an author card's id and region; not
// an article's publication date that gives the region it was posted from
// ("发布于 2026-12-02 09:47・IP 属地浙江", "發佈於 2026-11-30 · IP 屬地臺灣";
// an edit stamp, "编辑于 …", is no publication date).
bool IsAuthorCardLine(const std::u32string& core) {
  if (core.size() > 40 || HasSentenceEnd(core)) return false;
  for (std::u32string_view w : {U"发布于", U"發佈於", U"發布於"}) {
    if (std::u32string_view(core).starts_with(w) && HasDateOrTime(core)) return false;
  }
  return core.find(U"IP属地") != std::u32string::npos || core.find(U"IP屬地") != std::u32string::npos ||
         core.find(U"IP 属地") != std::u32string::npos || core.find(U"IP 屬地") != std::u32string::npos;
}

// "1/9": which of a post's pictures shows.
bool IsImageCounter(const std::u32string& core) {
  const size_t slash = core.find('/');
  if (slash == std::u32string::npos || slash == 0 || slash > 2 || core.size() - slash - 1 > 2) return false;
  const auto a = View(core).substr(0, slash), b = View(core).substr(slash + 1);
  if (!AllDigits(a) || !AllDigits(b)) return false;
  return std::stoi(std::string(a.begin(), a.end())) <= std::stoi(std::string(b.begin(), b.end()));
}

// "工作 · 3小時前", "职场 2天前": a board or topic with the post's age, a
// listing's line (an article's own date is a date, not an age).
bool IsAgeLine(const std::u32string& core) {
  const auto tokens = Tokens(core);
  if (tokens.size() != 2 || tokens[0].size() > 6 || !IsRegionToken(tokens[0].substr(0, 4))) return false;
  const std::u32string_view age = tokens[1];
  return IsDateToken(age) && (age.ends_with(U"前") || IsIn(age, {U"昨天", U"今天", U"剛剛", U"刚刚"}));
}

// "📍杭州·西湖": a post's location tag (a line of the text that opens with
// the pin, "📍路线：…", has its colon or sentence).
bool IsLocationTag(const std::u32string& core) {
  return core.size() >= 2 && core.size() <= 16 && core[0] == U'📍' && !HasSentencePunct(core);
}

// "作者", "楼主", "UP主", "置顶", "LV5", "Lv.3": a mark beside a user's name.
bool IsUserBadge(std::u32string_view t) {
  if (IsIn(t, {U"作者", U"(作者)", U"（作者）", U"楼主", U"樓主", U"原PO", U"UP主", U"up主", U"置顶", U"置頂", U"版主",
               U"大会员", U"大會員", U"VIP", U"博主", U"小编", U"小編", U"官方"})) {
    return true;
  }
  if (t.size() >= 3 && (t.substr(0, 2) == U"LV" || t.substr(0, 2) == U"Lv" || t.substr(0, 2) == U"lv")) {
    std::u32string_view n = t.substr(2);
    if (!n.empty() && n.front() == '.') n.remove_prefix(1);
    return AllDigits(n);
  }
  return false;
}

// "查看更多评论", "共37条回复, 点击查看", "展開 6 則回覆", "请先登录后发表
// 评论", "載入更多留言": a comment area's buttons and prompts.
bool IsCommentAreaButton(const std::u32string& core) {
  if (core.size() > 24 || HasSentenceEnd(core) || !IsCommentWord(core)) return false;
  for (std::u32string_view w : {U"查看", U"展开", U"展開", U"点击", U"點擊", U"载入", U"載入", U"加载", U"更多",
                                U"登录", U"登入", U"登錄", U"發表", U"发表", U"说点什么", U"說點什麼"}) {
    if (core.find(w) != std::u32string::npos) return true;
  }
  return false;
}

// "本话题在某站有32条讨论，点击查看。", "共37条回复，点击查看": a link to the
// comments that gives their count, wherever it stands.
bool IsCountedCommentLink(const std::u32string& core) {
  std::u32string c = core;
  if (!c.empty() && (c.back() == U'。' || c.back() == U'！')) c.pop_back();
  return std::any_of(c.begin(), c.end(), IsAsciiDigit) && IsCommentAreaButton(c) &&
         (c.find(U"查看") != std::u32string::npos || c.find(U"點擊") != std::u32string::npos ||
          c.find(U"点击") != std::u32string::npos);
}

// "精选留言", "網友留言", "评论区", "全部讨论": a comment area's title with
// no count: a word that picks or sorts the comments, or says whose they
// are, before a comment word; or a comment word and 区.
bool IsCommentAreaTitle(const std::u32string& core) {
  for (std::u32string_view c :
       {U"留言", U"評論", U"评论", U"討論", U"讨论", U"回應", U"回应", U"迴響", U"回响", U"回覆", U"回复"}) {
    const std::u32string_view v = core;
    if (v.size() == c.size() + 1 && v.starts_with(c) && (v.back() == U'区' || v.back() == U'區')) return true;
    if (v.size() != c.size() + 2 || !v.ends_with(c)) continue;
    if (IsIn(v.substr(0, 2), {U"精选", U"精選", U"网友", U"網友", U"读者", U"讀者", U"全部", U"热门", U"熱門", U"最新",
                              U"用户", U"用戶"})) {
      return true;
    }
  }
  return false;
}

// "某人 UP主 回复 @另一人 : 谢谢！", "回覆@某人：……": a reply printed on one
// line with the name it answers.
bool IsInlineReply(const std::u32string& core) {
  for (std::u32string_view w : {U"回复 @", U"回复@", U"回覆 @", U"回覆@", U"回應 @", U"回應@", U"回应 @", U"回应@"}) {
    if (core.find(w) <= 24) return true;  // within the line's head (npos is not)
  }
  return false;
}

// A short line that can be a user's name: no sentence punctuation.
bool IsNameLine(const PageLine& l) {
  return !l.blank() && !l.bullet && l.core.size() <= kMaxNameToken && !HasSentencePunct(l.core) &&
         Tokens(l.core).size() <= 2;
}

}  // namespace

bool IsCommentWord(std::u32string_view s) {
  for (std::u32string_view w : {U"留言", U"評論", U"评论", U"回應", U"回应", U"回覆", U"回复", U"討論", U"讨论",
                                U"迴響", U"回响", U"意見", U"意见"}) {
    if (s.find(w) != std::u32string_view::npos) return true;
  }
  return false;
}

bool IsSeparatorLine(const std::u32string& core) {
  if (core.size() < 3) return false;
  for (char32_t c : core) {
    if (!IsSeparatorChar(c) && !utf8::IsSpace(c)) return false;
  }
  return true;
}

bool IsHashtagRow(const std::u32string& core) {
  const auto tokens = Tokens(core);
  if (tokens.empty() || HasSentenceEnd(core)) return false;
  size_t tags = 0;
  for (const auto& t : tokens) {
    if (t.size() < 2 || (t[0] != '#' && t[0] != U'＃')) return false;
    tags += 1 + std::count(t.begin() + 1, t.end(), U'#');
  }
  return tags >= 2;
}

bool IsReactionRow(const std::u32string& core) {
  if (core.empty() || core.size() > kMaxHeader || HasSentenceEnd(core)) return false;
  auto tokens = Tokens(core);
  size_t i = 0;
  // A comment's footer: its date (and time and region) before the counts.
  if (i < tokens.size() && IsDateToken(tokens[i])) {
    ++i;
    if (i < tokens.size() && IsTimeToken(tokens[i])) ++i;
    if (i < tokens.size() && IsRegionToken(tokens[i]) && !IsReactionWord(tokens[i])) ++i;
  }
  size_t counts = 0, symbols = 0, words = 0;
  for (; i < tokens.size(); ++i) {
    std::u32string_view t = tokens[i];
    if (IsCountToken(t)) {
      ++counts;
    } else if (IsReactionWord(t)) {
      ++words;
    } else if (IsSymbolToken(t)) {
      ++symbols;
    } else {
      // "❤️214", "留言186": a symbol or word run into its count.
      size_t d = 0;
      while (d < t.size() && !IsAsciiDigit(t[d])) ++d;
      if (d == 0 || d == t.size() || !IsCountToken(t.substr(d))) return false;
      const std::u32string_view head = t.substr(0, d);
      if (!IsReactionWord(head) && !IsSymbolToken(head)) return false;
      ++counts;
    }
  }
  return counts >= 1 && symbols + words >= 1;
}

bool IsCommentHeader(const std::u32string& core, bool in_comments) {
  if (core.empty() || core.size() > kMaxHeader || HasSentenceEnd(core)) return false;
  auto tokens = Tokens(core);
  if (tokens.size() < 2) return false;
  bool floor = IsFloorToken(tokens.front());
  // From the end: region, time, date.
  size_t end = tokens.size();
  bool stamp = false;  // a time of day or a region "from": a comment's, not a bare date
  if (end > 0 && IsRegionToken(tokens[end - 1]) && end >= 2 &&
      (IsTimeToken(tokens[end - 2]) || IsDateToken(tokens[end - 2]))) {
    stamp = IsFromRegion(tokens[end - 1]);
    --end;
  }
  if (end > 0 && IsTimeToken(tokens[end - 1])) {
    stamp = true;
    --end;
  }
  if (end == 0 || !IsDateToken(tokens[end - 1])) {
    // "[avatar] 某人 作者", "某人 UP主 置顶", "某人 LV5": a name with the
    // author's mark or a user's badges, no date.
    if (!in_comments || tokens.size() > 3 || tokens[0].size() > kMaxNameToken) return false;
    for (size_t i = 1; i < tokens.size(); ++i) {
      if (!IsUserBadge(tokens[i])) return false;
    }
    return true;
  }
  --end;
  // Between: the floor marker, a name or school, the "replied" word.
  size_t names = 0;
  for (size_t i = 0; i < end; ++i) {
    const std::u32string_view t = tokens[i];
    if (IsFloorToken(t)) {
      floor = true;
    } else if (!IsReplyWord(t)) {
      if (t.size() > kMaxNameToken || HasSentencePunct(tokens[i])) return false;
      ++names;
    }
  }
  // "12-04 22:05 · 来自浙江" below a comment heading: the stamp under the
  // commenter's name (the caller takes the name above with it).
  return names <= 2 && (floor || (in_comments && (names >= 1 || stamp)));
}

namespace {

// A header numbered as a thread's floor ("B2 …", "#3 …", "楼主 …"); an
// author's mark on a reply under a note is none.
bool IsThreadFloorHeader(const std::u32string& core) {
  if (!IsCommentHeader(core, false)) return false;
  const std::u32string first = Tokens(core).front();
  return IsFloorToken(first) && !IsIn(first, {U"作者", U"(作者)", U"（作者）", U"原作者", U"原PO", U"原Po"});
}

// "老周 #1 · 2026年12月03日", "小林 3楼 2026-12-04 10:02": a header whose
// floor number follows the poster's name; returns the number, or 0.
int NamedFloorNumber(const std::u32string& core) {
  if (!IsCommentHeader(core, false)) return 0;
  const std::vector<std::u32string> tokens = Tokens(core);
  for (size_t i = 1; i < tokens.size(); ++i) {
    std::u32string_view t = tokens[i];
    if (!IsFloorToken(t)) continue;
    if (t.front() == 'B' || t.front() == '#') {
      t.remove_prefix(1);
    } else if (!AllDigits(t)) {
      t.remove_suffix(1);
    }
    if (!AllDigits(t) || t.size() > 5) return 0;
    int n = 0;
    for (char32_t c : t) n = n * 10 + static_cast<int>(c - '0');
    return n;
  }
  return 0;
}

}  // namespace

bool IsThreadPage(const std::vector<PageLine>& lines) {
  // Floors numbered after the posters' names count where two or more go up
  // in order (a thread's replies, "#1" … "#6"), not one alone.
  constexpr size_t kMinNamedFloors = 2;
  size_t named_floors = 0;
  int last_floor = 0;
  for (const PageLine& l : lines) {
    if (l.blank() || l.reason == kReadersComment) continue;  // comment floors (clean/comment_floors.h)
    if (l.reason == kForumFurniture || IsThreadFloorHeader(l.core)) return true;
    if (const int floor = NamedFloorNumber(l.core); floor > last_floor) {
      last_floor = floor;
      if (++named_floors >= kMinNamedFloors) return true;
    }
  }
  return false;
}

void MarkCommentBodies(std::vector<PageLine>& lines) {
  bool in_comments = false, in_comment = false;
  PageLine* title = nullptr;  // a comment area's title with no count
  for (PageLine& l : lines) {
    if (l.blank()) {
      in_comment = false;
      continue;
    }
    if (IsCommentAreaTitle(l.core)) title = &l;
    if ((IsCommentHeading(l.core) && IsCommentWord(l.core)) || IsCommentAreaTitle(l.core)) in_comments = true;
    if (!in_comments) continue;
    if (l.reason.empty() && IsCommentAreaButton(l.core)) {
      l.reason = kForumFurniture;
      in_comment = false;
    } else if (l.reason.empty() && IsInlineReply(l.core)) {
      l.reason = kReadersComment;
    } else if (l.reason == kForumFurniture) {
      // A comment's header or its name opens a body; its reaction row or
      // a heading closes one.
      in_comment = IsCommentHeader(l.core, true) || IsNameLine(l);
    } else if (l.reason.empty() && in_comment) {
      l.reason = kReadersComment;
      if (title && title->reason.empty()) title->reason = kForumFurniture;
    } else if (!l.reason.empty()) {
      in_comment = false;
    }
  }
}

namespace {

// Above a comment heading with its count ("共 4 則意見"), up to the area's
// title: the login prompt ("請先 登入 後再發表意見。"), the form's lines
// (dropped already) and the title itself ("意見回饋", "网友评论"), a short
// line naming comments.
void MarkAreaAboveHeading(std::vector<PageLine>& lines, size_t heading) {
  constexpr size_t kMaxLines = 6, kMaxTitle = 12;
  for (size_t k = heading, seen = 0; k > 0 && seen < kMaxLines;) {
    PageLine& l = lines[--k];
    if (l.blank()) continue;
    ++seen;
    if (!l.reason.empty()) {
      if (l.reason.starts_with("button or form")) continue;
      return;
    }
    std::u32string c = l.core;
    if (!c.empty() && (c.back() == U'。' || c.back() == U'！')) c.pop_back();
    if (IsCommentAreaButton(c)) {
      l.reason = kForumFurniture;
      continue;
    }
    if (c.size() <= kMaxTitle && !HasSentencePunct(c) && IsCommentWord(c)) l.reason = kForumFurniture;
    return;
  }
}

}  // namespace

void MarkCommentThreads(std::vector<PageLine>& lines) {
  bool in_comments = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (l.blank()) continue;
    const std::u32string& c = l.core;
    // Sort tabs alone sit over a board's posts as well as over comments.
    if (IsCommentHeading(c) && IsCommentWord(c)) {
      if (!in_comments && l.reason.empty()) MarkAreaAboveHeading(lines, i);
      in_comments = true;
    }
    if (IsCommentAreaTitle(c)) in_comments = true;  // the title goes with its comments (MarkCommentBodies)
    // Sort tabs are short lines a menu run may have taken.
    if (!l.reason.empty() && !(l.reason == "menu or link list" && IsCommentHeading(c) && !IsCommentWord(c))) continue;
    if (IsSeparatorLine(c)) {
      l.reason = kSeparatorLine;
    } else if (IsCommentHeading(c) && !IsCommentWord(c)) {
      l.reason = kSortTabs;
    } else if (IsCommentHeader(c, in_comments) && !IsCommentHeader(c, false) && Tokens(c).size() <= 3 &&
               IsDateToken(Tokens(c).front())) {
      // A stamp with no name ("12-04 22:05 · 来自浙江"): the commenter's
      // name is the short line right above it.
      l.reason = kForumFurniture;
      size_t k = i;
      while (k > 0 && lines[k - 1].blank()) --k;
      if (k > 0 && lines[k - 1].reason.empty() && IsNameLine(lines[k - 1]) && !IsDateToken(lines[k - 1].core)) {
        lines[k - 1].reason = kForumFurniture;
      }
    } else if (IsCommentHeading(c) || IsHashtagRow(c) || IsReactionRow(c) || IsDeletedNotice(c) ||
               IsCommentHeader(c, in_comments) || IsAgeLine(c) || IsLocationTag(c) ||
               (in_comments && l.placeholder && IsNameLine(l)) || IsCountedCommentLink(c) || IsTopicInfoRow(c)) {
      l.reason = kForumFurniture;
    } else if (IsAuthorCardLine(c)) {
      l.reason = kForumFurniture;
      // The name right above the card's id line, under its avatar.
      if (i > 0 && lines[i - 1].reason.empty() && IsNameLine(lines[i - 1])) lines[i - 1].reason = kForumFurniture;
    } else if (IsImageCounter(c)) {
      size_t k = i;
      while (k > 0 && lines[k - 1].blank()) --k;
      if (k > 0 && lines[k - 1].placeholder) l.reason = kForumFurniture;
    }
  }
}

}  // namespace wenyuan::clean
