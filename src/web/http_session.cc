#include "web/http_session.h"

#include <spdlog/spdlog.h>

#include <boost/asio/write.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <exception>
#include <utility>

#include "core/time.h"
#include "web/percent_decode.h"

namespace bs::web::internal {
namespace {

// A response slower than this to write is a stalled reader; drop it rather
// than hold the socket and buffer forever.
constexpr std::chrono::seconds kWriteTimeout{60};
// Handlers may ask for a delay (slow-server fixtures); anything longer than
// this is a bug, and the cap keeps Stop()'s grace period meaningful.
constexpr int kMaxDelayMs = 120'000;
// After answering an error (413, 431, ...) the client may still be sending;
// closing with unread bytes makes the kernel send RST, which can destroy the
// response before the client reads it. Drain for a moment first, but bounded.
constexpr std::chrono::milliseconds kLingerTimeout{500};
constexpr std::size_t kMaxLingerBytes = 256 * 1024;
// Read size while waiting for the first byte of a keep-alive request.
constexpr std::size_t kIdleReadChunk = 4096;

constexpr char kServerHeader[] = "Broadsheet/" BROADSHEET_VERSION;

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Framing headers belong to the server; a handler setting them would corrupt
// the connection.
bool IsServerOwnedHeader(const std::string& lower) {
  return lower == "content-length" || lower == "transfer-encoding" || lower == "connection" ||
         lower == "keep-alive";
}

// The Date header changes once a second; formatting it per response showed
// in profiles. Each I/O thread keeps its own copy.
const std::string& CachedHttpDate() {
  thread_local Timestamp second = -1;
  thread_local std::string text;
  const Timestamp now = NowUtc();
  if (now != second) {
    second = now;
    text = FormatRfc1123(now);
  }
  return text;
}

std::string Str(beast::string_view s) { return std::string(s.data(), s.size()); }

bool StatusHasNoBody(int status) { return (status >= 100 && status < 200) || status == 204 || status == 304; }

}  // namespace

Session::Session(asio::ip::tcp::socket socket, std::shared_ptr<ServerShared> shared)
    : shared_(std::move(shared)),
      stream_(std::move(socket)),
      delay_timer_(stream_.get_executor()) {
  beast::error_code ec;
  auto ep = stream_.socket().remote_endpoint(ec);
  if (!ec) remote_ = ep.address().to_string();
  // Each response is one gathered write; Nagle would only hold back the
  // tail of a large one until the client's delayed ACK.
  stream_.socket().set_option(asio::ip::tcp::no_delay(true), ec);
}

Session::~Session() {
  std::lock_guard<std::mutex> lock(shared_->mu);
  shared_->sessions.erase(this);
  shared_->cv.notify_all();
}

void Session::Start() {
  {
    std::lock_guard<std::mutex> lock(shared_->mu);
    shared_->sessions.emplace(this, weak_from_this());
  }
  // The first request gets only the read timeout: a client that connects and
  // says nothing is treated like one that sends slowly.
  asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->ReadRequest(); });
}

void Session::BeginShutdown() {
  asio::post(stream_.get_executor(), [self = shared_from_this()] {
    self->shutting_down_ = true;
    if (!self->in_flight_) self->Close();
  });
}

void Session::ForceClose() {
  asio::post(stream_.get_executor(), [self = shared_from_this()] { self->Close(); });
}

void Session::AwaitNextRequest() {
  if (shutting_down_ || shared_->stopping) return Close();
  if (buffer_.size() > 0) return ReadRequest();  // a pipelined request is already here
  // Between requests the idle limit applies; once a byte arrives the whole
  // request must follow within the read timeout.
  stream_.expires_after(std::chrono::seconds(shared_->options.idle_timeout_seconds));
  stream_.async_read_some(buffer_.prepare(kIdleReadChunk),
                          [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                            if (ec) return self->Close();
                            self->buffer_.commit(n);
                            self->ReadRequest();
                          });
}

void Session::ReadRequest() {
  if (closed_) return;
  parser_.emplace();
  parser_->header_limit(static_cast<std::uint32_t>(
      std::min<std::size_t>(shared_->options.max_header_bytes, UINT32_MAX)));
  parser_->body_limit(shared_->options.max_body_bytes);
  stream_.expires_after(std::chrono::seconds(shared_->options.read_timeout_seconds));
  http::async_read(stream_, buffer_, *parser_,
                   [self = shared_from_this()](beast::error_code ec, std::size_t) {
                     self->OnRead(ec);
                   });
}

void Session::OnRead(beast::error_code ec) {
  if (!ec) return HandleRequest();
  log_method_ = "-";
  log_target_ = "-";
  started_ = Clock::now();
  if (ec == http::error::end_of_stream || ec == http::error::partial_message ||
      ec == beast::error::timeout || ec == asio::error::operation_aborted ||
      ec.category() != http::make_error_code(http::error::bad_target).category()) {
    // Timeouts, resets and clients that simply leave are routine; they are
    // logged for debugging only.
    if (ec != http::error::end_of_stream && ec != asio::error::operation_aborted) {
      spdlog::debug("http: closing connection from {}: {}", remote_, ec.message());
    }
    return Close();
  }
  if (ec == http::error::header_limit) return SendError(431, "Request Header Fields Too Large\n");
  if (ec == http::error::body_limit) return SendError(413, "Payload Too Large\n");
  // buffer_overflow: the request line or a single field outgrew the buffer.
  if (ec == http::error::buffer_overflow) return SendError(431, "Request Header Fields Too Large\n");
  SendError(400, "Bad Request\n");
}

void Session::HandleRequest() {
  in_flight_ = true;
  started_ = Clock::now();
  auto& msg = parser_->get();

  HttpRequest req;
  req.method = Str(msg.method_string());
  req.target = Str(msg.target());
  req.remote_address = remote_;
  log_method_ = req.method;
  log_target_ = req.target;
  keep_alive_ = msg.keep_alive() && !shutting_down_ && !shared_->stopping;

  // Only origin-form targets ("/path?query") are served; absolute-form and
  // "*" belong to proxies and OPTIONS, neither of which this server is.
  if (req.target.empty() || req.target.front() != '/') return SendError(400, "Bad Request\n");
  const std::size_t q = req.target.find('?');
  auto path = PercentDecode(std::string_view(req.target).substr(0, q));
  if (!path) return SendError(400, "Bad Request: invalid percent-encoding\n");
  req.path = std::move(*path);
  if (q != std::string::npos) req.query = req.target.substr(q + 1);
  for (const auto& field : msg) {
    req.headers.emplace_back(Lower(Str(field.name_string())), Str(field.value()));
  }
  req.body = std::move(msg.body());

  HttpResponse response;
  try {
    response = shared_->handler(req);
  } catch (const std::exception& e) {
    // Handlers are not supposed to throw; one bad page must not end the
    // connection loop or the process.
    spdlog::error("http: handler threw on {} {}: {}", req.method, req.target, e.what());
    response = HttpResponse();
    response.status = 500;
    response.SetHeader("Content-Type", "text/plain; charset=utf-8");
    response.body = "Internal Server Error\n";
  }
  Respond(std::move(response), req.method == "HEAD");
}

void Session::Respond(HttpResponse response, bool head) {
  int status = response.status;
  if (status < 100 || status > 599) status = 500;
  status_ = status;
  version_ = parser_ && parser_->is_header_done() ? parser_->get().version() : 11;
  headers_ = std::move(response.headers);
  body_.clear();
  // HEAD gets the length a GET would have (SerializeHead), and no body.
  content_length_ = StatusHasNoBody(status) ? 0 : response.body.size();
  if (!StatusHasNoBody(status) && !head) body_ = std::move(response.body);
  log_status_ = status;
  log_bytes_ = body_.size();

  if (response.delay_ms > 0) {
    // The wait is a timer on the strand, so no I/O thread is held.
    stream_.expires_never();
    delay_timer_.expires_after(std::chrono::milliseconds(std::min(response.delay_ms, kMaxDelayMs)));
    delay_timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
      if (ec || self->closed_) return self->Close();
      self->Write();
    });
    return;
  }
  Write();
}

// Written by hand rather than through Beast's serializer: a cached page is
// answered thousands of times a second, and building a beast::http::fields
// costs an allocation per header. The bytes are the same: status line,
// handler headers, Date/Server unless given, Connection, Content-Length.
void Session::SerializeHead() {
  head_.clear();
  head_ += version_ == 10 ? "HTTP/1.0 " : "HTTP/1.1 ";
  head_ += std::to_string(status_);
  head_ += ' ';
  const beast::string_view reason = http::obsolete_reason(http::int_to_status(static_cast<unsigned>(status_)));
  head_.append(reason.data(), reason.size());
  head_ += "\r\n";
  bool has_date = false;
  bool has_server = false;
  for (const auto& [name, value] : headers_) {
    // A CR or LF would let a value start a header of its own.
    if (name.empty() || name.find_first_of("\r\n:") != std::string::npos ||
        value.find_first_of("\r\n") != std::string::npos)
      continue;
    const std::string lower = Lower(name);
    if (IsServerOwnedHeader(lower)) continue;
    if (lower == "date") has_date = true;
    if (lower == "server") has_server = true;
    head_ += name;
    head_ += ": ";
    head_ += value;
    head_ += "\r\n";
  }
  if (!has_date) {
    head_ += "Date: ";
    head_ += CachedHttpDate();
    head_ += "\r\n";
  }
  if (!has_server) {
    head_ += "Server: ";
    head_ += kServerHeader;
    head_ += "\r\n";
  }
  // HTTP/1.1 keeps the connection unless told; HTTP/1.0 closes unless told.
  if (version_ >= 11 && !keep_alive_) head_ += "Connection: close\r\n";
  if (version_ < 11 && keep_alive_) head_ += "Connection: keep-alive\r\n";
  if (!StatusHasNoBody(status_)) {
    head_ += "Content-Length: ";
    head_ += std::to_string(content_length_);
    head_ += "\r\n";
  }
  head_ += "\r\n";
}

void Session::SendError(int status, const std::string& text) {
  in_flight_ = true;
  keep_alive_ = false;
  HttpResponse r;
  r.status = status;
  r.SetHeader("Content-Type", "text/plain; charset=utf-8");
  r.body = text;
  Respond(std::move(r), false);
}

void Session::Write() {
  if (closed_) return;
  if (keep_alive_ && (shutting_down_ || shared_->stopping)) {
    // Stop() began while this response waited: tell the client not to reuse
    // the connection.
    keep_alive_ = false;
  }
  SerializeHead();
  stream_.expires_after(kWriteTimeout);
  // One gathered write: head and body leave in the same segment train.
  const std::array<asio::const_buffer, 2> buffers{asio::buffer(head_), asio::buffer(body_)};
  asio::async_write(stream_, buffers, [self = shared_from_this()](beast::error_code ec, std::size_t) {
    self->OnWrite(ec);
  });
}

void Session::OnWrite(beast::error_code ec) {
  LogAccess(ec ? 0 : log_status_, ec ? 0 : log_bytes_);
  in_flight_ = false;
  headers_.clear();
  body_.clear();
  body_.shrink_to_fit();  // a large page should not stay pinned to an idle connection
  if (ec) return Close();
  if (!keep_alive_ || shutting_down_ || shared_->stopping) return LingerThenClose();
  AwaitNextRequest();
}

void Session::LingerThenClose() {
  beast::error_code ignored;
  stream_.socket().shutdown(asio::ip::tcp::socket::shutdown_send, ignored);
  stream_.expires_after(kLingerTimeout);
  DrainThenClose();
}

void Session::DrainThenClose() {
  // Discard what the client still sends until it closes, the bound is hit,
  // or the linger time runs out.
  stream_.async_read_some(
      asio::buffer(linger_scratch_),
      [self = shared_from_this()](beast::error_code ec, std::size_t n) {
        self->lingered_bytes_ += n;
        if (ec || self->lingered_bytes_ > kMaxLingerBytes) return self->Close();
        self->DrainThenClose();
      });
}

void Session::Close() {
  if (closed_) return;
  closed_ = true;
  delay_timer_.cancel();
  stream_.close();
}

void Session::LogAccess(int status, std::size_t bytes) const {
  if (!shared_->access_log) return;
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started_).count();
  shared_->access_log->info("{} \"{} {}\" {} {} {}ms", remote_.empty() ? "-" : remote_, log_method_,
               log_target_, status, bytes, ms);
}

}  // namespace bs::web::internal
