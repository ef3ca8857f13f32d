#include "clean/forum_post_headers.h"

#include <algorithm>
#include <string>
#include <vector>

#include "clean/dates_and_bylines.h"
#include "clean/page_line.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxFurnitureChars = 60;
constexpr size_t kMaxHeaderChars = 40;
constexpr size_t kMaxNameChars = 16;

// "#2", "5#", "3楼", "12F", 楼主, 沙发 … at the start of `s`: its length in
// code points, or 0.
size_t FloorLength(const std::u32string& s) {
  for (std::u32string_view name : {U"楼主", U"樓主", U"沙发", U"沙發", U"板凳", U"地板", U"地下室"}) {
    if (s.compare(0, name.size(), name) == 0) return name.size();
  }
  size_t i = s.starts_with(U'#') ? 1 : 0;
  size_t digits = 0;
  while (i + digits < s.size() && IsAsciiDigit(s[i + digits]) && digits < 5) ++digits;
  if (digits == 0) return 0;
  size_t end = i + digits;
  if (i == 1) return end;  // "#2"
  if (end < s.size() && (s[end] == '#' || s[end] == U'楼' || s[end] == U'樓' || s[end] == 'F' || s[end] == U'＃')) {
    return end + 1;
  }
  return 0;
}

bool IsEditNote(const std::string& s) {
  return (StartsWithAny(s, {"本帖最后由", "本帖最後由"}) && ContainsAny(s, {"编辑", "編輯"})) ||
         StartsWithAny(s, {"最后编辑于", "最後編輯於", "最後編輯", "最后编辑"}) ||
         // "本文於 2024-04-26 09:02 最後編輯", "Last edited 2024-04-26"
         (ContainsAny(s, {"最後編輯", "最后编辑", "最後修改", "最后修改", "Lastedited"}) &&
          IsDateLine(DecodeUtf32(s))) ||
         EqualsAny(s, {"（已編輯）", "（已编辑）", "(已編輯)", "(已编辑)", "已編輯", "已编辑"});
}

// "…来自广东", "…來自台北市": a header's last words, the region a post was
// sent from (two to four Han characters after 来自).
bool EndsWithRegion(const std::string& s) {
  constexpr size_t kMaxRegion = 4, kMaxHeader = 40;
  const std::u32string u = DecodeUtf32(s);
  if (u.size() > kMaxHeader) return false;
  size_t from = u.rfind(U"来自");
  if (from == std::u32string::npos) from = u.rfind(U"來自");
  if (from == std::u32string::npos) return false;
  const std::u32string region = u.substr(from + 2);
  if (region.size() < 2 || region.size() > kMaxRegion) return false;
  for (char32_t c : region) {
    if (!utf8::IsHan(c)) return false;
  }
  return true;
}

// The line cut at its white space.
std::vector<std::u32string> Tokens(const std::u32string& core) {
  std::vector<std::u32string> out;
  std::u32string cur;
  for (char32_t c : core + U" ") {
    if (utf8::IsSpace(c)) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  return out;
}

// "21:32", "21:32:45": a time of day.
bool IsClockTime(const std::u32string& t) {
  const size_t colon = t.find(U':');
  if (colon == std::u32string::npos || colon == 0 || colon > 2 || t.size() < colon + 3) return false;
  for (char32_t c : t) {
    if (!IsAsciiDigit(c) && c != U':') return false;
  }
  return true;
}

// "晚风不打烊 (楼主)  2026-11-30 21:52:19  北京", "栗子不是梨 2026-11-30
// 21:32:45": a poster's name, the date and time of the post (to the second,
// or to the minute with the place it was posted from, two or three Han
// characters, last). A byline's role words (记者, 来源, 作者, 编辑, 摄影)
// make it a byline instead.
bool IsPosterTimePlace(const std::u32string& core, const std::string& s) {
  if (core.size() > kMaxHeaderChars || core.find_first_of(U"。！？；，、!?;,") != std::u32string::npos) return false;
  if (ContainsAny(s,
                  {"记者", "記者", "来源", "來源", "作者", "编辑：", "編輯：", "编辑:", "編輯:", "责任", "責任", "摄影",
                   "攝影", "日期", "时间", "時間", "截止", "地点",   "地點",   "发布",  "發布",  "发表", "發表"})) {
    return false;
  }
  const std::vector<std::u32string> tokens = Tokens(core);
  if (tokens.size() < 3) return false;
  size_t clock = 0;  // the token holding the time
  for (size_t i = 2; i < tokens.size(); ++i) {
    if (IsClockTime(tokens[i]) && IsDateLine(tokens[i - 1])) clock = i;
  }
  if (clock == 0) return false;
  // The name alone before the date, or with its floor in brackets: a
  // review's "name 评论 title 力荐 date" is its byline.
  if (clock > 3 || (clock == 3 && !tokens[1].starts_with(U'(') && !tokens[1].starts_with(U'（'))) return false;
  const bool to_the_second = std::count(tokens[clock].begin(), tokens[clock].end(), U':') == 2;
  const std::u32string& last = tokens.back();
  const bool place = clock + 1 < tokens.size() && last.size() >= 2 && last.size() <= 3 &&
                     std::all_of(last.begin(), last.end(), [](char32_t c) { return utf8::IsHan(c); });
  if (clock + 1 == tokens.size()) return to_the_second;
  return place && clock + 2 >= tokens.size() - 1;  // at most a note (已编辑) between time and place
}

// "2026-11-22 11:08 · TA获得超过2.1万个赞": the time of an answer with the
// poster's standing behind a middle dot.
bool IsTimeWithStanding(const std::u32string& core, const std::string& s) {
  if (core.size() > kMaxHeaderChars || core.empty() || !IsAsciiDigit(core.front())) return false;
  const size_t dot = core.find_first_of(U"·・•");
  if (dot == std::u32string::npos || !IsDateLine(core.substr(0, dot))) return false;
  return ContainsAny(s, {"获得", "獲得"}) && ContainsAny(s, {"赞", "讚", "粉丝", "粉絲"});
}

// "5小时10分钟前", "3天前", "2小時前": how long ago, in one unit or two
// (without spaces).
bool IsCompoundTimeAgo(const std::u32string& t) {
  if (IsTimeAgo(t)) return true;
  // "5小时10分钟前": the larger unit, then a time ago in the smaller.
  size_t digits = 0;
  while (digits < t.size() && IsAsciiDigit(t[digits])) ++digits;
  if (digits == 0 || digits > 3) return false;
  const std::u32string_view rest = std::u32string_view(t).substr(digits);
  for (std::u32string_view unit : {U"小时", U"小時", U"天", U"分钟", U"分鐘", U"个月", U"個月", U"年"}) {
    if (rest.starts_with(unit) && rest.size() > unit.size() && IsAsciiDigit(rest[unit.size()])) {
      return IsTimeAgo(std::u32string(rest.substr(unit.size())));
    }
  }
  return false;
}

// "5 小时 10 分钟前 via iPhone   ♥ 3", "3 小時前", "2 天前 via Android": a
// reply's time, how long ago, with at most the device it was sent from
// ("via …") and its count of thanks (♥ 3).
bool IsTimeAgoHeader(const std::u32string& core) {
  constexpr size_t kMaxDevice = 16;
  if (core.size() > kMaxHeaderChars) return false;
  std::u32string s = WithoutSpaces(core);
  // The count of thanks last: a heart and a number.
  size_t digits = 0;
  while (digits < s.size() && IsAsciiDigit(s[s.size() - 1 - digits])) ++digits;
  if (digits > 0 && digits < s.size() &&
      std::u32string_view(U"♥❤♡").find(s[s.size() - 1 - digits]) != std::u32string_view::npos) {
    s.resize(s.size() - digits - 1);
  }
  // The device: "via" and a Latin name.
  const size_t via = s.rfind(U"via");
  if (via != std::u32string::npos && via > 0 && s.size() - via - 3 >= 2 && s.size() - via - 3 <= kMaxDevice &&
      std::all_of(s.begin() + static_cast<std::ptrdiff_t>(via) + 3, s.end(),
                  [](char32_t c) { return c < 0x80 && c != '.' && c != ','; })) {
    s.resize(via);
  }
  return IsCompoundTimeAgo(s);
}

// "第2条附言", "第 1 則補充": the number of what the poster added to a post.
bool IsAddendumNumber(const std::u32string& part) {
  if (!part.starts_with(U"第")) return false;
  size_t i = 1, digits = 0;
  while (i + digits < part.size() && IsAsciiDigit(part[i + digits])) ++digits;
  if (digits == 0) return false;
  const std::u32string_view rest = std::u32string_view(part).substr(1 + digits);
  for (std::u32string_view unit : {U"条", U"條", U"則", U"则"}) {
    if (!rest.starts_with(unit)) continue;
    const std::u32string_view what = rest.substr(unit.size());
    return what == U"附言" || what == U"附言" || what == U"补充" || what == U"補充";
  }
  return false;
}

// "zhouyuqi · 5 小时 18 分钟前 · 1362 次点击", "第 2 条附言 · 3 小時前": a
// post's parts behind dots: how long ago, with the poster's name, a count
// or the addendum's number, each short and no sentence. A byline's role
// words (记者, 来源, 作者 …) make it none.
bool IsDottedPostHeader(const std::u32string& core, const std::string& s) {
  constexpr size_t kMaxPart = 16;
  if (core.size() > kMaxHeaderChars) return false;
  if (ContainsAny(s, {"记者", "記者", "来源", "來源", "编辑", "編輯", "作者", "通讯员", "通訊員"})) return false;
  std::vector<std::u32string> parts(1);
  for (char32_t c : core) {
    if (c == U'·' || c == U'・' || c == U'•') {
      parts.emplace_back();
    } else if (!utf8::IsSpace(c)) {
      parts.back() += c;
    }
  }
  for (auto& part : parts) {
    // A count's thousands separator ("2,031") is no sentence's comma.
    for (size_t i = 1; i + 1 < part.size(); ++i) {
      if (part[i] == ',' && IsAsciiDigit(part[i - 1]) && IsAsciiDigit(part[i + 1])) part.erase(i, 1);
    }
    if (HasSentencePunct(part)) return false;
  }
  bool ago = false, addendum = false;
  for (const auto& part : parts) {
    if (part.empty() || part.size() > kMaxPart) return false;
    ago = ago || IsCompoundTimeAgo(part);
    addendum = addendum || IsAddendumNumber(part);
  }
  // "name · 3小時前" alone is also a comment's header under an article;
  // a post's has a third part, or numbers an addendum.
  return ago && (parts.size() >= 3 || (parts.size() == 2 && addendum));
}

// After a floor's number, "B2 苦瓜排骨湯 (bittermelon88) LV.11 冒險者
// 2026-12-05 21:40:55", "樓主 name Lv.3 2026-11-30 21:52 編輯": another
// floor mark at most, then the poster's card (a name, an id, a level and
// rank: one to five short tokens, no sentence) and the date and time of
// the post, last or before an edit note.
bool IsFloorWithPosterCard(const std::vector<std::u32string>& tokens) {
  constexpr size_t kMaxCardTokens = 5, kMaxCardChars = 40;
  size_t first = 0;
  if (!tokens.empty()) {
    const std::u32string& t = tokens[0];
    const bool b_floor = t.size() >= 2 && (t[0] == U'B' || t[0] == U'b') &&
                         std::all_of(t.begin() + 1, t.end(), [](char32_t c) { return IsAsciiDigit(c); });
    if (b_floor || FloorLength(t) == t.size()) first = 1;
  }
  size_t end = tokens.size();
  if (end > first && IsEditNote(EncodeUtf8(tokens[end - 1]))) --end;
  if (end > first && (tokens[end - 1] == U"編輯" || tokens[end - 1] == U"编辑")) --end;
  if (end < first + 3 || !IsClockTime(tokens[end - 1]) || !IsDateLine(tokens[end - 2])) return false;
  const size_t card = end - 2 - first;
  size_t chars = 0;
  for (size_t i = first; i < end - 2; ++i) {
    if (tokens[i].find_first_of(U"。！？；，、!?;,") != std::u32string::npos) return false;  // "LV.11" has a dot
    chars += tokens[i].size();
  }
  return card >= 1 && card <= kMaxCardTokens && chars <= kMaxCardChars;
}

}  // namespace

// A post's header: who posted when, from where, on which floor.
bool IsForumPostHeader(const std::u32string& core) {
  constexpr size_t kMaxCardHeader = 80;  // a floor with the poster's card runs long
  if (core.empty() || core.size() > kMaxCardHeader) return false;
  if (const size_t floor = FloorLength(core); floor > 0 && IsFloorWithPosterCard(Tokens(core.substr(floor)))) {
    return true;
  }
  if (core.size() > kMaxFurnitureChars) return false;
  const std::string s = EncodeUtf8(WithoutSpaces(core));
  if (ContainsAny(s, {"发表于", "發表於", "发表时间", "發表時間", "发帖时间", "發帖時間", "只看该作者", "只看該作者",
                      "只看楼主", "只看樓主", "倒序浏览", "倒序瀏覽"})) {
    return true;
  }
  if (IsEditNote(s)) return true;
  // A Q&A site's answer header: "编辑于 2024-03-02 23:18・IP 属地北京",
  // "发布于 昨天 10:05", "8,631 人赞同了该回答", "IP 屬地：台灣".
  if (StartsWithAny(s, {"编辑于", "編輯於", "发布于", "發佈於", "發布於", "回答于", "回答於", "更新于", "更新於"}) &&
      (IsDateLine(core) ||
       ContainsAny(s, {"IP属地", "IP屬地", "昨天", "前天", "小时前", "小時前", "分钟前", "分鐘前"}))) {
    return true;
  }
  if (ContainsAny(s, {"IP属地", "IP屬地"}) && DecodeUtf32(s).size() <= kMaxHeaderChars) return true;
  // "股友f3Kx8m 2026-12-04 10:31:02 来自 广东", "來自 台北": a post's or a
  // reply's poster and time with the region it was sent from, or the
  // region alone on the header's wrapped line.
  if (EndsWithRegion(s) && (StartsWithAny(s, {"来自", "來自"}) || IsDateLine(core))) return true;
  std::u32string words;  // without the count's digits and separators
  for (char32_t c : core) {
    if (!IsAsciiDigit(c) && c != ',' && c != '.' && !utf8::IsSpace(c)) words += c;
  }
  if (ContainsAny(s, {"人赞同了该回答", "人贊同了該回答", "人赞同了该文章", "人贊同了該文章", "人觉得有用",
                      "人覺得有用", "人赞同", "人贊同"}) &&
      !HasSentencePunct(words) && core.size() <= 24) {
    return true;
  }
  // "来自Android客户端", "zhangxiaoyu 2026-11-20 · 来自手机知道", "发自「某应用
  // 于 iPhone 15」": the device (or the app) the post was sent from.
  constexpr size_t kMaxDeviceLine = 30;
  if ((StartsWithAny(s, {"来自", "來自"}) || (StartsWithAny(s, {"发自", "發自"}) && core.size() <= kMaxDeviceLine) ||
       (IsDateLine(core) && ContainsAny(s, {"·来自", "·來自", "・来自", "・來自"}))) &&
      ContainsAny(s, {"客户端", "客戶端", "手机", "手機", "App", "APP", "iPhone", "Android"})) {
    return true;
  }
  if (IsPosterTimePlace(core, s) || IsTimeWithStanding(core, s)) return true;
  if (IsTimeAgoHeader(core) || IsDottedPostHeader(core, s)) return true;
  const size_t floor = FloorLength(core);
  if (floor == 0) return false;
  std::u32string rest = core.substr(floor);
  while (!rest.empty() && utf8::IsSpace(rest.front())) rest.erase(0, 1);
  while (!rest.empty() && utf8::IsSpace(rest.back())) rest.pop_back();
  for (std::u32string_view note : {U"（已編輯）", U"（已编辑）", U"(已編輯)", U"(已编辑)"}) {
    if (rest.ends_with(note)) rest.resize(rest.size() - note.size());
  }
  while (!rest.empty() && utf8::IsSpace(rest.back())) rest.pop_back();
  // "#4  樓主": a floor number with the floor's name.
  if (rest.empty() || IsDateLine(rest) || (rest.size() <= 3 && FloorLength(rest) == rest.size())) return true;
  // "#2 深水埗毒男 3小時前": the poster's name and how long ago they posted.
  const std::vector<std::u32string> tokens = Tokens(rest);
  if (IsFloorWithPosterCard(tokens)) return true;
  return tokens.size() == 2 && tokens[0].size() <= kMaxNameChars && !HasSentencePunct(tokens[0]) &&
         IsTimeAgo(tokens[1]);
}

bool IsReplyGroupHeading(const std::u32string& core) {
  constexpr size_t kMaxHeading = 10;
  if (core.size() < 4 || core.size() > kMaxHeading || HasSentencePunct(core)) return false;
  for (char32_t c : core) {
    if (!utf8::IsHan(c)) return false;
  }
  const std::string s = EncodeUtf8(core);
  return ContainsAny(s, {"回帖", "回复", "回覆", "跟帖", "回應", "回应"}) &&
         ContainsAny(s, {"全部", "所有", "最新", "最热", "最熱", "热门", "熱門", "精彩", "精华", "精華", "亮了", "高赞",
                         "高讚", "神回"});
}

bool IsLabelledPosterLine(const std::u32string& core) {
  constexpr size_t kMaxName = 16, kMaxTime = 25;
  if (core.size() > kMaxHeaderChars) return false;
  auto after_label = [&](std::initializer_list<std::u32string_view> labels, size_t from) -> size_t {
    for (std::u32string_view label : labels) {
      if (core.compare(from, label.size(), label) != 0) continue;
      const size_t colon = from + label.size();
      if (colon < core.size() && (core[colon] == U'：' || core[colon] == ':')) return colon + 1;
    }
    return std::u32string::npos;
  };
  const size_t name = after_label({U"作者", U"楼主", U"樓主", U"发帖人", U"發帖人", U"发文者", U"發文者", U"回帖人",
                                   U"网友", U"網友", U"用户", U"用戶"},
                                  0);
  if (name == std::u32string::npos) return false;
  for (size_t at = name + 1; at < core.size(); ++at) {
    if (!utf8::IsSpace(core[at - 1])) continue;
    const size_t time = after_label(
        {U"时间", U"時間", U"发表时间", U"發表時間", U"回复时间", U"回覆時間", U"发帖时间", U"發帖時間"}, at);
    if (time == std::u32string::npos) continue;
    std::u32string poster = core.substr(name, at - name);
    while (!poster.empty() && utf8::IsSpace(poster.back())) poster.pop_back();
    while (!poster.empty() && utf8::IsSpace(poster.front())) poster.erase(0, 1);
    std::u32string when = core.substr(time);
    while (!when.empty() && utf8::IsSpace(when.front())) when.erase(0, 1);
    const std::vector<std::u32string> parts = Tokens(when);
    const bool clock = std::any_of(parts.begin(), parts.end(), IsClockTime);
    return !poster.empty() && poster.size() <= kMaxName && !HasSentencePunct(poster) && when.size() <= kMaxTime &&
           !when.empty() && IsAsciiDigit(when.front()) && IsDateLine(when) && clock;
  }
  return false;
}

}  // namespace wenyuan::clean
