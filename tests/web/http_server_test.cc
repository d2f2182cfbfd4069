#include "web/http_server.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <thread>
#include <vector>

#include "web/raw_http_client.h"

namespace bs::web {
namespace {

using namespace std::chrono_literals;
using bs::testing::GetOnce;
using bs::testing::RawHttpClient;
using Clock = std::chrono::steady_clock;

// Echoes what the server handed to the handler, so tests can see decoding.
HttpResponse Echo(const HttpRequest& req) {
  HttpResponse r;
  r.SetHeader("Content-Type", "text/plain; charset=utf-8");
  if (req.path == "/slow") r.delay_ms = 400;
  if (req.path == "/throw") throw std::runtime_error("handler bug");
  if (req.path == "/not-modified") {
    r.status = 304;
    return r;
  }
  r.body = "method=" + req.method + "\npath=" + req.path + "\nquery=" + req.query +
           "\nua=" + req.Header("user-agent") + "\nbody=" + req.body + "\n";
  return r;
}

class HttpServerTest : public ::testing::Test {
 protected:
  void StartServer(HttpServerOptions options = {}, HttpHandler handler = Echo) {
    options.address = "127.0.0.1";
    options.port = 0;
    options.access_log = false;
    server_ = std::make_unique<HttpServer>(options, std::move(handler));
    ASSERT_TRUE(server_->Start().ok());
    port_ = server_->port();
    ASSERT_NE(port_, 0);
  }
  void TearDown() override {
    if (server_) server_->Stop();
  }
  std::unique_ptr<HttpServer> server_;
  unsigned short port_ = 0;
};

TEST_F(HttpServerTest, BasicGetWithDecodedPathQueryAndStandardHeaders) {
  StartServer();
  auto r = GetOnce(port_, "/caf%C3%A9/a%20b?x=1&y=%41", "User-Agent: unit-test\r\n");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("method=GET\n"), std::string::npos);
  EXPECT_NE(r->body.find("path=/caf\xC3\xA9/a b\n"), std::string::npos) << r->body;
  EXPECT_NE(r->body.find("query=x=1&y=%41\n"), std::string::npos) << "query stays raw";
  EXPECT_NE(r->body.find("ua=unit-test\n"), std::string::npos) << "header names lowercased";
  EXPECT_FALSE(r->Header("date").empty());
  EXPECT_EQ(r->Header("date").substr(r->Header("date").size() - 3), "GMT");
  EXPECT_EQ(r->Header("server").rfind("Broadsheet/", 0), 0u);
  EXPECT_EQ(r->Header("content-length"), std::to_string(r->body.size()));
}

TEST_F(HttpServerTest, KeepAliveServesSeveralRequestsOnOneConnection) {
  StartServer();
  RawHttpClient c(port_);
  ASSERT_TRUE(c.connected());
  for (int i = 0; i < 5; ++i) {
    ASSERT_TRUE(c.Send("GET /n" + std::to_string(i) + " HTTP/1.1\r\nHost: x\r\n\r\n"));
    auto r = c.Read();
    ASSERT_TRUE(r) << "request " << i;
    EXPECT_EQ(r->status, 200);
    EXPECT_NE(r->body.find("path=/n" + std::to_string(i)), std::string::npos);
    EXPECT_NE(r->Header("connection"), "close");
  }
}

TEST_F(HttpServerTest, PipelinedRequestsAreAnsweredInOrder) {
  StartServer();
  RawHttpClient c(port_);
  ASSERT_TRUE(c.Send("GET /first HTTP/1.1\r\nHost: x\r\n\r\nGET /second HTTP/1.1\r\nHost: x\r\n\r\n"));
  auto a = c.Read();
  auto b = c.Read();
  ASSERT_TRUE(a && b);
  EXPECT_NE(a->body.find("path=/first"), std::string::npos);
  EXPECT_NE(b->body.find("path=/second"), std::string::npos);
}

TEST_F(HttpServerTest, ConnectionCloseAndHttp10Close) {
  StartServer();
  RawHttpClient c(port_);
  ASSERT_TRUE(c.Send("GET / HTTP/1.0\r\n\r\n"));
  auto r = c.Read();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_TRUE(c.WaitClosed(2s));
}

TEST_F(HttpServerTest, HeadSendsHeadersWithoutBody) {
  StartServer();
  auto get = GetOnce(port_, "/thing");
  ASSERT_TRUE(get);
  RawHttpClient c(port_);
  ASSERT_TRUE(c.Send("HEAD /thing HTTP/1.1\r\nHost: x\r\n\r\n"));
  auto head = c.Read(/*head=*/true);
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_EQ(head->Header("content-length"), std::to_string(get->body.size() + 1))
      << "the length a GET would have (method=HEAD is one byte longer than GET)";
  // If any body bytes had been sent, this next response would be misparsed.
  ASSERT_TRUE(c.Send("GET /after HTTP/1.1\r\nHost: x\r\n\r\n"));
  auto after = c.Read();
  ASSERT_TRUE(after);
  EXPECT_EQ(after->status, 200);
  EXPECT_NE(after->body.find("path=/after"), std::string::npos);
}

TEST_F(HttpServerTest, NotModifiedHasNoBodyAndKeepsConnection) {
  StartServer();
  RawHttpClient c(port_);
  ASSERT_TRUE(c.Send("GET /not-modified HTTP/1.1\r\nHost: x\r\n\r\n"));
  auto r = c.Read();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 304);
  ASSERT_TRUE(c.Send("GET /next HTTP/1.1\r\nHost: x\r\n\r\n"));
  auto next = c.Read();
  ASSERT_TRUE(next);
  EXPECT_NE(next->body.find("path=/next"), std::string::npos);
}

TEST_F(HttpServerTest, InvalidPercentEncodingAndNulAreRejected) {
  StartServer();
  for (const char* target : {"/a%00b", "/%zz", "/trailing%4", "/trailing%"}) {
    auto r = GetOnce(port_, target);
    ASSERT_TRUE(r) << target;
    EXPECT_EQ(r->status, 400) << target;
  }
  // Absolute-form targets are for proxies.
  auto r = GetOnce(port_, "http://elsewhere.invalid/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
}

TEST_F(HttpServerTest, GarbageGets400AndServerSurvives) {
  StartServer();
  {
    RawHttpClient c(port_);
    ASSERT_TRUE(c.Send(std::string("\x01\x02 nonsense \0 here\r\n\r\n", 22)));
    auto r = c.Read();
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400);
    EXPECT_TRUE(c.WaitClosed(2s));
  }
  auto ok = GetOnce(port_, "/");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);
}

TEST_F(HttpServerTest, MalformedFramingAndFieldsGet400) {
  StartServer();
  static const char kNulField[] = "GET / HTTP/1.1\r\nHost: x\r\nX-Nul: a\0b\r\n\r\n";
  const std::string cases[] = {
      // Two different lengths: the classic request-smuggling ambiguity.
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n",
      std::string(kNulField, sizeof kNulField - 1),
      "GET / HTTP/1.1\r\nHost: x\r\nBad Name: v\r\n\r\n",
      "GET / HTTP/9.9\r\nHost: x\r\n\r\n",
      "GET /\x01 HTTP/1.1\r\nHost: x\r\n\r\n",
  };
  for (const auto& raw : cases) {
    RawHttpClient c(port_);
    ASSERT_TRUE(c.Send(raw));
    auto r = c.Read();
    ASSERT_TRUE(r) << raw;
    EXPECT_TRUE(r->status == 400 || r->status == 413) << raw << " -> " << r->status;
    EXPECT_TRUE(c.WaitClosed(2s)) << raw;
  }
  auto ok = GetOnce(port_, "/");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);
}

TEST_F(HttpServerTest, OversizedHeaderGets431) {
  HttpServerOptions o;
  o.max_header_bytes = 2048;
  StartServer(o);
  {
    RawHttpClient c(port_);
    ASSERT_TRUE(c.Send("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(8000, 'a') + "\r\n\r\n"));
    auto r = c.Read();
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->status == 431 || r->status == 400) << r->status;
    EXPECT_TRUE(c.WaitClosed(3s));
  }
  {
    // Many small fields adding up past the limit.
    std::string many = "GET / HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 400; ++i) many += "X-F" + std::to_string(i) + ": v\r\n";
    RawHttpClient c(port_);
    ASSERT_TRUE(c.Send(many + "\r\n"));
    auto r = c.Read();
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 431);
  }
  auto ok = GetOnce(port_, "/");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);
}

TEST_F(HttpServerTest, OversizedBodyGets413) {
  HttpServerOptions o;
  o.max_body_bytes = 1000;
  StartServer(o);
  {
    RawHttpClient c(port_);
    ASSERT_TRUE(c.Send("POST /up HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n" +
                       std::string(5000, 'b')));
    auto r = c.Read();
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 413);
  }
  {
    // Chunked bodies are counted as they arrive.
    RawHttpClient c(port_);
    std::string chunked = "POST /up HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 4; ++i) chunked += "1f4\r\n" + std::string(500, 'c') + "\r\n";
    ASSERT_TRUE(c.Send(chunked + "0\r\n\r\n"));
    auto r = c.Read();
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 413);
  }
  auto small = [&] {
    RawHttpClient c(port_);
    c.Send("POST /up HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
    return c.Read();
  }();
  ASSERT_TRUE(small);
  EXPECT_EQ(small->status, 200);
  EXPECT_NE(small->body.find("body=hello"), std::string::npos);
}

TEST_F(HttpServerTest, SlowClientIsClosedAfterReadTimeout) {
  HttpServerOptions o;
  o.read_timeout_seconds = 1;
  o.idle_timeout_seconds = 30;
  StartServer(o);

  // Half a request, then nothing.
  RawHttpClient half(port_);
  ASSERT_TRUE(half.Send("GET / HTTP/1.1\r\nHost: x\r\n"));
  const auto t0 = Clock::now();
  EXPECT_TRUE(half.WaitClosed(4s));
  EXPECT_LT(Clock::now() - t0, 3s);

  // Trickling one byte at a time does not buy more time: the whole request
  // has to arrive within the limit.
  RawHttpClient trickle(port_);
  const std::string req = "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: " + std::string(100, 's');
  const auto t1 = Clock::now();
  bool closed = false;
  for (std::size_t i = 0; i < req.size() && Clock::now() - t1 < 4s; ++i) {
    if (!trickle.Send(req.substr(i, 1))) {
      closed = true;
      break;
    }
    if (trickle.WaitClosed(100ms)) {
      closed = true;
      break;
    }
  }
  EXPECT_TRUE(closed);
  EXPECT_LT(Clock::now() - t1, 3s);

  // A silent client that never sends a byte is dropped too.
  RawHttpClient silent(port_);
  EXPECT_TRUE(silent.WaitClosed(4s));
}

TEST_F(HttpServerTest, IdleKeepAliveConnectionIsClosed) {
  HttpServerOptions o;
  o.read_timeout_seconds = 30;
  o.idle_timeout_seconds = 1;
  StartServer(o);
  RawHttpClient c(port_);
  ASSERT_TRUE(c.Send("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
  ASSERT_TRUE(c.Read());
  const auto t0 = Clock::now();
  EXPECT_TRUE(c.WaitClosed(4s));
  EXPECT_LT(Clock::now() - t0, 3s);
}

TEST_F(HttpServerTest, DelayDoesNotHoldTheOnlyThread) {
  HttpServerOptions o;
  o.threads = 1;
  StartServer(o);
  RawHttpClient slow(port_);
  const auto t0 = Clock::now();
  ASSERT_TRUE(slow.Send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"));
  std::this_thread::sleep_for(50ms);
  // With one I/O thread, this is only answered quickly if the delay is a timer.
  auto fast = GetOnce(port_, "/fast");
  const auto fast_done = Clock::now();
  ASSERT_TRUE(fast);
  auto r = slow.Read();
  const auto slow_done = Clock::now();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_GE(slow_done - t0, 400ms);
  EXPECT_LT(fast_done, slow_done);
}

TEST_F(HttpServerTest, HandlerExceptionBecomes500) {
  StartServer();
  auto r = GetOnce(port_, "/throw");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 500);
  auto ok = GetOnce(port_, "/");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);
}

TEST_F(HttpServerTest, StopWithOpenConnectionsReturnsPromptly) {
  StartServer();
  std::vector<std::unique_ptr<RawHttpClient>> idle;
  for (int i = 0; i < 4; ++i) {
    idle.push_back(std::make_unique<RawHttpClient>(port_));
    ASSERT_TRUE(idle.back()->Send("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
    ASSERT_TRUE(idle.back()->Read());
  }
  RawHttpClient half(port_);
  ASSERT_TRUE(half.Send("GET / HTTP/1.1\r\nHo"));
  RawHttpClient silent(port_);
  std::this_thread::sleep_for(50ms);

  const auto t0 = Clock::now();
  server_->Stop();
  EXPECT_LT(Clock::now() - t0, 1500ms);
  for (auto& c : idle) EXPECT_TRUE(c->WaitClosed(1s));
  EXPECT_TRUE(half.WaitClosed(1s));
  EXPECT_TRUE(silent.WaitClosed(1s));
  RawHttpClient late(port_);
  EXPECT_FALSE(late.connected() && late.Send("GET / HTTP/1.1\r\n\r\n") && late.Read(false, 500ms))
      << "nothing answers after Stop()";
  server_->Stop();  // idempotent
}

TEST_F(HttpServerTest, StopLetsAnInFlightResponseFinish) {
  StartServer();
  RawHttpClient c(port_);
  ASSERT_TRUE(c.Send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"));
  std::this_thread::sleep_for(100ms);
  auto stopped = std::async(std::launch::async, [&] { server_->Stop(); });
  auto r = c.Read();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->Header("connection"), "close");
  EXPECT_EQ(stopped.wait_for(3s), std::future_status::ready);
}

TEST_F(HttpServerTest, ConnectionsBeyondTheLimitAreRefused) {
  HttpServerOptions o;
  o.max_connections = 2;
  StartServer(o);
  auto a = std::make_unique<RawHttpClient>(port_);
  RawHttpClient b(port_);
  ASSERT_TRUE(a->Send("GET / HTTP/1.1\r\nHost: x\r\n\r\n") && a->Read());
  ASSERT_TRUE(b.Send("GET / HTTP/1.1\r\nHost: x\r\n\r\n") && b.Read());
  RawHttpClient c(port_);
  EXPECT_TRUE(c.WaitClosed(2s)) << "third connection is closed on accept";
  // Closing one frees a slot.
  a.reset();
  std::this_thread::sleep_for(200ms);
  RawHttpClient d(port_);
  ASSERT_TRUE(d.Send("GET /again HTTP/1.1\r\nHost: x\r\n\r\n"));
  auto r = d.Read();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
}

TEST_F(HttpServerTest, ManyConcurrentClients) {
  HttpServerOptions o;
  o.threads = 4;
  std::atomic<int> calls{0};
  StartServer(o, [&calls](const HttpRequest& req) {
    ++calls;
    return Echo(req);
  });
  std::vector<std::thread> clients;
  std::atomic<int> ok{0};
  for (int t = 0; t < 8; ++t) {
    clients.emplace_back([&, t] {
      RawHttpClient c(port_);
      for (int i = 0; i < 25; ++i) {
        const std::string path = "/c" + std::to_string(t) + "/" + std::to_string(i);
        if (!c.Send("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n")) return;
        auto r = c.Read();
        if (r && r->status == 200 && r->body.find("path=" + path + "\n") != std::string::npos) ++ok;
      }
    });
  }
  for (auto& c : clients) c.join();
  EXPECT_EQ(ok.load(), 200);
  EXPECT_EQ(calls.load(), 200);
}

TEST(HttpServerStart, BadAddressIsAnError) {
  HttpServerOptions o;
  o.address = "not an address";
  o.port = 0;
  HttpServer s(o, Echo);
  EXPECT_FALSE(s.Start().ok());
}

TEST(HttpServerStart, PortInUseIsAnError) {
  HttpServerOptions o;
  o.port = 0;
  o.access_log = false;
  HttpServer a(o, Echo);
  ASSERT_TRUE(a.Start().ok());
  o.port = a.port();
  HttpServer b(o, Echo);
  EXPECT_FALSE(b.Start().ok());
}

}  // namespace
}  // namespace bs::web
