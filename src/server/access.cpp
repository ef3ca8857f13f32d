#include "server/access.h"

#include <algorithm>

#include "catalog/catalog.h"

namespace wenyuan::server {

Result<Role> ParseRole(std::string_view name) {
  if (name == "admin") return Role::kAdmin;
  if (name == "editor") return Role::kEditor;
  if (name == "reader") return Role::kReader;
  return Status::InvalidArgument("role must be admin, editor or reader, not '" + std::string(name) + "'");
}

const char* RoleName(Role role) {
  switch (role) {
    case Role::kAdmin:
      return "admin";
    case Role::kEditor:
      return "editor";
    case Role::kReader:
      return "reader";
    case Role::kNone:
      break;
  }
  return "";
}

bool Principal::CoversKb(const std::string& kb) const {
  return std::any_of(kbs.begin(), kbs.end(), [&](const std::string& k) { return k == "*" || k == kb; });
}

Status ValidateKeyGrant(Role role, const std::vector<std::string>& kbs) {
  if (role == Role::kNone) return Status::InvalidArgument("a key needs a role");
  if (role != Role::kAdmin && kbs.empty()) {
    return Status::InvalidArgument(std::string(RoleName(role)) +
                                   " keys need at least one knowledge base (--kb NAME, or --kb '*' for all)");
  }
  for (const auto& kb : kbs) {
    if (kb == "*") continue;
    WY_RETURN_IF_ERROR(catalog::Catalog::ValidateKbName(kb));
  }
  return Status::Ok();
}

}  // namespace wenyuan::server
