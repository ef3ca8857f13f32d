#include "clean/video_pages.h"

#include <algorithm>
#include <string_view>

#include "clean/article_lines.h"
#include "clean/dates_and_bylines.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

// Tokens of `core` parted by white space, "(BUTTON)" and a lone "+" left out.
std::vector<std::u32string> Words(const std::u32string& core) {
  std::vector<std::u32string> out;
  std::u32string cur;
  auto flush = [&] {
    if (!cur.empty() && cur != U"(BUTTON)" && cur != U"+") out.push_back(cur);
    cur.clear();
  };
  for (char32_t c : core) {
    if (utf8::IsSpace(c)) {
      flush();
    } else {
      cur += c;
    }
  }
  flush();
  return out;
}

bool Contains(std::u32string_view s, std::initializer_list<std::u32string_view> words) {
  for (std::u32string_view w : words) {
    if (s.find(w) != std::u32string_view::npos) return true;
  }
  return false;
}

// "8421", "2,318", "21.3万", "1.2萬", "3.4k".
bool IsCount(std::u32string_view t) {
  if (!t.empty() && (t.back() == U'万' || t.back() == U'萬' || t.back() == 'k' || t.back() == 'K' || t.back() == 'w' ||
                     t.back() == 'W' || t.back() == U'亿' || t.back() == U'億')) {
    t.remove_suffix(1);
  }
  if (t.empty() || !IsAsciiDigit(t.front()) || !IsAsciiDigit(t.back())) return false;
  for (char32_t c : t) {
    if (!IsAsciiDigit(c) && c != ',' && c != '.') return false;
  }
  return true;
}

// "00:00", "9:33", "1:02:33": a time stamp in a video.
bool IsTimeStamp(std::u32string_view t) {
  size_t groups = 0, digits = 0;
  for (size_t i = 0; i <= t.size(); ++i) {
    if (i == t.size() || t[i] == ':') {
      if (digits == 0 || digits > 2 || (groups > 0 && digits != 2)) return false;
      ++groups;
      digits = 0;
    } else if (IsAsciiDigit(t[i])) {
      ++digits;
    } else {
      return false;
    }
  }
  return groups >= 2 && groups <= 3;
}

// "全站排行榜最高第37名", "熱門排行第 5 名".
bool IsRankingBadge(const std::u32string& core) {
  if (core.size() > 24 || HasSentenceEnd(core) || !Contains(core, {U"排行", U"榜"})) return false;
  const size_t di = core.find(U'第');
  return di != std::u32string::npos && core.find(U'名', di) != std::u32string::npos;
}

// "[点赞] 8421  [投币] 3056": bracketed labels, each with its count.
bool IsLabelledCountRow(const std::u32string& core) {
  const auto words = Words(core);
  size_t labels = 0, counts = 0;
  for (const auto& w : words) {
    if (IsCount(w)) {
      ++counts;
    } else if (w.size() >= 3 && w.size() <= 6 && w.front() == '[' && w.back() == ']') {
      ++labels;
    } else {
      return false;
    }
  }
  return labels >= 2 && counts >= 2;
}

// "(BUTTON) + 关注 21.3万", "訂閱 1.2萬": a follow button with the count.
bool IsFollowButton(const std::u32string& core) {
  const auto words = Words(core);
  if (words.empty() || words.size() > 3 || !IsCount(words.back())) return false;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (Contains(words[i], {U"关注", U"關注", U"订阅", U"訂閱", U"追蹤", U"追踪", U"粉丝", U"粉絲"}) &&
        words[i].size() <= 5) {
      return true;
    }
  }
  return false;
}

bool IsExpandButton(const std::u32string& core) {
  for (std::u32string_view w :
       {U"展开更多", U"展開更多", U"展开全文", U"展開全文", U"收起", U"展开", U"展開", U"显示更多", U"顯示更多",
        U"展开简介", U"展開簡介", U"查看全部简介", U"顯示較少", U"显示较少", U"收合"}) {
    if (core == w) return true;
  }
  return false;
}

// "科普  知识  工程  三峡  船闸": five or more short words and nothing else.
bool IsTagRow(const PageLine& l) {
  if (l.bullet || l.table) return false;
  const auto words = Words(l.core);
  if (words.size() < 5) return false;
  size_t han_words = 0;
  for (const auto& w : words) {
    if (w.size() < 2 || w.size() > 6) return false;
    bool han = false;
    for (char32_t c : w) {
      if (utf8::IsHan(c)) {
        han = true;
      } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    han_words += han;
  }
  return han_words * 2 > words.size();
}

// "00:00 开场：为什么要拍这期": a chapter opening with its time stamp.
bool IsChapterLine(const std::u32string& core) {
  const auto words = Words(core);
  if (words.size() < 2 || !IsTimeStamp(words.front()) || core.size() > 40) return false;
  // "07:00 ~ 07:30 開放通行": a time slot of a schedule's table, not a stamp.
  const std::u32string_view second = words[1];
  for (std::u32string_view range : {U"~", U"～", U"-", U"–", U"—", U"至", U"到"}) {
    if (second.starts_with(range)) return false;
  }
  return !IsTimeStamp(words[1]);
}

// "1年前", "5個月前", "3天前": how long ago a video was uploaded.
bool IsAge(std::u32string_view t) {
  size_t d = 0;
  while (d < t.size() && IsAsciiDigit(t[d])) ++d;
  if (d == 0) return false;
  const std::u32string_view unit = t.substr(d);
  for (std::u32string_view u : {U"年前", U"个月前", U"個月前", U"月前", U"周前", U"週前", U"天前", U"小时前", U"小時前",
                                U"分钟前", U"分鐘前"}) {
    if (unit == u) return true;
  }
  return false;
}

// "8.2萬 位訂閱者", "粉丝 21.3万": a channel's follower count on its own.
bool IsFollowerCount(const std::u32string& core) {
  if (core.size() > 16 || HasSentenceEnd(core) ||
      !Contains(core, {U"訂閱者", U"订阅者", U"粉絲", U"粉丝", U"訂閱人數", U"订阅人数"})) {
    return false;
  }
  for (const auto& w : Words(core)) {
    if (IsCount(w)) return true;
  }
  return false;
}

bool IsDanmakuWord(std::u32string_view w) { return w == U"弹幕" || w == U"彈幕" || w == U"条弹幕" || w == U"條彈幕"; }

// "36 人正在看，已装填 42 条弹幕", "1,204 人正在觀看": how many watch now.
bool IsWatchingLine(const std::u32string& core) {
  if (core.size() > 30) return false;
  for (std::u32string_view mark : {U"人正在看", U"人正在观看", U"人正在觀看", U"人在看", U"人在觀看"}) {
    const size_t at = core.find(mark);
    if (at == std::u32string::npos) continue;
    size_t end = at;
    while (end > 0 && utf8::IsSpace(core[end - 1])) --end;
    size_t begin = end;
    while (begin > 0 && !utf8::IsSpace(core[begin - 1])) --begin;
    return IsCount(std::u32string_view(core).substr(begin, end - begin));
  }
  return false;
}

// "接下来播放 自动连播", "自動播放": the autoplay switch over the next videos.
bool IsAutoplayRow(const std::u32string& core) {
  return core.size() <= 16 && !HasSentencePunct(core) &&
         Contains(core, {U"自动连播", U"自動連播", U"自动播放", U"自動播放", U"连续播放", U"連續播放"});
}

// "简介", "影片簡介": the label over a video's description.
bool IsDescriptionLabel(const std::u32string& core) {
  for (std::u32string_view w : {U"简介", U"簡介", U"视频简介", U"視頻簡介", U"影片簡介", U"影片简介", U"影片介紹"}) {
    if (core == w) return true;
  }
  return false;
}

// "知识 > 科学科普", "生活 > 防災知識": the video's category, two short
// names parted by an arrow.
bool IsCategoryCrumb(const std::u32string& core) {
  constexpr size_t kMaxName = 6;
  const size_t at = core.find_first_of(U">›»");
  if (at == std::u32string::npos) return false;
  auto name = [&](std::u32string_view s) {
    while (!s.empty() && utf8::IsSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && utf8::IsSpace(s.back())) s.remove_suffix(1);
    return !s.empty() && s.size() <= kMaxName && std::all_of(s.begin(), s.end(), utf8::IsHan);
  };
  const std::u32string_view v(core);
  return name(v.substr(0, at)) && name(v.substr(at + 1));
}

// "【4K】… 江河工程师阿杜  45.2万播放", "… 12萬次觀看", "… 3,201 views".
bool EndsInPlayCount(const std::u32string& core) {
  const auto words = Words(core);
  if (words.size() < 2) return false;
  size_t n = words.size();
  // "… 35萬次觀看  1年前": the upload's age after the count.
  if (IsAge(words[n - 1])) --n;
  if (n < 2) return false;
  // "… 3.2万 播放 · 58 弹幕": the danmaku count after the play count.
  if (n >= 4 && IsDanmakuWord(words[n - 1]) && IsCount(words[n - 2])) n -= 2;
  if (n >= 3 && (words[n - 1] == U"·" || words[n - 1] == U"|")) --n;
  const std::u32string& last = words[n - 1];
  for (std::u32string_view unit : {U"次播放", U"播放", U"次观看", U"次觀看", U"观看", U"觀看", U"views", U"plays"}) {
    if (last.size() > unit.size() && std::u32string_view(last).substr(last.size() - unit.size()) == unit) {
      return IsCount(std::u32string_view(last).substr(0, last.size() - unit.size()));
    }
    if (last == unit) return IsCount(words[n - 2]);
  }
  return false;
}

// "未经作者授权，禁止转载", "未經授權 禁止轉載", "禁止转载": a short mark.
bool IsShortReprintMark(const std::u32string& core) {
  return core.size() <= 14 &&
         Contains(core, {U"禁止转载", U"禁止轉載", U"谢绝转载", U"謝絕轉載", U"严禁转载", U"嚴禁轉載"});
}

// "00:00 / 02:18": a player's time display (elapsed over length).
bool HasTimeDisplay(const std::u32string& core) {
  const auto clock_at = [&](size_t i, bool backwards) {
    // A clock "m:ss" ending (backwards) or starting at i.
    size_t digits = 0, colon = 0;
    while (i < core.size() && (utf8::IsAsciiDigit(core[i]) || core[i] == U':')) {
      (core[i] == U':' ? colon : digits) += 1;
      if (backwards && i == 0) break;
      i = backwards ? i - 1 : i + 1;
    }
    return colon >= 1 && digits >= 3;
  };
  for (size_t slash = core.find(U'/'); slash != std::u32string::npos; slash = core.find(U'/', slash + 1)) {
    size_t b = slash, a = slash + 1;
    while (b > 0 && core[b - 1] == U' ') --b;
    while (a < core.size() && core[a] == U' ') ++a;
    if (b > 0 && clock_at(b - 1, true) && clock_at(a, false)) return true;
  }
  return false;
}

// A video box inside an article: the block (no blank line between) that
// holds a player's controls ("(BUTTON) 播放  00:00 / 02:18  (BUTTON) 靜音"),
// with its label above ("▶ 影片", "视频"), and the clip's title tagged with
// its medium ("【影片】…", "[视频]…") and its related-video line ("相關影片：…",
// "更多视频：…") in the two lines under the controls: the player's
// furniture, not the article's text.
void MarkVideoBoxes(std::vector<PageLine>& lines) {
  constexpr size_t kMaxLabel = 6, kMaxLine = 80;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string raw = EncodeUtf8(lines[i].core);
    if (!HasTimeDisplay(lines[i].core) || !ContainsAny(raw, {"播放", "暫停", "暂停", "Play", "play"})) continue;
    size_t begin = i, end = i + 1;
    while (begin > 0 && !lines[begin - 1].blank()) --begin;
    while (end < lines.size() && !lines[end].blank()) ++end;
    // Above the player, its label; right under it, the clip's title and
    // the related-video line (a video page's headline further down stays).
    for (size_t k = begin; k < std::min(end, i + 3); ++k) {
      PageLine& l = lines[k];
      if (k == i || !l.reason.empty() || l.core.size() > kMaxLine) continue;
      const std::string c = EncodeUtf8(WithoutSpaces(l.core));
      const bool medium = ContainsAny(c, {"影片", "视频", "視頻", "影音", "Video", "video"});
      const bool label = k < i && l.core.size() <= kMaxLabel && medium;
      const bool tagged =
          k > i && StartsWithAny(c, {"【影片】", "【视频】", "【視頻】", "【影音】", "[视频]", "[視頻]", "[影片]"});
      const bool related = k > i && StartsWithAny(c, {"相關影片", "相关视频", "相關視頻", "更多影片", "更多视频",
                                                      "更多視頻", "推薦影片", "推荐视频"});
      if (label || tagged || related) l.reason = kVideoPageFurniture;
    }
    i = end - 1;
  }
}

}  // namespace

std::string VideoLineReason(const PageLine& line) {
  const std::u32string& c = line.core;
  if (c.empty()) return "";
  if (IsRankingBadge(c) || IsLabelledCountRow(c) || IsFollowButton(c) || IsFollowerCount(c) || IsExpandButton(c) ||
      IsWatchingLine(c) || IsAutoplayRow(c)) {
    return IsExpandButton(c) ? "expand button" : kVideoPageFurniture;
  }
  if ((line.bullet || line.placeholder) && EndsInPlayCount(c)) return kRecommendedVideos;
  return "";
}

void MarkVideoPageFurniture(std::vector<PageLine>& lines) {
  MarkVideoBoxes(lines);
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (l.blank()) continue;
    const bool follow = IsFollowButton(l.core);
    if (l.reason.empty()) l.reason = VideoLineReason(l);
    // "未经作者授权，禁止转载" under a title: the upload's mark, which does not
    // end the head as a site's reprint notice below the text does.
    if (l.reason == "reprint notice" && IsShortReprintMark(l.core)) l.reason = kVideoPageFurniture;
    // A row of tags stands alone; a table's head row has its rows below.
    if (l.reason.empty() && IsTagRow(l) && (i + 1 == lines.size() || lines[i + 1].blank())) l.reason = "tag list";
    if (follow) {
      // The uploader's card above the follow button, up to its avatar.
      size_t k = i, seen = 0;
      while (k > 0 && seen < 3 && !lines[k - 1].blank() && !lines[k - 1].placeholder &&
             !HasSentenceEnd(lines[k - 1].core) && lines[k - 1].core.size() <= 60) {
        --k;
        ++seen;
      }
      // The avatar alone, or with the uploader's name beside it
      // ("[avatar.jpg] 绍兴应急管理 发消息").
      if (k > 0 && k < i && lines[k - 1].placeholder &&
          (lines[k - 1].core.empty() || (lines[k - 1].core.size() <= 20 && !HasSentencePunct(lines[k - 1].core)))) {
        for (size_t j = k - 1; j < i; ++j) {
          if (lines[j].reason.empty()) lines[j].reason = kVideoPageFurniture;
        }
      }
    }
  }
  // Chapter lists: two or more time-stamped chapters in a row (not a day's
  // schedule in spaced columns, clean/spaced_tables.h).
  for (size_t i = 0; i < lines.size();) {
    size_t end = i;
    while (end < lines.size() && !lines[end].blank() && !lines[end].table && IsChapterLine(lines[end].core)) ++end;
    // "本期视频拆解5个误区：" right above: the description's own list.
    const bool introduced = i > 0 && !lines[i - 1].blank() && lines[i - 1].core.size() > 10 &&
                            (lines[i - 1].core.back() == U'：' || lines[i - 1].core.back() == ':');
    if (end - i >= 2 && !introduced) {
      for (size_t j = i; j < end; ++j) lines[j].reason = kVideoChapterList;
      if (i > 0 && !lines[i - 1].blank() && lines[i - 1].core.size() <= 10 && !HasSentencePunct(lines[i - 1].core)) {
        lines[i - 1].reason = kVideoChapterList;
      }
    }
    i = end > i ? end : i + 1;
  }
  // The description's label, on a page with a video's furniture.
  const bool video = std::any_of(lines.begin(), lines.end(), [](const PageLine& l) {
    return l.reason == kVideoPageFurniture || l.reason == kRecommendedVideos;
  });
  for (PageLine& l : lines) {
    if (video && l.kept() && (IsDescriptionLabel(l.core) || IsCategoryCrumb(l.core))) l.reason = kVideoPageFurniture;
  }
}

std::vector<size_t> TaggedTitleAbove(const std::vector<PageLine>& lines, size_t body_begin,
                                     const std::unordered_set<std::u32string>& body_features) {
  constexpr size_t kWindow = 24, kMinShared = 2;
  for (size_t i = body_begin, n = 0; i > 0 && n < kWindow;) {
    --i;
    if (lines[i].blank()) continue;
    ++n;
    if (lines[i].bullet) continue;
    const std::u32string text = DecodeUtf32(utf8::Trim(lines[i].raw));
    bool tagged = false;
    for (std::u32string_view tag :
         {U"[视频]", U"[視頻]", U"【视频】", U"【視頻】", U"[影音]", U"【影音】", U"[直播]", U"【直播】", U"[音频]",
          U"[音頻]", U"【音频】", U"【音頻】", U"[组图]", U"[組圖]", U"【组图】", U"【組圖】"}) {
      tagged = tagged || (text.starts_with(tag) && text.size() > tag.size() + 4);
    }
    if (!tagged) continue;
    size_t next = i + 1;
    while (next < lines.size() && lines[next].blank()) ++next;
    if (next >= body_begin || !(IsDateLine(lines[next].core) || IsFieldRow(lines[next].core))) continue;
    size_t shared = 0;
    ShareInBody(text, body_features, &shared);
    if (shared >= kMinShared) return {i, next};
  }
  return {};
}

}  // namespace wenyuan::clean
