// Retrieval and answer evaluation over a question set, as DESIGN.md's `eval`
// contract defines: a corpus (JSONL: id, title, text; one passage a line)
// and queries (JSONL: id, text, gold ids, optional answers) in, recall@1/5/20,
// MRR@10, nDCG@10, answer_recall@1/3 and latency percentiles out. A query
// with no gold and no answers is unanswerable: the ranking metrics count
// answerable queries only, and answered_rate / false_answer_rate say how
// often an answer (any evidence) was given to each kind. The corpus is
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
#include "search/analysis.h"
#include "search/index_search.h"
#include "util/status.h"

namespace wenyuan::eval {

struct EvalQuery {
  std::string id;
  std::string text;
  std::vector<std::string> gold;     // relevant passage ids
  std::vector<std::string> answers;  // answer strings, may be empty
  // A derived query's kind ("keywords", "variant_char", ...; "" for one as
  // written), for the per-kind breakdown (eval/eval_breakdown.h).
  std::string kind;
  bool answerable() const { return !gold.empty() || !answers.empty(); }
};

// What happened to one query: where its first gold id ranked (1-based, 0
// when not in the ranking), whether an answer was given (any evidence), and
// for a query with answers whether the first / the three quoted sentences
// hold one.
struct QueryOutcome {
  size_t gold_rank = 0;
  bool answered = false;
  bool answer_at_1 = false;
  bool answer_at_3 = false;
  // What the not-found decision read (answer/found_decision.h).
  answer::FoundSignals found_signals;
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
  double answer_recall_at_1 = 0;  // the first quoted piece holds an answer
  // Abstention: answerable queries that got an answer; unanswerable ones
  // that got any evidence instead of "not found".
  size_t answerable_queries = 0, unanswerable_queries = 0;
  double answered_rate = 0, false_answer_rate = 0;
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
  std::vector<double> latencies_ms;    // per query, in query order
  std::vector<QueryOutcome> outcomes;  // per query, in query order (answer fields after AnswerTally)
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
  explicit AnswerTally(const search::Analysis& analysis, answer::AnswerOptions options = {});
  // Returns the query's answer fields of QueryOutcome.
  QueryOutcome Add(const search::SearchResponse& response, const EvalQuery& query);
  // Fills queries_with_answers, answer_recall_at_1/3, the baseline's and
  // the abstention figures.
  void Report(EvalReport& report) const;

 private:
  const search::Analysis& analysis_;
  answer::ExtractiveAnswerer answerer_;
  size_t questions_ = 0;
  size_t ours_ = 0, ours_first_ = 0, baseline_ = 0;
  size_t answerable_ = 0, answered_ = 0, unanswerable_ = 0, false_answers_ = 0;
};

// The answer and abstention figures of `outcomes` (in step with `queries`)
// into `report`: what AnswerTally::Report gives, for any subset of queries.
void SummarizeAnswers(const std::vector<EvalQuery>& queries, const std::vector<QueryOutcome>& outcomes,
                      EvalReport& report);

// Errors name the file and line of a bad record. A query without "gold"
// that names a "file" takes it as its gold (KB evaluation, eval/kb_eval.h).
Result<EvalCorpus> LoadEvalCorpus(const std::filesystem::path& path);
Result<std::vector<EvalQuery>> LoadEvalQueries(const std::filesystem::path& path);

// The ranking metrics (recall@1/5/20, MRR@10, nDCG@10, latency
// percentiles) of `rankings[i]` (corpus ids, best first) against
// `queries[i].gold`; `latencies_ms[i]` is the time query i took. Every
// ranker measured (ours in RunEval, the bench's peers) is scored by this one
// function. Unanswerable queries (no gold) are left out of the ranking
// metrics; `queries` in the report counts them all. Fills each outcome's
// gold_rank; answer fields are left zero.
EvalReport ScoreRankings(const std::vector<EvalQuery>& queries, const std::vector<std::vector<std::string>>& rankings,
                         const std::vector<double>& latencies_ms);

// ScoreRankings, with each query's answer fields taken from
// `answer_outcomes` (AnswerTally::Add's, in step with `queries`).
EvalReport ScoreRankingsWithAnswers(const std::vector<EvalQuery>& queries,
                                    const std::vector<std::vector<std::string>>& rankings,
                                    const std::vector<double>& latencies_ms,
                                    const std::vector<QueryOutcome>& answer_outcomes);

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
// `answer_options` are the extractive answerer's (eval --compare can set
// them: min_coverage=0.3).
Result<EvalReport> RunEval(const EvalCorpus& corpus, const std::vector<EvalQuery>& queries, size_t k,
                           const search::Analysis& analysis, EvalVectorSearch* vectors = nullptr,
                           std::vector<std::vector<std::string>>* rankings = nullptr,
                           const ResponseSink& on_response = nullptr, const answer::AnswerOptions& answer_options = {});

}  // namespace wenyuan::eval
