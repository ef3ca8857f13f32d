#include "server/user_accounts.h"

#include <pwd.h>
#include <unistd.h>

#include <cctype>
#include <optional>

#include "server/password_hash.h"

namespace wenyuan::server {
namespace {

std::string OsUserName() {
  if (const passwd* pw = getpwuid(geteuid()); pw != nullptr && pw->pw_name != nullptr) return pw->pw_name;
  return std::to_string(geteuid());
}

Status StoreDirectoryUser(catalog::Catalog& catalog, const std::string& name, const DirectoryGrant& grant,
                          std::optional<catalog::UserRecord>& row) {
  if (!row) {
    catalog::UserRecord u;
    u.name = name;
    u.source = "ldap";
    u.role = RoleName(grant.role);
    u.kbs = grant.kbs;
    WY_ASSIGN_OR_RETURN(u.id, catalog::InsertUser(catalog, u));
    row = u;
    return Status::Ok();
  }
  WY_RETURN_IF_ERROR(catalog::SetUserGrant(catalog, row->id, RoleName(grant.role), grant.kbs));
  row->role = RoleName(grant.role);
  row->kbs = grant.kbs;
  return Status::Ok();
}

// Checks the password against a fixed hash, so that an unknown name costs
// as much time as a wrong password and names cannot be told apart by it.
void SpendVerifyTime(const std::string& password) {
  static const std::string dummy = [] {
    auto hash = HashPassword("wenyuan: no such account");
    return hash.ok() ? *hash : std::string();
  }();
  (void)VerifyPassword(dummy, password);
}

}  // namespace

Status ValidateUserName(std::string_view name) {
  if (name.empty() || name.size() > 64) return Status::InvalidArgument("a user name must be 1-64 characters");
  if (!std::isalnum(static_cast<unsigned char>(name[0]))) {
    return Status::InvalidArgument("user name '" + std::string(name) + "' must start with a letter or digit");
  }
  for (unsigned char c : name) {
    if (!std::isalnum(c) && c != '.' && c != '_' && c != '@' && c != '-') {
      return Status::InvalidArgument("user name '" + std::string(name) + "' may hold only letters, digits and . _ @ -");
    }
  }
  return Status::Ok();
}

Result<catalog::UserRecord> CreateLocalUser(catalog::Catalog& catalog, const std::string& name,
                                            const std::string& password, Role role, std::vector<std::string> kbs) {
  WY_RETURN_IF_ERROR(ValidateUserName(name));
  WY_RETURN_IF_ERROR(ValidateKeyGrant(role, kbs));
  if (role == Role::kAdmin) kbs = {"*"};
  catalog::UserRecord u;
  u.name = name;
  u.source = "local";
  u.role = RoleName(role);
  u.kbs = std::move(kbs);
  u.created_at = catalog::IsoNowUtc();
  WY_ASSIGN_OR_RETURN(u.password_hash, HashPassword(password));
  WY_ASSIGN_OR_RETURN(u.id, catalog::InsertUser(catalog, u));
  return u;
}

Result<catalog::UserRecord> GetUserByName(catalog::Catalog& catalog, const std::string& name) {
  WY_ASSIGN_OR_RETURN(auto found, catalog::FindUserByName(catalog, name));
  if (!found) return Status::NotFound("no user named '" + name + "'");
  return *found;
}

Status SetLocalPassword(catalog::Catalog& catalog, const catalog::UserRecord& user, const std::string& password) {
  if (user.source != "local") {
    return Status::InvalidArgument("'" + user.name + "' signs in through the directory; change the password there");
  }
  WY_ASSIGN_OR_RETURN(std::string hash, HashPassword(password));
  return catalog::SetUserPassword(catalog, user.id, hash);
}

Status SetUserRole(catalog::Catalog& catalog, const catalog::UserRecord& user, Role role,
                   std::vector<std::string> kbs) {
  WY_RETURN_IF_ERROR(ValidateKeyGrant(role, kbs));
  if (role == Role::kAdmin) kbs = {"*"};
  return catalog::SetUserGrant(catalog, user.id, RoleName(role), kbs);
}

Principal PrincipalForKey(const catalog::ApiKeyRecord& key) {
  Principal p;
  auto role = ParseRole(key.role);
  p.role = role.ok() ? *role : Role::kNone;
  p.key_id = key.id;
  p.key_prefix = key.prefix;
  p.kbs = key.kbs;
  return p;
}

Principal PrincipalForUser(const catalog::UserRecord& user) {
  Principal p;
  auto role = ParseRole(user.role);
  p.role = role.ok() && !user.disabled() ? *role : Role::kNone;
  p.user_id = user.id;
  p.user = user.name;
  p.key_prefix = "user:" + user.name;
  p.kbs = user.kbs;
  return p;
}

Result<Principal> PrincipalForSession(catalog::Catalog& catalog, SessionOwner owner) {
  if (owner.kind == SessionOwner::Kind::kUser) {
    auto user = catalog::GetUser(catalog, owner.id);
    if (user.ok()) return PrincipalForUser(*user);
    if (user.status().code() == StatusCode::kNotFound) return Principal{};
    return user.status();
  }
  auto key = catalog::GetApiKey(catalog, owner.id);
  if (key.ok()) return key->revoked_at.empty() ? PrincipalForKey(*key) : Principal{};
  if (key.status().code() == StatusCode::kNotFound) return Principal{};
  return key.status();
}

Result<bool> AnyCredentials(catalog::Catalog& catalog, const LdapConfig& ldap) {
  if (ldap.enabled()) return true;
  WY_ASSIGN_OR_RETURN(int64_t keys, catalog::CountActiveApiKeys(catalog));
  if (keys > 0) return true;
  WY_ASSIGN_OR_RETURN(int64_t users, catalog::CountActiveUsers(catalog));
  return users > 0;
}

Result<SignInResult> SignInWithPassword(catalog::Catalog& catalog, const LockoutPolicy& policy, const LdapConfig& ldap,
                                        const std::string& name, const std::string& password, int64_t now) {
  SignInResult out;
  if (!ValidateUserName(name).ok() || password.size() > kMaxPasswordBytes) return out;  // wrong
  WY_ASSIGN_OR_RETURN(std::optional<catalog::UserRecord> row, catalog::FindUserByName(catalog, name));
  if (row && IsLocked(*row, now)) {
    out.outcome = SignInOutcome::kLocked;
    out.retry_after_seconds = SecondsLocked(*row, now);
    return out;
  }
  auto fail = [&]() -> Result<SignInResult> {
    if (row) {
      FailedSignIn f = AfterFailedSignIn(*row, now, policy);
      WY_RETURN_IF_ERROR(catalog::RecordSignInFailure(catalog, row->id, f.failed_sign_ins, f.locked_until));
      out.user = *row;
    }
    out.outcome = SignInOutcome::kWrongPassword;
    return out;
  };
  const bool local = row && row->source == "local";
  if (local) {
    if (!VerifyPassword(row->password_hash, password)) return fail();
  } else if (ldap.enabled()) {
    DirectorySignIn d = LdapSignIn(ldap, name, password);
    if (d.outcome == DirectoryOutcome::kUnavailable) {
      out.outcome = SignInOutcome::kDirectoryDown;
      out.detail = d.detail;
      return out;
    }
    if (d.outcome == DirectoryOutcome::kWrongPassword) return fail();
    if (d.grant.role == Role::kNone) {
      out.outcome = SignInOutcome::kNoRole;
      out.detail = "'" + name + "' (" + d.dn + ") is in no group that ldap.group.NAME maps to a role";
      return out;
    }
    WY_RETURN_IF_ERROR(StoreDirectoryUser(catalog, name, d.grant, row));
  } else {
    SpendVerifyTime(password);
    return fail();
  }
  if (row->disabled()) {
    out.outcome = SignInOutcome::kDisabled;
    return out;
  }
  WY_RETURN_IF_ERROR(catalog::RecordSignInSuccess(catalog, row->id));
  out.outcome = SignInOutcome::kSignedIn;
  out.user = *row;
  return out;
}

Status AuditCliChange(catalog::Catalog& catalog, const std::string& action, const std::string& target) {
  catalog::AuditEntry entry;
  entry.key_prefix = "cli:" + OsUserName();
  entry.role = "admin";
  entry.action = action;
  entry.target = target;
  entry.status = 200;
  entry.remote = "local";
  return catalog::AppendAudit(catalog, entry);
}

}  // namespace wenyuan::server
