// TermStatistics: in how many documents of a knowledge base each content
// word occurs, which is what makes a word a keyword of one document (common
// in it, rare in the others: TF-IDF). Built from the knowledge base's own
// documents, so an agency's jargon ranks by its own usage. Not thread-safe
// while documents are added; const access may be shared.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace wenyuan::enrich {

class TermStatistics {
 public:
  // `distinct_terms`: each term of one document once.
  void AddDocument(const std::vector<std::string>& distinct_terms);
  // The same viewing the terms (a string is made only for a term new here).
  void AddDocumentViews(const std::vector<std::string_view>& distinct_terms);

  size_t DocumentFrequency(std::string_view term) const;
  size_t documents() const { return documents_; }
  // Smoothed inverse document frequency, > 0 for every term; a term no
  // document has gets the largest value.
  double Idf(std::string_view term) const;

 private:
  // Looked up by string_view without making a string (Idf is called for
  // every word of every document enriched).
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> frequency_;
  size_t documents_ = 0;
};

}  // namespace wenyuan::enrich
