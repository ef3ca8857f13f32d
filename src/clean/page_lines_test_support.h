// PageLinesOf: a page's lines from its raw lines, as the cleaner's unit
// tests build the pages they run a rule on (header-only, included by tests
// alone).
#pragma once

#include <initializer_list>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline std::vector<PageLine> PageLinesOf(std::initializer_list<const char*> raws) {
  std::vector<PageLine> lines;
  lines.reserve(raws.size());
  for (const char* raw : raws) lines.push_back(MakePageLine(raw));
  return lines;
}

}  // namespace wenyuan::clean
