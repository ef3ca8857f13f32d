// Retrieval and answer evaluation over a question set, as DESIGN.md's `eval`
// contract defines: a corpus (JSONL: id, title, text; one passage a line)
// and queries (JSONL: id, text, gold ids, optional answers) in, recall@1/5/20,
// MRR@10, nDCG@10, answer_recall@3 and latency percentiles out. The corpus is
// indexed as a throw-away knowledge base in a temporary folder; nothing
// touches a data directory.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "answer/extractive_answerer.h"
#include "catalog/records.h"
#include "search/index_search.h"
#include "search/analysis.h"
#include "util/status.h"

namespace wenyuan::eval {

struct EvalQuery {
  std::string id;
  std::string text;
  std::vector<std::string> gold;     // relevant passage ids
  std::vector<std::string> answers;  // answer strings, may be empty
};

struct EvalCorpus {
  std::vector<catalog::PassageRecord> passages;
  std::vector<std::string> ids;  // ids[i] is passages[i]'s id in the file
};

struct EvalReport {
  size_t queries = 0;
  double recall_at_1 = 0, recall_at_5 = 0, recall_at_20 = 0;
  double mrr_at_10 = 0, ndcg_at_10 = 0;
  double answer_recall_at_3 = 0;
  // The same measure for NaiveBaselineSentences (answer/naive_baseline.h),
  // on the same responses.
  double answer_recall_at_3_baseline = 0;
  size_t queries_with_answers = 0;
  double index_seconds = 0;
  double query_ms_p50 = 0, query_ms_p99 = 0;
  size_t failed_queries = 0;  // the embedder failed on them: measured on their keyword response
  // Cost (issue 9): percentiles beyond the contract's, CPU time of the
  // query loop per 1,000 queries, the process's peak resident memory, and
  // the index's size against the text it holds.
  double query_ms_p95 = 0;
  double cpu_seconds_per_1000_queries = 0;
  double peak_rss_mb = 0;
  uint64_t index_bytes = 0, text_bytes = 0;
  std::vector<double> latencies_ms;  // per query, in query order
};

// DESIGN.md's answer test: some answer string, after script folding, is in
// the quoted sentences.
bool QuotesAnAnswer(const search::Analysis& analysis, const std::vector<std::string>& sentences,
                    const std::vector<std::string>& answers);

// The answer figures of an evaluation: per question with answers, whether
// the extractive answer (and the naive baseline, on the same response)
// quotes one of them, by QuotesAnAnswer. Both evaluations count with this.
class AnswerTally {
 public:
  explicit AnswerTally(const search::Analysis& analysis);
  void Add(const search::SearchResponse& response, const std::vector<std::string>& answers);
  // Fills queries_with_answers, answer_recall_at_3 and its baseline.
  void Report(EvalReport& report) const;

 private:
  const search::Analysis& analysis_;
  answer::ExtractiveAnswerer answerer_;
  size_t questions_ = 0;
  size_t ours_ = 0, baseline_ = 0;
};

// Errors name the file and line of a bad record. A query without "gold"
// that names a "file" takes it as its gold (KB evaluation, eval/kb_eval.h).
Result<EvalCorpus> LoadEvalCorpus(const std::filesystem::path& path);
Result<std::vector<EvalQuery>> LoadEvalQueries(const std::filesystem::path& path);

// The ranking metrics (recall@1/5/20, MRR@10, nDCG@10, latency
// percentiles) of `rankings[i]` (corpus ids, best first) against
// `queries[i].gold`; `latencies_ms[i]` is the time query i took. Every
// ranker measured (ours in RunEval, the bench's peers) is scored by this one
// function. Answer fields are left zero.
EvalReport ScoreRankings(const std::vector<EvalQuery>& queries, const std::vector<std::vector<std::string>>& rankings,
                         const std::vector<double>& latencies_ms);

class EvalVectorSearch;  // eval/eval_vectors.h

// Sees each query's response (by query index) right after it was measured,
// for work on top of retrieval (eval's model answers, eval/model_eval.h).
using ResponseSink = std::function<void(size_t query_index, const search::SearchResponse& response)>;

// Indexes the corpus once with `analysis` into a throw-away on-disk index
// (the real engine, in a temporary folder removed afterwards; index_seconds),
// then runs every query with `k` results (at least 20 are retrieved so every
// metric is defined). With `vectors`, each keyword response is turned into
// its vector or hybrid one (eval --mode) before it is measured. When
// `rankings` is given it receives each query's ranked corpus ids (for
// looking at misses), and `on_response` each response. Fails only if the
// temporary index cannot be written.
Result<EvalReport> RunEval(const EvalCorpus& corpus, const std::vector<EvalQuery>& queries, size_t k,
                           const search::Analysis& analysis,
                           EvalVectorSearch* vectors = nullptr,
                           std::vector<std::vector<std::string>>* rankings = nullptr,
                           const ResponseSink& on_response = nullptr);

}  // namespace wenyuan::eval
