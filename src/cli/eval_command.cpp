// `wenyuan eval --corpus C --queries Q [--k 20] [--json]` (DESIGN.md), with
// `--compare "SPEC;SPEC…"` (several configurations on the same data, one
// table), `--report out.html` (a self-contained report with charts) and
// `--out results.json`. With a language model configured (--model,
// --llm-endpoint or llm.* in the config file), the first --answer-limit
// questions (default 50) are also answered by the model and measured
// (eval/model_eval.h): a "model" object beside the contract's keys.
#include <cstdio>
#include <cstdlib>
#include <regex>

#include "cli/commands.h"
#include "cli/embedder_args.h"
#include "cli/eval_model_section.h"
#include "cli/llm_options.h"
#include "cli/output.h"
#include "eval/eval_breakdown.h"
#include "eval/eval_vectors.h"
#include "eval/html_report.h"
#include "eval/kb_eval.h"
#include "eval/model_eval.h"
#include "eval/retrieval_eval.h"
#include "search/hybrid_fusion.h"
#include "search/kb_search.h"
#include "util/file_io.h"

namespace wenyuan::cli {
namespace {

using nlohmann::json;

constexpr const char* kUsage =
    "usage: wenyuan eval (--corpus corpus.jsonl | --kb KB) --queries queries.jsonl [--k 20] "
    "[--fields bigrams|words|both] [--no-fold] [--regional] [--proximity W] [--ranking KEY=VALUE,...] [--answer "
    "KEY=VALUE,...] "
    "[--mode keyword|vector|hybrid] [--embedder hashing] [--compare \"SPEC;SPEC…\"] [--report out.html] "
    "[--out results.json] [--json] [--model PATH | --llm-endpoint URL] [--answer-limit 50]";

// One configuration: the analysis choices, ranking and mode.
struct EvalConfig {
  std::string label = "default";
  search::AnalysisChoice choice;
  std::string ranking_spec;  // RankingParams keys, "k1=1.1,b=0.7"
  double proximity = -1;     // < 0: the default
  std::optional<std::string> mode;
  answer::AnswerOptions answer;  // answer.KEY settings (answer::SetAnswerOption)
};

struct EvalRun {
  EvalConfig config;
  eval::EvalReport report;
  std::vector<std::vector<std::string>> rankings;
};

Status ApplySetting(EvalConfig& c, const std::string& key, const std::string& value) {
  auto on_off = [&](bool* out) -> Status {
    if (value != "on" && value != "off") return Status::InvalidArgument(key + " must be on or off");
    *out = value == "on";
    return Status::Ok();
  };
  if (key == "fields") {
    if (value != "bigrams" && value != "words" && value != "both") {
      return Status::InvalidArgument("fields must be bigrams, words or both");
    }
    c.choice.bigrams = value != "words";
    c.choice.words = value != "bigrams";
    return Status::Ok();
  }
  if (key == "fold") return on_off(&c.choice.fold);
  if (key == "regional") return on_off(&c.choice.regional);
  if (key == "mode") {
    c.mode = value;
    return Status::Ok();
  }
  if (key == "proximity") {
    char* end = nullptr;
    c.proximity = std::strtod(value.c_str(), &end);
    if (end == value.c_str() || *end || c.proximity < 0) return Status::InvalidArgument("proximity must be >= 0");
    return Status::Ok();
  }
  if (key.starts_with("answer.")) return answer::SetAnswerOption(c.answer, key.substr(7), value);
  // Anything else is a ranking parameter (search/ranking_params.h checks it).
  c.ranking_spec += (c.ranking_spec.empty() ? "" : ",") + key + "=" + value;
  return Status::Ok();
}

// "fields=words,fold=off,k1=1.1" on top of `base`.
Result<EvalConfig> ParseConfig(const std::string& spec, const EvalConfig& base) {
  EvalConfig c = base;
  c.label = spec;
  size_t start = 0;
  while (start <= spec.size()) {
    size_t comma = spec.find(',', start);
    std::string item = spec.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    start = comma == std::string::npos ? spec.size() + 1 : comma + 1;
    if (item.empty()) continue;
    size_t eq = item.find('=');
    if (eq == std::string::npos) return Status::InvalidArgument("--compare: '" + item + "' is not KEY=VALUE");
    WY_RETURN_IF_ERROR(ApplySetting(c, item.substr(0, eq), item.substr(eq + 1)));
  }
  return c;
}

Result<EvalRun> RunOne(const CommandContext& ctx, const EvalConfig& config, const eval::EvalCorpus& corpus,
                       const std::vector<eval::EvalQuery>& queries, size_t k, const eval::ResponseSink& on_response) {
  WY_ASSIGN_OR_RETURN(search::Analysis analysis, search::MakeAnalysis(config.choice));
  if (!config.ranking_spec.empty()) {
    WY_ASSIGN_OR_RETURN(analysis.ranking, search::ParseRankingParams(config.ranking_spec, analysis.ranking));
  }
  if (config.proximity >= 0) analysis.ranking.engine_proximity_weight = config.proximity;
  WY_ASSIGN_OR_RETURN(auto embedder_config, EmbedderConfigFromArgs(ctx.args, ctx.data_dir));
  WY_ASSIGN_OR_RETURN(auto mode, SearchModeFromArgs(ctx.args, embedder_config));
  if (config.mode) {
    WY_ASSIGN_OR_RETURN(mode, search::ParseSearchMode(*config.mode));
  }
  WY_ASSIGN_OR_RETURN(auto embedder, EmbedderForMode(mode, embedder_config, analysis.bigrams));
  std::unique_ptr<eval::EvalVectorSearch> vectors;
  if (embedder) {
    WY_ASSIGN_OR_RETURN(vectors, eval::EvalVectorSearch::Create(corpus, *embedder, mode, analysis.bigrams));
  }
  EvalRun run{config, {}, {}};
  WY_ASSIGN_OR_RETURN(run.report, eval::RunEval(corpus, queries, k, analysis, vectors.get(), &run.rankings, on_response,
                                                config.answer));
  if (run.report.failed_queries > 0) {
    ctx.log.Warn("eval: the embedder failed on " + std::to_string(run.report.failed_queries) +
                 " queries; their keyword results were measured instead");
  }
  return run;
}

// DESIGN.md's `eval --json` object, plus the naive answer baseline.
json ContractJson(const eval::EvalReport& r) {
  json j = {{"queries", r.queries},
            {"recall@1", r.recall_at_1},
            {"recall@5", r.recall_at_5},
            {"recall@20", r.recall_at_20},
            {"mrr@10", r.mrr_at_10},
            {"ndcg@10", r.ndcg_at_10},
            {"answer_recall@3", r.answer_recall_at_3},
            {"answer_recall@3_baseline", r.answer_recall_at_3_baseline},
            {"index_seconds", r.index_seconds},
            {"query_ms_p50", r.query_ms_p50},
            {"query_ms_p99", r.query_ms_p99},
            {"answer_recall@1", r.answer_recall_at_1},
            {"answered_rate", r.answered_rate}};
  if (r.unanswerable_queries > 0) {
    j["unanswerable_queries"] = r.unanswerable_queries;
    j["false_answer_rate"] = r.false_answer_rate;
  }
  return j;
}

// Each query's outcome (--out), in query order.
json PerQueryJson(const std::vector<eval::EvalQuery>& queries, const EvalRun& run) {
  const eval::EvalReport& r = run.report;
  json out = json::array();
  for (size_t i = 0; i < queries.size() && i < r.outcomes.size(); ++i) {
    const auto& o = r.outcomes[i];
    const bool ranked = i < run.rankings.size() && !run.rankings[i].empty();
    out.push_back({{"id", queries[i].id},
                   {"top", ranked ? run.rankings[i].front() : std::string()},
                   {"gold_rank", o.gold_rank},
                   {"answered", o.answered},
                   {"answer@1", o.answer_at_1},
                   {"answer@3", o.answer_at_3}});
    json found = json::object();
    for (const auto& [name, value] : answer::NamedSignals(o.found_signals)) found[std::string(name)] = value;
    found["probability"] = answer::FoundProbability(o.found_signals);
    out.back()["found"] = std::move(found);
  }
  return out;
}

// The contract's figures and the cost ones (issue 9).
json MetricsJson(const eval::EvalReport& r) {
  json j = ContractJson(r);
  j["query_ms_p95"] = r.query_ms_p95;
  j["cpu_seconds_per_1000_queries"] = r.cpu_seconds_per_1000_queries;
  j["peak_rss_mb"] = r.peak_rss_mb;
  j["index_bytes_per_mb_text"] =
      r.text_bytes ? static_cast<double>(r.index_bytes) / (static_cast<double>(r.text_bytes) / 1048576.0) : 0.0;
  return j;
}

json BreakdownJson(const std::vector<eval::BreakdownRow>& rows, bool with_answers = false) {
  json out = json::object();
  for (const auto& row : rows) {
    json& g = out[row.group] = {{"queries", row.metrics.queries},
                                {"recall@1", row.metrics.recall_at_1},
                                {"recall@5", row.metrics.recall_at_5},
                                {"mrr@10", row.metrics.mrr_at_10}};
    if (!with_answers) continue;
    g["answer_recall@1"] = row.metrics.answer_recall_at_1;
    g["answer_recall@3"] = row.metrics.answer_recall_at_3;
    g["answered_rate"] = row.metrics.answered_rate;
    if (row.metrics.unanswerable_queries > 0) g["false_answer_rate"] = row.metrics.false_answer_rate;
  }
  return out;
}

bool HasKinds(const std::vector<eval::EvalQuery>& queries) {
  return std::any_of(queries.begin(), queries.end(), [](const eval::EvalQuery& q) { return !q.kind.empty(); });
}

std::string Fixed(double v, int digits = 3) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

eval::ReportPage BuildReport(const std::vector<EvalRun>& runs, const std::vector<eval::EvalQuery>& queries,
                             const std::string& corpus_path, const std::string& queries_path,
                             const text::ScriptDetector& detector, const json* model_section) {
  eval::ReportPage page;
  page.title = "Wenyuan 評估報告 (evaluation report)";
  page.notes = {
      "corpus: " + corpus_path + ", questions: " + queries_path + " (" + std::to_string(queries.size()) + " questions)",
      "answer_recall@3: the share of questions with answers whose answer appears in the three sentences "
      "ask quotes; the baseline quotes the top passage's three sentences with the most question characters."};
  eval::ReportTable metrics{"檢索與回答 (retrieval and answers)",
                            {"configuration", "recall@1", "recall@5", "recall@20", "MRR@10", "nDCG@10",
                             "answer_recall@3", "baseline", "p50 ms", "p95 ms", "p99 ms"},
                            {}};
  eval::ReportTable cost{
      "成本 (cost)",
      {"configuration", "index s", "CPU s / 1000 queries", "peak memory MB", "index bytes / MB text"},
      {}};
  eval::ReportChart curve{eval::ReportChart::Kind::kLine, "recall@k", "k", "recall", {}};
  for (const auto& run : runs) {
    const auto& r = run.report;
    metrics.rows.push_back({run.config.label, Fixed(r.recall_at_1), Fixed(r.recall_at_5), Fixed(r.recall_at_20),
                            Fixed(r.mrr_at_10), Fixed(r.ndcg_at_10), Fixed(r.answer_recall_at_3),
                            Fixed(r.answer_recall_at_3_baseline), Fixed(r.query_ms_p50, 2), Fixed(r.query_ms_p95, 2),
                            Fixed(r.query_ms_p99, 2)});
    json m = MetricsJson(r);
    cost.rows.push_back({run.config.label, Fixed(r.index_seconds, 2), Fixed(r.cpu_seconds_per_1000_queries, 2),
                         Fixed(r.peak_rss_mb, 1), Fixed(m["index_bytes_per_mb_text"].get<double>(), 0)});
    curve.series.push_back({run.config.label, eval::RecallCurve(queries, run.rankings)});
  }
  page.tables.push_back(metrics);
  const EvalRun& first = runs.front();
  for (auto [title, rows] : {std::pair{std::string("依問題文字 (by question script): ") + first.config.label,
                                       eval::BreakdownByScript(queries, first.rankings, detector)},
                             std::pair{std::string("依問題長度 (by question length): ") + first.config.label,
                                       eval::BreakdownByLength(queries, first.rankings)}}) {
    eval::ReportTable t{title, {"group", "questions", "recall@1", "recall@5", "MRR@10"}, {}};
    for (const auto& row : rows) {
      t.rows.push_back({row.group, std::to_string(row.metrics.queries), Fixed(row.metrics.recall_at_1),
                        Fixed(row.metrics.recall_at_5), Fixed(row.metrics.mrr_at_10)});
    }
    page.tables.push_back(t);
  }
  page.tables.push_back(cost);
  if (model_section) page.tables.push_back(ModelSectionTable(*model_section));
  page.charts.push_back(curve);
  // Latency distribution of the first configuration: a histogram.
  const auto& lat = first.report.latencies_ms;
  if (!lat.empty()) {
    double top = *std::max_element(lat.begin(), lat.end());
    constexpr int kBins = 20;
    double width = std::max(top / kBins, 1e-3);
    std::vector<double> counts(kBins, 0);
    for (double v : lat) counts[std::min(kBins - 1, static_cast<int>(v / width))] += 1;
    eval::ReportChart hist{eval::ReportChart::Kind::kBars,
                           "query latency: " + first.config.label,
                           "ms (bin start)",
                           "queries",
                           {{first.config.label, {}}}};
    for (int i = 0; i < kBins; ++i) hist.series[0].points.emplace_back(width * i, counts[static_cast<size_t>(i)]);
    page.charts.push_back(hist);
  }
  return page;
}

// The model answers measured on the first configuration's responses, if a
// model was configured.
struct ModelResults {
  eval::ModelEvalReport report;
  size_t answer_limit = 0;
};

// Prints (and writes, with --out/--report) the runs' results.
int PrintResults(const CommandContext& ctx, const std::vector<EvalRun>& runs,
                 const std::vector<eval::EvalQuery>& queries_in, const std::string& corpus_label,
                 const std::string& queries_label, const ModelResults* model) {
  const auto* queries = &queries_in;
  const std::string* corpus_path = &corpus_label;
  const std::string* queries_path = &queries_label;
  auto folder = text::ScriptFolder::Create();
  if (!folder.ok()) return Fail(folder.status());
  text::ScriptDetector detector(*folder);

  // stdout keeps to DESIGN.md's contract (plus the answer baseline); the
  // breakdowns and cost figures go to --out and --report.
  json out, details;
  if (runs.size() == 1) {
    out = ContractJson(runs[0].report);
    details = MetricsJson(runs[0].report);
    details["by_script"] = BreakdownJson(eval::BreakdownByScript(*queries, runs[0].rankings, detector));
    details["by_length"] = BreakdownJson(eval::BreakdownByLength(*queries, runs[0].rankings));
    if (HasKinds(*queries)) {
      out["by_kind"] = BreakdownJson(eval::BreakdownByKind(*queries, runs[0].rankings, runs[0].report.outcomes), true);
      details["by_kind"] = out["by_kind"];
    }
    details["per_query"] = PerQueryJson(*queries, runs[0]);
  } else {
    out["configurations"] = json::array();
    details["configurations"] = json::array();
    for (const auto& run : runs) {
      json m = MetricsJson(run.report);
      m["configuration"] = run.config.label;
      if (HasKinds(*queries)) {
        m["by_kind"] = BreakdownJson(eval::BreakdownByKind(*queries, run.rankings, run.report.outcomes), true);
      }
      out["configurations"].push_back(m);
      m["per_query"] = PerQueryJson(*queries, run);
      details["configurations"].push_back(m);
    }
  }
  json model_section;
  if (model) {
    model_section = ModelSectionJson(model->report, model->answer_limit, queries->size(), /*per_question=*/false);
    if (runs.size() > 1) model_section["configuration"] = runs.front().config.label;
    out["model"] = model_section;
    details["model"] = ModelSectionJson(model->report, model->answer_limit, queries->size(), /*per_question=*/true);
    if (runs.size() > 1) details["model"]["configuration"] = runs.front().config.label;
  }
  if (auto file = ctx.args.Value("--out")) {
    if (Status s = WriteFileAtomic(*file, details.dump(2) + "\n"); !s.ok()) return Fail(s);
  }
  if (auto file = ctx.args.Value("--report")) {
    std::string html = eval::RenderHtmlReport(
        BuildReport(runs, *queries, *corpus_path, *queries_path, detector, model ? &model_section : nullptr));
    if (Status s = WriteFileAtomic(*file, html); !s.ok()) return Fail(s);
    ctx.log.Info("eval: report written to " + *file);
  }
  if (ctx.args.Has("--json")) {
    std::printf("%s\n", out.dump().c_str());
    return 0;
  }
  if (runs.size() == 1) {
    for (auto it = out.begin(); it != out.end(); ++it) {
      if (it.value().is_object()) continue;
      std::printf("%-30s %s\n", it.key().c_str(), it.value().dump().c_str());
    }
    if (model) PrintModelSection(stdout, model_section);
    return 0;
  }
  std::printf("%-32s %8s %8s %8s %8s %10s %8s\n", "configuration", "R@1", "R@5", "MRR@10", "nDCG@10", "answer@3",
              "p50 ms");
  for (const auto& run : runs) {
    const auto& r = run.report;
    std::printf("%-32s %8.4f %8.4f %8.4f %8.4f %10.4f %8.2f\n", run.config.label.c_str(), r.recall_at_1, r.recall_at_5,
                r.mrr_at_10, r.ndcg_at_10, r.answer_recall_at_3, r.query_ms_p50);
  }
  if (model) PrintModelSection(stdout, model_section);
  return 0;
}

}  // namespace

int RunEvalCommand(const CommandContext& ctx) {
  auto corpus_path = ctx.args.Value("--corpus");
  auto queries_path = ctx.args.Value("--queries");
  auto kb = ctx.args.Value("--kb");
  if (!queries_path || (!corpus_path && !kb) || (corpus_path && kb)) return UsageError(kUsage);
  auto k = ctx.args.Count("--k", 20, 1, 1000);
  if (!k.ok()) return UsageError(k.status().message());
  EvalConfig base;
  if (auto fields = ctx.args.Value("--fields")) {
    if (Status s = ApplySetting(base, "fields", *fields); !s.ok()) return UsageError("--" + s.message());
  }
  base.choice.fold = !ctx.args.Has("--no-fold");
  base.choice.regional = ctx.args.Has("--regional");
  if (auto spec = ctx.args.Value("--ranking")) base.ranking_spec = *spec;
  if (auto spec = ctx.args.Value("--answer")) {
    // "min_found_coverage=0.2,passages=5": answer::SetAnswerOption keys.
    auto c = ParseConfig(spec->empty() ? "" : "answer." + std::regex_replace(*spec, std::regex(","), ",answer."), base);
    if (!c.ok()) return UsageError("--answer: " + c.status().message());
    base.answer = c->answer;
  }
  if (auto w = ctx.args.Value("--proximity")) {
    if (Status s = ApplySetting(base, "proximity", *w); !s.ok()) return UsageError("--" + s.message());
  }
  std::vector<EvalConfig> configs;
  if (auto compare = ctx.args.Value("--compare")) {
    size_t start = 0;
    while (start <= compare->size()) {
      size_t semi = compare->find(';', start);
      std::string spec = compare->substr(start, semi == std::string::npos ? std::string::npos : semi - start);
      start = semi == std::string::npos ? compare->size() + 1 : semi + 1;
      if (spec.empty()) continue;
      auto c = ParseConfig(spec, base);
      if (!c.ok()) return UsageError(c.status().message());
      configs.push_back(*c);
    }
    if (configs.empty()) return UsageError("--compare needs at least one configuration");
  } else {
    configs.push_back(base);
  }
  auto answer_limit = ctx.args.Count("--answer-limit", 50, 0, 1000000);
  if (!answer_limit.ok()) return UsageError(answer_limit.status().message());
  auto queries = eval::LoadEvalQueries(*queries_path);
  if (!queries.ok()) return Fail(queries.status());
  // The model is loaded before retrieval so a bad setting fails at once;
  // --answer-limit 0 leaves it alone.
  ConfiguredModel configured;
  if (*answer_limit > 0) {
    auto loaded = LanguageModelFromArgs(ctx);
    if (!loaded.ok()) return Fail(loaded.status());
    configured = std::move(*loaded);
  }
  std::shared_ptr<llm::LanguageModel> model = configured.model;
  // The first configuration's responses to the first --answer-limit questions.
  std::vector<search::SearchResponse> responses;
  const eval::ResponseSink keep_responses = [&](size_t query_index, const search::SearchResponse& response) {
    if (query_index < *answer_limit) responses.push_back(response);
  };
  auto answer_with_model = [&]() -> std::optional<ModelResults> {
    if (!model) return std::nullopt;
    auto analysis = search::MakeAnalysis(configs[0].choice);
    if (!analysis.ok()) {
      ctx.log.Warn("eval: no model answers: " + analysis.status().message());
      return std::nullopt;
    }
    ctx.log.Info("eval: answering the first " + std::to_string(responses.size()) + " of " +
                 std::to_string(queries->size()) + " questions with " + model->name() + " (--answer-limit " +
                 std::to_string(*answer_limit) + ")");
    answer::GroundingOptions options;
    options.generation = configured.generation;
    ModelResults results;
    results.answer_limit = *answer_limit;
    results.report = eval::RunModelEval(*model, *analysis, options, *queries, responses,
                                        [&](size_t done, size_t total, const eval::ModelAnswerRecord& record) {
                                          std::string line = "eval: model answer " + std::to_string(done) + "/" +
                                                             std::to_string(total) + " (" + record.query_id + "): ";
                                          if (!record.answered) {
                                            line += "fallback: " + record.fallback_reason;
                                          } else {
                                            char figures[96];
                                            std::snprintf(figures, sizeof figures, "%zu tokens, first after %.0f ms",
                                                          record.tokens, record.ttft_ms.value_or(0));
                                            line += figures;
                                          }
                                          ctx.log.Info(line);
                                        });
    return results;
  };
  std::vector<EvalRun> runs;
  if (kb) {
    // The KB as it stands, searched as the CLI and the server search it.
    if (configs.size() > 1) return UsageError("--compare works with --corpus, not with --kb");
    auto catalog = catalog::Catalog::Open(ctx.data_dir);
    if (!catalog.ok()) return Fail(catalog.status());
    auto analysis = search::MakeAnalysis(configs[0].choice);
    if (!analysis.ok()) return Fail(analysis.status());
    auto sessions = KbSessionsFromArgs(ctx.args, ctx.data_dir, std::move(*analysis));
    if (!sessions.ok()) return Fail(sessions.status());
    auto session = (*sessions)->Open(**catalog, *kb);
    if (!session.ok()) return Fail(session.status());
    EvalRun run{configs[0], {}, {}};
    run.config.label = "kb " + *kb;
    auto mode = ExplicitSearchMode(ctx.args);
    if (!mode.ok()) return UsageError(mode.status().message());
    auto report = eval::RunKbEval(*session, *mode, *queries, *k, &run.rankings, model ? keep_responses : nullptr,
                                  configs[0].answer);
    if (!report.ok()) return Fail(report.status());
    run.report = std::move(*report);
    runs.push_back(std::move(run));
    auto model_results = answer_with_model();
    return PrintResults(ctx, runs, *queries, "knowledge base " + *kb, *queries_path,
                        model_results ? &*model_results : nullptr);
  }
  auto corpus = eval::LoadEvalCorpus(*corpus_path);
  if (!corpus.ok()) return Fail(corpus.status());
  ctx.log.Info("eval: " + std::to_string(corpus->passages.size()) + " passages, " + std::to_string(queries->size()) +
               " queries, " + std::to_string(configs.size()) + " configuration(s)");
  for (size_t i = 0; i < configs.size(); ++i) {
    if (configs.size() > 1)
      ctx.log.Info("eval: [" + std::to_string(i + 1) + "/" + std::to_string(configs.size()) + "] " + configs[i].label);
    auto run = RunOne(ctx, configs[i], *corpus, *queries, *k, model && i == 0 ? keep_responses : nullptr);
    if (!run.ok()) {
      return run.status().code() == StatusCode::kInvalidArgument ? UsageError(run.status().message())
                                                                 : Fail(run.status());
    }
    runs.push_back(std::move(*run));
  }
  auto model_results = answer_with_model();
  return PrintResults(ctx, runs, *queries, *corpus_path, *queries_path, model_results ? &*model_results : nullptr);
}

}  // namespace wenyuan::cli
