// Sign-in sessions (API key, or staff account name and password, local or
// LDAP), a signed-in user's password change, API keys and the audit log
// (with filters) over HTTP.
#include <httplib.h>

#include <ctime>

#include "catalog/access_store.h"
#include "server/api_context.h"
#include "server/api_keys.h"
#include "server/api_views.h"
#include "server/password_hash.h"
#include "server/user_accounts.h"

namespace wenyuan::server {
namespace {

using nlohmann::json;

json WhoJson(const Principal& who) {
  json out = {{"role", RoleName(who.role)}, {"kbs", who.kbs}, {"key_prefix", who.key_prefix}, {"open", who.open_mode}};
  if (!who.user.empty()) out["user"] = who.user;
  return out;
}

std::string SessionCookie(const std::string& value, long max_age, bool secure) {
  return std::string(kSessionCookie) + "=" + value +
         "; HttpOnly; SameSite=Strict; Path=/; Max-Age=" + std::to_string(max_age) + (secure ? "; Secure" : "");
}

void StartSession(Call& call, SessionOwner owner, const Principal& who) {
  auto token = call.state.sessions.Create(owner);
  if (!token.ok()) return call.Error(token.status());
  call.res.set_header("Set-Cookie", SessionCookie(*token, static_cast<long>(call.state.sessions.lifetime().count()),
                                                  call.state.config.secure_cookies));
  call.res.set_header("Cache-Control", "no-store");
  call.Json(200, WhoJson(who));
}

void SignInWithKey(Call& call, const std::string& key) {
  std::optional<catalog::ApiKeyRecord> found;
  if (LooksLikeApiKey(key)) {
    auto r = catalog::FindActiveApiKeyByHash(call.catalog, HashApiKey(key));
    if (!r.ok()) return call.Error(r.status());
    found = *r;
  }
  if (!found) return call.Error(401, "unauthenticated", "unknown or revoked API key");
  call.target = found->prefix;
  StartSession(call, {SessionOwner::Kind::kKey, found->id}, PrincipalForKey(*found));
}

void SignInByPassword(Call& call, const std::string& name, const std::string& password) {
  call.target = "user:" + name.substr(0, 64);
  auto result = server::SignInWithPassword(call.catalog, call.state.lockout(), call.state.config.ldap, name, password,
                                           static_cast<int64_t>(std::time(nullptr)));
  if (!result.ok()) return call.Error(result.status());
  switch (result->outcome) {
    case SignInOutcome::kSignedIn:
      return StartSession(call, {SessionOwner::Kind::kUser, result->user.id}, PrincipalForUser(result->user));
    case SignInOutcome::kLocked:
      call.res.set_header("Retry-After", std::to_string(result->retry_after_seconds));
      return call.Error(429, "locked",
                        "too many failed sign-ins; this account is locked for " +
                            std::to_string((result->retry_after_seconds + 59) / 60) + " more minute(s)");
    case SignInOutcome::kDisabled:
      return call.Error(403, "account_disabled", "this account is disabled");
    case SignInOutcome::kNoRole:
      call.state.log.Info("sign-in: " + result->detail);
      return call.Error(403, "no_role", "the directory knows this user, but no group of theirs has a role here");
    case SignInOutcome::kDirectoryDown:
      call.state.log.Error("sign-in: " + result->detail);
      return call.Error(503, "directory_unavailable", "the directory (LDAP) cannot be reached; try again later");
    case SignInOutcome::kWrongPassword:
      break;
  }
  call.Error(401, "unauthenticated", "wrong user name or password");
}

std::string StringField(const json& body, const char* name) {
  auto it = body.find(name);
  return it != body.end() && it->is_string() ? it->get<std::string>() : "";
}

}  // namespace

void RegisterAccessRoutes(Router& router) {
  router.Post("/api/session", {"POST /api/session", Access::kPublic, "session.create"}, [](Call& call) {
    auto body = call.Body();
    if (!body) return;
    auto key = body->find("key");
    auto user = body->find("user");
    const bool with_key = key != body->end() && key->is_string();
    const bool with_password = user != body->end() && user->is_string();
    if (!with_key && !with_password) {
      return call.Error(400, "invalid_argument",
                        "send {\"key\": KEY} or {\"user\": NAME, \"password\": PASSWORD} (strings)");
    }
    if (call.who.open_mode) return call.Json(200, WhoJson(call.who));
    if (with_key) return SignInWithKey(call, key->get<std::string>());
    SignInByPassword(call, user->get<std::string>(), StringField(*body, "password"));
  });

  // A signed-in staff account changes its own password: {"current", "new"}.
  router.Post(
      "/api/session/password", {"POST /api/session/password", Access::kSignedIn, "user.passwd"}, [](Call& call) {
        auto body = call.Body();
        if (!body) return;
        if (call.who.user_id == 0) {
          return call.Error(400, "invalid_argument", "only a staff account signed in by name has a password");
        }
        call.target = "user:" + call.who.user;
        auto user = catalog::GetUser(call.catalog, call.who.user_id);
        if (!user.ok()) return call.Error(user.status());
        if (user->source != "local") {
          return call.Error(400, "invalid_argument", "directory accounts change their password in the directory");
        }
        if (!VerifyPassword(user->password_hash, StringField(*body, "current"))) {
          return call.Error(403, "permission_denied", "the current password is wrong");
        }
        if (Status s = SetLocalPassword(call.catalog, *user, StringField(*body, "new")); !s.ok()) {
          return call.Error(s);
        }
        // Other sessions of the account end; this one goes on.
        const std::string token = CookieValue(call.req, kSessionCookie);
        auto owner = call.state.sessions.Lookup(token);
        call.state.sessions.RemoveOwner({SessionOwner::Kind::kUser, user->id});
        if (owner) {
          auto again = call.state.sessions.Create(*owner);
          if (again.ok()) {
            call.res.set_header("Set-Cookie",
                                SessionCookie(*again, static_cast<long>(call.state.sessions.lifetime().count()),
                                              call.state.config.secure_cookies));
          }
        }
        call.Json(200, {{"changed", true}});
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
    catalog::AuditFilter filter;
    filter.action = call.Param("action");
    filter.actor = call.Param("actor");
    filter.kb = call.Param("kb");
    filter.since = call.Param("since");
    filter.until = call.Param("until");
    filter.refused = call.Param("refused") == "true" || call.Param("refused") == "1";
    auto entries =
        catalog::ListAudit(call.catalog, static_cast<int64_t>(*limit), static_cast<int64_t>(*offset), filter);
    if (!entries.ok()) return call.Error(entries.status());
    auto total = catalog::CountAudit(call.catalog, filter);
    if (!total.ok()) return call.Error(total.status());
    json list = json::array();
    for (const auto& e : *entries) list.push_back(AuditJson(e));
    call.Json(200, {{"entries", list}, {"total", *total}});
  });
}

}  // namespace wenyuan::server
