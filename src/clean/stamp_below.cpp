#include "clean/stamp_below.h"

#include "clean/dates_and_bylines.h"

namespace wenyuan::clean {

std::optional<size_t> StampBelow(const std::vector<PageLine>& lines, size_t end) {
  size_t i = end;
  while (i < lines.size() && lines[i].blank()) ++i;
  if (i >= lines.size()) return std::nullopt;
  const PageLine& l = lines[i];
  // A stamp with its counter is the update-stamp rule's to weigh
  // (clean/prose_span.h, KeepUpdateStampAsDate).
  const bool free = l.reason.empty() || l.reason == "outside the main text";
  if (!free || l.bullet || l.placeholder || HasSentenceEnd(l.core) || !IsDateLine(l.core)) return std::nullopt;
  // Alone: the next line is blank (a date over a title is a list's item).
  if (i + 1 < lines.size() && !lines[i + 1].blank()) return std::nullopt;
  return i;
}

}  // namespace wenyuan::clean
