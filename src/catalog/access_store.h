// The catalog's access-control tables: API keys (only a SHA-256 hash of a
// key and a short public prefix are stored, never the key) and the audit log
// (who did what, when). Free functions over a Catalog's connection; each
// write is a single statement, so it is atomic on its own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "util/utc_time.h"

namespace wenyuan::catalog {

// The KB list that keys and staff accounts store (a JSON array of names);
// anything else reads as no KB.
std::vector<std::string> ParseKbList(const std::string& json_array);

struct ApiKeyRecord {
  int64_t id = 0;
  std::string prefix;  // public: "wy_" + the key's first 8 characters after it
  std::string hash;    // SHA-256 hex of the whole key
  std::string name;
  std::string role;              // "admin", "editor", "reader"
  std::vector<std::string> kbs;  // KB names; "*" means every KB
  std::string created_at;        // ISO 8601 UTC
  std::string revoked_at;        // empty while the key is valid
};

struct AuditEntry {
  int64_t id = 0;
  std::string time;        // ISO 8601 UTC; filled in by AppendAudit when empty
  std::string key_prefix;  // empty for anonymous callers; "open" in open mode
  std::string role;
  std::string action;  // e.g. "kb.create", "document.upload", "search"
  std::string kb;
  std::string target;
  int status = 0;      // the HTTP status answered
  std::string remote;  // the caller's address
};

// The current time as ISO 8601 UTC (util/utc_time.h), under the name the
// server's callers use.
using ::wenyuan::IsoNowUtc;

Result<int64_t> InsertApiKey(Catalog& catalog, const ApiKeyRecord& key);
Result<std::vector<ApiKeyRecord>> ListApiKeys(Catalog& catalog);
// The valid (not revoked) key with this hash, if any.
Result<std::optional<ApiKeyRecord>> FindActiveApiKeyByHash(Catalog& catalog, const std::string& hash);
Result<ApiKeyRecord> GetApiKey(Catalog& catalog, int64_t id);
// Revokes the key whose id or prefix is `id_or_prefix`; NotFound if none,
// InvalidArgument if a prefix matches more than one key.
Result<ApiKeyRecord> RevokeApiKey(Catalog& catalog, const std::string& id_or_prefix);
// Keys not revoked: with none (and no staff accounts), the server runs in
// open mode.
Result<int64_t> CountActiveApiKeys(Catalog& catalog);

// Which audit entries to list; empty fields match everything.
struct AuditFilter {
  std::string action;    // entries whose action starts with this ("key." for every key change)
  std::string actor;     // key_prefix exactly ("wy_1234abcd", "user:ana", "cli:root")
  std::string kb;        // exactly
  std::string since;     // time >= since (ISO 8601 UTC, or a prefix such as "2026-12-04")
  std::string until;     // time < until
  bool refused = false;  // only 401 and 403 answers
};

Status AppendAudit(Catalog& catalog, const AuditEntry& entry);
// Newest first.
Result<std::vector<AuditEntry>> ListAudit(Catalog& catalog, int64_t limit, int64_t offset,
                                          const AuditFilter& filter = {});
Result<int64_t> CountAudit(Catalog& catalog, const AuditFilter& filter = {});

}  // namespace wenyuan::catalog
