#include "clean/page_notices.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "clean/line_shape_words.h"
#include "clean/link_lists.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxNotice = 120;
constexpr size_t kMaxLabel = 8;
constexpr size_t kBodyParagraphHan = 40;
constexpr size_t kMaxTagWord = 10;
constexpr size_t kMaxRelatedItem = 40;
constexpr char kRelatedInTail[] = "related-articles list";
constexpr size_t kMinTags = 3;
constexpr size_t kMaxTags = 8;
constexpr size_t kBylineReach = 3;  // non-blank lines between a byline and its tag row

bool Has(std::u32string_view s, std::initializer_list<std::u32string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::u32string_view w) { return s.find(w) != s.npos; });
}

bool Opens(std::u32string_view s, std::initializer_list<std::u32string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::u32string_view w) { return s.starts_with(w); });
}

// The label before a colon near the start ("防詐提醒"), or "" when none.
std::u32string_view LabelOf(std::u32string_view s) {
  for (size_t k = 0; k < s.size() && k <= kMaxLabel; ++k) {
    if (IsColon(s[k])) return s.substr(0, k);
  }
  return {};
}

std::u32string_view AfterLabel(std::u32string_view s) {
  const std::u32string_view label = LabelOf(s);
  return label.empty() ? s : s.substr(label.size() + 1);
}

// The marks a site sets before its notes ("※", "＊", "★", "◎").
bool IsNoticeMark(char32_t c) {
  return c == U'※' || c == U'＊' || c == U'★' || c == U'☆' || c == U'◎' || c == U'▲' || c == U'△' || c == '*';
}

// `s` without a leading notice mark and a "【免責聲明】" head.
std::u32string_view AfterNoticeMark(std::u32string_view s) {
  while (!s.empty() && (IsNoticeMark(s.front()) || utf8::IsSpace(s.front()))) s.remove_prefix(1);
  if (!s.empty() && s.front() == U'【') {
    const size_t close = s.find(U'】');
    if (close <= kMaxLabel + 1) s.remove_prefix(close + 1);  // npos is over the bound
  }
  while (!s.empty() && utf8::IsSpace(s.front())) s.remove_prefix(1);
  return s;
}

// Words a notice opens with to speak of the page itself: the article, its
// author, the site, the work.
bool OpensOnThePage(std::u32string_view s) {
  return Opens(
      s, {U"本文", U"本篇", U"文章", U"作者", U"本站",       U"本網",       U"本网",     U"本平台", U"本頁",   U"本页",
          U"本報", U"本报", U"本刊", U"本台", U"本號",       U"本号",       U"本作品",   U"本系統", U"本系统", U"以上",
          U"上述", U"此文", U"網站", U"网站", U"除特別註明", U"除特别注明", U"除非另有", U"除另有"});
}

bool OpensOnTheSite(std::u32string_view s) {
  return Opens(s, {U"本站", U"本網", U"本网", U"本平台", U"本頁", U"本页", U"本系統", U"本系统", U"網站", U"网站"});
}

// "…不代表本網立場", "仅代表作者个人观点": a view disowned.
bool DisownsAView(std::u32string_view s) {
  const size_t at = s.find(U"代表");
  if (at == s.npos) return false;
  return Has(s.substr(at), {U"立場", U"立场", U"觀點", U"观点", U"意見", U"意见", U"看法"});
}

// "本系統所提供之資料…", "以上資訊…", "網站所載信息…": the sentence's
// subject (up to its first comma) is data that the site provides.
bool OpensOnSiteData(std::u32string_view s) {
  const std::u32string_view subject = s.substr(0, std::min(s.find_first_of(U"，,；;"), s.size()));
  const bool data = Has(subject, {U"資料", U"资料", U"資訊", U"资讯", U"信息", U"數據", U"数据", U"內容", U"内容"});
  return data && (Has(subject, {U"提供", U"所載", U"所载", U"所列", U"刊載", U"刊载", U"公布"}) ||
                  Opens(subject, {U"以上資", U"以上信", U"以上數", U"以上数", U"以上內", U"以上内", U"上述資",
                                  U"上述信", U"上述數", U"上述数"}));
}

bool PointsElsewhere(std::u32string_view s) {
  return Has(s, {U"為準", U"为准", U"概不負責", U"概不负责", U"不負任何", U"不负任何", U"不保證", U"不保证", U"不承擔",
                 U"不承担", U"僅供參考", U"仅供参考", U"不構成", U"不构成"});
}

bool NamesALicence(std::u32string_view s) {
  return Has(s, {U"許可協議", U"许可协议", U"授權條款", U"授权条款", U"授權協議", U"授权协议", U"知識共享", U"知识共享",
                 U"創作共用", U"创作共用", U"創用CC", U"创用CC", U"Creative Commons", U"CC BY", U"CC-BY"});
}

bool WarnsOfFraud(std::u32string_view s) {
  const std::u32string_view label = LabelOf(s);
  const bool fraud =
      Has(label, {U"詐", U"诈", U"騙", U"骗"}) || Has(s, {U"謹防詐騙", U"谨防诈骗", U"防範詐騙", U"防范诈骗"});
  return fraud && Has(s, {U"請勿", U"请勿", U"切勿", U"不要", U"謹防", U"谨防"});
}

// A kept line of the body: a sentence with enough Han to be prose.
bool IsBodyParagraph(const PageLine& l) {
  return l.kept() && HasSentenceEnd(l.core) && CountHan(l.core) >= kBodyParagraphHan && !IsStandingNotice(l.core);
}

bool NoBodyAfter(const std::vector<PageLine>& lines, size_t from) {
  for (size_t k = from; k < lines.size(); ++k) {
    if (IsBodyParagraph(lines[k])) return false;
  }
  return true;
}

bool IsWide(char32_t c) { return c == U' ' || c == U'\u3000' || c == U'\t'; }

// A date in `s`: four digits, a separator, one or two digits, a separator
// ("2026-11-02", "2026/3/8", "2026年11月").
bool HasDate(std::u32string_view s) {
  for (size_t k = 0; k + 6 < s.size(); ++k) {
    size_t d = 0;
    while (k + d < s.size() && utf8::IsDecimalDigit(s[k + d])) ++d;
    if (d != 4) {
      k += d;
      continue;
    }
    const char32_t sep = s[k + 4];
    if ((sep == '-' || sep == '/' || sep == '.' || sep == U'年') && utf8::IsDecimalDigit(s[k + 5])) return true;
    k += d;
  }
  return false;
}

bool IsTagChar(char32_t c) {
  return utf8::IsAsciiAlnum(c) || c == '+' || c == '#' || c == '-' || c == '_' || c == '.' ||
         CountHan(std::u32string(1, c)) == 1;
}

// "電話：(853) 8399 5311　傳真：…　電郵：…": two contact fields or more
// and nothing else.
bool IsContactRow(std::u32string_view s) {
  if (s.size() > kMaxNotice || HasSentenceEnd(std::u32string(s))) return false;
  size_t fields = 0;
  for (std::u32string_view w : {U"電話", U"电话", U"傳真", U"传真", U"電郵", U"电邮", U"郵箱", U"邮箱", U"Email",
                                U"E-mail", U"熱線", U"热线"}) {
    const size_t at = s.find(w);
    if (at != s.npos && at + w.size() < s.size() && IsColon(s[at + w.size()])) ++fields;
  }
  return fields >= 2 && Opens(s, {U"電話", U"电话", U"傳真", U"传真", U"電郵", U"电邮", U"郵箱", U"邮箱", U"Email",
                                  U"E-mail", U"熱線", U"热线"});
}

// The mark a notice line opens with ("※", "*" as a bullet, "註："), or 0.
char32_t MarkOf(const PageLine& l) {
  if (l.bullet) return '*';
  if (!l.core.empty() && IsNoticeMark(l.core.front())) return l.core.front();
  if (Opens(l.core, {U"註：", U"注：", U"註:", U"注:", U"備註", U"备注", U"說明：", U"说明："})) return U'註';
  return 0;
}

// Speaks of the site, its data, or its accounts and their services (a
// member's login, a subscription).
bool SpeaksOfSiteOrData(std::u32string_view s) {
  return Has(
      s, {U"資料", U"资料", U"資訊", U"资讯", U"信息", U"數據", U"数据", U"系統", U"系统", U"網站", U"网站", U"本站",
          U"平台", U"頁面", U"页面", U"會員", U"会员", U"登入", U"登錄", U"登录", U"帳號", U"账号", U"訂閱", U"订阅"});
}

// A block of marked notes in the tail ("※ …" lines one under another)
// where one is a standing notice or a disclaimer: its marked neighbours that speak of the
// site, its data or its accounts are standing notices too ("※ 個人資料已去識別化處理。",
// "※ 訂閱功能需先登入會員。").
void MarkNoticeBlocks(std::vector<PageLine>& lines) {
  auto mate = [&](size_t k, char32_t mark) {
    return lines[k].kept() && !lines[k].table && MarkOf(lines[k]) == mark && lines[k].core.size() <= kMaxNotice &&
           SpeaksOfSiteOrData(lines[k].core) && NoBodyAfter(lines, k + 1);
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    // Seeded by a notice or by a site's disclaimer (clean/page_tails.h).
    if (lines[i].reason != kSiteNotice && lines[i].reason != "site disclaimer") continue;
    const char32_t mark = MarkOf(lines[i]);
    if (mark == 0) continue;
    for (size_t k = i; k > 0 && mate(k - 1, mark); --k) lines[k - 1].reason = kSiteNotice;
    for (size_t k = i + 1; k < lines.size() && mate(k, mark); ++k) lines[k].reason = kSiteNotice;
  }
}

// A line of a contact section: one contact field or a row of them
// ("電郵：…", "地址：…", "電話：…　傳真：…").
bool IsContactField(const PageLine& l) {
  return l.kept() && !l.bullet && l.core.size() <= kMaxNotice &&
         Opens(l.core, {U"電話", U"电话", U"傳真", U"传真", U"電郵", U"电邮", U"郵箱", U"邮箱", U"Email", U"E-mail",
                        U"熱線", U"热线", U"地址", U"網址", U"网址", U"聯絡人", U"联系人"});
}

// The contact row at `i` is a line of the record's own contact section:
// under a kept heading that names one ("聯絡資料", "联系方式"), the
// section's other fields between them. A site's "聯絡我們" is a link.
bool InHeadedContactSection(const std::vector<PageLine>& lines, size_t i) {
  constexpr size_t kMaxHeading = 10;
  size_t k = i;
  while (k > 0 && (lines[k - 1].blank() || IsContactField(lines[k - 1]))) --k;
  if (k == 0) return false;
  const PageLine& h = lines[k - 1];
  return h.kept() && !h.bullet && h.core.size() <= kMaxHeading && !IsColon(h.core.back()) && !HasSentenceEnd(h.core) &&
         Has(h.core, {U"聯絡", U"联络", U"聯繫", U"联系", U"連絡", U"通訊", U"通讯"}) &&
         !Has(h.core, {U"我們", U"我们"});
}

// An enquiry box in the tail: a bare heading that says where to ask
// ("查詢", "课程咨询"), over a block of two to six short lines, two of
// them contact fields or more ("電話：…", "電郵：…") and the rest an
// office's name or its hours, with no body paragraph after it. Returns
// the line past the block, or `i` where there is none.
size_t EnquiryBoxEnd(const std::vector<PageLine>& lines, size_t i) {
  constexpr size_t kMaxHeading = 8, kMaxLines = 6, kMinFields = 2, kMaxOther = 30;
  const PageLine& h = lines[i];
  if (!h.kept() || h.bullet || h.core.size() > kMaxHeading || HasSentencePunct(h.core)) return i;
  std::u32string_view word = h.core;
  if (!word.empty() && IsColon(word.back())) word.remove_suffix(1);
  if (!(word.ends_with(U"查詢") || word.ends_with(U"查询") || word.ends_with(U"諮詢") || word.ends_with(U"咨询"))) {
    return i;
  }
  size_t end = i + 1, fields = 0;
  for (; end < lines.size() && !lines[end].blank() && end - i <= kMaxLines; ++end) {
    const PageLine& l = lines[end];
    if (!l.kept() || l.bullet || HasSentenceEnd(l.core)) return i;
    if (IsContactField(l) || Opens(l.core, {U"辦公時間", U"办公时间", U"服務時間", U"服务时间"})) {
      ++fields;
    } else if (l.core.size() > kMaxOther) {
      return i;
    }
  }
  if (end - i > kMaxLines || fields < kMinFields || !NoBodyAfter(lines, end)) return i;
  return end;
}

}  // namespace

bool IsStandingNotice(const std::u32string& core) {
  if (core.size() > kMaxNotice) return false;
  const std::u32string_view whole = AfterNoticeMark(core);
  const std::u32string_view rest = AfterLabel(whole);
  if (WarnsOfFraud(whole)) return true;
  // Each clause kind opens a sentence of its own: "他表示，這不代表…立場"
  // reports what someone said.
  if (OpensOnThePage(rest) && DisownsAView(rest)) return true;
  if ((OpensOnTheSite(rest) || OpensOnSiteData(rest)) && PointsElsewhere(rest)) return true;
  return OpensOnThePage(rest) && NamesALicence(rest) &&
         !HasSentenceEnd(std::u32string(rest.substr(0, rest.size() - 1)));
}

bool IsTagRowShape(const std::u32string& core) {
  size_t words = 0;
  size_t k = 0;
  while (k < core.size()) {
    size_t start = k;
    while (k < core.size() && !IsWide(core[k])) {
      if (!IsTagChar(core[k])) return false;
      ++k;
    }
    const size_t len = k - start;
    if (len == 0 || len > kMaxTagWord) return false;
    // A number or a date makes it a table's row ("C店  2026年6月  4213.2元").
    if (std::any_of(core.begin() + start, core.begin() + k, [](char32_t c) { return utf8::IsDecimalDigit(c); })) {
      return false;
    }
    ++words;
    size_t gap = 0;
    while (k < core.size() && IsWide(core[k])) {
      gap += core[k] == U'\u3000' ? 2 : 1;
      ++k;
    }
    if (k < core.size() && gap < 2) return false;  // one space: a phrase, not a row of tags
  }
  return words >= kMinTags && words <= kMaxTags;
}

void MarkPageNotices(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kept() && IsStandingNotice(lines[i].core) && NoBodyAfter(lines, i + 1)) lines[i].reason = kSiteNotice;
  }
  MarkNoticeBlocks(lines);
  // A contact block in the tail: its row of contact fields and the bare
  // label over it ("統計查詢：").
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].kept() || !IsContactRow(lines[i].core) || !NoBodyAfter(lines, i + 1)) continue;
    if (InHeadedContactSection(lines, i)) continue;
    lines[i].reason = kSiteNotice;
    if (i == 0) continue;
    const std::u32string_view above = lines[i - 1].core;
    if (lines[i - 1].kept() && above.size() <= kMaxLabel && !above.empty() && IsColon(above.back())) {
      lines[i - 1].reason = kSiteNotice;
    }
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    const size_t end = EnquiryBoxEnd(lines, i);
    for (size_t k = i; k < end; ++k) lines[k].reason = kSiteNotice;
  }
  // A related list in the tail that a rule keeping dated lists took back:
  // its heading and two items or more, short and with no sentence.
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].kept() || lines[i].table || lines[i].bullet || !IsRelatedHeading(lines[i].core)) continue;
    size_t end = i + 1;
    while (end < lines.size() && lines[end].kept() && lines[end].bullet && !lines[end].table &&
           lines[end].core.size() <= kMaxRelatedItem && !HasSentenceEnd(lines[end].core)) {
      ++end;
    }
    if (end - i - 1 < 2 || (end < lines.size() && !lines[end].blank()) || !NoBodyAfter(lines, end)) continue;
    for (size_t k = i; k < end; ++k) lines[k].reason = kRelatedInTail;
    i = end - 1;
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].kept() || lines[i].table || !IsTagRowShape(lines[i].core)) continue;
    // Under a dated byline (the lines between it may be dropped counters).
    bool byline = false;
    size_t seen = 0;
    for (size_t k = i; k > 0 && seen < kBylineReach && !byline; --k) {
      if (lines[k - 1].blank()) continue;
      ++seen;
      byline = HasDate(lines[k - 1].core);
    }
    const size_t next = NextNonBlank(lines, i + 1);
    if (byline && next < lines.size() && lines[next].kept() && IsProse(lines[next])) lines[i].reason = kTagRow;
  }
}

}  // namespace wenyuan::clean
