// Search and ask over HTTP (and the search-then-answer step the OpenAI
// facade shares). Filters in the query string become query-parser terms:
// source:X type:T date:A..B category:T/C KEY:V, appended to q. Search also
// returns facet counts over its best `facet_depth` hits unless facets=0.
#include <httplib.h>

#include <chrono>

#include "search/kb_search.h"
#include "server/api_context.h"
#include "server/api_views.h"
#include "server/grounded_ask.h"
#include "server/json_views.h"

namespace wenyuan::server {
namespace {

using nlohmann::json;

bool IsIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

// `value` as one query-parser term value: quoted if it holds a space or quote.
std::string TermValue(const std::string& value) {
  if (value.find_first_of(" \t\"") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c != '"') out += c;
  }
  return out + "\"";
}

// q with the filter parameters appended as parser terms.
Result<std::string> QueryWithFilters(const httplib::Request& req) {
  std::string q = req.get_param_value("q");
  auto add = [&](const std::string& field, const std::string& value) {
    if (!value.empty()) q += " " + field + ":" + TermValue(value);
  };
  add("source", req.get_param_value("source"));
  add("type", req.get_param_value("type"));
  const std::string from = req.get_param_value("date_from");
  const std::string to = req.get_param_value("date_to");
  if (!from.empty() || !to.empty()) {
    if ((!from.empty() && !IsIsoDate(from)) || (!to.empty() && !IsIsoDate(to))) {
      return Status::InvalidArgument("date_from and date_to must be YYYY-MM-DD");
    }
    q += " date:" + from + ".." + to;
  }
  // category=TAXONOMY/NAME, repeatable: the document must be in each.
  const size_t categories = req.get_param_value_count("category");
  for (size_t i = 0; i < categories; ++i) {
    const std::string value = req.get_param_value("category", i);
    if (value.find('/') == std::string::npos) {
      return Status::InvalidArgument("category filter '" + value + "' must be TAXONOMY/CATEGORY");
    }
    add("category", value);
  }
  for (const auto& [name, value] : req.params) {
    if (!name.starts_with("meta.")) continue;
    const std::string key = name.substr(5);
    if (key.empty() || key.size() > 64 ||
        key.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") != std::string::npos) {
      return Status::InvalidArgument("metadata filter '" + name + "': the key may hold only letters, digits and '_'");
    }
    add(key, value);
  }
  return q;
}

void Search(Call& call) {
  if (!call.req.has_param("kb") || !call.req.has_param("q")) {
    return call.Error(400, "invalid_argument", "parameters 'kb' and 'q' are required");
  }
  auto kb = call.Kb(call.Param("kb"), /*edit=*/false);
  if (!kb) return;
  const ServerConfig& config = call.state.config;
  auto k = ParseCountParam("k", call.Param("k"), 10, config.max_k);
  if (!k.ok()) return call.Error(k.status());
  if (*k == 0) return call.Error(400, "invalid_argument", "k must be at least 1");
  auto offset = ParseCountParam("offset", call.Param("offset"), 0, config.max_offset);
  if (!offset.ok()) return call.Error(offset.status());
  auto query = QueryWithFilters(call.req);
  if (!query.ok()) return call.Error(query.status());
  // The user's own words are held to the query limit; the filter terms ride along.
  if (Status s = search::ValidateQuery(call.Param("q"), *k, call.state.query_limits()); !s.ok()) return call.Error(s);
  search::QueryLimits limits{config.max_query_chars + 1024, config.max_k + config.max_offset};
  search::SearchOptions options;
  options.k = *k + *offset;
  const std::string facets = call.Param("facets");
  if (!facets.empty() && facets != "0" && facets != "1") {
    return call.Error(400, "invalid_argument", "facets must be 0 or 1");
  }
  if (facets != "0") options.facet_depth = config.facet_depth;
  const auto started = std::chrono::steady_clock::now();
  search::KeywordSearcher searcher(call.state.analysis);
  auto response = search::SearchKb(call.catalog, searcher, kb->name, *query, options, limits, &call.state.snapshots);
  if (!response.ok()) return call.Error(response.status());
  json out = SearchJson(*response, *offset);
  out["query"] = call.Param("q");
  out["took_ms"] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  call.Json(200, out);
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
  if (call.state.answers->has_model()) return AskWithModel(call, kb->name, *question, query, streamed);
  auto evidence = FindEvidence(call.state, call.catalog, kb->name, query, k);
  if (!evidence.ok()) return call.Error(evidence.status());
  const answer::AnswerComposer& composer = *call.state.composer;
  if (stream == body->end() || !stream->get<bool>()) {
    auto answer = composer.Compose(question->get<std::string>(), *evidence, nullptr);
    if (!answer.ok()) return call.Error(answer.status());
    return call.Json(200, AnswerJson(*answer, composer.mode()));
  }
  // Server-Sent Events as the composer writes: "token" events, then
  // "citations", then "done" with the whole answer.
  StreamEvents(call.res, [&composer, question = question->get<std::string>(),
                          evidence = std::move(*evidence)](const EmitText& emit) {
    auto answer = composer.Compose(question, evidence, [&](std::string_view text) {
      emit(SseEvent("token", {{"text", std::string(text)}}));
    });
    if (!answer.ok()) return emit(SseEvent("error", ErrorJson(answer.status())));
    json out = AnswerJson(*answer, composer.mode());
    emit(SseEvent("citations", {{"citations", out["citations"]}}));
    emit(SseEvent("done", out));
  });
}

}  // namespace

Result<search::SearchResponse> FindEvidence(ServerState& state, catalog::Catalog& catalog, const std::string& kb,
                                            const std::string& question, size_t k) {
  search::KeywordSearcher searcher(state.analysis);
  search::SearchOptions options;
  options.k = k;
  return search::SearchKb(catalog, searcher, kb, question, options, state.query_limits(), &state.snapshots);
}

void RegisterSearchRoutes(Router& router) {
  router.Get("/api/search", {"GET /api/search", Access::kSignedIn, ""}, Search);
  router.Post("/api/ask", {"POST /api/ask", Access::kSignedIn, ""}, Ask);
}

}  // namespace wenyuan::server
