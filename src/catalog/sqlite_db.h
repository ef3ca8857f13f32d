// Thin RAII wrappers over the SQLite C API: SqliteDb owns a connection,
// SqliteStatement a prepared statement, SqliteTransaction a BEGIN IMMEDIATE
// that rolls back unless committed (begun inside another transaction, it is
// a savepoint: its changes then commit or roll back with the outer one, so
// many small changes can share one large transaction). Errors come back as Status values naming
// the database file and SQLite's message.
//
// A connection is used by one thread at a time (SQLite's "multi-thread"
// mode); open one connection per thread that needs the catalog.
//
// A connection keeps the statements it prepared once they are done with
// (reset, bindings cleared; up to kCachedStatements), and hands one back when
// the same SQL is prepared again: preparing costs more than most of the
// queries a request runs. What a caller sees is the same either way.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "util/status.h"

namespace wenyuan::catalog {

class SqliteDb {
 public:
  // Opens (creating if needed) the database at `path`, in WAL mode with
  // foreign keys on and a busy timeout, so concurrent writers wait rather
  // than fail at once.
  static Result<std::unique_ptr<SqliteDb>> Open(const std::string& path);
  ~SqliteDb();
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  Status Exec(std::string_view sql);
  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }
  Status Error(std::string_view what) const;
  int64_t LastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }
  int Changes() const { return sqlite3_changes(db_); }

  static constexpr size_t kCachedStatements = 64;
  // Statements prepared so far, for tests (a statement handed back from the
  // cache is not counted).
  size_t statements_prepared() const { return statements_prepared_; }

 private:
  friend class SqliteStatement;
  // Done statements by their SQL text; shared with the statements out (as
  // weak pointers) so one finished after its connection closed is simply
  // finalized.
  struct StatementCache {
    std::unordered_multimap<std::string, sqlite3_stmt*> idle;
  };
  SqliteDb(sqlite3* db, std::string path)
      : db_(db), path_(std::move(path)), cache_(std::make_shared<StatementCache>()) {}
  sqlite3* db_;
  std::string path_;
  std::shared_ptr<StatementCache> cache_;
  size_t statements_prepared_ = 0;
};

class SqliteStatement {
 public:
  static Result<SqliteStatement> Prepare(SqliteDb& db, std::string_view sql);
  SqliteStatement(SqliteStatement&&) noexcept = default;
  SqliteStatement& operator=(SqliteStatement&&) noexcept = default;

  // Binds by 1-based index. Text is copied by SQLite.
  SqliteStatement& Bind(int index, int64_t value);
  SqliteStatement& Bind(int index, std::string_view value);
  SqliteStatement& BindNull(int index);

  // Advances: true with a row, false when done; errors as Status.
  Result<bool> Step();
  // Runs a statement that returns no rows.
  Status Run();
  Status Reset();

  // Steps through the remaining rows, calling on_row(*this) for each;
  // stops at the first error.
  template <typename OnRow>
  Status ForEachRow(OnRow&& on_row);
  // The remaining rows, each made by read(*this) (ReadDocumentRow, …).
  template <typename Read>
  Result<std::vector<std::decay_t<std::invoke_result_t<Read&, const SqliteStatement&>>>> ReadRows(Read&& read);

  int64_t ColumnInt(int col) const { return sqlite3_column_int64(stmt_.get(), col); }
  std::string ColumnText(int col) const;
  bool ColumnIsNull(int col) const { return sqlite3_column_type(stmt_.get(), col) == SQLITE_NULL; }
  int ColumnCount() const { return sqlite3_column_count(stmt_.get()); }

 private:
  // Hands a done statement back to its connection's cache (reset, bindings
  // cleared), or finalizes it when there is no room or no connection.
  struct Finalizer {
    std::weak_ptr<SqliteDb::StatementCache> cache;
    void operator()(sqlite3_stmt* s) const;
  };
  SqliteStatement(SqliteDb* db, sqlite3_stmt* stmt, std::weak_ptr<SqliteDb::StatementCache> cache)
      : db_(db), stmt_(stmt, Finalizer{std::move(cache)}) {}
  SqliteDb* db_;
  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
};

template <typename OnRow>
Status SqliteStatement::ForEachRow(OnRow&& on_row) {
  while (true) {
    WY_ASSIGN_OR_RETURN(bool row, Step());
    if (!row) return Status::Ok();
    on_row(static_cast<const SqliteStatement&>(*this));
  }
}

template <typename Read>
Result<std::vector<std::decay_t<std::invoke_result_t<Read&, const SqliteStatement&>>>> SqliteStatement::ReadRows(
    Read&& read) {
  std::vector<std::decay_t<std::invoke_result_t<Read&, const SqliteStatement&>>> rows;
  WY_RETURN_IF_ERROR(ForEachRow([&](const SqliteStatement& s) { rows.push_back(read(s)); }));
  return rows;
}

class SqliteTransaction {
 public:
  static Result<std::unique_ptr<SqliteTransaction>> Begin(SqliteDb& db);
  ~SqliteTransaction();
  Status Commit();

 private:
  SqliteTransaction(SqliteDb& db, bool nested) : db_(db), nested_(nested) {}
  SqliteDb& db_;
  bool nested_;
  bool done_ = false;
};

}  // namespace wenyuan::catalog
