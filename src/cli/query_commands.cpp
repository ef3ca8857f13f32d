// `wenyuan search KB QUERY` and `wenyuan ask KB QUESTION`.
#include <cstdio>

#include "answer/extractive_answerer.h"
#include "catalog/catalog.h"
#include "cli/commands.h"
#include "cli/embedder_args.h"
#include "cli/llm_options.h"
#include "cli/output.h"
#include "search/kb_search.h"
#include "server/json_views.h"
#include "util/utf8.h"

namespace wenyuan::cli {
namespace {

// --facets counts categories over this many best hits (as the server's
// default facet_depth).
constexpr size_t kCliFacetDepth = 200;

// In the mode --mode asks for (DESIGN.md: hybrid when an embedder is
// configured, keyword otherwise).
Result<search::SearchResponse> RunSearch(const CommandContext& ctx, const search::Analysis& analysis, size_t k) {
  WY_ASSIGN_OR_RETURN(auto sessions, KbSessionsFromArgs(ctx.args, ctx.data_dir, analysis));
  WY_ASSIGN_OR_RETURN(auto catalog, catalog::Catalog::Open(ctx.data_dir));
  WY_ASSIGN_OR_RETURN(search::KbSession kb, sessions->Open(*catalog, ctx.args.positional[1]));
  search::SearchRequest request;
  request.query = ctx.args.PositionalFrom(2);
  WY_ASSIGN_OR_RETURN(request.mode, ExplicitSearchMode(ctx.args));
  request.options.k = k;
  if (ctx.args.Has("--facets")) request.options.facet_depth = kCliFacetDepth;
  return search::SearchKb(kb, request);
}

}  // namespace

int RunSearchCommand(const CommandContext& ctx) {
  if (ctx.args.positional.size() < 3) {
    return UsageError(
        "usage: wenyuan search KB QUERY [--k N] [--facets] [--mode keyword|vector|hybrid] [--embedder hashing]");
  }
  auto k = ctx.args.Count("--k", 10, 1, 100);
  if (!k.ok()) return UsageError(k.status().message());
  auto analysis = search::MakeDefaultAnalysis();
  if (!analysis.ok()) return Fail(analysis.status());
  auto response = RunSearch(ctx, *analysis, *k);
  if (!response.ok()) return Fail(response.status());
  if (ctx.args.Has("--json")) {
    PrintJson(server::ToJson(*response));
    return 0;
  }
  if (response->hits.empty()) {
    std::printf("no passages match\n");
    return 0;
  }
  const bool color = StdoutIsTerminal();
  for (size_t i = 0; i < response->hits.size(); ++i) {
    const auto& h = response->hits[i];
    std::printf("%zu. %s  [%s]  score %.2f\n   %s\n   %s\n\n", i + 1, h.title.c_str(), h.passage_id.c_str(), h.score,
                h.source.c_str(), RenderSnippet(h.snippet, utf8::CodePointCount(h.text), color).c_str());
  }
  if (ctx.args.Has("--facets")) {
    std::printf("categories of the %zu best-matching documents (narrow with category:TAXONOMY/NAME):\n",
                response->facet_documents.size());
    if (response->facets.empty()) std::printf("  none (no taxonomy, or no document in a category)\n");
    for (const auto& facet : response->facets) {
      std::string line = "  " + facet.taxonomy + ":";
      for (const auto& v : facet.values) line += " " + v.category + " (" + std::to_string(v.documents) + ")";
      std::printf("%s\n", line.c_str());
    }
  }
  return 0;
}

int RunAskCommand(const CommandContext& ctx) {
  if (ctx.args.positional.size() < 3) return UsageError("usage: wenyuan ask KB QUESTION");
  if (WantsGroundedAnswer(ctx)) return RunGroundedCommand(ctx, "usage: wenyuan ask KB QUESTION [--task T]");
  auto analysis = search::MakeDefaultAnalysis();
  if (!analysis.ok()) return Fail(analysis.status());
  auto response = RunSearch(ctx, *analysis, 10);
  if (!response.ok()) return Fail(response.status());
  answer::AnswerOptions answer_options;
  answer_options.words = analysis->words;  // as the server's answers (answer/kb_answer_service.cpp)
  answer::ExtractiveAnswerer answerer(analysis->bigrams, answer_options);
  answer::Answer a = answerer.AnswerFrom(*response);
  if (ctx.args.Has("--json")) {
    PrintJson(server::ToJson(a));
    return 0;
  }
  if (!a.found) {
    std::printf("找不到足以回答這個問題的段落。(No passage in '%s' answers this question.)\n",
                ctx.args.positional[1].c_str());
    return 0;
  }
  std::printf("%s\n\n", a.text.c_str());
  for (size_t i = 0; i < a.evidence.size(); ++i) {
    const auto& c = a.evidence[i].citation;
    std::printf("[%zu] %s — %s, characters %zu–%zu\n    %s\n", i + 1, c.title.c_str(), c.passage_id.c_str(), c.begin,
                c.end, c.source.c_str());
  }
  return 0;
}

}  // namespace wenyuan::cli
