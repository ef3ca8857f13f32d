#include "clean/site_footer_rules.h"

#include <algorithm>

#include "clean/page_line.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxFooterLine = 120;
constexpr size_t kMaxCreditLine = 40;
constexpr size_t kMaxUnitTag = 12;

bool IsBar(char32_t c) { return c == '|' || c == U'｜' || c == U'丨'; }

// "新聞聯絡人：…", "媒体联系人：…": who answers the press, not the release.
bool IsPressContact(const std::string& s, size_t chars) {
  return chars <= kMaxFooterLine &&
         StartsWithAny(
             s, {"新聞聯絡人", "新闻联络人", "新聞聯繫人", "新闻联系人", "媒體聯絡人", "媒体联络人", "媒體聯繫人",
                 "媒体联系人", "媒體聯絡", "媒体联络", "新聞聯絡", "新闻联络", "Media contact", "Press contact"});
}

// "回上一頁 | 回首頁 | 回頂端", "返回列表 | TOP": every link of the row goes back.
bool IsBackLinkRow(const std::u32string& core) {
  if (core.size() > 60 || std::none_of(core.begin(), core.end(), IsBar)) return false;
  size_t segments = 0;
  std::u32string seg;
  auto check = [&]() {
    while (!seg.empty() && utf8::IsSpace(seg.back())) seg.pop_back();
    while (!seg.empty() && utf8::IsSpace(seg.front())) seg.erase(0, 1);
    if (seg.empty()) return true;
    ++segments;
    const std::string s = EncodeUtf8(seg);
    return StartsWithAny(s, {"回", "返回", "TOP", "Top", "top", "Back", "back", "上一頁", "上一页"}) &&
           seg.size() <= 10;
  };
  for (char32_t c : core) {
    if (IsBar(c)) {
      if (!check()) return false;
      seg.clear();
    } else {
      seg.push_back(c);
    }
  }
  return check() && segments >= 2;
}

// "地址：100216臺北市…　總機：(02)2358-5858": the site's address with its
// telephone, fax or switchboard, no sentence.
bool IsAddressFooter(const std::string& s, const std::u32string& core) {
  if (core.size() > kMaxFooterLine || HasSentenceEnd(core)) return false;
  const bool address = StartsWithAny(s, {"地址", "地　址", "通訊地址", "通讯地址", "聯絡地址", "联系地址"}) ||
                       ContainsAny(s, {"　地址：", " 地址：", "　地址:", " 地址:"});
  // With a number (a telephone, a postal code): "地址及電話" alone is a
  // table's column header.
  return address && ContainsAny(s, {"電話", "电话", "總機", "总机", "傳真", "传真", "Tel", "TEL"}) &&
         std::any_of(core.begin(), core.end(), [](char32_t c) { return utf8::IsDecimalDigit(c); });
}

// "建議使用 Chrome、Edge 最新版本瀏覽，最佳瀏覽解析度 1920x1080".
bool IsBrowserAdvice(const std::string& s, const std::u32string& core) {
  if (core.size() > kMaxFooterLine || HasSentenceEnd(core)) return false;
  const bool advice = ContainsAny(s, {"建議使用", "建议使用", "建議瀏覽器", "建议浏览器", "建議以", "建议以",
                                      "最佳瀏覽", "最佳浏览", "最佳解析度", "最佳分辨率", "最佳显示", "最佳顯示"});
  return advice &&
         ContainsAny(s, {"Chrome", "Edge", "Firefox", "Safari", "IE", "瀏覽器", "浏览器", "解析度", "分辨率"});
}

// "责任编辑：王晓_NN2476": an editor's credit whose name carries the CMS's
// staff id; "编辑：叶子　审核：王建国": an editor and a reviewer on one line.
bool IsStaffEditorCredit(const std::u32string& core) {
  if (core.size() > kMaxCreditLine) return false;
  std::u32string_view c = core;
  if (!c.empty() && std::u32string_view(U"【[（(").find(c.front()) != std::u32string_view::npos) c.remove_prefix(1);
  const std::string s = EncodeUtf8(c);
  if (!StartsWithAny(s, {"責任編輯", "责任编辑", "編輯", "编辑", "責編", "责编", "本文編輯", "本文编辑"})) return false;
  // "【责任编辑：孙雅琪】", "（責任編輯：林小美）": the credit set apart in
  // brackets, a label, a colon and a name, nothing more.
  constexpr size_t kMaxBracketedName = 8;
  if (c.size() < core.size() && !c.empty() &&
      std::u32string_view(U"】]）)").find(c.back()) != std::u32string_view::npos) {
    const size_t colon = c.find_first_of(U":：");
    const std::u32string name(c.substr(colon == std::u32string_view::npos ? 0 : colon + 1,
                                       colon == std::u32string_view::npos ? 0 : c.size() - colon - 2));
    if (colon != std::u32string_view::npos && !name.empty() && name.size() <= kMaxBracketedName &&
        !HasSentencePunct(name) && CountHan(std::u32string(c.substr(0, colon))) == colon) {
      return true;
    }
  }
  // The staff id: "_" then letters and digits.
  const size_t underscore = c.find(U'_');
  if (underscore != std::u32string_view::npos && underscore + 1 < c.size() &&
      std::any_of(c.begin() + underscore + 1, c.end(), [](char32_t ch) { return IsAsciiDigit(ch); })) {
    return true;
  }
  return ContainsAny(s, {"審核", "审核", "審校", "审校", "校對", "校对", "終審", "终审", "監製", "监制"}) &&
         !HasSentenceEnd(core);
}

}  // namespace

bool StartsWithUnitTag(const std::u32string& core) {
  if (core.empty() || core.front() != U'【') return false;
  const size_t close = core.find(U'】');
  if (close == std::u32string::npos || close < 2 || close > kMaxUnitTag + 1 || close + 4 >= core.size()) return false;
  return core.find(U'【', close) == std::u32string::npos;
}

std::string SiteFooterReason(const std::u32string& core) {
  if (core.empty()) return {};
  const std::string s = EncodeUtf8(core);
  if (IsPressContact(s, core.size())) return "press contact";
  if (IsBackLinkRow(core)) return "back links";
  if (IsAddressFooter(s, core)) return "site licence or contact footer";
  if (IsBrowserAdvice(s, core)) return "browser advice";
  if (IsStaffEditorCredit(core)) return "editor credit";
  return {};
}

}  // namespace wenyuan::clean
