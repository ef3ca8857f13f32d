#include "enrich/term_statistics.h"

#include <cmath>

namespace wenyuan::enrich {

void TermStatistics::AddDocument(const std::vector<std::string>& distinct_terms) {
  ++documents_;
  for (const auto& t : distinct_terms) ++frequency_[t];
}

void TermStatistics::AddDocumentViews(const std::vector<std::string_view>& distinct_terms) {
  ++documents_;
  for (const auto t : distinct_terms) {
    if (auto it = frequency_.find(t); it != frequency_.end()) {
      ++it->second;
    } else {
      frequency_.emplace(std::string(t), 1);
    }
  }
}

size_t TermStatistics::DocumentFrequency(std::string_view term) const {
  auto it = frequency_.find(term);
  return it == frequency_.end() ? 0 : it->second;
}

double TermStatistics::Idf(std::string_view term) const {
  const double n = static_cast<double>(documents_);
  const double df = static_cast<double>(DocumentFrequency(term));
  return std::log(1.0 + (n - df + 0.5) / (df + 0.5));
}

}  // namespace wenyuan::enrich
