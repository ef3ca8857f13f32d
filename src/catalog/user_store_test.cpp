#include "catalog/user_store.h"

#include <gtest/gtest.h>

#include "catalog/access_store.h"
#include "catalog/query_log.h"
#include "test_support.h"

namespace wenyuan::catalog {
namespace {

using wenyuan::testing::TempDir;

TEST(UserStore, AccountsAreStoredFoundAndChanged) {
  TempDir tmp;
  auto opened = Catalog::Open(tmp.path());
  ASSERT_TRUE(opened.ok()) << opened.status().ToString();
  Catalog& c = **opened;
  UserRecord u;
  u.name = "ana";
  u.password_hash = "$argon2id$stand-in";
  u.role = "reader";
  u.kbs = {"laws", "press"};
  auto id = InsertUser(c, u);
  ASSERT_TRUE(id.ok()) << id.status().ToString();
  EXPECT_EQ(InsertUser(c, u).status().code(), StatusCode::kAlreadyExists);
  auto found = FindUserByName(c, "ana");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->kbs, u.kbs);
  EXPECT_EQ((*found)->source, "local");
  EXPECT_FALSE((*found)->created_at.empty());
  EXPECT_FALSE(FindUserByName(c, "ANA")->has_value()) << "names are exact";

  ASSERT_TRUE(RecordSignInFailure(c, *id, 4, 12345).ok());
  EXPECT_EQ(GetUser(c, *id)->locked_until, 12345);
  ASSERT_TRUE(SetUserPassword(c, *id, "$argon2id$other").ok());
  EXPECT_EQ(GetUser(c, *id)->failed_sign_ins, 0);
  EXPECT_EQ(GetUser(c, *id)->locked_until, 0);
  ASSERT_TRUE(SetUserGrant(c, *id, "editor", {"press"}).ok());
  EXPECT_EQ(GetUser(c, *id)->role, "editor");
  EXPECT_EQ(*CountActiveUsers(c), 1);
  ASSERT_TRUE(SetUserDisabled(c, *id, true).ok());
  EXPECT_TRUE(GetUser(c, *id)->disabled());
  EXPECT_EQ(*CountActiveUsers(c), 0);
  EXPECT_EQ(SetUserDisabled(c, 999, true).code(), StatusCode::kNotFound);
  EXPECT_EQ(ListUsers(c)->size(), 1u);
}

TEST(UserStore, AuditFiltersSelectByActionActorKbTimeAndRefusal) {
  TempDir tmp;
  auto opened = Catalog::Open(tmp.path());
  ASSERT_TRUE(opened.ok());
  Catalog& c = **opened;
  auto add = [&](const char* time, const char* who, const char* action, const char* kb, int status) {
    AuditEntry e;
    e.time = time;
    e.key_prefix = who;
    e.action = action;
    e.kb = kb;
    e.status = status;
    ASSERT_TRUE(AppendAudit(c, e).ok());
  };
  add("2026-12-01T10:00:00Z", "cli:root", "key.create", "", 200);
  add("2026-12-02T10:00:00Z", "user:ana", "document.upload", "press", 201);
  add("2026-12-03T10:00:00Z", "user:ana", "kb.drop", "press", 403);
  add("2026-12-04T10:00:00Z", "wy_12345678", "key.revoke", "", 200);
  AuditFilter f;
  f.action = "key.";
  EXPECT_EQ(*CountAudit(c, f), 2);
  f = {};
  f.actor = "user:ana";
  EXPECT_EQ(*CountAudit(c, f), 2);
  f.refused = true;
  auto refused = ListAudit(c, 10, 0, f);
  ASSERT_EQ(refused->size(), 1u);
  EXPECT_EQ((*refused)[0].action, "kb.drop");
  f = {};
  f.since = "2026-12-02";
  f.until = "2026-12-04";
  EXPECT_EQ(*CountAudit(c, f), 2);
  f.kb = "press";
  EXPECT_EQ(*CountAudit(c, f), 2);
  f.action = "%";  // not a wildcard
  EXPECT_EQ(*CountAudit(c, f), 0);
  EXPECT_EQ(*CountAudit(c), 4);
}

TEST(QueryLog, DaysCountQueriesNotFoundAndNearestRankPercentiles) {
  TempDir tmp;
  auto opened = Catalog::Open(tmp.path());
  ASSERT_TRUE(opened.ok());
  Catalog& c = **opened;
  for (int i = 1; i <= 100; ++i) {
    QueryLogEntry e;
    e.time = "2026-12-03T08:00:00Z";
    e.route = "POST /api/ask";
    e.kb = i % 2 ? "laws" : "press";
    e.ms = i;  // 1..100 ms
    e.status = i == 100 ? 500 : 200;
    e.found = i <= 10 ? 0 : 1;
    e.question = i <= 10 ? (i <= 7 ? "颱風假怎麼請" : "加班費") : "q" + std::to_string(i);
    ASSERT_TRUE(AppendQueryLog(c, e).ok());
  }
  QueryLogEntry late;
  late.time = "2026-12-04T09:00:00Z";
  late.route = "GET /api/search";
  late.kb = "laws";
  late.ms = 7;
  late.status = 200;
  ASSERT_TRUE(AppendQueryLog(c, late).ok());
  // The log row is written without an fsync, but the connection goes back
  // to full durability for whatever it writes next (audit rows, documents).
  auto sync = SqliteStatement::Prepare(c.db(), "PRAGMA synchronous");
  ASSERT_TRUE(sync.ok());
  ASSERT_TRUE(*sync->Step());
  EXPECT_EQ(sync->ColumnInt(0), 2) << "synchronous is not FULL after a query-log row";

  auto days = UsageByDay(c, "", "");
  ASSERT_TRUE(days.ok()) << days.status().ToString();
  ASSERT_EQ(days->size(), 2u);
  EXPECT_EQ((*days)[0].day, "2026-12-03");
  EXPECT_EQ((*days)[0].queries, 100);
  EXPECT_EQ((*days)[0].not_found, 10);
  EXPECT_EQ((*days)[0].errors, 1);
  EXPECT_DOUBLE_EQ((*days)[0].p50_ms, 50);
  EXPECT_DOUBLE_EQ((*days)[0].p99_ms, 99);
  EXPECT_EQ((*days)[1].queries, 1);
  EXPECT_DOUBLE_EQ((*days)[1].p99_ms, 7);
  EXPECT_EQ(UsageByDay(c, "2026-12-04", "")->size(), 1u);
  EXPECT_EQ((*UsageByDay(c, "", "press"))[0].queries, 50);

  auto unanswered = UnansweredQuestions(c, "", "", 10);
  ASSERT_TRUE(unanswered.ok());
  ASSERT_GE(unanswered->size(), 2u);
  EXPECT_EQ((*unanswered)[0].question, "颱風假怎麼請");
  int64_t total = 0;
  for (const auto& q : *unanswered) total += q.count;
  EXPECT_EQ(total, 10);
}

}  // namespace
}  // namespace wenyuan::catalog
