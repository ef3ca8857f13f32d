// The JSON shapes of the HTTP API (docs/api.md, the API contract): search
// hits, answers with sentences and numbered citations, documents, keys,
// audit entries and ingest jobs. (json_views.h keeps the CLI's --json shapes.)
#pragma once

#include <nlohmann/json.hpp>

#include "answer/extractive_answerer.h"
#include "catalog/access_store.h"
#include "catalog/records.h"
#include "catalog/user_store.h"
#include "search/result_groups.h"
#include "search/search_types.h"
#include "server/ingest_queue.h"

namespace wenyuan::server {

// {"kb","query","total","offset","hits":[{passage_id, document_id, title,
// source, date, score, rank, relevance, snippet{text,begin,end,highlights},
// text}]}, plus "facets" and "facet_documents" when they were counted; hits
// before `offset` are left out (rank counts them). rank and relevance as
// search/result_groups.h defines them.
nlohmann::json SearchJson(const search::SearchResponse& response, size_t offset);
// The same hits grouped by document (search/result_groups.h), documents
// `offset` to `offset + k`: each hit is a document's best passage with
// "rank" among documents, "passage_rank" among passages, and "more" (its
// other passages in the response, each {passage_id, passage, score, rank,
// relevance, snippet, text}) with "more_count"; "group": "document" and
// "total_documents" (documents among the passages searched) are added.
nlohmann::json GroupedSearchJson(const search::SearchResponse& response, size_t offset, size_t k);
// [{"n", "passage_id", "document_id", "title", "source", "start", "end", "quote"}]
nlohmann::json CitationsJson(const std::vector<answer::Evidence>& evidence);  // [{n, passage_id, …, quote}]
inline nlohmann::json CitationsJson(const answer::Answer& answer) { return CitationsJson(answer.evidence); }
// {"question","found","mode","answer","sentences":[{"text","citation"}],"citations"}
nlohmann::json AnswerJson(const answer::Answer& answer, const std::string& mode);
nlohmann::json DocumentJson(const catalog::DocumentRecord& doc);
nlohmann::json PassageJson(const std::string& kb, const catalog::PassageRecord& passage);
nlohmann::json KeyJson(const catalog::ApiKeyRecord& key);
nlohmann::json AuditJson(const catalog::AuditEntry& entry);
// {"id","name","source","role","kbs","created_at","disabled","disabled_at",
// "locked_until","failed_sign_ins","last_sign_in"}; never the hash.
nlohmann::json UserJson(const catalog::UserRecord& user);
nlohmann::json JobJson(const IngestJob& job);

}  // namespace wenyuan::server
