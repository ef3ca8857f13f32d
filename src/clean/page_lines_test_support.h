// PageLinesOf: a page's lines from its raw lines, as the cleaner's unit
// tests build the pages they run a rule on; KeptCores: the cores of the
// lines a rule left kept (header-only, included by tests alone).
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "clean/page_line.h"

namespace wenyuan::clean {

inline std::vector<PageLine> PageLinesOf(std::initializer_list<const char*> raws) {
  std::vector<PageLine> lines;
  lines.reserve(raws.size());
  for (const char* raw : raws) lines.push_back(MakePageLine(raw));
  return lines;
}

inline std::vector<std::string> KeptCores(const std::vector<PageLine>& lines) {
  std::vector<std::string> out;
  for (const PageLine& l : lines) {
    if (l.kept()) out.push_back(l.CoreUtf8());
  }
  return out;
}

}  // namespace wenyuan::clean
