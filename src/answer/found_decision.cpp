#include "answer/found_decision.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <unordered_map>

#include "text/sentence_splitter.h"

namespace wenyuan::answer {
namespace {

// The logistic model (FoundProbability), fitted by scripts/fit-found-decision
// on every question of DRCD dev and the CMRC 2018 trial set as
// scripts/cv-eval derives them (1 article in 5 removed: its questions are
// the unanswerable ones), class-balanced, L2 1.0; the same fit on one fold
// of articles, scored on the other, is what docs/evaluation.md reports.
constexpr double kIntercept = -1.9159;
constexpr double kCoverageWeight = 4.1598;     // covered, of the weight that is not phrasing
constexpr double kSentenceWeight = 5.7600;     // best two sentences, likewise
constexpr double kAbsentWordWeight = -5.9832;  // absent question words, likewise
constexpr double kSecondScoreWeight = -3.0612;

// True when the token at [begin, end) lies inside one question word of two
// or more characters, or is not a bigram (a lone character, a Latin word).
bool InsideAWord(const text::Token& t, const std::vector<text::Token>& words) {
  if (t.end - t.begin != 2) return true;
  return std::any_of(words.begin(), words.end(), [&](const text::Token& w) {
    return w.end - w.begin >= 2 && w.begin <= t.begin && w.end >= t.end;
  });
}

}  // namespace

FoundSignals MeasureFound(const search::SearchResponse& search, const text::BigramTokenizer& tokenizer,
                          const text::WordAnalyzer* words) {
  FoundSignals s;
  std::unordered_map<std::string, const search::QueryTerm*> by_term;
  for (const auto& t : search.terms) {
    if (!by_term.emplace(t.term, &t).second) continue;
    s.coverage.whole_total += t.idf;
    if (t.df > 0) s.coverage.known_total += t.idf;
  }
  const double whole = s.coverage.whole_total;
  if (whole <= 0) return s;
  auto weight_of = [&](const std::string& term) {
    auto it = by_term.find(term);
    return it == by_term.end() ? 0.0 : it->second->idf;
  };

  // Terms the KB lacks: all of them, and those inside a question word.
  const auto question_tokens = tokenizer.Tokenize(search.query);
  std::set<std::string> in_word;
  s.read_words = words != nullptr;
  if (words) {
    const auto question_words = words->Tokenize(search.query);
    for (const auto& t : question_tokens) {
      if (InsideAWord(t, question_words)) in_word.insert(t.term);
    }
  }
  double absent = 0, absent_word = 0;
  for (const auto& [term, t] : by_term) {
    if (t->df > 0) continue;
    absent += t->idf;
    if (!words || in_word.count(term)) absent_word += t->idf;
  }
  s.absent_share = absent / whole;
  s.absent_word_share = absent_word / whole;
  if (search.hits.empty()) return s;
  const search::SearchHit& top = search.hits.front();
  if (search.hits.size() > 1 && top.score > 0) {
    s.second_score = std::clamp(search.hits[1].score / top.score, 0.0, 1.0);
  }

  // What the top passage holds.
  const auto passage_tokens = tokenizer.Tokenize(top.text);
  std::set<std::string> held;
  for (const auto& t : passage_tokens) {
    if (by_term.count(t.term)) held.insert(t.term);
  }
  for (const auto& term : held) s.coverage.covered += weight_of(term);

  // The best two adjacent sentences' share of the question's weight.
  const auto spans = text::SplitSentences(std::string_view(top.text));
  std::vector<std::set<std::string>> per_sentence(spans.size());
  size_t sentence = 0;
  for (const auto& t : passage_tokens) {
    while (sentence + 1 < spans.size() && t.begin >= spans[sentence].end) ++sentence;
    if (!spans.empty() && by_term.count(t.term)) per_sentence[sentence].insert(t.term);
  }
  for (size_t i = 0; i < per_sentence.size(); ++i) {
    std::set<std::string> window = per_sentence[i];
    if (i + 1 < per_sentence.size()) window.insert(per_sentence[i + 1].begin(), per_sentence[i + 1].end());
    double w = 0;
    for (const auto& term : window) w += weight_of(term);
    s.sentence_share = std::max(s.sentence_share, w / whole);
  }
  return s;
}

std::vector<std::pair<std::string_view, double>> NamedSignals(const FoundSignals& s) {
  const QuestionCoverage& c = s.coverage;
  return {{"kb_coverage", c.known_total > 0 ? c.covered / c.known_total : 0},
          {"coverage", c.whole_total > 0 ? c.covered / c.whole_total : 0},
          {"absent_share", s.absent_share},
          {"absent_word_share", s.absent_word_share},
          {"sentence_share", s.sentence_share},
          {"second_score", s.second_score}};
}

double FoundProbability(const FoundSignals& s) {
  // Terms the KB lacks that straddle two question words are phrasing (能连,
  // 為誰): the shares are taken of the weight that is left without them.
  const double rest = std::max(1e-9, 1.0 - (s.absent_share - s.absent_word_share));
  const double covered = s.coverage.whole_total > 0 ? s.coverage.covered / s.coverage.whole_total : 0;
  const double z = kIntercept + kCoverageWeight * std::min(1.0, covered / rest) +
                   kSentenceWeight * std::min(1.0, s.sentence_share / rest) +
                   kAbsentWordWeight * std::min(1.0, s.absent_word_share / rest) + kSecondScoreWeight * s.second_score;
  return 1.0 / (1.0 + std::exp(-z));
}

bool EnoughToAnswer(const QuestionCoverage& c, const FoundThresholds& t) {
  if (c.known_total <= 0 || c.whole_total <= 0) return false;
  return c.covered / c.known_total >= t.min_coverage && c.covered / c.whole_total >= t.min_found_coverage;
}

bool EnoughToAnswer(const FoundSignals& signals, const FoundThresholds& t) {
  if (!EnoughToAnswer(signals.coverage, t)) return false;
  return !signals.read_words || t.min_found_probability <= 0 || FoundProbability(signals) >= t.min_found_probability;
}

}  // namespace wenyuan::answer
