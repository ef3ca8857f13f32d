#include "enrich/document_terms.h"

#include <algorithm>
#include <bit>
#include <functional>

namespace wenyuan::enrich {
namespace {

// Numbers `words`' terms in order of first occurrence: `terms` gets each
// distinct term once, `of_word` (if not null) each occurrence's number.
void Number(const std::vector<WordOccurrence>& words, std::vector<std::string_view>& terms,
            std::vector<uint32_t>* of_word) {
  // Open addressing over the document's own words (number + 1; 0: empty).
  std::vector<uint32_t> slots(std::bit_ceil(std::max<size_t>(16, 2 * words.size())), 0);
  std::vector<size_t> hashes;
  const size_t mask = slots.size() - 1;
  if (of_word) of_word->resize(words.size());
  for (size_t w = 0; w < words.size(); ++w) {
    const std::string_view term = words[w].term;
    const size_t hash = std::hash<std::string_view>()(term);
    size_t i = hash & mask;
    for (;; i = (i + 1) & mask) {
      const uint32_t s = slots[i];
      if (s == 0) {
        terms.push_back(term);
        hashes.push_back(hash);
        slots[i] = static_cast<uint32_t>(terms.size());
        break;
      }
      if (hashes[s - 1] == hash && terms[s - 1] == term) break;
    }
    if (of_word) (*of_word)[w] = slots[i] - 1;
  }
}

}  // namespace

DocumentTerms DocumentTerms::Of(const std::vector<WordOccurrence>& words, const TermStatistics* stats) {
  DocumentTerms d;
  Number(words, d.terms, &d.of_word);
  const size_t n = d.terms.size();
  d.count.assign(n, 0);
  for (const uint32_t t : d.of_word) ++d.count[t];
  if (stats) {
    d.idf.resize(n);
    for (size_t t = 0; t < n; ++t) d.idf[t] = stats->Idf(d.terms[t]);
  }
  d.by_rank.resize(n);
  for (uint32_t t = 0; t < n; ++t) d.by_rank[t] = t;
  std::sort(d.by_rank.begin(), d.by_rank.end(), [&d](uint32_t a, uint32_t b) { return d.terms[a] < d.terms[b]; });
  d.rank.resize(n);
  for (uint32_t r = 0; r < n; ++r) d.rank[d.by_rank[r]] = r;
  return d;
}

std::optional<uint32_t> DocumentTerms::Find(std::string_view term) const {
  auto it = std::lower_bound(by_rank.begin(), by_rank.end(), term,
                             [this](uint32_t t, std::string_view key) { return terms[t] < key; });
  if (it == by_rank.end() || terms[*it] != term) return std::nullopt;
  return *it;
}

std::vector<std::string_view> DistinctTermViews(const std::vector<WordOccurrence>& words) {
  std::vector<std::string_view> terms;
  Number(words, terms, nullptr);
  return terms;
}

}  // namespace wenyuan::enrich
