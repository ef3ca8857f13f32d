#include "clean/boxed_cards.h"

#include <string_view>

#include "util/utf8.h"

namespace wenyuan::clean {
namespace {

constexpr size_t kMaxBoxLines = 12;

bool StartsWithAnyOf(std::string_view s, std::initializer_list<std::string_view> marks) {
  for (std::string_view m : marks) {
    if (s.starts_with(m)) return true;
  }
  return false;
}

bool OpensBox(std::string_view raw) { return StartsWithAnyOf(utf8::Trim(raw), {"┌", "╔", "╭", "┏"}); }
bool ClosesBox(std::string_view raw) { return StartsWithAnyOf(utf8::Trim(raw), {"└", "╚", "╰", "┗"}); }
bool InsideBox(std::string_view raw) { return StartsWithAnyOf(utf8::Trim(raw), {"│", "║", "┃", "├", "╠", "┣"}); }

}  // namespace

void MarkBoxedCards(std::vector<PageLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!OpensBox(lines[i].raw)) continue;
    size_t end = i + 1;
    while (end < lines.size() && end - i <= kMaxBoxLines && InsideBox(lines[end].raw)) ++end;
    if (end >= lines.size() || end == i + 1 || !ClosesBox(lines[end].raw)) continue;
    std::string reason;
    // A picture alone inside a frame does not make it a teaser.
    for (size_t k = i + 1; k < end && reason.empty(); ++k) {
      if (lines[k].reason != "image placeholder") reason = lines[k].reason;
    }
    if (!reason.empty()) {
      for (size_t k = i; k <= end; ++k) {
        if (lines[k].reason.empty()) lines[k].reason = reason;
      }
    }
    i = end;
  }
}

}  // namespace wenyuan::clean
