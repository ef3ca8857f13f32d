#include "clean/merchant_records.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxFieldChars = 60;
constexpr size_t kMaxLookAround = 4;  // lines between the record's name and its fields

// The label of a "label：value" line, or "" when it has none.
std::u32string Label(const std::u32string& core) {
  constexpr size_t kMaxLabel = 6;
  const size_t colon = core.find_first_of(U"：:");
  if (colon == std::u32string::npos || colon == 0 || colon > kMaxLabel || colon + 1 >= core.size()) return {};
  return core.substr(0, colon);
}

// 地址：, 电话：, 营业时间：: a field of a merchant's record.
bool IsRecordField(const PageLine& l) {
  if (l.core.size() > kMaxFieldChars) return false;
  const std::string label = EncodeUtf8(Label(l.core));
  return EqualsAny(label, {"地址", "地點", "地点", "电话", "電話", "营业时间", "營業時間", "开放时间", "開放時間",
                           "营业时段", "營業時段"});
}

// "推荐菜", "招牌菜", "人氣商品": the heading of the house's list.
bool IsHouseListHeading(const std::u32string& core) {
  const std::string s = EncodeUtf8(WithoutSpaces(core));
  return EqualsAny(
      s, {"推荐菜", "推薦菜", "招牌菜", "特色菜", "必点菜", "必點菜", "推荐菜品", "推薦菜品", "招牌菜色", "人气菜品",
          "人氣菜品", "人气商品", "人氣商品", "推荐商品", "推薦商品", "网友推荐菜", "網友推薦菜"});
}

// "商户设施：包间  停车", "設施：無障礙廁所": the facilities line.
bool IsFacilitiesLine(const std::u32string& core) {
  const std::u32string label = Label(core);
  if (label.empty() || core.size() > kMaxFieldChars || HasSentenceEnd(core)) return false;
  return label.ends_with(U"设施") || label.ends_with(U"設施") || label.ends_with(U"服务") || label.ends_with(U"服務");
}

// "查看全部推荐菜 >": the link that opens the whole list.
bool IsSeeAllLink(const std::u32string& core) {
  const std::string s = EncodeUtf8(WithoutSpaces(core));
  return core.size() <= 20 && StartsWithAny(s, {"查看全部", "查看更多", "全部", "更多"});
}

size_t NextShown(const std::vector<PageLine>& lines, size_t i) {
  for (++i; i < lines.size() && lines[i].blank(); ++i) {
  }
  return i;
}

}  // namespace

bool IsRatingSummary(const std::u32string& core) {
  if (core.empty() || core.size() > kMaxFieldChars || HasSentenceEnd(core) ||
      core.find(U'，') != std::u32string::npos) {
    return false;
  }
  // "4.7分": a score, digits and a point before 分.
  bool score = false;
  for (size_t i = 0; i + 1 < core.size(); ++i) {
    if (core[i + 1] == U'分' && IsAsciiDigit(core[i]) && i >= 2 && core[i - 1] == '.' && IsAsciiDigit(core[i - 2])) {
      score = true;
    }
  }
  const std::string s = EncodeUtf8(WithoutSpaces(core));
  const bool reviews = ContainsAny(s, {"条评价", "條評價", "则评论", "則評論", "条点评", "條點評", "则评价", "則評價",
                                       "条评论", "條評論", "人均", "均消", "人均消费", "人均消費"});
  return score && reviews;
}

bool IsCountedItem(const std::u32string& core) {
  constexpr size_t kMaxItem = 30;
  if (core.size() > kMaxItem) return false;
  std::u32string_view c = core;
  bool counted = false;
  for (std::u32string_view end : {U"人推荐", U"人推薦", U"人喜欢", U"人喜歡", U"人想吃", U"人收藏"}) {
    if (c.ends_with(end)) {
      c.remove_suffix(end.size());
      counted = true;
      break;
    }
  }
  if (!counted) return false;
  size_t digits = 0;
  while (!c.empty() && (IsAsciiDigit(c.back()) || c.back() == ',')) {
    digits += IsAsciiDigit(c.back());
    c.remove_suffix(1);
  }
  if (digits == 0 || c.empty() || !utf8::IsSpace(c.back())) return false;
  while (!c.empty() && utf8::IsSpace(c.back())) c.remove_suffix(1);
  return !c.empty() && !HasSentencePunct(std::u32string(c));
}

void KeepMerchantRecord(std::vector<PageLine>& lines) {
  // The record's fields: two or more kept field lines in a row.
  size_t first = lines.size(), last = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].kept() || !IsRecordField(lines[i])) continue;
    const size_t next = NextShown(lines, i);
    if (next < lines.size() && lines[next].kept() && IsRecordField(lines[next])) {
      first = i;
      last = next;
      while (NextShown(lines, last) < lines.size() && lines[NextShown(lines, last)].kept() &&
             IsRecordField(lines[NextShown(lines, last)])) {
        last = NextShown(lines, last);
      }
      break;
    }
  }
  if (first == lines.size()) return;
  // Above the fields, up to the record's name: its rating summary (sub-score
  // lines and pictures between them aside).
  for (size_t k = first, steps = 0; k-- > 0 && steps < kMaxLookAround;) {
    PageLine& l = lines[k];
    if (l.blank()) continue;
    ++steps;
    if (IsRatingSummary(l.core) && !l.reason.empty()) l.reason.clear();
  }
  // Under the record's text (its description, buttons and pictures between
  // the fields and it aside): the house's list right under its last kept
  // line, and its facilities.
  constexpr size_t kMaxRecordLines = 40;
  size_t k = lines.size(), end = last;
  for (size_t i = NextShown(lines, last); i < lines.size() && i - last <= kMaxRecordLines; i = NextShown(lines, i)) {
    if (lines[i].kept()) {
      end = i;
      continue;
    }
    if (IsHouseListHeading(lines[i].core)) {
      if (NextShown(lines, end) == i) k = i;
      break;
    }
  }
  if (k < lines.size() && IsHouseListHeading(lines[k].core)) {
    size_t items = 0;
    size_t j = NextShown(lines, k);
    for (; j < lines.size() && IsCountedItem(lines[j].core); j = NextShown(lines, j)) ++items;
    if (items >= 2) {
      for (size_t m = k; m < j; ++m) {
        if (!lines[m].blank()) lines[m].reason.clear();
      }
      k = j < lines.size() && IsSeeAllLink(lines[j].core) ? NextShown(lines, j) : j;
    }
  }
  if (k < lines.size() && IsFacilitiesLine(lines[k].core)) lines[k].reason.clear();
}

}  // namespace wenyuan::clean
