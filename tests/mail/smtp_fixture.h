// A real SMTP server for tests: tests/support/smtp_server.py (aiosmtpd) on
// a free loopback port, in a temporary directory of its own, stopped and
// removed on destruction. Only the process it started is ever signalled.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace bs::testing {

class SmtpFixture {
 public:
  struct Options {
    std::string auth;  // "user:pass" makes the server require AUTH
    // Offer STARTTLS with a fresh self-signed certificate for 127.0.0.1
    // (see ca_file()) and refuse mail until the client switches to TLS.
    bool starttls = false;
  };
  explicit SmtpFixture(const std::string& auth = "") : SmtpFixture(Options{auth, false}) {}
  explicit SmtpFixture(const Options& options);
  ~SmtpFixture();
  SmtpFixture(const SmtpFixture&) = delete;
  SmtpFixture& operator=(const SmtpFixture&) = delete;

  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }
  // Every stored message (envelope lines first), oldest first.
  std::vector<std::string> Messages() const;
  // How many messages are stored (cheaper than Messages() for big runs).
  std::size_t MessageCount() const;
  // How many connections the server has accepted.
  int Connections() const;
  // Replaces the fault rules (JSON, see smtp_server.py); "{}" clears them.
  void SetFaults(const std::string& json);
  const std::filesystem::path& dir() const { return dir_; }
  // The certificate the server presents with STARTTLS, to trust as a CA.
  std::string ca_file() const { return (dir_ / "cert.pem").string(); }

 private:
  std::filesystem::path dir_;
  pid_t pid_ = -1;
  int port_ = 0;
};

}  // namespace bs::testing
