#include "mail/smtp_fixture.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace bs::testing {
namespace fs = std::filesystem;

namespace {

// A self-signed certificate for 127.0.0.1 made by the openssl command, so
// no key is ever committed and every run has its own.
void MakeCertificate(const fs::path& dir) {
  const std::string command = "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1"
                              " -addext subjectAltName=IP:127.0.0.1 -keyout '" +
                              (dir / "key.pem").string() + "' -out '" + (dir / "cert.pem").string() +
                              "' >/dev/null 2>&1";
  if (std::system(command.c_str()) != 0) throw std::runtime_error("openssl could not make a test certificate");
}

}  // namespace

SmtpFixture::SmtpFixture(const Options& options) {
  std::string tmpl = (fs::temp_directory_path() / "bs-smtp-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  dir_ = tmpl;
  fs::create_directories(dir_ / "mail");
  if (options.starttls) MakeCertificate(dir_);
  int out[2];
  if (pipe(out) != 0) throw std::runtime_error("pipe failed");
  const std::string script = std::string(BROADSHEET_SOURCE_DIR) + "/tests/support/smtp_server.py";
  const std::string mail_dir = (dir_ / "mail").string(), faults = (dir_ / "faults.json").string();
  pid_ = fork();
  if (pid_ == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    close(out[1]);
    std::vector<std::string> args = {"/usr/bin/python3", script, "--port", "0", "--dir", mail_dir,
                                     "--fault-file", faults};
    if (!options.auth.empty()) args.insert(args.end(), {"--auth", options.auth});
    if (options.starttls)
      args.insert(args.end(), {"--tls-cert", ca_file(), "--tls-key", (dir_ / "key.pem").string()});
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(out[1]);
  // Wait for "listening on 127.0.0.1:<port>".
  std::string line;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (line.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
    pollfd p{out[0], POLLIN, 0};
    if (poll(&p, 1, 200) <= 0) continue;
    char buf[256];
    const ssize_t n = read(out[0], buf, sizeof buf);
    if (n <= 0) break;
    line.append(buf, static_cast<std::size_t>(n));
  }
  close(out[0]);
  const std::size_t colon = line.rfind(':');
  if (line.find("listening on") == std::string::npos || colon == std::string::npos)
    throw std::runtime_error("SMTP server did not start: " + line);
  port_ = std::stoi(line.substr(colon + 1));
}

SmtpFixture::~SmtpFixture() {
  if (pid_ > 0) {
    kill(pid_, SIGTERM);
    int status = 0;
    for (int i = 0; i < 50 && waitpid(pid_, &status, WNOHANG) == 0; ++i) usleep(20'000);
    if (waitpid(pid_, &status, WNOHANG) == 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
    }
  }
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

std::vector<std::string> SmtpFixture::Messages() const {
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir_ / "mail", ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".eml" && it->path().filename().string()[0] != '.') files.push_back(it->path());
  std::sort(files.begin(), files.end());
  std::vector<std::string> out;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    out.push_back(ss.str());
  }
  return out;
}

std::size_t SmtpFixture::MessageCount() const {
  // The server replaces DIR/.received after storing each message.
  std::ifstream in(dir_ / "mail" / ".received");
  std::size_t n = 0;
  in >> n;
  return n;
}

int SmtpFixture::Connections() const {
  std::ifstream in(dir_ / "mail" / ".connections");
  int n = 0;
  in >> n;
  return n;
}

void SmtpFixture::SetFaults(const std::string& json) {
  const fs::path tmp = dir_ / "faults.json.tmp";
  std::ofstream(tmp) << json;
  fs::rename(tmp, dir_ / "faults.json");
  // The server notices a change by mtime; make sure it differs.
  usleep(20'000);
}

}  // namespace bs::testing
