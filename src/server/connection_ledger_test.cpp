#include "server/connection_ledger.h"

#include <gtest/gtest.h>

namespace wenyuan::server {
namespace {

using Admission = ConnectionLedger::Admission;

TEST(ConnectionLedgerTest, CapsPerAddressAndInAllAndGivesPlacesBack) {
  ConnectionLedger ledger(3, 2, 100);
  ConnectionLedger::Ticket a1, a2, a3, b1, c1;
  EXPECT_EQ(ledger.Admit("10.0.0.1", a1), Admission::kAdmitted);
  EXPECT_EQ(ledger.Admit("10.0.0.1", a2), Admission::kAdmitted);
  EXPECT_EQ(ledger.Admit("10.0.0.1", a3), Admission::kAddressFull);
  EXPECT_FALSE(a3.admitted());
  EXPECT_EQ(ledger.Admit("10.0.0.2", b1), Admission::kAdmitted);
  EXPECT_EQ(ledger.Admit("10.0.0.3", c1), Admission::kServerFull);
  EXPECT_EQ(ledger.open_connections(), 3u);
  a1 = ConnectionLedger::Ticket();  // gives its place back
  EXPECT_EQ(ledger.open_from("10.0.0.1"), 1u);
  EXPECT_EQ(ledger.Admit("10.0.0.3", c1), Admission::kAdmitted);
  {
    ConnectionLedger::Ticket moved = std::move(c1);
    EXPECT_EQ(ledger.open_from("10.0.0.3"), 1u);
  }
  EXPECT_EQ(ledger.open_from("10.0.0.3"), 0u);
  EXPECT_EQ(ledger.open_connections(), 2u);
}

TEST(ConnectionLedgerTest, BodyBudgetIsShared) {
  ConnectionLedger ledger(10, 10, 100);
  EXPECT_TRUE(ledger.ReserveBody(60));
  EXPECT_FALSE(ledger.ReserveBody(41));
  EXPECT_TRUE(ledger.ReserveBody(40));
  ledger.ReleaseBody(60);
  EXPECT_TRUE(ledger.ReserveBody(60));
}

}  // namespace
}  // namespace wenyuan::server
