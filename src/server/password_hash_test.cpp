#include "server/password_hash.h"

#include <gtest/gtest.h>

namespace wenyuan::server {
namespace {

TEST(PasswordHash, Argon2idVerifiesOnlyTheRightPassword) {
  auto hash = HashPassword("correct horse battery");
  ASSERT_TRUE(hash.ok()) << hash.status().ToString();
  EXPECT_TRUE(hash->starts_with("$argon2id$")) << *hash;
  EXPECT_EQ(hash->find("correct horse"), std::string::npos) << "the password is never stored";
  EXPECT_TRUE(VerifyPassword(*hash, "correct horse battery"));
  EXPECT_FALSE(VerifyPassword(*hash, "correct horse batterx"));
  EXPECT_FALSE(VerifyPassword(*hash, ""));
}

TEST(PasswordHash, EachHashHasItsOwnSalt) {
  auto a = HashPassword("same password");
  auto b = HashPassword("same password");
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(*a, *b);
  EXPECT_TRUE(VerifyPassword(*b, "same password"));
}

TEST(PasswordHash, LengthLimitsAreChecked) {
  EXPECT_FALSE(HashPassword("short").ok());
  EXPECT_FALSE(HashPassword(std::string(kMaxPasswordBytes + 1, 'x')).ok());
  EXPECT_TRUE(ValidateNewPassword(std::string(kMinPasswordBytes, 'x')).ok());
  EXPECT_TRUE(ValidateNewPassword("密碼是中文的也可以").ok()) << "UTF-8 counts in bytes";
}

TEST(PasswordHash, MalformedOrEmptyHashesNeverVerify) {
  EXPECT_FALSE(VerifyPassword("", "anything at all"));
  EXPECT_FALSE(VerifyPassword("$argon2id$v=19$garbage", "anything at all"));
  EXPECT_FALSE(VerifyPassword("plain text password", "plain text password"));
}

}  // namespace
}  // namespace wenyuan::server
