// What the usage page counts: after a search (GET /api/search), a question
// (POST /api/ask) or a chat completion (POST /v1/chat/completions) is
// answered, one query_log row (catalog/query_log.h) with its latency, status,
// whether anything was found (a search with no hits, an answer with
// "found": false; unknown for streamed answers) and the question's first 200
// characters. Other routes are not logged here.
#pragma once

#include <optional>
#include <string>

#include "catalog/catalog.h"
#include "server/access.h"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace wenyuan::server {

// True for the routes the query log counts (by RouteSpec::name).
bool IsQueryRoute(const std::string& route);
// Appends the row for a query route's request and its answer. `found`, when
// the handler said (Call::found), is taken as it is; otherwise it is read
// back from the reply's JSON ("total" of a search, "found" of an answer).
Status LogQuery(catalog::Catalog& catalog, const std::string& route, const httplib::Request& req,
                const httplib::Response& res, const Principal& who, const std::string& kb, double seconds,
                std::optional<bool> found = std::nullopt);

}  // namespace wenyuan::server
