#include "server/api_views.h"

#include "server/json_views.h"

namespace wenyuan::server {

using nlohmann::json;

json SearchJson(const search::SearchResponse& response, size_t offset) {
  json hits = json::array();
  for (const search::RankedHit& ranked : search::RankHits(response)) {
    if (ranked.rank <= offset) continue;
    hits.push_back(RankedHitJson(ranked, /*with_text=*/true));
  }
  json out = {{"kb", response.kb},
              {"query", response.query},
              {"total", response.candidates},
              {"offset", offset},
              {"hits", hits}};
  AddFacets(response, out);
  return out;
}

json GroupedSearchJson(const search::SearchResponse& response, size_t offset, size_t k) {
  const std::vector<search::DocumentGroup> groups = search::GroupByDocument(response);
  json hits = json::array();
  for (size_t i = offset; i < groups.size() && i < offset + k; ++i) {
    const search::DocumentGroup& group = groups[i];
    json hit = RankedHitJson(group.best, /*with_text=*/true);
    hit["rank"] = group.rank;
    hit["passage_rank"] = group.best.rank;
    json more = json::array();
    for (const search::RankedHit& other : group.more) {
      json m = RankedHitJson(other, /*with_text=*/true);
      for (const char* field : {"document_id", "title", "source", "date"}) m.erase(field);  // the group's own
      more.push_back(std::move(m));
    }
    hit["more"] = std::move(more);
    hit["more_count"] = group.more_count;
    hits.push_back(std::move(hit));
  }
  json out = {{"kb", response.kb},
              {"query", response.query},
              {"group", "document"},
              {"total", response.candidates},
              {"total_documents", groups.size()},
              {"offset", offset},
              {"hits", hits}};
  AddFacets(response, out);
  return out;
}

json CitationsJson(const std::vector<answer::Evidence>& evidence) {
  json citations = json::array();
  for (size_t i = 0; i < evidence.size(); ++i) {
    const auto& e = evidence[i];
    citations.push_back({{"n", i + 1},
                         {"passage_id", e.citation.passage_id},
                         {"document_id", e.citation.document_id},
                         {"title", e.citation.title},
                         {"source", e.citation.source},
                         {"start", e.citation.begin},
                         {"end", e.citation.end},
                         {"quote", e.text}});
  }
  return citations;
}

json AnswerJson(const answer::Answer& answer, const std::string& mode) {
  json sentences = json::array();
  for (size_t i = 0; i < answer.evidence.size(); ++i) {
    sentences.push_back({{"text", answer.evidence[i].text}, {"citation", i + 1}});
  }
  return {{"question", answer.question}, {"found", answer.found},  {"mode", mode},
          {"answer", answer.text},       {"sentences", sentences}, {"citations", CitationsJson(answer)}};
}

json DocumentJson(const catalog::DocumentRecord& d) {
  return {{"id", d.id},
          {"title", d.title},
          {"source", d.source},
          {"url", d.url},
          {"date", d.date},
          {"format", d.format},
          {"author", d.author},
          {"script", d.script},
          {"passages", d.passage_count},
          {"duplicate_of", d.duplicate_of == 0 ? json() : json(d.duplicate_of)},
          {"ingested_at", d.ingested_at}};
}

json PassageJson(const std::string& kb, const catalog::PassageRecord& p) {
  return {{"id", catalog::PassageId(kb, p.document_id, p.number)},
          {"number", p.number},
          {"start", p.start},
          {"end", p.end},
          {"text", p.text}};
}

json KeyJson(const catalog::ApiKeyRecord& k) {
  return {{"id", k.id},
          {"prefix", k.prefix},
          {"name", k.name},
          {"role", k.role},
          {"kbs", k.kbs},
          {"created_at", k.created_at},
          {"revoked", !k.revoked_at.empty()},
          {"revoked_at", k.revoked_at}};
}

json AuditJson(const catalog::AuditEntry& e) {
  return {{"id", e.id}, {"time", e.time},     {"key_prefix", e.key_prefix}, {"role", e.role},    {"action", e.action},
          {"kb", e.kb}, {"target", e.target}, {"status", e.status},         {"remote", e.remote}};
}

json UserJson(const catalog::UserRecord& u) {
  return {{"id", u.id},
          {"name", u.name},
          {"source", u.source},
          {"role", u.role},
          {"kbs", u.kbs},
          {"created_at", u.created_at},
          {"disabled", u.disabled()},
          {"disabled_at", u.disabled_at},
          {"failed_sign_ins", u.failed_sign_ins},
          {"locked_until", u.locked_until},
          {"last_sign_in", u.last_sign_in}};
}

json JobJson(const IngestJob& job) {
  json files = json::array();
  size_t done = 0;
  for (const auto& f : job.files) {
    files.push_back({{"name", f.name}, {"state", f.state}, {"error", f.error}, {"documents", f.documents}});
    if (f.state != "queued" && f.state != "running") ++done;
  }
  return {{"id", job.id},
          {"kb", job.kb},
          {"state", job.state},
          {"files", files},
          {"done", done},
          {"total", job.files.size()},
          {"created_at", job.created_at}};
}

}  // namespace wenyuan::server
