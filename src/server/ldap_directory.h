// Directory sign-in over LDAP (OpenLDAP, Active Directory): a simple bind as
// the user (the DN made from a template, e.g. "uid={user},ou=people,
// dc=example,dc=org", or an Active Directory "{user}@corp.example"), then a
// search for the groups the user is a member of, mapped to a Wenyuan role
// and knowledge bases by `ldap.group.CN = ROLE [KB,KB...]` and
// `ldap.group_dn = DN ; ROLE [KB,KB...]` settings (the highest role wins; KB
// lists add up). A user in no mapped group is refused.
// The directory's password is never stored. Each sign-in opens and closes its
// own connection, so this is thread-safe. See docs/configuration.md.
#pragma once

#include <string>
#include <vector>

#include "server/access.h"
#include "util/status.h"

namespace wenyuan::server {

struct LdapGroupRole {
  std::string group;  // a group's full DN or its first RDN's value (its cn), case-insensitive
  Role role = Role::kNone;
  std::vector<std::string> kbs;
};

struct LdapConfig {
  std::string url;      // ldap://host:389 or ldaps://host:636; empty: directory sign-in is off
  std::string bind_dn;  // the DN (or AD user principal) to bind as; "{user}" is the name typed
  // Where and how to find the user's entry when bind_dn is not its DN (AD's
  // "{user}@domain"); empty: the bound DN is the entry.
  std::string user_base;
  std::string user_filter = "(|(uid={user})(sAMAccountName={user}))";
  std::string group_base;  // where groups are searched; empty: no groups (so no role)
  // "{dn}" is the user's entry DN, "{user}" the name; AD's nested groups:
  // "(member:1.2.840.113556.1.4.1941:={dn})".
  std::string group_filter = "(|(member={dn})(uniqueMember={dn}))";
  bool starttls = false;
  std::string ca_file;  // CA certificate(s) for ldaps:// or StartTLS
  int timeout_seconds = 5;
  std::vector<LdapGroupRole> groups;

  bool enabled() const { return !url.empty(); }
};

// Applies one `ldap.*` setting (`key` without the "ldap." prefix).
Status ApplyLdapSetting(LdapConfig& config, const std::string& key, const std::string& value);
// InvalidArgument if the URL is set without bind_dn, and the like.
Status ValidateLdapConfig(const LdapConfig& config);

struct DirectoryGrant {
  Role role = Role::kNone;  // kNone: no mapped group
  std::vector<std::string> kbs;
};
// The role and KBs the user's groups (their DNs) map to.
DirectoryGrant MapDirectoryGroups(const LdapConfig& config, const std::vector<std::string>& group_dns);

enum class DirectoryOutcome { kSignedIn, kWrongPassword, kUnavailable };

struct DirectorySignIn {
  DirectoryOutcome outcome = DirectoryOutcome::kUnavailable;
  std::string dn;                   // the user's entry
  std::vector<std::string> groups;  // DNs of the user's groups
  DirectoryGrant grant;
  std::string detail;  // why, for kUnavailable (for the log, not the caller)
};

// Binds as the user and reads their groups. `name` must already be a valid
// user name (server/user_accounts.h); an empty password is refused before
// the directory is asked (a simple bind without one is anonymous).
DirectorySignIn LdapSignIn(const LdapConfig& config, const std::string& name, const std::string& password);

// RFC 4515 escaping of a value placed in a search filter.
std::string EscapeLdapFilterValue(std::string_view value);

}  // namespace wenyuan::server
