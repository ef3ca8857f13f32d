// `wenyuan key create|list|revoke`: API keys for the HTTP API. The new key
// is printed once, alone on the last line; only its hash is stored. Key
// changes are audited (actor "cli:OS-USER"). `wenyuan audit` lists the log,
// with the same filters as GET /api/audit.
#include <cstdio>

#include "catalog/access_store.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "server/api_keys.h"
#include "server/api_views.h"
#include "server/user_accounts.h"

namespace wenyuan::cli {
namespace {

constexpr const char* kUsage =
    "usage: wenyuan key create --role admin|editor|reader [--kb KB]... [--name NAME] | key list [--json] | "
    "key revoke ID|PREFIX";

std::string JoinKbs(const std::vector<std::string>& kbs) {
  std::string out;
  for (const auto& kb : kbs) out += (out.empty() ? "" : ",") + kb;
  return out.empty() ? "-" : out;
}

}  // namespace

int RunKeyCommand(const CommandContext& ctx) {
  const auto& pos = ctx.args.positional;
  if (pos.size() < 2) return UsageError(kUsage);
  const std::string& verb = pos[1];
  auto catalog = catalog::Catalog::Open(ctx.data_dir);
  if (!catalog.ok()) return Fail(catalog.status());

  if (verb == "create" && pos.size() == 2) {
    auto role_name = ctx.args.Value("--role");
    if (!role_name) return UsageError("key create needs --role admin|editor|reader");
    auto role = server::ParseRole(*role_name);
    if (!role.ok()) return UsageError(role.status().message());
    auto created =
        server::CreateApiKey(**catalog, *role, ctx.args.Values("--kb"), ctx.args.Value("--name").value_or(""));
    if (!created.ok()) return Fail(created.status());
    const auto& r = created->record;
    if (Status s = server::AuditCliChange(**catalog, "key.create", r.prefix); !s.ok()) return Fail(s);
    std::printf("created key %lld (%s), role %s, knowledge bases %s; it is shown only now:\n",
                static_cast<long long>(r.id), r.prefix.c_str(), r.role.c_str(), JoinKbs(r.kbs).c_str());
    std::printf("%s\n", created->key.c_str());
    return 0;
  }
  if (verb == "list" && pos.size() == 2) {
    auto keys = catalog::ListApiKeys(**catalog);
    if (!keys.ok()) return Fail(keys.status());
    if (ctx.args.Has("--json")) {
      nlohmann::json list = nlohmann::json::array();
      for (const auto& k : *keys) list.push_back(server::KeyJson(k));
      PrintJson({{"keys", list}});
      return 0;
    }
    if (keys->empty()) std::printf("no API keys (the server runs in open mode, on loopback only)\n");
    for (const auto& k : *keys) {
      std::printf("%4lld  %-12s %-7s %-24s %-20s created %s%s\n", static_cast<long long>(k.id), k.prefix.c_str(),
                  k.role.c_str(), JoinKbs(k.kbs).c_str(), k.name.c_str(), k.created_at.c_str(),
                  k.revoked_at.empty() ? "" : ("  REVOKED " + k.revoked_at).c_str());
    }
    return 0;
  }
  if (verb == "revoke" && pos.size() == 3) {
    auto revoked = catalog::RevokeApiKey(**catalog, pos[2]);
    if (!revoked.ok()) return Fail(revoked.status());
    if (Status s = server::AuditCliChange(**catalog, "key.revoke", revoked->prefix); !s.ok()) return Fail(s);
    std::printf("revoked key %lld (%s)\n", static_cast<long long>(revoked->id), revoked->prefix.c_str());
    return 0;
  }
  return UsageError(kUsage);
}

int RunAuditCommand(const CommandContext& ctx) {
  constexpr const char* kAuditUsage =
      "usage: wenyuan audit [--limit N] [--action PREFIX] [--actor WHO] [--kb KB] [--since T] [--until T] "
      "[--refused] [--json]";
  if (ctx.args.positional.size() != 1) return UsageError(kAuditUsage);
  auto limit = ctx.args.Count("--limit", 50, 1, 1000000);
  if (!limit.ok()) return UsageError(limit.status().message());
  auto catalog = catalog::Catalog::Open(ctx.data_dir);
  if (!catalog.ok()) return Fail(catalog.status());
  catalog::AuditFilter filter;
  filter.action = ctx.args.Value("--action").value_or("");
  filter.actor = ctx.args.Value("--actor").value_or("");
  filter.kb = ctx.args.Value("--kb").value_or("");
  filter.since = ctx.args.Value("--since").value_or("");
  filter.until = ctx.args.Value("--until").value_or("");
  filter.refused = ctx.args.Has("--refused");
  auto entries = catalog::ListAudit(**catalog, static_cast<int64_t>(*limit), 0, filter);
  if (!entries.ok()) return Fail(entries.status());
  if (ctx.args.Has("--json")) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& e : *entries) list.push_back(server::AuditJson(e));
    PrintJson({{"entries", list}});
    return 0;
  }
  if (entries->empty()) std::printf("the audit log is empty\n");
  // Oldest of the page first, like a log.
  for (auto it = entries->rbegin(); it != entries->rend(); ++it) {
    std::printf("%s  %-12s %-6s %-22s %3d  %s%s%s\n", it->time.c_str(),
                it->key_prefix.empty() ? "-" : it->key_prefix.c_str(), it->role.empty() ? "-" : it->role.c_str(),
                it->action.c_str(), it->status, it->kb.c_str(), it->target.empty() ? "" : " ", it->target.c_str());
  }
  return 0;
}

}  // namespace wenyuan::cli
