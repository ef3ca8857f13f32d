#include "util/file_io.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>

#include "test_support.h"

namespace wenyuan {
namespace {

using testing::TempDir;

TEST(WriteFileAtomic, WritesAndReadsBack) {
  TempDir dir;
  ASSERT_TRUE(WriteFileAtomic(dir / "a.txt", "文淵").ok());
  auto back = ReadFileToString(dir / "a.txt", 100);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, "文淵");
  EXPECT_FALSE(std::filesystem::exists(dir / "a.txt.tmp"));
}

// Issue 15: a write that fails for want of space left "NAME.tmp" behind. The
// file-size limit (RLIMIT_FSIZE, with SIGXFSZ ignored) makes write() fail
// as a full disk does; it is set in a child process so the test runner's own
// limits stay as they are.
TEST(WriteFileAtomic, AFailedWriteLeavesNoTemporaryFile) {
  TempDir dir;
  const auto path = dir / "big.txt";
  const std::string contents(1 << 20, 'x');
  pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    ::signal(SIGXFSZ, SIG_IGN);
    rlimit limit{64 << 10, 64 << 10};
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(3);
    Status s = WriteFileAtomic(path, contents);
    ::_exit(s.ok() ? 2 : 0);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  ASSERT_EQ(WEXITSTATUS(status), 0) << "the write should have failed under the file-size limit";
  EXPECT_FALSE(std::filesystem::exists(dir / "big.txt.tmp"));
  EXPECT_FALSE(std::filesystem::exists(path));
}

}  // namespace
}  // namespace wenyuan
