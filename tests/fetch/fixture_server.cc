#include "fixture_server.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <fstream>

#include "web/fixture_site.h"

namespace bs::fetch_test {

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "bs-fetch-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    ADD_FAILURE() << "mkdtemp failed";
    return;
  }
  path_ = std::filesystem::canonical(pattern);
}

TempDir::~TempDir() {
  std::error_code ec;
  if (!path_.empty()) std::filesystem::remove_all(path_, ec);
}

void WriteFile(const std::filesystem::path& path, const std::string& content) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  ASSERT_TRUE(out.good()) << "cannot write " << path;
}

FixtureServer::FixtureServer(const std::filesystem::path& root) {
  web::HttpServerOptions options;
  options.address = "127.0.0.1";
  options.port = 0;
  options.threads = 2;
  options.access_log = false;
  server_ = std::make_unique<web::HttpServer>(options, web::MakeFixtureSite({root}));
  Status s = server_->Start();
  if (!s.ok()) {
    ADD_FAILURE() << "fixture server: " << s.ToString();
    return;
  }
  started_ = true;
  origin_ = "http://127.0.0.1:" + std::to_string(server_->port());
}

FixtureServer::~FixtureServer() {
  if (server_) server_->Stop();
}

std::string FixtureServer::Get(const std::string& path) const {
  Fetcher fetcher(FastOptions());
  Result<FetchResponse> r = fetcher.Fetch(LoopbackRequest(Url(path)));
  if (!r.ok()) {
    ADD_FAILURE() << "GET " << path << ": " << r.status().ToString();
    return "";
  }
  return r->body;
}

FetchOptions FastOptions() {
  FetchOptions o;
  o.per_host_delay_ms = 0;
  o.connect_timeout_ms = 2'000;
  o.total_timeout_ms = 5'000;
  o.honour_robots = false;
  o.max_connections_per_host = 4;
  return o;
}

FetchRequest LoopbackRequest(const std::string& url) {
  FetchRequest r;
  r.url = url;
  r.address_policy = AddressPolicy::kAllowLoopback;
  return r;
}

}  // namespace bs::fetch_test
