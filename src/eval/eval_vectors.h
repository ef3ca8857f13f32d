// The vector half of `wenyuan eval --mode vector|hybrid`: the corpus
// embedded once into an in-memory VectorStore (row = position in the
// corpus), then each query's keyword response turned into the vector or
// hybrid one, exactly as a knowledge base search would (same fusion, same
// response shape). Not thread-safe (the embedder is not).
#pragma once

#include <memory>

#include "eval/retrieval_eval.h"
#include "search/hybrid_fusion.h"
#include "vector/embedder.h"
#include "vector/vector_store.h"

namespace wenyuan::eval {

class EvalVectorSearch {
 public:
  // Embeds every passage (title, line break, text) with `embedder`, which
  // must outlive this object.
  static Result<std::unique_ptr<EvalVectorSearch>> Create(const EvalCorpus& corpus, vector::Embedder& embedder,
                                                          search::SearchMode mode,
                                                          const text::BigramTokenizer& tokenizer);

  // `keyword` is the keyword engine's response to `query`, ideally at least
  // search::kFusionDepth deep; the result has at most `options.k` hits.
  Result<search::SearchResponse> Apply(const search::SearchResponse& keyword, const std::string& query,
                                       const search::SearchOptions& options);

  search::SearchMode mode() const { return mode_; }
  double embed_seconds() const { return embed_seconds_; }

  // Use Create(); this makes an empty store.
  EvalVectorSearch(const EvalCorpus& corpus, vector::Embedder& embedder, search::SearchMode mode,
                   text::BigramTokenizer tokenizer);

 private:
  const EvalCorpus& corpus_;
  vector::Embedder& embedder_;
  search::SearchMode mode_;
  text::BigramTokenizer tokenizer_;
  std::unique_ptr<vector::VectorStore> store_;
  double embed_seconds_ = 0;
};

}  // namespace wenyuan::eval
