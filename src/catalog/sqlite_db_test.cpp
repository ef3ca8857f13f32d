// SqliteStatement's row walkers (ReadRows, ForEachRow) on a real database:
// every row in order, none, and an error met while stepping; and the
// connection's statement cache: the same SQL prepared again reuses the done
// statement, which starts afresh (from its first row, no bindings left).
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

TEST_F(SqliteRowsTest, APreparedStatementIsReusedAndStartsAfresh) {
  const std::string sql = "SELECT name FROM t WHERE id >= ?1 OR ?1 IS NULL ORDER BY id";
  const size_t before = db_->statements_prepared();
  {
    auto first = SqliteStatement::Prepare(*db_, sql);
    ASSERT_TRUE(first.ok());
    first->Bind(1, int64_t{3});
    auto row = first->Step();  // left in the middle of its rows
    ASSERT_TRUE(row.ok() && *row);
    EXPECT_EQ(first->ColumnText(0), "丙");
  }
  EXPECT_EQ(db_->statements_prepared(), before + 1);
  {
    auto again = SqliteStatement::Prepare(*db_, sql);
    ASSERT_TRUE(again.ok());
    // Not bound this time: the earlier binding is gone (NULL: every row).
    auto rows = again->ReadRows([](const SqliteStatement& s) { return s.ColumnText(0); });
    ASSERT_TRUE(rows.ok()) << rows.status().message();
    EXPECT_EQ(*rows, (std::vector<std::string>{"甲", "乙", "丙"}));
    // Two at once of the same SQL: the second is prepared anew.
    auto both = SqliteStatement::Prepare(*db_, sql);
    ASSERT_TRUE(both.ok());
    both->Bind(1, int64_t{2});
    auto two = both->ReadRows([](const SqliteStatement& s) { return s.ColumnText(0); });
    ASSERT_TRUE(two.ok());
    EXPECT_EQ(*two, (std::vector<std::string>{"乙", "丙"}));
  }
  EXPECT_EQ(db_->statements_prepared(), before + 2);
  // Writes through a reused statement land as they would through a new one.
  for (const char* name : {"丁", "戊"}) {
    auto insert = SqliteStatement::Prepare(*db_, "INSERT INTO t (name) VALUES (?)");
    ASSERT_TRUE(insert.ok());
    insert->Bind(1, std::string_view(name));
    ASSERT_TRUE(insert->Run().ok());
  }
  EXPECT_EQ(db_->statements_prepared(), before + 3);
  auto count = SqliteStatement::Prepare(*db_, "SELECT count(*) FROM t");
  ASSERT_TRUE(count.ok());
  ASSERT_TRUE(*count->Step());
  EXPECT_EQ(count->ColumnInt(0), 5);
}

TEST_F(SqliteRowsTest, AStatementMayOutliveItsConnection) {
  auto stmt = SqliteStatement::Prepare(*db_, "SELECT id FROM t ORDER BY id");
  ASSERT_TRUE(stmt.ok());
  db_.reset();  // the statement is finalized when done, not kept
  SUCCEED();
}

}  // namespace
}  // namespace wenyuan::catalog
