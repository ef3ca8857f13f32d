#include "server/api_keys.h"

#include <openssl/rand.h>

#include "util/sha256.h"

namespace wenyuan::server {

Result<std::string> RandomHex(size_t bytes) {
  std::string raw(bytes, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), static_cast<int>(bytes)) != 1) {
    return Status::Internal("api_keys: the system random generator failed");
  }
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : raw) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

std::string HashApiKey(std::string_view key) { return Sha256Hex(key); }

std::string ApiKeyPrefix(std::string_view key) { return std::string(key.substr(0, 11)); }

bool LooksLikeApiKey(std::string_view key) {
  return key.size() == 43 && key.starts_with("wy_") &&
         key.find_first_not_of("0123456789abcdef", 3) == std::string_view::npos;
}

Result<NewApiKey> CreateApiKey(catalog::Catalog& catalog, Role role, std::vector<std::string> kbs, std::string name) {
  WY_RETURN_IF_ERROR(ValidateKeyGrant(role, kbs));
  if (name.size() > 200) return Status::InvalidArgument("a key's name must be at most 200 bytes");
  if (role == Role::kAdmin) kbs = {"*"};
  NewApiKey out;
  WY_ASSIGN_OR_RETURN(std::string hex, RandomHex(20));
  out.key = "wy_" + hex;
  out.record.prefix = ApiKeyPrefix(out.key);
  out.record.hash = HashApiKey(out.key);
  out.record.name = std::move(name);
  out.record.role = RoleName(role);
  out.record.kbs = std::move(kbs);
  out.record.created_at = catalog::IsoNowUtc();
  WY_ASSIGN_OR_RETURN(out.record.id, catalog::InsertApiKey(catalog, out.record));
  return out;
}

}  // namespace wenyuan::server
