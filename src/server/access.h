// Who a caller is and what it may do. Roles: admin (every KB, KB and key
// management), editor (read, plus upload/delete/re-ingest in its KBs),
// reader (search, ask, list and get in its KBs). A key's or staff account's
// KB list may hold "*" for every KB. In open mode (no API key, no staff
// account and no directory configured; loopback only) every caller is an
// implicit local admin.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "util/status.h"

namespace wenyuan::server {

enum class Role { kNone, kReader, kEditor, kAdmin };

Result<Role> ParseRole(std::string_view name);
const char* RoleName(Role role);

struct Principal {
  Role role = Role::kNone;       // kNone: not signed in
  int64_t key_id = 0;            // 0 in open mode or when anonymous
  std::string key_prefix;        // "open" in open mode; "user:NAME" for a staff account
  std::vector<std::string> kbs;  // "*" for all
  bool open_mode = false;
  int64_t user_id = 0;  // the staff account signed in, 0 for keys
  std::string user;     // its name

  bool signed_in() const { return role != Role::kNone; }
  bool admin() const { return role == Role::kAdmin; }
  bool CoversKb(const std::string& kb) const;
  bool CanRead(const std::string& kb) const { return admin() || (signed_in() && CoversKb(kb)); }
  bool CanEdit(const std::string& kb) const { return admin() || (role == Role::kEditor && CoversKb(kb)); }
};

// Checks a new key's role and KB list: editors and readers need at least
// one KB ("*" for all); each name must be a valid KB name or "*".
Status ValidateKeyGrant(Role role, const std::vector<std::string>& kbs);

}  // namespace wenyuan::server
