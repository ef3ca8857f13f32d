// `wenyuan search KB QUERY` and `wenyuan ask KB QUESTION`. Search prints one
// entry a document with its other passages found as "more from this
// document" (--passages: every passage), each with its rank and relevance
// (search/result_groups.h).
#include <cstdio>

#include "answer/extractive_answerer.h"
#include "catalog/catalog.h"
#include "cli/commands.h"
#include "cli/embedder_args.h"
#include "cli/llm_options.h"
#include "cli/output.h"
#include "search/kb_search.h"
#include "search/result_groups.h"
#include "server/json_views.h"
#include "util/stage_clock.h"
#include "util/utf8.h"

namespace wenyuan::cli {
namespace {

// --facets counts categories over this many best hits (as the server's
// default facet_depth).
constexpr size_t kCliFacetDepth = 200;
// "more from this document" names at most this many other passages.
constexpr size_t kCliMorePerDocument = 5;

// In the mode --mode asks for (DESIGN.md: hybrid when an embedder is
// configured, keyword otherwise).
// The response's timings count the KB's session (opened here) in session_ms.
Result<search::SearchResponse> RunSearch(const CommandContext& ctx, const search::Analysis& analysis, size_t k) {
  StageClock clock;
  WY_ASSIGN_OR_RETURN(auto sessions, KbSessionsFromArgs(ctx.args, ctx.data_dir, analysis));
  WY_ASSIGN_OR_RETURN(auto catalog, catalog::Catalog::Open(ctx.data_dir));
  WY_ASSIGN_OR_RETURN(search::KbSession kb, sessions->Open(*catalog, ctx.args.positional[1]));
  const double session_ms = clock.Lap();
  search::SearchRequest request;
  request.query = ctx.args.PositionalFrom(2);
  WY_ASSIGN_OR_RETURN(request.mode, ExplicitSearchMode(ctx.args));
  request.options.k = k;
  if (ctx.args.Has("--facets")) request.options.facet_depth = kCliFacetDepth;
  WY_ASSIGN_OR_RETURN(search::SearchResponse response, search::SearchKb(kb, request));
  response.timings.session_ms += session_ms;
  response.timings.total_ms = clock.Total();
  return response;
}

// --timings: where the search's time went, on stderr (stdout keeps the
// results, --json included).
void PrintTimings(const search::SearchTimings& t) {
  std::fprintf(stderr,
               "timings (ms): session %.2f, analysis %.2f, engine %.2f, re-scoring %.2f, catalog %.2f, "
               "snippets %.2f, facets %.2f, vector %.2f; total %.2f\n",
               t.session_ms, t.analysis_ms, t.engine_ms, t.rescore_ms, t.catalog_ms, t.snippets_ms, t.facets_ms,
               t.vector_ms, t.total_ms);
}

}  // namespace

int RunSearchCommand(const CommandContext& ctx) {
  if (ctx.args.positional.size() < 3) {
    return UsageError(
        "usage: wenyuan search KB QUERY [--k N] [--passages] [--facets] [--mode keyword|vector|hybrid] "
        "[--embedder hashing] [--timings]");
  }
  auto k = ctx.args.Count("--k", 10, 1, 100);
  if (!k.ok()) return UsageError(k.status().message());
  auto analysis = search::MakeDefaultAnalysis();
  if (!analysis.ok()) return Fail(analysis.status());
  // Grouped by document (the default), k documents: search deeper, as the
  // server does for group=document.
  const bool by_document = !ctx.args.Has("--passages") && !ctx.args.Has("--json");
  auto response = RunSearch(ctx, *analysis, by_document ? search::GroupingDepth(*k, search::QueryLimits{}.max_k) : *k);
  if (!response.ok()) return Fail(response.status());
  if (ctx.args.Has("--timings")) PrintTimings(response->timings);
  if (ctx.args.Has("--json")) {
    PrintJson(server::ToJson(*response));
    return 0;
  }
  if (response->hits.empty()) {
    std::printf("no passages match\n");
    return 0;
  }
  const bool color = StdoutIsTerminal();
  auto print_hit = [color](size_t rank, const search::RankedHit& r) {
    const search::SearchHit& h = r.hit;
    std::printf("%zu. %s  [%s]  relevance %.2f (score %.3g)\n   %s\n   %s\n", rank, h.title.c_str(),
                h.passage_id.c_str(), r.relevance, h.score, h.source.c_str(),
                RenderSnippet(h.snippet, utf8::CodePointCount(h.text), color).c_str());
  };
  if (ctx.args.Has("--passages")) {
    for (const search::RankedHit& r : search::RankHits(*response)) {
      print_hit(r.rank, r);
      std::printf("\n");
    }
  } else {
    // One entry a document; its other passages found follow as "more".
    const auto groups = search::GroupByDocument(*response, kCliMorePerDocument);
    for (const search::DocumentGroup& group : groups) {
      if (group.rank > *k) break;
      print_hit(group.rank, group.best);
      if (group.more_count > 0) {
        std::string more = "   + " + std::to_string(group.more_count) + " more from this document:";
        for (const search::RankedHit& other : group.more) {
          char relevance[16];
          std::snprintf(relevance, sizeof relevance, "%.2f", other.relevance);
          more += " " + other.hit.passage_id + " (" + relevance + ")";
        }
        if (group.more.size() < group.more_count) more += " …";
        std::printf("%s\n", more.c_str());
      }
      std::printf("\n");
    }
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
  if (auto spec = ctx.args.Value("--answer")) {
    // "min_found_probability=0,passages=5": answer::SetAnswerOption keys, as eval --answer.
    for (std::string_view rest = *spec; !rest.empty();) {
      const size_t comma = rest.find(',');
      const std::string_view pair = rest.substr(0, comma);
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
      const size_t eq = pair.find('=');
      if (eq == std::string_view::npos)
        return UsageError("--answer: expected KEY=VALUE, got '" + std::string(pair) + "'");
      if (Status s = answer::SetAnswerOption(answer_options, pair.substr(0, eq), pair.substr(eq + 1)); !s.ok()) {
        return UsageError("--answer: " + s.message());
      }
    }
  }
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
