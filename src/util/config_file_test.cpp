#include "util/config_file.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace wenyuan {
namespace {

TEST(ReadConfigFile, ReadsSettingsSkippingCommentsAndBlankLines) {
  testing::TempDir dir;
  testing::WriteFile(dir / "a.conf",
                     "# a comment\n\nport = 9000   # trailing comment\r\n  llm.model = \"taide 8b\"  \n"
                     "empty =\nquoted = \"x\n");
  auto settings = ReadConfigFile(dir / "a.conf");
  ASSERT_TRUE(settings.ok()) << settings.status().message();
  ASSERT_EQ(settings->size(), 4u);
  EXPECT_EQ((*settings)[0].key, "port");
  EXPECT_EQ((*settings)[0].value, "9000");
  EXPECT_EQ((*settings)[0].where, (dir / "a.conf").string() + ": line 3");
  EXPECT_EQ((*settings)[1].key, "llm.model");
  EXPECT_EQ((*settings)[1].value, "taide 8b");
  EXPECT_EQ((*settings)[1].where, (dir / "a.conf").string() + ": line 4");
  EXPECT_EQ((*settings)[2].value, "");
  EXPECT_EQ((*settings)[3].value, "\"x");  // one quote is kept: only a pair is dropped
}

TEST(ReadConfigFile, ALineWithoutEqualsNamesFileAndLine) {
  testing::TempDir dir;
  testing::WriteFile(dir / "b.conf", "port = 1\n\nthreads 4\n");
  auto settings = ReadConfigFile(dir / "b.conf");
  ASSERT_FALSE(settings.ok());
  EXPECT_EQ(settings.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(settings.status().message().find("b.conf: line 3: expected 'key = value'"), std::string::npos)
      << settings.status().message();
  EXPECT_FALSE(ReadConfigFile(dir / "missing.conf").ok());
}

TEST(ConfigSetting, NumberChecksTheWholeValueAndTheRange) {
  ConfigSetting s{"port", "8080", "x.conf: line 2"};
  int port = 1;
  EXPECT_TRUE(s.Number(port, 0, 65535, "a port").ok());
  EXPECT_EQ(port, 8080);
  for (const char* bad : {"80x", "", "-1", "70000", " 80"}) {
    s.value = bad;
    Status st = s.Number(port, 0, 65535, "a port number 0-65535");
    ASSERT_FALSE(st.ok()) << bad;
    EXPECT_EQ(st.message(), "x.conf: line 2: port must be a port number 0-65535");
    EXPECT_EQ(port, 8080) << "a bad value leaves the setting alone";
  }
  ConfigSetting t{"llm.temperature", "0.7", "y.conf: line 1"};
  double temperature = 0.2;
  EXPECT_TRUE(t.Number(temperature, 0.0, 2.0, "0-2").ok());
  EXPECT_DOUBLE_EQ(temperature, 0.7);
  t.value = "2.5";
  EXPECT_FALSE(t.Number(temperature, 0.0, 2.0, "0-2").ok());
  EXPECT_EQ(t.Unknown().message(), "y.conf: line 1: unknown setting 'llm.temperature'");
}

}  // namespace
}  // namespace wenyuan
