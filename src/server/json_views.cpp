#include "server/json_views.h"

namespace wenyuan::server {

using nlohmann::json;

json ToJson(const catalog::FeedbackRecord& f) {
  return {{"id", f.id},
          {"owner", f.owner},
          {"kb", f.kb},
          {"kind", f.kind},
          {"rating", f.rating},
          {"comment", f.comment},
          {"question", f.question},
          {"answer", f.answer},
          {"citations", json::parse(f.citations, nullptr, false)},
          {"created_at", f.created_at}};
}

json ToJson(const catalog::KbListing& listing) {
  const catalog::KnowledgeBase& kb = listing.kb;
  const int64_t documents = listing.documents, passages = listing.passages;
  return {{"name", kb.name},
          {"created_at", kb.created_at},
          {"documents", documents},
          {"passages", passages},
          {"settings", nlohmann::json::parse(kb.settings_json, nullptr, false).is_object()
                           ? nlohmann::json::parse(kb.settings_json)
                           : nlohmann::json::object()}};
}

json HitJson(const search::SearchHit& h) {
  json highlights = json::array();
  for (const auto& r : h.snippet.highlights) highlights.push_back({r.begin, r.end});
  return {{"passage_id", h.passage_id},
          {"document_id", h.document_id},
          {"passage", h.passage_number},
          {"title", h.title},
          {"source", h.source},
          {"date", h.date},
          {"score", h.score},
          {"snippet",
           {{"text", h.snippet.text}, {"begin", h.snippet.begin}, {"end", h.snippet.end}, {"highlights", highlights}}}};
}

json RankedHitJson(const search::RankedHit& ranked, bool with_text) {
  json hit = HitJson(ranked.hit);
  hit["rank"] = ranked.rank;
  hit["relevance"] = ranked.relevance;
  if (with_text) hit["text"] = ranked.hit.text;
  return hit;
}

void AddFacets(const search::SearchResponse& response, json& out) {
  if (!response.facets_asked && response.facet_documents.empty() && response.facets.empty()) return;
  json facets = json::array();
  for (const auto& facet : response.facets) {
    json values = json::array();
    for (const auto& v : facet.values) values.push_back({{"category", v.category}, {"documents", v.documents}});
    facets.push_back({{"taxonomy", facet.taxonomy}, {"values", values}});
  }
  out["facets"] = facets;
  out["facet_documents"] = response.facet_documents.size();
}

json ToJson(const search::SearchResponse& response) {
  json results = json::array();
  for (const search::RankedHit& ranked : search::RankHits(response)) {
    results.push_back(RankedHitJson(ranked, /*with_text=*/false));
  }
  json documents = json::array();
  for (const search::DocumentGroup& group : search::GroupByDocument(response, response.hits.size())) {
    json passages = json::array({group.best.hit.passage_id});
    for (const search::RankedHit& other : group.more) passages.push_back(other.hit.passage_id);
    documents.push_back({{"rank", group.rank},
                         {"document_id", group.best.hit.document_id},
                         {"title", group.best.hit.title},
                         {"relevance", group.best.relevance},
                         {"passages", passages}});
  }
  json out = {{"kb", response.kb},
              {"query", response.query},
              {"candidates", response.candidates},
              {"results", results},
              {"documents", documents}};
  AddFacets(response, out);
  return out;
}

json EvidenceJson(const std::vector<answer::Evidence>& evidence) {
  json out = json::array();
  for (size_t i = 0; i < evidence.size(); ++i) {
    const auto& e = evidence[i];
    out.push_back({{"n", i + 1},
                   {"text", e.text},
                   {"score", e.score},
                   {"citation",
                    {{"passage_id", e.citation.passage_id},
                     {"document_id", e.citation.document_id},
                     {"title", e.citation.title},
                     {"source", e.citation.source},
                     {"begin", e.citation.begin},
                     {"end", e.citation.end}}}});
  }
  return out;
}

json ToJson(const answer::Answer& answer) {
  return {{"question", answer.question},
          {"found", answer.found},
          {"mode", "extractive"},
          {"answer", answer.text},
          {"evidence", EvidenceJson(answer.evidence)}};
}

json ToJson(const std::optional<catalog::StoredEnrichment>& e) {
  json out = json::object();
  if (!e) return out;
  out["keywords"] = json::parse(e->keywords_json, nullptr, false);
  out["summary"] = json::parse(e->summary_json, nullptr, false);
  json categories = json::object();
  for (const auto& c : e->categories) categories[c.taxonomy][c.category] = c.count;
  out["categories"] = categories;
  out["enriched_at"] = e->enriched_at;
  return out;
}

std::string RedactServerPaths(std::string_view message) {
  std::string out;
  out.reserve(message.size());
  size_t i = 0;
  while (i < message.size()) {
    const bool at_boundary =
        i == 0 || message[i - 1] == ' ' || message[i - 1] == '\'' || message[i - 1] == '"' || message[i - 1] == '(';
    if (at_boundary && message[i] == '/') {
      size_t end = i;
      size_t slashes = 0, last_slash = i;
      while (end < message.size() && message[end] != ' ' && message[end] != '\'' && message[end] != '"' &&
             message[end] != ')' && !(message[end] == ':' && (end + 1 == message.size() || message[end + 1] == ' '))) {
        if (message[end] == '/') {
          ++slashes;
          last_slash = end;
        }
        ++end;
      }
      if (slashes >= 2 && last_slash + 1 < end) {
        out.append(message.substr(last_slash + 1, end - last_slash - 1));
        i = end;
        continue;
      }
      out.append(message.substr(i, end - i));
      i = end;
      continue;
    }
    out += message[i++];
  }
  return out;
}

json ErrorJson(const Status& status) {
  return {{"error", {{"code", status.CodeName()}, {"message", RedactServerPaths(status.message())}}}};
}

int HttpStatusFor(const Status& status) {
  switch (status.code()) {
    case StatusCode::kOk:
      return 200;
    case StatusCode::kInvalidArgument:
      return 400;
    case StatusCode::kNotFound:
      return 404;
    case StatusCode::kAlreadyExists:
      return 409;
    case StatusCode::kUnsupported:
      return 415;
    case StatusCode::kResourceExhausted:
      return 413;
    case StatusCode::kPermissionDenied:
      return 403;
    case StatusCode::kTimeout:
      return 504;
    default:
      return 500;
  }
}

}  // namespace wenyuan::server

namespace wenyuan::server {
std::string DumpJson(const nlohmann::json& j, int indent) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}
}  // namespace wenyuan::server
