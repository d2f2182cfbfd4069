#include "web/http_server.h"

#include <spdlog/spdlog.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <exception>
#include <optional>
#include <thread>

#include "web/http_session.h"

namespace bs::web {

namespace asio = boost::asio;
using asio::ip::tcp;
using internal::ServerShared;
using internal::Session;

namespace {

// How long Stop() lets in-flight responses finish before cutting them off.
constexpr std::chrono::milliseconds kStopGrace{3000};
// After cutting connections, how long to wait for their handlers to unwind
// before stopping the io_context outright.
constexpr std::chrono::milliseconds kForceCloseWait{1000};
// Back-off after a failed accept (EMFILE and friends), so the loop does not spin.
constexpr std::chrono::milliseconds kAcceptRetry{100};
// Access log lines queued for the writer thread (a few hundred KiB).
constexpr std::size_t kAccessLogQueue = 8192;
// More I/O threads than this is a configuration mistake, not a tuning choice.
constexpr int kMaxThreads = 256;

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
           return std::tolower(x) == std::tolower(y);
         });
}

}  // namespace

const std::string& HttpRequest::Header(const std::string& lower_name) const {
  static const std::string kEmpty;
  for (const auto& [name, value] : headers) {
    if (name == lower_name) return value;
  }
  return kEmpty;
}

void HttpResponse::SetHeader(std::string name, std::string value) {
  for (auto& [n, v] : headers) {
    if (EqualsIgnoreCase(n, name)) {
      v = std::move(value);
      return;
    }
  }
  headers.emplace_back(std::move(name), std::move(value));
}

struct HttpServer::Impl {
  explicit Impl(HttpServerOptions options, HttpHandler handler)
      : shared(std::make_shared<ServerShared>()),
        ioc(std::clamp(options.threads, 1, kMaxThreads)),
        retry_timer(ioc) {
    shared->options = std::move(options);
    shared->handler = std::move(handler);
    if (shared->options.access_log) {
      // Lines follow the default logger (its sinks and level) as it is when
      // the server is built. The queue blocks when full: a burst slows
      // responses a little rather than dropping log lines.
      auto base = spdlog::default_logger();
      shared->access_log_pool = std::make_shared<spdlog::details::thread_pool>(kAccessLogQueue, 1);
      shared->access_log = std::make_shared<spdlog::async_logger>(
          "http-access", base->sinks().begin(), base->sinks().end(), shared->access_log_pool,
          spdlog::async_overflow_policy::block);
      shared->access_log->set_level(base->level());
    }
  }

  void Accept();
  // Waits until no session is left or `deadline` passes; true when none left.
  bool WaitForSessions(std::chrono::steady_clock::time_point deadline);
  template <typename F>
  void ForEachSession(F f);

  std::shared_ptr<ServerShared> shared;
  // Declared before the acceptor and timer so it is destroyed after them.
  asio::io_context ioc;
  std::optional<tcp::acceptor> acceptor;
  asio::steady_timer retry_timer;
  std::vector<std::thread> threads;
  unsigned short port = 0;
  bool started = false;
  bool stopped = false;
};

void HttpServer::Impl::Accept() {
  acceptor->async_accept(asio::make_strand(ioc), [this](boost::system::error_code ec,
                                                        tcp::socket socket) {
    if (ec == asio::error::operation_aborted || !acceptor->is_open() || shared->stopping) return;
    if (ec) {
      spdlog::warn("http: accept failed: {}", ec.message());
      retry_timer.expires_after(kAcceptRetry);
      retry_timer.async_wait([this](boost::system::error_code e) {
        if (!e && !shared->stopping) Accept();
      });
      return;
    }
    bool full = false;
    {
      std::lock_guard<std::mutex> lock(shared->mu);
      full = shared->sessions.size() >= shared->options.max_connections;
    }
    if (full) {
      // Refusing one connection is better than running out of descriptors.
      spdlog::warn("http: connection limit ({}) reached, refusing a client",
                   shared->options.max_connections);
      boost::system::error_code ignored;
      socket.close(ignored);
    } else {
      std::make_shared<Session>(std::move(socket), shared)->Start();
    }
    Accept();
  });
}

bool HttpServer::Impl::WaitForSessions(std::chrono::steady_clock::time_point deadline) {
  std::unique_lock<std::mutex> lock(shared->mu);
  return shared->cv.wait_until(lock, deadline, [&] { return shared->sessions.empty(); });
}

template <typename F>
void HttpServer::Impl::ForEachSession(F f) {
  std::vector<std::shared_ptr<Session>> live;
  {
    std::lock_guard<std::mutex> lock(shared->mu);
    for (auto& [ptr, weak] : shared->sessions) {
      if (auto s = weak.lock()) live.push_back(std::move(s));
    }
  }
  // Called outside the lock: a session released here may unregister itself.
  for (auto& s : live) f(*s);
}

HttpServer::HttpServer(HttpServerOptions options, HttpHandler handler)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler))) {}

HttpServer::~HttpServer() { Stop(); }

Status HttpServer::Start() {
  if (impl_->started) return Status::InvalidArgument("http server already started");
  const HttpServerOptions& opt = impl_->shared->options;
  boost::system::error_code ec;
  const auto address = asio::ip::make_address(opt.address, ec);
  if (ec) return Status::InvalidArgument("bad listen address '" + opt.address + "': " + ec.message());
  const tcp::endpoint endpoint(address, opt.port);

  tcp::acceptor acceptor(asio::make_strand(impl_->ioc));
  if (acceptor.open(endpoint.protocol(), ec); ec) {
    return Status::NetworkError("socket: " + ec.message());
  }
  if (acceptor.set_option(asio::socket_base::reuse_address(true), ec); ec) {
    return Status::NetworkError("SO_REUSEADDR: " + ec.message());
  }
  if (acceptor.bind(endpoint, ec); ec) {
    return Status::NetworkError("bind " + opt.address + ":" + std::to_string(opt.port) + ": " +
                                ec.message());
  }
  if (acceptor.listen(asio::socket_base::max_listen_connections, ec); ec) {
    return Status::NetworkError("listen: " + ec.message());
  }
  impl_->port = acceptor.local_endpoint(ec).port();
  if (ec) return Status::NetworkError("local_endpoint: " + ec.message());
  impl_->acceptor.emplace(std::move(acceptor));
  impl_->Accept();

  const int n = std::clamp(opt.threads, 1, kMaxThreads);
  impl_->threads.reserve(n);
  for (int i = 0; i < n; ++i) {
    impl_->threads.emplace_back([this] {
      for (;;) {
        try {
          impl_->ioc.run();
          return;
        } catch (const std::exception& e) {
          // Sessions catch handler exceptions; anything reaching here is an
          // internal fault. Keep serving the other connections.
          spdlog::error("http: I/O thread caught: {}", e.what());
        }
      }
    });
  }
  impl_->started = true;
  return Status::Ok();
}

unsigned short HttpServer::port() const { return impl_->port; }

void HttpServer::Stop() {
  if (!impl_->started || impl_->stopped) return;
  impl_->stopped = true;
  impl_->shared->stopping = true;

  asio::post(impl_->acceptor->get_executor(), [impl = impl_.get()] {
    boost::system::error_code ignored;
    impl->acceptor->close(ignored);
    impl->retry_timer.cancel();
  });
  impl_->ForEachSession([](Session& s) { s.BeginShutdown(); });
  const auto now = std::chrono::steady_clock::now();
  if (!impl_->WaitForSessions(now + kStopGrace)) {
    spdlog::warn("http: cutting off responses still in flight after the grace period");
    impl_->ForEachSession([](Session& s) { s.ForceClose(); });
    impl_->WaitForSessions(std::chrono::steady_clock::now() + kForceCloseWait);
  }
  impl_->ioc.stop();
  for (auto& t : impl_->threads) t.join();
  impl_->threads.clear();
  if (impl_->shared->access_log) impl_->shared->access_log->flush();
}

}  // namespace bs::web
