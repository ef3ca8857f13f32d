#include "answer/found_decision.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/sentence_splitter.h"
#include "util/utf8.h"

namespace wenyuan::answer {
namespace {

// The logistic model (FoundProbability), fitted by scripts/fit-found-decision
// on every question of DRCD dev and the CMRC 2018 trial set as
// scripts/cv-eval derives them (1 article in 5 removed: its questions are
// the unanswerable ones), class-balanced, L2 10; the same fit on one fold
// of articles, scored on the other, is what docs/evaluation.md reports.
// The shares are taken of the question's weight that is not phrasing (terms
// the KB lacks that straddle two question words or lie in a word that asks,
// 能连, 多长时间): a question's wording weighs nothing either way. That form
// holds in a KB of a few documents too, where the phrasing bigrams, absent
// from every passage, carry most of the IDF weight (a fit with phrasing as a
// term of its own, v. 2026-12-05, declined 資安事件應於知悉後多久內通報？ in a
// KB of the very regulation that answers it).
constexpr double kIntercept = -3.1558;
constexpr double kCoverageWeight = 4.0803;     // held by the top passage
constexpr double kSentenceWeight = 4.6625;     // held by its best two adjacent sentences
constexpr double kAbsentWordWeight = -5.2097;  // absent from the KB, inside a question word that names
constexpr double kSecondScoreWeight = -2.0316;
constexpr double kTitleNamedWeight = 3.6093;  // share of the top passage's title the question names

// Whether a question word asks (多长时间, 哪一年, 什麼時候) rather than names
// the topic: it holds a question character (the answerer's test,
// ExtractiveAnswerer::CrossWordTerms).
bool Asks(const std::u32string& question, const text::Token& w) {
  static constexpr std::u32string_view kQuestionChars = U"哪什甚麼么誰谁幾几多何怎嗎吗呢";
  for (uint32_t c = w.begin; c < w.end && c < question.size(); ++c) {
    if (kQuestionChars.find(question[c]) != std::u32string_view::npos) return true;
  }
  return false;
}

// True when the token lies inside one question word of two or more
// characters and inside none that asks (长时 of 多长时间, though jieba also
// gives 长时间), or is not a bigram (a lone character, a Latin word).
bool InsideAWord(const text::Token& t, const std::vector<text::Token>& words, const std::u32string& question) {
  if (t.end - t.begin != 2) return true;
  bool inside = false;
  for (const auto& w : words) {
    if (w.end - w.begin < 2 || w.begin > t.begin || w.end < t.end) continue;
    if (Asks(question, w)) return false;
    inside = true;
  }
  return inside;
}

}  // namespace

SentenceTerms TopPassageSentences(const search::SearchResponse& search, const text::BigramTokenizer& tokenizer) {
  if (search.hits.empty()) return {};
  std::set<std::string> asked;
  for (const auto& t : search.terms) asked.insert(t.term);
  const std::string& text = search.hits.front().text;
  const auto spans = text::SplitSentences(std::string_view(text));
  SentenceTerms out(spans.size());
  size_t sentence = 0;
  for (const auto& t : tokenizer.Tokenize(text)) {
    while (sentence + 1 < spans.size() && t.begin >= spans[sentence].end) ++sentence;
    if (!spans.empty() && asked.count(t.term)) out[sentence].insert(t.term);
  }
  return out;
}

FoundSignals MeasureFound(const search::SearchResponse& search, const text::BigramTokenizer& tokenizer,
                          const text::WordAnalyzer* words) {
  return MeasureFound(search, TopPassageSentences(search, tokenizer), tokenizer, words);
}

FoundSignals MeasureFound(const search::SearchResponse& search, const SentenceTerms& top_sentences,
                          const text::BigramTokenizer& tokenizer, const text::WordAnalyzer* words) {
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
  std::set<std::string> in_word;
  s.read_words = words != nullptr;
  if (words) {
    const auto question_words = words->Tokenize(search.query);
    std::u32string question;
    for (size_t pos = 0; pos < search.query.size();) question += utf8::DecodeNext(search.query, pos);
    for (const auto& t : tokenizer.Tokenize(search.query)) {
      if (InsideAWord(t, question_words, question)) in_word.insert(t.term);
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
  // The runner-up is the best passage of another document: a second passage
  // of the top one's document is on its topic too, so a tie with it says
  // nothing (a FAQ page's answers, a regulation's articles).
  for (size_t i = 1; i < search.hits.size() && top.score > 0; ++i) {
    if (search.hits[i].document_id == top.document_id) continue;
    s.second_score = std::clamp(search.hits[i].score / top.score, 0.0, 1.0);
    break;
  }

  // What the top passage holds.
  std::set<std::string> held;
  for (const auto& sentence : top_sentences) held.insert(sentence.begin(), sentence.end());
  for (const auto& term : held) s.coverage.covered += weight_of(term);

  // The best two adjacent sentences' share of the question's weight.
  for (size_t i = 0; i < top_sentences.size(); ++i) {
    std::set<std::string> window = top_sentences[i];
    if (i + 1 < top_sentences.size()) window.insert(top_sentences[i + 1].begin(), top_sentences[i + 1].end());
    double w = 0;
    for (const auto& term : window) w += weight_of(term);
    s.sentence_share = std::max(s.sentence_share, w / whole);
  }

  // How much of the top passage's document title the question names (its
  // terms the KB has): a passage of the document on the question's subject,
  // or of another that shares its other words.
  std::set<std::string> title_terms, named;
  for (const auto& t : tokenizer.Tokenize(top.title)) {
    title_terms.insert(t.term);
    auto it = by_term.find(t.term);
    if (it != by_term.end() && it->second->df > 0) named.insert(t.term);
  }
  if (!title_terms.empty()) {
    s.title_named = static_cast<double>(named.size()) / static_cast<double>(title_terms.size());
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
          {"second_score", s.second_score},
          {"phrasing_share", s.absent_share - s.absent_word_share},
          {"title_named", s.title_named}};
}

double FoundProbability(const FoundSignals& s) {
  const double rest = std::max(1e-9, 1.0 - (s.absent_share - s.absent_word_share));
  const auto of_rest = [rest](double share) { return std::min(1.0, share / rest); };
  const double covered = s.coverage.whole_total > 0 ? s.coverage.covered / s.coverage.whole_total : 0;
  const double z = kIntercept + kCoverageWeight * of_rest(covered) + kSentenceWeight * of_rest(s.sentence_share) +
                   kAbsentWordWeight * of_rest(s.absent_word_share) + kSecondScoreWeight * s.second_score +
                   kTitleNamedWeight * s.title_named;
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
