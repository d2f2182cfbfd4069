#include "app/support/process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>

namespace bs::testing {
namespace {

std::vector<char*> Argv(const std::vector<std::string>& argv) {
  std::vector<char*> out;
  for (const auto& a : argv) out.push_back(const_cast<char*>(a.c_str()));
  out.push_back(nullptr);
  return out;
}

// Forks `argv` with stdout on `out_fd` and stderr on `err_fd` (may be the same).
pid_t Spawn(const std::vector<std::string>& argv, int out_write, int err_write) {
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    dup2(out_write, STDOUT_FILENO);
    dup2(err_write, STDERR_FILENO);
    int devnull = open("/dev/null", O_RDONLY);
    dup2(devnull, STDIN_FILENO);
    auto args = Argv(argv);
    execv(args[0], args.data());
    _exit(127);
  }
  return pid;
}

int ExitCode(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : -1; }

}  // namespace

ProcessResult RunProcess(const std::vector<std::string>& argv, std::chrono::milliseconds timeout) {
  int out[2], err[2];
  if (pipe(out) != 0 || pipe(err) != 0) throw std::runtime_error("pipe failed");
  pid_t pid = Spawn(argv, out[1], err[1]);
  close(out[1]);
  close(err[1]);
  ProcessResult result;
  auto deadline = std::chrono::steady_clock::now() + timeout;
  pollfd fds[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
  int open_fds = 2;
  char buf[65536];
  while (open_fds > 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      kill(pid, SIGKILL);
      break;
    }
    if (poll(fds, 2, static_cast<int>(left.count())) <= 0) continue;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
      ssize_t n = read(fds[i].fd, buf, sizeof buf);
      if (n <= 0) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
      } else {
        (i == 0 ? result.out : result.err).append(buf, static_cast<std::size_t>(n));
      }
    }
  }
  for (auto& f : fds)
    if (f.fd >= 0) close(f.fd);
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = ExitCode(status);
  return result;
}

ChildProcess::ChildProcess(const std::vector<std::string>& argv) {
  int p[2];
  if (pipe(p) != 0) throw std::runtime_error("pipe failed");
  pid_ = Spawn(argv, p[1], p[1]);
  close(p[1]);
  out_fd_ = p[0];
}

ChildProcess::~ChildProcess() {
  if (!reaped_) {
    Kill(SIGKILL);
    Wait();
  }
  if (out_fd_ >= 0) close(out_fd_);
}

std::string ChildProcess::WaitForLine(const std::string& needle, std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  char buf[4096];
  while (true) {
    std::size_t pos = buffer_.find(needle);
    if (pos != std::string::npos) {
      std::size_t start = buffer_.rfind('\n', pos);
      start = start == std::string::npos ? 0 : start + 1;
      std::size_t end = buffer_.find('\n', pos);
      if (end != std::string::npos) {
        std::string line = buffer_.substr(start, end - start);
        buffer_.erase(0, end + 1);
        return line;
      }
    }
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return "";
    pollfd fd{out_fd_, POLLIN, 0};
    if (poll(&fd, 1, static_cast<int>(left.count())) <= 0) continue;
    ssize_t n = read(out_fd_, buf, sizeof buf);
    if (n <= 0) return "";
    buffer_.append(buf, static_cast<std::size_t>(n));
  }
}

void ChildProcess::Kill(int signal) {
  if (!reaped_ && pid_ > 0) kill(pid_, signal);
}

int ChildProcess::Wait() {
  if (reaped_) return -1;
  int status = 0;
  waitpid(pid_, &status, 0);
  reaped_ = true;
  return ExitCode(status);
}

}  // namespace bs::testing
