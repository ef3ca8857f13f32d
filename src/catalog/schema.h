// The catalog's schema as an ordered list of migrations. The database's
// `PRAGMA user_version` is the number of migrations applied; opening a
// catalog applies the missing ones, each in its own transaction. A catalog
// newer than this binary is refused rather than guessed at.
#pragma once

#include "catalog/sqlite_db.h"
#include "util/status.h"

namespace wenyuan::catalog {

int LatestSchemaVersion();

// Brings the database up to LatestSchemaVersion(); returns the version.
Result<int> MigrateSchema(SqliteDb& db);
// Up to `target` only (for tests of a migration over an older catalog).
Result<int> MigrateSchemaTo(SqliteDb& db, int target);

}  // namespace wenyuan::catalog
