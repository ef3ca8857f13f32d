#include "clean/shop_furniture.h"

#include <algorithm>
#include <string_view>

namespace wenyuan::clean {
namespace {

constexpr size_t kMinShopLines = 2;

}  // namespace

bool IsShopLine(const std::u32string& core) {
  constexpr size_t kMaxLine = 80;
  const std::u32string bare = WithoutSpaces(core);
  if (bare.empty() || bare.size() > kMaxLine || HasSentenceEnd(bare)) return false;
  struct Label {
    std::u32string_view text;
    bool needs_number;  // a price's value has digits
  };
  static constexpr Label kLabels[] = {
      {U"定價", true},      {U"定价", true},      {U"售價", true},      {U"售价", true},      {U"原價", true},
      {U"原价", true},      {U"特價", true},      {U"特价", true},      {U"優惠價", true},    {U"优惠价", true},
      {U"促銷價", true},    {U"促销价", true},    {U"會員價", true},    {U"会员价", true},    {U"折扣價", true},
      {U"折扣价", true},    {U"優惠期限", true},  {U"优惠期限", true},  {U"付款方式", false}, {U"支付方式", false},
      {U"配送方式", false}, {U"運送方式", false}, {U"运送方式", false}, {U"送貨方式", false}, {U"送货方式", false},
      {U"運費", false},     {U"运费", false},     {U"庫存", true},      {U"库存", true}};
  for (const Label& label : kLabels) {
    if (!bare.starts_with(label.text)) continue;
    std::u32string_view value(bare);
    value.remove_prefix(label.text.size());
    if (!value.empty() && (value.front() == U'：' || value.front() == ':')) value.remove_prefix(1);
    if (value.empty()) return false;
    return !label.needs_number || std::any_of(value.begin(), value.end(), IsAsciiDigit);
  }
  return false;
}

void MarkShopFurniture(std::vector<PageLine>& lines) {
  size_t shop_lines = 0;
  for (const PageLine& l : lines) shop_lines += !l.blank() && !l.table && IsShopLine(l.core);
  if (shop_lines < kMinShopLines) return;
  for (PageLine& l : lines) {
    if (!l.blank() && l.reason.empty() && !l.table && IsShopLine(l.core)) l.reason = kShopFurniture;
  }
}

}  // namespace wenyuan::clean
