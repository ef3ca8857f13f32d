#include "clean/entry_page_widgets.h"

#include <algorithm>
#include <string_view>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

// "1,204人评价", "5星 42.1% 4星 40.3%", "好于 86% 剧情片", "评价: ☆☆☆☆☆": a
// rating widget's counter, its distribution of stars, where it stands among
// its kind, the empty stars a reader rates with.
bool IsRatingWidget(const std::u32string& core, const std::string& s) {
  if (core.size() > 80 || HasSentenceEnd(core)) return false;
  for (std::string_view unit :
       {"人评价", "人評價", "人评分", "人評分", "人打分", "个评价", "個評價", "則評價", "条评价"}) {
    if (!s.ends_with(unit)) continue;
    const std::string number = s.substr(0, s.size() - unit.size());
    if (!number.empty() && std::all_of(number.begin(), number.end(), [](char c) {
          return (c >= '0' && c <= '9') || c == ',' || c == '.' || c == ' ';
        })) {
      return true;
    }
  }
  size_t stars = 0;
  for (size_t i = 0; i + 1 < core.size(); ++i) {
    stars += IsAsciiDigit(core[i]) && (core[i + 1] == U'星' || core[i + 1] == U'颗') &&
             (i == 0 || utf8::IsSpace(core[i - 1]));
  }
  if (stars >= 3 && core.find('%') != std::u32string::npos) return true;
  // "好于 86% 剧情片": where the rating stands among its kind.
  if ((s.starts_with("好于") || s.starts_with("好於")) && core.size() <= 16 && core.find('%') != std::u32string::npos &&
      !HasSentencePunct(core)) {
    return true;
  }
  // "评价: ☆☆☆☆☆", "我的評分：☆☆☆☆☆": the empty stars a reader clicks
  // to rate, after a short label.
  constexpr size_t kMaxLabel = 6, kMinStars = 3;
  const size_t colon = core.find_first_of(U":：");  // npos is past kMaxLabel
  size_t from = colon <= kMaxLabel ? colon + 1 : 0, empty_stars = 0;
  for (; from < core.size(); ++from) {
    if (core[from] == U'☆') {
      ++empty_stars;
    } else if (!utf8::IsSpace(core[from])) {
      return false;
    }
  }
  return empty_stars >= kMinStars;
}

// "播报 编辑 讨论 上传视频", "編輯 討論", "想看 看过", "想讀 在讀 讀過": a row
// of an entry's action buttons, or a record's marking buttons.
bool IsEntryActionRow(const std::u32string& core) {
  if (core.size() > 30) return false;
  const auto words = SpaceSeparatedWords(core);
  if (words.empty()) return false;
  for (std::u32string_view w : words) {
    bool action = false;
    for (std::u32string_view a :
         {U"播报", U"播報", U"编辑", U"編輯", U"讨论", U"討論", U"上传视频", U"上傳影片", U"上傳視頻", U"收藏", U"分享",
          U"举报", U"舉報", U"纠错", U"糾錯", U"评论", U"評論", U"点赞", U"點讚", U"引用",
          // a film, book or album site's marks: "想看 看过", "想读 在读 读过"
          U"想看", U"看过", U"看過", U"想读", U"想讀", U"在读", U"在讀", U"读过", U"讀過", U"想听", U"想聽", U"听过",
          U"聽過"}) {
      action = action || w == a;
    }
    if (!action) return false;
  }
  return true;
}

// "词条图册 更多图册", "查看圖集": the link to a picture gallery.
bool IsGalleryLink(const std::u32string& core) {
  if (core.size() > 16 || HasSentencePunct(core)) return false;
  const auto words = SpaceSeparatedWords(core);
  return !words.empty() && std::all_of(words.begin(), words.end(), [](std::u32string_view w) {
    for (std::u32string_view g : {U"图册", U"圖冊", U"图集", U"圖集", U"相册", U"相冊", U"相簿"}) {
      if (w.ends_with(g)) return true;
    }
    return false;
  });
}

// "更新日期：114-01-27 點閱次數：5286", "最後更新：2024/05/01 瀏覽：812": the
// page's update stamp with its counter; the article's own date is another
// line.
bool IsUpdateStamp(const std::u32string& core, const std::string& s) {
  // "本頁面最後修訂於2024年1月3日 (星期三) 10:22。": a wiki page's revision.
  if (core.size() <= 60 && StartsWithAny(s, {"本頁面最後修訂於", "本页面最后修订于", "此頁面最後編輯於",
                                             "此页面最后编辑于", "本頁面最後編輯於", "本页面最后编辑于"})) {
    return true;
  }
  if (core.size() > 50 || HasSentenceEnd(core)) return false;
  if (!StartsWithAny(s, {"更新日期", "更新時間", "更新时间", "最後更新", "最后更新", "最新更新", "修改日期", "修改時間",
                         "修改时间", "資料更新", "资料更新", "網頁更新", "网页更新"})) {
    return false;
  }
  if (ContainsAny(s, {"發布", "发布", "發佈", "發文", "发文", "來源", "来源", "作者"})) return false;
  size_t digits = 0;
  for (char32_t c : core) digits += IsAsciiDigit(c);
  // With a counter beside it: a lone update date may be all the date the
  // page gives its article.
  return digits >= 4 && ContainsAny(s, {"點閱", "点阅", "瀏覽", "浏览", "人次", "次數", "次数", "點擊", "点击", "閱讀",
                                        "阅读", "人氣", "人气"});
}

// "條目 討論 閱讀 編輯 檢視歷史", "不转换 简体 繁體": a wiki's page tabs and
// script-variant switcher, one a line.
bool IsWikiPageTab(const std::string& s) {
  return EqualsAny(s, {"條目",       "条目",         "討論",         "讨论",       "閱讀",       "阅读",
                       "檢視歷史",   "查看历史",     "檢視原始碼",   "查看源代码", "編輯原始碼", "编辑源代码",
                       "不转换",     "不轉換",       "简体",         "繁體",       "大陆简体",   "香港繁體",
                       "澳門繁體",   "臺灣正體",     "马来西亚简体", "大马简体",   "大馬簡體",   "新加坡简体",
                       "新加坡簡體", "馬來西亞簡體", "工具",         "所有頁面",   "所有页面"});
}

// "維基百科，自由的百科全書", "7 種語言", "出自維基百科": a wiki's tagline
// and its language switcher.
std::string WikiChromeReason(const std::u32string& core, const std::string& s) {
  if (EqualsAny(s, {"維基百科，自由的百科全書", "维基百科，自由的百科全书", "出自維基百科，自由的百科全書",
                    "出自维基百科，自由的百科全书", "維基百科 自由的百科全書", "维基百科 自由的百科全书"})) {
    return "site tagline";
  }
  // "本條目介紹的是苗栗縣的溪流。關於…，請見「…」。": a wiki's hatnote
  // pointing to other entries of the same name.
  constexpr size_t kMaxHatnote = 100;
  if (core.size() <= kMaxHatnote &&
      StartsWithAny(s, {"本條目介紹的是", "本条目介绍的是", "此條目介紹的是", "此条目介绍的是", "本條目講述的是",
                        "本条目讲述的是", "本條目是關於", "本条目是关于"}) &&
      ContainsAny(s, {"請見", "请见", "參見", "参见", "參閱", "参阅"})) {
    return "disambiguation hatnote";
  }
  // "7 種語言", "12 种语言", "30 languages".
  size_t i = 0;
  while (i < core.size() && IsAsciiDigit(core[i])) ++i;
  if (i > 0 && i < core.size()) {
    std::u32string_view rest = std::u32string_view(core).substr(i);
    while (!rest.empty() && utf8::IsSpace(rest.front())) rest.remove_prefix(1);
    if (rest == U"種語言" || rest == U"种语言" || rest == U"languages" || rest == U"個語言" || rest == U"个语言") {
      return "language switcher";
    }
  }
  return {};
}

}  // namespace

std::string EntryPageWidgetReason(const std::u32string& core, const std::string& s) {
  if (IsRatingWidget(core, s)) return "rating widget";
  if (IsEntryActionRow(core)) return "button or form label";
  if (IsGalleryLink(core)) return "picture gallery link";
  if (IsUpdateStamp(core, s)) return "page update stamp";
  if (IsWikiPageTab(s)) return "page tab";
  return WikiChromeReason(core, s);
}

}  // namespace wenyuan::clean
