// KeepCitedEvidence: the last step of a model's answer. The prompt numbered
// every passage it held, but a reader should see only the ones the answer
// cites, each pointing at the words the claim rests on rather than the whole
// passage. So the evidence is cut to the cited passages, renumbered [1]..[k]
// in their prompt order (the text's markers, `cited` and every sentence's
// citations are rewritten to match), and each citation of a sentence is
// mapped to the sentence of the passage that shares the most character
// bigrams with the claim (its code-point span goes into the answer's
// `support`). Each evidence's citation range and quote become the span that
// best supports any claim citing it. A passage with no sentence sharing a
// bigram with its claims keeps its whole range. Pure; thread-safe.
#pragma once

#include <string_view>

#include "answer/citation_checker.h"
#include "answer/grounded_answerer.h"

namespace wenyuan::answer {

void KeepCitedEvidence(GroundedAnswer& answer);

// The span (code points) of the sentence of `passage` that best supports
// `claim`, and how many of the claim's distinct bigrams it holds (0: none;
// then the span is the whole passage).
struct SupportMatch {
  size_t begin = 0;
  size_t end = 0;
  size_t shared = 0;
};
SupportMatch BestSupport(std::string_view passage, std::string_view claim);

}  // namespace wenyuan::answer
