#include "server/api_context.h"

#include <httplib.h>

#include <algorithm>
#include <chrono>

#include "catalog/access_store.h"
#include "server/api_keys.h"
#include "server/json_views.h"
#include "server/query_usage.h"
#include "server/request_head.h"
#include "server/source_display.h"
#include "server/upload_names.h"
#include "server/user_accounts.h"

namespace wenyuan::server {
namespace {

using nlohmann::json;
constexpr const char* kJsonType = "application/json; charset=utf-8";

// Who is calling. Errors (a catalog that cannot be read) come back as Status.
Result<Principal> Identify(const httplib::Request& req, ServerState& state, catalog::Catalog& catalog) {
  WY_ASSIGN_OR_RETURN(bool credentials, AnyCredentials(catalog, state.config.ldap));
  if (!credentials) {
    Principal open;
    if (IsLoopbackHost(state.config.host) || state.config.insecure_open) {
      open.role = Role::kAdmin;
      open.key_prefix = "open";
      open.kbs = {"*"};
      open.open_mode = true;
    }
    return open;
  }
  const std::string auth = req.get_header_value("Authorization");
  if (auth.starts_with("Bearer ")) {
    std::string key = auth.substr(7);
    while (!key.empty() && key.back() == ' ') key.pop_back();
    if (!LooksLikeApiKey(key)) return Principal{};
    WY_ASSIGN_OR_RETURN(auto found, catalog::FindActiveApiKeyByHash(catalog, HashApiKey(key)));
    return found ? PrincipalForKey(*found) : Principal{};
  }
  const std::string token = CookieValue(req, kSessionCookie);
  if (token.empty()) return Principal{};
  auto owner = state.sessions.Lookup(token);
  if (!owner) return Principal{};
  return PrincipalForSession(catalog, *owner);
}

void Guard(const RouteSpec& spec, const Handler& handler, ServerState& state, const httplib::Request& req,
           httplib::Response& res) {
  const auto started = std::chrono::steady_clock::now();
  auto catalog = state.catalogs.Acquire();
  if (!catalog.ok()) {
    state.log.Error("http: " + catalog.status().message());
    return SendError(res, 503, "unavailable", "the catalog cannot be opened");
  }
  auto who = Identify(req, state, **catalog);
  if (!who.ok()) {
    state.log.Error("http: " + who.status().message());
    return SendError(res, 500, "internal", "the API keys cannot be read");
  }
  Call call{req, res, state, **catalog, *who, "", "", std::nullopt};

  const std::string client =
      who->signed_in() && !who->open_mode ? "key:" + who->key_prefix : "ip:" + ClientAddress(req);
  int retry_after = 0;
  if (!state.limiter.Allow(client, retry_after)) {
    res.set_header("Retry-After", std::to_string(retry_after));
    call.Error(429, "rate_limited",
               "more than " + std::to_string(state.config.rate_limit_per_minute) + " requests a minute; retry in " +
                   std::to_string(retry_after) + " s");
  } else if (spec.access != Access::kPublic && !who->signed_in()) {
    call.Error(401, "unauthenticated", "an API key is required (Authorization: Bearer KEY, or sign in)");
  } else if (spec.access == Access::kAdmin && !who->admin()) {
    call.Error(403, "permission_denied", "this needs an admin key");
  } else if (!spec.upload && req.body.size() > state.config.max_body_bytes) {
    call.Error(413, "resource_exhausted",
               "request body is larger than " + std::to_string(state.config.max_body_bytes) + " bytes");
  } else {
    try {
      handler(call);
    } catch (const std::exception& e) {
      state.log.Error("http: " + req.method + " " + req.path + ": " + e.what());
      call.Error(500, "internal", "internal error");
    }
  }
  if (!spec.action.empty() || res.status == 401 || res.status == 403) {
    catalog::AuditEntry entry;
    entry.key_prefix = who->key_prefix;
    entry.role = RoleName(who->role);
    entry.action = spec.action.empty() ? spec.name : spec.action;
    entry.kb = call.kb;
    // Refused before the handler ran, the path says what was asked for.
    entry.target = call.target.empty() && (res.status == 401 || res.status == 403) ? req.path : call.target;
    entry.status = res.status;
    entry.remote = ClientAddress(req);
    if (Status s = catalog::AppendAudit(**catalog, entry); !s.ok()) state.log.Error("audit: " + s.message());
  }
  if (IsQueryRoute(spec.name) && who->signed_in()) {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    Status s = LogQuery(**catalog, spec.name, req, res, *who, call.kb, seconds, call.found);
    if (!s.ok()) state.log.Error("query log: " + s.message());
  }
}

}  // namespace

ServerState::ServerState(ServerConfig c, std::filesystem::path dir, Logger& l)
    : config(std::move(c)),
      data_dir(std::move(dir)),
      log(l),
      upload_extensions(ParseExtensionList(config.upload_extensions)),
      sessions(std::chrono::hours(config.session_hours), std::chrono::minutes(config.session_idle_minutes)),
      limiter(config.rate_limit_per_minute),
      jobs(data_dir, log, config.max_jobs_kept),
      // One idle connection per handler thread and stream at once.
      catalogs(data_dir, static_cast<size_t>(std::max(1, config.threads)) * 2) {}

std::string ClientAddress(const httplib::Request& req) {
  const std::string& forwarded = req.get_header_value(std::string(kPeerField));
  return forwarded.empty() ? req.remote_addr : forwarded;
}

std::string CookieValue(const httplib::Request& req, const std::string& name) {
  const std::string header = req.get_header_value("Cookie");
  size_t pos = 0;
  while (pos < header.size()) {
    size_t end = header.find(';', pos);
    if (end == std::string::npos) end = header.size();
    std::string_view part(header.data() + pos, end - pos);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (part.starts_with(name) && part.size() > name.size() && part[name.size()] == '=') {
      return std::string(part.substr(name.size() + 1));
    }
    pos = end + 1;
  }
  return "";
}

void SendJson(httplib::Response& res, int status, const json& body) {
  res.status = status;
  res.set_content(DumpJson(body), kJsonType);
}

void SetApiReplyHeaders(httplib::Response& res) {
  // Replies hold a caller's documents and keys: no cache may keep them, and
  // no browser may guess another type than the one sent.
  if (!res.has_header("Cache-Control")) res.set_header("Cache-Control", "no-store");
  if (!res.has_header("X-Content-Type-Options")) res.set_header("X-Content-Type-Options", "nosniff");
}

void SendError(httplib::Response& res, int http_status, const std::string& code, const std::string& message) {
  SendJson(res, http_status, {{"error", {{"code", code}, {"message", message}}}});
}

bool JsonNestsDeeperThan(std::string_view text, size_t max_depth) {
  size_t depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return false;
}

Result<size_t> ParseCountParam(const std::string& name, const std::string& value, size_t fallback, size_t max) {
  if (value.empty()) return fallback;
  if (value.size() > 9 || value.find_first_not_of("0123456789") != std::string::npos) {
    return Status::InvalidArgument(name + " must be a whole number");
  }
  size_t n = std::stoul(value);
  if (n > max) return Status::InvalidArgument(name + " must be at most " + std::to_string(max));
  return n;
}

void StreamEvents(httplib::Response& res, std::function<void(const EmitText& emit)> produce) {
  res.status = 200;
  res.set_header("Cache-Control", "no-store");
  res.set_header("X-Accel-Buffering", "no");
  res.set_chunked_content_provider(
      "text/event-stream; charset=utf-8", [produce = std::move(produce)](size_t, httplib::DataSink& sink) {
        produce([&sink](const std::string& text) { sink.write(text.data(), text.size()); });
        sink.done();
        return true;
      });
}

void Call::Json(int status, const json& body) {
  // Sources leave the server relative to their folder (server/source_display.h).
  auto display = SourceDisplay::Load(catalog, state.data_dir);
  if (!display.ok()) return SendJson(res, status, body);
  json shown = body;
  display->Apply(shown);
  SendJson(res, status, shown);
}

void Call::ShowSources(json& body) {
  auto display = SourceDisplay::Load(catalog, state.data_dir);
  if (display.ok()) display->Apply(body);
}

void Call::JsonText(int status, const std::string& text) {
  res.status = status;
  res.set_content(text, kJsonType);
}

void Call::Error(const Status& status) { SendJson(res, HttpStatusFor(status), ErrorJson(status)); }

void Call::Error(int http_status, const std::string& code, const std::string& message) {
  SendError(res, http_status, code, message);
}

std::optional<search::KbSession> Call::Kb(const std::string& name, bool edit) {
  if (Status s = catalog::Catalog::ValidateKbName(name); !s.ok()) {
    Error(s);
    return std::nullopt;
  }
  kb = name;
  if (edit ? !who.CanEdit(name) : !who.CanRead(name)) {
    Error(403, "permission_denied",
          std::string("this key may not ") + (edit ? "change" : "read") + " knowledge base '" + name + "'");
    return std::nullopt;
  }
  auto found = state.kbs->Open(catalog, name);
  if (!found.ok()) {
    Error(found.status());
    return std::nullopt;
  }
  return std::move(*found);
}

std::optional<json> Call::Body() {
  if (req.body.size() > state.config.max_body_bytes) {
    Error(413, "resource_exhausted", "request body is too large");
    return std::nullopt;
  }
  if (JsonNestsDeeperThan(req.body, state.config.max_json_depth)) {
    Error(400, "invalid_argument",
          "request body nests deeper than " + std::to_string(state.config.max_json_depth) + " levels");
    return std::nullopt;
  }
  json body = json::parse(req.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded()) {
    Error(400, "invalid_argument", "request body is not valid JSON (or not UTF-8)");
    return std::nullopt;
  }
  if (!body.is_object()) {
    Error(400, "invalid_argument", "request body must be a JSON object");
    return std::nullopt;
  }
  return body;
}

std::string Call::Param(const std::string& name) const {
  return req.has_param(name.c_str()) ? req.get_param_value(name.c_str()) : "";
}

std::function<void(const httplib::Request&, httplib::Response&)> Router::Wrap(RouteSpec spec, Handler handler) {
  // The Router is a short-lived builder: capture the state, not `this`.
  ServerState* state = &state_;
  return [state, spec = std::move(spec), handler = std::move(handler)](const httplib::Request& req,
                                                                       httplib::Response& res) {
    const auto started = std::chrono::steady_clock::now();
    Guard(spec, handler, *state, req, res);
    SetApiReplyHeaders(res);
    state->metrics.ObserveRequest(spec.name, res.status,
                                  std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  };
}

void Router::Get(const std::string& pattern, RouteSpec spec, Handler handler) {
  http_.Get(pattern, Wrap(std::move(spec), std::move(handler)));
}
void Router::Post(const std::string& pattern, RouteSpec spec, Handler handler) {
  http_.Post(pattern, Wrap(std::move(spec), std::move(handler)));
}
void Router::Delete(const std::string& pattern, RouteSpec spec, Handler handler) {
  http_.Delete(pattern, Wrap(std::move(spec), std::move(handler)));
}

std::string SseEvent(const std::string& event, const nlohmann::json& data) {
  return "event: " + event + "\ndata: " + DumpJson(data) + "\n\n";
}

}  // namespace wenyuan::server
