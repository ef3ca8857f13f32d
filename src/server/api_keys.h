// API keys: making a new key, hashing one for storage and lookup. A key is
// "wy_" + 40 lower-case hex characters (160 random bits from OpenSSL's
// CSPRNG); the catalog keeps only its SHA-256 and a public prefix ("wy_" +
// the first 8 hex characters) for listing. Creating a key through here is
// what both `wenyuan key create` and `POST /api/keys` call.
#pragma once

#include <string>
#include <vector>

#include "catalog/access_store.h"
#include "server/access.h"
#include "util/status.h"

namespace wenyuan::server {

// `bytes` random bytes as lower-case hex, from RAND_bytes.
Result<std::string> RandomHex(size_t bytes);
std::string HashApiKey(std::string_view key);
std::string ApiKeyPrefix(std::string_view key);
// True if `key` has the shape of a Wenyuan key.
bool LooksLikeApiKey(std::string_view key);

struct NewApiKey {
  std::string key;  // shown once, never stored
  catalog::ApiKeyRecord record;
};

// Validates the grant, makes a key and stores its hash.
Result<NewApiKey> CreateApiKey(catalog::Catalog& catalog, Role role, std::vector<std::string> kbs, std::string name);

}  // namespace wenyuan::server
