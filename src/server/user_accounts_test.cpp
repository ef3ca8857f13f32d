#include "server/user_accounts.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace wenyuan::server {
namespace {

using wenyuan::testing::TempDir;

class UserAccountsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto c = catalog::Catalog::Open(tmp_.path());
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    catalog_ = std::move(c).value();
  }
  SignInResult SignIn(const std::string& name, const std::string& password, int64_t now) {
    auto r = SignInWithPassword(*catalog_, policy_, LdapConfig{}, name, password, now);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : SignInResult{};
  }

  TempDir tmp_;
  std::unique_ptr<catalog::Catalog> catalog_;
  LockoutPolicy policy_{3, 600};
};

TEST_F(UserAccountsTest, CreatedAccountsSignInWithTheirPasswordOnly) {
  auto u = CreateLocalUser(*catalog_, "ana.lin", "first password", Role::kEditor, {"press"});
  ASSERT_TRUE(u.ok()) << u.status().ToString();
  EXPECT_TRUE(u->password_hash.starts_with("$argon2id$"));
  EXPECT_EQ(SignIn("ana.lin", "first password", 1000).outcome, SignInOutcome::kSignedIn);
  EXPECT_EQ(SignIn("ana.lin", "First password", 1001).outcome, SignInOutcome::kWrongPassword);
  EXPECT_EQ(SignIn("nobody", "first password", 1002).outcome, SignInOutcome::kWrongPassword);
  EXPECT_EQ(SignIn("bad name!", "first password", 1003).outcome, SignInOutcome::kWrongPassword);

  Principal p = PrincipalForUser(*GetUserByName(*catalog_, "ana.lin"));
  EXPECT_EQ(p.role, Role::kEditor);
  EXPECT_EQ(p.key_prefix, "user:ana.lin");
  EXPECT_TRUE(p.CanEdit("press"));
  EXPECT_FALSE(p.CanRead("laws"));
}

TEST_F(UserAccountsTest, BadAccountsAreRefused) {
  EXPECT_FALSE(CreateLocalUser(*catalog_, "", "long enough", Role::kAdmin, {}).ok());
  EXPECT_FALSE(CreateLocalUser(*catalog_, "-dash", "long enough", Role::kAdmin, {}).ok());
  EXPECT_FALSE(CreateLocalUser(*catalog_, "a,b", "long enough", Role::kAdmin, {}).ok());
  EXPECT_FALSE(CreateLocalUser(*catalog_, "ok", "short", Role::kAdmin, {}).ok());
  EXPECT_FALSE(CreateLocalUser(*catalog_, "ok", "long enough", Role::kReader, {}).ok()) << "readers need a KB";
  ASSERT_TRUE(CreateLocalUser(*catalog_, "ok", "long enough", Role::kAdmin, {}).ok());
  auto again = CreateLocalUser(*catalog_, "ok", "long enough", Role::kAdmin, {});
  EXPECT_EQ(again.status().code(), StatusCode::kAlreadyExists);
  EXPECT_EQ(GetUserByName(*catalog_, "ok")->kbs, std::vector<std::string>{"*"});
}

TEST_F(UserAccountsTest, RepeatedFailuresLockEvenTheRightPasswordOut) {
  ASSERT_TRUE(CreateLocalUser(*catalog_, "bo", "right password", Role::kReader, {"laws"}).ok());
  EXPECT_EQ(SignIn("bo", "wrong 1", 1000).outcome, SignInOutcome::kWrongPassword);
  EXPECT_EQ(SignIn("bo", "wrong 2", 1001).outcome, SignInOutcome::kWrongPassword);
  EXPECT_EQ(SignIn("bo", "wrong 3", 1002).outcome, SignInOutcome::kWrongPassword);
  SignInResult locked = SignIn("bo", "right password", 1003);
  EXPECT_EQ(locked.outcome, SignInOutcome::kLocked);
  EXPECT_EQ(locked.retry_after_seconds, 1002 + 600 - 1003);
  EXPECT_EQ(GetUserByName(*catalog_, "bo")->failed_sign_ins, 3);
  EXPECT_EQ(SignIn("bo", "right password", 1602).outcome, SignInOutcome::kSignedIn) << "the lock ran out";
  EXPECT_EQ(GetUserByName(*catalog_, "bo")->failed_sign_ins, 0);
  EXPECT_FALSE(GetUserByName(*catalog_, "bo")->last_sign_in.empty());
}

TEST_F(UserAccountsTest, APasswordChangeClearsTheLockAndDisabledAccountsStayOut) {
  ASSERT_TRUE(CreateLocalUser(*catalog_, "cy", "old password", Role::kReader, {"laws"}).ok());
  for (int i = 0; i < 3; ++i) SignIn("cy", "nope nope", 2000);
  ASSERT_EQ(SignIn("cy", "old password", 2001).outcome, SignInOutcome::kLocked);
  ASSERT_TRUE(SetLocalPassword(*catalog_, *GetUserByName(*catalog_, "cy"), "new password").ok());
  EXPECT_EQ(SignIn("cy", "old password", 2002).outcome, SignInOutcome::kWrongPassword);
  EXPECT_EQ(SignIn("cy", "new password", 2003).outcome, SignInOutcome::kSignedIn);

  auto cy = *GetUserByName(*catalog_, "cy");
  ASSERT_TRUE(catalog::SetUserDisabled(*catalog_, cy.id, true).ok());
  EXPECT_EQ(SignIn("cy", "new password", 2004).outcome, SignInOutcome::kDisabled);
  auto who = PrincipalForSession(*catalog_, {SessionOwner::Kind::kUser, cy.id});
  ASSERT_TRUE(who.ok());
  EXPECT_FALSE(who->signed_in()) << "a disabled account's sessions end";
  EXPECT_EQ(*catalog::CountActiveUsers(*catalog_), 0);
  EXPECT_FALSE(*AnyCredentials(*catalog_, LdapConfig{}));
}

}  // namespace
}  // namespace wenyuan::server
