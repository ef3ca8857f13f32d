#include "server/json_views.h"

#include <gtest/gtest.h>

namespace wenyuan::server {
namespace {

TEST(RedactServerPaths, CutsAbsolutePathsToTheirLastPart) {
  EXPECT_EQ(RedactServerPaths("/srv/wenyuan/uploads/kb/a.txt.tmp: cannot write: No space left on device"),
            "a.txt.tmp: cannot write: No space left on device");
  EXPECT_EQ(RedactServerPaths("file '/data/x/報告.docx' is broken (/data/x/報告.docx)"),
            "file '報告.docx' is broken (報告.docx)");
  // Not paths, or not a server's: kept.
  EXPECT_EQ(RedactServerPaths("no such page: /index.html"), "no such page: /index.html");
  EXPECT_EQ(RedactServerPaths("date 2024/05/21 and a/b/c"), "date 2024/05/21 and a/b/c");
  EXPECT_EQ(RedactServerPaths(""), "");
}

TEST(ErrorJson, NeverShowsServerPaths) {
  auto j = ErrorJson(Status::IOError("/var/lib/wenyuan/catalog.db: disk I/O error"));
  EXPECT_EQ(j["error"]["message"], "catalog.db: disk I/O error");
  EXPECT_EQ(j["error"]["code"], "io_error");
}

}  // namespace
}  // namespace wenyuan::server
