#include "clean/media_widgets.h"

#include <algorithm>
#include <string_view>

#include "clean/entry_page_widgets.h"
#include "clean/page_line.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxWidgetLine = 60;
constexpr size_t kMaxTagItem = 12;

bool IsOpenBracket(char32_t c) { return c == '[' || c == U'【' || c == U'［' || c == U'〔'; }
bool IsCloseBracket(char32_t c) { return c == ']' || c == U'】' || c == U'］' || c == U'〕'; }

// "影片載入中……若無法播放，請至…觀看", "00:00 / 02:47", "视频加载失败":
// a video player's notices and its time display.
bool IsVideoPlayerLine(const std::u32string& core, const std::string& s) {
  if (core.size() > kMaxWidgetLine) return false;
  if (ContainsAny(s, {"無法播放", "无法播放", "不支援播放", "不支持播放", "播放失敗", "播放失败", "加载失败",
                      "載入失敗", "不支援 video", "不支持 video", "不支援video", "不支持video", "播放器"})) {
    return true;
  }
  // A web video player's labels as a text browser prints them.
  if (StartsWithAny(s, {"Video Player is loading", "Current Time", "Duration ", "Remaining Time", "Loaded:",
                        "Stream Type", "Playback Rate", "This is a modal window", "Beginning of dialog window",
                        "End of dialog window", "Close Modal Dialog", "The media could not be loaded",
                        "No compatible source", "Your browser does not support the video"}) ||
      EqualsAny(s, {"Play Video", "Play", "Pause", "Mute", "Unmute", "Fullscreen", "Non-Fullscreen",
                    "Picture-in-Picture", "Chapters", "Captions", "Descriptions", "Audio Track",
                    "captions off, selected", "descriptions off, selected", "captions settings"})) {
    return true;
  }
  if (ContainsAny(s, {"載入中", "载入中", "加載中", "加载中", "讀取中", "读取中", "缓冲中", "緩衝中"}) &&
      ContainsAny(s, {"影片", "視頻", "视频", "影音", "播放", "Video", "video"})) {
    return true;
  }
  // "00:00 / 02:47": elapsed and total time, nothing else.
  std::u32string rest;
  for (char32_t c : core) {
    if (!utf8::IsSpace(c)) rest += c;
  }
  const size_t slash = rest.find('/');
  if (slash == std::u32string::npos || rest.size() > 17) return false;
  auto is_time = [](std::u32string_view t) {
    const size_t colon = t.find(':');
    if (colon == std::u32string_view::npos || colon == 0 || t.size() - colon != 3) return false;
    return std::all_of(t.begin(), t.end(), [](char32_t c) { return IsAsciiDigit(c) || c == ':'; });
  };
  return is_time(std::u32string_view(rest).substr(0, slash)) && is_time(std::u32string_view(rest).substr(slash + 1));
}

// "▶ 播放 靜音 字幕 畫質 720p 全螢幕", "暂停 1.5x 全屏": a row of a video
// player's controls.
bool IsPlayerControlRow(const std::u32string& core) {
  if (core.size() > 40) return false;
  const auto words = SpaceSeparatedWords(core);
  size_t controls = 0;
  for (std::u32string_view w : words) {
    while (!w.empty() && (w.front() == U'▶' || w.front() == U'►' || w.front() == U'❚')) w.remove_prefix(1);
    if (w.empty()) continue;
    bool control = false;
    for (std::u32string_view c : {U"播放", U"暫停", U"暂停", U"重播", U"靜音", U"静音", U"音量", U"字幕", U"畫質",
                                  U"画质", U"清晰度", U"倍速", U"全螢幕", U"全屏", U"全屏幕", U"子母畫面", U"画中画"}) {
      control = control || w == c;
    }
    // "720p", "1080P", "1.5x", "HD": a quality or speed setting.
    const bool setting = w == U"HD" || w == U"SD" || w == U"4K" ||
                         ((w.back() == 'p' || w.back() == 'P' || w.back() == 'x' || w.back() == 'X') && w.size() >= 2 &&
                          std::all_of(w.begin(), w.end() - 1, [](char32_t c) { return IsAsciiDigit(c) || c == '.'; }));
    if (!control && !setting) return false;
    controls += control;
  }
  return controls >= 2 || (controls == 1 && words.size() >= 2);
}

// "訂閱XX新聞 YouTube 頻道 ▶ 開啟小鈴鐺", "关注我们的公众号": a prompt to
// follow the site somewhere else, not a sentence of the article.
bool IsFollowPrompt(const std::u32string& core, const std::string& s) {
  if (core.size() > 40 || HasSentenceEnd(core)) return false;
  if (ContainsAny(s, {"小鈴鐺", "小铃铛"})) return true;
  // A mark the prompt stands behind ("★ 加入…", "👉 追蹤…", "➤ 订阅…").
  std::u32string_view c = core;
  while (!c.empty() && (utf8::IsSpace(c.front()) ||
                        std::u32string_view(U"★☆✪✦✔➤➜→👉📢🔔").find(c.front()) != std::u32string_view::npos)) {
    c.remove_prefix(1);
  }
  const std::string verb = EncodeUtf8(c);
  // The verb, then where to follow: a channel, a fan page, an official
  // account, a news reader's follow button ("关注微博热搜背后的…" is a
  // headline, not a prompt).
  return StartsWithAny(verb, {"訂閱", "订阅", "追蹤", "追踪", "關注", "关注", "按讚", "點讚", "点赞", "加入"}) &&
         ContainsAny(s,
                     {"頻道",        "频道",       "YouTube",     "粉絲專頁",  "粉丝专页", "粉專",      "粉絲團",
                      "粉丝团",      "公众号",     "公眾號",      "Podcast",   "LINE好友", "LINE 好友", "Instagram",
                      "官方微博",    "官方帳號",   "官方账号",    "官方抖音",  "我們的",   "我们的",    "Google News",
                      "Google 新聞", "Google新聞", "Google 新闻", "Google新闻"});
}

// "文章標籤 戶政 身分證", "全站熱搜 ［家電］推薦 ［美食］必吃", "关键词：A B C":
// a label, then short items separated by spaces.
bool IsLabelledTagRow(const std::u32string& core, const std::string& s) {
  static constexpr std::string_view kLabels[] = {
      "文章標籤", "文章标签", "相關標籤", "相关标签", "熱門標籤", "热门标签", "熱門關鍵字", "热门关键词", "熱門搜尋",
      "热门搜索", "全站熱搜", "全站热搜", "熱搜",     "热搜",     "標籤",     "标签",       "關鍵字",     "关键字",
      "關鍵詞",   "关键词",   "相關字詞", "相关字词", "Tags",     "TAGS",     "Tag",        "TAG",        "文章分類",
      "文章分类", "個人分類", "个人分类", "頁面分類", "页面分类", "分類",     "分类"};
  if (core.size() > 120) return false;
  for (std::string_view label : kLabels) {
    if (!s.starts_with(label)) continue;
    std::u32string_view rest = std::u32string_view(core).substr(utf8::CodePointCount(label));
    // The label is a word of its own ("Tags:", "標籤 "), not a word's start.
    if (rest.empty() || !(utf8::IsSpace(rest.front()) || rest.front() == U'：' || rest.front() == ':')) return false;
    while (!rest.empty() && (utf8::IsSpace(rest.front()) || rest.front() == U'：' || rest.front() == ':')) {
      rest.remove_prefix(1);
    }
    const auto items = SpaceSeparatedWords(rest);
    if (items.size() < 2) return false;
    for (std::u32string_view item : items) {
      if (item.size() > kMaxTagItem) return false;
      for (char32_t c : item) {
        // "城镇化; 耕地利用效率; …": terms a semicolon parts are a paper's
        // keyword field, not link tags.
        if (c == U'。' || c == U'，' || c == U'；' || c == U';' || c == U'！' || c == U'？') return false;
      }
    }
    return true;
  }
  return false;
}

// "本文目前禮讚：12 人", "已有 35 人按讚", "8人点赞": how many readers liked
// the post.
bool IsLikeCounter(const std::u32string& core, const std::string& s) {
  constexpr size_t kMaxCounter = 20;
  return core.size() <= kMaxCounter && !HasSentenceEnd(core) && std::any_of(core.begin(), core.end(), IsAsciiDigit) &&
         ContainsAny(s, {"禮讚", "礼赞", "按讚", "按赞", "點讚", "点赞", "說讚", "说赞"}) &&
         ContainsAny(s, {"人", "次"});
}

// "本文使用廣告收益支持創作者", "本文含有联盟营销链接": a note that the post
// carries advertising, not its text.
bool IsAdvertisingDisclosure(const std::u32string& core, const std::string& s) {
  return core.size() <= 40 &&
         ContainsAny(s, {"廣告收益", "广告收益", "聯盟行銷", "联盟营销", "分潤連結", "分润链接", "推廣連結", "推广链接",
                         "本文含廣告", "本文含有廣告", "本文含广告", "本文含有广告", "業配文", "业配文"});
}

// "創作者介紹 小薇", "关于作者": the label of an author box.
bool IsAuthorBoxLabel(const std::u32string& core, const std::string& s) {
  return core.size() <= 30 && !HasSentencePunct(core) &&
         StartsWithAny(s, {"創作者介紹", "创作者介绍", "作者介紹", "作者介绍", "關於作者", "关于作者", "關於版主",
                           "关于版主", "版主介紹", "版主介绍"});
}

// "+3.23%", "-0.57%": a signed percentage.
size_t SignedPercents(const std::u32string& core) {
  size_t n = 0;
  for (size_t i = 0; i + 2 < core.size(); ++i) {
    if (core[i] != '+' && core[i] != '-') continue;
    size_t k = i + 1;
    while (k < core.size() && (IsAsciiDigit(core[k]) || core[k] == '.')) ++k;
    if (k > i + 1 && k < core.size() && core[k] == '%') ++n;
  }
  return n;
}

// "锐川科技 300847 28.46 +0.89 +3.23% [行情] [股吧]", "上证指数 3286.45
// +18.72 +0.57%": a quote widget: names, prices and signed changes, no
// sentence.
bool IsQuoteWidget(const std::u32string& core) {
  if (core.size() > 160 || SignedPercents(core) == 0) return false;
  for (char32_t c : core) {
    if (c == U'。' || c == U'，' || c == U'；' || c == U'！' || c == U'？' || c == U'、') return false;
  }
  size_t han = 0, digits = 0;
  for (char32_t c : core) {
    han += utf8::IsHan(c);
    digits += IsAsciiDigit(c);
  }
  if (digits < han) return false;
  // A table row of figures with signed changes is the article's: a quote
  // names an index, carries a stock code or links to the stock's pages.
  const std::string s = EncodeUtf8(core);
  if (ContainsAny(s,
                  {"指数", "指數", "成指", "综指", "綜指", "恒指", "恆指", "加權", "加权", "Index", "[", "【", "［"})) {
    return true;
  }
  // A mainland code has six digits; a Taiwan (2330) or Hong Kong (00700)
  // code four or five, or a US ticker's capitals (NVDA), shown beside the
  // widget's up/down arrow ("2330 台積電 1,085 ▲15 (+1.40%)").
  const bool arrow = core.find_first_of(U"▲▼△▽↑↓") != std::u32string::npos;
  for (const auto word : SpaceSeparatedWords(core)) {
    if (word.empty()) continue;
    const bool digits_only = std::all_of(word.begin(), word.end(), [](char32_t c) { return IsAsciiDigit(c); });
    if (digits_only && word.size() == 6) return true;
    if (!arrow) continue;
    if (digits_only && (word.size() == 4 || word.size() == 5)) return true;
    if (word.size() <= 5 && std::all_of(word.begin(), word.end(), [](char32_t c) { return c >= 'A' && c <= 'Z'; })) {
      return true;
    }
  }
  return false;
}

// The bracketed short labels of `core` ("[行情] [股吧]", "[QQ空间] [腾讯QQ]")
// and whether the line is made of nothing else.
size_t BracketedLabels(const std::u32string& core, bool* only_labels) {
  constexpr size_t kMaxLabel = 8;
  size_t labels = 0;
  *only_labels = true;
  for (size_t i = 0; i < core.size(); ++i) {
    if (utf8::IsSpace(core[i])) continue;
    if (!IsOpenBracket(core[i])) {
      *only_labels = false;
      continue;
    }
    size_t close = i + 1;
    while (close < core.size() && !IsCloseBracket(core[close])) ++close;
    if (close == core.size() || close - i - 1 == 0 || close - i - 1 > kMaxLabel) {
      *only_labels = false;
      continue;
    }
    const std::u32string_view inner = std::u32string_view(core).substr(i + 1, close - i - 1);
    if (std::all_of(inner.begin(), inner.end(), [](char32_t c) { return IsAsciiDigit(c); })) {
      *only_labels = false;  // "[1][2]": reference marks
    } else {
      ++labels;
    }
    i = close;
  }
  return labels;
}

// "詳細書目  [MARC格式]", "查詢結果 [列印] [匯出]": a page's short label and
// one to three bracketed links beside it that switch or export its view;
// a note mark ("[註1]", "[1]") is no such link.
bool IsLabelWithViewLinks(const std::u32string& core) {
  constexpr size_t kMaxLabel = 8, kMaxLink = 16, kMinLink = 2, kMaxLinks = 3;
  const size_t open = core.find_first_of(U"[【");
  if (open == std::u32string::npos || open == 0) return false;
  std::u32string label = core.substr(0, open);
  while (!label.empty() && utf8::IsSpace(label.back())) label.pop_back();
  if (label.empty() || label.size() > kMaxLabel || HasSentencePunct(label) || CountHan(label) < 2) return false;
  size_t links = 0;
  for (size_t i = open; i < core.size(); ++i) {
    if (utf8::IsSpace(core[i])) continue;
    if (!IsOpenBracket(core[i])) return false;
    size_t close = i + 1;
    while (close < core.size() && !IsCloseBracket(core[close])) ++close;
    const size_t len = close - i - 1;
    if (close == core.size() || len < kMinLink || len > kMaxLink) return false;
    const std::u32string inner = core.substr(i + 1, len);
    // A note mark, a number, or a form's select box ("[上海__]").
    if (inner.front() == U'註' || inner.front() == U'注' || std::all_of(inner.begin(), inner.end(), IsAsciiDigit) ||
        inner.find(U'_') != std::u32string::npos) {
      return false;
    }
    ++links;
    i = close;
  }
  return links >= 1 && links <= kMaxLinks;
}

// "[金麒麟] 炒股就看金麒麟分析师研报，…助您挖掘潜力主题机会！": a promotion led
// by a bracketed brand, in the words adverts use (two of them).
bool IsBracketedPromotion(const std::u32string& core, const std::string& s) {
  constexpr size_t kMaxPromotion = 80, kMaxBrand = 8;
  if (core.size() > kMaxPromotion || !IsOpenBracket(core.front())) return false;
  size_t close = 1;
  while (close < core.size() && !IsCloseBracket(core[close])) ++close;
  if (close == core.size() || close - 1 > kMaxBrand) return false;
  // Two of the words adverts use: one alone may be news ("【快訊】警報立即生效").
  size_t words = 0;
  for (std::string_view w : {"就看", "助您", "助你", "立即", "馬上", "马上", "點擊", "点击",   "免費",
                             "免费", "領取", "领取", "限時", "限时", "搶先", "抢先", "開戶",   "开户",
                             "下載", "下载", "掃碼", "扫码", "優惠", "优惠", "就送", "送好禮", "送好礼"}) {
    words += s.find(w) != std::string::npos;
  }
  return words >= 2;
}

// "海量资讯、精准解读，尽在新浪财经APP", "下載XX新聞App": an app's slogan.
bool IsAppSlogan(const std::u32string& core, const std::string& s) {
  if (core.size() > 40 || HasSentenceEnd(core)) return false;
  const bool ends_with_app =
      s.ends_with("APP") || s.ends_with("App") || s.ends_with("app") || s.ends_with("客户端") || s.ends_with("客戶端");
  return ends_with_app && ContainsAny(s, {"尽在", "盡在", "就在", "就上", "扫码", "掃碼", "掃描", "扫描", "體驗",
                                          "体验", "安裝", "安装", "下載", "下载"});
}

// "打开网易新闻 查看精彩图片", "下載東岸新聞 看更多留言": a prompt to open the
// site's app to see the rest.
bool IsOpenAppPrompt(const std::u32string& core, const std::string& s) {
  return core.size() <= 30 && !HasSentenceEnd(core) &&
         StartsWithAny(s, {"打开", "打開", "下载", "下載", "前往", "安装", "安裝"}) &&
         ContainsAny(s, {"查看", "閱讀", "阅读", "觀看", "观看", "看更多", "看全文", "看精彩"}) &&
         ContainsAny(s,
                     {"App", "APP", "app", "客户端", "客戶端", "新闻", "新聞", "头条", "頭條", "精彩", "更多", "全文"});
}

}  // namespace

std::string MediaWidgetReason(const std::u32string& core) {
  if (core.empty()) return {};
  const std::string s = EncodeUtf8(core);
  if (IsVideoPlayerLine(core, s) || IsPlayerControlRow(core)) return "video player furniture";
  if (IsFollowPrompt(core, s)) return "follow or subscribe prompt";
  if (IsLabelledTagRow(core, s)) return "tag list";
  if (IsBareTagLabel(core)) return "tag list";
  if (IsLikeCounter(core, s)) return "like counter";
  if (IsAdvertisingDisclosure(core, s)) return "advertising disclosure";
  if (IsAuthorBoxLabel(core, s)) return "author box";
  if (IsQuoteWidget(core)) return "stock quote widget";
  bool only_labels = false;
  if (BracketedLabels(core, &only_labels) >= 2 && only_labels) return "bracketed link labels";
  if (IsLabelWithViewLinks(core)) return "bracketed link labels";
  if (IsBracketedPromotion(core, s)) return "advert";
  if (IsAppSlogan(core, s) || IsOpenAppPrompt(core, s)) return "app promotion";
  return EntryPageWidgetReason(core, s);
}

bool IsMediaWidgetReason(const std::string& reason) {
  return reason == "video player furniture" || reason == "follow or subscribe prompt" || reason == "tag list" ||
         reason == "advertising disclosure" || reason == "author box" || reason == "stock quote widget" ||
         reason == "bracketed link labels" || reason == "advert" || reason == "picture gallery link" ||
         reason == "page update stamp" || reason == "reference list" || reason == "page tab" ||
         reason == "site tagline" || reason == "language switcher" || reason == "rating widget" ||
         reason == "spoiler warning" || reason == "readers' replies" || reason == "video page furniture" ||
         reason == "video chapter list" || reason == "recommended videos" || reason == "like counter";
}

bool IsBareTagLabel(const std::u32string& core) {
  std::u32string c = WithoutSpaces(core);
  // With its colon: a bare word ("标签") may be a heading of the text.
  if (c.empty() || (c.back() != U'：' && c.back() != ':')) return false;
  c.pop_back();
  return EqualsAny(EncodeUtf8(c), {"本文標籤", "本文标签", "文章標籤", "文章标签", "標籤", "标签", "Tags", "TAGS",
                                   "相關標籤", "相关标签", "關鍵字", "关键字", "關鍵詞", "关键词"});
}

bool IsTagItemRow(const std::u32string& core) {
  const auto items = SpaceSeparatedWords(core);
  if (items.size() < 2 || core.size() > 120) return false;
  for (std::u32string_view item : items) {
    if (item.size() > kMaxTagItem || HasSentencePunct(std::u32string(item))) return false;
  }
  return true;
}

bool IsCreditsBlockWithEditor(const std::u32string& core) {
  constexpr size_t kMaxCredits = 100;
  if (core.size() > kMaxCredits || HasSentenceEnd(core)) return false;
  static constexpr std::u32string_view kRoles[] = {
      U"記者", U"记者", U"攝影",     U"摄影",     U"撰稿", U"文字", U"主播", U"配音", U"採訪", U"采访", U"影音",
      U"視頻", U"视频", U"責任編輯", U"责任编辑", U"編輯", U"编辑", U"責編", U"责编", U"剪輯", U"剪辑", U"後製",
      U"后期", U"監製", U"监制",     U"製作",     U"制作", U"審稿", U"审稿", U"美編", U"美编"};
  static constexpr std::u32string_view kEditors[] = {U"編輯", U"编辑", U"責編", U"责编", U"剪輯", U"剪辑",
                                                     U"後製", U"后期", U"監製", U"监制", U"美編", U"美编"};
  size_t fields = 0;
  bool editor = false;
  for (size_t i = 0; i < core.size(); ++i) {
    if (core[i] != U'：' && core[i] != ':' && core[i] != U'／' && core[i] != '/') continue;
    size_t k = i;
    while (k > 0 && utf8::IsSpace(core[k - 1])) --k;
    const size_t role_end = k;
    while (k > 0 && utf8::IsHan(core[k - 1])) --k;
    const std::u32string_view role = std::u32string_view(core).substr(k, role_end - k);
    for (std::u32string_view r : kRoles) {
      if (!role.ends_with(r) || role.size() > r.size() + 4) continue;
      ++fields;
      for (std::u32string_view e : kEditors) editor = editor || role.ends_with(e);
      break;
    }
  }
  if (fields >= 2 && editor) return true;
  // "红星新闻记者 王洁 编辑 邓旭 责编 魏孔明": roles and names parted by spaces
  // alone, each name two to four Han characters.
  constexpr size_t kMinName = 2, kMaxName = 4;
  const auto cells = SpaceSeparatedWords(core);
  if (cells.size() < 4 || cells.size() % 2 != 0) return false;
  fields = 0;
  editor = false;
  for (size_t j = 0; j < cells.size(); j += 2) {
    const std::u32string_view role = cells[j], name = cells[j + 1];
    const bool is_name = name.size() >= kMinName && name.size() <= kMaxName &&
                         std::all_of(name.begin(), name.end(), [](char32_t c) { return utf8::IsHan(c); });
    bool is_role = false;
    for (std::u32string_view r : kRoles) is_role = is_role || (role.ends_with(r) && role.size() <= r.size() + 4);
    if (!is_name || !is_role) return false;
    ++fields;
    for (std::u32string_view e : kEditors) editor = editor || role.ends_with(e);
  }
  return fields >= 2 && editor;
}

}  // namespace wenyuan::clean
