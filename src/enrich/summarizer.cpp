#include "enrich/summarizer.h"

#include <algorithm>
#include <cmath>

#include "text/sentence_splitter.h"
#include "util/utf8.h"

namespace wenyuan::enrich {
namespace {

constexpr double kLeadBonus = 0.3;  // the first sentence; decays over the next ones
constexpr size_t kLeadSentences = 3;
constexpr double kRepeatPenalty = 0.7;  // share of a word's weight lost once a pick has it

struct Candidate {
  text::TextSpan span;
  size_t order = 0;
  // Its distinct terms, in byte order: weighted[first, last) of all the
  // candidates' (a term's number and its document weight), one array.
  size_t first = 0;
  size_t last = 0;
};

}  // namespace

std::vector<SummarySentence> Summarize(std::string_view text, const std::vector<WordOccurrence>& words,
                                       const TermStatistics& stats, const SummaryOptions& options) {
  return Summarize(text, words, DocumentTerms::Of(words, &stats), utf8::CodePointIndex(text), options);
}

std::vector<SummarySentence> Summarize(std::string_view text, const std::vector<WordOccurrence>& words,
                                       const DocumentTerms& terms, const utf8::CodePointIndex& index,
                                       const SummaryOptions& options) {
  const auto spans = text::SplitSentences(text);
  // Document weight of each term: dampened count times IDF.
  std::vector<double> weight(terms.size());
  for (size_t n = 0; n < terms.size(); ++n) {
    weight[n] = (1 + std::log(static_cast<double>(terms.count[n]))) * terms.idf[n];
  }

  std::vector<Candidate> candidates;
  std::vector<std::pair<uint32_t, double>> weighted;  // see Candidate
  std::vector<uint32_t> ranks;                        // of one sentence's terms
  size_t w = 0;
  for (size_t i = 0; i < spans.size(); ++i) {
    const auto& span = spans[i];
    while (w < words.size() && words[w].begin < span.begin) ++w;
    if (span.length() < options.min_sentence_chars || span.length() > options.max_sentence_chars) continue;
    ranks.clear();
    for (size_t k = w; k < words.size() && words[k].end <= span.end; ++k) ranks.push_back(terms.rank[terms.of_word[k]]);
    std::sort(ranks.begin(), ranks.end());
    ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
    if (ranks.size() < 2) continue;
    Candidate c{span, i, weighted.size(), 0};
    for (const uint32_t r : ranks) weighted.emplace_back(terms.by_rank[r], weight[terms.by_rank[r]]);
    c.last = weighted.size();
    candidates.push_back(c);
  }

  std::vector<bool> covered(terms.size(), false);
  std::vector<const Candidate*> picked;
  size_t chars = 0;
  while (picked.size() < options.max_sentences && chars < options.max_chars) {
    const Candidate* best = nullptr;
    double best_score = 0;
    for (const auto& c : candidates) {
      if (std::find(picked.begin(), picked.end(), &c) != picked.end()) continue;
      double sum = 0;
      for (size_t k = c.first; k < c.last; ++k) {
        const auto& [n, term_weight] = weighted[k];
        sum += term_weight * (covered[n] ? 1 - kRepeatPenalty : 1.0);
      }
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
    for (size_t k = best->first; k < best->last; ++k) covered[weighted[k].first] = true;
  }
  std::sort(picked.begin(), picked.end(), [](const Candidate* a, const Candidate* b) { return a->order < b->order; });
  std::vector<SummarySentence> out;
  for (const Candidate* c : picked)
    out.push_back({std::string(index.Slice(c->span.begin, c->span.end)), c->span.begin, c->span.end});
  return out;
}

}  // namespace wenyuan::enrich
