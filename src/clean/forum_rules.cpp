#include "clean/forum_rules.h"

#include <algorithm>
#include <map>
#include <string>

#include "clean/comment_threads.h"
#include "clean/dates_and_bylines.h"
#include "clean/forum_quotes.h"
#include "clean/forum_user_cards.h"
#include "clean/inline_furniture.h"
#include "clean/page_line.h"
#include "clean/thread_rows.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxFurnitureChars = 60;
constexpr size_t kMaxNameChars = 16;  // "某互联网大厂 技术总监"
constexpr size_t kMaxNameLines = 2;
constexpr size_t kMaxSignatureChars = 40;
constexpr size_t kMinWrappedChars = 30;  // a full line of Han text wrapped at ~80 columns
constexpr size_t kMinPostHeaders = 2;

// `s` made only of `words` (in any order, each any number of times), once
// digits, brackets, separators and white space are taken out; at least
// `min_words` of them.
bool MadeOfWords(const std::u32string& core, std::initializer_list<std::u32string_view> words, size_t min_words) {
  std::u32string s;
  for (char32_t c : core) {
    if (utf8::IsSpace(c) || IsAsciiDigit(c) || c == U'\u200b' || c == U'\u3000' ||
        std::u32string_view(U"()（）[]【】|｜:：,，.·•/›»<>-").find(c) != std::u32string_view::npos) {
      continue;
    }
    s += c;
  }
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    size_t longest = 0;  // "赞同" before "赞"
    for (std::u32string_view w : words) {
      if (w.size() > longest && s.compare(i, w.size(), w) == 0) longest = w.size();
    }
    if (longest == 0) return false;
    i += longest;
    ++n;
  }
  return n >= min_words;
}

// "WHERE status = 2", "ORDER BY created_at DESC": a line of a code sample
// (no Han, an operator or an identifier's underscore), which the samples of
// one post repeat; no signature.
bool IsCodeLine(const std::u32string& core) {
  if (CountHan(core) > 0) return false;
  return core.find_first_of(U"=(){};_<>") != std::u32string::npos;
}

// The author's card: rank, level, join date, profile counters.
bool IsAuthorCard(const std::u32string& core) {
  if (core.empty() || core.size() > 30) return false;
  const std::string s = EncodeUtf8(WithoutSpaces(core));
  for (size_t i = 0; i + 2 < core.size() && i <= 20; ++i) {
    if ((core[i] == 'L' || core[i] == 'l') && (core[i + 1] == 'v' || core[i + 1] == 'V')) {
      size_t j = i + 2;
      if (j < core.size() && core[j] == '.') ++j;
      if (j < core.size() && IsAsciiDigit(core[j])) return true;  // "Lv.3", "Lv12"
    }
  }
  if (core.size() <= 10 && (s.ends_with("会员") || s.ends_with("會員") || s.ends_with("版主") ||
                            s.ends_with("管理员") || s.ends_with("管理員") || s.ends_with("站长") ||
                            s.ends_with("站長") || s.ends_with("行家") || s.ends_with("达人") || s.ends_with("達人"))) {
    return true;
  }
  return MadeOfWords(
      core, {U"积分", U"積分", U"帖子",   U"主题",     U"主題",     U"精华",     U"精華",     U"金钱",     U"金錢",
             U"威望", U"贡献", U"貢獻",   U"在线时间", U"在線時間", U"注册时间", U"註冊時間", U"最后登录", U"最後登入",
             U"小时", U"小時", U"加入",   U"注册",     U"註冊",     U"文章数",   U"文章數",   U"文章",     U"发文",
             U"發文", U"回答", U"粉丝",   U"粉絲",     U"获赞",     U"獲讚",     U"关注",     U"關注",     U"追蹤",
             U"追踪", U"经验", U"經驗",   U"等级",     U"等級",     U"时间",     U"時間",     U"天",       U"回文",
             U"发帖", U"發帖", U"采纳数", U"採納數",   U"采纳率",   U"採納率",   U"获赞数",   U"獲讚數"},
      1);
}

bool IsNumberOnly(const std::u32string& core) {
  return !core.empty() && core.size() <= 10 &&
         std::all_of(core.begin(), core.end(), [](char32_t c) { return IsAsciiDigit(c) || c == ',' || c == '.'; });
}

// "回复 支持 反对 举报", "回覆 引言 按讚 (12) 檢舉".
bool IsActionRow(const std::u32string& core) {
  return core.size() <= kMaxFurnitureChars &&
         MadeOfWords(core,
                     {U"回复",   U"回覆",     U"引用",     U"引言",   U"举报",   U"舉報",     U"檢舉",     U"检举",
                      U"支持",   U"反对",     U"反對",     U"按讚",   U"点赞",   U"點讚",     U"讚",       U"赞",
                      U"评分",   U"評分",     U"收藏",     U"分享",   U"编辑",   U"編輯",     U"删除",     U"刪除",
                      U"赞同",   U"贊同",     U"条评论",   U"條評論", U"评论",   U"評論",     U"喜欢",     U"喜歡",
                      U"收起",   U"关注问题", U"關注問題", U"写回答", U"寫回答", U"邀请回答", U"邀請回答", U"好问题",
                      U"好問題", U"添加评论", U"新增評論", U"感谢",   U"感謝",   U"条",       U"條",       U"已赞过",
                      U"已讚過", U"已踩过",   U"已踩過"},
                     2);
}

// "瀏覽 12,408　回覆 36　收藏 58", "查看: 3826 | 回复: 27": the thread's counters.
bool IsCounterRow(const std::u32string& core) {
  size_t numbers = 0;
  for (size_t i = 0; i < core.size(); ++i) numbers += IsAsciiDigit(core[i]) && (i == 0 || !IsAsciiDigit(core[i - 1]));
  return numbers >= 2 && core.size() <= kMaxFurnitureChars &&
         MadeOfWords(core,
                     {U"瀏覽", U"浏览", U"查看", U"回覆", U"回复", U"收藏", U"點閱", U"点击", U"點擊", U"人氣", U"人气",
                      U"閱讀", U"阅读", U"讚",   U"赞",   U"追蹤", U"追踪", U"关注", U"關注", U"次",   U"人"},
                     2);
}

// "1 2 3 下一页", "返回列表 发新帖", "回复贴：18 1 2 下一页 尾页": the
// thread's pager, its buttons and its reply count.
bool IsPager(const std::u32string& core) {
  if (core.size() > kMaxFurnitureChars) return false;
  if (MadeOfWords(core, {U"返回列表", U"发新帖", U"發新帖", U"回复", U"回覆", U"发表回复", U"發表回覆"}, 1))
    return true;
  return MadeOfWords(core, {U"下一页", U"下一頁", U"上一页",   U"上一頁",   U"尾页",   U"尾頁",   U"首页",
                            U"首頁",   U"末页",   U"末頁",     U"返回列表", U"发新帖", U"發新帖", U"共",
                            U"页",     U"頁",     U"回复贴",   U"回覆帖",   U"回帖",   U"回复",   U"回覆",
                            U"最末页", U"最末頁", U"最后一页", U"最後一頁", U"第一页", U"第一頁", U"跳至",
                            U"跳到",   U"后页",   U"後頁",     U"前页",     U"前頁"},
                     1) &&
         std::any_of(core.begin(), core.end(), IsAsciiDigit);
}

// "您需要登录后才可以回帖": a prompt in place of the reply box.
bool IsReplyPrompt(const std::u32string& core) {
  const std::string s = EncodeUtf8(WithoutSpaces(core));
  // "我也说一句": the box that opens under a post's nested replies.
  if (EqualsAny(s, {"我也说一句", "我也說一句", "我来说两句", "我來說兩句", "我要回复", "我要回覆", "你的回应",
                    "你的回應", "我的回应", "我的回應", "你对这个回答的评价是？", "你對這個回答的評價是？"})) {
    return true;
  }
  if (core.size() <= kMaxFurnitureChars && ContainsAny(s, {"请先登录", "請先登入", "請先登錄", "请先登入"}) &&
      ContainsAny(s, {"回应", "回應", "回复", "回覆", "评论", "評論", "留言", "发言", "發言"})) {
    return true;
  }
  return core.size() <= kMaxFurnitureChars && ContainsAny(s, {"登录后", "登錄後", "登入後", "登入后"}) &&
         ContainsAny(s, {"回帖", "回复", "回覆", "发表", "發表", "留言"});
}

bool EndsSentence(const std::u32string& core) {
  if (core.empty()) return false;
  const char32_t c = core.back();
  return c == U'。' || c == U'！' || c == U'？' || c == '!' || c == '?' || c == U'…' || c == U'」' || c == U'”';
}

// "麦穗儿2021：回复 北方老面 :谢谢吧主…": a reply nested under a post (楼中楼),
// its poster's name, the reply verb and the name replied to before a colon.
bool IsNestedReply(const std::u32string& core) {
  constexpr size_t kMaxName = 16, kVerb = 2;
  size_t at = std::u32string::npos;
  for (std::u32string_view verb : {U"回复", U"回覆"}) at = std::min(at, core.find(verb));
  if (at == std::u32string::npos || at == 0 || at > kMaxName + 2) return false;
  size_t k = at;
  while (k > 0 && utf8::IsSpace(core[k - 1])) --k;
  if (k < 2 || (core[k - 1] != U'：' && core[k - 1] != ':')) return false;
  const size_t colon = core.find_first_of(U"：:", at + kVerb);
  if (colon == std::u32string::npos || colon == at + kVerb || colon - at - kVerb > kMaxName + 2) return false;
  return !HasSentencePunct(core.substr(at + kVerb, colon - at - kVerb));
}

// "… B3 12-05 22:10", "… #4 2026-12-05 22:10": a floor's comment ends in the
// floor it is under and its short date and time (no reply button).
bool EndsWithFloorAndTime(std::u32string_view c) {
  const auto last_token = [&]() {
    while (!c.empty() && utf8::IsSpace(c.back())) c.remove_suffix(1);
    size_t k = c.size();
    while (k > 0 && !utf8::IsSpace(c[k - 1])) --k;
    std::u32string t(c.substr(k));
    c.remove_suffix(c.size() - k);
    return t;
  };
  const auto only = [](const std::u32string& t, std::u32string_view allowed, size_t min) {
    return t.size() >= min && t.find_first_not_of(allowed) == std::u32string::npos;
  };
  const std::u32string time = last_token(), date = last_token(), floor = last_token();
  const bool clock = only(time, U"0123456789:", 4) && time.find(U':') != std::u32string::npos;
  const bool day = only(date, U"0123456789-/", 3) && date.find_first_of(U"-/") != std::u32string::npos;
  const bool floored =
      floor.size() >= 2 && (floor[0] == U'B' || floor[0] == U'#') && only(floor.substr(1), U"0123456789", 1);
  return clock && day && floored;
}

// "风吹麦浪: 一轮就是教材… 2024-4-2 21:35 回复": a nested reply printed
// with its poster's name before a colon and its time and reply button after.
bool IsTimedNestedReply(const std::u32string& core) {
  constexpr size_t kMaxName = 16, kMaxTail = 24;
  std::u32string_view c = core;
  bool button = false;
  for (std::u32string_view verb : {U"回复", U"回覆"}) {
    if (c.ends_with(verb)) {
      c.remove_suffix(verb.size());
      button = true;
      break;
    }
  }
  const bool floor_comment = !button && EndsWithFloorAndTime(c);
  if (!button && !floor_comment) return false;
  while (!c.empty() && utf8::IsSpace(c.back())) c.remove_suffix(1);
  const size_t colon = c.find_first_of(U"：:");
  if (colon == std::u32string_view::npos || colon == 0 || colon > kMaxName) return false;
  if (HasSentencePunct(std::u32string(c.substr(0, colon)))) return false;
  if (floor_comment) return true;
  // The time at the end: the line's last words carry a date.
  const size_t from = c.size() > kMaxTail ? c.size() - kMaxTail : 0;
  std::u32string tail(c.substr(from));
  const size_t digit = tail.find_first_of(U"0123456789");
  return digit != std::u32string::npos && IsDateLine(tail.substr(digit));
}

// "贴吧会员 开通超级会员 贴子无广告 免费领取 >": a membership advert between posts.
bool IsMembershipAdvert(const std::u32string& core) {
  const std::string s = EncodeUtf8(WithoutSpaces(core));
  return core.size() <= kMaxSignatureChars && !EndsSentence(core) && ContainsAny(s, {"开通", "開通", "升级", "升級"}) &&
         ContainsAny(s, {"会员", "會員", "VIP"});
}

// "[头像] 追光的小王同学": a poster's name beside their avatar's placeholder.
bool IsAvatarName(const PageLine& l) {
  std::u32string_view c = l.core;
  for (std::u32string_view mark : {U"[头像]", U"[頭像]", U"[avatar]", U"[Avatar]", U"(头像)", U"(頭像)"}) {
    if (c.starts_with(mark)) {
      c.remove_prefix(mark.size());
      break;
    }
  }
  while (!c.empty() && utf8::IsSpace(c.front())) c.remove_prefix(1);
  return !c.empty() && c.size() <= kMaxNameChars && !HasSentencePunct(std::u32string(c)) &&
         ContainsAny(l.raw, {"头像", "頭像", "avatar", "Avatar"});
}

// "还有2条回复，点击查看", "查看更多回覆": the link that opens a post's nested replies.
// "3个回答", "共 12 則回答", "最佳答案", "其他回答": a Q&A page's answer
// count and the labels over its answers.
bool IsAnswerLabel(const std::u32string& core) {
  const std::string s = EncodeUtf8(WithoutSpaces(core));
  if (EqualsAny(s, {"最佳答案", "其他回答", "其他答案", "推荐答案", "推薦答案", "采纳答案", "採納答案", "精选回答",
                    "精選回答", "更多回答"})) {
    return true;
  }
  return core.size() <= 16 && std::any_of(core.begin(), core.end(), IsAsciiDigit) &&
         MadeOfWords(core, {U"个回答", U"個回答", U"条回答", U"條回答", U"則回答", U"则回答", U"共"}, 1);
}

// "> 回到 某某小组", "« 返回討論區": a link back to the board.
bool IsBackLink(const std::u32string& core) {
  constexpr size_t kMaxBackLink = 24;
  std::u32string c = WithoutSpaces(core);
  while (!c.empty() && std::u32string_view(U"<>‹›«»＜＞").find(c.front()) != std::u32string_view::npos) c.erase(0, 1);
  return c.size() <= kMaxBackLink && (c.starts_with(U"回到") || c.starts_with(U"返回")) && !HasSentenceEnd(c) &&
         c.find(U'，') == std::u32string::npos;
}

// "某帖的标题   (来自: 某人)": an item of a list of the board's other threads.
bool IsOtherThreadItem(const std::u32string& core) {
  const std::u32string c = WithoutSpaces(core);
  if (c.size() > kMaxFurnitureChars || (!c.ends_with(U")") && !c.ends_with(U"）"))) return false;
  for (std::u32string_view from : {U"(来自:", U"(來自:", U"（来自：", U"（來自：", U"(来自：", U"(來自："}) {
    const size_t at = c.rfind(from);
    if (at != std::u32string::npos && at > 0 && c.size() - at - from.size() - 1 <= kMaxNameChars) return true;
  }
  return false;
}

// "#热议# 冬季怎么通风？": a topic the site promotes over the answers.
bool IsPromotedTopic(const std::u32string& core) {
  constexpr size_t kMaxTag = 6, kMaxTopic = 30;
  if (core.size() > kMaxTopic || !core.starts_with(U"#")) return false;
  const size_t close = core.find(U'#', 1);
  return close != std::u32string::npos && close > 1 && close - 1 <= kMaxTag && close + 1 < core.size();
}

bool IsMoreRepliesLink(const std::u32string& core) {
  const std::string s = EncodeUtf8(WithoutSpaces(core));
  return core.size() <= kMaxFurnitureChars &&
         ContainsAny(s, {"点击查看", "點擊查看", "查看更多", "展开", "展開", "查看全部"}) &&
         ContainsAny(s, {"回复", "回覆", "评论", "評論", "楼中楼", "樓中樓", "回答"});
}

// "器材党 | 二手器材请私信", "水電、抓漏、防水　大台北地區", "—— 愿每次出发都有好天气 ——",
// "查看详情 >": the bars, colons, list marks, wide gaps, decorations and a
// link's arrow that set a signature's items or a button apart.
bool HasSignatureMarks(const std::u32string& core) {
  if (core.find(U"  ") != std::u32string::npos) return true;
  return core.find_first_of(U"|｜:：、\u3000—~～·•★☆♥❤/<>＜＞›»▶►▸→") != std::u32string::npos;
}

bool IsHeaderOrCard(const PageLine& l) {
  return IsForumPostHeader(l.core) || IsAuthorCard(l.core) || IsForumLevelLine(l.core);
}

// "月份  营业额  原料成本  房租水电  人工" over "1-2月  6.8万  2.6万 …": a
// spaced table's header row, which a row of tags looks like, over a row
// of as many cells.
bool HeadsTable(const std::vector<PageLine>& lines, size_t i) {
  constexpr size_t kMinCells = 3;
  const size_t cells = SpacedCells(lines[i].core);
  return cells >= kMinCells && i + 1 < lines.size() && !lines[i + 1].blank() && SpacedCells(lines[i + 1].core) == cells;
}

}  // namespace

// "1,284 人赞同了该文章", "326 人贊同了該文章": the approval count of a column
// article, the page's one article (an answer's says 该回答).
bool IsArticleApproval(const std::u32string& core) {
  return core.find(U"了该文章") != std::u32string::npos || core.find(U"了該文章") != std::u32string::npos;
}

void MarkForumFurniture(std::vector<PageLine>& lines) {
  size_t headers = 0, labelled_headers = 0;
  for (const auto& l : lines) {
    // Floors a comment rule took (clean/comment_floors.h) make no thread;
    // nor does an article's own approval count.
    headers += !l.blank() && l.reason != kReadersComment && IsForumPostHeader(l.core) && !IsArticleApproval(l.core);
    labelled_headers += !l.blank() && IsLabelledPosterLine(l.core);
  }
  // The article's approval count is a counter all the same.
  for (auto& l : lines) {
    if (!l.blank() && l.reason.empty() && l.core.size() <= kMaxNameChars + 8 && IsArticleApproval(l.core) &&
        IsForumPostHeader(l.core)) {
      l.reason = kForumFurniture;
    }
  }
  // "作者：… 时间：…" once is an article's byline; over each post, a header.
  if (labelled_headers >= kMinPostHeaders) headers += labelled_headers;
  if (headers < kMinPostHeaders) return;

  std::vector<bool> furniture(lines.size(), false);
  for (size_t i = 0; i < lines.size(); ++i) {
    const PageLine& l = lines[i];
    if (l.blank()) continue;
    furniture[i] = IsHeaderOrCard(l) || IsVoteCounterRow(l.raw) || IsActionRow(l.core) || IsCounterRow(l.core) ||
                   IsPager(l.core) || IsReplyPrompt(l.core) || IsNestedReply(l.core) || IsMoreRepliesLink(l.core) ||
                   (i > 0 && IsCutQuote(l.core) && furniture[i - 1] && IsForumPostHeader(lines[i - 1].core)) ||
                   IsQuoteEnd(l.core) || IsReplyReference(l.core) || (IsTagRow(l.core) && !HeadsTable(lines, i)) ||
                   IsTimedNestedReply(l.core) || IsMembershipAdvert(l.core) || IsAvatarName(l) ||
                   IsFoldedFloorNotice(l.core) || IsAnswerLabel(l.core) || IsReplyCount(l.core) || IsBackLink(l.core) ||
                   IsOtherThreadItem(l.core) || IsPromotedTopic(l.core) || IsReplyGroupHeading(l.core) ||
                   IsQuotationLine(l.core) || IsMailQuoteLine(l.core) || IsQuoteAttribution(l.core) ||
                   (labelled_headers >= kMinPostHeaders && IsLabelledPosterLine(l.core));
  }
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].blank() || lines[i + 1].blank()) continue;
    // A board's name over its counters; a level badge under a poster's name.
    if (IsBoardName(lines[i].core) && IsBoardCounters(lines[i + 1].core)) furniture[i] = furniture[i + 1] = true;
    if (furniture[i] && IsAvatarName(lines[i]) && IsLevelBadge(lines[i + 1].core)) furniture[i + 1] = true;
    // "最新讨论 ( 更多 )" over the board's other threads.
    if (IsOtherThreadItem(lines[i + 1].core) && lines[i].core.size() <= kMaxNameChars &&
        !HasSentenceEnd(lines[i].core)) {
      furniture[i] = true;
    }
  }
  // A quoted excerpt: its opening line and the lines under it, up to a
  // blank line.
  for (size_t i = 0; i < lines.size(); ++i) {
    constexpr size_t kMaxQuoteLines = 6;
    if (lines[i].blank() || !IsQuoteHeader(lines[i].core)) continue;
    size_t end = i;
    while (end < lines.size() && end - i <= kMaxQuoteLines && !lines[end].blank()) ++end;
    if (end - i > kMaxQuoteLines) continue;
    for (size_t k = i; k < end; ++k) furniture[k] = true;
    i = end;
  }
  // Under a quotation's attribution ("3楼: Originally posted by … at …"),
  // the quoted lines: those the page printed above already, word for word.
  for (size_t i = 0; i < lines.size(); ++i) {
    constexpr size_t kMaxQuoteLines = 6;
    if (lines[i].blank() || !IsQuoteAttribution(lines[i].core)) continue;
    for (size_t k = i + 1; k < lines.size() && k - i <= kMaxQuoteLines && !lines[k].blank(); ++k) {
      const auto same = [&](const PageLine& earlier) { return !earlier.blank() && earlier.core == lines[k].core; };
      if (std::none_of(lines.begin(), lines.begin() + static_cast<long>(i), same)) break;
      furniture[k] = true;
    }
  }
  // The quoted post under a quotation's header ("引用 #1 某人：", "某人 wrote:"):
  // the lines right under it set deeper than it, as a blockquote is.
  auto indent = [](std::string_view raw) {
    const size_t at = raw.find_first_not_of(' ');
    return at == std::string_view::npos ? raw.size() : at;
  };
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].blank() || !furniture[i] || !(IsQuotationLine(lines[i].core) || IsQuoteHeader(lines[i].core))) {
      continue;
    }
    const size_t depth = indent(lines[i].raw);
    for (size_t k = i + 1; k < lines.size() && !lines[k].blank() && indent(lines[k].raw) > depth; ++k) {
      furniture[k] = true;
    }
  }
  // A signature under the mail-style separator ("--" on a line of its
  // own): the separator and the short lines under it, up to a blank line.
  for (size_t i = 0; i < lines.size(); ++i) {
    constexpr size_t kMaxSignatureLines = 4;
    if (utf8::Trim(lines[i].raw) != "--") continue;
    size_t end = i + 1;
    while (end < lines.size() && end - i <= kMaxSignatureLines && !lines[end].blank() &&
           lines[end].core.size() <= kMaxSignatureChars) {
      ++end;
    }
    if (end - i > kMaxSignatureLines || (end < lines.size() && !lines[end].blank())) continue;
    for (size_t k = i; k < end; ++k) furniture[k] = true;
    i = end;
  }
  auto next_non_blank = [&](size_t i) {
    for (++i; i < lines.size() && lines[i].blank(); ++i) {
    }
    return i;
  };
  auto prev_non_blank = [&](size_t i) {
    while (i > 0) {
      --i;
      if (!lines[i].blank()) return i;
    }
    return lines.size();
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank() || furniture[i]) continue;
    // A counter's number on the line below its name (积分 / 1268).
    const size_t prev = prev_non_blank(i);
    if (IsNumberOnly(lines[i].core) && prev < lines.size() && IsAuthorCard(lines[prev].core)) furniture[i] = true;
    // A floor's number on a line of its own under the post's header
    // ("5 小时前 via iPhone" / "1").
    constexpr size_t kMaxFloorDigits = 4;
    if (lines[i].core.size() <= kMaxFloorDigits &&
        std::all_of(lines[i].core.begin(), lines[i].core.end(), [](char32_t c) { return IsAsciiDigit(c); }) &&
        prev < lines.size() && IsForumPostHeader(lines[prev].core)) {
      furniture[i] = true;
    }
  }
  // The poster's name and rank: up to two short lines right above the
  // card or the header.
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank() || !IsHeaderOrCard(lines[i])) continue;
    for (size_t k = 0, j = prev_non_blank(i); k < kMaxNameLines && j < lines.size(); ++k, j = prev_non_blank(j)) {
      const auto& c = lines[j].core;
      if (furniture[j] || c.size() > kMaxNameChars || HasSentencePunct(c)) break;
      furniture[j] = true;
    }
  }
  // A post's date on a line of its own beside its header or card.
  for (size_t i = 0; i < lines.size(); ++i) {
    constexpr size_t kMaxDateChars = 25;
    if (lines[i].blank() || furniture[i] || lines[i].core.size() > kMaxDateChars || !IsDateLine(lines[i].core)) {
      continue;
    }
    const size_t prev = prev_non_blank(i), next = next_non_blank(i);
    if ((prev < lines.size() && IsHeaderOrCard(lines[prev])) || (next < lines.size() && IsHeaderOrCard(lines[next]))) {
      furniture[i] = true;
    }
    // "匿名用户" over "2026-11-20 22:41": a poster's name over the post's
    // time to the minute is a header of two lines.
    if (!furniture[i] && lines[i].core.find(U':') != std::u32string::npos && prev < lines.size() && !furniture[prev] &&
        lines[prev].core.size() <= kMaxNameChars && !HasSentencePunct(lines[prev].core) && lines[prev].reason.empty() &&
        !IsDateLine(lines[prev].core)) {
      furniture[i] = furniture[prev] = true;
    }
  }
  // Signatures: a short line that is no sentence, right below a post's own
  // text and above its action row or the next post's furniture; and what
  // stands between a post's action row and the next post (an advert).
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank() || furniture[i] || !lines[i].reason.empty() || lines[i].table) continue;
    const auto& c = lines[i].core;
    if (c.size() > kMaxSignatureChars || EndsSentence(c)) continue;
    const size_t next = next_non_blank(i), prev = prev_non_blank(i);
    if (next >= lines.size() || !furniture[next] || prev >= lines.size()) continue;
    // The tail of a paragraph hard-wrapped at a full line is no signature;
    // nor is a thread's title (longer than a name) under an advert, its
    // slot, a picture or a menu: a signature stands under a post's text or
    // a rule line ("-----").
    const auto& above = lines[prev];
    if (prev + 1 == i && above.core.size() >= kMinWrappedChars && !EndsSentence(above.core)) continue;
    // A line set right under the post's own text, with no blank line
    // between, where the poster writes without full stops, and written as
    // the post is (no bar, colon, list mark or decoration that sets a
    // signature's items apart) is the post's last line as its poster broke
    // it.
    if (prev + 1 == i && !furniture[prev] && above.reason.empty() && !above.table && CountHan(above.core) > 0 &&
        !above.core.ends_with(U"。") && CountHan(c) > 0 && !HasSignatureMarks(c)) {
      continue;
    }
    const bool dropped_above = above.core.empty() ? above.placeholder : !above.reason.empty();
    if (!furniture[prev] && dropped_above && c.size() > kMaxNameChars) continue;
    // "求大家指点，谢谢🙏" under a post's text: its last words, a clause
    // and its thanks, no signature ("十年修机经验，有问题可以私信" is one).
    const std::string text = EncodeUtf8(c);
    const bool clause = (HasSentenceEnd(c) || c.find(U'，') != std::u32string::npos) &&
                        ContainsAny(text, {"谢谢", "謝謝", "感谢", "感謝", "多谢", "多謝"});
    if ((!furniture[prev] && !clause) || IsActionRow(lines[prev].core)) furniture[i] = true;
  }
  // Any line the page repeats under several posts that is not a sentence.
  std::map<std::u32string, size_t> seen;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].blank() && !furniture[i]) ++seen[lines[i].core];
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    const auto& c = lines[i].core;
    if (!lines[i].blank() && !furniture[i] && seen[c] >= 2 && c.size() <= kMaxSignatureChars && !EndsSentence(c) &&
        !lines[i].table && !IsCodeLine(c)) {
      furniture[i] = true;
    }
  }
  // The first tab of a board's tab menu ("* 看贴" over "* 图片", "* 精品"):
  // a short list item right above an item already taken for furniture.
  for (size_t i = lines.size(); i-- > 0;) {
    const size_t next = next_non_blank(i);
    if (lines[i].blank() || furniture[i] || !lines[i].bullet || next >= lines.size() || !furniture[next] ||
        !lines[next].bullet || lines[i].core.size() > kMaxNameChars || HasSentencePunct(lines[i].core)) {
      continue;
    }
    furniture[i] = true;
  }
  // The reply box's prompt under the last post ends the thread: what the
  // page prints below it (a register box, hot topics, the footer) is no
  // post. Only where no post header follows it.
  size_t prompt = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank()) continue;
    if (IsReplyPrompt(lines[i].core)) prompt = i;
    if (prompt < i && IsForumPostHeader(lines[i].core)) prompt = lines.size();
  }
  for (size_t i = prompt; i < lines.size(); ++i) furniture[i] = !lines[i].blank();
  // What stands between posts (an action row taken for a share widget, an
  // avatar's placeholder, an advert) is the thread's furniture too: it
  // does not part the posts.
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& r = lines[i].reason;
    const bool between_posts = r == "share widget" || r == "image placeholder" || r == kAdvertBlock;
    if (!lines[i].blank() && (r.empty() ? furniture[i] : between_posts)) lines[i].reason = kForumFurniture;
  }
}

void MarkCommentGuidelines(std::vector<PageLine>& lines) {
  constexpr size_t kMaxHeading = 20, kMaxBlock = 40;
  for (size_t i = 0; i < lines.size(); ++i) {
    const PageLine& h = lines[i];
    if (!h.reason.empty() || h.core.empty() || h.core.size() > kMaxHeading || HasSentencePunct(h.core)) continue;
    std::string s;
    for (char32_t c : h.core) utf8::Append(s, c);
    if (!ContainsAny(s, {"守則", "守则", "公約", "公约", "須知", "须知", "規範", "规范"}) ||
        !ContainsAny(s, {"留言", "評論", "评论", "討論", "讨论", "沙龍", "沙龙", "社群", "論壇", "论坛"})) {
      continue;
    }
    size_t end = i + 1;
    while (end < lines.size() && end - i <= kMaxBlock && (lines[end].blank() || lines[end].reason.empty())) ++end;
    if (end - i > kMaxBlock) continue;  // no end in sight: not a block of rules
    for (size_t k = i; k < end; ++k) {
      if (!lines[k].blank()) lines[k].reason = kCommentGuidelines;
    }
    i = end;
  }
}

}  // namespace wenyuan::clean
