#include "plain_bm25.h"

#include <algorithm>
#include <cmath>

namespace wenyuan::bench {

PlainBm25::PlainBm25(const std::vector<catalog::PassageRecord>& passages, Tokenize tokenize, double k1, double b)
    : tokenize_(std::move(tokenize)), k1_(k1), b_(b), length_(passages.size()) {
  double total = 0;
  std::unordered_map<std::string, uint32_t> tf;
  for (uint32_t i = 0; i < passages.size(); ++i) {
    tf.clear();
    const auto tokens = tokenize_(passages[i].title + "\n" + passages[i].text);
    for (const auto& t : tokens) ++tf[t];
    for (const auto& [term, f] : tf) postings_[term].push_back({i, f});
    length_[i] = static_cast<float>(tokens.size());
    total += static_cast<double>(tokens.size());
  }
  if (!passages.empty()) average_length_ = std::max(1.0, total / static_cast<double>(passages.size()));
}

std::vector<uint32_t> PlainBm25::Top(std::string_view query, size_t k) const {
  std::unordered_map<std::string, int> query_tf;
  for (const auto& t : tokenize_(query)) ++query_tf[t];
  std::vector<double> scores(length_.size(), 0.0);
  const double n = static_cast<double>(length_.size());
  for (const auto& [term, count] : query_tf) {
    auto it = postings_.find(term);
    if (it == postings_.end()) continue;
    const double df = static_cast<double>(it->second.size());
    const double idf = std::log(1.0 + (n - df + 0.5) / (df + 0.5));
    for (const Posting& p : it->second) {
      const double tf = p.tf;
      const double norm = k1_ * (1 - b_ + b_ * length_[p.passage] / average_length_);
      scores[p.passage] += count * idf * tf * (k1_ + 1) / (tf + norm);
    }
  }
  std::vector<uint32_t> hits;
  for (uint32_t i = 0; i < scores.size(); ++i) {
    if (scores[i] > 0) hits.push_back(i);
  }
  const size_t top = std::min(k, hits.size());
  std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(top), hits.end(),
                    [&](uint32_t a, uint32_t b) { return scores[a] != scores[b] ? scores[a] > scores[b] : a < b; });
  hits.resize(top);
  return hits;
}

}  // namespace wenyuan::bench
