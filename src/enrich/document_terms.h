// DocumentTerms: the distinct content words of one document, numbered in
// order of first occurrence, with what keyword and summary scoring both
// need of each: its count in the document, its IDF in the knowledge base
// (TermStatistics, looked up once per term, not once per use) and its rank
// in byte order (what their ties and sums follow); and the number of each
// occurrence. The words are hashed once, in a table of the document's own
// size, and no term is copied: `terms` views the words' strings, which must
// outlive it.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "enrich/content_words.h"
#include "enrich/term_statistics.h"

namespace wenyuan::enrich {

struct DocumentTerms {
  std::vector<std::string_view> terms;  // by number
  std::vector<uint32_t> count;          // occurrences, by number
  std::vector<double> idf;              // by number (empty when made without statistics)
  std::vector<uint32_t> rank;           // by number: its place when the terms are sorted
  std::vector<uint32_t> by_rank;        // numbers in byte order of their terms
  std::vector<uint32_t> of_word;        // each occurrence's number

  // `stats` may be null: then `idf` stays empty.
  static DocumentTerms Of(const std::vector<WordOccurrence>& words, const TermStatistics* stats);
  size_t size() const { return terms.size(); }
  // The number of `term`, if the document has it.
  std::optional<uint32_t> Find(std::string_view term) const;
};

// The distinct terms of `words` (order unspecified), viewing their strings.
std::vector<std::string_view> DistinctTermViews(const std::vector<WordOccurrence>& words);

}  // namespace wenyuan::enrich
