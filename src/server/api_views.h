// The JSON shapes of the HTTP API (docs/api.md, the API contract): search
// hits, answers with sentences and numbered citations, documents, keys,
// audit entries and ingest jobs. (json_views.h keeps the CLI's --json shapes.)
#pragma once

#include <nlohmann/json.hpp>

#include "answer/extractive_answerer.h"
#include "catalog/access_store.h"
#include "catalog/records.h"
#include "catalog/user_store.h"
#include "search/search_types.h"
#include "server/ingest_queue.h"

namespace wenyuan::server {

// {"kb","query","total","offset","hits":[{passage_id, document_id, title,
// source, date, score, snippet{text,begin,end,highlights}, text}]}, plus
// "facets" and "facet_documents" when they were counted; hits before
// `offset` are left out.
nlohmann::json SearchJson(const search::SearchResponse& response, size_t offset);
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
