#include "catalog/online_backup.h"

#include <gtest/gtest.h>

#include "catalog/sqlite_db.h"
#include "test_support.h"

namespace wenyuan::catalog {
namespace {

int64_t CountRows(SqliteDb& db) {
  auto stmt = SqliteStatement::Prepare(db, "SELECT COUNT(*) FROM t");
  EXPECT_TRUE(stmt.ok());
  auto row = stmt->Step();
  EXPECT_TRUE(row.ok() && *row);
  return stmt->ColumnInt(0);
}

TEST(OnlineBackupTest, CopiesWhatIsCommittedWhileAWriterHoldsATransaction) {
  wenyuan::testing::TempDir tmp;
  auto live = SqliteDb::Open((tmp / "live.db").string());
  ASSERT_TRUE(live.ok());
  ASSERT_TRUE((*live)->Exec("CREATE TABLE t (x TEXT)").ok());
  for (int i = 0; i < 100; ++i) ASSERT_TRUE((*live)->Exec("INSERT INTO t VALUES ('committed')").ok());
  // A write in progress (WAL mode: the backup neither waits for it nor sees it).
  ASSERT_TRUE((*live)->Exec("BEGIN IMMEDIATE").ok());
  ASSERT_TRUE((*live)->Exec("INSERT INTO t VALUES ('pending')").ok());

  ASSERT_TRUE(BackupDatabase(tmp / "live.db", tmp / "copy.db").ok());
  ASSERT_TRUE((*live)->Exec("COMMIT").ok());
  auto copy = SqliteDb::Open((tmp / "copy.db").string());
  ASSERT_TRUE(copy.ok());
  EXPECT_EQ(CountRows(**copy), 100);
  EXPECT_EQ(CountRows(**live), 101);
  EXPECT_TRUE((*copy)->Exec("PRAGMA integrity_check").ok());

  EXPECT_EQ(BackupDatabase(tmp / "live.db", tmp / "copy.db").code(), StatusCode::kAlreadyExists);
  EXPECT_EQ(BackupDatabase(tmp / "missing.db", tmp / "other.db").code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace wenyuan::catalog
