// The not-found decision: whether the passages a search found hold enough
// of the question to answer it at all, or the honest reply is "not found".
// One function decides for every path that answers: the extractive
// answerer (ask, eval), and through it the grounded answerer, which never
// asks a language model about a question decided "not found" (drafting).
//
// The measure is the top passage's coverage of the question: the share of
// the question's term weight (each term's IDF, question and stop words
// already weighted down by the search) whose terms the passage holds,
// (a) of the terms the knowledge base has at all, and (b) of all the
// question's terms, terms the knowledge base lacks counting against it (a
// question about 機車收費 in a KB that never says 機車 is not answered by a
// passage that shares only 收費). Thresholds are chosen by
// cross-validation (scripts/cv-eval, docs/evaluation.md). Pure.
#pragma once

namespace wenyuan::answer {

struct FoundThresholds {
  double min_coverage = 0.25;        // (a)
  double min_found_coverage = 0.14;  // (b)
};

struct QuestionCoverage {
  double covered = 0;      // weight of the question terms the top passage holds
  double known_total = 0;  // weight of the question terms the KB has
  double whole_total = 0;  // weight of all the question's terms
};

// True when the coverage clears both thresholds; false with nothing known.
bool EnoughToAnswer(const QuestionCoverage& coverage, const FoundThresholds& thresholds);

}  // namespace wenyuan::answer
