// `wenyuan eval --corpus C --queries Q [--k 20] [--json]` (DESIGN.md).
#include <cstdio>
#include <cstdlib>

#include "cli/commands.h"
#include "cli/embedder_args.h"
#include "cli/output.h"
#include "eval/eval_vectors.h"
#include "eval/retrieval_eval.h"
#include "search/kb_search.h"

namespace wenyuan::cli {

int RunEvalCommand(const CommandContext& ctx) {
  auto corpus_path = ctx.args.Value("--corpus");
  auto queries_path = ctx.args.Value("--queries");
  if (!corpus_path || !queries_path) {
    return UsageError(
        "usage: wenyuan eval --corpus corpus.jsonl --queries queries.jsonl [--k 20] "
        "[--fields bigrams|words|both] [--no-fold] [--proximity W] [--ranking KEY=VALUE,...] "
        "[--mode keyword|vector|hybrid] [--embedder hashing] [--json]");
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
    auto params = search::ParseRankingParams(*spec, analysis->ranking);
    if (!params.ok()) return UsageError(params.status().message());
    analysis->ranking = *params;
  }
  search::RankingOptions ranking = search::DefaultRanking();
  if (auto w = ctx.args.Value("--proximity")) {
    char* end = nullptr;
    ranking.proximity_weight = std::strtod(w->c_str(), &end);
    if (end == w->c_str() || *end || ranking.proximity_weight < 0) {
      return UsageError("--proximity must be a number >= 0");
    }
  }
  auto embedder_config = EmbedderConfigFromArgs(ctx.args, ctx.data_dir);
  if (!embedder_config.ok()) return Fail(embedder_config.status());
  auto mode = SearchModeFromArgs(ctx.args, *embedder_config);
  if (!mode.ok()) return UsageError(mode.status().message());
  auto embedder = EmbedderForMode(*mode, *embedder_config, analysis->bigrams);
  if (!embedder.ok()) return Fail(embedder.status());
  std::unique_ptr<eval::EvalVectorSearch> vectors;
  if (*embedder) {
    auto made = eval::EvalVectorSearch::Create(*corpus, **embedder, *mode, analysis->bigrams);
    if (!made.ok()) return Fail(made.status());
    vectors = std::move(*made);
    ctx.log.Info("eval: " + std::string(search::SearchModeName(*mode)) + " mode, corpus embedded by " +
                 (*embedder)->name() + " in " + std::to_string(vectors->embed_seconds()) + " s");
  }
  auto report = eval::RunEval(*corpus, *queries, *k, *analysis, ranking, vectors.get());
  if (!report.ok()) return Fail(report.status());
  const eval::EvalReport& r = *report;
  if (r.failed_queries > 0) {
    ctx.log.Warn("eval: the embedder failed on " + std::to_string(r.failed_queries) +
                 " queries; their keyword results were measured instead");
  }
  nlohmann::json j = {{"queries", r.queries},
                      {"recall@1", r.recall_at_1},
                      {"recall@5", r.recall_at_5},
                      {"recall@20", r.recall_at_20},
                      {"mrr@10", r.mrr_at_10},
                      {"ndcg@10", r.ndcg_at_10},
                      {"answer_recall@3", r.answer_recall_at_3},
                      {"answer_recall@3_baseline", r.answer_recall_at_3_baseline},
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
