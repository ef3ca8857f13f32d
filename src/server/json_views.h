// JSON shapes of Wenyuan's results, shared by the HTTP API and the CLI's
// --json output so both print the same fields (documented in docs/api.md).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "answer/extractive_answerer.h"
#include "catalog/enrichment_store.h"
#include "catalog/records.h"
#include "catalog/workspace_store.h"
#include "search/result_groups.h"
#include "search/search_types.h"
#include "util/status.h"

namespace wenyuan::server {

nlohmann::json ToJson(const catalog::KbListing& kb);  // a KB with its counts
// A feedback row: id, owner, kb, kind, rating, comment, question, answer,
// citations (as stored, parsed), created_at.
nlohmann::json ToJson(const catalog::FeedbackRecord& feedback);
// {"kb","query","candidates","results": [RankedHitJson…], "documents":
// [{"rank","document_id","title","relevance","passages": [passage ids, best
// first]}]} plus facets: the passages, and the same grouped by document.
nlohmann::json ToJson(const search::SearchResponse& response);
// One hit: passage_id, document_id, passage, title, source, date, score,
// snippet {text, begin, end, highlights: [[begin, end], ...]}.
nlohmann::json HitJson(const search::SearchHit& hit);
// HitJson with "rank" and "relevance" (search/result_groups.h), and the
// whole passage "text" when `with_text`.
nlohmann::json RankedHitJson(const search::RankedHit& ranked, bool with_text);
// When the response counted facets: "facets": [{"taxonomy", "values":
// [{"category", "documents"}]}] and "facet_documents" (documents counted).
void AddFacets(const search::SearchResponse& response, nlohmann::json& out);
nlohmann::json ToJson(const answer::Answer& answer);
// [{"n", "text", "score", "citation": {passage_id, document_id, title,
// source, begin, end}}], numbered from 1 as answers cite them.
nlohmann::json EvidenceJson(const std::vector<answer::Evidence>& evidence);
// A document's keywords, summary and categories ({"keywords": [...],
// "summary": [...], "categories": {taxonomy: {category: count}},
// "enriched_at"}); an empty object when it has not been enriched.
nlohmann::json ToJson(const std::optional<catalog::StoredEnrichment>& enrichment);
// {"error": {"code": "not_found", "message": "..."}}; server paths in the
// message are cut to their last part (RedactServerPaths).
nlohmann::json ErrorJson(const Status& status);
// `message` with every absolute path of two or more parts ("/srv/data/
// uploads/kb/a.txt") cut to its last part ("a.txt"): API replies never show
// where the server keeps its files.
std::string RedactServerPaths(std::string_view message);
// The HTTP status that fits a Status's code.
int HttpStatusFor(const Status& status);

}  // namespace wenyuan::server

namespace wenyuan::server {
// Serialises without throwing: invalid UTF-8 (never expected) becomes U+FFFD.
std::string DumpJson(const nlohmann::json& j, int indent = -1);
}  // namespace wenyuan::server
