#include "enrich/keyword_extractor.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "util/utf8.h"

namespace wenyuan::enrich {
namespace {

constexpr size_t kTextRankWindow = 5;
constexpr int kTextRankIterations = 30;
constexpr double kDamping = 0.85;

std::unordered_map<std::string, double> TextRankScores(const std::vector<WordOccurrence>& words) {
  std::unordered_map<std::string, std::unordered_map<std::string, double>> edges;
  for (size_t i = 0; i < words.size(); ++i) {
    for (size_t j = i + 1; j < words.size() && j <= i + kTextRankWindow; ++j) {
      if (words[i].term == words[j].term) continue;
      edges[words[i].term][words[j].term] += 1;
      edges[words[j].term][words[i].term] += 1;
    }
  }
  std::unordered_map<std::string, double> score, out_weight;
  for (const auto& [term, neighbours] : edges) {
    score[term] = 1.0;
    for (const auto& [_, w] : neighbours) out_weight[term] += w;
  }
  for (int iteration = 0; iteration < kTextRankIterations; ++iteration) {
    std::unordered_map<std::string, double> next;
    for (const auto& [term, neighbours] : edges) {
      double sum = 0;
      for (const auto& [other, w] : neighbours) sum += w / out_weight[other] * score[other];
      next[term] = (1 - kDamping) + kDamping * sum;
    }
    score.swap(next);
  }
  return score;
}

}  // namespace

std::vector<Keyword> ExtractKeywords(std::string_view text, const std::vector<WordOccurrence>& words,
                                     const std::vector<std::string>& title_terms, const TermStatistics& stats,
                                     const KeywordOptions& options) {
  return ExtractKeywords(words, DocumentTerms::Of(words, &stats), utf8::CodePointIndex(text), title_terms, options);
}

std::vector<Keyword> ExtractKeywords(const std::vector<WordOccurrence>& words, const DocumentTerms& terms,
                                     const utf8::CodePointIndex& index, const std::vector<std::string>& title_terms,
                                     const KeywordOptions& options) {
  std::vector<bool> in_title(terms.size(), false);
  for (const auto& t : title_terms) {
    if (auto n = terms.Find(t)) in_title[*n] = true;
  }
  std::unordered_map<std::string, double> rank;
  if (options.method == KeywordMethod::kTextRank) rank = TextRankScores(words);
  struct Scored {
    double weight;
    uint32_t count, rank, number;
  };
  std::vector<Scored> scored;
  scored.reserve(terms.size());
  for (uint32_t n = 0; n < terms.size(); ++n) {
    double base = 1.0 + std::log(static_cast<double>(terms.count[n]));
    if (options.method == KeywordMethod::kTextRank) {
      auto it = rank.find(std::string(terms.terms[n]));
      base = it == rank.end() ? 0.0 : it->second;
    }
    double weight = base * terms.idf[n];
    if (in_title[n]) weight *= options.title_bonus;
    scored.push_back({weight, terms.count[n], terms.rank[n], n});
  }
  // Highest weight first; ties by count, then by term, so output is stable.
  // Only the first `count` are put in order.
  const size_t keep = std::min(options.count, scored.size());
  std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(keep), scored.end(),
                    [](const Scored& a, const Scored& b) {
                      if (a.weight != b.weight) return a.weight > b.weight;
                      if (a.count != b.count) return a.count > b.count;
                      return a.rank < b.rank;
                    });
  std::vector<Keyword> out;
  out.reserve(keep);
  std::vector<std::pair<std::string_view, size_t>> surfaces;
  for (size_t k = 0; k < keep; ++k) {
    const Scored& s = scored[k];
    // Shown as the document most often writes it (ties: the first in byte order).
    surfaces.clear();
    for (size_t w = 0; w < words.size(); ++w) {
      if (terms.of_word[w] != s.number) continue;
      const std::string_view surface = index.Slice(words[w].begin, words[w].end);
      auto it = std::find_if(surfaces.begin(), surfaces.end(), [&](const auto& e) { return e.first == surface; });
      if (it == surfaces.end()) {
        surfaces.emplace_back(surface, 1);
      } else {
        ++it->second;
      }
    }
    std::string_view best;
    size_t best_count = 0;
    for (const auto& [surface, n] : surfaces) {
      if (n > best_count || (n == best_count && surface < best)) {
        best = surface;
        best_count = n;
      }
    }
    out.push_back({std::string(best), std::string(terms.terms[s.number]), s.weight, s.count});
  }
  return out;
}

bool ParseKeywordMethod(std::string_view name, KeywordMethod* method) {
  if (name == "tfidf") {
    *method = KeywordMethod::kTfIdf;
    return true;
  }
  if (name == "textrank") {
    *method = KeywordMethod::kTextRank;
    return true;
  }
  return false;
}

}  // namespace wenyuan::enrich
