#include "clean/record_heads.h"

#include <algorithm>
#include <string_view>

#include "clean/shop_furniture.h"
#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr char kOutside[] = "outside the main text";
constexpr size_t kMaxPriceLine = 48, kMaxLabel = 6;
constexpr size_t kWindow = 40;  // non-blank lines above the first kept one
constexpr size_t kNearPrice = 5, kNameDistance = 4, kMinNameHan = 4, kMaxName = 80;

bool IsCurrencyMark(char32_t c) { return c == U'$' || c == U'¥' || c == U'￥' || c == U'€' || c == U'£'; }

// "$459", "NT$1,280", "18.98万", "17.28万起", "20-35K·15薪", "1299.00元":
// a number with a currency mark before it or a unit after it; `money`
// says whether the mark is money's ("8.1万" may count followers).
bool IsPriceToken(std::u32string_view t, bool* money = nullptr) {
  size_t digits = 0;
  bool currency = false, unit = false;
  if (money) *money = t.find_first_of(U"$¥￥€£元薪Kk") != std::u32string_view::npos;
  for (size_t i = 0; i < t.size(); ++i) {
    const char32_t c = t[i];
    if (IsAsciiDigit(c)) {
      ++digits;
    } else if (IsCurrencyMark(c)) {
      currency = true;
    } else if (c == U'万' || c == U'萬' || c == U'元' || c == U'薪' ||
               ((c == U'K' || c == U'k') && i > 0 && IsAsciiDigit(t[i - 1]))) {
      unit = true;
    } else if (c == U'起' || c == U'/' || c == U'月' || c == U'年' || c == U'·' || c == U'-' || c == U'~' ||
               c == U'～' || c == U'.' || c == U',' || c == U'↓' || c == U'↑' || (c >= U'A' && c <= U'Z')) {
      // a range, a period, a drop, a currency's letters ("NT", "HK")
    } else {
      return false;
    }
  }
  return digits > 0 && (currency || unit);
}

// A label of a price or a pay ("厂商指导价", "售價", "月薪", "租金").
bool IsPriceLabel(std::u32string_view label) {
  return label.find_first_of(U"价價薪租费費售") != std::u32string_view::npos;
}

// "厂商指导价：18.98万": a short Han label, a colon, a price; `money` as
// above, or the label a price's.
bool IsLabelledPrice(std::u32string_view t, bool* money) {
  const size_t colon = t.find_first_of(U"：:");
  if (colon == std::u32string_view::npos || colon == 0 || colon > kMaxLabel) return false;
  for (size_t i = 0; i < colon; ++i) {
    if (!utf8::IsHan(t[i])) return false;
  }
  if (!IsPriceToken(t.substr(colon + 1), money)) return false;
  *money = *money || IsPriceLabel(t.substr(0, colon));
  return true;
}

bool IsHanWord(std::u32string_view t) {
  if (t.empty() || t.size() > kMaxLabel) return false;
  for (char32_t c : t) {
    if (!utf8::IsHan(c)) return false;
  }
  return true;
}

// "Java开发工程师（支付结算方向）", "【台灣製造】頂級316不鏽鋼密封保鮮盒 …": a line
// left out that reads as the item's name.
bool IsNameLine(const PageLine& l) {
  if (l.reason != kOutside || l.bullet || l.placeholder || l.core.size() > kMaxName) return false;
  if (l.core.find_first_of(U"|｜>»›<©@[]★☆。！？") != std::u32string::npos) return false;
  return CountHan(l.core) >= kMinNameHan;
}

// "杭州 3-5年 本科": a summary row of three to six short cells, a number
// among them, no sentence.
bool IsSummaryCells(const PageLine& l) {
  constexpr size_t kMinCells = 3, kMaxCells = 6, kMaxCell = 10;
  if (l.reason != kOutside || l.bullet || l.placeholder || HasSentenceEnd(l.core) ||
      l.core.find_first_of(U"|｜>[]，、：:") != std::u32string::npos) {
    return false;
  }
  const auto cells = SpaceSeparatedWords(l.core);
  if (cells.size() < kMinCells || cells.size() > kMaxCells) return false;
  bool number = false;
  for (std::u32string_view cell : cells) {
    if (cell.size() > kMaxCell) return false;
    for (char32_t c : cell) number |= IsAsciiDigit(c);
  }
  return number && !IsPriceOnlyLine(l.core);
}

}  // namespace

bool IsPriceOnlyLine(const std::u32string& core) {
  if (core.empty() || core.size() > kMaxPriceLine || HasSentenceEnd(core)) return false;
  size_t prices = 0;
  bool money = false;
  for (std::u32string_view t : SpaceSeparatedWords(core)) {
    bool is_money = false;
    if (IsPriceToken(t, &is_money) || IsLabelledPrice(t, &is_money)) {
      ++prices;
      money = money || is_money;
    } else if (IsHanWord(t)) {
      money = money || IsPriceLabel(t);  // "售價 NT$1,280": a bare label
    } else if (!(t == U"-" || t == U"~" || t == U"～" || t == U"起")) {
      return false;
    }
  }
  return prices > 0 && money;
}

std::vector<size_t> KeepRecordHead(std::vector<PageLine>& lines) {
  std::vector<size_t> given;
  // The page's first price line left out with a kept line below it (within
  // the window).
  size_t price = lines.size(), first_kept = lines.size();
  for (size_t k = 0; k < lines.size() && price == lines.size(); ++k) {
    // A shop's list or member price ("定價：420元") is the shop's.
    if (lines[k].reason != kOutside || lines[k].bullet || !IsPriceOnlyLine(lines[k].core) ||
        IsShopLine(lines[k].core)) {
      continue;
    }
    for (size_t j = k + 1, n = 0; j < lines.size() && n < kWindow; ++j) {
      if (lines[j].blank()) continue;
      ++n;
      if (lines[j].reason.empty()) {
        price = k;
        first_kept = j;
        break;
      }
    }
  }
  if (price == lines.size()) return given;
  // The item's name over it, past counters, buttons and pictures.
  size_t name = lines.size();
  bool named = false;  // the name kept already
  for (size_t k = price, n = 0; k > 0 && n < kNameDistance;) {
    const PageLine& l = lines[--k];
    if (l.blank()) continue;
    ++n;
    if (l.bullet) break;
    if (l.reason.empty()) {
      named = CountHan(l.core) >= kMinNameHan;
      break;
    }
    if (IsNameLine(l)) {
      name = k;
      break;
    }
  }
  // With no name found, only a price right above the kept lines (the
  // name kept already, over a picture and buttons).
  size_t between = 0;
  for (size_t k = price + 1; k < first_kept; ++k) between += !lines[k].blank();
  if (name == lines.size() && !named && between > kNearPrice) return given;
  if (name != lines.size()) given.push_back(name);
  given.push_back(price);
  // The summary row under it, past the crossed-out original price.
  size_t next = NextNonBlank(lines, price + 1);
  if (next < first_kept && IsPriceOnlyLine(lines[next].core)) next = NextNonBlank(lines, next + 1);
  if (next < first_kept && IsSummaryCells(lines[next])) given.push_back(next);
  for (size_t k : given) lines[k].reason.clear();
  return given;
}

void MarkRecordTemplateLabels(std::vector<PageLine>& lines) {
  constexpr size_t kMaxTemplateLabel = 5;
  for (size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (l.blank() || !l.reason.empty() || l.bullet) continue;
    const std::u32string& c = l.core;
    // The item a record describes: a product, an object, a job, a listing
    // ("问题描述" over a question is the asker's own heading).
    bool description = false;
    for (std::u32string_view item : {U"商品", U"产品", U"產品", U"內容", U"内容", U"职位", U"職位", U"岗位", U"崗位",
                                     U"物件", U"房源", U"藏品", U"物品"}) {
      description = description || (c.size() == item.size() + 2 && c.starts_with(item) && c.ends_with(U"描述"));
    }
    const bool company = c == U"公司介绍" || c == U"公司介紹";
    if (!description && !company) continue;
    const size_t next = NextNonBlank(lines, i + 1);
    if (next < lines.size() && lines[next].reason.empty() && lines[next].core.size() > kMaxTemplateLabel) {
      l.reason = kRecordTemplateLabel;
    }
  }
}

namespace {

// The label of a "label  value" row laid out with two spaces or more
// ("典藏編號      YLPA-2019-0087"), or empty.
std::u32string SpacedLabel(const PageLine& l) {
  constexpr size_t kMaxRowLabel = 8;
  if (l.blank() || l.bullet) return {};
  const size_t gap = l.core.find(U"  ");
  if (gap == std::u32string::npos || gap == 0 || gap > kMaxRowLabel) return {};
  std::u32string label = l.core.substr(0, gap);
  return CountHan(label) == label.size() ? label : std::u32string();
}

bool IsSiteFieldLabel(const std::u32string& label) {
  for (std::u32string_view site :
       {U"資料來源", U"资料来源", U"數據來源", U"数据来源", U"最後更新", U"最后更新", U"更新日期", U"更新時間",
        U"更新时间", U"瀏覽次數", U"浏览次数", U"點閱次數", U"点阅次数"}) {
    if (label == site) return true;
  }
  return false;
}

bool IsUpdateLabel(const std::u32string& label) { return label.find(U"更新") != std::u32string::npos; }

// The label of a "label：value" field (a label of two to six Han
// characters, spaces aside, a value after the colon), or empty.
std::u32string ColonLabel(const std::u32string& core) {
  constexpr size_t kMinLabel = 2, kMaxLabel = 6;
  return HanFieldLabel(WithoutSpaces(core), kMinLabel, kMaxLabel);
}

// Among a record's head fields, one the database adds of its own: its
// classification path ("法規類別： 行政 > 國家發展委員會 > 檔案管理目", a
// label ending in 類別 or 分類 over two steps of a path or more) or a link
// to a site ("相關網站： 國家發展委員會檔案管理局").
bool IsDatabaseIndexField(const std::u32string& core) {
  constexpr size_t kMaxField = 60;
  const std::u32string label = ColonLabel(core);
  if (label.empty() || core.size() > kMaxField || HasSentenceEnd(core)) return false;
  if (label == U"相關網站" || label == U"相关网站" || label == U"相關連結" || label == U"相关链接" ||
      label == U"相關網址" || label == U"相关网址") {
    return true;
  }
  const bool kind =
      label.ends_with(U"類別") || label.ends_with(U"类别") || label.ends_with(U"分類") || label.ends_with(U"分类");
  const auto steps = std::count(core.begin(), core.end(), U'>') + std::count(core.begin(), core.end(), U'›') +
                     std::count(core.begin(), core.end(), U'＞');
  return kind && steps >= 2;
}

bool IsCitationLabel(const std::u32string& core) {
  return core == U"引用本頁" || core == U"引用本页" || core == U"引用格式" || core == U"引用此頁" ||
         core == U"引用此页";
}

}  // namespace

void MarkRecordSiteFields(std::vector<PageLine>& lines) {
  // A record's head of "label：value" fields, two or more together: the
  // database's own classification and site fields among them.
  constexpr size_t kMinHead = 2;
  for (size_t i = 0; i < lines.size();) {
    size_t end = i;
    while (end < lines.size() && !lines[end].blank() && !ColonLabel(lines[end].core).empty()) ++end;
    if (end - i >= kMinHead) {
      for (size_t k = i; k < end; ++k) {
        if (lines[k].reason.empty() && IsDatabaseIndexField(lines[k].core)) lines[k].reason = kRecordSiteField;
      }
    }
    i = end == i ? i + 1 : end;
  }
  constexpr size_t kMinTable = 4, kCitationDistance = 3;
  for (size_t i = 0; i < lines.size();) {
    size_t end = i;
    while (end < lines.size() && !SpacedLabel(lines[end]).empty()) ++end;
    if (end - i < kMinTable) {
      i = end == i ? i + 1 : end;
      continue;
    }
    // An update date alone among the item's rows (no source, no counter
    // beside it) is the listing's own date, not the site's stamp.
    size_t site_rows = 0;
    for (size_t k = i; k < end; ++k) site_rows += IsSiteFieldLabel(SpacedLabel(lines[k]));
    for (size_t k = i; k < end; ++k) {
      const std::u32string label = SpacedLabel(lines[k]);
      if (site_rows == 1 && IsUpdateLabel(label)) continue;
      if (lines[k].reason.empty() && IsSiteFieldLabel(label)) lines[k].reason = kRecordSiteField;
    }
    // The citation box right under the table.
    size_t k = NextNonBlank(lines, end);
    for (size_t n = 0; k < lines.size() && n < kCitationDistance && !IsCitationLabel(lines[k].core); ++n) {
      k = NextNonBlank(lines, k + 1);
    }
    if (k < lines.size() && IsCitationLabel(lines[k].core) && k - end <= 2 * kCitationDistance) {
      if (lines[k].reason.empty()) lines[k].reason = kRecordSiteField;
      const size_t cite = NextNonBlank(lines, k + 1);
      if (cite < lines.size() && lines[cite].reason.empty() && lines[cite].core.find(U"http") != std::u32string::npos) {
        lines[cite].reason = kRecordSiteField;
      }
    }
    i = end;
  }
}

std::vector<size_t> KeepSellerList(std::vector<PageLine>& lines) {
  constexpr size_t kMinUnits = 2, kNameReach = 3, kHeadingReach = 2, kMaxListHeading = 10;
  std::vector<size_t> given;
  size_t first_kept = 0;
  while (first_kept < lines.size() && (lines[first_kept].blank() || !lines[first_kept].reason.empty())) ++first_kept;
  // Each unit: a price line left out, the nearest name line above it (no
  // field's colon in it), nothing kept and no other price between.
  std::vector<std::pair<size_t, size_t>> units;  // name, price
  for (size_t k = first_kept; k < lines.size(); ++k) {
    // A seller's offer is labelled ("报价：…"); another listing's bare pay
    // or price ("18-28K") is no offer.
    if (lines[k].reason != kOutside || lines[k].bullet || !IsPriceOnlyLine(lines[k].core) ||
        lines[k].core.find_first_of(U"：:") == std::u32string::npos) {
      continue;
    }
    size_t name = lines.size();
    for (size_t j = k, n = 0; j > 0 && n < kNameReach;) {
      const PageLine& l = lines[--j];
      if (l.blank()) continue;
      ++n;
      if (l.reason.empty() || IsPriceOnlyLine(l.core)) break;
      if (IsNameLine(l) && l.core.find_first_of(U"：:") == std::u32string::npos && !IsSummaryCells(l)) {
        name = j;
        break;
      }
    }
    if (name != lines.size() && (units.empty() || name > units.back().second)) units.emplace_back(name, k);
  }
  if (units.size() < kMinUnits) return given;
  for (const auto& [name, price] : units) {
    given.push_back(name);
    given.push_back(price);
  }
  // A short heading over the first unit, past a filter row.
  for (size_t j = units.front().first, n = 0; j > 0 && n < kHeadingReach;) {
    const PageLine& l = lines[--j];
    if (l.blank()) continue;
    ++n;
    if (l.reason == kOutside && !l.bullet && l.core.size() <= kMaxListHeading && CountHan(l.core) == l.core.size()) {
      given.push_back(j);
      break;
    }
  }
  for (size_t k : given) lines[k].reason.clear();
  return given;
}

}  // namespace wenyuan::clean
