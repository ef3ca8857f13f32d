#include "enrich/summarizer.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "text/sentence_splitter.h"
#include "util/utf8.h"

namespace wenyuan::enrich {
namespace {

constexpr double kLeadBonus = 0.3;  // the first sentence; decays over the next ones
constexpr size_t kLeadSentences = 3;
constexpr double kRepeatPenalty = 0.7;  // share of a word's weight lost once a pick has it

struct Candidate {
  text::TextSpan span;
  std::vector<std::string> terms;  // distinct
  size_t order = 0;
  // Per term (in `terms` order): its number among the document's terms and
  // its document weight, looked up once rather than on every pick.
  std::vector<std::pair<size_t, double>> weighted;
};

}  // namespace

std::vector<SummarySentence> Summarize(std::string_view text, const std::vector<WordOccurrence>& words,
                                       const TermStatistics& stats, const SummaryOptions& options) {
  const auto spans = text::SplitSentences(text);
  // Document weight of each term: dampened count times IDF.
  std::unordered_map<std::string, double> weight;
  for (const auto& w : words) weight[w.term] += 1;
  for (auto& [term, tf] : weight) tf = (1 + std::log(tf)) * stats.Idf(term);

  std::vector<Candidate> candidates;
  size_t w = 0;
  for (size_t i = 0; i < spans.size(); ++i) {
    const auto& span = spans[i];
    while (w < words.size() && words[w].begin < span.begin) ++w;
    Candidate c{span, {}, i, {}};
    for (size_t k = w; k < words.size() && words[k].end <= span.end; ++k) c.terms.push_back(words[k].term);
    std::sort(c.terms.begin(), c.terms.end());
    c.terms.erase(std::unique(c.terms.begin(), c.terms.end()), c.terms.end());
    if (span.length() >= options.min_sentence_chars && span.length() <= options.max_sentence_chars &&
        c.terms.size() >= 2) {
      candidates.push_back(std::move(c));
    }
  }

  std::unordered_map<std::string_view, size_t> number;  // term → its number
  for (auto& c : candidates) {
    c.weighted.reserve(c.terms.size());
    for (const auto& t : c.terms) {
      const size_t n = number.emplace(t, number.size()).first->second;
      c.weighted.emplace_back(n, weight[t]);
    }
  }
  std::vector<bool> covered(number.size(), false);
  std::vector<const Candidate*> picked;
  size_t chars = 0;
  while (picked.size() < options.max_sentences && chars < options.max_chars) {
    const Candidate* best = nullptr;
    double best_score = 0;
    for (const auto& c : candidates) {
      if (std::find(picked.begin(), picked.end(), &c) != picked.end()) continue;
      double sum = 0;
      for (const auto& [n, term_weight] : c.weighted) sum += term_weight * (covered[n] ? 1 - kRepeatPenalty : 1.0);
      double score = sum / std::sqrt(static_cast<double>(c.span.length()));
      if (c.order < kLeadSentences)
        score *= 1 + kLeadBonus * static_cast<double>(kLeadSentences - c.order) / kLeadSentences;
      if (score > best_score) {
        best_score = score;
        best = &c;
      }
    }
    if (!best) break;
    picked.push_back(best);
    chars += best->span.length();
    for (const auto& [n, term_weight] : best->weighted) covered[n] = true;
  }
  std::sort(picked.begin(), picked.end(), [](const Candidate* a, const Candidate* b) { return a->order < b->order; });
  std::vector<SummarySentence> out;
  const utf8::CodePointIndex index(text);
  for (const Candidate* c : picked)
    out.push_back({std::string(index.Slice(c->span.begin, c->span.end)), c->span.begin, c->span.end});
  return out;
}

}  // namespace wenyuan::enrich
