#include "clean/line_furniture.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "clean/media_widgets.h"
#include "clean/review_replies.h"
#include "clean/rights_notices.h"
#include "clean/site_footer_rules.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kRunTogetherChars = 24;
constexpr size_t kMaxPrintLinkChars = 6;  // "友善列印", "打印 关闭"

// A site's licence line: "增值电信业务经营许可证：京B2-20090123", "網路出版
// 服務許可證 (2019) 第0123號": a licence (许可证 / 許可證) of the business a
// site runs, with no sentence end. Not a regulation's words about permits
// ("准許（免除簽發許可證）。", "二、危險性機械及設備製造許可證之核發及查核").
bool IsSiteLicenceLine(const std::u32string& core, std::string_view c) {
  return ContainsAny(c, {"许可证", "許可證"}) && core.find(U'。') == std::u32string::npos &&
         ContainsAny(c, {"经营", "經營", "网络", "網路", "信息服务", "資訊服務", "出版", "视听", "視聽", "ICP"});
}

// "AAA", "A-AA+", "A+A-": a font-size control's choices written as
// letters of growing size (the spaces taken out), two A's or more and
// nothing but A, plus and minus.
bool IsLetterSizeChoices(std::u32string_view sizes) {
  const auto letters = std::count(sizes.begin(), sizes.end(), U'A');
  return letters >= 2 && std::all_of(sizes.begin(), sizes.end(), [](char32_t ch) {
           return ch == U'A' || ch == U'+' || ch == U'-' || ch == U'＋' || ch == U'－';
         });
}

// Page controls that carry a little punctuation: "【中 大 小】",
// "【字体：大 中 小】", "字體： A A A" (text size, its choices in words or
// letters under any of the control's labels), "共12張" (a gallery's
// picture count).
bool IsWidgetLabel(const std::u32string& core) {
  std::u32string sizes;
  for (char32_t ch : core) {
    if (ch != U'【' && ch != U'】' && ch != '[' && ch != ']' && !utf8::IsSpace(ch)) sizes += ch;
  }
  // "【字体：大 中 小】": the same with its label.
  bool labelled = false;
  for (std::u32string_view label : {U"字体大小", U"字體大小", U"文字大小", U"字型大小", U"字体", U"字體", U"字号",
                                    U"字號", U"字型", U"字級", U"字级"}) {
    if (sizes.starts_with(label)) {
      sizes = sizes.substr(label.size());
      if (sizes.starts_with(U"：") || sizes.starts_with(U":")) sizes = sizes.substr(1);
      labelled = true;
      break;
    }
  }
  if (sizes == U"中大小" || sizes == U"大中小" || sizes == U"小中大") return true;
  if (labelled && IsLetterSizeChoices(sizes)) return true;
  // "台灣的「AI小國大戰略」共1張": a gallery link with its picture count.
  if (core.size() >= 3 && (core.back() == U'張' || core.back() == U'张')) {
    size_t i = core.size() - 1;
    while (i > 0 && core[i - 1] >= '0' && core[i - 1] <= '9') --i;
    if (i < core.size() - 1 && i > 0 && core[i - 1] == U'共') return true;
  }
  return false;
}

// `s` without the brackets around it ("【我要評論】", "[参与互动]").
std::string Unbracketed(const std::string& s) {
  for (auto [open, close] : {std::pair{"【", "】"}, std::pair{"[", "]"}}) {
    const std::string_view o = open, c = close;
    if (s.size() > o.size() + c.size() && s.starts_with(o) && s.ends_with(c)) {
      return s.substr(o.size(), s.size() - o.size() - c.size());
    }
  }
  return s;
}

// "0条 Plus", "12 則留言": a comment or like counter.
bool IsCounter(const std::u32string& core) {
  size_t i = 0;
  while (i < core.size() && core[i] >= '0' && core[i] <= '9') ++i;
  if (i == 0 || core.size() > 12) return false;
  while (i < core.size() && utf8::IsSpace(core[i])) ++i;
  return i < core.size() && (core[i] == U'条' || core[i] == U'條' || core[i] == U'則' || core[i] == U'则' ||
                             core[i] == U'赞' || core[i] == U'讚');
}

// "【職場未來】…【霍金逝世】…【糧尾福音】…": other articles' headlines, each
// behind its bracketed tag, run into one line. Counts the tags that begin
// a headline (not a bracketed word inside a sentence).
size_t BracketedHeadlines(const std::u32string& core) {
  size_t tags = 0;
  for (size_t i = 0; i < core.size(); ++i) {
    if (core[i] != U'【') continue;
    size_t close = core.find(U'】', i);
    if (close == std::u32string::npos || close - i > 12) continue;
    bool starts_item = i == 0 || !(core[i - 1] == U'，' || core[i - 1] == U'、' || core[i - 1] == U'的');
    tags += starts_item;
    i = close;
  }
  return tags;
}

// "字型大小：A A+ A++" → "字型大小A A+ A++": a widget's label colon is no sentence.
std::u32string WithoutColons(std::u32string s) {
  std::erase_if(s, [](char32_t ch) { return ch == U'：' || ch == ':'; });
  return s;
}

// "首頁 › 論壇 › 存儲 › 求助：硬盤怎麼選？": short section names, then the
// page's own title (which may have any punctuation) after the last arrow.
bool IsBreadcrumbToTitle(const std::u32string& core) {
  constexpr size_t kMaxSectionChars = 12;
  size_t segment = 0, sections = 0;
  bool punct = false;
  for (char32_t ch : core) {
    if (ch == '>' || ch == U'›' || ch == U'»' || ch == U'＞') {
      if (segment == 0 || segment > kMaxSectionChars || punct) return false;
      ++sections;
      segment = 0;
    } else if (!utf8::IsSpace(ch)) {
      punct = punct || IsSentencePunct(ch);
      ++segment;
    }
  }
  return sections >= 3;
}

// "上一篇：…", "<< 上一則：… | 下一則：… >>", "下一条" alone, "下篇 »": links to the
// neighbouring articles of a news or government page.
bool IsPreviousNextLink(const std::u32string& core) {
  constexpr size_t kMaxChars = 120;
  if (core.size() > kMaxChars) return false;
  size_t i = 0;
  while (i < core.size() &&
         (utf8::IsSpace(core[i]) || std::u32string_view(U"<«‹【[(（").find(core[i]) != std::u32string_view::npos)) {
    ++i;
  }
  const std::u32string_view rest = std::u32string_view(core).substr(i);
  for (std::u32string_view word :
       {U"上一篇", U"下一篇", U"上一則", U"下一則", U"上一则", U"下一则", U"上一條", U"下一條", U"上一条", U"下一条",
        U"上篇", U"下篇", U"前一篇", U"後一篇", U"后一篇"}) {
    if (!rest.starts_with(word)) continue;
    size_t k = word.size();
    while (k < rest.size() && utf8::IsSpace(rest[k])) ++k;
    if (k < rest.size() && (rest[k] == U'：' || rest[k] == ':')) return true;
    // "下篇 »": the word and an arrow.
    while (k < rest.size() &&
           (utf8::IsSpace(rest[k]) || std::u32string_view(U">»›＞→").find(rest[k]) != std::u32string_view::npos)) {
      ++k;
    }
    return k == rest.size();
  }
  return false;
}

// "参考资料^ [4]", "參考資料 [1][2]": an encyclopedia's pointer to its
// references under a table or a section, with no text of its own.
bool IsReferenceNote(const std::u32string& core) {
  std::u32string rest;
  for (size_t i = 0; i < core.size(); ++i) {
    if (core[i] == '^' || utf8::IsSpace(core[i])) continue;
    if (core[i] == '[') {
      size_t close = core.find(']', i);
      if (close == std::u32string::npos) return false;
      for (size_t k = i + 1; k < close; ++k) {
        if (core[k] < '0' || core[k] > '9') return false;
      }
      i = close;
      continue;
    }
    rest += core[i];
  }
  return rest != core && (rest == U"参考资料" || rest == U"參考資料" || rest == U"参考来源" || rest == U"參考來源");
}

// "收藏本文", "訂閱作者", "收藏文章 訂閱此作": short labels of an article's
// action buttons (collect, subscribe, follow), alone or in a row; and a
// row of save and print buttons ("加入最愛  加入行程  列印", "加入收藏 打印"),
// two or more side by side (one "加入我们" may be a heading).
bool IsActionButtonRow(const std::u32string& core) {
  constexpr size_t kMaxButton = 6, kMaxRow = 20;
  if (core.size() > kMaxRow) return false;
  size_t buttons = 0;
  bool added = false;  // "加入最愛", "列印": buttons only beside another
  for (size_t i = 0; i < core.size();) {
    size_t end = i;
    while (end < core.size() && !utf8::IsSpace(core[end])) ++end;
    const std::u32string_view word = std::u32string_view(core).substr(i, end - i);
    if (!word.empty()) {
      bool button = false;
      if (word.size() <= kMaxButton) {
        for (std::u32string_view verb : {U"收藏", U"訂閱", U"订阅", U"追蹤", U"追踪"})
          button = button || word.starts_with(verb);
        // "追蹤事項", "訂閱方式", "收藏說明": a section of the record about
        // that act (its matters, way, notes), a heading, not a button.
        for (std::u32string_view matter : {U"事項", U"事项", U"情形", U"情況", U"情况", U"方式", U"辦法", U"办法",
                                           U"說明", U"说明", U"須知", U"须知", U"進度", U"进度", U"結果", U"结果"})
          button = button && !(word.size() > matter.size() && word.ends_with(matter));
        // "加入最愛", "加入行程", "加入收藏": a page's save buttons; "列印".
        const bool save = (word.starts_with(U"加入") && word.size() >= 4) || word == U"列印" || word == U"打印";
        added = added || (save && !button);
        button = button || save;
      }
      if (!button) return false;
      ++buttons;
    }
    i = end + 1;
  }
  return buttons > (added ? 1 : 0);
}

// "TNLR_2307_TW_AI_01", "_DSC3668", "_DSC3762-2": a picture's file name
// printed where the picture stood. One word of letters, digits, '_' and
// '-', with an underscore and a run of digits.
bool IsImageName(const std::u32string& core) {
  constexpr size_t kMinName = 5, kMaxName = 40, kMinDigits = 3;
  if (core.size() < kMinName || core.size() > kMaxName) return false;
  size_t digits = 0;
  bool underscore = false;
  for (char32_t c : core) {
    if (!(c < 0x80 && (std::isalnum(static_cast<int>(c)) || c == '_' || c == '-'))) return false;
    digits += IsAsciiDigit(c);
    underscore = underscore || c == '_';
  }
  return underscore && digits >= kMinDigits;
}

// "- 完 -", "－完－", "-END-": the layout mark a press release or a news
// wire ends with. "（完）", "(全文完)" in brackets are the writer's own last
// words of the text, kept as the body's end.
bool IsEndMark(const std::u32string& core) {
  constexpr size_t kMaxMark = 9;
  if (core.size() > kMaxMark) return false;
  if (const std::u32string bare = WithoutSpaces(core);
      (bare.starts_with(U"（") && bare.ends_with(U"）")) || (bare.starts_with(U"(") && bare.ends_with(U")"))) {
    return false;
  }
  std::u32string rest;
  for (char32_t c : core) {
    if (!utf8::IsSpace(c) && std::u32string_view(U"-－—–(（)）[]【】〔〕=＝*").find(c) == std::u32string_view::npos) {
      rest += c;
    }
  }
  return rest != core && (rest == U"完" || rest == U"END" || rest == U"End" || rest == U"end");
}

// "發文字號   院臺衛字第1130037614號", "质询字号：委员质询第12号", a bill's
// "字號  院總第1558號": a record's number field (its label ends in 字號 or
// is 字號, its value a numbered 號), not a font-size widget's 字號. The
// number may stand apart or be written in Han numerals ("第 1876 號",
// "第一八七六號").
bool IsDocumentNumberField(const std::u32string& core) {
  const size_t label = core.find(U"字號") != std::u32string::npos ? core.find(U"字號") : core.find(U"字号");
  if (label == std::u32string::npos || (label > 0 && !utf8::IsHan(core[label - 1]))) return false;
  auto numeral = [](char32_t c) {
    return IsAsciiDigit(c) || std::u32string_view(U"〇一二三四五六七八九十百千").find(c) != std::u32string_view::npos;
  };
  for (size_t i = label + 2; i < core.size(); ++i) {
    if (core[i] != U'號' && core[i] != U'号') continue;
    size_t k = i;
    while (k > label + 2 && utf8::IsSpace(core[k - 1])) --k;
    if (k > label + 2 && numeral(core[k - 1])) return true;
  }
  return false;
}

// "字號：大 中 小", "調整字號 A+ A-", "【字号 + -】", "小字号": a font-size
// control's 字號, opening the line or a bracket, or after a verb that sets
// it or a size; not the 字號 of "老字號" or "裁判字號".
bool HasFontSizeWord(const std::u32string& core) {
  for (std::u32string_view word : {U"字號", U"字号"}) {
    for (size_t at = core.find(word); at != std::u32string::npos; at = core.find(word, at + 1)) {
      if (at == 0 || !utf8::IsHan(core[at - 1])) return true;
      const std::u32string_view before = std::u32string_view(core).substr(0, at);
      for (std::u32string_view verb : {U"調整", U"调整", U"選擇", U"选择", U"設定", U"设定", U"改變", U"改变", U"大",
                                       U"中", U"小", U"默認", U"默认"}) {
        if (before.ends_with(verb)) return true;
      }
    }
  }
  return false;
}

// "本論文永久網址: https://hdl.handle.net/…", "本文链接：https://…",
// "Permalink: https://…": the page's own address under a label that says
// so (this item's, permanent), and nothing else.
bool IsOwnAddressLine(const std::u32string& core) {
  constexpr size_t kMaxLabel = 10;
  const size_t colon = core.find_first_of(U":：");
  if (colon == std::u32string::npos || colon == 0 || colon > kMaxLabel) return false;
  std::u32string label = core.substr(0, colon);
  while (!label.empty() && utf8::IsSpace(label.back())) label.pop_back();
  size_t url = colon + 1;
  while (url < core.size() && utf8::IsSpace(core[url])) ++url;
  const std::u32string rest = core.substr(url);
  if (!(rest.starts_with(U"http://") || rest.starts_with(U"https://")) ||
      rest.find_first_of(U" \u3000") != std::u32string::npos) {
    return false;
  }
  const bool address_word = label.ends_with(U"網址") || label.ends_with(U"网址") || label.ends_with(U"連結") ||
                            label.ends_with(U"链接") || label.ends_with(U"URL");
  const bool own = label.starts_with(U"本") || label.find(U"永久") != std::u32string::npos;
  return (address_word && own) || label == U"Permalink" || label == U"永久連結" || label == U"永久链接";
}

bool IsBackLink(std::string_view c) {
  return EqualsAny(c, {"回頁首", "回页首", "返回頁首", "返回页首", "回到頁首", "回到页首", "回最上方", "回到最上方",
                       "回頂端", "回顶端", "回上方", "TOP"});
}

// "回上一頁   回頁首", "返回上页 | 返回首页 | 回到顶部": two links back or
// more (to the page before, the home page, the top), nothing else.
bool IsBackLinkRow(std::string_view c) {
  size_t links = 0;
  for (size_t at = 0; at < c.size();) {
    const size_t end = std::min(c.find_first_of(" |", at), c.size());
    const std::string_view part = c.substr(at, end - at);
    at = end + 1;
    if (part.empty()) continue;
    if (!IsBackLink(part) && !EqualsAny(part, {"回上一頁", "回上一页", "回上頁", "回上页", "返回上一頁", "返回上一页",
                                               "返回上頁", "返回上页", "回首頁", "回首页", "返回首頁", "返回首页",
                                               "回到頂端", "回到顶部", "返回頂部", "返回顶部", "返回"})) {
      return false;
    }
    ++links;
  }
  return links >= 2;
}

}  // namespace

std::string LineFurnitureReason(std::string_view line, const std::u32string& core, bool placeholder) {
  if (core.empty()) return placeholder ? "image placeholder" : "bullet without text";
  const std::string c = EncodeUtf8(core);
  // A select box as lynx prints it: its value padded with underscores in
  // brackets ("[台北市___]", "[2人___]").
  if (line.find("(BUTTON)") != std::string_view::npos || line.find("[BUTTON]") != std::string_view::npos ||
      line.find("____") != std::string_view::npos || line.find("___]") != std::string_view::npos) {
    return "button or form field";
  }
  // "[举报]", "【引用】": a post's action as a bracketed link, alone.
  if (c.size() > 2 && ((c.starts_with("[") && c.ends_with("]")) || (c.starts_with("【") && c.ends_with("】")))) {
    const std::string_view bare = std::string_view(c).substr(c[0] == '[' ? 1 : 3, c.size() - (c[0] == '[' ? 2 : 6));
    if (EqualsAny(bare, {"举报", "舉報", "檢舉", "检举", "回复", "回覆", "引用", "编辑", "編輯", "收藏", "点赞", "點讚",
                         "Report", "Reply", "Quote"})) {
      return "button or form label";
    }
  }
  if (EqualsAny(c, {"登入",     "登录",     "登出",     "退出",     "註冊",     "注册",     "搜尋", "搜索",   "搜寻",
                    "Search",   "Login",    "Sign in",  "Log in",   "Submit",   "送出",     "確定", "确定",   "取消",
                    "回到頂端", "回到顶部", "返回頂部", "返回顶部", "Top",      "更多",     "More", "上一頁", "下一頁",
                    "上一页",   "下一页",   "播报",     "播報",     "语音播报", "語音播報", "编辑", "編輯",   "收藏",
                    "banner",   "点赞",     "點讚",     "点赞数",   "點讚數",   "举报",     "舉報", "檢舉"})) {
    return "button or form label";
  }
  // "回頁首", "返回页首", "回最上方": a link back to the page's top; a row
  // of such links with the way back ("回上一頁   回頁首", "返回上页 | 回到顶部").
  if (IsBackLink(c) || IsBackLinkRow(c)) return "button or form label";
  // "加入行事曆", "查看地圖": an event's or a place's calendar and map links.
  if (EqualsAny(c, {"加入行事曆", "加入行事历", "加入日曆", "加入日历", "加到行事曆", "加到日曆", "添加到日历",
                    "添加至日历", "加入 Google 日曆", "Add to calendar", "查看地圖", "查看地图", "開啟地圖", "打开地图",
                    "地圖導航", "地图导航", "在地圖上查看", "在地图上查看", "View map"})) {
    return "button or form label";
  }
  // "收藏本文", "收藏文章 訂閱此作", "Loader": an article's action buttons
  // and a spinner's label.
  if (IsActionButtonRow(core) || EqualsAny(c, {"Loader", "Loading", "Loading..."})) return "button or form label";
  if (IsImageName(core)) return "image name";
  // "导读" over a summary, "参考资料^ [4]" under a table: labels, not text.
  if (EqualsAny(c, {"导读", "導讀", "导语", "導語", "Tags：", "Tags:", "標籤：", "标签：", "關鍵字：", "关键字："})) {
    return "section label";
  }
  if (IsReferenceNote(core)) return "reference note";
  // "图片来源：视觉中国", "圖片提供：受訪者": where a picture came from, a
  // credit under it (a caption that says something is kept).
  if (core.size() <= 24 && !HasSentenceEnd(core) &&
      StartsWithAny(c, {"图片来源", "圖片來源", "图片提供", "圖片提供", "图源：", "圖源：", "图片来自", "圖片來自"})) {
    return "picture credit";
  }
  if (IsEndMark(core)) return "end mark";
  // "原文链接阅读更舒服：…", "閱讀原文": a pointer to where the text was first
  // published, not part of it.
  if (core.size() <= 80 && core.back() != U'。' &&
      StartsWithAny(c, {"原文链接", "原文鏈接", "原文連結", "阅读原文", "閱讀原文", "查看原文", "原文地址"})) {
    return "link to the original";
  }
  if (EqualsAny(c, {"IMG", "Image", "image", "圖片", "图片", "(IMG)", "[IMG]", "INLINE"})) return "image placeholder";
  if (core.size() <= 40 && !HasSentencePunct(WithoutColons(core)) && !IsDocumentNumberField(core) &&
      (ContainsAny(
           c, {"分享",       "轉寄",       "转发",       "Facebook",   "Twitter",    "Telegram",  "WhatsApp", "微博",
               "微信",       "複製連結",   "复制链接",   "字級",       "字体大小",   "字型大小",  "字體大小", "LINE",
               "電郵給朋友", "电邮给朋友", "發送給朋友", "发送给朋友", "推薦給朋友", "推荐给朋友"}) ||
       HasFontSizeWord(core))) {
    return "share widget";
  }
  // "列印", "【打印本页】", "友善列印 | 轉寄": a print link; a heading about
  // printing ("打印服務供應商如何運用人工智能") is not one.
  if (core.size() <= 40 && !HasSentencePunct(WithoutColons(core)) &&
      ((core.size() <= kMaxPrintLinkChars && ContainsAny(c, {"列印", "打印"})) ||
       ContainsAny(c, {"【打印", "【列印", "[打印", "[列印", "打印本", "列印本", "打印此", "列印此", "友善列印"}))) {
    return "share widget";
  }
  if (core.size() <= 12 && StartsWithAny(c, {"分享到", "分享至", "Share"})) return "share widget";
  if (core.size() <= 60 && IsWidgetLabel(core)) return "button or form label";
  // "参与互动", "【我要評論】", "我来说两句": a prompt to comment, alone.
  if (EqualsAny(Unbracketed(c), {"参与互动", "參與互動", "参与讨论", "參與討論", "我要评论", "我要評論", "发表评论",
                                 "發表評論", "我来说两句", "我來說兩句", "我要留言", "发表留言", "發表留言"})) {
    return "button or form label";
  }
  if (core.size() <= 40 && ContainsAny(c, {"APP", "App", "app"}) &&
      ContainsAny(c, {"閱讀全文", "阅读全文", "下載", "下载", "打開", "打开"})) {
    return "app promotion";
  }
  // "下載「某某」流動應用程式，預約更方便": a banner for the site's app, named
  // in words, that is no sentence.
  if (core.size() <= 40 && !HasSentenceEnd(core) && StartsWithAny(c, {"下載", "下载", "安裝", "安装"}) &&
      ContainsAny(c, {"應用程式", "应用程序", "應用程序", "手機應用", "手机应用"})) {
    return "app promotion";
  }
  if (std::string why = MediaWidgetReason(core); !why.empty()) return why;
  if (std::string why = SpoilerWarningReason(core); !why.empty()) return why;
  if (StartsWithAny(c, {"#alternate", "alternate alternate"}) || c == "analytics") return "feed or tracking link";
  if (IsOwnAddressLine(core)) return "the page's own address";
  // A map link on a line of its own ("[查看地图]", "查看地圖").
  if (EqualsAny(c,
                {"[查看地图]", "[查看地圖]", "查看地图", "查看地圖", "[地图]", "[地圖]", "[地图导航]", "[地圖導航]"})) {
    return "button or form label";
  }
  if (IsPreviousNextLink(core)) return "previous/next links";
  if (std::string why = SiteFooterReason(core); !why.empty()) return why;
  // Words about rights in an article of a contract or a regulation are
  // its rules (clean/rights_notices.h), not the site's notice; asked only
  // of the few lines that hold such words.
  if (core.size() <= 300 && ContainsAny(c, {"知識產權", "知识产权", "著作權", "著作权"}) &&
      ContainsAny(c, {"未經", "未经", "禁止", "不得"}) && !IsArticleOrItemOfRules(core)) {
    return "copyright notice";
  }
  if (BracketedHeadlines(core) >= 2 && core.find(U'。') == std::u32string::npos) return "link text run together";
  if (IsCounter(core)) return "button or form label";
  if (core.size() <= 160 &&
      ContainsAny(c, {"版權所有", "版权所有", "Copyright", "copyright", "©", "All rights reserved",
                      "All Rights Reserved", "ICP备", "ICP證", "公网安备", "著作權所有"}) &&
      !IsArticleOrItemOfRules(core)) {
    return "copyright notice";
  }
  if (core.size() <= 160 && (ContainsAny(c, {"举报电话", "檢舉電話", "举报邮箱", "服务邮箱", "備案號", "备案号"}) ||
                             IsSiteLicenceLine(core, c))) {
    return "site licence or contact footer";
  }
  {
    // "關於我們 | 聯絡我們 | 隱私權政策 | ..." : a row of short links.
    size_t segments = 1, longest = 0, current = 0;
    for (char32_t ch : core) {
      if (ch == '|' || ch == U'｜' || ch == U'丨') {
        ++segments;
        longest = std::max(longest, current);
        current = 0;
      } else if (!utf8::IsSpace(ch)) {
        ++current;
      }
    }
    longest = std::max(longest, current);
    if (segments >= 4 && longest <= 12) return "menu or link list";
  }
  if (core.size() <= 300 && ContainsAny(c, {"cookie", "Cookie", "COOKIE"}) &&
      ContainsAny(c, {"使用", "接受", "同意", "隱私", "隐私", "privacy", "Privacy", "accept", "Accept"})) {
    return "cookie notice";
  }
  // "点击“发布你的回答”，即表示你同意我们的服务条款…": what pressing a
  // form's button agrees to.
  if (core.size() <= 120 &&
      ContainsAny(c, {"即表示", "即代表", "即視為", "即视为", "表示您同意", "表示你同意", "表示您已同意"}) &&
      ContainsAny(c, {"服务条款", "服務條款", "使用条款", "使用條款", "隐私政策", "隱私政策", "隱私權", "隐私权",
                      "用户协议", "用戶協議", "會員條款", "会员条款"})) {
    return "consent notice";
  }
  size_t arrows = 0;
  for (char32_t ch : core) arrows += ch == '>' || ch == U'›' || ch == U'»' || ch == U'＞';
  if (arrows >= 2 && core.size() <= 60 && !HasSentencePunct(core)) return "breadcrumb";
  // "健康 » 養生", "财经 › 股市": a category and its section, two short Han
  // names behind a guillemet (a bare ">" may be a comparison).
  if (arrows == 1 && (core.find(U'»') != std::u32string::npos || core.find(U'›') != std::u32string::npos)) {
    constexpr size_t kMaxCrumbName = 6;
    const size_t at = core.find_first_of(U"»›");
    const std::u32string left = WithoutSpaces(core.substr(0, at)), right = WithoutSpaces(core.substr(at + 1));
    auto name = [&](const std::u32string& s) {
      return !s.empty() && s.size() <= kMaxCrumbName && CountHan(s) == s.size();
    };
    if (name(left) && name(right)) return "breadcrumb";
  }
  // "法規類別： 行政 > 內政部 > 戶政目": a field whose value is a category
  // path, the page's place in the site.
  if (arrows >= 2 && core.size() <= 60) {
    const size_t colon = core.find_first_of(U"：:");
    if (colon != std::u32string::npos && colon >= 2 && colon <= 6 && CountHan(core.substr(0, colon)) == colon &&
        !HasSentencePunct(core.substr(colon + 1))) {
      return "category path";
    }
  }
  if (arrows >= 3 && core.size() <= 120 && IsBreadcrumbToTitle(core)) return "breadcrumb";
  if (core.size() <= 120 && ContainsAny(c, {"Processed in", "Powered by", "页面执行时间", "頁面執行時間"})) {
    return "site software footer";
  }
  // Chinese link labels with the spaces between them lost; identifiers
  // and model names (mostly Latin) are not that.
  size_t han = static_cast<size_t>(std::count_if(core.begin(), core.end(), utf8::IsHan));
  // A headline led by its unit's tag ("【課務組】…") is one headline.
  if (core.size() >= kRunTogetherChars && !HasSentencePunct(core) && han * 2 >= core.size() &&
      !StartsWithUnitTag(core) &&
      std::none_of(core.begin(), core.end(), [](char32_t ch) { return utf8::IsSpace(ch); })) {
    return "link text run together";
  }
  return {};
}

bool IsWidgetCellReason(const std::string& reason) {
  return reason == "share widget" || reason == "button or form label" || reason == "button or form field" ||
         reason == "image placeholder";
}

// "類別     內政及族群", "分类：社会新闻", "栏目: 通知公告": the section of
// the site a record is filed under, one field on its own line.
bool IsCategoryField(const std::u32string& core) {
  constexpr size_t kMaxValue = 12;
  for (std::u32string_view label : {U"類別", U"类别", U"分類", U"分类", U"欄目", U"栏目", U"所屬分類", U"所属分类",
                                    U"章別", U"章别", U"篇別", U"篇别"}) {
    if (!core.starts_with(label)) continue;
    size_t i = label.size();
    bool sep = false;
    while (i < core.size() && (utf8::IsSpace(core[i]) || core[i] == U'：' || core[i] == ':')) {
      ++i;
      sep = true;
    }
    const std::u32string value = core.substr(i);
    return sep && !value.empty() && value.size() <= kMaxValue && !HasSentencePunct(value) && CountHan(value) >= 2;
  }
  return false;
}

bool IsIssueField(const std::u32string& core) {
  constexpr size_t kMaxValue = 40;
  constexpr size_t kMinLabel = 2, kMaxLabel = 4;
  const std::u32string label = HanFieldLabel(core, kMinLabel, kMaxLabel);
  for (std::u32string_view w : {U"卷期", U"期別", U"期别", U"刊期", U"公報日期", U"公报日期", U"刊登日期"}) {
    if (label != w) continue;
    const std::u32string value = core.substr(label.size() + 1);
    return value.size() <= kMaxValue && !HasSentencePunct(value) &&
           std::any_of(value.begin(), value.end(), [](char32_t c) { return utf8::IsAsciiDigit(c); });
  }
  return false;
}

void MarkCategoryFields(std::vector<PageLine>& lines) {
  for (PageLine& l : lines) {
    if (l.reason.empty() && !l.bullet && (IsCategoryField(l.core) || IsIssueField(l.core))) l.reason = "category path";
  }
}

}  // namespace wenyuan::clean
