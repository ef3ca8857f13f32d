#include "enrich/summarizer.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

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
    Candidate c{span, {}, i};
    for (size_t k = w; k < words.size() && words[k].end <= span.end; ++k) c.terms.push_back(words[k].term);
    std::sort(c.terms.begin(), c.terms.end());
    c.terms.erase(std::unique(c.terms.begin(), c.terms.end()), c.terms.end());
    if (span.length() >= options.min_sentence_chars && span.length() <= options.max_sentence_chars &&
        c.terms.size() >= 2) {
      candidates.push_back(std::move(c));
    }
  }

  std::unordered_set<std::string> covered;
  std::vector<const Candidate*> picked;
  size_t chars = 0;
  while (picked.size() < options.max_sentences && chars < options.max_chars) {
    const Candidate* best = nullptr;
    double best_score = 0;
    for (const auto& c : candidates) {
      if (std::find(picked.begin(), picked.end(), &c) != picked.end()) continue;
      double sum = 0;
      for (const auto& t : c.terms) sum += weight[t] * (covered.count(t) ? 1 - kRepeatPenalty : 1.0);
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
    covered.insert(best->terms.begin(), best->terms.end());
  }
  std::sort(picked.begin(), picked.end(), [](const Candidate* a, const Candidate* b) { return a->order < b->order; });
  std::vector<SummarySentence> out;
  const utf8::CodePointIndex index(text);
  for (const Candidate* c : picked)
    out.push_back({std::string(index.Slice(c->span.begin, c->span.end)), c->span.begin, c->span.end});
  return out;
}

}  // namespace wenyuan::enrich
