#include "server/upload_names.h"

#include <gtest/gtest.h>

namespace wenyuan::server {
namespace {

TEST(UploadNames, ParsesExtensionLists) {
  EXPECT_EQ(ParseExtensionList("txt, .MD,,pdf "), (std::set<std::string>{"txt", "md", "pdf"}));
}

TEST(UploadNames, AcceptsPlainNamesIncludingChinese) {
  const auto ext = ParseExtensionList("txt,md,pdf");
  EXPECT_TRUE(CheckUploadName("notes.txt", ext).ok());
  EXPECT_TRUE(CheckUploadName("資安事件通報規定 2024.PDF", ext).ok());
  EXPECT_TRUE(CheckUploadName("a-b_c.v2.md", ext).ok());
}

TEST(UploadNames, RejectsPathsTraversalAndOddNames) {
  const auto ext = ParseExtensionList("txt");
  for (const char* name : {"../x.txt", "..\\x.txt", "/etc/passwd.txt", "a/b.txt", "a\\b.txt", ".hidden.txt", "..txt",
                           "x..txt", "", "a\x01.txt", "c:evil.txt", " x.txt"}) {
    Status s = CheckUploadName(name, ext);
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << "'" << name << "': " << s.message();
  }
  EXPECT_EQ(CheckUploadName(std::string("\xff\xfe.txt"), ext).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(CheckUploadName(std::string(300, 'a') + ".txt", ext).code(), StatusCode::kInvalidArgument);
}

TEST(UploadNames, RejectsTypesNotAllowed) {
  const auto ext = ParseExtensionList("txt");
  EXPECT_EQ(CheckUploadName("run.sh", ext).code(), StatusCode::kUnsupported);
  EXPECT_EQ(CheckUploadName("README", ext).code(), StatusCode::kUnsupported);
  EXPECT_EQ(CheckUploadName("x.", ext).code(), StatusCode::kUnsupported);
}

}  // namespace
}  // namespace wenyuan::server
