// Child processes for end-to-end tests: run a command, read its output,
// wait for a line, kill it. Only ever runs the project's own binaries.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace bs::testing {

struct ProcessResult {
  int exit_code = -1;  // -1 when killed by a signal
  std::string out;
  std::string err;
};

// Runs to completion (bounded by `timeout`, after which the child is killed).
ProcessResult RunProcess(const std::vector<std::string>& argv,
                         std::chrono::milliseconds timeout = std::chrono::seconds(120));

// A child left running; killed and reaped on destruction.
class ChildProcess {
 public:
  explicit ChildProcess(const std::vector<std::string>& argv);
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  // Reads stdout and stderr until a line containing `needle` appears; returns
  // that line, or "" on timeout or exit.
  std::string WaitForLine(const std::string& needle, std::chrono::milliseconds timeout);
  void Kill(int signal);
  int Wait();  // exit code, -1 when killed by a signal
  pid_t pid() const { return pid_; }

 private:
  pid_t pid_ = -1;
  int out_fd_ = -1;
  std::string buffer_;
  bool reaped_ = false;
};

}  // namespace bs::testing
