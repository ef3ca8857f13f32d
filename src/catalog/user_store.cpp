#include "catalog/user_store.h"

#include <functional>
#include <nlohmann/json.hpp>

#include "catalog/access_store.h"
#include "util/utc_time.h"

namespace wenyuan::catalog {
namespace {

constexpr const char* kUserColumns =
    "SELECT id, name, password_hash, source, role, kbs, created_at, disabled_at, failed_sign_ins, locked_until,"
    " last_sign_in FROM user_account ";

UserRecord ReadUser(const SqliteStatement& s) {
  UserRecord u;
  u.id = s.ColumnInt(0);
  u.name = s.ColumnText(1);
  u.password_hash = s.ColumnText(2);
  u.source = s.ColumnText(3);
  u.role = s.ColumnText(4);
  u.kbs = ParseKbList(s.ColumnText(5));
  u.created_at = s.ColumnText(6);
  u.disabled_at = s.ColumnText(7);
  u.failed_sign_ins = s.ColumnInt(8);
  u.locked_until = s.ColumnInt(9);
  u.last_sign_in = s.ColumnText(10);
  return u;
}

Status UpdateOne(Catalog& catalog, int64_t id, const std::string& sql,
                 const std::function<void(SqliteStatement&)>& bind) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(catalog.db(), sql));
  bind(stmt);
  WY_RETURN_IF_ERROR(stmt.Run());
  if (catalog.db().Changes() == 0) return Status::NotFound("no user with id " + std::to_string(id));
  return Status::Ok();
}

}  // namespace

Result<int64_t> InsertUser(Catalog& catalog, const UserRecord& user) {
  WY_ASSIGN_OR_RETURN(auto found, FindUserByName(catalog, user.name));
  if (found) return Status::AlreadyExists("a user named '" + user.name + "' exists already");
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(catalog.db(),
                                                          "INSERT INTO user_account (name, password_hash, source, role,"
                                                          " kbs, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
  nlohmann::json kbs = user.kbs;
  stmt.Bind(1, user.name).Bind(2, user.password_hash).Bind(3, user.source).Bind(4, user.role).Bind(5, kbs.dump());
  stmt.Bind(6, user.created_at.empty() ? IsoNowUtc() : user.created_at);
  WY_RETURN_IF_ERROR(stmt.Run());
  return catalog.db().LastInsertRowId();
}

Result<std::vector<UserRecord>> ListUsers(Catalog& catalog) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(catalog.db(), std::string(kUserColumns) + "ORDER BY name"));
  return stmt.ReadRows(ReadUser);
}

Result<std::optional<UserRecord>> FindUserByName(Catalog& catalog, const std::string& name) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(catalog.db(), std::string(kUserColumns) + "WHERE name = ?"));
  stmt.Bind(1, name);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return std::optional<UserRecord>();
  return std::optional<UserRecord>(ReadUser(stmt));
}

Result<UserRecord> GetUser(Catalog& catalog, int64_t id) {
  WY_ASSIGN_OR_RETURN(auto stmt, SqliteStatement::Prepare(catalog.db(), std::string(kUserColumns) + "WHERE id = ?"));
  stmt.Bind(1, id);
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Status::NotFound("no user with id " + std::to_string(id));
  return ReadUser(stmt);
}

Status SetUserPassword(Catalog& catalog, int64_t id, const std::string& password_hash) {
  return UpdateOne(catalog, id,
                   "UPDATE user_account SET password_hash = ?, failed_sign_ins = 0, locked_until = 0 WHERE id = ?",
                   [&](SqliteStatement& s) { s.Bind(1, password_hash).Bind(2, id); });
}

Status SetUserGrant(Catalog& catalog, int64_t id, const std::string& role, const std::vector<std::string>& kbs) {
  nlohmann::json list = kbs;
  return UpdateOne(catalog, id, "UPDATE user_account SET role = ?, kbs = ? WHERE id = ?",
                   [&](SqliteStatement& s) { s.Bind(1, role).Bind(2, list.dump()).Bind(3, id); });
}

Status SetUserDisabled(Catalog& catalog, int64_t id, bool disabled) {
  return UpdateOne(catalog, id, "UPDATE user_account SET disabled_at = ? WHERE id = ?",
                   [&](SqliteStatement& s) { s.Bind(1, disabled ? IsoNowUtc() : std::string()).Bind(2, id); });
}

Status RecordSignInFailure(Catalog& catalog, int64_t id, int64_t failed_sign_ins, int64_t locked_until) {
  return UpdateOne(catalog, id, "UPDATE user_account SET failed_sign_ins = ?, locked_until = ? WHERE id = ?",
                   [&](SqliteStatement& s) { s.Bind(1, failed_sign_ins).Bind(2, locked_until).Bind(3, id); });
}

Status RecordSignInSuccess(Catalog& catalog, int64_t id) {
  return UpdateOne(catalog, id,
                   "UPDATE user_account SET failed_sign_ins = 0, locked_until = 0, last_sign_in = ? WHERE id = ?",
                   [&](SqliteStatement& s) { s.Bind(1, IsoNowUtc()).Bind(2, id); });
}

Result<int64_t> CountActiveUsers(Catalog& catalog) {
  WY_ASSIGN_OR_RETURN(
      auto stmt, SqliteStatement::Prepare(catalog.db(), "SELECT COUNT(*) FROM user_account WHERE disabled_at = ''"));
  WY_ASSIGN_OR_RETURN(bool row, stmt.Step());
  return row ? stmt.ColumnInt(0) : 0;
}

}  // namespace wenyuan::catalog
