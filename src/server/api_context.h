// What every API route shares: the server's state (config, analysers,
// sessions, rate limiter, metrics, ingest queue), the Call a handler gets
// (the request, the response, the caller, a catalog connection) and the
// Router that wraps each handler in the same guard:
//
//   1. open a catalog connection; 2. identify the caller (Bearer key, or the
//   session cookie; in open mode an implicit local admin); 3. rate-limit per
//   key (per IP in open mode): 429 with Retry-After; 4. check the route's
//   access (401 not signed in, 403 not admin); 5. check the body size (413);
//   6. run the handler; 7. write an audit entry for audited routes and for
//   every 401/403; 8. count the request and its latency for /metrics.
//
// KB-level rights are checked by the handler through Call::Kb.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

#include "answer/answer_composer.h"
#include "answer/kb_answer_service.h"
#include "catalog/catalog.h"
#include "search/kb_index.h"
#include "search/kb_search.h"
#include "search/kb_session.h"
#include "server/access.h"
#include "server/catalog_pool.h"
#include "server/ingest_queue.h"
#include "server/lockout_policy.h"
#include "server/metrics.h"
#include "server/rate_limiter.h"
#include "server/server_config.h"
#include "server/session_store.h"
#include "util/data_layout.h"
#include "util/log.h"

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace wenyuan::server {

inline constexpr const char* kSessionCookie = "wenyuan_session";

struct ServerState {
  ServerState(ServerConfig config, std::filesystem::path data_dir, Logger& log);

  const ServerConfig config;
  const std::filesystem::path data_dir;
  Logger& log;
  search::Analysis analysis;  // loaded in HttpServer::Bind, then read-only
  // The knowledge bases as requests resolve them (search/kb_session.h):
  // analysis, index snapshot and vectors kept between requests. Set in Bind.
  std::unique_ptr<search::KbSessions> kbs;
  std::shared_ptr<answer::AnswerComposer> composer;  // set in Bind
  // For a follow-up searched with its earlier turns: the not-found model
  // (answer/found_decision.h) was fitted on single questions, so without a
  // language model such a question is decided by the coverage floors alone.
  std::shared_ptr<answer::AnswerComposer> followup_composer;  // set in Bind
  const answer::AnswerComposer& ComposerFor(bool follow_up) const { return follow_up ? *followup_composer : *composer; }
  std::unique_ptr<answer::KbAnswerService> answers;  // drafts; set in Bind
  const std::set<std::string> upload_extensions;
  SessionStore sessions;
  RateLimiter limiter;
  MetricsRegistry metrics;
  IngestQueue jobs;
  // Catalog connections for requests and the streams they start.
  CatalogPool catalogs;

  LockoutPolicy lockout() const { return {config.lockout_failures, int64_t{config.lockout_minutes} * 60}; }

  search::QueryLimits query_limits() const { return {config.max_query_chars, config.max_k}; }
  // DATA/uploads/KB: where uploaded files of the KB are kept.
  std::filesystem::path UploadDir(const std::string& kb) const { return DataLayout(data_dir).KbUploadDir(kb); }
};

struct Call {
  const httplib::Request& req;
  httplib::Response& res;
  ServerState& state;
  catalog::Catalog& catalog;
  Principal who;
  std::string kb;      // for the audit log
  std::string target;  // for the audit log
  // For the query log: whether a query route found anything, when its
  // handler says (else the log reads it back from the reply).
  std::optional<bool> found;

  void Json(int status, const nlohmann::json& body);
  // What Json sends, in two steps for a handler that times them or adds to
  // the body after: ShowSources rewrites `body`'s sources in place (as Json
  // does to its copy), JsonText sends text already serialised (DumpJson).
  void ShowSources(nlohmann::json& body);
  void JsonText(int status, const std::string& text);
  void Error(const Status& status);
  void Error(int http_status, const std::string& code, const std::string& message);
  // The KB resolved for this request (one catalog read) if the caller may
  // read it (or edit it, with `edit`): 403 when it may not (whether or not
  // the KB exists), 404 when it does not exist. Errors are sent; the
  // handler returns on nullopt.
  std::optional<search::KbSession> Kb(const std::string& name, bool edit);
  // The body as a JSON object (nesting and size checked); the error is sent
  // on nullopt.
  std::optional<nlohmann::json> Body();
  std::string Param(const std::string& name) const;
};

enum class Access { kPublic, kSignedIn, kAdmin };

struct RouteSpec {
  std::string name;  // metrics label, e.g. "GET /api/search"
  Access access = Access::kSignedIn;
  std::string action;   // audit action; empty: audited only when refused
  bool upload = false;  // the body may be max_upload_bytes (not max_body_bytes)
};

using Handler = std::function<void(Call&)>;

class Router {
 public:
  Router(httplib::Server& http, ServerState& state) : http_(http), state_(state) {}
  void Get(const std::string& pattern, RouteSpec spec, Handler handler);
  void Post(const std::string& pattern, RouteSpec spec, Handler handler);
  void Delete(const std::string& pattern, RouteSpec spec, Handler handler);
  ServerState& state() { return state_; }
  httplib::Server& http() { return http_; }

 private:
  std::function<void(const httplib::Request&, httplib::Response&)> Wrap(RouteSpec spec, Handler handler);
  httplib::Server& http_;
  ServerState& state_;
};

// The client's address: what the front door passed on in X-Wenyuan-Peer
// (request_head.h; the handler pool is reachable only through it), else
// the socket's peer.
std::string ClientAddress(const httplib::Request& req);
// The value of cookie `name` in the request, or "".
std::string CookieValue(const httplib::Request& req, const std::string& name);
// Sends `{"error": {...}}` with the status; used outside a Call too.
void SendError(httplib::Response& res, int http_status, const std::string& code, const std::string& message);
void SendJson(httplib::Response& res, int status, const nlohmann::json& body);
// Cache-Control: no-store and X-Content-Type-Options: nosniff, unless the
// reply set its own; every API reply gets them.
void SetApiReplyHeaders(httplib::Response& res);
// True if the JSON text nests arrays/objects deeper than `max_depth`
// (checked before parsing, so a deep document cannot exhaust the stack).
bool JsonNestsDeeperThan(std::string_view text, size_t max_depth);

// A whole-number query parameter: `fallback` when empty, else 0..max; the
// error names the parameter.
Result<size_t> ParseCountParam(const std::string& name, const std::string& value, size_t fallback, size_t max);

// Searches the KB for the question: the top k passages an answer is
// composed from (by state.composer).
Result<search::SearchResponse> FindEvidence(const ServerState& state, const search::KbSession& kb,
                                            const std::string& question, size_t k);

// Answers with a text/event-stream that `produce` writes through `emit` as
// it goes (chunked), after the handler has returned: `produce` must own
// everything it uses (no Call, no catalog connection).
using EmitText = std::function<void(const std::string&)>;
void StreamEvents(httplib::Response& res, std::function<void(const EmitText& emit)> produce);
// One Server-Sent Event: "event: NAME\ndata: JSON\n\n".
std::string SseEvent(const std::string& event, const nlohmann::json& data);

// Bytes on disk of the KB's index files (DataLayout::KbIndexDir), 0 if none.
uint64_t IndexBytes(const ServerState& state, const std::string& kb);

// The route groups (routes_*.cpp).
void RegisterSystemRoutes(Router& router);
void RegisterAccessRoutes(Router& router);
void RegisterKbRoutes(Router& router);
void RegisterDocumentRoutes(Router& router);
void RegisterSearchRoutes(Router& router);
void RegisterOpenAiRoutes(Router& router);
void RegisterDraftRoutes(Router& router);      // routes_draft.cpp
void RegisterAdminRoutes(Router& router);      // routes_admin.cpp: users, KB settings, usage
void RegisterWorkspaceRoutes(Router& router);  // routes_workspace.cpp

}  // namespace wenyuan::server
