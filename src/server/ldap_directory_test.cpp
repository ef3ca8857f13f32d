#include "server/ldap_directory.h"

#include <gtest/gtest.h>

namespace wenyuan::server {
namespace {

LdapConfig Mapped() {
  LdapConfig c;
  EXPECT_TRUE(ApplyLdapSetting(c, "url", "ldap://127.0.0.1:3890").ok());
  EXPECT_TRUE(ApplyLdapSetting(c, "bind_dn", "uid={user},ou=people,dc=example,dc=org").ok());
  EXPECT_TRUE(ApplyLdapSetting(c, "group_base", "ou=groups,dc=example,dc=org").ok());
  EXPECT_TRUE(ApplyLdapSetting(c, "group.wenyuan-admins", "admin").ok());
  EXPECT_TRUE(ApplyLdapSetting(c, "group.Press Office", "editor press, petitions").ok());
  EXPECT_TRUE(ApplyLdapSetting(c, "group_dn", "cn=readers,ou=groups,dc=example,dc=org ; reader laws").ok());
  return c;
}

TEST(LdapDirectory, SettingsAreParsedAndChecked) {
  LdapConfig c = Mapped();
  EXPECT_TRUE(ValidateLdapConfig(c).ok());
  ASSERT_EQ(c.groups.size(), 3u);
  EXPECT_EQ(c.groups[2].group, "cn=readers,ou=groups,dc=example,dc=org");
  EXPECT_EQ(c.groups[0].kbs, std::vector<std::string>{"*"});
  EXPECT_EQ(c.groups[1].group, "Press Office");
  EXPECT_EQ(c.groups[1].kbs, (std::vector<std::string>{"press", "petitions"}));

  LdapConfig bad;
  EXPECT_FALSE(ApplyLdapSetting(bad, "url", "http://dir").ok());
  EXPECT_FALSE(ApplyLdapSetting(bad, "bind_dn", "cn=fixed,dc=x").ok()) << "needs {user}";
  EXPECT_FALSE(ApplyLdapSetting(bad, "group.x", "boss").ok()) << "not a role";
  EXPECT_FALSE(ApplyLdapSetting(bad, "group.x", "editor").ok()) << "editors need a KB";
  EXPECT_FALSE(ApplyLdapSetting(bad, "group.x", "reader bad/name").ok());
  EXPECT_FALSE(ApplyLdapSetting(bad, "timeout_seconds", "0").ok());
  EXPECT_FALSE(ApplyLdapSetting(bad, "colour", "blue").ok());
  EXPECT_FALSE(ApplyLdapSetting(bad, "group_dn", "cn=x,dc=y admin").ok()) << "no ';'";
  EXPECT_FALSE(ApplyLdapSetting(bad, "group_dn", " ; admin").ok()) << "no DN";
  ASSERT_TRUE(ApplyLdapSetting(bad, "url", "ldap://dir").ok());
  EXPECT_FALSE(ValidateLdapConfig(bad).ok()) << "a URL without bind_dn";
  ASSERT_TRUE(ApplyLdapSetting(bad, "bind_dn", "{user}@corp.example").ok());
  ASSERT_TRUE(ApplyLdapSetting(bad, "group.x", "admin").ok());
  EXPECT_FALSE(ValidateLdapConfig(bad).ok()) << "an AD principal needs user_base to find the entry";
  ASSERT_TRUE(ApplyLdapSetting(bad, "user_base", "dc=corp,dc=example").ok());
  EXPECT_TRUE(ValidateLdapConfig(bad).ok());
}

TEST(LdapDirectory, GroupsMapToTheHighestRoleAndTheUnionOfKbs) {
  LdapConfig c = Mapped();
  auto g = MapDirectoryGroups(c, {"cn=press office,ou=groups,dc=example,dc=org",
                                  "CN=Readers,OU=Groups,DC=example,DC=org", "cn=unrelated,dc=example,dc=org"});
  EXPECT_EQ(g.role, Role::kEditor);
  EXPECT_EQ(g.kbs, (std::vector<std::string>{"press", "petitions", "laws"}));
  g = MapDirectoryGroups(c,
                         {"cn=readers,ou=groups,dc=example,dc=org", "cn=wenyuan-admins,ou=groups,dc=example,dc=org"});
  EXPECT_EQ(g.role, Role::kAdmin);
  EXPECT_EQ(g.kbs, std::vector<std::string>{"*"});
  g = MapDirectoryGroups(c, {"cn=unrelated,dc=example,dc=org"});
  EXPECT_EQ(g.role, Role::kNone);
  EXPECT_EQ(MapDirectoryGroups(c, {}).role, Role::kNone);
}

TEST(LdapDirectory, FilterValuesAreEscaped) {
  EXPECT_EQ(EscapeLdapFilterValue("cn=Smith (IT)*,dc=x\\y"), "cn=Smith \\28IT\\29\\2a,dc=x\\5cy");
  EXPECT_EQ(EscapeLdapFilterValue("plain"), "plain");
}

TEST(LdapDirectory, AnEmptyPasswordIsRefusedWithoutAskingTheDirectory) {
  LdapConfig c = Mapped();
  c.url = "ldap://127.0.0.1:1";  // nothing listens there
  EXPECT_EQ(LdapSignIn(c, "ana", "").outcome, DirectoryOutcome::kWrongPassword);
  EXPECT_EQ(LdapSignIn(c, "ana", "secret").outcome, DirectoryOutcome::kUnavailable);
}

}  // namespace
}  // namespace wenyuan::server
