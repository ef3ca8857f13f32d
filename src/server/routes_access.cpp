// Sign-in sessions, API keys and the audit log over HTTP.
#include <httplib.h>

#include "catalog/access_store.h"
#include "server/api_context.h"
#include "server/api_keys.h"
#include "server/api_views.h"

namespace wenyuan::server {
namespace {

using nlohmann::json;

json WhoJson(const Principal& who) {
  return {{"role", RoleName(who.role)}, {"kbs", who.kbs}, {"key_prefix", who.key_prefix}, {"open", who.open_mode}};
}

std::string SessionCookie(const std::string& value, long max_age, bool secure) {
  return std::string(kSessionCookie) + "=" + value +
         "; HttpOnly; SameSite=Strict; Path=/; Max-Age=" + std::to_string(max_age) + (secure ? "; Secure" : "");
}

}  // namespace

void RegisterAccessRoutes(Router& router) {
  router.Post("/api/session", {"POST /api/session", Access::kPublic, "session.create"}, [](Call& call) {
    auto body = call.Body();
    if (!body) return;
    auto it = body->find("key");
    if (it == body->end() || !it->is_string()) {
      return call.Error(400, "invalid_argument", "field 'key' (a string) is required");
    }
    if (call.who.open_mode) return call.Json(200, WhoJson(call.who));
    const std::string key = it->get<std::string>();
    std::optional<catalog::ApiKeyRecord> found;
    if (LooksLikeApiKey(key)) {
      auto r = catalog::FindActiveApiKeyByHash(call.catalog, HashApiKey(key));
      if (!r.ok()) return call.Error(r.status());
      found = *r;
    }
    if (!found) return call.Error(401, "unauthenticated", "unknown or revoked API key");
    auto token = call.state.sessions.Create(found->id);
    if (!token.ok()) return call.Error(token.status());
    call.target = found->prefix;
    call.res.set_header("Set-Cookie", SessionCookie(*token, static_cast<long>(call.state.sessions.lifetime().count()),
                                                    call.state.config.secure_cookies));
    call.res.set_header("Cache-Control", "no-store");
    call.Json(200, {{"role", found->role}, {"kbs", found->kbs}, {"key_prefix", found->prefix}, {"open", false}});
  });

  router.Get("/api/session", {"GET /api/session", Access::kSignedIn, ""},
             [](Call& call) { call.Json(200, WhoJson(call.who)); });

  router.Delete("/api/session", {"DELETE /api/session", Access::kPublic, "session.delete"}, [](Call& call) {
    if (std::string token = CookieValue(call.req, kSessionCookie); !token.empty()) call.state.sessions.Remove(token);
    call.res.set_header("Set-Cookie", SessionCookie("", 0, call.state.config.secure_cookies));
    call.Json(200, {{"signed_out", true}});
  });

  router.Get("/api/keys", {"GET /api/keys", Access::kAdmin, ""}, [](Call& call) {
    auto keys = catalog::ListApiKeys(call.catalog);
    if (!keys.ok()) return call.Error(keys.status());
    json list = json::array();
    for (const auto& k : *keys) list.push_back(KeyJson(k));
    call.Json(200, {{"keys", list}});
  });

  router.Post("/api/keys", {"POST /api/keys", Access::kAdmin, "key.create"}, [](Call& call) {
    auto body = call.Body();
    if (!body) return;
    auto role = ParseRole(body->value("role", std::string()));
    if (!role.ok()) return call.Error(role.status());
    std::vector<std::string> kbs;
    if (auto it = body->find("kbs"); it != body->end()) {
      if (!it->is_array()) return call.Error(400, "invalid_argument", "'kbs' must be a list of knowledge base names");
      for (const auto& kb : *it) {
        if (!kb.is_string()) return call.Error(400, "invalid_argument", "'kbs' must hold strings");
        kbs.push_back(kb.get<std::string>());
      }
    }
    std::string name;
    if (auto it = body->find("name"); it != body->end() && it->is_string()) name = it->get<std::string>();
    auto created = CreateApiKey(call.catalog, *role, kbs, name);
    if (!created.ok()) return call.Error(created.status());
    call.target = created->record.prefix;
    json out = KeyJson(created->record);
    out["key"] = created->key;
    call.res.set_header("Cache-Control", "no-store");
    call.Json(201, out);
  });

  router.Delete(R"(/api/keys/([^/]+))", {"DELETE /api/keys/ID", Access::kAdmin, "key.revoke"}, [](Call& call) {
    const std::string id = call.req.matches[1];
    call.target = id;
    auto revoked = catalog::RevokeApiKey(call.catalog, id);
    if (!revoked.ok()) return call.Error(revoked.status());
    call.target = revoked->prefix;
    call.Json(200, KeyJson(*revoked));
  });

  router.Get("/api/audit", {"GET /api/audit", Access::kAdmin, ""}, [](Call& call) {
    const size_t max = call.state.config.max_page_size;
    auto limit = ParseCountParam("limit", call.Param("limit"), std::min<size_t>(50, max), max);
    if (!limit.ok()) return call.Error(limit.status());
    auto offset = ParseCountParam("offset", call.Param("offset"), 0, 1000000000);
    if (!offset.ok()) return call.Error(offset.status());
    auto entries = catalog::ListAudit(call.catalog, static_cast<int64_t>(*limit), static_cast<int64_t>(*offset));
    if (!entries.ok()) return call.Error(entries.status());
    auto total = catalog::CountAudit(call.catalog);
    if (!total.ok()) return call.Error(total.status());
    json list = json::array();
    for (const auto& e : *entries) list.push_back(AuditJson(e));
    call.Json(200, {{"entries", list}, {"total", *total}});
  });
}

}  // namespace wenyuan::server
