#include "search/snippet.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "util/utf8.h"

namespace wenyuan::search {

Snippet MakeSnippet(const std::string& text, const std::vector<text::Token>& tokens,
                    const std::vector<std::string>& query_terms, size_t chars) {
  // A query term of one Han character matches every token holding it (it
  // was searched as such: index::CharTerm).
  std::vector<std::string> single;
  for (const auto& q : query_terms) {
    size_t at = 0;
    if (!q.empty() && utf8::IsHan(utf8::DecodeNext(q, at)) && at == q.size()) single.push_back(q);
  }
  // A passage has hundreds of tokens: each is looked up once, not compared
  // with every query term.
  const std::unordered_set<std::string_view> exact(query_terms.begin(), query_terms.end());
  auto wanted = [&](const std::string& term) {
    if (exact.contains(term)) return true;
    for (const auto& c : single) {
      if (term.find(c) != std::string::npos) return true;
    }
    return false;
  };
  std::vector<Highlight> hits;
  for (const auto& t : tokens) {
    if (!wanted(t.term)) continue;
    if (!hits.empty() && t.begin <= hits.back().end) {
      hits.back().end = std::max<size_t>(hits.back().end, t.end);
    } else {
      hits.push_back({t.begin, t.end});
    }
  }
  utf8::CodePointIndex index(text);
  const size_t n = index.size();
  Snippet s;
  size_t best_begin = 0;
  if (n > chars && !hits.empty()) {
    // Slide a window starting at each hit; keep the one covering most hits.
    size_t best = 0;
    for (size_t i = 0, j = 0; i < hits.size(); ++i) {
      size_t window_end = hits[i].begin + chars;
      while (j < hits.size() && hits[j].end <= window_end) ++j;
      if (j - i > best) {
        best = j - i;
        best_begin = hits[i].begin;
      }
    }
    // Show a little context before the first hit.
    best_begin = best_begin > chars / 6 ? best_begin - chars / 6 : 0;
    if (best_begin + chars > n) best_begin = n - chars;
  }
  s.begin = best_begin;
  s.end = std::min(n, best_begin + chars);
  s.text = std::string(index.Slice(s.begin, s.end));
  for (const auto& h : hits) {
    if (h.begin >= s.begin && h.end <= s.end) s.highlights.push_back(h);
  }
  return s;
}

}  // namespace wenyuan::search
