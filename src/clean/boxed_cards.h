// BoxedCards: a card a page draws with box characters inside or around the
// article (a "read also" teaser with its thumbnail, headline and date, a
// promoted link):
//   ┌──────────────┐
//   │ [thumb.jpg] 標題 │
//   │ 2026-11-20     │
//   └──────────────┘
// The box is one widget: when another rule dropped one of the lines inside
// it (as a related-articles list, a promotion, a link), every line inside it
// goes with that reason, so a date or a teaser's second line does not stay
// behind to run on into the paragraph under the box. A box whose lines all
// stay (a notice or a quotation set in a frame) is left alone. Pure
// function, thread-safe.
#pragma once

#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

// Sets the reason of a dropped line inside each box on the box's other
// lines (its frame included).
void MarkBoxedCards(std::vector<PageLine>& lines);

}  // namespace wenyuan::clean
