#include "clean/page_tails.h"

#include <algorithm>
#include <string_view>

#include "clean/line_shape_words.h"
#include "clean/listing_widgets.h"
#include "clean/page_notices.h"
#include "clean/page_widgets.h"
#include "clean/running_heads.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxDisclaimer = 320;
constexpr size_t kMaxLabel = 8;
constexpr size_t kBodyParagraphHan = 40;
constexpr size_t kMaxNoticeSentence = 100;
constexpr size_t kMaxPager = 90;
constexpr size_t kMaxFileLink = 100;
constexpr size_t kMaxListHeading = 12;
constexpr size_t kMaxWidgetLine = 60;

// "註：", "风险提示：", "温馨提示：": a short label of Han characters and its
// colon at the start of `s`; the text after it (all of `s` if none).
std::u32string_view AfterLabel(std::u32string_view s) {
  for (size_t i = 0; i < s.size() && i <= kMaxLabel; ++i) {
    if (IsColon(s[i])) return i == 0 ? s : utf8::Trim(s.substr(i + 1));
    if (!utf8::IsHan(s[i])) return s;
  }
  return s;
}

// "1. ", "2、", "(3)", "①", "一、": an item of a numbered list.
bool StartsNumbered(std::u32string_view s) {
  s = utf8::Trim(s);
  if (s.empty()) return false;
  if (s.front() >= U'①' && s.front() <= U'⑳') return true;
  size_t i = 0;
  if (s.front() == '(' || s.front() == U'（') ++i;
  const size_t digits = i;
  while (i < s.size() && utf8::IsDecimalDigit(s[i])) ++i;
  if (i == digits) {
    while (i < s.size() && std::u32string_view(U"一二三四五六七八九十").find(s[i]) != std::u32string_view::npos) ++i;
    return i > digits && i < s.size() && (s[i] == U'、' || s[i] == U'）' || s[i] == ')');
  }
  return i < s.size() && std::u32string_view(U".．、)）").find(s[i]) != std::u32string_view::npos;
}

bool EndsSentence(std::u32string_view s) {
  s = utf8::Trim(s);
  return !s.empty() && std::u32string_view(U"。！？!?").find(s.back()) != std::u32string_view::npos;
}

// A kept line of the body: a sentence with enough Han to be prose.
bool IsBodyParagraph(const PageLine& l) {
  return l.kept() && HasSentenceEnd(l.core) && CountHan(l.core) >= kBodyParagraphHan;
}

// "資料", "相關數據", "页面信息": the clause names the page's data and
// nothing else ("他說資料…" reports what someone said).
bool IsBareDataNoun(std::u32string_view clause) {
  for (std::u32string_view prefix : {U"相關", U"相关", U"各項", U"各项", U"所有", U"頁面", U"页面", U"網頁", U"网页",
                                     U"網站", U"网站", U"表列", U"表內", U"表内"}) {
    if (clause.starts_with(prefix)) {
      clause.remove_prefix(prefix.size());
      break;
    }
  }
  for (std::u32string_view noun : {U"資料", U"资料", U"數據", U"数据", U"資訊", U"资讯", U"信息", U"內容", U"内容",
                                   U"價格", U"价格", U"時間", U"时间", U"費用", U"费用", U"金額", U"金额"}) {
    if (clause == noun) return true;
  }
  return false;
}

}  // namespace

bool IsSiteDisclaimer(const std::u32string& paragraph) {
  if (paragraph.size() > kMaxDisclaimer) return false;
  const std::u32string_view whole = utf8::Trim(paragraph);
  const std::u32string_view rest = AfterLabel(whole);
  if (StartsNumbered(rest)) return false;
  // Labelled so: "免責聲明：…", "风险提示：…投资需谨慎".
  if (rest.size() < whole.size() &&
      (StartsWithAnyOf(whole, {U"免責聲明", U"免责声明", U"免責條款", U"免责条款"}) ||
       (StartsWithAnyOf(whole, {U"风险提示", U"風險提示"}) && ContainsAnyOf(rest, {U"有风险", U"有風險"})))) {
    return true;
  }
  // A bank's membership of the deposit protection scheme, with what it
  // covers: "本行為澳門存款保障制度之成員。…每名存款人最高保障額為MOP 500,000。",
  // "本行為中央存款保險公司之要保機構".
  if (ContainsAnyOf(rest, {U"本行", U"本銀行", U"本银行"}) &&
      ContainsAnyOf(rest, {U"存款保障", U"存款保險", U"存款保险"}) &&
      ContainsAnyOf(rest, {U"成員", U"成员", U"要保機構", U"要保机构"})) {
    return true;
  }
  size_t at = std::u32string_view::npos;
  for (std::u32string_view w :
       {U"僅供參考", U"仅供参考", U"只供參考", U"只供参考", U"僅作參考", U"仅作参考", U"僅供参考", U"只作參考",
        U"只作参考", U"謹供參考", U"谨供参考", U"僅供參閱", U"仅供参阅"}) {
    at = std::min(at, rest.find(w));
  }
  if (at == std::u32string_view::npos) return false;
  // The clause that says so speaks of the page's own data: "以上…",
  // "上述資料…", "本資料…", "本页面所载数据…".
  size_t start = rest.find_last_of(U"，。；,;：:", at);
  // The clause opens a sentence: "馆方表示，以上票价仅供参考…" reports
  // what someone said.
  if (start != std::u32string_view::npos && rest[start] != U'。' && rest[start] != U'；') return false;
  start = start == std::u32string_view::npos ? 0 : start + 1;
  std::u32string_view clause = utf8::Trim(rest.substr(start, at - start));
  // A mark before the notice ("※", "*", "★") is not its subject.
  while (!clause.empty() && std::u32string_view(U"※*＊★☆●◎◆■").find(clause.front()) != std::u32string_view::npos) {
    clause = utf8::Trim(clause.substr(1));
  }
  if (!StartsWithAnyOf(clause, {U"以上", U"上述", U"上列", U"本", U"此", U"所"}) && !IsBareDataNoun(clause))
    return false;
  // And points elsewhere, or denies more.
  return ContainsAnyOf(rest.substr(at), {U"為準", U"为准", U"不構成", U"不构成", U"並非", U"并非", U"不保證", U"不保证",
                                         U"不承擔", U"不承担", U"概不負責", U"概不负责", U"不作為", U"不作为",
                                         U"恕不另行", U"如有更改", U"如有变动", U"如有變動"});
}

bool IsPagerLine(const std::u32string& core) {
  if (core.size() > kMaxPager || HasSentenceEnd(core)) return false;
  static constexpr std::u32string_view kLinks[] = {
      U"上一页",     U"下一页",       U"上一頁", U"下一頁",     U"上一筆",     U"下一筆",       U"上一笔",
      U"下一笔",     U"上一条",       U"下一条", U"上一條",     U"下一條",     U"首页",         U"首頁",
      U"尾页",       U"尾頁",         U"末页",   U"末頁",       U"每页显示",   U"每頁顯示",     U"每页",
      U"每頁",       U"跳转",         U"跳轉",   U"回查詢結果", U"回查询结果", U"返回查詢結果", U"返回查询结果",
      U"回搜尋結果", U"返回搜索结果", U"上页",   U"下页",       U"上頁",       U"下頁"};
  // Labels and filler a pager has ("显示第 1 至 20 项结果，共 57 项").
  static constexpr std::u32string_view kLabels[] = {
      U"查詢結果", U"查询结果", U"搜尋結果", U"搜索结果", U"检索结果", U"檢索結果", U"显示",
      U"顯示",     U"结果",     U"結果",     U"记录",     U"記錄",     U"转到",     U"轉到",
  };
  const std::u32string_view units = U"页頁筆笔条條项項";
  size_t tokens = 0;
  size_t other_han = 0;
  size_t page_numbers = 0;
  for (size_t i = 0; i < core.size();) {
    const std::u32string_view s = std::u32string_view(core).substr(i);
    size_t taken = 0;
    for (std::u32string_view w : kLinks) {
      if (s.starts_with(w)) {
        taken = w.size();
        ++tokens;
        break;
      }
    }
    for (std::u32string_view w : kLabels) {
      if (taken == 0 && s.starts_with(w)) taken = w.size();
    }
    if (taken == 0 && (s.front() == U'第' || s.front() == U'共')) {
      // "第 1 页", "共 7 筆": a counter.
      size_t k = 1;
      while (k < s.size() && utf8::IsSpace(s[k])) ++k;
      const size_t digits = k;
      while (k < s.size() && (utf8::IsDecimalDigit(s[k]) || s[k] == ',')) ++k;
      bool number = k > digits;
      while (k < s.size() && utf8::IsSpace(s[k])) ++k;
      // "第 3 / 12 页", "第 1 至 20 项": a range.
      if (number && k < s.size() && std::u32string_view(U"/／至到-–").find(s[k]) != std::u32string_view::npos) {
        ++k;
        while (k < s.size() && utf8::IsSpace(s[k])) ++k;
        const size_t second = k;
        while (k < s.size() && (utf8::IsDecimalDigit(s[k]) || s[k] == ',')) ++k;
        number = k > second;
        while (k < s.size() && utf8::IsSpace(s[k])) ++k;
      }
      if (number && k < s.size() && units.find(s[k]) != std::u32string_view::npos) {
        taken = k + 1;
        ++tokens;
      }
    }
    if (taken == 0 && s.front() == U'「') {
      // The query searched for: "「焚風」".
      const size_t close = s.find(U'」');
      if (close <= kMaxLabel + 1) taken = close + 1;  // npos is over the bound
    }
    if (taken == 0 && utf8::IsDecimalDigit(s.front()) && (i == 0 || !utf8::IsDecimalDigit(core[i - 1]))) {
      // A page's number among the links: "1 2 3 … 10".
      const size_t k = std::find_if_not(s.begin(), s.end(), utf8::IsDecimalDigit) - s.begin();
      if (k == s.size() || utf8::IsSpace(s[k])) ++page_numbers;
      taken = k;
    }
    if (taken == 0) {
      if (utf8::IsHan(s.front()) && units.find(s.front()) == std::u32string_view::npos) ++other_han;
      taken = 1;
    }
    i += taken;
  }
  // Two counters or links, or one link among three page numbers or more.
  return (tokens >= 2 || (tokens == 1 && page_numbers >= 3)) && other_han <= 2;
}

bool IsFileLinkLine(std::string_view raw) {
  const std::u32string s(utf8::Trim(DecodeUtf32(raw)));
  if (s.empty() || s.size() > kMaxFileLink || HasSentenceEnd(s)) return false;
  std::u32string upper;
  for (char32_t c : s) upper += (c >= 'a' && c <= 'z') ? c - 'a' + 'A' : c;
  for (std::u32string_view tag : {U"[PDF]", U"[DOC]", U"[DOCX]", U"[XLS]", U"[XLSX]", U"[ODT]", U"[ODS]", U"[PPT]",
                                  U"[PPTX]", U"[ZIP]", U"[RAR]", U"[TXT]", U"[CSV]"}) {
    if (upper.starts_with(tag)) return true;
  }
  // A file's name: "報名表.docx".
  for (std::u32string_view ext : {U".PDF", U".DOC", U".DOCX", U".XLS", U".XLSX", U".ODT", U".ODS", U".PPT", U".PPTX",
                                  U".ZIP", U".RAR", U".CSV"}) {
    if (upper.ends_with(ext)) return true;
  }
  // "（2.3MB）", "(120 KB)", "（PDF，350KB）" at the end.
  if (upper.back() != U'）' && upper.back() != ')') return false;
  const size_t open = upper.find_last_of(U"（(");
  if (open == std::u32string::npos || open == 0 || upper.size() - open > 24) return false;
  size_t k = upper.size() - 1;
  while (k > open + 1 && utf8::IsSpace(upper[k - 1])) --k;
  const size_t unit_end = k;
  while (k > open + 1 && upper[k - 1] >= 'A' && upper[k - 1] <= 'Z') --k;
  const std::u32string_view unit = std::u32string_view(upper).substr(k, unit_end - k);
  // Files weigh kilobytes and megabytes; gigabytes are a device's memory
  // ("机身存储（256GB）").
  if (unit != U"KB" && unit != U"MB" && unit != U"BYTES") return false;
  while (k > open + 1 && utf8::IsSpace(upper[k - 1])) --k;
  const size_t end = k;
  while (k > open + 1 && (utf8::IsDecimalDigit(upper[k - 1]) || upper[k - 1] == '.' || upper[k - 1] == ',')) --k;
  // The number opens the bracket or follows a file type ("PDF，", "PDF ").
  if (k == end) return false;
  if (k == open + 1) return true;
  std::u32string_view type = std::u32string_view(upper).substr(open + 1, k - open - 1);
  while (!type.empty() && (utf8::IsSpace(type.back()) || type.back() == U'，' || type.back() == ',' ||
                           type.back() == U'、' || type.back() == ';' || type.back() == U'；')) {
    type.remove_suffix(1);
  }
  for (std::u32string_view t : {U"PDF", U"DOC", U"DOCX", U"XLS", U"XLSX", U"ODT", U"ODS", U"PPT", U"PPTX", U"ZIP",
                                U"RAR", U"CSV", U"檔", U"档", U"文件", U"檔案"}) {
    if (type.ends_with(t)) return true;
  }
  return false;
}

namespace {

// The lines of the paragraph that starts at `i`: while a line runs on
// (no sentence end, no label's colon) into the line right under it, kept
// or taken by another rule (the tail of a wrapped disclaimer).
size_t ParagraphEnd(const std::vector<PageLine>& lines, size_t i) {
  size_t end = i + 1;
  while (end < lines.size() && !lines[end].blank() && !EndsSentence(lines[end - 1].core) &&
         !(lines[end - 1].core.empty() || IsColon(lines[end - 1].core.back()))) {
    ++end;
  }
  return end;
}

std::u32string Joined(const std::vector<PageLine>& lines, size_t from, size_t to) {
  std::u32string out;
  for (size_t k = from; k < to; ++k) out += lines[k].core;
  return out;
}

bool NoBodyAfter(const std::vector<PageLine>& lines, size_t from) {
  for (size_t k = from; k < lines.size(); ++k) {
    if (IsBodyParagraph(lines[k]) && !IsSiteDisclaimer(lines[k].core)) return false;
  }
  return true;
}

bool IsNumberedNeighbour(const std::vector<PageLine>& lines, size_t k) {
  return k < lines.size() && lines[k].kept() && StartsNumbered(AfterLabel(lines[k].core));
}

// "本系統建議使用 Chrome…最新版本瀏覽，最佳解析度 1920x1080。": the
// site's advice on browsers, a sentence.
bool IsBrowserAdviceSentence(const std::u32string& core) {
  return core.size() <= kMaxNoticeSentence &&
         ContainsAnyOf(core, {U"建議使用", U"建议使用", U"推薦使用", U"推荐使用"}) &&
         ContainsAnyOf(core, {U"瀏覽", U"浏览"}) && ContainsAnyOf(core, {U"解析度", U"分辨率", U"最佳"});
}

// "航班提醒：关注“…”微信公众号，输入航班号即可订阅…。": a prompt to follow
// the site's account, a sentence.
bool IsFollowSentence(const std::u32string& core) {
  return core.size() <= kMaxWidgetLine &&
         StartsWithAnyOf(AfterLabel(core), {U"关注", U"關注", U"扫码关注", U"掃碼關注"}) &&
         ContainsAnyOf(core, {U"公众号", U"公眾號", U"服务号", U"服務號", U"小程序"});
}

// "如有查詢，歡迎致電客戶服務熱線（853）2888 6688…，或親臨本行各分行。",
// "如有疑问，请拨打客服电话 400-820-8820。": an invitation to call the
// site's customer service when in doubt, a sentence.
bool IsCustomerServiceSentence(const std::u32string& core) {
  return core.size() <= kMaxNoticeSentence && EndsSentence(core) &&
         StartsWithAnyOf(core, {U"如有查詢", U"如有查询", U"如有疑問", U"如有疑问", U"如有任何查詢", U"如有任何查询",
                                U"如有任何疑問", U"如有任何疑问", U"如需查詢", U"如需查询", U"如需協助", U"如需协助",
                                U"如有需要", U"查詢詳情", U"查询详情"}) &&
         ContainsAnyOf(core, {U"客戶服務", U"客户服务", U"客服", U"客戶熱線", U"客户热线"}) &&
         std::count_if(core.begin(), core.end(), [](char32_t c) { return utf8::IsDecimalDigit(c); }) >= 6;
}

void MarkDisclaimers(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].kept()) continue;
    const size_t end = ParagraphEnd(lines, i);
    const std::u32string text = Joined(lines, i, end);
    const bool numbered_above = i > 0 && IsNumberedNeighbour(lines, i - 1);
    if (!IsSiteDisclaimer(text) || numbered_above || IsNumberedNeighbour(lines, end) || !NoBodyAfter(lines, end)) {
      continue;
    }
    for (size_t k = i; k < end; ++k) {
      if (lines[k].kept()) lines[k].reason = kSiteDisclaimer;
    }
    // A label right over it ("温馨提示："), kept or already dropped: the
    // notice's heading, and the notice's other sentences in the same block.
    const std::u32string& above = i > 0 ? lines[i - 1].core : text;
    // So is a badge's picture right over it ("[存款保障 Garantia de depósitos]").
    const bool badge = i > 0 && lines[i - 1].placeholder && !lines[i - 1].bullet &&
                       lines[i - 1].raw.find("](") == std::string_view::npos && !HasSentencePunct(above);
    if (i > 0 && !lines[i - 1].blank() && !above.empty() &&
        (badge || (above.size() <= kMaxLabel + 1 && !HasSentencePunct(above.substr(0, above.size() - 1)) &&
                   (IsColon(above.back()) || CountHan(above) == above.size())))) {
      if (lines[i - 1].kept()) lines[i - 1].reason = kSiteDisclaimer;
      for (size_t k = end; k < lines.size() && lines[k].kept() && EndsSentence(lines[k].core) &&
                           lines[k].core.size() <= kMaxNoticeSentence && !StartsNumbered(lines[k].core);
           ++k) {
        lines[k].reason = kSiteDisclaimer;
      }
    }
    i = end - 1;
  }
  // The browser advice and a prompt to follow the site's account in the
  // tail.
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].kept() || !NoBodyAfter(lines, i + 1)) continue;
    if (IsBrowserAdviceSentence(lines[i].core)) lines[i].reason = kSiteDisclaimer;
    if (IsFollowSentence(lines[i].core)) lines[i].reason = kArticleWidget;
    if (IsCustomerServiceSentence(lines[i].core)) lines[i].reason = "site licence or contact footer";
  }
}

// "网友点评（412） 好评率 93%": a heading that counts reviews.
bool IsReviewHeading(const std::u32string& core) {
  if (core.size() > 30 || HasSentenceEnd(core)) return false;
  if (!ContainsAnyOf(core, {U"点评", U"點評", U"评价", U"評價", U"评论", U"評論", U"短评", U"短評", U"口碑"})) {
    return false;
  }
  const size_t open = core.find_first_of(U"（(");
  if (open == std::u32string::npos) return false;
  size_t k = open + 1;
  while (k < core.size() && (utf8::IsDecimalDigit(core[k]) || core[k] == ',')) ++k;
  return k > open + 1 && k < core.size() && (core[k] == U'）' || core[k] == ')');
}

// Ends with a date ("咸鱼不翻身_88  2026-04-02", "… 2026/3/28 14:02").
bool EndsWithDate(std::u32string_view s) {
  s = utf8::Trim(s);
  // A time after the date.
  if (s.size() >= 5 && s[s.size() - 3] == ':') s = utf8::Trim(s.substr(0, s.size() - 5));
  size_t digits = 0;
  size_t seps = 0;
  size_t k = s.size();
  while (k > 0 && (utf8::IsDecimalDigit(s[k - 1]) || s[k - 1] == '-' || s[k - 1] == '/' || s[k - 1] == '.' ||
                   s[k - 1] == U'年' || s[k - 1] == U'月' || s[k - 1] == U'日')) {
    --k;
    if (utf8::IsDecimalDigit(s[k]))
      ++digits;
    else
      ++seps;
  }
  return digits >= 6 && seps >= 2 && k > 0;
}

// "有用(36) 回复", "赞 12 | 回覆": a reaction row under a review.
bool IsReactionRow(const std::u32string& core) {
  return core.size() <= 24 && !HasSentenceEnd(core) &&
         ContainsAnyOf(core, {U"有用", U"有帮助", U"有幫助", U"回复", U"回覆", U"举报", U"舉報", U"赞", U"讚"});
}

void MarkReviewSections(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].kept() || !IsReviewHeading(lines[i].core)) continue;
    size_t end = i + 1;
    while (end < lines.size() && !lines[end].blank()) ++end;
    bool dated = false;
    bool reactions = false;
    for (size_t k = i + 1; k < end; ++k) {
      dated |= EndsWithDate(lines[k].core);
      reactions |= IsReactionRow(lines[k].core);
    }
    if (!dated || !reactions) continue;
    for (size_t k = i; k < end; ++k) {
      if (lines[k].kept()) lines[k].reason = kReviewSection;
    }
    i = end - 1;
  }
}

// "網上表格：按此填寫": a link printed as a field.
bool IsClickPromptField(const std::u32string& core) {
  const std::u32string_view value = AfterLabel(core);
  return value.size() < core.size() && value.size() <= 8 &&
         StartsWithAnyOf(value, {U"按此", U"點此", U"点此", U"請按此", U"请按此", U"點擊此處", U"点击此处", U"點擊這裡",
                                 U"点击这里", U"click here", U"Click here"});
}

// "下載CSV", "匯出 Excel": an export button.
bool IsExportButton(const std::u32string& core) {
  if (core.size() > 14) return false;
  std::u32string_view s = core;
  bool verb = false;
  for (std::u32string_view v : {U"下載", U"下载", U"匯出", U"汇出", U"導出", U"导出", U"Download", U"Export"}) {
    if (s.starts_with(v)) {
      s.remove_prefix(v.size());
      verb = true;
      break;
    }
  }
  if (!verb) return false;
  s = utf8::Trim(s);
  if (s.starts_with(U"為") || s.starts_with(U"为") || s.starts_with(U"成")) s = utf8::Trim(s.substr(1));
  for (std::u32string_view f : {U"CSV", U"Excel", U"EXCEL", U"XLS", U"XLSX", U"PDF", U"ODS", U"JSON", U"XML", U"TXT"}) {
    if (s.starts_with(f)) {
      s = utf8::Trim(s.substr(f.size()));
      return s.empty() || s == U"檔" || s == U"档" || s == U"文件" || s == U"檔案";
    }
  }
  return false;
}

void MarkDownloads(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].kept()) continue;
    if (IsClickPromptField(lines[i].core) || IsExportButton(lines[i].core)) {
      lines[i].reason = kDownloadList;
      continue;
    }
    if (!IsFileLinkLine(lines[i].raw)) continue;
    size_t end = i;
    while (end < lines.size() && lines[end].kept() && IsFileLinkLine(lines[end].raw)) ++end;
    if (end - i < 2) continue;
    for (size_t k = i; k < end; ++k) lines[k].reason = kDownloadList;
    // The heading over the list, when the list is all it has.
    if (i > 0 && lines[i - 1].kept() && lines[i - 1].core.size() <= kMaxListHeading &&
        !HasSentencePunct(lines[i - 1].core) && (end == lines.size() || lines[end].blank())) {
      lines[i - 1].reason = kDownloadList;
    }
    i = end - 1;
  }
}

}  // namespace

void MarkPageTails(std::vector<PageLine>& lines) {
  for (PageLine& l : lines) {
    if (l.kept() && IsPagerLine(l.core)) l.reason = kPager;
  }
  MarkArticleWidgets(lines);
  MarkDownloads(lines);
  MarkReviewSections(lines);
  MarkDisclaimers(lines);
  MarkPageNotices(lines);     // standing notices and tag rows (clean/page_notices.h)
  MarkRunningHeads(lines);    // a converted document's running header (clean/running_heads.h)
  MarkListingWidgets(lines);  // counters, map link, badge (clean/listing_widgets.h)
}

}  // namespace wenyuan::clean
