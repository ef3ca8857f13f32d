// Staff accounts: what `wenyuan user add|list|passwd|disable` and the
// /api/users and /api/session routes share. A user name is 1-64 characters
// of A-Z a-z 0-9 . _ @ - starting with a letter or digit (so it can be put
// into an LDAP DN template as is). Signing in with a name and password tries
// the local account first; a name with no local account (or a directory
// account) goes to the LDAP directory when one is configured. The lock-out
// policy (server/lockout_policy.h) applies to every account Wenyuan has a
// row for. Also here: who a session or key is (a Principal), whether the
// server has any credentials at all (none: open mode), and the audit entry
// for changes made on the command line.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "catalog/access_store.h"
#include "catalog/user_store.h"
#include "server/access.h"
#include "server/ldap_directory.h"
#include "server/lockout_policy.h"
#include "server/session_store.h"
#include "util/status.h"

namespace wenyuan::server {

Status ValidateUserName(std::string_view name);
// Validates name, password and grant, hashes the password and stores the account.
Result<catalog::UserRecord> CreateLocalUser(catalog::Catalog& catalog, const std::string& name,
                                            const std::string& password, Role role, std::vector<std::string> kbs);
// NotFound naming the user.
Result<catalog::UserRecord> GetUserByName(catalog::Catalog& catalog, const std::string& name);
// A new password for a local account (clears its failures and lock);
// InvalidArgument for a directory account.
Status SetLocalPassword(catalog::Catalog& catalog, const catalog::UserRecord& user, const std::string& password);
// Validates and stores a new role and KB list (admins get "*").
Status SetUserRole(catalog::Catalog& catalog, const catalog::UserRecord& user, Role role, std::vector<std::string> kbs);

Principal PrincipalForKey(const catalog::ApiKeyRecord& key);
Principal PrincipalForUser(const catalog::UserRecord& user);
// Who owns a session: nobody (role kNone) once the key is revoked or the
// account disabled.
Result<Principal> PrincipalForSession(catalog::Catalog& catalog, SessionOwner owner);
// False when there is no active key, no enabled account and no directory:
// then the server runs in open mode.
Result<bool> AnyCredentials(catalog::Catalog& catalog, const LdapConfig& ldap);

enum class SignInOutcome { kSignedIn, kWrongPassword, kLocked, kDisabled, kNoRole, kDirectoryDown };

struct SignInResult {
  SignInOutcome outcome = SignInOutcome::kWrongPassword;
  catalog::UserRecord user;         // with kSignedIn
  int64_t retry_after_seconds = 0;  // with kLocked
  std::string detail;               // for the log, never for the caller
};

// Checks a name and password at `now` (Unix seconds), counting failures and
// locking per `policy`. A directory user is given (or refreshed in) a row
// with the role their groups map to.
Result<SignInResult> SignInWithPassword(catalog::Catalog& catalog, const LockoutPolicy& policy, const LdapConfig& ldap,
                                        const std::string& name, const std::string& password, int64_t now);

// Appends an audit entry for an account or key change made with the CLI:
// actor "cli:OS-USER", role "admin", remote "local", status 200.
Status AuditCliChange(catalog::Catalog& catalog, const std::string& action, const std::string& target);

}  // namespace wenyuan::server
