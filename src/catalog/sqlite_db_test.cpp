// SqliteStatement's row walkers (ReadRows, ForEachRow) on a real database:
// every row in order, none, and an error met while stepping.
#include "catalog/sqlite_db.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace wenyuan::catalog {
namespace {

class SqliteRowsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = SqliteDb::Open((dir_ / "t.db").string());
    ASSERT_TRUE(db.ok()) << db.status().message();
    db_ = std::move(*db);
    ASSERT_TRUE(db_->Exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);"
                          " INSERT INTO t (name) VALUES ('甲'), ('乙'), ('丙');")
                    .ok());
  }

  testing::TempDir dir_;
  std::unique_ptr<SqliteDb> db_;
};

TEST_F(SqliteRowsTest, ReadRowsGivesEveryRowInOrder) {
  auto stmt = SqliteStatement::Prepare(*db_, "SELECT id, name FROM t WHERE id >= ? ORDER BY id");
  ASSERT_TRUE(stmt.ok());
  stmt->Bind(1, int64_t{2});
  auto rows = stmt->ReadRows([](const SqliteStatement& s) { return std::to_string(s.ColumnInt(0)) + s.ColumnText(1); });
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  EXPECT_EQ(*rows, (std::vector<std::string>{"2乙", "3丙"}));

  auto none = SqliteStatement::Prepare(*db_, "SELECT id FROM t WHERE id > 99");
  ASSERT_TRUE(none.ok());
  auto empty = none->ReadRows([](const SqliteStatement& s) { return s.ColumnInt(0); });
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
}

TEST_F(SqliteRowsTest, ForEachRowStopsAtAnErrorAndReportsIt) {
  // abs() of the smallest integer overflows when its row is stepped to.
  auto stmt = SqliteStatement::Prepare(
      *db_, "SELECT CASE WHEN id < 3 THEN id ELSE abs(-9223372036854775807 - 1) END FROM t ORDER BY id");
  ASSERT_TRUE(stmt.ok());
  std::vector<int64_t> seen;
  Status s = stmt->ForEachRow([&](const SqliteStatement& row) { seen.push_back(row.ColumnInt(0)); });
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("t.db"), std::string::npos) << s.message();
  EXPECT_EQ(seen, (std::vector<int64_t>{1, 2}));
}

}  // namespace
}  // namespace wenyuan::catalog
