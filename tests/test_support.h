// Helpers the tests share: a temporary directory that removes itself, paths
// to the repository's samples and to ../shared, and running the real
// `wenyuan` binary as a child process, and small fixtures.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <csignal>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/records.h"
#include "text/word_analyzer.h"

// Skips the calling test when ../shared is absent, saying so.
#define WY_SKIP_WITHOUT_SHARED_CORPUS()                                                          \
  do {                                                                                           \
    if (!::wenyuan::testing::HaveSharedCorpus()) GTEST_SKIP() << "../shared/corpus not present"; \
  } while (0)

namespace wenyuan::testing {

// A passage as the catalog would hand it to search: document `doc`,
// number `number`, source "/docs/<doc>.txt", date 2024-05-21.
catalog::PassageRecord MakePassage(int64_t doc, int64_t number, const std::string& title, const std::string& text);

// One word analyser (jieba, with script folding) for the whole test
// binary: loading it takes about a second.
std::shared_ptr<const text::WordAnalyzer> SharedWordAnalyzer();

// A fresh directory under the system temp dir, removed with its contents.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

std::filesystem::path SourceDir();   // the repository root
std::filesystem::path SamplesDir();  // samples/
std::filesystem::path SharedDir();   // ../shared (read-only data)
// True when ../shared/corpus is there (it is in CI; a bare clone lacks it).
bool HaveSharedCorpus();
std::string BinaryPath();  // the built wenyuan executable

void WriteFile(const std::filesystem::path& path, const std::string& contents);
std::string ReadFile(const std::filesystem::path& path);

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// The exit code and both outputs of a run, for a failed expectation's message.
std::string Describe(const CommandResult& r);

// Runs the wenyuan binary with `args` (no shell), capturing its output.
CommandResult RunWenyuan(const std::vector<std::string>& args);
// The same with `input` on its standard input (through /bin/sh's `<` from a
// temporary file; the arguments are passed as "$@", never parsed by the shell).
CommandResult RunWenyuanWithInput(const std::vector<std::string>& args, const std::string& input);

// Starts `wenyuan ARGS` in the background (posix_spawn, no shell) with its
// stdout and stderr appended to `log`; the pid, or -1 when it cannot start.
// The caller kills and reaps it (the crash tests kill it on purpose).
pid_t SpawnWenyuanLogged(const std::vector<std::string>& args, const std::filesystem::path& log);
// The files an ingest log reports added or updated
// ("ingest: [i/n] added PATH (...)"): committed to the catalog.
std::set<std::string> FilesIngestedPerLog(const std::filesystem::path& log);

// The real wenyuan binary running as a server (`wenyuan ... serve --port 0`),
// started with fork/exec (no shell). The constructor waits, bounded, for the
// "serving ... on http://HOST:PORT/" line on the child's stdout and parses the
// port; stderr goes to an unlinked temporary file that stderr_text() reads.
// The destructor stops the child (SIGTERM, then SIGKILL after a grace
// period) and reaps it, so no test can leave a server behind.
class ServerProcess {
 public:
  explicit ServerProcess(const std::vector<std::string>& args,
                         std::chrono::milliseconds startup_timeout = std::chrono::seconds(20));
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  // True once the serving line was read and until the child is reaped.
  bool running() const { return port_ > 0 && !exit_code_.has_value(); }
  int port() const { return port_; }  // 0 if it never announced one
  const std::string& host() const { return host_; }
  pid_t pid() const { return pid_; }
  // Why the server did not start; empty if it did.
  const std::string& startup_error() const { return startup_error_; }
  // What the child wrote on stdout (the serving line; the rest after Stop()).
  const std::string& stdout_text() const { return stdout_text_; }
  // Everything the child has written on stderr so far.
  std::string stderr_text() const;

  // Sends `sig` and waits up to `grace` for the child to exit; SIGKILLs it if
  // it does not. Returns the exit code (128+N if signal N ended it). Calling
  // it again returns the same code.
  int Stop(int sig = SIGTERM, std::chrono::milliseconds grace = std::chrono::seconds(10));
  // Set once the child has been reaped.
  std::optional<int> exit_code() const { return exit_code_; }
  // True if Stop() had to SIGKILL the child after the grace period.
  bool was_killed() const { return killed_; }

 private:
  bool WaitForExit(std::chrono::milliseconds limit);
  void DrainStdout();

  pid_t pid_ = -1;
  int stdout_fd_ = -1;
  int stderr_fd_ = -1;
  int port_ = 0;
  std::string host_;
  std::string startup_error_;
  std::string stdout_text_;
  std::optional<int> exit_code_;
  bool killed_ = false;
};

// `n` bytes of junk, the same for the same seed (a linear congruential
// generator's high bytes): payloads for checksums, garbage for readers.
inline std::string PseudoRandomBytes(uint32_t seed, size_t n) {
  std::string out;
  uint32_t x = seed;
  for (size_t i = 0; i < n; ++i) {
    x = x * 1103515245u + 12345u;
    out += static_cast<char>(x >> 24);
  }
  return out;
}

// Strict UTF-8 decoding: nullopt on any malformed sequence.
std::optional<std::u32string> DecodeUtf8(std::string_view s);
std::string EncodeUtf8(std::u32string_view s);
// `s` without white space (ASCII, U+3000 and the other Unicode spaces).
std::string RemoveWhitespace(std::string_view s);
// Files under samples/ that `wenyuan ingest` takes (.txt .md .html .pdf
// .docx), counted independently of the ingester; hidden files are skipped.
size_t CountSupportedSampleFiles();
// The lines of a file, without their line ends; empty lines are skipped.
std::vector<std::string> ReadLines(const std::filesystem::path& path);

}  // namespace wenyuan::testing
