// ShopFurniture: the lines a shop's product page prints beside the product's
// description, recognised by their labels in both scripts: prices and
// discounts ("定價：480元", "优惠价： 79 折 379 元", "會員價 NT$399"), the
// offer's period ("優惠期限：…止"), payment and delivery ("付款方式：信用卡、
// ATM", "配送方式：台灣、離島", "运费：满99元包邮"), stock ("库存：12件").
// The product's own fields (作者, 出版社, ISBN, 規格) are its description and
// stay. Only on a page with two such lines or more (one price in an
// article's sentence is the article's). Run on the lines the main-text
// finder kept. Pure functions, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline constexpr char kShopFurniture[] = "shop furniture";

// True when `core` (one line) is a shop's price, offer, payment, delivery
// or stock line.
bool IsShopLine(const std::u32string& core);

// Sets kShopFurniture on the kept shop lines of a page that has two or more.
void MarkShopFurniture(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
