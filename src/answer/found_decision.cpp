#include "answer/found_decision.h"

namespace wenyuan::answer {

bool EnoughToAnswer(const QuestionCoverage& c, const FoundThresholds& t) {
  if (c.known_total <= 0 || c.whole_total <= 0) return false;
  return c.covered / c.known_total >= t.min_coverage && c.covered / c.whole_total >= t.min_found_coverage;
}

}  // namespace wenyuan::answer
