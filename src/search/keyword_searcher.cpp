#include "search/keyword_searcher.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "util/utf8.h"

namespace wenyuan::search {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr double kTitleWeight = 2.0;

}  // namespace

Snippet MakeSnippet(const std::string& text, const std::vector<text::Token>& tokens,
                    const std::vector<std::string>& query_terms, size_t chars) {
  std::vector<Highlight> hits;
  for (const auto& t : tokens) {
    if (std::find(query_terms.begin(), query_terms.end(), t.term) == query_terms.end()) continue;
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

SearchResponse KeywordSearcher::Search(const std::string& kb,
                                       const std::vector<catalog::PassageRecord>& passages,
                                       const std::string& query, const SearchOptions& options) const {
  SearchResponse response;
  response.kb = kb;
  response.query = query;

  // Distinct query terms, in query order, with their counts.
  std::vector<std::string> terms;
  std::unordered_map<std::string, int> query_tf;
  for (auto& t : tokenizer_.Tokenize(query)) {
    if (query_tf[t.term]++ == 0) terms.push_back(t.term);
  }
  const double n = static_cast<double>(passages.size());
  if (terms.empty() || passages.empty()) {
    for (auto& t : terms) response.terms.push_back({t, std::log(1.0 + (n + 0.5) / 0.5), 0});
    return response;
  }

  struct Candidate {
    size_t index;
    std::vector<double> tf;  // per query term, title-weighted
    double length;
  };
  std::vector<Candidate> candidates;
  std::vector<size_t> df(terms.size(), 0);
  double total_length = 0;
  std::unordered_map<std::string, size_t> term_index;
  for (size_t i = 0; i < terms.size(); ++i) term_index[terms[i]] = i;

  for (size_t p = 0; p < passages.size(); ++p) {
    Candidate c{p, std::vector<double>(terms.size(), 0.0), 0};
    auto body = tokenizer_.Tokenize(passages[p].text);
    auto title = tokenizer_.Tokenize(passages[p].title);
    c.length = static_cast<double>(body.size()) + kTitleWeight * static_cast<double>(title.size());
    total_length += c.length;
    bool any = false;
    for (const auto& t : body) {
      auto it = term_index.find(t.term);
      if (it != term_index.end()) { c.tf[it->second] += 1; any = true; }
    }
    for (const auto& t : title) {
      auto it = term_index.find(t.term);
      if (it != term_index.end()) { c.tf[it->second] += kTitleWeight; any = true; }
    }
    if (!any) continue;
    for (size_t i = 0; i < terms.size(); ++i) df[i] += c.tf[i] > 0;
    candidates.push_back(std::move(c));
  }

  const double avg_length = std::max(1.0, total_length / n);
  std::vector<double> idf(terms.size());
  for (size_t i = 0; i < terms.size(); ++i) {
    double d = static_cast<double>(df[i]);
    idf[i] = std::log(1.0 + (n - d + 0.5) / (d + 0.5));
    response.terms.push_back({terms[i], idf[i], df[i]});
  }

  std::vector<std::pair<double, size_t>> scored;
  for (size_t c = 0; c < candidates.size(); ++c) {
    const auto& cand = candidates[c];
    double norm = kK1 * (1 - kB + kB * cand.length / avg_length);
    double score = 0;
    for (size_t i = 0; i < terms.size(); ++i) {
      double tf = cand.tf[i];
      if (tf > 0) score += idf[i] * query_tf[terms[i]] * tf * (kK1 + 1) / (tf + norm);
    }
    scored.push_back({score, c});
  }
  response.candidates = scored.size();
  size_t k = std::min(options.k, scored.size());
  std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(k), scored.end(),
                    [&](const auto& a, const auto& b) {
                      if (a.first != b.first) return a.first > b.first;
                      return candidates[a.second].index < candidates[b.second].index;
                    });
  for (size_t r = 0; r < k; ++r) {
    const auto& rec = passages[candidates[scored[r].second].index];
    SearchHit hit;
    hit.passage_id = catalog::PassageId(kb, rec.document_id, rec.number);
    hit.document_id = rec.document_id;
    hit.passage_number = rec.number;
    hit.title = rec.title;
    hit.source = rec.source;
    hit.date = rec.date;
    hit.text = rec.text;
    hit.score = scored[r].first;
    hit.snippet = MakeSnippet(rec.text, tokenizer_.Tokenize(rec.text), terms, options.snippet_chars);
    response.hits.push_back(std::move(hit));
  }
  return response;
}

}  // namespace wenyuan::search
