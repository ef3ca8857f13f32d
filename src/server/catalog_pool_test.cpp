#include "server/catalog_pool.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "test_support.h"

namespace wenyuan::server {
namespace {

using wenyuan::testing::TempDir;

TEST(CatalogPoolTest, ALeaseComesBackAndIsLentAgain) {
  TempDir tmp;
  CatalogPool pool(tmp.path(), 2);
  catalog::Catalog* first = nullptr;
  {
    auto lease = pool.Acquire();
    ASSERT_TRUE(lease.ok()) << lease.status().ToString();
    first = &**lease;
    ASSERT_TRUE((*lease)->CreateKb("a").ok());
    EXPECT_EQ(pool.idle(), 0u);
  }
  EXPECT_EQ(pool.idle(), 1u);
  auto again = pool.Acquire();
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(&**again, first);
  EXPECT_TRUE((*again)->GetKb("a").ok());  // the same data, on the connection kept open
}

TEST(CatalogPoolTest, TwoLeasesAtOnceAreTwoConnectionsAndTheIdleCountIsBounded) {
  TempDir tmp;
  CatalogPool pool(tmp.path(), 1);
  {
    auto a = pool.Acquire();
    auto b = pool.Acquire();
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_NE(&**a, &**b);
  }
  EXPECT_EQ(pool.idle(), 1u);  // the second one back was closed
}

TEST(CatalogPoolTest, AConnectionLeftInATransactionIsClosedAndItsWritesRolledBack) {
  TempDir tmp;
  CatalogPool pool(tmp.path(), 4);
  {
    auto lease = pool.Acquire();
    ASSERT_TRUE(lease.ok());
    ASSERT_TRUE((*lease)->db().Exec("BEGIN").ok());
    EXPECT_TRUE((*lease)->InTransaction());
    ASSERT_TRUE((*lease)->CreateKb("half").ok());
  }
  EXPECT_EQ(pool.idle(), 0u);
  auto next = pool.Acquire();
  ASSERT_TRUE(next.ok());
  EXPECT_FALSE((*next)->InTransaction());
  EXPECT_FALSE((*next)->GetKb("half").ok());
}

TEST(CatalogPoolTest, AnUnopenableCatalogIsAnError) {
  TempDir tmp;
  const auto file = tmp.path() / "not-a-folder";
  {
    std::FILE* f = std::fopen(file.c_str(), "w");
    std::fclose(f);
  }
  CatalogPool pool(file, 1);
  EXPECT_FALSE(pool.Acquire().ok());
}

}  // namespace
}  // namespace wenyuan::server
