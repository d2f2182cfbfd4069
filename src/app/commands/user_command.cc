// `broadsheet user add` and `broadsheet user list`: operator accounts for the
// /admin desk. Passwords come from stdin (--password-stdin, for scripts) or
// an echo-free prompt on a terminal; never from the command line, where they
// would show in `ps` and shell history.
#include <fmt/format.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

#include "app/commands.h"
#include "core/time.h"
#include "web/auth/password.h"
#include "web/auth/permissions.h"

namespace bs {
namespace {

// Usernames are handles typed at the sign-in form: short, and limited to
// characters that need no escaping anywhere they appear (URLs, logs).
constexpr std::size_t kMaxUsernameBytes = 64;
// An address longer than RFC 5321's path limit is not an address.
constexpr std::size_t kMaxEmailBytes = 254;

Status CheckUsername(const std::string& name) {
  if (name.empty() || name.size() > kMaxUsernameBytes)
    return Status::InvalidArgument(fmt::format("username must have 1 to {} characters", kMaxUsernameBytes));
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                    c == '_' || c == '-';
    if (!ok) return Status::InvalidArgument("username may contain only letters, digits, '.', '_' and '-'");
  }
  return Status::Ok();
}

Status CheckEmail(const std::string& email) {
  if (email.empty()) return Status::Ok();
  const std::size_t at = email.find('@');
  if (email.size() > kMaxEmailBytes || at == 0 || at == std::string::npos || at + 1 == email.size() ||
      email.find_first_of(" \t\r\n<>\"") != std::string::npos)
    return Status::InvalidArgument("'" + email + "' is not an email address");
  return Status::Ok();
}

// Reads one line (without its newline) of at most `max` bytes from stdin.
Result<std::string> ReadLine(std::size_t max) {
  std::string line;
  int c;
  while ((c = std::getchar()) != EOF && c != '\n') {
    if (line.size() > max) return Status::InvalidArgument(fmt::format("password is longer than {} bytes", max));
    line.push_back(static_cast<char>(c));
  }
  if (std::ferror(stdin)) return Status::IoError("reading the password from stdin failed");
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

// Turns terminal echo off for its lifetime.
class EchoOff {
 public:
  EchoOff() {
    if (tcgetattr(STDIN_FILENO, &saved_) != 0) return;
    termios quiet = saved_;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    active_ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
  }
  ~EchoOff() {
    if (active_) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
  }
  EchoOff(const EchoOff&) = delete;
  EchoOff& operator=(const EchoOff&) = delete;
  bool active() const { return active_; }

 private:
  termios saved_{};
  bool active_ = false;
};

Result<std::string> Prompt(const char* label) {
  EchoOff quiet;
  if (!quiet.active()) return Status::IoError("cannot turn off terminal echo");
  std::fprintf(stderr, "%s", label);
  std::fflush(stderr);
  auto line = ReadLine(web::kMaxPasswordBytes);
  std::fprintf(stderr, "\n");
  return line;
}

Result<std::string> ReadPassword(bool from_stdin) {
  if (from_stdin) return ReadLine(web::kMaxPasswordBytes);
  if (!isatty(STDIN_FILENO))
    return Status::InvalidArgument("stdin is not a terminal: pipe the password in with --password-stdin");
  auto first = Prompt("Password: ");
  if (!first.ok()) return first;
  if (auto st = web::CheckPasswordPolicy(*first); !st.ok()) return st;
  auto again = Prompt("Repeat password: ");
  if (!again.ok()) return again;
  if (*again != *first) return Status::InvalidArgument("the passwords differ");
  return first;
}

}  // namespace

Status RunUserAdd(const Config& config, const UserAddOptions& options) {
  if (auto st = CheckUsername(options.username); !st.ok()) return st;
  if (auto st = CheckEmail(options.email); !st.ok()) return st;
  auto role = web::ParseRole(options.role);
  if (!role) return Status::InvalidArgument("unknown role '" + options.role + "'");
  auto password = ReadPassword(options.password_stdin);
  if (!password.ok()) return password.status();
  if (auto st = web::CheckPasswordPolicy(*password); !st.ok()) return st;
  auto hash = web::HashPassword(*password);
  if (!hash.ok()) return hash.status();

  auto store = OpenConfiguredStore(config);
  if (!store.ok()) return store.status();
  Account account;
  account.username = options.username;
  account.email = options.email;
  account.password_hash = *hash;
  account.role = *role;
  account.created_at = NowUtc();
  if (auto st = (*store)->CreateAccount(account); !st.ok()) return st;
  std::printf("created %s (%s)\n", account.username.c_str(), options.role.c_str());
  return Status::Ok();
}

Status RunUserList(const Config& config) {
  auto store = OpenConfiguredStore(config);
  if (!store.ok()) return store.status();
  auto accounts = (*store)->ListAccounts();
  if (!accounts.ok()) return accounts.status();
  std::printf("%-24s %-10s %-20s %-8s  %s\n", "USERNAME", "ROLE", "CREATED", "STATE", "EMAIL");
  for (const auto& a : *accounts) {
    std::printf("%-24s %-10s %-20s %-8s  %s\n", a.username.c_str(), std::string(web::RoleName(a.role)).c_str(),
                FormatIso8601Utc(a.created_at).c_str(), a.disabled ? "disabled" : "active",
                a.email.empty() ? "-" : a.email.c_str());
  }
  return Status::Ok();
}

}  // namespace bs
