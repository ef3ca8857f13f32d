#include "catalog/access_store.h"

#include <nlohmann/json.hpp>

namespace wenyuan::catalog {

std::vector<std::string> ParseKbList(const std::string& text) {
  std::vector<std::string> out;
  auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_array()) return out;
  for (const auto& v : j) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  return out;
}
namespace {

constexpr const char* kKeyColumns = "SELECT id, prefix, hash, name, role, kbs, created_at, revoked_at FROM api_key ";

ApiKeyRecord ReadKey(const SqliteStatement& s) {
  ApiKeyRecord k;
  k.id = s.ColumnInt(0);
  k.prefix = s.ColumnText(1);
  k.hash = s.ColumnText(2);
  k.name = s.ColumnText(3);
  k.role = s.ColumnText(4);
  k.kbs = ParseKbList(s.ColumnText(5));
  k.created_at = s.ColumnText(6);
  k.revoked_at = s.ColumnText(7);
  return k;
}

AuditEntry ReadAuditEntry(const SqliteStatement& s) {
  AuditEntry e;
  e.id = s.ColumnInt(0);
  e.time = s.ColumnText(1);
  e.key_prefix = s.ColumnText(2);
  e.role = s.ColumnText(3);
  e.action = s.ColumnText(4);
  e.kb = s.ColumnText(5);
  e.target = s.ColumnText(6);
  e.status = static_cast<int>(s.ColumnInt(7));
  e.remote = s.ColumnText(8);
  return e;
}

}  // namespace

Result<int64_t> InsertApiKey(Catalog& catalog, const ApiKeyRecord& key) {
  WY_ASSIGN_OR_RETURN(auto stmt,
                      SqliteStatement::Prepare(catalog.db(),
                                               "INSERT INTO api_key (prefix, hash, name, role, kbs, created_at)"
                                               " VALUES (?, ?, ?, ?, ?, ?)"));
  nlohmann::json kbs = key.kbs;
  stmt.Bind(1, key.prefix).Bind(2, key.hash).Bind(3, key.name).Bind(4, key.role).Bind(5, kbs.dump());
  stmt.Bind(6, key.created_at.empty() ? IsoNowUtc() : key.created_at);
  WY_RETURN_IF_ERROR(stmt.Run());
  return catalog.db().LastInsertRowId();
}

Result<std::vector<ApiKeyRecord>> ListApiKeys(Catalog& catalog) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(catalog.db(), std::string(kKeyColumns) + "ORDER BY id"));
  return stmt.ReadRows(ReadKey);
}

Result<std::optional<ApiKeyRecord>> FindActiveApiKeyByHash(Catalog& catalog, const std::string& hash) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(
                                     catalog.db(), std::string(kKeyColumns) + "WHERE hash = ? AND revoked_at = ''"));
  stmt.Bind(1, hash);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<ApiKeyRecord>();
  return std::optional<ApiKeyRecord>(ReadKey(stmt));
}

Result<ApiKeyRecord> GetApiKey(Catalog& catalog, int64_t id) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(catalog.db(), std::string(kKeyColumns) + "WHERE id = ?"));
  stmt.Bind(1, id);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Status::NotFound("no API key with id " + std::to_string(id));
  return ReadKey(stmt);
}

Result<ApiKeyRecord> RevokeApiKey(Catalog& catalog, const std::string& id_or_prefix) {
  bool numeric = !id_or_prefix.empty() && id_or_prefix.size() <= 18 &&
                 id_or_prefix.find_first_not_of("0123456789") == std::string::npos;
  WY_ASSIGN_OR_RETURN(auto find,
                      SqliteStatement::Prepare(catalog.db(), std::string(kKeyColumns) + "WHERE id = ? OR prefix = ?"));
  find.Bind(1, static_cast<int64_t>(numeric ? std::stoll(id_or_prefix) : -1)).Bind(2, id_or_prefix);
  WY_ASSIGN_OR_RETURN(std::vector<ApiKeyRecord> found, find.ReadRows(ReadKey));
  if (found.empty()) return Status::NotFound("no API key with id or prefix '" + id_or_prefix + "'");
  if (found.size() > 1) return Status::InvalidArgument("'" + id_or_prefix + "' names more than one key; use the id");
  ApiKeyRecord key = found[0];
  if (!key.revoked_at.empty()) return key;
  key.revoked_at = IsoNowUtc();
  WY_ASSIGN_OR_RETURN(auto stmt,
                      SqliteStatement::Prepare(catalog.db(), "UPDATE api_key SET revoked_at = ? WHERE id = ?"));
  WY_RETURN_IF_ERROR(stmt.Bind(1, key.revoked_at).Bind(2, key.id).Run());
  return key;
}

Result<int64_t> CountActiveApiKeys(Catalog& catalog) {
  WY_ASSIGN_OR_RETURN(auto stmt,
                      SqliteStatement::Prepare(catalog.db(), "SELECT COUNT(*) FROM api_key WHERE revoked_at = ''"));
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  return row ? stmt.ColumnInt(0) : 0;
}

Status AppendAudit(Catalog& catalog, const AuditEntry& e) {
  WY_ASSIGN_OR_RETURN(
      auto stmt, SqliteStatement::Prepare(catalog.db(),
                                          "INSERT INTO audit_log (time, key_prefix, role, action, kb, target, status,"
                                          " remote) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
  stmt.Bind(1, e.time.empty() ? IsoNowUtc() : e.time).Bind(2, e.key_prefix).Bind(3, e.role).Bind(4, e.action);
  stmt.Bind(5, e.kb).Bind(6, e.target).Bind(7, int64_t{e.status}).Bind(8, e.remote);
  return stmt.Run();
}

namespace {

// " WHERE ..." for the filter; its values, in placeholder order, go to `values`.
std::string AuditWhere(const AuditFilter& f, std::vector<std::string>& values) {
  std::string where;
  auto add = [&](const char* clause, const std::string& value) {
    if (value.empty()) return;
    where += std::string(where.empty() ? " WHERE " : " AND ") + clause;
    values.push_back(value);
  };
  add("instr(action, ?) = 1", f.action);
  add("key_prefix = ?", f.actor);
  add("kb = ?", f.kb);
  add("time >= ?", f.since);
  add("time < ?", f.until);
  if (f.refused) where += std::string(where.empty() ? " WHERE " : " AND ") + "status IN (401, 403)";
  return where;
}

}  // namespace

Result<std::vector<AuditEntry>> ListAudit(Catalog& catalog, int64_t limit, int64_t offset, const AuditFilter& filter) {
  std::vector<std::string> values;
  const std::string where = AuditWhere(filter, values);
  WY_ASSIGN_OR_RETURN(auto stmt,
                      SqliteStatement::Prepare(catalog.db(),
                                               "SELECT id, time, key_prefix, role, action, kb, target, status,"
                                               " remote FROM audit_log" +
                                                   where + " ORDER BY id DESC LIMIT ? OFFSET ?"));
  int i = 1;
  for (const auto& v : values) stmt.Bind(i++, v);
  stmt.Bind(i, limit).Bind(i + 1, offset);
  return stmt.ReadRows(ReadAuditEntry);
}

Result<int64_t> CountAudit(Catalog& catalog, const AuditFilter& filter) {
  std::vector<std::string> values;
  const std::string where = AuditWhere(filter, values);
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(catalog.db(), "SELECT COUNT(*) FROM audit_log" + where));
  int i = 1;
  for (const auto& v : values) stmt.Bind(i++, v);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  return row ? stmt.ColumnInt(0) : 0;
}

}  // namespace wenyuan::catalog
