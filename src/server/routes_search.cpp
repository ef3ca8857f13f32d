// Search and ask over HTTP (and the search-then-answer step the OpenAI
// facade shares), through the one search entry point (search/kb_search.h).
// Filter parameters go to the search as data (search::QueryFilters), never
// re-parsed as query text; mode= picks keyword, vector or hybrid (default:
// hybrid when an embedder is configured). Search also returns facet counts
// over its best `facet_depth` hits unless facets=0, and with group=document
// one hit per document with the rest of it found under "more".
#include <httplib.h>

#include "search/kb_search.h"
#include "search/result_groups.h"
#include "server/api_context.h"
#include "server/api_views.h"
#include "server/grounded_ask.h"
#include "server/json_views.h"
#include "server/source_display.h"
#include "util/stage_clock.h"

namespace wenyuan::server {
namespace {

using nlohmann::json;

// The filter parameters as data (search/query_parser.h QueryFilters):
// source=, type=, date_from=, date_to= (YYYY-MM-DD), category=TAXONOMY/NAME
// (repeatable: each must hold) and meta.KEY=VALUE.
Result<search::QueryFilters> FiltersOf(const httplib::Request& req) {
  search::QueryFilters filters;
  if (std::string v = req.get_param_value("source"); !v.empty()) filters.sources.push_back(v);
  if (std::string v = req.get_param_value("type"); !v.empty()) filters.types.push_back(v);
  filters.date_from = req.get_param_value("date_from");
  filters.date_to = req.get_param_value("date_to");
  for (const std::string* d : {&filters.date_from, &filters.date_to}) {
    if (!d->empty() && (d->size() != 10 || (*d)[4] != '-' || (*d)[7] != '-')) {
      return Status::InvalidArgument("date_from and date_to must be YYYY-MM-DD");
    }
  }
  const size_t categories = req.get_param_value_count("category");
  for (size_t i = 0; i < categories; ++i) filters.categories.push_back(req.get_param_value("category", i));
  for (const auto& [name, value] : req.params) {
    if (name.starts_with("meta.") && !value.empty()) filters.metadata.emplace_back(name.substr(5), value);
  }
  return filters;
}

// mode=keyword|vector|hybrid; empty: the KB's default (hybrid with an
// embedder configured, keyword otherwise).
Result<std::optional<search::SearchMode>> ModeOf(const std::string& value) {
  if (value.empty()) return std::optional<search::SearchMode>();
  WY_ASSIGN_OR_RETURN(search::SearchMode mode, search::ParseSearchMode(value));
  return std::optional<search::SearchMode>(mode);
}

// debug=timings (or explain=1): the response also holds where the
// request's time went (search::SearchTimings).
Result<bool> WantsTimings(const Call& call) {
  const std::string debug = call.Param("debug");
  const std::string explain = call.Param("explain");
  if (!debug.empty() && debug != "timings") return Status::InvalidArgument("debug must be timings");
  if (!explain.empty() && explain != "0" && explain != "1") return Status::InvalidArgument("explain must be 0 or 1");
  return debug == "timings" || explain == "1";
}

nlohmann::json TimingsJson(const search::SearchTimings& t) {
  return {{"session_ms", t.session_ms}, {"analysis_ms", t.analysis_ms},  {"engine_ms", t.engine_ms},
          {"rescore_ms", t.rescore_ms}, {"catalog_ms", t.catalog_ms},    {"snippets_ms", t.snippets_ms},
          {"facets_ms", t.facets_ms},   {"vector_ms", t.vector_ms},      {"json_ms", t.json_ms},
          {"total_ms", t.total_ms},     {"catalog_rows", t.catalog_rows}};
}

void Search(Call& call) {
  StageClock clock;
  if (!call.req.has_param("kb") || !call.req.has_param("q")) {
    return call.Error(400, "invalid_argument", "parameters 'kb' and 'q' are required");
  }
  auto timed = WantsTimings(call);
  if (!timed.ok()) return call.Error(timed.status());
  clock.Lap();
  auto kb = call.Kb(call.Param("kb"), /*edit=*/false);
  if (!kb) return;
  const double session_ms = clock.Lap();
  const ServerConfig& config = call.state.config;
  auto k = ParseCountParam("k", call.Param("k"), 10, config.max_k);
  if (!k.ok()) return call.Error(k.status());
  if (*k == 0) return call.Error(400, "invalid_argument", "k must be at least 1");
  auto offset = ParseCountParam("offset", call.Param("offset"), 0, config.max_offset);
  if (!offset.ok()) return call.Error(offset.status());
  search::SearchRequest request;
  request.query = call.Param("q");
  auto filters = FiltersOf(call.req);
  if (!filters.ok()) return call.Error(filters.status());
  request.filters = std::move(*filters);
  auto mode = ModeOf(call.Param("mode"));
  if (!mode.ok()) return call.Error(mode.status());
  request.mode = *mode;
  // group=document: k documents from the offset-th, each with the other
  // passages of it found (search/result_groups.h); group=passage (the
  // default): k passages.
  const std::string group = call.Param("group");
  if (!group.empty() && group != "document" && group != "passage") {
    return call.Error(400, "invalid_argument", "group must be document or passage");
  }
  const bool by_document = group == "document";
  // The query is held to the query limit; k + offset to max_k + max_offset.
  const search::QueryLimits limits{config.max_query_chars, config.max_k + config.max_offset};
  request.options.k = by_document ? search::GroupingDepth(*k + *offset, limits.max_k) : *k + *offset;
  const std::string facets = call.Param("facets");
  if (!facets.empty() && facets != "0" && facets != "1") {
    return call.Error(400, "invalid_argument", "facets must be 0 or 1");
  }
  if (facets != "0") request.options.facet_depth = config.facet_depth;
  clock.Lap();
  auto response = search::SearchKb(*kb, request, limits);
  if (!response.ok()) return call.Error(response.status());
  const double search_ms = clock.Lap();
  call.found = response->candidates > 0;  // the reply's "total"
  search::SearchTimings timings = response->timings;
  timings.session_ms += session_ms;
  json out = by_document ? GroupedSearchJson(*response, *offset, *k) : SearchJson(*response, *offset);
  out["query"] = request.query;
  out["mode"] = search::SearchModeName(request.mode.value_or(kb->default_mode()));
  timings.json_ms = clock.Lap();
  out["took_ms"] = search_ms + timings.json_ms;  // the search and the response built, as before
  call.ShowSources(out);
  std::string text = DumpJson(out);
  timings.json_ms += clock.Lap();
  if (*timed) {
    timings.total_ms = clock.Total();
    out["timings"] = TimingsJson(timings);
    text = DumpJson(out);
  }
  call.JsonText(200, text);
}

void Ask(Call& call) {
  auto body = call.Body();
  if (!body) return;
  auto kb_field = body->find("kb");
  auto question = body->find("question");
  if (kb_field == body->end() || !kb_field->is_string() || question == body->end() || !question->is_string()) {
    return call.Error(400, "invalid_argument", "fields 'kb' and 'question' (strings) are required");
  }
  auto stream = body->find("stream");
  if (stream != body->end() && !stream->is_boolean()) {
    return call.Error(400, "invalid_argument", "'stream' must be true or false");
  }
  size_t k = 10;
  if (auto it = body->find("k"); it != body->end()) {
    if (!it->is_number_unsigned() || it->get<uint64_t>() == 0 || it->get<uint64_t>() > call.state.config.max_k) {
      return call.Error(400, "invalid_argument", "k must be 1-" + std::to_string(call.state.config.max_k));
    }
    k = it->get<size_t>();
  }
  std::vector<std::string> earlier;  // a conversation's earlier questions, searched with this one
  if (auto h = body->find("history"); h != body->end()) {
    if (!h->is_array()) return call.Error(400, "invalid_argument", "'history' must be a list of earlier questions");
    for (const auto& turn : *h) {
      if (!turn.is_string()) return call.Error(400, "invalid_argument", "'history' must be a list of strings");
      earlier.push_back(turn.get<std::string>());
    }
  }
  auto kb = call.Kb(kb_field->get<std::string>(), /*edit=*/false);
  if (!kb) return;
  const std::string query = QueryWithContext(earlier, question->get<std::string>(), call.state.config.max_query_chars);
  const bool streamed = stream != body->end() && stream->get<bool>();
  if (call.state.answers->has_model()) return AskWithModel(call, *kb, *question, query, streamed);
  auto evidence = FindEvidence(call.state, *kb, query, k);
  if (!evidence.ok()) return call.Error(evidence.status());
  const answer::AnswerComposer& composer = call.state.ComposerFor(!earlier.empty());
  if (stream == body->end() || !stream->get<bool>()) {
    auto answer = composer.Compose(question->get<std::string>(), *evidence, nullptr);
    if (!answer.ok()) return call.Error(answer.status());
    call.found = answer->found;
    return call.Json(200, AnswerJson(*answer, composer.mode()));
  }
  // Server-Sent Events as the composer writes: "token" events, then
  // "citations", then "done" with the whole answer.
  auto display = SourceDisplay::Load(call.catalog, call.state.data_dir);
  if (!display.ok()) return call.Error(display.status());
  StreamEvents(call.res, [&composer, question = question->get<std::string>(), evidence = std::move(*evidence),
                          display = std::move(*display)](const EmitText& emit) {
    auto answer = composer.Compose(question, evidence, [&](std::string_view text) {
      emit(SseEvent("token", {{"text", std::string(text)}}));
    });
    if (!answer.ok()) return emit(SseEvent("error", ErrorJson(answer.status())));
    json out = AnswerJson(*answer, composer.mode());
    display.Apply(out);
    emit(SseEvent("citations", {{"citations", out["citations"]}}));
    emit(SseEvent("done", out));
  });
}

}  // namespace

Result<search::SearchResponse> FindEvidence(const ServerState& state, const search::KbSession& kb,
                                            const std::string& question, size_t k) {
  search::SearchRequest request;
  request.query = question;
  request.options.k = k;
  return search::SearchKb(kb, request, state.query_limits());
}

void RegisterSearchRoutes(Router& router) {
  router.Get("/api/search", {"GET /api/search", Access::kSignedIn, ""}, Search);
  router.Post("/api/ask", {"POST /api/ask", Access::kSignedIn, ""}, Ask);
}

}  // namespace wenyuan::server
