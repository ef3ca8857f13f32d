#include "clean/priced_lists.h"

#include <string_view>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMinItems = 2;
constexpr size_t kMinLists = 2;
constexpr size_t kMaxHeading = 20;
constexpr size_t kMaxItem = 40;
constexpr char kReason[] = "list of other items with prices";

bool IsAmount(std::u32string_view w) {
  if (w.empty() || !IsAsciiDigit(w.front())) return false;
  for (char32_t c : w) {
    if (!IsAsciiDigit(c) && c != U',' && c != U'.') return false;
  }
  return true;
}

bool IsCurrency(std::u32string_view w) {
  for (std::u32string_view c : {U"NT$", U"$", U"¥", U"￥", U"HK$", U"US$", U"RMB", U"€", U"£", U"NTD", U"TWD"}) {
    if (w == c) return true;
  }
  return false;
}

// "NT$298", "￥39.9": a currency sign glued to its amount.
bool IsGluedPrice(std::u32string_view w) {
  for (std::u32string_view c : {U"NT$", U"HK$", U"US$", U"$", U"¥", U"￥", U"€", U"£"}) {
    if (w.starts_with(c) && IsAmount(w.substr(c.size()))) return true;
  }
  return false;
}

// A short heading over a list: no sentence punctuation, no colon at its end.
bool IsListHeading(const PageLine& l) {
  if (l.blank() || l.bullet || l.core.empty() || l.core.size() > kMaxHeading || HasSentencePunct(l.core)) return false;
  return l.core.back() != U'：' && l.core.back() != U':';
}

}  // namespace

bool IsNameWithPrice(const std::u32string& core) {
  if (core.size() > kMaxItem) return false;
  const std::vector<std::u32string_view> words = SpaceSeparatedWords(core);
  if (words.size() < 2) return false;
  const std::u32string_view last = words.back();
  size_t name_words = words.size() - 1;
  bool price = IsGluedPrice(last);
  if (!price && IsAmount(last) && IsCurrency(words[words.size() - 2])) {
    price = true;
    --name_words;
  }
  if (!price && last.size() >= 2 && last.ends_with(U"元") && IsAmount(last.substr(0, last.size() - 1))) price = true;
  if (!price || name_words == 0) return false;
  // The name: no sentence punctuation (the price's own marks aside).
  for (size_t w = 0; w < name_words; ++w) {
    if (HasSentencePunct(std::u32string(words[w]))) return false;
  }
  return true;
}

bool IsNameWithReading(const std::u32string& core) {
  if (core.size() > kMaxItem) return false;
  const std::vector<std::u32string_view> words = SpaceSeparatedWords(core);
  if (words.size() < 2) return false;
  std::u32string_view last = words.back();
  bool reading = false;
  if (last.ends_with(U"%")) {
    last.remove_suffix(1);
    if (!last.empty() && (last.front() == U'+' || last.front() == U'-')) last.remove_prefix(1);
    reading = IsAmount(last);
  } else if (last.ends_with(U"℃") || last.ends_with(U"°C")) {
    last.remove_suffix(last.ends_with(U"℃") ? 1 : 2);
    const size_t slash = last.find(U'/');
    reading = slash == std::u32string_view::npos ? IsAmount(last)
                                                 : IsAmount(last.substr(0, slash)) && IsAmount(last.substr(slash + 1));
  }
  if (!reading) return false;
  for (size_t w = 0; w + 1 < words.size(); ++w) {
    if (HasSentencePunct(std::u32string(words[w]))) return false;
  }
  return CountHan(std::u32string(words.front())) > 0;
}

void MarkPricedLists(std::vector<PageLine>& lines) {
  auto is_item = [](const PageLine& l) { return l.bullet && (IsNameWithPrice(l.core) || IsNameWithReading(l.core)); };
  std::vector<std::pair<size_t, size_t>> lists;  // [heading or first item, end)
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!is_item(lines[i])) continue;
    size_t k = i;
    while (k < lines.size() && is_item(lines[k])) ++k;
    if (k - i >= kMinItems) lists.emplace_back(i > 0 && IsListHeading(lines[i - 1]) ? i - 1 : i, k);
    i = k - 1;
  }
  if (lists.size() < kMinLists) return;
  for (auto [begin, end] : lists) {
    for (size_t k = begin; k < end; ++k) {
      if (!lines[k].blank()) lines[k].reason = kReason;
    }
  }
}

}  // namespace wenyuan::clean
