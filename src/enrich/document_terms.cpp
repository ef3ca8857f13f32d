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
  // Byte order, compared first on each term's first 8 bytes as one
  // big-endian number (zero-padded: a shorter prefix sorts first, as in
  // byte order), the whole terms only where those are equal.
  struct Keyed {
    uint64_t head;
    uint32_t number;
  };
  std::vector<Keyed> keyed(n);
  for (uint32_t t = 0; t < n; ++t) {
    const std::string_view term = d.terms[t];
    uint64_t head = 0;
    for (size_t i = 0; i < 8; ++i) {
      head = (head << 8) | (i < term.size() ? static_cast<uint8_t>(term[i]) : 0u);
    }
    keyed[t] = {head, t};
  }
  std::sort(keyed.begin(), keyed.end(), [&d](const Keyed& a, const Keyed& b) {
    if (a.head != b.head) return a.head < b.head;
    return d.terms[a.number] < d.terms[b.number];
  });
  d.by_rank.resize(n);
  for (uint32_t r = 0; r < n; ++r) d.by_rank[r] = keyed[r].number;
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
