// One client connection of HttpServer. Internal to src/web; not part of the
// public server API.
//
// Lifetime: a Session is owned by shared_ptrs held in its own pending
// asynchronous operations; it dies when the last operation completes. All of
// its members are touched only on its strand. It keeps the server's shared
// state alive by shared_ptr, so a session outliving HttpServer::Stop() (a
// handler still queued when the io_context is destroyed) stays safe.
#pragma once

#include <spdlog/async_logger.h>
#include <spdlog/details/thread_pool.h>

#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "web/http_server.h"

namespace bs::web::internal {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

class Session;

// State shared by the server and its sessions.
struct ServerShared {
  HttpServerOptions options;
  HttpHandler handler;
  // The access log: an asynchronous logger on the default logger's sinks,
  // so the I/O threads hand a line to a queue instead of formatting and
  // writing it under the sink's lock. Null when the log is off.
  std::shared_ptr<spdlog::details::thread_pool> access_log_pool;
  std::shared_ptr<spdlog::logger> access_log;
  std::atomic<bool> stopping{false};

  // Live sessions, so Stop() can reach them. Guarded by `mu`; `cv` is
  // notified whenever a session unregisters.
  std::mutex mu;
  std::condition_variable cv;
  std::unordered_map<const Session*, std::weak_ptr<Session>> sessions;
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(asio::ip::tcp::socket socket, std::shared_ptr<ServerShared> shared);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Registers with the server and starts reading the first request.
  void Start();
  // Thread-safe. An idle connection closes now; one with a response in flight
  // closes once that response is written.
  void BeginShutdown();
  // Thread-safe. Closes the connection now, abandoning any response.
  void ForceClose();

 private:
  using Clock = std::chrono::steady_clock;

  void AwaitNextRequest();
  void ReadRequest();
  void OnRead(beast::error_code ec);
  void HandleRequest();
  void Respond(HttpResponse response, bool head);
  void SendError(int status, const std::string& text);
  void Write();
  void SerializeHead();
  void OnWrite(beast::error_code ec);
  void LingerThenClose();
  void DrainThenClose();
  void Close();
  void LogAccess(int status, std::size_t bytes) const;

  std::shared_ptr<ServerShared> shared_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  asio::steady_timer delay_timer_;
  // The response being sent. The head is serialised in Write(), so a
  // shutdown that starts while the response waits can still say
  // "Connection: close"; head_ keeps its capacity across requests.
  int status_ = 0;
  unsigned version_ = 11;
  std::vector<std::pair<std::string, std::string>> headers_;
  std::string body_;
  std::size_t content_length_ = 0;
  std::string head_;
  std::string remote_;

  // Strand-only state.
  bool in_flight_ = false;      // a request is being handled or answered
  bool shutting_down_ = false;  // close after the current response
  bool keep_alive_ = false;
  bool closed_ = false;
  // For the access log.
  Clock::time_point started_;
  std::string log_method_;
  std::string log_target_;
  int log_status_ = 0;
  std::size_t log_bytes_ = 0;
  char linger_scratch_[4096];
  std::size_t lingered_bytes_ = 0;
};

}  // namespace bs::web::internal
