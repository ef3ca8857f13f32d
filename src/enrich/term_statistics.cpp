#include "enrich/term_statistics.h"

#include <cmath>
#include <cstring>
#include <functional>

namespace wenyuan::enrich {

TermStatistics::Key TermStatistics::KeyOf(std::string_view term) {
  uint64_t head = 0;
  if (!term.empty()) std::memcpy(&head, term.data(), term.size() < 8 ? term.size() : 8);
  return {term, std::hash<std::string_view>()(term), head};
}

size_t TermStatistics::Probe(const Key& key) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = key.hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.frequency == 0) return i;
    if (s.hash == key.hash && s.head == key.head && s.length == key.term.size() &&
        (key.term.size() <= 8 || std::string_view(arena_).substr(s.offset, s.length) == key.term)) {
      return i;
    }
  }
}

void TermStatistics::Count(std::string_view term) {
  if (2 * (terms_ + 1) > slots_.size()) Grow();
  const Key key = KeyOf(term);
  Slot& s = slots_[Probe(key)];
  if (s.frequency == 0) {
    s = Slot{key.hash, key.head, static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(term.size()), 0};
    arena_.append(term);
    ++terms_;
  }
  ++s.frequency;
}

void TermStatistics::Grow() {
  std::vector<Slot> old(slots_.empty() ? 1024 : slots_.size() * 2);
  old.swap(slots_);
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.frequency == 0) continue;
    size_t i = s.hash & mask;
    while (slots_[i].frequency != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void TermStatistics::AddDocument(const std::vector<std::string>& distinct_terms) {
  ++documents_;
  for (const auto& t : distinct_terms) Count(t);
}

void TermStatistics::AddDocumentViews(const std::vector<std::string_view>& distinct_terms) {
  ++documents_;
  for (const auto t : distinct_terms) Count(t);
}

size_t TermStatistics::DocumentFrequency(std::string_view term) const {
  if (slots_.empty()) return 0;
  return slots_[Probe(KeyOf(term))].frequency;
}

double TermStatistics::Idf(std::string_view term) const {
  const double n = static_cast<double>(documents_);
  const double df = static_cast<double>(DocumentFrequency(term));
  return std::log(1.0 + (n - df + 0.5) / (df + 0.5));
}

}  // namespace wenyuan::enrich
