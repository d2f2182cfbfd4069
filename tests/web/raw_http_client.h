// A deliberately dumb HTTP/1.1 client over a plain POSIX socket to 127.0.0.1,
// for testing the server byte by byte: it sends exactly what a test gives it
// (half requests, garbage, pipelined requests) and every read has a timeout,
// so a misbehaving server fails a test instead of hanging it.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>

namespace bs::testing {

struct RawResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // names lowercased; last wins
  std::string body;
  std::string Header(const std::string& lower) const {
    auto it = headers.find(lower);
    return it == headers.end() ? "" : it->second;
  }
};

class RawHttpClient {
 public:
  explicit RawHttpClient(unsigned short port);  // connects; check connected()
  ~RawHttpClient();
  RawHttpClient(const RawHttpClient&) = delete;
  RawHttpClient& operator=(const RawHttpClient&) = delete;

  bool connected() const { return fd_ >= 0; }
  bool Send(const std::string& bytes);
  // Reads one response. For a response to HEAD pass `head` so no body is
  // expected despite Content-Length. nullopt on timeout, close or bad framing.
  std::optional<RawResponse> Read(bool head = false,
                                  std::chrono::milliseconds timeout = std::chrono::seconds(5));
  // True when the server closes (EOF or reset) within `timeout`; bytes that
  // arrive meanwhile are discarded.
  bool WaitClosed(std::chrono::milliseconds timeout);

 private:
  // Appends what arrives before `deadline`; false on EOF, error or timeout.
  bool Fill(std::chrono::steady_clock::time_point deadline);
  int fd_ = -1;
  std::string buffer_;
};

// Convenience: one GET on a fresh connection.
std::optional<RawResponse> GetOnce(unsigned short port, const std::string& target,
                                   const std::string& extra_headers = "");

}  // namespace bs::testing
