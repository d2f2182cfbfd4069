// A small asynchronous HTTP/1.1 server on Boost.Beast with keep-alive, used by
// the reader site and by the loopback fixture server in tests and the demo.
//
// Handlers run on the server's I/O threads and must not block for long; they
// return a complete response. The handler is called concurrently from several
// threads and must be thread-safe. The server owns framing: it sets
// Content-Length, Connection, and (unless the handler did) Date and Server;
// for HEAD it sends the headers a GET would get, without the body. The server enforces request limits (header and
// body size, read timeouts against slow clients) before a handler sees a request.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/status.h"

namespace bs::web {

struct HttpRequest {
  std::string method;  // "GET", "HEAD", "POST", ...
  std::string target;  // raw request target: path plus query
  std::string path;    // percent-decoded path, no query
  std::string query;   // raw query string without '?'
  std::vector<std::pair<std::string, std::string>> headers;  // names lowercased
  std::string body;
  std::string remote_address;

  // First header with this lowercase name, or "".
  const std::string& Header(const std::string& lower_name) const;
};

struct HttpResponse {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  // When >0, the server waits this long before writing the response, without
  // holding an I/O thread (used by fixture endpoints that simulate slow servers).
  int delay_ms = 0;
  void SetHeader(std::string name, std::string value);
};

using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

struct HttpServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;  // 0 = pick a free port
  int threads = 2;
  std::size_t max_header_bytes = 16 * 1024;
  std::size_t max_body_bytes = 1 * 1024 * 1024;
  int read_timeout_seconds = 15;   // whole request must arrive within this
  int idle_timeout_seconds = 60;   // keep-alive idle limit
  bool access_log = true;
  // Connections beyond this are closed on accept, so a flood of idle clients
  // cannot exhaust file descriptors.
  std::size_t max_connections = 1024;
};

class HttpServer {
 public:
  HttpServer(HttpServerOptions options, HttpHandler handler);
  ~HttpServer();  // stops and joins
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and starts the I/O threads; returns once listening.
  Status Start();
  unsigned short port() const;  // the bound port (useful with port 0)
  // Stops accepting, closes idle connections, lets in-flight responses finish
  // (up to a grace period of a few seconds, after which they are cut off) and
  // joins the I/O threads. Idempotent; the destructor calls it. Must not be
  // called from a handler (it joins the thread the handler runs on).
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace bs::web
