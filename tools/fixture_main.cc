// broadsheet-fixtures: serves the loopback fixture site (partner-paper files
// plus fault endpoints, see web/fixture_site.h) until SIGINT or SIGTERM.
//
//   broadsheet-fixtures --root DIR --port N [--address 127.0.0.1] [--quiet]
//
// Prints "listening on http://ADDRESS:PORT" on stdout once it accepts
// connections; tests and the demo wait for that line (port 0 picks a free one).
#include <signal.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "web/fixture_site.h"
#include "web/http_server.h"

namespace {

int Usage(const char* message) {
  std::fprintf(stderr,
               "broadsheet-fixtures: %s\n"
               "usage: broadsheet-fixtures --root DIR --port N [--address 127.0.0.1] [--quiet]\n",
               message);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string root;
  std::string address = "127.0.0.1";
  long port = -1;
  bool quiet = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--root" && has_value) {
      root = argv[++i];
    } else if (arg == "--address" && has_value) {
      address = argv[++i];
    } else if (arg == "--port" && has_value) {
      char* end = nullptr;
      port = std::strtol(argv[++i], &end, 10);
      if (end == nullptr || *end != '\0' || port < 0 || port > 65535) return Usage("bad --port");
    } else if (arg == "--quiet") {
      quiet = true;
    } else if (arg == "--help" || arg == "-h") {
      Usage("help");
      return 0;
    } else {
      return Usage(("unknown or incomplete argument: " + std::string(arg)).c_str());
    }
  }
  if (root.empty()) return Usage("--root is required");
  if (port < 0) return Usage("--port is required");
  std::error_code ec;
  if (!std::filesystem::is_directory(root, ec)) return Usage("--root is not a directory");

  // Block the stop signals before any server thread exists, so every thread
  // inherits the mask and only sigwait() below receives them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  bs::web::HttpServerOptions options;
  options.address = address;
  options.port = static_cast<unsigned short>(port);
  options.access_log = !quiet;
  bs::web::HttpServer server(options, bs::web::MakeFixtureSite({root}));
  if (bs::Status s = server.Start(); !s.ok()) {
    std::fprintf(stderr, "broadsheet-fixtures: %s\n", s.ToString().c_str());
    return 1;
  }
  const bool v6 = address.find(':') != std::string::npos;
  std::printf("listening on http://%s%s%s:%u\n", v6 ? "[" : "", address.c_str(), v6 ? "]" : "",
              static_cast<unsigned>(server.port()));
  std::fflush(stdout);

  int received = 0;
  sigwait(&stop_signals, &received);
  server.Stop();
  return 0;
}
