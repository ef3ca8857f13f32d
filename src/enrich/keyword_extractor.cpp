#include "enrich/keyword_extractor.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "util/utf8.h"

namespace wenyuan::enrich {
namespace {

constexpr size_t kTextRankWindow = 5;
constexpr int kTextRankIterations = 30;
constexpr double kDamping = 0.85;

struct TermInfo {
  size_t count = 0;
  std::map<std::string, size_t> surfaces;  // as written → occurrences
};

std::unordered_map<std::string, TermInfo> CountTerms(std::string_view text, const std::vector<WordOccurrence>& words) {
  std::unordered_map<std::string, TermInfo> terms;
  const utf8::CodePointIndex index(text);
  for (const auto& w : words) {
    auto& info = terms[w.term];
    ++info.count;
    ++info.surfaces[std::string(index.Slice(w.begin, w.end))];
  }
  return terms;
}

std::string MostWritten(const TermInfo& info) {
  auto best = std::max_element(info.surfaces.begin(), info.surfaces.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  return best == info.surfaces.end() ? std::string() : best->first;
}

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
  auto terms = CountTerms(text, words);
  const std::unordered_set<std::string> in_title(title_terms.begin(), title_terms.end());
  std::unordered_map<std::string, double> rank;
  if (options.method == KeywordMethod::kTextRank) rank = TextRankScores(words);
  std::vector<Keyword> out;
  out.reserve(terms.size());
  for (const auto& [term, info] : terms) {
    double base = options.method == KeywordMethod::kTextRank ? (rank.count(term) ? rank[term] : 0.0)
                                                             : 1.0 + std::log(static_cast<double>(info.count));
    double weight = base * stats.Idf(term);
    if (in_title.count(term)) weight *= options.title_bonus;
    out.push_back({MostWritten(info), term, weight, info.count});
  }
  // Highest weight first; ties by count, then by term, so output is stable.
  std::sort(out.begin(), out.end(), [](const Keyword& a, const Keyword& b) {
    if (a.weight != b.weight) return a.weight > b.weight;
    if (a.count != b.count) return a.count > b.count;
    return a.term < b.term;
  });
  if (out.size() > options.count) out.resize(options.count);
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
