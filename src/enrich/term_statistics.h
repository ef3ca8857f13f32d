// TermStatistics: in how many documents of a knowledge base each content
// word occurs, which is what makes a word a keyword of one document (common
// in it, rare in the others: TF-IDF). Built from the knowledge base's own
// documents, so an agency's jargon ranks by its own usage. Not thread-safe
// while documents are added; const access may be shared.
//
// Held in one open-addressing table whose slots keep each term's hash,
// length and first 8 bytes (a word of up to two Han characters is compared
// there without reading the term's bytes), the terms' bytes in one arena:
// a lookup, made for every distinct word of every document enriched, is
// usually one cache miss.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wenyuan::enrich {

class TermStatistics {
 public:
  // `distinct_terms`: each term of one document once.
  void AddDocument(const std::vector<std::string>& distinct_terms);
  // The same viewing the terms.
  void AddDocumentViews(const std::vector<std::string_view>& distinct_terms);

  size_t DocumentFrequency(std::string_view term) const;
  size_t documents() const { return documents_; }
  // Smoothed inverse document frequency, > 0 for every term; a term no
  // document has gets the largest value.
  double Idf(std::string_view term) const;

 private:
  struct Slot {
    uint64_t hash = 0;
    uint64_t head = 0;                // the term's first 8 bytes (zero-padded)
    uint32_t offset = 0, length = 0;  // its bytes in arena_
    uint32_t frequency = 0;           // 0: an empty slot
  };
  struct Key {
    std::string_view term;
    uint64_t hash, head;
  };
  static Key KeyOf(std::string_view term);
  size_t Probe(const Key& key) const;  // the term's slot, or the empty one where it goes
  void Count(std::string_view term);
  void Grow();

  std::vector<Slot> slots_;
  std::string arena_;
  size_t terms_ = 0;
  size_t documents_ = 0;
};

}  // namespace wenyuan::enrich
