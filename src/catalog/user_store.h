// The catalog's staff accounts: a name, an argon2id password hash (never the
// password; empty for directory accounts), a role with its knowledge bases
// (as API keys have), whether the account is disabled, and the sign-in
// failure count and lock that the server's lock-out policy keeps. Directory
// (LDAP) accounts get a row on their first sign-in so that sessions, lock-out
// and the audit log can name them; their role is refreshed from the
// directory's groups at every sign-in. Free functions over a Catalog's
// connection; each write is a single statement, so it is atomic on its own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace wenyuan::catalog {

struct UserRecord {
  int64_t id = 0;
  std::string name;
  std::string password_hash;     // libsodium's argon2id string; "" for directory accounts
  std::string source = "local";  // "local" or "ldap"
  std::string role;              // "admin", "editor", "reader"
  std::vector<std::string> kbs;  // KB names; "*" means every KB
  std::string created_at;        // ISO 8601 UTC
  std::string disabled_at;       // empty while the account may sign in
  int64_t failed_sign_ins = 0;   // failures in a row since the last success
  int64_t locked_until = 0;      // Unix seconds; 0 or past: not locked
  std::string last_sign_in;      // ISO 8601 UTC, empty before the first

  bool disabled() const { return !disabled_at.empty(); }
};

// AlreadyExists if the name is taken.
Result<int64_t> InsertUser(Catalog& catalog, const UserRecord& user);
Result<std::vector<UserRecord>> ListUsers(Catalog& catalog);
Result<std::optional<UserRecord>> FindUserByName(Catalog& catalog, const std::string& name);
Result<UserRecord> GetUser(Catalog& catalog, int64_t id);
// Replaces the hash and clears the failure count and any lock.
Status SetUserPassword(Catalog& catalog, int64_t id, const std::string& password_hash);
Status SetUserGrant(Catalog& catalog, int64_t id, const std::string& role, const std::vector<std::string>& kbs);
// Disables (stamps disabled_at) or enables the account.
Status SetUserDisabled(Catalog& catalog, int64_t id, bool disabled);
Status RecordSignInFailure(Catalog& catalog, int64_t id, int64_t failed_sign_ins, int64_t locked_until);
// Clears the failure count and lock and stamps last_sign_in.
Status RecordSignInSuccess(Catalog& catalog, int64_t id);
// Accounts that are not disabled: with none (and no keys) the server runs
// in open mode.
Result<int64_t> CountActiveUsers(Catalog& catalog);

}  // namespace wenyuan::catalog
