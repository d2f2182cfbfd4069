// Throughput and tail latency of the reader site under wrk, beside nginx
// serving the same rendered article page as a static file in the same run.
//
// Builds (or reuses) a store of generated articles, starts `broadsheet serve`
// on a free loopback port with a generated configuration (two I/O threads,
// access log on, written to a file as it would be in production), warms the
// pages, saves the article page as rendered and serves that file from nginx
// (2 workers, access log off) on another free port. Then runs
//   wrk -t2 -c64 -d<duration>s --latency
// against the article page on both servers, and, for information, the front
// page, a compressed article response and an uncached search page. Both
// servers are stopped by PID at the end.
//
// wrk runs as a separate process on the same machine: client and server share
// its cores, so figures are lower than a server would reach alone.
//
// usage: site_speed [--articles N] [--db PATH] [--duration S] [--connections C]
//                   [--broadsheet PATH] [--nginx PATH] [--repo DIR]
//   --articles    articles in the store (default 100000)
//   --db          store file to build or reuse (default: temporary, removed at exit)
//   --duration    seconds per wrk run (default 10)
//   --connections wrk keep-alive connections (default 64)
//   --broadsheet  the server binary (default: ../broadsheet beside this program)
//   --nginx       nginx binary (default /usr/sbin/nginx)
//   --repo        repository root holding templates/ and static/ (default .)
//   --comments    on|off: comments and accounts on the site (default on; off
//                 measures the pages without the per-request thread lookup)
// The article page is measured twice: alone, and while 500 signed-in readers
// post 20 comments a second on other articles through POST /comments.
// Exit status: 0 when the article page meets the targets (>= 20,000 req/s,
// p99 < 10 ms, within 2x of nginx, >= 0.8 of its rate while comments
// arrive), 1 when it does not, 2 on a setup error.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "store/store.h"
#include "web/auth/sessions.h"
#include "support/generated_corpus.h"

namespace fs = std::filesystem;

namespace {

constexpr double kTargetRps = 20'000;
constexpr double kTargetP99Ms = 10;
constexpr double kMaxRatioToNginx = 2;
// The comment run: readers posting on other articles while wrk reads one.
constexpr int kPosters = 500;
constexpr int kCommentsPerSecond = 20;
constexpr double kMinShareWithComments = 0.8;

// A port nobody listens on now. Another process could take it before the
// server binds; on a bench machine that race is not worth more code.
int FreePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  int port = -1;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
    port = ntohs(addr.sin_port);
  ::close(fd);
  return port;
}

struct Fetched {
  int status = 0;
  std::string body;
};

// One GET over a fresh connection (Connection: close, so the body ends at
// EOF). Enough for warming pages and saving one; not a general client.
std::optional<Fetched> Send(int port, const std::string& method, const std::string& target,
                             const std::string& extra_headers, const std::string& body);

std::optional<Fetched> Get(int port, const std::string& target, const std::string& extra_headers = "") {
  return Send(port, "GET", target, extra_headers, "");
}

std::optional<Fetched> Send(int port, const std::string& method, const std::string& target,
                            const std::string& extra_headers, const std::string& body) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return std::nullopt;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  timeval tv{30, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return std::nullopt;
  }
  std::string req = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra_headers +
                    "Connection: close\r\n";
  if (!body.empty()) req += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  req += "\r\n" + body;
  if (::send(fd, req.data(), req.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(req.size())) {
    ::close(fd);
    return std::nullopt;
  }
  std::string raw;
  char buf[65536];
  for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;) raw.append(buf, static_cast<std::size_t>(n));
  ::close(fd);
  const std::size_t end = raw.find("\r\n\r\n");
  if (raw.size() < 12 || end == std::string::npos) return std::nullopt;
  Fetched f;
  f.status = std::atoi(raw.c_str() + 9);
  f.body = raw.substr(end + 4);
  return f;
}

bool WaitUntilServing(int port, pid_t pid, std::chrono::seconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == pid) return false;  // it exited
    if (auto f = Get(port, "/healthz"); f && f->status > 0) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

// Starts `argv` with stdout and stderr appended to `log`; returns its PID.
pid_t Spawn(const std::vector<std::string>& args, const fs::path& log) {
  const pid_t pid = ::fork();
  if (pid != 0) return pid;
  const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  if (fd >= 0) {
    ::dup2(fd, 1);
    ::dup2(fd, 2);
    ::close(fd);
  }
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  ::execv(argv[0], argv.data());
  std::_Exit(127);
}

void StopProcess(pid_t pid) {
  if (pid <= 0) return;
  ::kill(pid, SIGTERM);
  for (int i = 0; i < 100; ++i) {
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == pid) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ::kill(pid, SIGKILL);
  ::waitpid(pid, nullptr, 0);
}

// User plus system CPU time, in milliseconds, of `pid` and its descendants
// (nginx's workers are children of its master). Clock ticks are 10 ms; over
// a run of seconds that is precise enough.
double ProcessTreeCpuMs(pid_t pid) {
  const fs::path proc = "/proc/" + std::to_string(pid);
  double ms = 0;
  std::ifstream stat(proc / "stat");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  const std::size_t paren = text.rfind(')');
  if (paren != std::string::npos) {
    // Fields after the command name; utime and stime are fields 14 and 15.
    std::istringstream rest(text.substr(paren + 2));
    std::string field;
    unsigned long long utime = 0, stime = 0;
    for (int f = 3; f <= 15 && rest >> field; ++f) {
      if (f == 14) utime = std::stoull(field);
      if (f == 15) stime = std::stoull(field);
    }
    ms = (utime + stime) * 1000.0 / static_cast<double>(::sysconf(_SC_CLK_TCK));
  }
  std::error_code ec;
  for (const auto& task : fs::directory_iterator(proc / "task", ec)) {
    std::ifstream children(task.path() / "children");
    for (pid_t child; children >> child;) ms += ProcessTreeCpuMs(child);
  }
  return ms;
}

struct WrkResult {
  bool ok = false;
  double rps = 0;
  long long requests = 0;
  double server_cpu_us = 0;  // server CPU time per request
  double p50_ms = 0;
  double p99_ms = 0;
  long long bad = 0;  // non-2xx/3xx responses plus socket errors
  std::string raw;
};

// "635.91us", "2.73ms", "1.02s" -> milliseconds.
double ParseDurationMs(const std::string& s) {
  const double v = std::atof(s.c_str());
  if (s.find("us") != std::string::npos) return v / 1000;
  if (s.find("ms") != std::string::npos) return v;
  if (s.find('m') != std::string::npos) return v * 60'000;
  return v * 1000;  // seconds
}

WrkResult RunWrk(const std::string& url, int connections, int seconds, const std::string& header, pid_t server) {
  std::string cmd = "wrk -t2 -c" + std::to_string(connections) + " -d" + std::to_string(seconds) + "s --latency";
  if (!header.empty()) cmd += " -H '" + header + "'";
  cmd += " '" + url + "' 2>&1";
  WrkResult r;
  const double cpu0 = ProcessTreeCpuMs(server);
  std::FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  while (std::fgets(buf, sizeof buf, p)) r.raw += buf;
  r.ok = ::pclose(p) == 0;
  const double cpu_ms = ProcessTreeCpuMs(server) - cpu0;
  std::istringstream in(r.raw);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string first, second;
    words >> first >> second;
    if (first == "Requests/sec:") r.rps = std::atof(second.c_str());
    else if (first == "50%") r.p50_ms = ParseDurationMs(second);
    else if (first == "99%") r.p99_ms = ParseDurationMs(second);
    else if (second == "requests") r.requests = std::atoll(first.c_str());
    else if (first == "Non-2xx") r.bad += std::atoll(line.substr(line.rfind(' ') + 1).c_str());
    else if (first == "Socket") {
      // "Socket errors: connect 0, read 0, write 0, timeout 0"
      for (std::size_t pos = 0; (pos = line.find_first_of("0123456789", pos)) != std::string::npos;) {
        std::size_t end = 0;
        r.bad += std::stoll(line.substr(pos), &end);
        pos += end;
      }
    }
  }
  r.ok = r.ok && r.rps > 0;
  if (r.requests > 0) r.server_cpu_us = cpu_ms * 1000 / static_cast<double>(r.requests);
  return r;
}

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// The configuration `broadsheet serve` runs with: the generated sources,
// sections and regions, this store, the repository's templates.
std::string ServeConfig(const fs::path& db, const fs::path& repo, int port, bool comments) {
  std::string c;
  c += "[site]\nname = \"Bench Daily\"\nbase_url = \"http://127.0.0.1:" + std::to_string(port) + "\"\n";
  c += "[storage]\ndatabase = " + Quote(db.string()) + "\n";
  c += "[web]\ntemplates = " + Quote((repo / "templates").string()) + "\nstatic = " +
       Quote((repo / "static").string()) + "\n";
  c += "[server]\naddress = \"127.0.0.1\"\nport = " + std::to_string(port) + "\nthreads = 2\naccess_log = true\n";
  // Every poster of the comment run comes from 127.0.0.1, one network: the
  // per-network limit would refuse them all after twenty a minute.
  // The generated archive spans years; its threads must stay open.
  c += "[comments]\nper_network_per_minute = 100000\nclose_after_days = 0\n";
  if (!comments) c += "enabled = false\n";
  for (const char* s : bench::kSections) {
    std::string name = s;
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
    c += "[[sections]]\nslug = \"" + std::string(s) + "\"\nname = \"" + name + "\"\n";
  }
  for (int r = 0; r < bench::kRegions; ++r)
    c += "[[regions]]\nslug = \"region" + std::to_string(r) + "\"\nname = \"Region " + std::to_string(r) + "\"\n";
  for (const auto& s : bench::GeneratedSources()) {
    c += "[[sources]]\nslug = " + Quote(s.slug) + "\nname = " + Quote(s.name) + "\nregion = " + Quote(s.region) +
         "\nlanguage = " + Quote(s.language) + "\nabout = " + Quote(s.about) + "\n";
  }
  return c;
}

std::string NginxConfig(const fs::path& dir, int port) {
  const std::string d = dir.string();
  return "daemon off;\nmaster_process on;\nworker_processes 2;\npid " + d + "/nginx.pid;\nerror_log " + d +
         "/nginx-error.log;\nevents { worker_connections 1024; }\nhttp {\n  access_log off;\n"
         "  sendfile on;\n  keepalive_requests 1000000;\n  default_type text/html;\n"
         "  client_body_temp_path " + d + "/nginx-tmp;\n  proxy_temp_path " + d + "/nginx-tmp;\n"
         "  fastcgi_temp_path " + d + "/nginx-tmp;\n  uwsgi_temp_path " + d + "/nginx-tmp;\n"
         "  scgi_temp_path " + d + "/nginx-tmp;\n"
         "  server {\n    listen 127.0.0.1:" + std::to_string(port) + ";\n    root " + d + "/www;\n"
         "    location / { }\n  }\n}\n";
}

bool WriteFile(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

struct Row {
  std::string page;
  std::string server;
  WrkResult result;
};

}  // namespace

int main(int argc, char** argv) {
  int articles = 100'000;
  int duration = 10;
  int connections = 64;
  std::string db_arg;
  fs::path broadsheet = fs::read_symlink("/proc/self/exe").parent_path().parent_path() / "broadsheet";
  fs::path nginx = "/usr/sbin/nginx";
  fs::path repo = ".";
  bool comments = true;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--articles") articles = std::max(1, std::atoi(argv[i + 1]));
    else if (flag == "--db") db_arg = argv[i + 1];
    else if (flag == "--duration") duration = std::max(1, std::atoi(argv[i + 1]));
    else if (flag == "--connections") connections = std::max(1, std::atoi(argv[i + 1]));
    else if (flag == "--broadsheet") broadsheet = argv[i + 1];
    else if (flag == "--nginx") nginx = argv[i + 1];
    else if (flag == "--repo") repo = argv[i + 1];
    else if (flag == "--comments") comments = std::string(argv[i + 1]) != "off";
    else {
      std::fprintf(stderr,
                   "usage: site_speed [--articles N] [--db PATH] [--duration S] [--connections C]\n"
                   "                  [--broadsheet PATH] [--nginx PATH] [--repo DIR] [--comments on|off]\n");
      return 2;
    }
  }
  repo = fs::absolute(repo);
  if (!fs::exists(repo / "templates" / "layout.mustache") && !fs::exists(repo / "templates")) {
    std::fprintf(stderr, "no templates/ under %s (run from the repository root or pass --repo)\n",
                 repo.c_str());
    return 2;
  }
  for (const fs::path& bin : {broadsheet, nginx}) {
    if (::access(bin.c_str(), X_OK) != 0) {
      std::fprintf(stderr, "not executable: %s (scripts/install-deps --bench installs nginx-light and wrk)\n",
                   bin.c_str());
      return 2;
    }
  }
  if (std::system("wrk --version >/dev/null 2>&1") == -1) return 2;

  std::error_code ec;
  const fs::path dir = fs::temp_directory_path() / ("bs-site-speed-" + std::to_string(::getpid()));
  fs::create_directories(dir / "www", ec);
  fs::create_directories(dir / "nginx-tmp", ec);
  const fs::path db = db_arg.empty() ? dir / "site.db" : fs::absolute(db_arg);
  std::vector<std::string> poster_cookies;
  {
    auto opened = bs::OpenSqliteStore(db.string());
    if (!opened.ok()) {
      std::fprintf(stderr, "open %s: %s\n", db.c_str(), opened.status().ToString().c_str());
      return 2;
    }
    std::mt19937_64 rng(20260101);
    bench::Corpus corpus(rng);
    if (!bench::FillStore(**opened, corpus, rng, articles)) return 2;
    // Readers signed in for the comment run: enough that three comments a
    // minute per reader is never reached at 20 comments/s.
    for (int i = 0; i < kPosters; ++i) {
      bs::Account a;
      a.email = "poster" + std::to_string(i) + "@readers.example";
      bs::ReaderProfile p;
      p.display_name = "Poster " + std::to_string(i);
      p.display_key = "poster" + std::to_string(i);
      p.email_confirmed = true;
      auto existing = (*opened)->FindAccountByEmail(a.email);
      if (!existing.ok()) return 2;
      if (*existing) a = **existing;
      else if (!(*opened)->CreateReader(a, p).ok()) return 2;
      auto session = bs::web::StartSession(**opened, a, bs::NowUtc(), bs::web::kReaderSessionLifetimeSeconds);
      if (!session.ok()) return 2;
      poster_cookies.push_back(session->token);
    }
  }

  const int port = FreePort();
  const int nginx_port = FreePort();
  if (port <= 0 || nginx_port <= 0 || port == nginx_port) {
    std::fprintf(stderr, "no free port\n");
    return 2;
  }
  const fs::path config = dir / "broadsheet.toml";
  WriteFile(config, ServeConfig(db, repo, port, comments));
  const pid_t server = Spawn({broadsheet.string(), "--config", config.string(), "serve", "--no-scheduler"},
                             dir / "serve.log");
  pid_t nginx_pid = -1;
  int exit_code = 2;
  std::vector<Row> rows;
  // Everything below ends at `done`, which stops both servers.
  do {
    if (!WaitUntilServing(port, server, std::chrono::seconds(60))) {
      std::fprintf(stderr, "broadsheet serve did not come up; see %s\n", (dir / "serve.log").c_str());
      break;
    }
    // The article in the middle of the store, by id.
    const std::string article = "/article/" + std::to_string(articles / 2);
    const std::string front = "/";
    const std::string search = "/search?q=government+election&section=politics";
    std::optional<Fetched> page;
    for (int i = 0; i < 3; ++i) {
      page = Get(port, article);
      Get(port, front);
    }
    if (!page || page->status != 200 || page->body.empty()) {
      std::fprintf(stderr, "GET %s failed (status %d)\n", article.c_str(), page ? page->status : 0);
      break;
    }
    WriteFile(dir / "www" / "article.html", page->body);
    WriteFile(dir / "nginx.conf", NginxConfig(dir, nginx_port));
    nginx_pid = Spawn({nginx.string(), "-p", dir.string(), "-c", (dir / "nginx.conf").string(), "-e",
                       (dir / "nginx-error.log").string()},
                      dir / "nginx.log");
    bool nginx_up = false;
    for (int i = 0; i < 100 && !nginx_up; ++i) {
      auto f = Get(nginx_port, "/article.html");
      nginx_up = f && f->status == 200 && f->body == page->body;
      if (!nginx_up) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (!nginx_up) {
      std::fprintf(stderr, "nginx did not serve the page; see %s\n", (dir / "nginx-error.log").c_str());
      break;
    }

    const std::string base = "http://127.0.0.1:" + std::to_string(port);
    std::printf("article page %s: %zu bytes; wrk -t2 -c%d -d%ds --latency, keep-alive\n", article.c_str(),
                page->body.size(), connections, duration);
    std::printf("wrk and the server share this machine's %u cores; broadsheet runs 2 I/O threads, nginx 2 workers\n",
                std::thread::hardware_concurrency());
    {
      // Other work on the machine takes cores from both wrk and the server.
      std::ifstream load("/proc/loadavg");
      std::string one, five;
      load >> one >> five;
      std::printf("load average before the runs: %s (1 min), %s (5 min); server cpu/req below is\n"
                  "CPU time the server process tree spent per response, which other load barely moves\n",
                  one.c_str(), five.c_str());
    }
    std::fflush(stdout);
    rows.push_back({"article " + article, "broadsheet", RunWrk(base + article, connections, duration, "", server)});
    {
      // The same article page while readers post 20 comments a second on
      // other articles, through the site's own POST /comments (pipeline,
      // store write, thread versions), from another thread.
      std::atomic<bool> stop{false};
      std::atomic<int> posted{0}, refused{0};
      std::string first_refusal;  // written by the poster thread only, read after join
      std::thread poster([&] {
        std::mt19937 pick(99);
        auto next = std::chrono::steady_clock::now();
        for (int i = 0; !stop; ++i) {
          next += std::chrono::milliseconds(1000 / kCommentsPerSecond);
          std::this_thread::sleep_until(next);
          int target = 1 + static_cast<int>(pick() % static_cast<unsigned>(articles));
          if (target == articles / 2) target = target % articles + 1;
          const std::string body = "article_id=" + std::to_string(target) + "&body=Comment+number+" +
                                   std::to_string(i) + "+on+the+harbour+budget.";
          auto r = Send(port, "POST", "/comments",
                        "Content-Type: application/x-www-form-urlencoded\r\nOrigin: " + base + "\r\nCookie: bs_reader=" +
                            poster_cookies[static_cast<std::size_t>(i) % poster_cookies.size()] + "\r\n",
                        body);
          if (r && r->status == 303) {
            ++posted;
          } else {
            if (refused++ == 0)
              first_refusal = r ? std::to_string(r->status) + ": " + r->body.substr(r->body.find("<h1>") == std::string::npos ? 0 : r->body.find("<h1>"), 300) : "no answer";
          }
        }
      });
      rows.push_back({"article, 20 comments/s", "broadsheet", RunWrk(base + article, connections, duration, "", server)});
      stop = true;
      poster.join();
      std::printf("comments posted during that run: %d published, %d not (%.1f/s)\n", posted.load(), refused.load(),
                  (posted + refused) / static_cast<double>(duration));
      if (refused > 0) std::printf("first refusal: %s\n", first_refusal.c_str());
    }
    rows.push_back({"same page, static file", "nginx",
                    RunWrk("http://127.0.0.1:" + std::to_string(nginx_port) + "/article.html", connections,
                           duration, "", nginx_pid)});
    rows.push_back({"article, brotli", "broadsheet",
                    RunWrk(base + article, connections, duration, "Accept-Encoding: br, gzip", server)});
    rows.push_back({"front page /", "broadsheet", RunWrk(base + front, connections, duration, "", server)});
    rows.push_back({"search (uncached)", "broadsheet", RunWrk(base + search, connections, duration, "", server)});
    std::printf("search target: %s\n", search.c_str());

    std::printf("\n%-26s %-11s %10s %9s %9s %8s %14s\n", "page", "server", "req/s", "p50 ms", "p99 ms", "errors",
                "server cpu/req");
    for (const auto& r : rows) {
      if (!r.result.ok) {
        std::printf("%-26s %-11s  wrk failed:\n%s\n", r.page.c_str(), r.server.c_str(), r.result.raw.c_str());
        continue;
      }
      std::printf("%-26s %-11s %10.0f %9.2f %9.2f %8lld %11.1f us\n", r.page.c_str(), r.server.c_str(),
                  r.result.rps, r.result.p50_ms, r.result.p99_ms, r.result.bad, r.result.server_cpu_us);
    }
    const WrkResult& ours = rows[0].result;
    const WrkResult& theirs = rows[2].result;
    if (!ours.ok || !theirs.ok) break;
    const double ratio = theirs.rps / ours.rps;
    std::printf("\nnginx / broadsheet on the article page: %.2fx (target <= %.0fx)\n", ratio, kMaxRatioToNginx);
    const bool met = ours.rps >= kTargetRps && ours.p99_ms < kTargetP99Ms && ratio <= kMaxRatioToNginx &&
                     ours.bad == 0;
    std::printf("article page targets (>= %.0f req/s, p99 < %.0f ms, <= %.0fx nginx, no errors): %s\n", kTargetRps,
                kTargetP99Ms, kMaxRatioToNginx, met ? "met" : "NOT met");
    const WrkResult& busy = rows[1].result;
    const double kept = busy.ok ? busy.rps / ours.rps : 0;
    std::printf("article page while 20 comments/s arrive: %.2f of its rate without (target >= %.1f)\n", kept,
                kMinShareWithComments);
    exit_code = met && kept >= kMinShareWithComments ? 0 : 1;
  } while (false);

  StopProcess(nginx_pid);
  StopProcess(server);
  if (db_arg.empty()) {
    fs::remove_all(dir, ec);
  } else {
    // Keep nothing but the reused store.
    for (const char* f : {"www", "nginx-tmp", "broadsheet.toml", "nginx.conf", "serve.log", "nginx.log",
                          "nginx-error.log", "nginx.pid"})
      fs::remove_all(dir / f, ec);
    fs::remove(dir, ec);
  }
  return exit_code;
}
