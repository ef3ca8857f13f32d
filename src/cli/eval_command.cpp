// `wenyuan eval --corpus C --queries Q [--k 20] [--json]` (DESIGN.md).
#include <cstdio>

#include "cli/commands.h"
#include "cli/output.h"
#include "eval/retrieval_eval.h"
#include "search/kb_search.h"

namespace wenyuan::cli {

int RunEvalCommand(const CommandContext& ctx) {
  auto corpus_path = ctx.args.Value("--corpus");
  auto queries_path = ctx.args.Value("--queries");
  if (!corpus_path || !queries_path) {
    return UsageError(
        "usage: wenyuan eval --corpus corpus.jsonl --queries queries.jsonl [--k 20] "
        "[--fields bigrams|words|both] [--no-fold] [--ranking KEY=VALUE,...] [--json]");
  }
  auto k = ctx.args.Count("--k", 20, 1, 1000);
  if (!k.ok()) return UsageError(k.status().message());
  auto corpus = eval::LoadEvalCorpus(*corpus_path);
  if (!corpus.ok()) return Fail(corpus.status());
  auto queries = eval::LoadEvalQueries(*queries_path);
  if (!queries.ok()) return Fail(queries.status());
  ctx.log.Info("eval: " + std::to_string(corpus->passages.size()) + " passages, " +
               std::to_string(queries->size()) + " queries");
  search::AnalysisChoice choice;
  if (auto fields = ctx.args.Value("--fields")) {
    if (*fields == "bigrams") choice.words = false;
    else if (*fields == "words") choice.bigrams = false;
    else if (*fields != "both") return UsageError("--fields must be bigrams, words or both");
  }
  choice.fold = !ctx.args.Has("--no-fold");
  choice.regional = ctx.args.Has("--regional");
  auto analysis = search::MakeAnalysis(choice);
  if (!analysis.ok()) return Fail(analysis.status());
  if (auto spec = ctx.args.Value("--ranking")) {
    auto ranking = search::ParseRankingParams(*spec, analysis->ranking);
    if (!ranking.ok()) return UsageError(ranking.status().message());
    analysis->ranking = *ranking;
  }
  eval::EvalReport r = eval::RunEval(*corpus, *queries, *k, *analysis);
  nlohmann::json j = {{"queries", r.queries},
                      {"recall@1", r.recall_at_1},
                      {"recall@5", r.recall_at_5},
                      {"recall@20", r.recall_at_20},
                      {"mrr@10", r.mrr_at_10},
                      {"ndcg@10", r.ndcg_at_10},
                      {"answer_recall@3", r.answer_recall_at_3},
                      {"index_seconds", r.index_seconds},
                      {"query_ms_p50", r.query_ms_p50},
                      {"query_ms_p99", r.query_ms_p99}};
  if (ctx.args.Has("--json")) {
    std::string s = j.dump();
    std::printf("%s\n", s.c_str());
    return 0;
  }
  for (auto it = j.begin(); it != j.end(); ++it) {
    std::printf("%-16s %s\n", it.key().c_str(), it.value().dump().c_str());
  }
  return 0;
}

}  // namespace wenyuan::cli
