#include "clean/record_prices.h"

#include <algorithm>
#include <string_view>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr char kOutside[] = "outside the main text";  // clean/main_text_finder.h's reason
constexpr size_t kMaxPrice = 20;
constexpr size_t kReach = 4;  // non-blank lines to the record's kept line on either side
constexpr size_t kMaxFieldLabel = 4;
constexpr size_t kMaxFieldRow = 60;

// The nearest kept line within kReach non-blank lines from `i` (not
// counting it), going up (`down` false) or down.
bool KeptNear(const std::vector<PageLine>& lines, size_t i, bool down) {
  size_t seen = 0;
  for (size_t k = i; seen < kReach;) {
    if (down) {
      if (++k >= lines.size()) return false;
    } else {
      if (k == 0) return false;
      --k;
    }
    if (lines[k].blank()) continue;
    if (lines[k].kept()) return true;
    ++seen;
  }
  return false;
}

// "商戶：…", "保養：原廠兩年保養": a field row of a record's head.
bool IsShortFieldRow(const std::u32string& core) {
  if (core.size() > kMaxFieldRow || HasSentenceEnd(core)) return false;
  const size_t colon = core.find_first_of(U"：:");
  if (colon == std::u32string::npos || colon == 0 || colon > kMaxFieldLabel || colon + 1 >= core.size()) return false;
  return CountHan(core.substr(0, colon)) == colon;
}

// "新車價 97.9 萬｜可貸款", "原價 NT$ 1,280": a short label, a space and a
// price, then at most a few words of terms.
bool IsLabelledPriceRow(const std::u32string& core) {
  if (core.size() > kMaxFieldRow || HasSentenceEnd(core)) return false;
  size_t k = 0;
  while (k < core.size() && utf8::IsHan(core[k])) ++k;
  if (k == 0 || k > kMaxFieldLabel || k == core.size() || !utf8::IsSpace(core[k])) return false;
  while (k < core.size() && utf8::IsSpace(core[k])) ++k;
  // The price runs to the first bar or wide gap after its unit.
  size_t end = core.find_first_of(U"｜|", k);
  if (end == std::u32string::npos) end = core.size();
  return IsPriceLine(core.substr(k, end - k));
}

}  // namespace

bool IsPriceLine(const std::u32string& core) {
  const std::u32string s = WithoutSpaces(core);
  if (s.empty() || s.size() > kMaxPrice) return false;
  std::u32string_view v = s;
  for (std::u32string_view cur : {U"NT$", U"HK$", U"US$", U"MOP$", U"RMB", U"$", U"¥", U"￥", U"€", U"£"}) {
    if (v.starts_with(cur)) {
      v.remove_prefix(cur.size());
      break;
    }
  }
  const bool prefixed = v.size() < s.size();
  size_t digits = 0;
  while (!v.empty() && (utf8::IsDecimalDigit(v.front()) || v.front() == ',' || v.front() == '.')) {
    digits += utf8::IsDecimalDigit(v.front()) ? 1 : 0;
    v.remove_prefix(1);
  }
  if (digits == 0) return false;
  bool unit = false;
  for (std::u32string_view word : {U"萬元", U"万元", U"元", U"圓", U"萬", U"万"}) {
    if (v.starts_with(word)) {
      v.remove_prefix(word.size());
      unit = true;
      break;
    }
  }
  for (std::u32string_view per : {U"/月", U"/月起", U"/年", U"/日", U"/晚", U"/件", U"起"}) {
    if (v == per) v = {};
  }
  return v.empty() && (prefixed || unit);
}

std::vector<size_t> KeepRecordPrices(std::vector<PageLine>& lines) {
  std::vector<size_t> kept;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank() || !IsPriceLine(lines[i].core)) continue;
    const bool outside = lines[i].reason == kOutside;
    if (!lines[i].kept() && !outside) continue;
    if (!KeptNear(lines, i, false) || !KeptNear(lines, i, true)) continue;
    if (outside) {
      lines[i].reason.clear();
      kept.push_back(i);
    }
    // The field rows right under the price (other price lines may stand
    // between: "原價 $2,880.00").
    for (size_t k = i + 1; k < lines.size() && !lines[k].blank(); ++k) {
      if (lines[k].kept()) continue;
      if (lines[k].reason != kOutside || !(IsShortFieldRow(lines[k].core) || IsLabelledPriceRow(lines[k].core))) break;
      lines[k].reason.clear();
      kept.push_back(k);
    }
  }
  return kept;
}

}  // namespace wenyuan::clean
