#include "search/vector_results.h"

#include "search/passage_hit.h"
#include "search/snippet.h"

namespace wenyuan::search {

SearchResponse VectorHitsResponse(const std::string& kb, const std::string& query,
                                  const std::vector<vector::VectorHit>& hits,
                                  const std::function<const catalog::PassageRecord*(int64_t)>& passage_for,
                                  const text::BigramTokenizer& tokenizer, const SearchOptions& options) {
  SearchResponse response;
  response.kb = kb;
  response.query = query;
  std::vector<std::string> query_terms;
  for (const auto& t : tokenizer.Tokenize(query)) query_terms.push_back(t.term);
  for (const auto& h : hits) {
    if (response.hits.size() >= options.k) break;
    const catalog::PassageRecord* rec = passage_for(h.row);
    if (!rec) continue;
    SearchHit hit = HitOf(kb, *rec, h.similarity);
    hit.snippet = MakeSnippet(rec->text, tokenizer, query_terms, options.snippet_chars);
    response.hits.push_back(std::move(hit));
  }
  response.candidates = response.hits.size();
  return response;
}

}  // namespace wenyuan::search
