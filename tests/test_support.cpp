#include "test_support.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>
#include <thread>

#include "util/subprocess.h"
#include "util/utf8.h"

namespace wenyuan::testing {

TempDir::TempDir() {
  std::random_device rd;
  path_ = std::filesystem::temp_directory_path() /
          ("wenyuan-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::filesystem::path SourceDir() { return WENYUAN_SOURCE_DIR; }
std::filesystem::path SamplesDir() { return SourceDir() / "samples"; }
std::filesystem::path SharedDir() { return WENYUAN_SHARED_DIR; }
std::string BinaryPath() { return WENYUAN_BINARY; }
catalog::PassageRecord MakePassage(int64_t doc, int64_t number, const std::string& title, const std::string& text) {
  catalog::PassageRecord p;
  p.id = doc * 100 + number;
  p.document_id = doc;
  p.number = number;
  p.title = title;
  p.text = text;
  p.source = "/docs/" + std::to_string(doc) + ".txt";
  p.date = "2024-05-21";
  return p;
}

bool HaveSharedCorpus() { return std::filesystem::is_directory(SharedDir() / "corpus"); }

void WriteFile(const std::filesystem::path& path, const std::string& contents) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream f(path, std::ios::binary);
  f << contents;
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::string Describe(const CommandResult& r) {
  return "exit " + std::to_string(r.exit_code) + "\n--- stdout:\n" + r.out + "\n--- stderr:\n" + r.err;
}

CommandResult RunWenyuan(const std::vector<std::string>& args) {
  std::vector<std::string> argv{BinaryPath()};
  argv.insert(argv.end(), args.begin(), args.end());
  SubprocessLimits limits;
  limits.timeout = std::chrono::seconds(120);
  limits.max_memory_bytes = 1ull << 40;  // sanitizer builds reserve a lot
  CommandResult r;
  auto out = RunSubprocess(argv, limits);
  if (!out.ok()) {
    r.err = out.status().ToString();
    return r;
  }
  r.exit_code = out->exit_code;
  r.out = out->stdout_text;
  r.err = out->stderr_text;
  return r;
}

CommandResult RunWenyuanWithInput(const std::vector<std::string>& args, const std::string& input) {
  TempDir tmp;
  const std::filesystem::path in = tmp / "stdin";
  WriteFile(in, input);
  std::vector<std::string> argv{"/bin/sh", "-c", "exec \"$@\" < \"$0\"", in.string(), BinaryPath()};
  argv.insert(argv.end(), args.begin(), args.end());
  SubprocessLimits limits;
  limits.timeout = std::chrono::seconds(120);
  limits.max_memory_bytes = 1ull << 40;
  CommandResult r;
  auto out = RunSubprocess(argv, limits);
  if (!out.ok()) {
    r.err = out.status().ToString();
    return r;
  }
  r.exit_code = out->exit_code;
  r.out = out->stdout_text;
  r.err = out->stderr_text;
  return r;
}

// ---- ServerProcess ----

namespace {

using Clock = std::chrono::steady_clock;

int ExitCodeFrom(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

// Parses "... on http://HOST:PORT/" or https:// (HOST may be "[v6]");
// false if malformed.
bool ParseServingLine(const std::string& line, std::string& host, int& port) {
  if (line.find("serving") == std::string::npos) return false;
  size_t at = line.find("://");
  if (at == std::string::npos) return false;
  size_t start = at + 3;
  size_t slash = line.find('/', start);
  if (slash == std::string::npos) return false;
  std::string authority = line.substr(start, slash - start);
  size_t colon = authority.rfind(':');
  if (colon == std::string::npos || colon == 0) return false;
  host = authority.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  const std::string digits = authority.substr(colon + 1);
  int p = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), p);
  if (ec != std::errc() || end != digits.data() + digits.size() || p <= 0 || p > 65535) return false;
  port = p;
  return true;
}

}  // namespace

ServerProcess::ServerProcess(const std::vector<std::string>& args, std::chrono::milliseconds startup_timeout) {
  // Everything the child needs is prepared before fork(): between fork and
  // exec only async-signal-safe calls are allowed (the test is threaded).
  std::vector<std::string> argv_storage{BinaryPath()};
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);

  std::string err_template = (std::filesystem::temp_directory_path() / "wenyuan-server-stderr-XXXXXX").string();
  stderr_fd_ = ::mkostemp(err_template.data(), O_CLOEXEC);
  if (stderr_fd_ < 0) {
    startup_error_ = std::string("mkostemp: ") + std::strerror(errno);
    return;
  }
  ::unlink(err_template.c_str());
  int null_fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  int out_pipe[2];
  if (null_fd < 0 || ::pipe2(out_pipe, O_CLOEXEC) != 0) {
    startup_error_ = std::string("cannot set up the child's stdin/stdout: ") + std::strerror(errno);
    if (null_fd >= 0) ::close(null_fd);
    return;
  }

  pid_ = ::fork();
  if (pid_ < 0) {
    startup_error_ = std::string("fork: ") + std::strerror(errno);
    ::close(out_pipe[0]);
    ::close(out_pipe[1]);
    ::close(null_fd);
    return;
  }
  if (pid_ == 0) {
    // Child: default signal handling, stdin /dev/null, stdout the pipe.
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    ::sigaction(SIGPIPE, &dfl, nullptr);
    if (::dup2(null_fd, 0) < 0 || ::dup2(out_pipe[1], 1) < 0 || ::dup2(stderr_fd_, 2) < 0) ::_exit(126);
    ::close_range(3, ~0U, 0);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  ::close(out_pipe[1]);
  ::close(null_fd);
  stdout_fd_ = out_pipe[0];

  // Read stdout until the serving line, EOF or the deadline.
  const auto deadline = Clock::now() + startup_timeout;
  while (true) {
    size_t nl = stdout_text_.find('\n');
    if (nl != std::string::npos) {
      std::string line = stdout_text_.substr(0, nl);
      if (ParseServingLine(line, host_, port_)) return;
      startup_error_ = "unexpected first line on stdout: " + line;
      break;
    }
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0) {
      startup_error_ = "no serving line within " + std::to_string(startup_timeout.count()) + " ms";
      break;
    }
    pollfd pfd{stdout_fd_, POLLIN, 0};
    int ready = ::poll(&pfd, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) {
      startup_error_ = std::string("poll: ") + std::strerror(errno);
      break;
    }
    if (ready == 0) continue;  // the deadline check above ends the loop
    char buf[4096];
    ssize_t n = ::read(stdout_fd_, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      startup_error_ = "the server closed stdout (exited?) before announcing its port";
      break;
    }
    stdout_text_.append(buf, static_cast<size_t>(n));
  }
  port_ = 0;
  Stop(SIGTERM, std::chrono::seconds(5));
  startup_error_ += "; exit code " + std::to_string(exit_code_.value_or(-1)) + "; stderr: " + stderr_text();
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0 && !exit_code_) Stop();
  if (stdout_fd_ >= 0) ::close(stdout_fd_);
  if (stderr_fd_ >= 0) ::close(stderr_fd_);
}

std::string ServerProcess::stderr_text() const {
  std::string out;
  if (stderr_fd_ < 0) return out;
  char buf[8192];
  off_t offset = 0;
  while (out.size() < (16u << 20)) {
    ssize_t n = ::pread(stderr_fd_, buf, sizeof buf, offset);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buf, static_cast<size_t>(n));
    offset += n;
  }
  return out;
}

bool ServerProcess::WaitForExit(std::chrono::milliseconds limit) {
  const auto deadline = Clock::now() + limit;
  while (true) {
    int status = 0;
    pid_t r = ::waitpid(pid_, &status, WNOHANG);
    if (r == pid_) {
      exit_code_ = ExitCodeFrom(status);
      return true;
    }
    if (r < 0 && errno != EINTR) {
      exit_code_ = -1;  // not our child any more; nothing left to wait for
      return true;
    }
    if (Clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

void ServerProcess::DrainStdout() {
  if (stdout_fd_ < 0) return;
  // The child is gone, so this reads what is left and then EOF; bounded anyway
  // in case a grandchild holds the pipe open.
  const auto deadline = Clock::now() + std::chrono::seconds(2);
  while (Clock::now() < deadline) {
    pollfd pfd{stdout_fd_, POLLIN, 0};
    int ready = ::poll(&pfd, 1, 100);
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) break;
    char buf[4096];
    ssize_t n = ::read(stdout_fd_, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    stdout_text_.append(buf, static_cast<size_t>(n));
  }
}

int ServerProcess::Stop(int sig, std::chrono::milliseconds grace) {
  if (exit_code_) return *exit_code_;
  if (pid_ <= 0) return -1;
  ::kill(pid_, sig);
  if (!WaitForExit(grace)) {
    killed_ = true;
    ::kill(pid_, SIGKILL);
    if (!WaitForExit(std::chrono::seconds(30))) exit_code_ = -1;  // unkillable: give up
  }
  DrainStdout();
  return *exit_code_;
}

// ---- text helpers ----

std::optional<std::u32string> DecodeUtf8(std::string_view s) {
  if (!utf8::IsValid(s)) return std::nullopt;
  std::u32string out;
  for (size_t pos = 0; pos < s.size();) out.push_back(utf8::DecodeNext(s, pos));
  return out;
}

std::string EncodeUtf8(std::u32string_view s) {
  std::string out;
  for (char32_t cp : s) utf8::Append(out, cp);
  return out;
}

std::string RemoveWhitespace(std::string_view s) {
  auto decoded = DecodeUtf8(s);
  if (!decoded) return std::string(s);
  std::u32string kept;
  for (char32_t cp : *decoded) {
    bool space = cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
                 (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
                 cp == 0x3000 || cp == 0xFEFF;
    if (!space) kept.push_back(cp);
  }
  return EncodeUtf8(kept);
}

size_t CountSupportedSampleFiles() {
  static const std::vector<std::string> kExtensions = {".txt", ".md", ".html", ".pdf", ".docx"};
  size_t n = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(SamplesDir())) {
    if (!entry.is_regular_file()) continue;
    const std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    const std::string ext = entry.path().extension().string();
    for (const auto& e : kExtensions) n += ext == e ? 1 : 0;
  }
  return n;
}

std::vector<std::string> ReadLines(const std::filesystem::path& path) {
  std::vector<std::string> lines;
  std::istringstream in(ReadFile(path));
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

std::shared_ptr<const text::WordAnalyzer> SharedWordAnalyzer() {
  static const std::shared_ptr<const text::WordAnalyzer> analyzer = [] {
    auto folder = text::ScriptFolder::Create();
    EXPECT_TRUE(folder.ok()) << folder.status().ToString();
    auto a = text::WordAnalyzer::Create(folder.ok() ? folder.value() : nullptr);
    EXPECT_TRUE(a.ok()) << a.status().ToString();
    return a.ok() ? a.value() : nullptr;
  }();
  return analyzer;
}

pid_t SpawnWenyuanLogged(const std::vector<std::string>& args, const std::filesystem::path& log) {
  std::vector<std::string> argv_s = {BinaryPath()};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  pid_t pid = -1;
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) pid = -1;
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

std::set<std::string> FilesIngestedPerLog(const std::filesystem::path& log) {
  std::set<std::string> out;
  static const std::regex kDone(R"(ingest: \[\d+/\d+\] (?:added|updated) (\S+) \()");
  std::smatch m;
  for (const auto& line : ReadLines(log)) {
    if (std::regex_search(line, m, kDone)) out.insert(m[1]);
  }
  return out;
}

}  // namespace wenyuan::testing
