// Test support: a temporary site directory served by HttpServer + the fixture
// site on 127.0.0.1 with a free port, stopped on destruction.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "fetch/fetcher.h"
#include "web/http_server.h"

namespace bs::fetch_test {

// A fresh directory under the system temp dir, removed (recursively) on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

void WriteFile(const std::filesystem::path& path, const std::string& content);

class FixtureServer {
 public:
  // Serves `root`; check started() (Start failures are reported via gtest).
  explicit FixtureServer(const std::filesystem::path& root);
  ~FixtureServer();
  bool started() const { return started_; }
  // "http://127.0.0.1:<port>"
  const std::string& origin() const { return origin_; }
  std::string Url(const std::string& path) const { return origin_ + path; }
  // Body of a fixture endpoint (e.g. "/_fault/hits/x"), fetched without robots
  // or politeness; "" on failure.
  std::string Get(const std::string& path) const;

 private:
  std::unique_ptr<web::HttpServer> server_;
  std::string origin_;
  bool started_ = false;
};

// Options suited to tests: no politeness delay, short timeouts, no robots.
FetchOptions FastOptions();
// A request for `url` allowed to reach loopback only.
FetchRequest LoopbackRequest(const std::string& url);

}  // namespace bs::fetch_test
