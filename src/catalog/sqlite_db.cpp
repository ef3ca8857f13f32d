#include "catalog/sqlite_db.h"

namespace wenyuan::catalog {

Result<std::unique_ptr<SqliteDb>> SqliteDb::Open(const std::string& path) {
  sqlite3* raw = nullptr;
  int rc =
      sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  std::unique_ptr<SqliteDb> db(new SqliteDb(raw, path));
  if (rc != SQLITE_OK) return db->Error("cannot open");
  sqlite3_busy_timeout(raw, 10000);
  sqlite3_extended_result_codes(raw, 1);
  WY_RETURN_IF_ERROR(db->Exec("PRAGMA journal_mode=WAL"));
  WY_RETURN_IF_ERROR(db->Exec("PRAGMA synchronous=FULL"));
  WY_RETURN_IF_ERROR(db->Exec("PRAGMA foreign_keys=ON"));
  return db;
}

SqliteDb::~SqliteDb() {
  for (auto& [sql, stmt] : cache_->idle) sqlite3_finalize(stmt);
  cache_.reset();  // statements still out are finalized when done
  if (db_) sqlite3_close_v2(db_);
}

Status SqliteDb::Error(std::string_view what) const {
  std::string m = path_ + ": " + std::string(what) + ": " + (db_ ? sqlite3_errmsg(db_) : "out of memory");
  int code = db_ ? sqlite3_errcode(db_) & 0xFF : SQLITE_NOMEM;
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) return Status::Corruption(m);
  if (code == SQLITE_CONSTRAINT) {
    int extended = db_ ? sqlite3_extended_errcode(db_) : 0;
    if (extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY) {
      return Status::AlreadyExists(m);
    }
    return Status::InvalidArgument(m);
  }
  return Status::IOError(m);
}

Status SqliteDb::Exec(std::string_view sql) {
  std::string s(sql);
  char* err = nullptr;
  if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    sqlite3_free(err);
    return Error("cannot run SQL");
  }
  return Status::Ok();
}

Result<SqliteStatement> SqliteStatement::Prepare(SqliteDb& db, std::string_view sql) {
  auto& idle = db.cache_->idle;
  if (auto it = idle.find(std::string(sql)); it != idle.end()) {
    sqlite3_stmt* stmt = it->second;
    idle.erase(it);
    return SqliteStatement(&db, stmt, db.cache_);
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
    return db.Error("cannot prepare statement");
  }
  ++db.statements_prepared_;
  // Kept for reuse only when its own text is what was asked for (not when
  // SQL followed the first statement), so the cache holds nothing that a
  // later Prepare could not find.
  const char* own = sqlite3_sql(stmt);
  const bool reusable = own && std::string_view(own) == sql;
  return SqliteStatement(&db, stmt, reusable ? db.cache_ : std::weak_ptr<SqliteDb::StatementCache>());
}

void SqliteStatement::Finalizer::operator()(sqlite3_stmt* s) const {
  auto kept = cache.lock();
  if (!kept || kept->idle.size() >= SqliteDb::kCachedStatements) {
    sqlite3_finalize(s);
    return;
  }
  sqlite3_reset(s);
  sqlite3_clear_bindings(s);
  kept->idle.emplace(sqlite3_sql(s), s);
}

SqliteStatement& SqliteStatement::Bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_.get(), index, value);
  return *this;
}

SqliteStatement& SqliteStatement::Bind(int index, std::string_view value) {
  // An empty view may hold no pointer; SQLite would bind NULL for it.
  sqlite3_bind_text(stmt_.get(), index, value.data() ? value.data() : "", static_cast<int>(value.size()),
                    SQLITE_TRANSIENT);
  return *this;
}

SqliteStatement& SqliteStatement::BindNull(int index) {
  sqlite3_bind_null(stmt_.get(), index);
  return *this;
}

Result<bool> SqliteStatement::Step() {
  int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return db_->Error("statement failed");
}

Status SqliteStatement::Run() {
  auto r = Step();
  if (!r.ok()) return r.status();
  return Reset();
}

Status SqliteStatement::Reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
  return Status::Ok();
}

std::string SqliteStatement::ColumnText(int col) const {
  const auto* p = sqlite3_column_text(stmt_.get(), col);
  int n = sqlite3_column_bytes(stmt_.get(), col);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(n)) : std::string();
}

Result<std::unique_ptr<SqliteTransaction>> SqliteTransaction::Begin(SqliteDb& db) {
  // Inside a transaction already: a savepoint, so the outer one decides.
  const bool nested = sqlite3_get_autocommit(db.handle()) == 0;
  WY_RETURN_IF_ERROR(db.Exec(nested ? "SAVEPOINT wenyuan_nested" : "BEGIN IMMEDIATE"));
  return std::unique_ptr<SqliteTransaction>(new SqliteTransaction(db, nested));
}

SqliteTransaction::~SqliteTransaction() {
  // Best effort: if a rollback fails, SQLite rolls the transaction back
  // itself when the connection closes.
  if (done_) return;
  if (nested_) {
    db_.Exec("ROLLBACK TO wenyuan_nested").IgnoreError();
    db_.Exec("RELEASE wenyuan_nested").IgnoreError();
  } else {
    db_.Exec("ROLLBACK").IgnoreError();
  }
}

Status SqliteTransaction::Commit() {
  if (nested_) {
    Status s = db_.Exec("RELEASE wenyuan_nested");
    done_ = s.ok();  // else the destructor rolls the savepoint back
    return s;
  }
  done_ = true;
  Status s = db_.Exec("COMMIT");
  if (!s.ok()) db_.Exec("ROLLBACK").IgnoreError();  // the COMMIT's error is the one to report
  return s;
}

}  // namespace wenyuan::catalog
