// `wenyuan user add|list|passwd|disable|enable|role`: staff accounts that
// sign in to the web UI with a name and password (directory accounts appear
// after their first sign-in). Passwords are read from standard input, one
// line, never from the command line; only an argon2id hash is stored. Every
// change is written to the audit log as done by "cli:OS-USER".
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

#include "catalog/user_store.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "server/api_views.h"
#include "server/user_accounts.h"

namespace wenyuan::cli {
namespace {

constexpr const char* kUsage =
    "usage: wenyuan user add NAME --role admin|editor|reader [--kb KB]... (password on stdin) | user list [--json] | "
    "user passwd NAME (password on stdin) | user disable NAME | user enable NAME | "
    "user role NAME --role R [--kb KB]...";

std::string JoinKbs(const std::vector<std::string>& kbs) {
  std::string out;
  for (const auto& kb : kbs) out += (out.empty() ? "" : ",") + kb;
  return out.empty() ? "-" : out;
}

// One line of standard input without its line ending; a prompt on stderr
// when it is a terminal.
Result<std::string> ReadPassword(const std::string& name) {
  if (isatty(STDIN_FILENO)) std::fprintf(stderr, "password for %s: ", name.c_str());
  std::string line;
  if (!std::getline(std::cin, line)) {
    return Status::InvalidArgument("no password on standard input (pipe it in: echo PASSWORD | wenyuan user ...)");
  }
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.pop_back();
  return line;
}

Result<server::Role> RoleFlag(const CommandContext& ctx) {
  auto role_name = ctx.args.Value("--role");
  if (!role_name) return Status::InvalidArgument("--role admin|editor|reader is required");
  return server::ParseRole(*role_name);
}

int Audited(catalog::Catalog& catalog, const std::string& action, const std::string& name) {
  if (Status s = server::AuditCliChange(catalog, action, "user:" + name); !s.ok()) return Fail(s);
  return 0;
}

}  // namespace

int RunUserCommand(const CommandContext& ctx) {
  const auto& pos = ctx.args.positional;
  if (pos.size() < 2) return UsageError(kUsage);
  const std::string& verb = pos[1];
  auto opened = catalog::Catalog::Open(ctx.data_dir);
  if (!opened.ok()) return Fail(opened.status());
  catalog::Catalog& catalog = **opened;

  if (verb == "list" && pos.size() == 2) {
    auto users = catalog::ListUsers(catalog);
    if (!users.ok()) return Fail(users.status());
    if (ctx.args.Has("--json")) {
      nlohmann::json list = nlohmann::json::array();
      for (const auto& u : *users) list.push_back(server::UserJson(u));
      PrintJson({{"users", list}});
      return 0;
    }
    if (users->empty()) std::printf("no staff accounts (add one with: wenyuan user add NAME --role R)\n");
    for (const auto& u : *users) {
      std::printf("%4lld  %-20s %-5s %-7s %-24s created %s%s%s\n", static_cast<long long>(u.id), u.name.c_str(),
                  u.source.c_str(), u.role.c_str(), JoinKbs(u.kbs).c_str(), u.created_at.c_str(),
                  u.disabled() ? ("  DISABLED " + u.disabled_at).c_str() : "",
                  u.failed_sign_ins > 0 ? ("  failed sign-ins " + std::to_string(u.failed_sign_ins)).c_str() : "");
    }
    return 0;
  }
  if (pos.size() != 3) return UsageError(kUsage);
  const std::string& name = pos[2];
  if (verb == "add") {
    auto role = RoleFlag(ctx);
    if (!role.ok()) return UsageError(role.status().message());
    if (Status s = server::ValidateUserName(name); !s.ok()) return UsageError(s.message());
    auto password = ReadPassword(name);
    if (!password.ok()) return Fail(password.status());
    auto user = server::CreateLocalUser(catalog, name, *password, *role, ctx.args.Values("--kb"));
    if (!user.ok()) return Fail(user.status());
    if (int rc = Audited(catalog, "user.create", name); rc != 0) return rc;
    std::printf("created user %s (id %lld), role %s, knowledge bases %s\n", user->name.c_str(),
                static_cast<long long>(user->id), user->role.c_str(), JoinKbs(user->kbs).c_str());
    return 0;
  }
  auto user = server::GetUserByName(catalog, name);
  if (!user.ok()) return Fail(user.status());
  if (verb == "passwd") {
    auto password = ReadPassword(name);
    if (!password.ok()) return Fail(password.status());
    if (Status s = server::SetLocalPassword(catalog, *user, *password); !s.ok()) return Fail(s);
    if (int rc = Audited(catalog, "user.passwd", name); rc != 0) return rc;
    std::printf("changed the password of %s (failed sign-ins and any lock cleared)\n", name.c_str());
    return 0;
  }
  if (verb == "disable" || verb == "enable") {
    if (Status s = catalog::SetUserDisabled(catalog, user->id, verb == "disable"); !s.ok()) return Fail(s);
    if (int rc = Audited(catalog, "user." + verb, name); rc != 0) return rc;
    std::printf("%s %s\n", verb == "disable" ? "disabled" : "enabled", name.c_str());
    return 0;
  }
  if (verb == "role") {
    auto role = RoleFlag(ctx);
    if (!role.ok()) return UsageError(role.status().message());
    if (Status s = server::SetUserRole(catalog, *user, *role, ctx.args.Values("--kb")); !s.ok()) return Fail(s);
    if (int rc = Audited(catalog, "user.role", name); rc != 0) return rc;
    std::printf("%s is now %s\n", name.c_str(), server::RoleName(*role));
    return 0;
  }
  return UsageError(kUsage);
}

}  // namespace wenyuan::cli
