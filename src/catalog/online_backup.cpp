#include "catalog/online_backup.h"

#include <sqlite3.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>

namespace wenyuan::catalog {
namespace {

struct Closer {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, Closer>;

Status SqliteError(const std::filesystem::path& path, const std::string& what, sqlite3* db) {
  return Status::IOError(path.string() + ": " + what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

Result<Connection> OpenConnection(const std::filesystem::path& path, int flags) {
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  Connection db(raw);
  if (rc != SQLITE_OK) return SqliteError(path, "cannot open", raw);
  sqlite3_busy_timeout(raw, 10000);
  return db;
}

}  // namespace

Status BackupDatabase(const std::filesystem::path& source, const std::filesystem::path& dest) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(source, ec)) return Status::NotFound(source.string() + ": no such database");
  if (std::filesystem::exists(dest, ec)) return Status::AlreadyExists(dest.string() + ": already exists");
  // Read-write, so that SQLite may use the live database's WAL index.
  WY_ASSIGN_OR_RETURN(Connection from, OpenConnection(source, SQLITE_OPEN_READWRITE));
  WY_ASSIGN_OR_RETURN(Connection to, OpenConnection(dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
  sqlite3_backup* backup = sqlite3_backup_init(to.get(), "main", from.get(), "main");
  if (!backup) return SqliteError(dest, "cannot start the backup", to.get());
  // All pages in one step: one read transaction on the source, so the copy
  // is one committed state. Busy or locked only while another connection
  // holds an exclusive lock (a checkpoint); wait and try again.
  int rc = SQLITE_OK;
  for (int attempt = 0; attempt < 600; ++attempt) {
    rc = sqlite3_backup_step(backup, -1);
    if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) {
    Status error = SqliteError(dest, "backup of " + source.string() + " failed", to.get());
    to.reset();
    std::filesystem::remove(dest, ec);
    return error;
  }
  // The copy is a plain database file (no WAL beside it) that the catalog
  // opens in WAL mode again.
  if (sqlite3_exec(to.get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return SqliteError(dest, "cannot finish the backup", to.get());
  }
  return Status::Ok();
}

}  // namespace wenyuan::catalog
