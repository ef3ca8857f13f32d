#include "eval/eval_vectors.h"

#include <algorithm>
#include <chrono>

#include "search/hybrid_fusion.h"
#include "search/vector_results.h"
#include "vector/kb_vectors.h"

namespace wenyuan::eval {

EvalVectorSearch::EvalVectorSearch(const EvalCorpus& corpus, vector::Embedder& embedder, search::SearchMode mode,
                                   text::BigramTokenizer tokenizer)
    : corpus_(corpus),
      embedder_(embedder),
      mode_(mode),
      tokenizer_(std::move(tokenizer)),
      store_(std::make_unique<vector::VectorStore>(embedder.name(), embedder.dimensions())) {}

Result<std::unique_ptr<EvalVectorSearch>> EvalVectorSearch::Create(const EvalCorpus& corpus, vector::Embedder& embedder,
                                                                   search::SearchMode mode,
                                                                   const text::BigramTokenizer& tokenizer) {
  const auto started = std::chrono::steady_clock::now();
  auto out = std::make_unique<EvalVectorSearch>(corpus, embedder, mode, tokenizer);
  std::vector<catalog::PassageRecord> rows = corpus.passages;
  for (size_t i = 0; i < rows.size(); ++i) rows[i].id = static_cast<int64_t>(i);
  WY_RETURN_IF_ERROR(vector::SyncVectors(*out->store_, rows, embedder).status());
  out->embed_seconds_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return out;
}

Result<search::SearchResponse> EvalVectorSearch::Apply(const search::SearchResponse& keyword, const std::string& query,
                                                       const search::SearchOptions& options) {
  if (mode_ == search::SearchMode::kKeyword) return keyword;
  WY_ASSIGN_OR_RETURN(auto query_vectors, embedder_.Embed({query}));
  if (query_vectors.size() != 1) return Status::Internal("embedder " + embedder_.name() + " gave no query vector");
  search::SearchOptions deep = options;
  deep.k = std::max(options.k, search::kFusionDepth);
  WY_ASSIGN_OR_RETURN(auto nearest, store_->Search(query_vectors[0], deep.k));
  auto passage_for = [&](int64_t row) -> const catalog::PassageRecord* {
    return row >= 0 && static_cast<size_t>(row) < corpus_.passages.size() ? &corpus_.passages[row] : nullptr;
  };
  auto response = search::VectorHitsResponse(keyword.kb, query, nearest, passage_for, tokenizer_, deep);
  response.terms = keyword.terms;
  if (mode_ == search::SearchMode::kVector) {
    if (response.hits.size() > options.k) response.hits.resize(options.k);
    return response;
  }
  return search::FuseResponses(keyword, response, options.k);
}

}  // namespace wenyuan::eval
