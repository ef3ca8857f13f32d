// The not-found decision: whether the passages a search found hold enough
// of the question to answer it at all, or the honest reply is "not found".
// One function decides for every path that answers: the extractive
// answerer (ask, eval), and through it the grounded answerer, which never
// asks a language model about a question decided "not found" (drafting).
//
// MeasureFound reads the signals off a search response and the top
// passage's sentences as the answerer split them: how much of the
// question's term weight (each term's IDF, question and stop words already
// weighted down by the search) the top passage holds, (a) of the terms the
// knowledge base has and (b) of all the question's terms; how much of the
// weight the knowledge base lacks entirely, and how much of that lies in
// the question's own words rather than in phrasing (bigrams that straddle
// two words, 能连 or 為誰, or lie in a word that asks, 长时 of 多长时间); the
// best two adjacent sentences' share (do the terms cluster, or are they
// scattered); how far the top passage stands above the next (a passage
// about the question's topic stands out; one that shares only its common
// words ties with others); how much of the top passage's document title
// the question names (the document on its subject, or another's).
// EnoughToAnswer requires the floors (a) and (b), then a logistic model
// over the signals (weights fitted on the dev sets, the threshold chosen
// by cross-validation: scripts/fit-found-decision, docs/evaluation.md "The
// not-found decision"), whose probability must reach
// `min_found_probability` (0: model off).
// Pure and thread-safe.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "search/search_types.h"
#include "text/bigram_tokenizer.h"
#include "text/word_analyzer.h"

namespace wenyuan::answer {

struct FoundThresholds {
  double min_coverage = 0.25;        // (a)
  double min_found_coverage = 0.14;  // (b)
  // The logistic model's probability that the question is answered here.
  double min_found_probability = 0.29;
};

struct QuestionCoverage {
  double covered = 0;      // weight of the question terms the top passage holds
  double known_total = 0;  // weight of the question terms the KB has
  double whole_total = 0;  // weight of all the question's terms
};

// What MeasureFound reads off a search response; shares are in [0, 1].
struct FoundSignals {
  QuestionCoverage coverage;
  double absent_share = 0;       // weight of the terms the KB lacks, of all
  double absent_word_share = 0;  // …of those, terms inside a question word that names, not asks (needs words)
  double sentence_share = 0;     // weight the best two adjacent sentences hold, of all
  double second_score = 0;       // the best other document's hit's score over the top one's (0: none)
  double title_named = 0;        // share of the top passage's title terms (the KB has) the question names
  bool read_words = false;       // a word analyser told words from phrasing: the model applies
};

// The question terms (search.terms) each sentence of the top passage
// holds, in passage order: what the answerer collects as it splits it.
using SentenceTerms = std::vector<std::set<std::string>>;

// The signals of `search` (its query, terms and hits), with
// `top_sentences` the top passage's sentences as the answerer split them.
// `tokenizer` is the search's (same folding; it reads the question and the
// top passage's title); `words` may be null (absent_word_share is then
// absent_share, and read_words false).
FoundSignals MeasureFound(const search::SearchResponse& search, const SentenceTerms& top_sentences,
                          const text::BigramTokenizer& tokenizer, const text::WordAnalyzer* words);
// The same, splitting and tokenising the top passage itself.
FoundSignals MeasureFound(const search::SearchResponse& search, const text::BigramTokenizer& tokenizer,
                          const text::WordAnalyzer* words);
SentenceTerms TopPassageSentences(const search::SearchResponse& search, const text::BigramTokenizer& tokenizer);

// The signals by name, in a fixed order (eval's per-query output, the fit).
std::vector<std::pair<std::string_view, double>> NamedSignals(const FoundSignals& signals);

// The logistic model's probability that the top passage answers.
double FoundProbability(const FoundSignals& signals);

// True when the coverage clears both floors; false with nothing known.
bool EnoughToAnswer(const QuestionCoverage& coverage, const FoundThresholds& thresholds);
// The floors, then (with read_words) the model's probability: fitted
// with words told from phrasing, it does not apply without them.
bool EnoughToAnswer(const FoundSignals& signals, const FoundThresholds& thresholds);

}  // namespace wenyuan::answer
