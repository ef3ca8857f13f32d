#include "util/utc_time.h"

#include <gtest/gtest.h>

namespace wenyuan {
namespace {

TEST(IsoUtc, WritesIso8601ToTheSecondInUtc) {
  EXPECT_EQ(IsoUtc(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(IsoUtc(1795959903), "2026-11-29T13:45:03Z");
  const std::string now = IsoNowUtc();
  ASSERT_EQ(now.size(), 20u);
  EXPECT_EQ(now[10], 'T');
  EXPECT_EQ(now.back(), 'Z');
  EXPECT_GE(now, "2024-01-01T00:00:00Z");
}

}  // namespace
}  // namespace wenyuan
