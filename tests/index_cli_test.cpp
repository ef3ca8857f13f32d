// The index through the real binary: `check` on a healthy and on a damaged
// index, search failing cleanly on damage, `kb drop` removing the index.
#include <gtest/gtest.h>

#include <filesystem>

#include "test_support.h"

namespace wenyuan {
namespace {

namespace fs = std::filesystem;
using wenyuan::testing::RunWenyuan;

TEST(IndexCliTest, CheckPassesThenNamesTheDamagedFileAndDropRemovesTheIndex) {
  wenyuan::testing::TempDir tmp;
  const std::string data = (tmp / "data").string();
  ASSERT_EQ(RunWenyuan({"--data", data, "kb", "create", "s"}).exit_code, 0);
  auto ingest = RunWenyuan({"--data", data, "ingest", "s", wenyuan::testing::SamplesDir().string()});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  auto check = RunWenyuan({"--data", data, "check", "s"});
  ASSERT_EQ(check.exit_code, 0) << check.err;
  EXPECT_EQ(check.out.rfind("ok: s: ", 0), 0u) << check.out;
  EXPECT_NE(check.out.find("matches the catalog"), std::string::npos);

  auto found = RunWenyuan({"--data", data, "search", "s", "開放資料 type:md", "--json"});
  ASSERT_EQ(found.exit_code, 0) << found.err;
  EXPECT_NE(found.out.find("\"passage_id\""), std::string::npos);
  auto bad_filter = RunWenyuan({"--data", data, "search", "s", "開放資料 date:yesterday"});
  EXPECT_EQ(bad_filter.exit_code, 1);
  EXPECT_NE(bad_filter.err.find("date"), std::string::npos) << bad_filter.err;

  // Flip one byte of the postings file.
  const fs::path index_dir = fs::path(data) / "kbs" / "s" / "index";
  fs::path postings;
  for (const auto& e : fs::directory_iterator(index_dir)) {
    if (e.path().extension() == ".post") postings = e.path();
  }
  ASSERT_FALSE(postings.empty());
  std::string bytes = wenyuan::testing::ReadFile(postings);
  bytes[bytes.size() / 3] = static_cast<char>(bytes[bytes.size() / 3] ^ 0x20);
  wenyuan::testing::WriteFile(postings, bytes);
  check = RunWenyuan({"--data", data, "check", "s"});
  EXPECT_EQ(check.exit_code, 1);
  EXPECT_NE(check.err.find("corrupt segment"), std::string::npos) << check.err;
  EXPECT_NE(check.err.find(postings.filename().string()), std::string::npos) << check.err;
  auto search = RunWenyuan({"--data", data, "search", "s", "開放資料"});
  EXPECT_EQ(search.exit_code, 1);
  EXPECT_NE(search.err.find("corrupt segment"), std::string::npos) << search.err;

  ASSERT_EQ(RunWenyuan({"--data", data, "kb", "drop", "s"}).exit_code, 0);
  EXPECT_FALSE(fs::exists(index_dir));
}

}  // namespace
}  // namespace wenyuan
