#include "search/proximity.h"

#include <algorithm>

#include "util/utf8.h"

namespace wenyuan::search {

void ProximityQuery::AddPair(const std::string& first, const std::string& second, double weight) {
  auto id = [&](const std::string& term) {
    return term_ids_.emplace(term, static_cast<uint32_t>(term_ids_.size())).first->second;
  };
  const uint32_t a = id(first), b = id(second);
  for (const Pair& p : pairs_) {
    if (p.first == a && p.second == b) return;  // a repeated pair counts once
  }
  pairs_.push_back({a, b, weight});
}

double ProximityQuery::Score(const std::vector<text::Token>& passage) const {
  if (pairs_.empty()) return 0;
  std::vector<uint64_t> seen;  // (first id, second id) of adjacent query terms in the passage
  constexpr uint32_t kNone = UINT32_MAX;
  uint32_t previous = kNone;
  uint32_t previous_end = 0;
  for (const auto& t : passage) {
    auto it = term_ids_.find(t.term);
    const uint32_t current = it == term_ids_.end() ? kNone : it->second;
    if (previous != kNone && current != kNone && t.begin <= previous_end) {
      seen.push_back(static_cast<uint64_t>(previous) << 32 | current);
    }
    previous = current;
    previous_end = t.end;
  }
  std::sort(seen.begin(), seen.end());
  double score = 0;
  for (const Pair& p : pairs_) {
    if (std::binary_search(seen.begin(), seen.end(), static_cast<uint64_t>(p.first) << 32 | p.second)) {
      score += p.weight;
    }
  }
  return score;
}

std::string FoldForMatch(std::string_view text, const text::ScriptFolder* folder) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp = utf8::NarrowFullWidth(utf8::DecodeNext(text, pos));
    if (utf8::IsSpace(cp)) continue;
    if (cp >= U'A' && cp <= U'Z') cp += U'a' - U'A';
    if (folder) cp = folder->Fold(cp);
    utf8::Append(out, cp);
  }
  return out;
}

bool TitleNamedInQuery(std::string_view folded_title, std::string_view folded_query) {
  if (folded_title.empty()) return false;
  size_t at = 0;
  const char32_t first = utf8::DecodeNext(folded_title, at);
  if (at == folded_title.size() && !utf8::IsHan(first)) return false;
  return folded_query.find(folded_title) != std::string_view::npos;
}

}  // namespace wenyuan::search
