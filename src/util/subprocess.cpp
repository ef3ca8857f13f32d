#include "util/subprocess.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace wenyuan {
namespace {

constexpr size_t kStderrKeep = 4096;
constexpr int kExecFailed = 127;

// A pipe whose ends close on scope exit.
struct Pipe {
  int fds[2] = {-1, -1};
  ~Pipe() {
    for (int fd : fds)
      if (fd >= 0) ::close(fd);
  }
  void Close(int end) {
    if (fds[end] >= 0) ::close(fds[end]);
    fds[end] = -1;
  }
};

}  // namespace

Result<SubprocessOutput> RunSubprocess(const std::vector<std::string>& argv, const SubprocessLimits& limits) {
  if (argv.empty()) return Status::InvalidArgument("RunSubprocess: empty command");
  std::vector<char*> cargv;
  for (const auto& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
  cargv.push_back(nullptr);

  Pipe out, err;
  if (::pipe2(out.fds, O_CLOEXEC) != 0 || ::pipe2(err.fds, O_CLOEXEC) != 0) {
    return Status::IOError(std::string("pipe: ") + std::strerror(errno));
  }
  pid_t pid = ::fork();
  if (pid < 0) return Status::IOError(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) {
    // Child: only async-signal-safe calls from here to exec.
    int devnull = ::open("/dev/null", O_RDONLY);
    if (devnull >= 0) ::dup2(devnull, 0);
    ::dup2(out.fds[1], 1);
    ::dup2(err.fds[1], 2);
    struct rlimit mem {
      limits.max_memory_bytes, limits.max_memory_bytes
    };
    ::setrlimit(RLIMIT_AS, &mem);
    struct rlimit core {
      0, 0
    };
    ::setrlimit(RLIMIT_CORE, &core);
    ::execvp(cargv[0], cargv.data());
    ::_exit(kExecFailed);
  }
  out.Close(1);
  err.Close(1);

  SubprocessOutput result;
  std::string err_all;
  bool too_much = false;
  bool timed_out = false;
  auto deadline = std::chrono::steady_clock::now() + limits.timeout;
  pollfd fds[2] = {{out.fds[0], POLLIN, 0}, {err.fds[0], POLLIN, 0}};
  int open_fds = 2;
  char buf[65536];
  while (open_fds > 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    int r = ::poll(fds, 2, static_cast<int>(left.count()));
    if (r < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t n = ::read(fds[i].fd, buf, sizeof buf);
      if (n <= 0) {
        if (n < 0 && errno == EINTR) continue;
        fds[i].fd = -1;
        --open_fds;
        continue;
      }
      if (i == 0) {
        result.stdout_text.append(buf, static_cast<size_t>(n));
        if (result.stdout_text.size() > limits.max_output_bytes) too_much = true;
      } else {
        err_all.append(buf, static_cast<size_t>(n));
        if (err_all.size() > 2 * kStderrKeep) err_all.erase(0, err_all.size() - kStderrKeep);
      }
    }
    if (too_much) break;
  }
  if (timed_out || too_much) ::kill(pid, SIGKILL);
  int wstatus = 0;
  while (::waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
  }
  if (err_all.size() > kStderrKeep) err_all.erase(0, err_all.size() - kStderrKeep);
  result.stderr_text = std::move(err_all);

  if (timed_out) {
    return Status::Timeout(argv[0] + " ran past " + std::to_string(limits.timeout.count()) + " ms and was stopped");
  }
  if (too_much) {
    return Status::ResourceExhausted(argv[0] + " printed more than " + std::to_string(limits.max_output_bytes) +
                                     " bytes");
  }
  if (WIFEXITED(wstatus)) {
    result.exit_code = WEXITSTATUS(wstatus);
    if (result.exit_code == kExecFailed && result.stdout_text.empty() && result.stderr_text.empty()) {
      return Status::NotFound("cannot run " + argv[0] + " (is it installed? run scripts/setup)");
    }
  } else if (WIFSIGNALED(wstatus)) {
    result.exit_code = 128 + WTERMSIG(wstatus);
  }
  return result;
}

}  // namespace wenyuan
